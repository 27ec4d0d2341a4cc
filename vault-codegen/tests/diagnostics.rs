//! Broken pages: each fixture under `tests/ui/pages/` has one problem and must give exactly one
//! located diagnostic; the rendered text is compared with a snapshot. The same fixtures drive
//! the trybuild cases that show what the compiler prints.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

const SINGLE_PROBLEM_CASES: [&str; 10] = [
    "unknown_type",
    "heading_without_type",
    "malformed_max_length",
    "duplicate_field",
    "skipped_level",
    "table_wrong_columns",
    "unknown_status_letter",
    "missing_request_section",
    "endpoint_unknown_method",
    "endpoint_other_gateway",
];

fn diagnostics(case: &str) -> Vec<String> {
    let sources = common::load(&format!("tests/ui/pages/{case}"));
    match common::expand(&sources, &vault_codegen::Config::default()) {
        Ok(_) => panic!("`{case}` generated code"),
        Err(diagnostics) => diagnostics,
    }
}

#[test]
fn each_broken_page_gives_one_located_diagnostic() {
    for case in SINGLE_PROBLEM_CASES {
        let found = diagnostics(case);
        assert_eq!(found.len(), 1, "{case}: {found:#?}");
        let location = format!("--> tests/ui/pages/{case}/page.md:");
        assert!(found[0].contains(&location), "{case} does not name its location:\n{}", found[0]);
        expectorate::assert_contents(format!("tests/snapshots/diagnostics/{case}.txt"), &found[0]);
    }
}

#[test]
fn every_problem_of_every_page_is_reported_at_once() {
    let found = diagnostics("many_problems");
    expectorate::assert_contents("tests/snapshots/diagnostics/many_problems.txt", &found.join("\n\n"));
    assert!(found.len() >= 4, "{found:#?}");
    assert!(found.iter().any(|d| d.contains("a_first.md")) && found.iter().any(|d| d.contains("b_second.md")));
}

#[test]
fn two_descriptions_of_one_object_type_inside_one_api_are_reported_with_both_locations() {
    let found = diagnostics("conflicting_object");
    assert_eq!(found.len(), 1, "{found:#?}");
    expectorate::assert_contents("tests/snapshots/diagnostics/conflicting_object.txt", &found[0]);
    assert!(
        found[0].contains("conflicting_object/page.md:31:1") && found[0].contains("conflicting_object/page.md:23:1"),
        "{}",
        found[0]
    );
}

#[test]
fn the_valid_fixture_generates() {
    let sources = common::load("tests/ui/pages/valid");
    assert!(common::expand(&sources, &vault_codegen::Config::default()).is_ok());
}

#[test]
fn an_unknown_sensitive_field_is_reported() {
    let sources = common::load("tests/ui/pages/valid");
    let config = vault_codegen::Config { sensitive: vec!["thingID".to_owned()], ..Default::default() };
    let found = common::expand(&sources, &config).err().unwrap_or_default();
    assert_eq!(
        found,
        [
            "the sensitive field `thingID` is not a field of any page\n = help: list wire names exactly as the pages spell them, e.g. `cardNo`"
        ]
    );
}
