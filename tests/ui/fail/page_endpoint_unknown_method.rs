// A page with one problem (endpoint_not_post): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/endpoint_not_post");

fn main() {}
