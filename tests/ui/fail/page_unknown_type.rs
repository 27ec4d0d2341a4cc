// A page with one problem (unknown_type): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/unknown_type");

fn main() {}
