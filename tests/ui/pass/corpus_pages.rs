// The corpus of vendor pages first gathered from families the project did not cover (disputes,
// subscriptions, payment sessions, authorizations, payouts, merchants, risk), most of them now
// pages of `api-docs/` (vault-codegen/tests/corpus.rs, MOVED): each page alone (with its
// directory's objects page), and all of them together with `api-docs/`, generate and compile.

mod aba_create_quote {
    vault_macros::generate!(pages = ["../../../api-docs/aba/create_quote.md"]);
}
mod aba_inquire_rate {
    vault_macros::generate!(pages = ["../../../api-docs/aba/inquire_rate.md"]);
}
mod authorizations_revoke {
    vault_macros::generate!(pages = ["../../../api-docs/authorizations/revoke.md"]);
}
mod authorizations_apply_token {
    vault_macros::generate!(pages = ["../../../api-docs/authorizations/apply_token.md"]);
}
mod authorizations_consult {
    vault_macros::generate!(pages = ["../../../api-docs/authorizations/consult.md"]);
}
mod customs_declare {
    vault_macros::generate!(pages = ["../../../api-docs/customs/declare.md"]);
}
mod customs_inquiry_declaration_requests {
    vault_macros::generate!(pages = ["../../../api-docs/customs/inquiry_declaration_requests.md"]);
}
mod disputes_accept_dispute {
    vault_macros::generate!(pages = ["../../../api-docs/disputes/accept_dispute.md"]);
}
mod disputes_download_dispute_evidence {
    vault_macros::generate!(pages = ["../../../api-docs/disputes/download_dispute_evidence.md"]);
}
mod disputes_notify_dispute {
    vault_macros::generate!(pages = ["../../../api-docs/disputes/notify_dispute.md"]);
}
mod marketplace_inquire_balance {
    vault_macros::generate!(pages = ["../../../api-docs/marketplace/inquire_balance.md"]);
}
mod marketplace_settle {
    vault_macros::generate!(pages = ["../../../api-docs/marketplace/settle.md"]);
}
mod merchants_update {
    vault_macros::generate!(pages = ["../../../api-docs/marketplace/settlement_info_update.md"]);
}
mod payments_cancel {
    vault_macros::generate!(pages = ["../../../vault-codegen/tests/fixtures/corpus/payments__cancel.md"]);
}
mod payments_create_payment_session {
    vault_macros::generate!(pages = ["../../../api-docs/checkout/create_payment_session.md", "../../../api-docs/checkout/shared_objects.md"]);
}
mod payouts_create_payout {
    vault_macros::generate!(pages = ["../../../api-docs/marketplace/create_payout.md"]);
}
mod risk_notify_risk_service {
    vault_macros::generate!(pages = ["../../../api-docs/risk/notify_risk_service.md"]);
}
mod risk_report_result {
    vault_macros::generate!(pages = ["../../../api-docs/risk/report_result.md"]);
}
mod subscriptions_cancel {
    vault_macros::generate!(pages = ["../../../api-docs/subscriptions/cancel.md"]);
}
mod subscriptions_notify_subscription {
    vault_macros::generate!(pages = ["../../../api-docs/subscriptions/notify_subscription.md"]);
}
mod subscriptions_create {
    vault_macros::generate!(pages = ["../../../api-docs/subscriptions/create.md"]);
}
fn main() {}
