// A feature for a directory that holds no page is reported at that directory.
vault_macros::generate!(pages = "../pages/valid", features = { "subscriptions": "subscriptions" });

fn main() {}
