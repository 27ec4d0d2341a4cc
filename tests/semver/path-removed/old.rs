// The path-removed proof: the usage of the old API against the old pages.
mod api {
    vault_macros::generate!(pages = "old");
}
include!("usage.rs");
