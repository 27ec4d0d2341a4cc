// The corpus of vendor pages from families the project does not cover (disputes, subscriptions,
// payment sessions, authorizations, payouts, merchants, risk): each page alone, and all of them
// together with `api-docs/`, generate and compile. Pages are written as the vendor writes them
// (see vault-codegen/tests/fixtures/corpus/SOURCES.txt); types nested below `######` are on the
// corpus's objects page.

mod aba_create_quote {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/aba__createQuote.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod aba_inquire_rate {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/aba__inquireRate.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod authorizations_revoke {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/authorizations__revoke.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod authorizations_apply_token {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/authorizations__applyToken.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod authorizations_consult {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/authorizations__consult.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod customs_declare {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/customs__declare.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod customs_inquiry_declaration_requests {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/customs__inquiryDeclarationRequests.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod disputes_accept_dispute {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/disputes__acceptDispute.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod disputes_download_dispute_evidence {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/disputes__downloadDisputeEvidence.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod disputes_notify_dispute {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/disputes__notifyDispute.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod marketplace_inquire_balance {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/marketplace__inquireBalance.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod marketplace_settle {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/marketplace__settle.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod merchants_update {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/merchants__update.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod payments_cancel {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/payments__cancel.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod payments_create_payment_session {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/payments__createPaymentSession.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod payouts_create_payout {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/payouts__createPayout.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod risk_notify_risk_service {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/risk__notifyRiskService.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod risk_report_result {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/risk__reportResult.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod subscriptions_cancel {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/subscriptions__cancel.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod subscriptions_notify_subscription {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/subscriptions__notifySubscription.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod subscriptions_create {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/subscriptions__create.md", "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md"]);
}
mod together {
    // `api-docs/` has the payments `cancel` page too: the corpus's copy (another product's page
    // of that endpoint) gets its own Rust name.
    vault_macros::generate!(rename = { "payments__cancel.md": cancelGeneric }, pages = [
        "../../../api-docs",
        "../../../vault-codegen/tests/fixtures/corpus/aba__createQuote.md",
        "../../../vault-codegen/tests/fixtures/corpus/aba__inquireRate.md",
        "../../../vault-codegen/tests/fixtures/corpus/authorizations__applyToken.md",
        "../../../vault-codegen/tests/fixtures/corpus/authorizations__revoke.md",
        "../../../vault-codegen/tests/fixtures/corpus/authorizations__consult.md",
        "../../../vault-codegen/tests/fixtures/corpus/customs__declare.md",
        "../../../vault-codegen/tests/fixtures/corpus/customs__inquiryDeclarationRequests.md",
        "../../../vault-codegen/tests/fixtures/corpus/disputes__acceptDispute.md",
        "../../../vault-codegen/tests/fixtures/corpus/disputes__downloadDisputeEvidence.md",
        "../../../vault-codegen/tests/fixtures/corpus/disputes__notifyDispute.md",
        "../../../vault-codegen/tests/fixtures/corpus/marketplace__inquireBalance.md",
        "../../../vault-codegen/tests/fixtures/corpus/marketplace__settle.md",
        "../../../vault-codegen/tests/fixtures/corpus/merchants__update.md",
        "../../../vault-codegen/tests/fixtures/corpus/payments__cancel.md",
        "../../../vault-codegen/tests/fixtures/corpus/payments__createPaymentSession.md",
        "../../../vault-codegen/tests/fixtures/corpus/payouts__createPayout.md",
        "../../../vault-codegen/tests/fixtures/corpus/risk__notifyRiskService.md",
        "../../../vault-codegen/tests/fixtures/corpus/risk__reportResult.md",
        "../../../vault-codegen/tests/fixtures/corpus/subscriptions__cancel.md",
        "../../../vault-codegen/tests/fixtures/corpus/subscriptions__create.md",
        "../../../vault-codegen/tests/fixtures/corpus/subscriptions__notifySubscription.md",
        "../../../vault-codegen/tests/fixtures/corpus/shared_objects.md",
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
    // The vaulting APIs keep their names beside the corpus.
    assert_eq!(<together::CreateVaultingSessionRequest as vault_runtime::Operation>::NAME, "createVaultingSession");
    // Every call of every page is an operation of the one client.
    assert_eq!(together::OPERATIONS.len(), together::OPERATIONS.iter().filter(|o| !o.name.starts_with("notify")).count());
}
