// A typo in the macro's own arguments is reported at that argument, not at the pages.
vault_macros::generate!(pages = "../pages/valid", sensitive = ["thingID"]);

fn main() {}
