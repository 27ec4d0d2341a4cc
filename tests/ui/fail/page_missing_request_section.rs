// A page with one problem (missing_request_section): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/missing_request_section");

fn main() {}
