//! Cargo features per page directory: the items of a family's APIs, and the types only they
//! use, carry that family's `cfg`; types both families use carry none; a directory that holds
//! no page is an error that names it.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use vault_codegen::config::Feature;

fn expanded_with_features() -> String {
    let mut config = common::config();
    config.features = vec![
        Feature { dir: "vaulting".to_owned(), name: "vaulting".to_owned() },
        Feature { dir: "payments".to_owned(), name: "payments".to_owned() },
    ];
    common::expand(&common::load("api-docs"), &config).unwrap_or_else(|e| panic!("{}", e.join("\n")))
}

/// The `cfg` attributes between the previous item and the first line that starts with
/// `declaration`, each on one line (the pretty-printer spreads a long `any(...)` over several).
fn gate_of(code: &str, declaration: &str) -> String {
    let lines: Vec<&str> = code.lines().collect();
    let Some(at) = lines.iter().position(|l| l.trim_start().starts_with(declaration)) else {
        panic!("`{declaration}` is not generated");
    };
    let is_item_end = |l: &&&str| {
        let l = l.trim();
        !l.starts_with("///") && !l.starts_with("#[") && !l.starts_with(")]") && l.ends_with(['}', ';', '{'])
    };
    let mut preamble: Vec<&str> = lines[..at].iter().rev().take_while(|l| !is_item_end(l)).copied().collect();
    preamble.reverse();
    let attributes: String = preamble.iter().filter(|l| !l.trim_start().starts_with("///")).map(|l| l.trim()).collect();
    attributes
        .split("#[")
        .filter(|a| a.starts_with("cfg("))
        .map(|a| format!("#[{}", a.replace(",)", ")")).replace(',', ", "))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn each_family_is_gated_and_shared_types_are_not() {
    // Every directory a feature of its own, as vault-generated has them.
    let code =
        common::expand(&common::load("api-docs"), &common::config()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    let only = |family: &str| format!("#[cfg(feature = \"{family}\")]");
    // A family module carries its feature; the items inside inherit it.
    assert_eq!(gate_of(&code, "pub mod vaulting {"), only("vaulting"));
    assert_eq!(gate_of(&code, "pub mod payments {"), only("payments"));
    assert_eq!(gate_of(&code, "pub mod checkout {"), only("checkout"));
    assert_eq!(gate_of(&code, "pub struct PaymentNotification"), "");
    assert_eq!(gate_of(&code, "pub struct VaultingNotification"), "");
    assert_eq!(gate_of(&code, "pub async fn pay("), "");
    // The client's accessor of a family is gated like the family.
    assert_eq!(gate_of(&code, "pub fn payments(&self)"), only("payments"));
    // A type several families share is defined once, gated by the union of their features,
    // and each family re-exports it without a gate of its own.
    let terminal = gate_of(&code, "pub enum TerminalType");
    assert!(terminal.contains("feature = \"payments\"") && terminal.contains("feature = \"vaulting\""), "{terminal}");
    assert_eq!(gate_of(&code, "pub use super::__shared::TerminalType;"), "");
    assert_eq!(gate_of(&code, "pub enum CommonCode"), "", "every API answers the common codes");
}

#[test]
fn a_feature_directory_without_pages_is_refused() {
    let mut config = common::config();
    config.features = vec![Feature { dir: "billing".to_owned(), name: "billing".to_owned() }];
    let errors = common::expand(&common::load("api-docs"), &config).err().unwrap_or_default();
    assert!(errors.iter().any(|e| e.contains("features names the directory `billing`")), "{errors:?}");
}

#[test]
fn request_types_deserialise_only_under_the_simulator_feature_and_drafts_always() {
    // The JSON forms come from `wire_struct!`: its first words say which directions, and
    // `ser de if "simulator"` gates `Deserialize` on the invoking crate's feature.
    let code: String = expanded_with_features().split_whitespace().collect();
    assert!(code.contains("wire_struct!(serdeif\"simulator\"PayRequest{"), "the request reads only for a simulator");
    assert!(code.contains("wire_struct!(dePayDraft{"), "the draft always reads");
    assert!(code.contains("wire_struct!(bothPayResponse{"), "the response reads and writes");
    assert!(!code.contains("derive(__Deserialize") && !code.contains("Serialize)]"), "no serde derive is left");
}

#[test]
fn the_differ_reads_old_pages_that_predate_a_setting() {
    let mut config = common::config();
    config.features = vec![Feature { dir: "subscriptions".to_owned(), name: "subscriptions".to_owned() }];
    config.sensitive.push("fieldOfAPageAddedLater".to_owned());
    config.ignore_unmatched = true;
    assert!(vault_codegen::model(&common::load("api-docs"), &config).is_ok(), "settings that name nothing are ignored");
}
