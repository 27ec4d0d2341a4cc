// A page with one problem (heading_without_type): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/heading_without_type");

fn main() {}
