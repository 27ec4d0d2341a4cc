//! The command line as a maintainer and CI use it: exit codes, the three diff formats, `check`
//! printing exactly what the compiler prints, `expand` printing the whole-output snapshot, and
//! clear messages (never a panic) for bad input.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root, where the tool is meant to run.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(args: &[&str]) -> Output {
    let output = Command::new(env!("CARGO_BIN_EXE_antom-pages")).args(args).current_dir(root()).output();
    match output {
        Ok(output) => output,
        Err(e) => panic!("antom-pages did not start: {e}"),
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

const OLD: &str = "antom-pages/tests/fixtures/diff/old";
const NEW: &str = "antom-pages/tests/fixtures/diff/new";

#[test]
fn check_is_clean_on_the_real_pages() {
    let output = run(&["check", "api-docs"]);
    assert_eq!((code(&output), stdout(&output)), (Some(0), String::new()), "{}", stderr(&output));
}

/// The page of the crash report: `İİ Valid values are:` (lower-casing `İ` lengthens it) made
/// `check` exit 101 with a slicing panic.
#[test]
fn check_reads_text_whose_case_mapping_changes_length() {
    let output = run(&["check", "vault-codegen/tests/fixtures/variants/case_mapping_text"]);
    assert_eq!((code(&output), stdout(&output)), (Some(0), String::new()), "{}", stderr(&output));
}

/// The broken-page fixtures of the compile-fail suite, each with one problem.
const BROKEN: [&str; 9] = [
    "unknown_type",
    "heading_without_type",
    "malformed_max_length",
    "duplicate_field",
    "skipped_level",
    "table_wrong_columns",
    "unknown_status_letter",
    "missing_request_section",
    "endpoint_unknown_method",
];

#[test]
fn check_prints_each_problem_as_the_compiler_does() {
    for case in BROKEN {
        let output = run(&["check", &format!("tests/ui/pages/{case}")]);
        assert_eq!(code(&output), Some(1), "{case}");
        // The same renderer as the macro: the text of the compile error (its snapshot), after
        // `error: `.
        let snapshot =
            std::fs::read_to_string(root().join(format!("vault-codegen/tests/snapshots/diagnostics/{case}.txt")));
        let expected = format!("error: {}\n\n", snapshot.unwrap_or_default());
        assert_eq!(stdout(&output), expected, "{case}");
    }
}

#[test]
fn check_prints_one_json_object_per_problem() {
    for case in BROKEN.iter().chain(&["many_problems"]) {
        let output = run(&["check", &format!("tests/ui/pages/{case}"), "--format", "json"]);
        assert_eq!(code(&output), Some(1), "{case}");
        let lines: Vec<String> = stdout(&output).lines().map(str::to_owned).collect();
        assert!(!lines.is_empty(), "{case}");
        for line in lines {
            let problem: serde_json::Value = match serde_json::from_str(&line) {
                Ok(problem) => problem,
                Err(e) => panic!("{case}: {e}: {line}"),
            };
            let file = problem["file"].as_str().unwrap_or_default();
            assert!(file.starts_with(&format!("tests/ui/pages/{case}/")), "{case}: {line}");
            assert!(
                problem["line"].as_u64().is_some_and(|n| n > 0) && problem["column"].as_u64().is_some_and(|n| n > 0)
            );
            assert!(problem["message"].as_str().is_some_and(|m| !m.is_empty()));
            assert!(problem["help"].is_string() || problem["help"].is_null());
        }
    }
}

#[test]
fn expand_and_openapi_report_a_rejected_page_on_stderr_and_print_nothing() {
    for command in ["expand", "openapi"] {
        let output = run(&[command, "tests/ui/pages/unknown_type"]);
        assert_eq!(code(&output), Some(1), "{command}");
        assert_eq!(stdout(&output), "", "{command}: the problems must not end up in `{command} pages > file`");
        assert!(stderr(&output).starts_with("error: "), "{command}: {}", stderr(&output));
    }
}

#[test]
fn expand_prints_the_whole_output_snapshot() {
    let output = run(&["expand", "api-docs"]);
    assert_eq!(code(&output), Some(0), "{}", stderr(&output));
    let snapshot =
        std::fs::read_to_string(root().join("vault-codegen/tests/snapshots/generated.rs")).unwrap_or_default();
    assert!(stdout(&output) == snapshot, "`antom-pages expand api-docs` differs from the snapshot");
    let one = run(&["expand", "api-docs", "--api", "inquireVaulting"]);
    let text = stdout(&one);
    assert!(text.contains("pub struct InquireVaultingRequest") && !text.contains("CreateVaultingSessionRequest"));
    assert_eq!(code(&run(&["expand", "api-docs", "--api", "noSuchApi"])), Some(2));
    // A second page of one endpoint answers to its Rust name, the first page to its own.
    let renamed = stdout(&run(&["expand", "api-docs", "--api", "consultAutoDebit"]));
    assert!(renamed.contains("pub struct ConsultAutoDebitRequest"), "{renamed}");
    let first = stdout(&run(&["expand", "api-docs", "--api", "payments/consult"]));
    assert!(first.contains("pub struct ConsultRequest") && !first.contains("ConsultAutoDebit"), "{first}");
    // A name several families use: the message lists the names that do work.
    let shared =
        run(&["expand", "vault-codegen/tests/fixtures/variants/same_api_name_two_families", "--api", "cancel"]);
    assert_eq!(code(&shared), Some(2));
    assert!(stderr(&shared).contains("`payments/cancel`, `subscriptions/cancel`"), "{}", stderr(&shared));
}

#[test]
fn the_three_diff_formats() {
    for (format, file) in [("human", "diff.txt"), ("markdown", "diff.md"), ("json", "diff.json")] {
        let output = run(&["diff", OLD, NEW, "--format", format]);
        assert_eq!(code(&output), Some(0), "{}", stderr(&output));
        expectorate::assert_contents(format!("tests/snapshots/{file}"), &stdout(&output));
    }
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["diff", OLD, NEW, "--format", "json"]))).unwrap_or_default();
    assert_eq!(json["verdict"], serde_json::json!({"wire": "breaking", "rust": "major"}));
}

#[test]
fn fail_on_sets_the_exit_code() {
    assert_eq!(code(&run(&["diff", OLD, NEW, "--fail-on", "breaking"])), Some(1));
    assert_eq!(code(&run(&["diff", OLD, NEW, "--fail-on", "major"])), Some(1));
    assert_eq!(code(&run(&["diff", OLD, OLD, "--fail-on", "major"])), Some(0));
    let additive = "tests/semver/request-field-added-optional";
    let (old, new) = (format!("{additive}/old"), format!("{additive}/new"));
    assert_eq!(code(&run(&["diff", &old, &new, "--fail-on", "breaking"])), Some(0));
    assert_eq!(code(&run(&["diff", &old, &new, "--fail-on", "major"])), Some(0));
}

#[test]
fn diff_against_a_git_revision() {
    let output = run(&["diff", "--rev", "HEAD", "api-docs", "--format", "json"]);
    assert_eq!(code(&output), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("\"verdict\""));
}

#[test]
fn bad_input_gets_a_message_and_exit_2_never_a_panic() {
    let scratch = std::env::temp_dir().join(format!("antom-pages-bad-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&scratch);
    let not_utf8 = scratch.join("latin1.md");
    let _ = std::fs::write(&not_utf8, b"# caf\xe9\n");
    let not_a_page = scratch.join("notes.txt");
    let _ = std::fs::write(&not_a_page, "hello");
    let (not_utf8, not_a_page) = (not_utf8.display().to_string(), not_a_page.display().to_string());
    let cases: [(&[&str], &str); 8] = [
        (&["check", "no/such/dir"], "cannot read the pages directory `no/such/dir`"),
        (&["check", &not_a_page], "is not a `.md` page"),
        (&["check", &not_utf8], "is not UTF-8"),
        (&["diff", "--rev", "no-such-revision", "api-docs"], "no-such-revision"),
        (&["diff", "api-docs"], "give OLD and NEW page directories"),
        (&["diff", "no/such/dir", "api-docs"], "cannot read the pages directory"),
        (&["diff", "tests/ui/pages/unknown_type", "api-docs"], "unknown type `Strng`"),
        (&["openapi", "no/such/dir"], "cannot read the pages directory"),
    ];
    for (args, message) in cases {
        let output = run(args);
        let all = format!("{}{}", stdout(&output), stderr(&output));
        assert_eq!(code(&output), Some(2), "{args:?}: {all}");
        assert!(all.contains(message), "{args:?}: {all}");
        assert!(!all.contains("panicked"), "{args:?}: {all}");
    }
    let _ = std::fs::remove_dir_all(&scratch);
}

/// A page whose maximum length goes from 32 to 16 changes the suite in one regeneration: the
/// case for 33 characters and its recorded message go, one for 17 comes; `--check` fails
/// before the regeneration and passes after it.
#[test]
fn constraint_tests_follow_a_changed_limit() {
    let dir = std::env::temp_dir().join(format!("antom-pages-constraints-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.to_str().unwrap();
    let first = run(&["constraint-tests", OLD, "--out", out]);
    assert_eq!(code(&first), Some(0), "{}", stderr(&first));
    assert!(stdout(&first).contains("+ fail/create_thing__note__max_length_33"), "{}", stdout(&first));
    let old_case = dir.join("fail/create_thing__note__max_length_33");
    std::fs::write(old_case.with_extension("stderr"), "recorded").unwrap();
    assert_eq!(code(&run(&["constraint-tests", NEW, "--out", out, "--check"])), Some(1));
    let second = run(&["constraint-tests", NEW, "--out", out]);
    assert!(stdout(&second).contains("- fail/create_thing__note__max_length_33"), "{}", stdout(&second));
    assert!(stdout(&second).contains("+ fail/create_thing__note__max_length_17"), "{}", stdout(&second));
    assert!(!old_case.with_extension("stderr").exists() && !old_case.with_extension("rs").exists());
    let fresh = dir.join("fail/create_thing__note__max_length_17.rs");
    assert!(std::fs::read_to_string(fresh).unwrap().contains("maximum length is 16"));
    assert_eq!(code(&run(&["constraint-tests", NEW, "--out", out, "--check"])), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A maintainer's scratch directory: the vaulting pages with a second page for
/// `inquireVaulting`, which needs a `rename`. Without settings it is refused; with
/// `--invocation` naming a file that renames it, every command reads it.
#[test]
fn invocation_gives_settings_to_pages_outside_the_workspace() {
    let scratch = std::env::temp_dir().join(format!("antom-pages-invocation-{}", std::process::id()));
    let pages = scratch.join("pages");
    let family = pages.join("vaulting");
    std::fs::create_dir_all(&family).unwrap();
    for page in ["shared_objects.md", "inquire_vaulting.md", "create_vaulting_session.md"] {
        std::fs::copy(root().join("api-docs/vaulting").join(page), family.join(page)).unwrap();
    }
    std::fs::copy(root().join("api-docs/vaulting/inquire_vaulting.md"), family.join("inquire_vaulting_again.md"))
        .unwrap();
    std::fs::copy(root().join("api-docs/common_codes.md"), pages.join("common_codes.md")).unwrap();
    let invocation = scratch.join("lib.rs");
    let settings = r#"vault_macros::generate! { pages = "pages", rename = { "inquire_vaulting_again.md": inquireVaultingAgain } }"#;
    std::fs::write(&invocation, settings).unwrap();
    let (pages, invocation) = (pages.to_string_lossy().into_owned(), invocation.to_string_lossy().into_owned());

    let refused = run(&["check", &pages]);
    assert_eq!(code(&refused), Some(1), "{}", stdout(&refused));
    assert!(stdout(&refused).contains("inquireVaulting"), "{}", stdout(&refused));
    let checked = run(&["check", &pages, "--invocation", &invocation]);
    assert_eq!(code(&checked), Some(0), "{}", stdout(&checked));
    let expanded = run(&["--invocation", &invocation, "expand", &pages, "--api", "inquireVaultingAgain"]);
    assert!(stdout(&expanded).contains("pub struct InquireVaultingAgainRequest"), "{}", stderr(&expanded));
    let missing = run(&["check", &pages, "--invocation", "no/such/file.rs"]);
    assert_eq!(code(&missing), Some(2));
    assert!(stderr(&missing).contains("cannot read `no/such/file.rs`"), "{}", stderr(&missing));
    let _ = std::fs::remove_dir_all(&scratch);
}
