// A page with one problem (unknown_status_letter): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/unknown_status_letter");

fn main() {}
