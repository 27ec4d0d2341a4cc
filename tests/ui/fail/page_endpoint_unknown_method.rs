// A page with one problem (endpoint_unknown_method): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/endpoint_unknown_method");

fn main() {}
