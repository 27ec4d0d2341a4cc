// The path-removed proof: the usage of the old API against the new pages.
mod api {
    vault_macros::generate!(pages = "new");
}
include!("usage.rs");
