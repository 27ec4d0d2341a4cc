// The corpus pages and `api-docs/` generated together in one crate (the per-page crate is
// corpus_pages.rs): each `generate!` exports its request constructor macros at the crate root,
// so two invocations holding the same API cannot share a crate.

mod together {
    // `api-docs/` has the payments `cancel` page too: the corpus's copy (another product's page
    // of that endpoint) gets its own Rust name, as the second page of consult in `api-docs/`
    // does (vault-generated's own line). The moved pages come with `api-docs/`.
    vault_macros::generate!(rename = { "payments__cancel.md": cancelGeneric, "consult_auto.md": consultAutoDebit }, pages = [
        "../../../api-docs",
        "../../../vault-codegen/tests/fixtures/corpus/payments__cancel.md",
    ]);
}

fn main() {
    // Two APIs named `cancel` and two named `consult`-like pages of different families coexist.
    assert_eq!(<together::payments::CancelRequest as vault_runtime::Operation>::PATH, "/v1/payments/cancel");
    assert_eq!(<together::payments::CancelGenericRequest as vault_runtime::Operation>::PATH, "/v1/payments/cancel");
    assert_eq!(<together::payments::CancelGenericRequest as vault_runtime::Operation>::NAME, "cancel");
    assert_eq!(<together::subscriptions::CancelRequest as vault_runtime::Operation>::PATH, "/v1/subscriptions/cancel");
    assert_eq!(<together::authorizations::ConsultRequest as vault_runtime::Operation>::PATH, "/v1/authorizations/consult");
    // A family is every group after the version: `/v1/risk/disputes/...` is `risk_disputes`.
    assert_eq!(<together::accounts::InquireBalanceRequest as vault_runtime::Operation>::PATH, "/v1/accounts/inquireBalance");
    assert_eq!(<together::risk_disputes::ReportResultRequest as vault_runtime::Operation>::PATH, "/v1/risk/disputes/reportResult");
    assert_eq!(<together::aba_funds::CreateQuoteRequest as vault_runtime::Operation>::PATH, "/v1/aba/funds/createQuote");
    // Without a `features` setting, a family is the endpoint's group: the vaulting APIs are `vaults`.
    assert_eq!(<together::vaults::CreateVaultingSessionRequest as vault_runtime::Operation>::NAME, "createVaultingSession");
    assert_eq!(<together::payments::ConsultAutoDebitRequest as vault_runtime::Operation>::NAME, "consult");
    // Every call of every page is an operation of the one client.
    assert_eq!(together::OPERATIONS.len(), together::OPERATIONS.iter().filter(|o| !o.name.starts_with("notify")).count());
}
