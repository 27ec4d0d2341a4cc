// A page with one problem (duplicate_field): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/duplicate_field");

fn main() {}
