//! The corpus: vendor pages written as the vendor writes them, first gathered here from families
//! the project did not cover (`tests/fixtures/corpus/SOURCES.txt` says what comes from where).
//! Most of them are now the product's own pages in `api-docs/<family>/` (MOVED): they stay pinned
//! here where they are. Each page alone (with its directory's objects page) and all of them
//! together with `api-docs/` generate. (A type described nowhere is a located error:
//! `tests/variants.rs`, `referenced_nowhere`.) The root `tests/ui/pass/corpus_pages.rs` compiles
//! the same expansions.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use vault_codegen::model::{Model, Module, Ty};

const CORPUS: &str = "vault-codegen/tests/fixtures/corpus";
const OBJECTS: &str = "shared_objects.md";
/// The corpus pages that became pages of `api-docs/` (moved, one copy each).
const MOVED: &[&str] = &[
    "api-docs/aba/create_quote.md",
    "api-docs/aba/inquire_rate.md",
    "api-docs/authorizations/apply_token.md",
    "api-docs/authorizations/consult.md",
    "api-docs/authorizations/revoke.md",
    "api-docs/checkout/create_payment_session.md",
    "api-docs/customs/declare.md",
    "api-docs/customs/inquiry_declaration_requests.md",
    "api-docs/disputes/accept_dispute.md",
    "api-docs/disputes/download_dispute_evidence.md",
    "api-docs/disputes/notify_defense_document.md",
    "api-docs/disputes/notify_dispute.md",
    "api-docs/marketplace/create_payout.md",
    "api-docs/marketplace/inquire_balance.md",
    "api-docs/marketplace/settle.md",
    "api-docs/marketplace/settlement_info_update.md",
    "api-docs/risk/notify_risk_service.md",
    "api-docs/risk/report_result.md",
    "api-docs/subscriptions/cancel.md",
    "api-docs/subscriptions/create.md",
    "api-docs/subscriptions/notify_subscription.md",
];

/// The pages still in the corpus directory (other products' pages of endpoints `api-docs/` has),
/// as workspace paths.
fn pages() -> Vec<String> {
    let mut pages: Vec<String> = std::fs::read_dir(common::root().join(CORPUS))
        .map(|dir| dir.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    pages.retain(|p| p.ends_with(".md"));
    pages.sort();
    pages.into_iter().map(|p| format!("{CORPUS}/{p}")).collect()
}

/// A page with the objects page of its directory, when the directory has one.
fn alone(page: &str) -> Vec<String> {
    let mut entries = vec![page.to_owned()];
    if let Some((dir, _)) = page.rsplit_once('/') {
        let objects = format!("{dir}/{OBJECTS}");
        if common::root().join(&objects).is_file() {
            entries.push(objects);
        }
    }
    entries
}

fn model(entries: &[String]) -> Result<Model, Vec<String>> {
    model_with(entries, &vault_codegen::Config::default())
}

/// `api-docs/` has its own page for `payments/cancel`: the corpus's copy (another product's page
/// of the same endpoint) takes another Rust name, as a maintainer adding a second page for an
/// endpoint does.
fn second_cancel_page() -> vault_codegen::Config {
    let rename =
        vault_codegen::config::Rename { page: "payments__cancel.md".to_owned(), name: "cancelGeneric".to_owned() };
    // api-docs/ has second pages of its own (consult_auto.md): the crate's renames name them.
    let mut renames = common::config().renames;
    renames.push(rename);
    vault_codegen::Config { renames, ..Default::default() }
}

fn model_with(entries: &[String], config: &vault_codegen::Config) -> Result<Model, Vec<String>> {
    let root = common::root();
    let paths: Vec<_> = entries.iter().map(|e| root.join(e)).collect();
    let sources = match vault_codegen::load_paths(&paths, &root) {
        Ok(sources) => sources,
        Err(message) => panic!("{message}"),
    };
    let model = vault_codegen::model(&sources, config)
        .map_err(|d| d.iter().map(|d| vault_codegen::diag::render(&sources, d)).collect::<Vec<_>>())?;
    // The expansion must be Rust.
    if let Err(e) = syn::parse2::<syn::File>(vault_codegen::emit(&model)) {
        panic!("{entries:?}: generated code does not parse: {e}");
    }
    Ok(model)
}

#[test]
fn the_corpus_has_pages_of_six_families_or_more() {
    // A family is the corpus file's prefix or the `api-docs/` directory a page moved to.
    let family = |p: &str| match p.strip_prefix("api-docs/") {
        Some(rest) => rest.split_once('/').map(|(f, _)| f.to_owned()),
        None => p.rsplit_once('/').and_then(|(_, f)| f.split_once("__")).map(|(f, _)| f.to_owned()),
    };
    let all: Vec<String> = pages().into_iter().chain(MOVED.iter().map(|p| (*p).to_owned())).collect();
    let families: std::collections::BTreeSet<String> = all.iter().filter_map(|p| family(p)).collect();
    assert!(families.len() >= 6, "{families:?}");
    assert!(all.len() >= 20, "{all:?}");
    for page in MOVED {
        assert!(common::root().join(page).is_file(), "{page} moved away: update MOVED");
    }
}

#[test]
fn each_page_alone_generates() {
    for page in pages().iter().map(String::as_str).chain(MOVED.iter().copied()) {
        let found = model(&alone(page));
        assert!(found.is_ok(), "{page}: {:#?}", found.err());
    }
}

/// `api-docs/` (the moved pages included) with every page still in the corpus directory.
fn together() -> Model {
    let mut entries = vec!["api-docs".to_owned()];
    entries.extend(pages());
    match model_with(&entries, &second_cancel_page()) {
        Ok(model) => model,
        Err(d) => panic!("{d:#?}"),
    }
}

#[test]
fn all_pages_generate_together_with_api_docs() {
    let model = together();
    let names: Vec<String> = model
        .apis
        .iter()
        .map(|a| format!("{}/{}", a.endpoint.as_ref().map_or("-", |e| e.family.as_str()), a.name))
        .collect();
    for expected in [
        "payments/cancel",
        "subscriptions/cancel",
        "authorizations/consult",
        "-/notifyDispute",
        "accounts/inquireBalance",
        "payments/downloadDisputeEvidence",
        "risk_disputes/reportResult",
        "merchants_settlement_info/update",
        "aba_funds/createQuote",
        "authorizations/applyToken",
        "authorizations/revoke",
        "aba_funds/inquireRate",
        "payments/settle",
        "-/notifySubscription",
        "vaults/createVaultingSession",
    ] {
        assert!(names.contains(&expected.to_owned()), "{expected} in {names:?}");
    }
    // Two pages of `POST /v1/payments/cancel`: the second under the name it was given.
    let cancels: Vec<(String, String)> = model
        .apis
        .iter()
        .filter(|a| a.endpoint.as_ref().is_some_and(|e| e.path == "/v1/payments/cancel"))
        .map(|a| (a.name.clone(), a.rust_base()))
        .collect();
    assert_eq!(
        cancels,
        [("cancel".to_owned(), "Cancel".to_owned()), ("cancel".to_owned(), "CancelGeneric".to_owned())]
    );
}

#[test]
fn a_second_page_for_one_endpoint_needs_a_name() {
    let entries = vec!["api-docs".to_owned(), format!("{CORPUS}/payments__cancel.md")];
    let crate_renames = vault_codegen::Config { renames: common::config().renames, ..Default::default() };
    let found = model_with(&entries, &crate_renames).err().unwrap_or_default();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("API `cancel` is described by two pages"), "{}", found[0]);
    assert!(found[0].contains("rename = { \"payments__cancel.md\": paymentsCancel }"), "{}", found[0]);
    assert!(model_with(&entries, &second_cancel_page()).is_ok());
    let unknown = vault_codegen::config::Rename { page: "no_such_page.md".to_owned(), name: "x".to_owned() };
    let config = vault_codegen::Config { renames: vec![unknown], ..second_cancel_page() };
    let found = model_with(&entries, &config).err().unwrap_or_default();
    assert!(found.iter().any(|d| d.starts_with("rename names the page `no_such_page.md`")), "{found:#?}");
}

#[test]
fn the_vendor_constructs_of_the_corpus_are_understood() {
    let model = together();
    let api = |family: &str, name: &str| {
        model.apis.iter().find(|a| a.name == name && a.module() == Module::Family(family.to_owned()))
    };
    // A title with the product after the API name.
    let session = api("payments", "createPaymentSession");
    assert_eq!(session.and_then(|a| a.product.as_deref()), Some("One-time Payments"));
    // Deprecated fields without a type are left out, and said so.
    let consult = api("authorizations", "consult");
    assert!(consult.is_some_and(|a| a.request.iter().all(|f| f.name != "terminalType")));
    assert!(consult.is_some_and(|a| a.docs.iter().any(|d| d.contains("`terminalType`"))));
    // A Datetime with a maximum length; a map.
    let all_fields: Vec<&vault_codegen::model::Field> = model.field_lists().flat_map(|(_, f)| f).collect();
    assert!(all_fields.iter().any(|f| matches!(f.ty, Ty::Map { .. })));
    assert!(all_fields.iter().any(|f| matches!(f.ty, Ty::NumericText { range, .. } if range.max.is_none())));
    // The goods item that lists goods is boxed.
    assert!(all_fields.iter().any(|f| f.name == "crossSell" && f.boxed));
    // "returned when _result.resultCode_ is `S`" names the status: the field is the success
    // response's, carried by no error code.
    let declare = api("customs", "declare");
    let customs_payment_id = declare.and_then(|a| a.response.iter().find(|f| f.name == "customsPaymentId"));
    assert!(customs_payment_id.is_some_and(|f| f.returned_with.is_empty()), "{customs_payment_id:?}");
    // A value list with no sentence before it (notifySubscription) is still a value list.
    let notify = model.apis.iter().find(|a| a.name == "notifySubscription");
    let kind = notify.and_then(|a| a.request.iter().find(|f| f.name == "subscriptionNotificationType"));
    assert!(kind.is_some_and(|f| matches!(&f.ty, Ty::Enum(list) if list.values.len() == 5)), "{kind:?}");
    // `## Result codes` (the ABA pages' heading) is the code table.
    let quote = api("aba_funds", "createQuote");
    assert!(quote.is_some_and(|a| a.codes.iter().any(|c| c.code == "CURRENCY_NOT_SUPPORT")));
}
