//! Workspace root of the Antom vaulting SDK generator.
//!
//! This package exists so that the top-level `examples/` and `tests/` build (a virtual
//! workspace compiles neither). Downstream code depends on `vault-generated`, the client
//! generated from the pages in `api-docs/`.
