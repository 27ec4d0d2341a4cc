//! The payments family over loopback: pay with a vaulted card, capture, cancel, refund and the
//! inquiries against the sandbox's money rules; notifications verified on a merchant webhook
//! and resent until acknowledged; unknown outcomes that never charge twice; concurrent refunds.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use common::merchant::merchant;
use common::payments::{capture_request, id, paid, pay_request, refund_request, vaulted_token};
use common::{CLIENT_ID, client, sandbox};
use std::time::Duration;
use vault_generated::payments::response::RefundStatus as InquiryRefundRefundStatus;
use vault_generated::payments::{
    CancelError, CancelRequest, CaptureError, InquiryPaymentError, InquiryPaymentRequest, InquiryRefundRequest,
    PayError, RefundError,
};
// payments' enum, named after its holder since ABA's inquireDirectPayment lists other states.
use vault_generated::payments::response::PaymentStatus;
use vault_generated::payments::response::TransactionType;
use vault_generated::payments::{CaptureNotification, PaymentNotification, RefundNotification};
use vault_generated::{CommonCode, Currency, Error, NextStep, ResultStatus};
use vault_sandbox::{PaymentState, Sandbox};

fn inquiry(payment_id: &str) -> InquiryPaymentRequest {
    let mut request = InquiryPaymentRequest::new();
    request.payment_id = Some(id(payment_id));
    request
}

fn cancel(payment_id: &str) -> CancelRequest {
    let mut request = CancelRequest::new();
    request.payment_id = Some(id(payment_id));
    request
}

/// The API error of a failed call, or a panic naming what came instead.
fn api_error<T: std::fmt::Debug, E: std::fmt::Debug>(outcome: Result<T, Error<E>>) -> E {
    match outcome {
        Err(Error::Api { error, .. }) => *error,
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn manual_capture_then_partial_refund_with_every_notification() {
    let sandbox = sandbox().await;
    let shop = merchant(CLIENT_ID, 0).await;
    let client = client(&sandbox);
    let token = vaulted_token(&client, "V-PAY-1").await;

    let paid = client.payments().pay(&pay_request("P-1", &token, 1000, true, Some(&shop.url))).await;
    let paid = paid.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(paid.result.result_status, ResultStatus::S);
    let payment_id = paid.payment_id.clone().unwrap_or_default();
    let amount = paid.payment_amount.as_ref().map(|a| (a.currency.as_str(), a.value.as_str()));
    assert_eq!(amount, Some(("USD", "1000")));
    assert_eq!(sandbox.payments()[0].state, PaymentState::Authorised, "manual: authorised, not captured");

    let captured = client.payments().capture(&capture_request("C-1", &payment_id, Currency::USD, 800)).await;
    let captured = captured.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(captured.capture_amount.map(|a| a.value), Some("800".to_owned()));

    let refunded = client.payments().refund(&refund_request("R-1", &payment_id, 300, Some(&shop.url))).await;
    let refund_id = refunded.unwrap_or_else(|e| panic!("{e}")).refund_id.unwrap_or_default();

    let state = client.payments().inquiry_payment(&inquiry(&payment_id)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state.payment_status, Some(PaymentStatus::Success));
    let kinds: Vec<(TransactionType, String)> = state
        .transactions
        .unwrap_or_default()
        .into_iter()
        .map(|t| (t.transaction_type, t.transaction_amount.value))
        .collect();
    assert_eq!(kinds, [(TransactionType::Capture, "800".to_owned()), (TransactionType::Refund, "300".to_owned())]);

    let mut by_id = InquiryRefundRequest::new();
    by_id.refund_id = Some(id(&refund_id));
    let refund = client.payments().inquiry_refund(&by_id).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(refund.refund_status, Some(InquiryRefundRefundStatus::Success));

    let payments: Vec<PaymentNotification> = shop.wait_for("PAYMENT_RESULT", 1).await;
    let captures: Vec<CaptureNotification> = shop.wait_for("CAPTURE_RESULT", 1).await;
    let refunds: Vec<RefundNotification> = shop.wait_for("REFUND_RESULT", 1).await;
    assert_eq!(payments.len(), 1);
    assert_eq!(payments[0].payment_id, payment_id);
    let token_seen = payments[0].payment_result_info.as_ref().and_then(|i| i.card_token.as_ref());
    assert_eq!(token_seen.map(|t| t.expose().as_str()), Some(token.as_str()), "the card charged is named");
    assert_eq!((captures.len(), captures[0].capture_amount.value.as_str()), (1, "800"));
    assert_eq!((refunds.len(), refunds[0].refund_amount.value.as_str()), (1, "300"));
    assert!(shop.inbox().rejected.is_empty(), "every notification verified");
    assert!(sandbox.deliveries().iter().filter(|d| d.url == shop.url).all(|d| d.acknowledged));
}

#[tokio::test]
async fn automatic_capture_takes_everything_once() {
    let sandbox = sandbox().await;
    let shop = merchant(CLIENT_ID, 0).await;
    let client = client(&sandbox);
    let token = vaulted_token(&client, "V-AUTO").await;
    let answer = client.payments().pay(&pay_request("P-AUTO", &token, 500, false, Some(&shop.url))).await;
    let payment_id = answer.unwrap_or_else(|e| panic!("{e}")).payment_id.unwrap_or_default();
    let captures: Vec<CaptureNotification> = shop.wait_for("CAPTURE_RESULT", 1).await;
    assert_eq!(captures.first().map(|c| c.capture_amount.value.as_str()), Some("500"));
    let again = client.payments().capture(&capture_request("C-AUTO", &payment_id, Currency::USD, 1)).await;
    assert!(matches!(api_error(again), CaptureError::MultiCaptureNotSupported { .. }));
    let cancelled = client.payments().cancel(&cancel(&payment_id)).await;
    assert!(matches!(api_error(cancelled), CancelError::CancelWindowExceed { .. }), "captured: refund instead");
}

#[tokio::test]
async fn pay_refuses_what_it_cannot_charge() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let unknown = client.payments().pay(&pay_request("P-UNKNOWN", "CT-NOT-A-TOKEN", 100, true, None)).await;
    let error = api_error(unknown);
    assert!(
        matches!(&error, PayError::Common { code: CommonCode::ParamIllegal, message } if message.contains("paymentMethodId")),
        "{error:?}"
    );
    assert_eq!(sandbox.payments().len(), 0, "nothing charged");

    let token = vaulted_token(&client, "V-OTHER-CLIENT").await;
    let stranger = common::client_with(&sandbox, "SANDBOX_OTHER", vault_sandbox::test_keys::MERCHANT_PRIVATE_KEY);
    let theirs = stranger.payments().pay(&pay_request("P-STRANGER", &token, 100, true, None)).await;
    assert!(
        matches!(api_error(theirs), PayError::Common { code: CommonCode::ParamIllegal, .. }),
        "another client's card"
    );
}

#[tokio::test]
async fn capture_rules_amount_currency_state_and_ids() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let payment_id = paid(&client, "P-CAP", 1000, false).await;
    let over = client.payments().capture(&capture_request("C-OVER", &payment_id, Currency::USD, 1001)).await;
    assert!(matches!(api_error(over), CaptureError::CaptureAmountExceedAuthLimit { .. }));
    let euros = client.payments().capture(&capture_request("C-EUR", &payment_id, Currency::EUR, 100)).await;
    assert!(matches!(api_error(euros), CaptureError::CurrencyNotSupport { .. }));
    let nobody = client.payments().capture(&capture_request("C-NONE", "PAY-NOBODY", Currency::USD, 100)).await;
    assert!(matches!(api_error(nobody), CaptureError::AuthNotFound { .. }));

    let first = client.payments().capture(&capture_request("C-OK", &payment_id, Currency::USD, 1000)).await;
    let again = client.payments().capture(&capture_request("C-OK", &payment_id, Currency::USD, 1000)).await;
    let (first, again) = (first.unwrap_or_else(|e| panic!("{e}")), again.unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(first.capture_id, again.capture_id, "the same captureRequestId is the same capture");
    assert_eq!(sandbox.payments()[0].captured(), 1000);

    let cancelled_id = paid(&client, "P-CANCELLED", 1000, false).await;
    assert!(client.payments().cancel(&cancel(&cancelled_id)).await.is_ok());
    assert!(client.payments().cancel(&cancel(&cancelled_id)).await.is_ok(), "cancelling twice answers the same");
    let late = client.payments().capture(&capture_request("C-LATE", &cancelled_id, Currency::USD, 100)).await;
    assert!(matches!(api_error(late), CaptureError::AuthCancelled { .. }));
    let state = client.payments().inquiry_payment(&inquiry(&cancelled_id)).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state.payment_status, Some(PaymentStatus::Cancelled));
    assert!(matches!(
        api_error(client.payments().cancel(&cancel("PAY-NOBODY")).await),
        CancelError::OrderNotExist { .. }
    ));
}

#[tokio::test]
async fn refunds_never_exceed_what_was_captured() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let uncaptured = paid(&client, "P-UNCAPTURED", 1000, false).await;
    let early = client.payments().refund(&refund_request("R-EARLY", &uncaptured, 100, None)).await;
    assert!(matches!(api_error(early), RefundError::Common { code: CommonCode::ProcessFail, .. }));

    let payment_id = paid(&client, "P-REFUND", 1000, true).await;
    assert!(client.payments().refund(&refund_request("R-A", &payment_id, 600, None)).await.is_ok());
    let too_much = client.payments().refund(&refund_request("R-B", &payment_id, 401, None)).await;
    let error = api_error(too_much);
    assert!(
        matches!(&error, RefundError::Common { code: CommonCode::ProcessFail, message } if message.contains("1000 captured, 600 refunded, 401 asked")),
        "{error:?}"
    );
    assert!(
        client.payments().refund(&refund_request("R-C", &payment_id, 400, None)).await.is_ok(),
        "the rest fits exactly"
    );
    let replay = client.payments().refund(&refund_request("R-C", &payment_id, 400, None)).await;
    assert!(replay.is_ok(), "the same refundRequestId is the same refund, not a second one");
    assert_eq!(sandbox.refunds().iter().map(|r| r.amount).sum::<i64>(), 1000);

    let mut euros = refund_request("R-EUR", &payment_id, 1, None);
    euros.refund_amount =
        vault_generated::payments::Amount::from_minor_units(Currency::EUR, 1).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        api_error(client.payments().refund(&euros).await),
        RefundError::Common { code: CommonCode::ParamIllegal, .. }
    ));
}

// Multi-threaded: the calls and the sandbox's handlers really run at the same time.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_two_concurrent_refunds_never_refund_more_than_captured() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let payment_id = paid(&client, "P-RACE", 1000, true).await;
    // Each refund of 100 is allowed alone; together only ten fit in the 1000 captured.
    let calls = (0..32).map(|n| {
        let (client, request) = (client.clone(), refund_request(&format!("R-RACE-{n}"), &payment_id, 100, None));
        tokio::spawn(async move { client.payments().refund(&request).await.is_ok() })
    });
    let outcomes = futures_join(calls).await;
    assert_eq!(outcomes.iter().filter(|ok| **ok).count(), 10, "exactly the captured amount is refunded");
    let refunded: i64 = sandbox.refunds().iter().map(|r| r.amount).sum();
    assert_eq!(refunded, 1000);
}

async fn futures_join<T>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut outcomes = Vec::new();
    for task in tasks.collect::<Vec<_>>() {
        outcomes.push(task.await.unwrap_or_else(|e| panic!("{e}")));
    }
    outcomes
}

/// One refundRequestId sent by sixteen callers at once is one refund, and every caller gets
/// the same answer (the same refundId), whichever call the sandbox served first.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_same_refund_request_id_sent_concurrently_is_one_refund_with_one_answer() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let payment_id = paid(&client, "P-SAME", 1000, true).await;
    let calls = (0..16).map(|_| {
        let (client, request) = (client.clone(), refund_request("R-SAME", &payment_id, 300, None));
        tokio::spawn(async move { client.payments().refund(&request).await.map(|r| (r.refund_id, r.refund_amount)) })
    });
    let answers = futures_join(calls).await;
    let first = answers[0].as_ref().unwrap_or_else(|e| panic!("{e}")).clone();
    for answer in &answers {
        assert_eq!(answer.as_ref().ok(), Some(&first), "every caller gets the first answer: {answers:?}");
    }
    let refunds: Vec<_> = sandbox.refunds().into_iter().filter(|r| r.refund_request_id == "R-SAME").collect();
    assert_eq!(refunds.len(), 1, "one refund: {refunds:?}");
    assert_eq!(refunds[0].amount, 300);
    assert_eq!(first.0.as_deref(), Some(refunds[0].refund_id.as_str()));
}

#[tokio::test]
async fn three_d_secure_redirects_the_buyer_and_a_retry_never_pays_twice() {
    let sandbox = sandbox().await;
    let shop = merchant(CLIENT_ID, 0).await;
    let client = client(&sandbox);
    let token = vaulted_token(&client, "V-3DS-PAY").await;
    let mut request = pay_request("P-3DS", &token, 700, false, Some(&shop.url));
    request.payment_method.require_issuer_authentication = Some(true);
    let pending = client.payments().pay(&request).await;
    assert!(matches!(&pending, Err(e) if e.next_step() == NextStep::RedirectBuyer), "{pending:?}");
    let url = match api_error(pending) {
        PayError::PaymentInProcess { normal_url: Some(url), .. } => url,
        other => panic!("{other:?}"),
    };
    let again = client.payments().pay(&request).await;
    assert!(matches!(api_error(again), PayError::PaymentInProcess { .. }), "still waiting");
    assert_eq!(sandbox.payments().len(), 1, "the same paymentRequestId is one payment");

    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build();
    let opened = no_redirects.unwrap_or_else(|e| panic!("{e}")).get(&url).send().await;
    let opened = opened.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(opened.status().as_u16(), 302, "the buyer is sent back to the merchant");
    let paid: Vec<PaymentNotification> = shop.wait_for("PAYMENT_RESULT", 1).await;
    assert_eq!(paid.first().map(|n| n.result.result_status), Some(ResultStatus::S));
    let settled = client.payments().pay(&request).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(settled.result.result_status, ResultStatus::S, "the retry now reports the outcome");
    let captures: Vec<CaptureNotification> = shop.wait_for("CAPTURE_RESULT", 1).await;
    assert_eq!(captures.len(), 1, "captured once, automatically");

    let mut failing = pay_request("P-3DS-FAIL", &token, 700, false, Some(&shop.url));
    failing.payment_method.require_issuer_authentication = Some(true);
    assert!(client.payments().pay(&failing).await.is_err());
    assert!(sandbox.complete_payment_authentication(CLIENT_ID, "P-3DS-FAIL", false).await);
    let mut by_request = InquiryPaymentRequest::new();
    by_request.payment_request_id = Some(id("P-3DS-FAIL"));
    let state = client.payments().inquiry_payment(&by_request).await.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state.payment_status, Some(PaymentStatus::Fail));
}

#[tokio::test]
async fn unknown_outcomes_are_resolved_without_a_second_charge() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let token = vaulted_token(&client, "V-UNKNOWN").await;
    // The first answer is lost after the payment was made; the client sends the same request
    // again (same paymentRequestId) and gets the kept answer.
    sandbox.faults().drop_next(1);
    let paid =
        client.payments().pay(&pay_request("P-LOST", &token, 900, true, None)).await.unwrap_or_else(|e| panic!("{e}"));
    // An UNKNOWN_EXCEPTION (U) before processing is retried too.
    sandbox.faults().unknown_next(1);
    let payment_id = paid.payment_id.unwrap_or_default();
    assert!(client.payments().capture(&capture_request("C-LOST", &payment_id, Currency::USD, 900)).await.is_ok());
    sandbox.faults().drop_next(1);
    assert!(client.payments().refund(&refund_request("R-LOST", &payment_id, 900, None)).await.is_ok());
    assert_eq!(sandbox.payments().len(), 1, "one payment");
    assert_eq!(sandbox.payments()[0].captured(), 900, "one capture");
    assert_eq!(sandbox.refunds().len(), 1, "one refund");
    let pays = sandbox.calls().iter().filter(|c| c.path.ends_with("/pay")).count();
    assert_eq!(pays, 2, "the pay was sent twice and charged once");
}

#[tokio::test]
async fn unknown_ids_are_refused_with_typed_errors() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let nothing = client.payments().inquiry_payment(&inquiry("PAY-NOBODY")).await;
    assert!(matches!(api_error(nothing), InquiryPaymentError::Common { code: CommonCode::ProcessFail, .. }));
    let mut refund = InquiryRefundRequest::new();
    refund.refund_request_id = Some(id("R-NOBODY"));
    assert!(client.payments().inquiry_refund(&refund).await.is_err());
}

#[tokio::test]
async fn notifications_are_resent_until_the_exact_acknowledgement() {
    let fast = [Duration::from_millis(20), Duration::from_millis(20), Duration::from_millis(20)];
    let Ok(sandbox) = Sandbox::new().resend_schedule(fast).start().await else { panic!("sandbox") };
    let shop = merchant(CLIENT_ID, 2).await;
    let client = client(&sandbox);
    let token = vaulted_token(&client, "V-RESEND").await;
    assert!(client.payments().pay(&pay_request("P-RESEND", &token, 100, true, Some(&shop.url))).await.is_ok());
    let delivered: Vec<PaymentNotification> = shop.wait_for("PAYMENT_RESULT", 1).await;
    assert_eq!(delivered.len(), 1);
    // The merchant saw the third attempt; the sandbox records it once the answer is read.
    let attempts = || -> Vec<(u32, bool)> {
        let to_shop = sandbox.deliveries().into_iter().filter(|d| d.url == shop.url);
        to_shop.map(|d| (d.attempt, d.acknowledged)).collect()
    };
    for _ in 0..200 {
        if attempts().len() < 3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    let attempts = attempts();
    assert_eq!(attempts, [(1, false), (2, false), (3, true)], "refused twice, acknowledged the third time");
}
