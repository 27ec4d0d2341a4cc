// A page with one problem (table_wrong_columns): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/table_wrong_columns");

fn main() {}
