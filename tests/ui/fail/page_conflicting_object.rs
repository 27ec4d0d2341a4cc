// One page describes the object type `Detail` twice, differently: one error naming both places.
// (Two pages that differ get a type each; inside one API that is a contradiction.)
vault_macros::generate!(pages = "../pages/conflicting_object");

fn main() {}
