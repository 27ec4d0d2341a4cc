//! What the compiler tells a user: compile-fail cases (one error each, with the expected
//! `.stderr`) for broken pages, macro arguments and literal forms, and pass cases. The cases for
//! each limit a page sets are generated from the pages (`tests/constraints.rs`).
//!
//! After an intended change of messages: `TRYBUILD=overwrite cargo test --test ui`, then
//! review the `.stderr` diffs.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
