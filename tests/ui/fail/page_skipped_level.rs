// A page with one problem (skipped_level): the build fails with one error that quotes the page line.
vault_macros::generate!(pages = "../pages/skipped_level");

fn main() {}
