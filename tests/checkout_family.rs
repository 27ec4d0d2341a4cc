//! Checkout over loopback, with the generated client: createPaymentSession opens a payment for
//! the buyer; the buyer pays on the sandbox's checkout page (or fails to); notifyPayment is
//! delivered and verified; inquiryPayment sees the payment; the session is idempotent per
//! paymentRequestId and expires by the sandbox clock.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "tests stop at a broken assumption")]

mod common;

use common::families::{code, code_of, payment_session, payment_status, wire};
use common::merchant::merchant;
use common::payments::CLIENT;
use common::{client, sandbox};
use std::time::Duration;
use vault_generated::payments::PaymentNotification;
use vault_generated::payments::response::NotifyType as PaymentNotifyType;
use vault_generated::payments::response::PaymentStatus;
use vault_generated::{CommonCode, ResultStatus};

#[tokio::test]
async fn the_buyer_pays_a_session_and_the_merchant_is_notified() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let request = payment_session("CO-1", 4200, &hook.url);
    let session = client.checkout().create_payment_session(&request).await.unwrap_or_else(|e| panic!("{e}"));
    assert!(!session.payment_session_data.is_empty());
    let page = session.normal_url.clone().expect("the checkout page");
    assert!(page.contains("/sandbox/checkout/"), "{page}");
    // The same paymentRequestId and body: the same session, one payment.
    let again = client.checkout().create_payment_session(&request).await.unwrap();
    assert_eq!(again.payment_session_id, session.payment_session_id);
    assert_eq!(sandbox.payments().len(), 1);
    assert_eq!(payment_status(&client, "CO-1").await, Some(PaymentStatus::Processing));
    // Another body under the same id is refused and changes nothing.
    let other = payment_session("CO-1", 4300, &hook.url);
    assert_eq!(
        code_of(client.checkout().create_payment_session(&other).await).0,
        code(CommonCode::RepeatReqInconsistent)
    );

    // The buyer opens the page and pays (the page sends them back to the merchant).
    let buyer = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let opened = buyer.get(&page).send().await.unwrap();
    assert!(opened.status().is_redirection(), "{}", opened.status());
    let paid = hook.wait_for::<PaymentNotification>(&wire(&PaymentNotifyType::PaymentResult), 1).await;
    assert_eq!(paid.len(), 1);
    assert_eq!(paid[0].payment_request_id, "CO-1");
    assert_eq!(paid[0].result.result_status, ResultStatus::S);
    assert_eq!(paid[0].payment_amount.value, "4200");
    assert!(hook.inbox().rejected.is_empty(), "every notification verifies");
    assert_eq!(payment_status(&client, "CO-1").await, Some(PaymentStatus::Success));
    // Paid once: the page does nothing more, and the session is not handed out again.
    assert!(!sandbox.complete_checkout(CLIENT, "CO-1", true).await);
    let renewed = code_of(client.checkout().create_payment_session(&request).await);
    assert_eq!(renewed.0, code(CommonCode::ProcessFail), "{renewed:?}");
}

#[tokio::test]
async fn a_failed_or_expired_checkout_is_notified_as_failed() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    client.checkout().create_payment_session(&payment_session("CO-FAIL", 100, &hook.url)).await.unwrap();
    assert!(sandbox.complete_checkout(CLIENT, "CO-FAIL", false).await);
    let failed = hook.wait_for::<PaymentNotification>(&wire(&PaymentNotifyType::PaymentResult), 1).await;
    assert_eq!(failed[0].result.result_status, ResultStatus::F);
    assert_eq!(payment_status(&client, "CO-FAIL").await, Some(PaymentStatus::Fail));

    // Not paid within the page's 14 minutes: failed when next looked at.
    client.checkout().create_payment_session(&payment_session("CO-LATE", 100, &hook.url)).await.unwrap();
    sandbox.advance_clock(Duration::from_secs(15 * 60)).await.unwrap();
    assert_eq!(payment_status(&client, "CO-LATE").await, Some(PaymentStatus::Fail));
    assert!(!sandbox.complete_checkout(CLIENT, "CO-LATE", true).await);
    let failed = hook.wait_for::<PaymentNotification>(&wire(&PaymentNotifyType::PaymentResult), 2).await;
    assert_eq!(failed.len(), 2);
}
