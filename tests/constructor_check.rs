//! The constructor macros' literal checks are seen by `cargo check` (what rust-analyzer and
//! clippy run), not only by a build: a downstream crate with an over-long literal in
//! `create_vaulting_session_request! { .. }` is checked, and the error points at the literal's
//! line and column, also inside a nested object and a list element (the nested form,
//! `order: { reference_order_id: "..", .. }`). A missing required field is named, a nested
//! object's at its braces. The crate is written under `target/`
//! and checked with the workspace's lock file, offline.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use std::path::PathBuf;
use std::process::Command;

const MAIN: &str = r#"fn main() {
    let fine = vault_generated::create_vaulting_session_request! {
        vaulting_request_id: "REQ-1",
        vaulting_notification_url: "https://merchant.example/vaulting/notify",
        merchant_region: "SG",
        payment_method_type: "CARD",
    };
    let _ = fine;
    let _ = vault_generated::create_vaulting_session_request! {
        vaulting_request_id: "RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR",
        vaulting_notification_url: "https://merchant.example/vaulting/notify",
    };
    let _ = vault_generated::create_vaulting_session_request! {
        vaulting_notification_url: "https://merchant.example/vaulting/notify",
    };
    let _ = vault_generated::pay_request! {
        payment_request_id: "PAY-1",
        payment_amount: { currency: "USD", value: "2500" },
        env: { terminal_type: vault_generated::payments::TerminalType::Web },
        order: {
            reference_order_id: "OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO",
            order_description: "Two books",
            order_amount: { currency: "USD" },
            goods: [{ reference_goods_id: "G-1", goods_name: "Book", goods_quantity: "0" }],
        },
        settlement_strategy: { settlement_currency: "USD" },
        payment_method: { payment_method_type: "CARD" },
        payment_redirect_url: "https://merchant.example/done",
    };
}
"#;

#[test]
fn cargo_check_reports_an_over_long_literal_at_its_position() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target/tests/downstream");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    let generated = root.join("vault-generated");
    let manifest = format!(
        "[package]\nname = \"downstream\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\n\
         vault-generated = {{ path = {:?} }}\n\n[workspace]\n",
        generated.display().to_string()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(dir.join("src/main.rs"), MAIN).unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["check", "--offline", "--quiet", "--color=never"])
        .env("CARGO_TARGET_DIR", root.join("target/tests/downstream-target"))
        .current_dir(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    // A nested object's literal (line 21, column 33) and a list element's (line 24, column 86),
    // and a nested object's missing field, named at its braces (line 23, column 27).
    let nested = "error[E0080]: evaluation panicked: text literal is 65 characters long; this field's maximum length is 64 characters\n   --> src/main.rs:21:33";
    assert!(stderr.contains(nested), "{stderr}");
    let element = "number literal 0 is outside this field's value range 1 to";
    assert!(stderr.contains(element) && stderr.contains("src/main.rs:24:86"), "{stderr}");
    assert!(stderr.contains("error: missing required field `value` of `Amount`\n  --> src/main.rs:23:27"), "{stderr}");
    // Line 10, column 30: the literal itself, not the macro call around it.
    let overlong = "error[E0080]: evaluation panicked: text literal is 65 characters long; this field's maximum length is 64 characters\n   --> src/main.rs:10:30";
    assert!(stderr.contains(overlong), "{stderr}");
    assert!(
        stderr.contains("error: missing required field `vaulting_request_id`\n  --> src/main.rs:13:13"),
        "{stderr}"
    );
    assert!(!stderr.contains("src/main.rs:2:"), "the valid call is accepted: {stderr}");
}
