//! The subscriptions family over loopback, with the generated client: a subscription waits
//! for the user's authorisation, then each period is charged when it starts by the sandbox
//! clock (a payment with notifyPayment); change, update and cancel are told with
//! notifySubscription; a cancelled subscription ends with its period.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "tests stop at a broken assumption")]

mod common;

use common::families::{
    SubscriptionNotification, SubscriptionNotificationType as Event, SubscriptionStatus, cancel_subscription, code,
    code_of, payment_status, period_subscription, subscription, subscription_state, update_amount, wire,
};
use common::merchant::merchant;
use common::payments::CLIENT;
use common::{client, sandbox};
use std::time::Duration;
use vault_generated::payments::PaymentNotification;
use vault_generated::payments::response::NotifyType as PaymentNotifyType;
use vault_generated::payments::response::PaymentStatus;
use vault_generated::subscriptions::response::Status as SubscriptionInfoStatus;
use vault_generated::{CommonCode, text};

const MONTH: Duration = Duration::from_secs(31 * 24 * 3600);

/// The subscription notifications that arrived (notifySubscription has no notifyType).
async fn told(hook: &common::merchant::Merchant, count: usize) -> Vec<SubscriptionNotification> {
    hook.wait_for::<SubscriptionNotification>("", count).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscription_is_charged_every_period_by_the_clock_until_cancelled() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let start = sandbox.now().await.unwrap();
    let request = subscription("SUB-1", start, 990, &hook.url);

    let created = client.subscriptions().create(&request).await.unwrap_or_else(|e| panic!("create: {e}"));
    let page = created.normal_url.clone().expect("the authorisation URL");
    assert!(page.contains("/sandbox/subscribe/"), "{page}");
    // The same request again: the same answer, one subscription.
    assert_eq!(client.subscriptions().create(&request).await.unwrap().normal_url, Some(page));
    assert_eq!(sandbox.subscriptions().len(), 1);
    // Nothing is charged before the user authorises.
    assert!(sandbox.payments().is_empty());

    assert!(sandbox.authorise_subscription(CLIENT, "SUB-1", true).await);
    let notes = told(&hook, 1).await;
    assert_eq!(notes[0].subscription_notification_type, Event::Create);
    assert_eq!(notes[0].subscription_status, SubscriptionStatus::Active);
    assert_eq!(notes[0].subscription_request_id, "SUB-1");
    let id = notes[0].subscription_id.clone();
    // The first period started at once: charged and notified.
    let paid = hook.wait_for::<PaymentNotification>(&wire(&PaymentNotifyType::PaymentResult), 1).await;
    assert_eq!(paid.len(), 1);
    assert_eq!((paid[0].payment_amount.value.as_str(), paid[0].payment_amount.currency.as_str()), ("990", "USD"));
    assert_eq!(payment_status(&client, &paid[0].payment_request_id).await, Some(PaymentStatus::Success));
    assert_eq!(subscription_state(&client, &id).await, (Some(wire(&SubscriptionInfoStatus::Active)), Some(1)));

    // A month later: the second period.
    sandbox.advance_clock(MONTH).await.unwrap();
    let paid = hook.wait_for::<PaymentNotification>(&wire(&PaymentNotifyType::PaymentResult), 2).await;
    assert_eq!(paid.len(), 2);
    assert_ne!(paid[0].payment_request_id, paid[1].payment_request_id);
    assert_eq!(subscription_state(&client, &id).await.1, Some(2));

    // A new amount from the next period on; the same update id twice is applied once.
    client.subscriptions().update(&update_amount("UPD-1", &id, 1290)).await.unwrap();
    client.subscriptions().update(&update_amount("UPD-1", &id, 1290)).await.unwrap();
    let notes = told(&hook, 2).await;
    assert_eq!(notes.len(), 2, "one UPDATE for one update id");
    assert_eq!(notes[1].subscription_notification_type, Event::Update);
    sandbox.advance_clock(MONTH).await.unwrap();
    let paid = hook.wait_for::<PaymentNotification>(&wire(&PaymentNotifyType::PaymentResult), 3).await;
    assert_eq!(paid[2].payment_amount.value, "1290");

    // Cancelled: still in effect until the period ends, then terminated; nothing more charged.
    client.subscriptions().cancel(&cancel_subscription(&id, false)).await.unwrap();
    let notes = told(&hook, 3).await;
    assert_eq!(
        (notes[2].subscription_notification_type.clone(), notes[2].subscription_status.clone()),
        (Event::Cancel, SubscriptionStatus::Active)
    );
    assert_eq!(subscription_state(&client, &id).await.0, Some(wire(&SubscriptionInfoStatus::Cancelled)));
    sandbox.advance_clock(MONTH).await.unwrap();
    let notes = told(&hook, 4).await;
    assert_eq!(
        (notes[3].subscription_notification_type.clone(), notes[3].subscription_status.clone()),
        (Event::Terminate, SubscriptionStatus::Terminated)
    );
    assert_eq!(sandbox.payments().len(), 3, "no period is charged after the cancellation");
    assert_eq!(subscription_state(&client, &id).await, (Some(wire(&SubscriptionInfoStatus::Terminated)), Some(3)));

    // A terminated subscription can be neither changed nor cancelled.
    let refused = code_of(client.subscriptions().update(&update_amount("UPD-2", &id, 100)).await);
    assert_eq!(refused.0, code(CommonCode::ProcessFail), "{refused:?}");
    let refused = code_of(client.subscriptions().cancel(&cancel_subscription(&id, false)).await);
    assert_eq!(refused.0, code(CommonCode::ProcessFail), "{refused:?}");
    // Terminating it again changes nothing.
    client.subscriptions().cancel(&cancel_subscription(&id, true)).await.unwrap();
    assert_eq!(told(&hook, 5).await.len(), 4);
}

#[tokio::test]
async fn an_unauthorised_subscription_lapses_and_a_refused_one_terminates() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let start = sandbox.now().await.unwrap();
    client.subscriptions().create(&subscription("SUB-LAPSE", start, 500, &hook.url)).await.unwrap();
    // The page's default: 30 minutes to authorise.
    sandbox.advance_clock(Duration::from_secs(31 * 60)).await.unwrap();
    assert!(!sandbox.authorise_subscription(CLIENT, "SUB-LAPSE", true).await);
    client.subscriptions().create(&subscription("SUB-NO", start, 500, &hook.url)).await.unwrap();
    assert!(sandbox.authorise_subscription(CLIENT, "SUB-NO", false).await);
    let notes = told(&hook, 1).await;
    assert_eq!((notes.len(), notes[0].subscription_status.clone()), (1, SubscriptionStatus::Terminated));
    sandbox.advance_clock(MONTH).await.unwrap();
    assert!(sandbox.payments().is_empty());
}

#[tokio::test]
async fn a_period_unit_the_pages_do_not_document_is_param_illegal() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let start = sandbox.now().await.unwrap();
    let request = period_subscription("SUB-BAD", start, 500, "http://127.0.0.1:9/n", text!("FORTNIGHT"));
    let (refused, why) = code_of(client.subscriptions().create(&request).await);
    assert_eq!(refused, code(CommonCode::ParamIllegal));
    assert!(why.contains("periodType"), "{why}");
    assert!(sandbox.subscriptions().is_empty());
}
