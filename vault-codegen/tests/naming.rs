//! The naming rule's promise: a family's paths depend only on its own pages. Adding a page to
//! one family (here a page that describes many shared types differently from the families it
//! is copied into) leaves every path of every other family as it was.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use std::collections::BTreeSet;
use vault_codegen::source::SourceFile;

/// A page of an API `addedThing` in `family` whose types take names the families already use
/// (`Amount`, `Env`, `Order`) with descriptions of its own, and an enum of a known field name
/// (`terminalType`) with another value set.
fn added_page(family: &str) -> String {
    let field =
        |level: &str, name: &str, ty: &str, extra: &str| format!("{level} {name} ({ty})\n\nA field.\n\n{extra}");
    let text = "More information:\n\n- Maximum length: 16 characters\n\n";
    [
        format!("# addedThing\n\n> Does a thing.\n\n`POST /v1/{family}/addedThing`\n\nDoes a thing.\n\n# Structure\n\n## Request parameters\n\n"),
        field("####", "thingRequestId", "String, REQUIRED", text),
        field("####", "amount", "Amount", ""),
        field("#####", "value", "String", text),
        field("####", "env", "Env", ""),
        field("#####", "terminalType", "String", "Valid values are:\n\n-   `KIOSK`: a kiosk.\n-   `TV`: a television.\n\n"),
        field("####", "order", "Order", ""),
        field("#####", "label", "String", text),
        "## Response parameters\n\n".to_owned(),
        field("####", "result", "Result, REQUIRED", ""),
        field("#####", "resultCode", "String, REQUIRED", text),
        field("#####", "resultStatus", "String, REQUIRED", "Valid values are:\n\n-   `S`: it worked.\n-   `F`: it failed.\n-   `U`: unknown.\n\n"),
        field("#####", "resultMessage", "String", text),
        "## Result/Error codes\n\n| Code | Value | Message | Further action |\n| --- | --- | --- | --- |\n| SUCCESS | S | Success | Nothing. |\n".to_owned(),
    ]
    .concat()
}

/// The public paths of the real pages, with the page of `addedThing` in `family` if given.
fn paths_with(family: Option<&str>) -> BTreeSet<String> {
    let mut sources = common::load("api-docs");
    if let Some(family) = family {
        let path = format!("api-docs/{family}/added_thing.md");
        sources.add(SourceFile::new(path.clone(), common::root().join(&path), added_page(family)));
    }
    match vault_codegen::model(&sources, &common::config()) {
        Ok(model) => vault_codegen::public_paths(&model),
        Err(d) => panic!("{:#?}", d.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect::<Vec<_>>()),
    }
}

fn outside(paths: &BTreeSet<String>, family: &str) -> BTreeSet<String> {
    paths.iter().filter(|p| !p.starts_with(&format!("{family}::"))).cloned().collect()
}

#[test]
fn adding_a_page_to_one_family_changes_no_path_of_another() {
    let before = paths_with(None);
    for family in ["aba", "payments", "vaulting", "subscriptions", "marketplace"] {
        let after = paths_with(Some(family));
        assert_eq!(outside(&before, family), outside(&after, family), "adding a page to {family}");
        assert!(after.contains(&format!("{family}::AddedThingRequest")), "{family}");
        // Its differing types are its family's, under their page names.
        assert!(
            after.contains(&format!("{family}::added_thing::Order")) || after.contains(&format!("{family}::Order"))
        );
    }
}

#[test]
fn every_type_keeps_the_page_s_name_in_its_family() {
    let paths = paths_with(None);
    for expected in [
        "payments::Amount",
        "aba::Amount",
        "payments::response::Amount",
        "payments::PayRequest",
        "subscriptions::CreateRequest",
        "payments::PaymentNotification",
        "marketplace::SettlementInfoUpdateRequest",
    ] {
        assert!(paths.contains(expected), "{expected} is not generated");
    }
    // No name made of an API's and a type's: every path ends in a page name or an API item.
    for leaked in
        ["payments::PayOrder", "payments::ConsultAmount", "customs::DeclareAmount", "aba::CreateDirectPaymentAmount"]
    {
        assert!(!paths.contains(leaked), "{leaked} is generated");
    }
    assert!(!paths.iter().any(|p| p.contains("__shared")), "the shared module is no public path");
    assert!(!paths.iter().any(|p| !p.contains("::")), "the root re-exports no family item");
}
