// A page with one problem (malformed_max_length): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/malformed_max_length");

fn main() {}
