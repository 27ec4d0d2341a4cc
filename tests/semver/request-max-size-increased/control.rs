// The request-max-size-increased proof: the usage against pages one step narrower than the old ones (must not compile).
mod api {
    vault_macros::generate!(pages = "control");
}
include!("usage.rs");
