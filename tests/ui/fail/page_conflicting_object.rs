// Two pages describe the shared object type `Detail` differently: one error naming both places.
vault_macros::generate!(pages = "../pages/conflicting_object");

fn main() {}
