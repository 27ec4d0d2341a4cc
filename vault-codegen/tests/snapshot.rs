//! The whole generated output for the real pages, pretty-printed and compared with the
//! checked-in snapshot. After an intended change: `EXPECTORATE=overwrite cargo test -p
//! vault-codegen --test snapshot`, then review the diff of `tests/snapshots/generated.rs`.

mod common;

#[test]
fn generated_code_matches_the_snapshot() {
    let sources = common::load("api-docs");
    match common::expand(&sources, &common::config()) {
        Ok(code) => expectorate::assert_contents("tests/snapshots/generated.rs", &code),
        Err(diagnostics) => panic!("the real pages have problems:\n{}", diagnostics.join("\n\n")),
    }
}

#[test]
fn generation_is_deterministic() {
    let sources = common::load("api-docs");
    let first = common::expand(&sources, &common::config());
    let second = common::expand(&common::load("api-docs"), &common::config());
    assert_eq!(first, second);
}
