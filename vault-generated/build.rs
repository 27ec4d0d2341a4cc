//! Makes Cargo rebuild this crate when a page is added to or removed from `api-docs/` (the
//! crate's link to the repository's pages; edits to existing pages are tracked by the macro's
//! `include_bytes!`).

fn main() {
    println!("cargo::rerun-if-changed=api-docs");
}
