//! Disputes over loopback, with the generated client: a sandbox action opens a chargeback on a
//! captured payment (notifyDispute and notifyDefenseDocument); the merchant defends it
//! (supplyDefenseDocument) and accepts it (acceptDispute), each once; the defense deadline
//! follows the sandbox clock (a reminder a day before, TIME_EXCEEDS_LIMIT after).
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "tests stop at a broken assumption")]

mod common;

use common::families::{
    AcceptDisputeError, DefenseDocumentNotification, DisputeJudgedResult, DisputeNotification,
    DisputeNotificationType as Event, SupplyDefenseDocumentError, accept_dispute, api_error, defend_dispute,
    notes_with,
};
use common::merchant::merchant;
use common::payments::{CLIENT, pay_request, vaulted_token};
use common::{client, sandbox};
use std::time::Duration;

/// A captured payment (automatic capture) notified to `notify`; its id.
async fn captured(client: &vault_generated::Client, request_id: &str, notify: &str) -> String {
    let token = vaulted_token(client, &format!("V-{request_id}")).await;
    let answer = client.payments().pay(&pay_request(request_id, &token, 5000, false, Some(notify))).await.unwrap();
    answer.payment_id.expect("a payment id")
}

async fn dispute_notes(hook: &common::merchant::Merchant, count: usize) -> Vec<DisputeNotification> {
    notes_with(hook, "disputeNotificationType", count).await
}

#[tokio::test]
async fn a_dispute_opened_by_the_action_is_defended_then_accepted_once_each() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let payment_id = captured(&client, "P-DISPUTED", &hook.url).await;

    // The issuer's move: the dashboard's action (a form post).
    let form = format!("client_id={CLIENT}&payment_id={payment_id}");
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let posted = http
        .post(format!("{}/sandbox/actions/dispute", sandbox.url()))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .unwrap();
    assert!(posted.status().is_redirection(), "{}", posted.status());
    let disputes = sandbox.disputes();
    assert_eq!(disputes.len(), 1);
    let id = disputes[0].dispute_id.clone();
    assert_eq!(disputes[0].amount, 5000);
    let opened = dispute_notes(&hook, 1).await;
    assert_eq!(
        (opened[0].dispute_notification_type.clone(), opened[0].payment_id.as_str()),
        (Event::DisputeCreated, payment_id.as_str())
    );
    assert_eq!(opened[0].dispute_amount.as_ref().map(|a| a.value.as_str()), Some("5000"));
    let material: Vec<DefenseDocumentNotification> = notes_with(&hook, "defenseFile", 1).await;
    assert_eq!(material[0].dispute_id, id);
    // One dispute per payment.
    assert!(sandbox.open_dispute(CLIENT, &payment_id).await.unwrap_err().contains(&id));

    client.disputes().supply_defense_document(&defend_dispute(&id)).await.unwrap();
    assert_eq!(dispute_notes(&hook, 2).await[1].dispute_notification_type, Event::DefenseSupplied);
    let again = api_error(client.disputes().supply_defense_document(&defend_dispute(&id)).await);
    assert!(matches!(again, SupplyDefenseDocumentError::RepeatRequest { .. }), "{again:?}");

    let accepted = client.disputes().accept_dispute(&accept_dispute(&id)).await.unwrap();
    assert_eq!(accepted.dispute_id.as_deref(), Some(id.as_str()));
    let judged = dispute_notes(&hook, 3).await;
    assert_eq!(judged[2].dispute_notification_type, Event::DisputeJudged);
    assert_eq!(judged[2].dispute_judged_result, Some(DisputeJudgedResult::AcceptByMerchant));
    let again = api_error(client.disputes().accept_dispute(&accept_dispute(&id)).await);
    assert!(matches!(again, AcceptDisputeError::RepeatRequest { .. }), "{again:?}");
    let late = api_error(client.disputes().supply_defense_document(&defend_dispute(&id)).await);
    assert!(matches!(late, SupplyDefenseDocumentError::NotAllowInCurrentStatus { .. }), "{late:?}");
    assert!(hook.inbox().rejected.is_empty(), "every notification verifies");
}

#[tokio::test]
async fn the_defense_deadline_follows_the_sandbox_clock() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let payment_id = captured(&client, "P-LATE", &hook.url).await;
    let id = sandbox.open_dispute(CLIENT, &payment_id).await.unwrap();
    sandbox.advance_clock(Duration::from_secs(6 * 24 * 3600 + 3600)).await.unwrap();
    let notes = dispute_notes(&hook, 2).await;
    assert_eq!(notes[1].dispute_notification_type, Event::DefenseDueAlert);
    sandbox.advance_clock(Duration::from_secs(24 * 3600)).await.unwrap();
    let late = api_error(client.disputes().accept_dispute(&accept_dispute(&id)).await);
    assert!(matches!(late, AcceptDisputeError::TimeExceedsLimit { .. }), "{late:?}");
    let late = api_error(client.disputes().supply_defense_document(&defend_dispute(&id)).await);
    assert!(matches!(late, SupplyDefenseDocumentError::TimeExceedsLimit { .. }), "{late:?}");
    // The reminder goes once.
    assert_eq!(dispute_notes(&hook, 3).await.len(), 2);
}

#[tokio::test]
async fn only_a_captured_payment_of_the_client_can_be_disputed() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let token = vaulted_token(&client, "V-AUTH").await;
    let authorised = client.payments().pay(&pay_request("P-AUTH", &token, 100, true, None)).await.unwrap();
    let payment_id = authorised.payment_id.unwrap();
    assert!(sandbox.open_dispute(CLIENT, &payment_id).await.is_err(), "authorised, not captured");
    assert!(sandbox.open_dispute("ANOTHER_CLIENT", &payment_id).await.is_err());
    assert!(sandbox.open_dispute(CLIENT, "PAY-NONE").await.is_err());
    assert!(sandbox.disputes().is_empty());
}
