//! `antom-pages drift` against a server on loopback serving changed copies of our own pages:
//! a shorter maximum length is reported with its verdicts and the constraint cases it moves,
//! prose is not, and a missing page, a page that no longer parses and a server that is not
//! there are each reported for their page, never a crash.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn drift(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_antom-pages")).arg("drift").args(args).current_dir(root()).output().unwrap()
}

/// The vendor as this test plays it: each recorded path of the vaulting family answered with
/// `(status, body)`.
fn vendor(pages: Vec<(&'static str, u16, String)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = String::new();
            let _ = BufReader::new(&stream).read_line(&mut request);
            let path = request.split_whitespace().nth(1).unwrap_or_default().to_owned();
            let (status, body) = match pages.iter().find(|(p, _, _)| *p == path) {
                Some((_, status, body)) => (*status, body.clone()),
                None => (404, String::new()),
            };
            let head = format!("HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body.as_bytes()));
        }
    });
    origin
}

fn page(name: &str) -> String {
    std::fs::read_to_string(root().join("api-docs/vaulting").join(name)).unwrap()
}

#[test]
fn a_changed_fact_is_reported_with_its_verdict_and_prose_is_not() {
    let original = page("create_vaulting_session.md");
    let (head, tail) = original.split_at(original.find("#### vaultingRequestId").unwrap());
    let tail = tail.replacen("- Maximum length: 64 characters", "- Maximum length: 32 characters", 1);
    let session = format!("{head}{tail}")
        .replace("Your own identifier for this vaulting request", "The vendor's own words for this identifier");
    let origin = vendor(vec![
        ("/ac/ams/vaulting_session.md", 200, session),
        ("/ac/ams/vault_method.md", 200, page("vault_payment_method.md")),
        ("/ac/ams/notify_vaulting.md", 200, "# notifyVaulting\n\nThe page moved.\n".to_owned()),
        // inquire_vaulting: not served (404).
    ]);
    let output = drift(&["api-docs/vaulting", "--vendor-origin", &origin, "--fail-on", "breaking"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("vendor pages: 2 compared, 2 failed, "), "{stdout}");
    let line = stdout.lines().find(|l| l.contains("request-max-length-decreased")).unwrap_or_default();
    assert!(line.contains("breaking") && line.contains("major"), "{stdout}");
    assert!(line.contains("request vaultingRequestId") && line.contains("64 → 32"), "{stdout}");
    assert!(stdout.contains("+fail/create_vaulting_session__vaulting_request_id__max_length_33"), "{stdout}");
    assert!(!stdout.contains("description-changed"), "{stdout}");
    assert!(stdout.contains("api-docs/vaulting/inquire_vaulting.md: not compared"), "{stdout}");
    assert!(stdout.contains("answered HTTP 404"), "{stdout}");
    assert!(stdout.contains("api-docs/vaulting/notify_vaulting.md: not compared"), "{stdout}");
    assert!(stdout.contains("/ac/ams/notify_vaulting.md"), "the parse error names the vendor page: {stdout}");
}

#[test]
fn unchanged_pages_drift_nothing_and_a_page_error_alone_exits_2() {
    let origin = vendor(vec![
        ("/ac/ams/vaulting_session.md", 200, page("create_vaulting_session.md")),
        ("/ac/ams/vault_method.md", 200, page("vault_payment_method.md")),
        ("/ac/ams/notify_vaulting.md", 200, page("notify_vaulting.md")),
        ("/ac/ams/inquire_vaulting.md", 500, String::new()),
    ]);
    let output = drift(&["api-docs/vaulting", "--vendor-origin", &origin, "--fail-on", "breaking", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["changes"], serde_json::json!([]), "{json}");
    let failed: Vec<&serde_json::Value> =
        json["pages"].as_array().unwrap().iter().filter(|p| p["status"] == "failed").collect();
    assert_eq!(failed.len(), 1, "{json}");
    assert!(failed[0]["problem"].as_str().unwrap().contains("HTTP 500"), "{json}");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn no_server_is_a_message_per_page() {
    // A port nothing listens on: bind one, then let it go.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let output =
        drift(&["api-docs/vaulting", "--vendor-origin", &format!("http://127.0.0.1:{port}"), "--timeout", "5"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{stdout}");
    assert_eq!(stdout.matches("cannot fetch").count(), 4, "{stdout}");
}
