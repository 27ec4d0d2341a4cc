//! A subscription, locally and with no configuration:
//!
//! 1. subscriptions/create: a monthly plan; the answer's `normalUrl` is where the user
//!    authorises it;
//! 2. the user authorises it on the embedded sandbox: notifySubscription (`CREATE`, `ACTIVE`)
//!    and the first period's notifyPayment arrive, verified;
//! 3. the sandbox clock moves a month ahead: the second period is charged (notifyPayment);
//! 4. subscriptions/cancel: notifySubscription (`CANCEL`); the service runs to the end of the
//!    period, and nothing more is charged.
//!
//! The sandbox runs in-process with the committed TEST-ONLY keys; the webhook is an axum
//! server on another loopback port. Run: `cargo run --example subscription`

#[path = "support/local.rs"]
mod local;
#[path = "support/webhook.rs"]
mod webhook;

use std::process::ExitCode;
use std::time::Duration;
// The generated types of the subscriptions pages.
use vault_generated::payments::PaymentNotification;
use vault_generated::payments::response::NotifyType as PaymentNotifyType;
use vault_generated::subscriptions::create::OrderInfo as CreateOrderInfo;
use vault_generated::subscriptions::response::PeriodType;
use vault_generated::subscriptions::{
    Amount, CancelRequest, CancelRequired, CancellationType, CreateRequest, CreateRequired, Env, EnvRequired,
    PaymentMethod, PaymentMethodRequired, PeriodRule, PeriodRuleRequired, SettlementStrategy, SubscriptionNotification,
    TerminalType,
};
use vault_generated::{Currency, HttpUrl, Text, int, text, url};
use vault_sandbox::{RunningSandbox, test_keys};

const CLIENT_ID: &str = "SANDBOX_SUBSCRIPTION_EXAMPLE";
/// notifySubscription carries no notifyType: the webhook hands it over with an empty one.
const SUBSCRIPTION_EVENT: &str = "";

#[tokio::main]
async fn main() -> ExitCode {
    local::exit(run().await)
}

async fn run() -> Result<(), String> {
    let (sandbox, client) = local::sandbox_and_client(CLIENT_ID).await?;
    let (notify_url, mut inbox) = webhook::start(CLIENT_ID, test_keys::SANDBOX_PUBLIC_KEY).await?;
    println!("Merchant webhook at {notify_url}");
    let run_id = local::run_id();
    let request_id = format!("SUBSCRIPTION-{run_id}");

    // 1. A monthly plan of 9.90 USD, starting now by the sandbox clock.
    let start = sandbox.now().await.map_err(|e| e.to_string())?;
    let request = create_request(&request_id, start, &notify_url)?;
    let created = client.subscriptions().create(&request).await.map_err(|e| format!("subscriptions/create: {e}"))?;
    let page = created.normal_url.ok_or("the answer has no normalUrl")?;
    println!("1. subscriptions/create: the user authorises at {page}");

    // 2. The user authorises (the sandbox plays the user).
    if !sandbox.authorise_subscription(CLIENT_ID, &request_id, true).await {
        return Err("no subscription was waiting for the user".to_owned());
    }
    let told: SubscriptionNotification = inbox.next(SUBSCRIPTION_EVENT).await?;
    println!(
        "2. notifySubscription verified: {:?}, {:?} (subscription {})",
        told.subscription_notification_type, told.subscription_status, told.subscription_id
    );
    period_payment(&mut inbox, 1).await?;

    // 3. A month later by the sandbox clock: the second period.
    let now = advance(&sandbox, Duration::from_secs(31 * 24 * 3600)).await?;
    println!("3. the sandbox clock moved to {now}");
    period_payment(&mut inbox, 2).await?;

    // 4. Cancelled: in effect until the period ends, then nothing more.
    let mut cancel = CancelRequest::new(CancelRequired { cancellation_type: CancellationType::Cancel });
    cancel.subscription_id = Some(Text::new(&told.subscription_id).map_err(|e| e.to_string())?);
    client.subscriptions().cancel(&cancel).await.map_err(|e| format!("subscriptions/cancel: {e}"))?;
    let cancelled: SubscriptionNotification = inbox.next(SUBSCRIPTION_EVENT).await?;
    println!(
        "4. notifySubscription verified: {:?}, {:?}",
        cancelled.subscription_notification_type, cancelled.subscription_status
    );
    println!("\nDone: every step verified.");
    Ok(())
}

fn create_request(
    request_id: &str,
    start: vault_generated::DateTime,
    notify_url: &str,
) -> Result<CreateRequest, String> {
    let notify = HttpUrl::new(notify_url).map_err(|e| e.to_string())?;
    // The unit as the pages' value list writes it.
    let unit = serde_json::to_value(PeriodType::Month).map_err(|e| e.to_string())?;
    let unit = Text::new(unit.as_str().unwrap_or_default()).map_err(|e| e.to_string())?;
    Ok(CreateRequest::new(CreateRequired {
        subscription_request_id: Text::new(request_id).map_err(|e| e.to_string())?,
        subscription_description: text!("The monthly box"),
        subscription_redirect_url: url!("https://merchant.example/subscribed"),
        subscription_start_time: start,
        period_rule: PeriodRule::new(PeriodRuleRequired { period_type: unit, period_count: int!(1) }),
        payment_method: PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("CARD") }),
        subscription_notification_url: notify.clone(),
        payment_notification_url: notify,
        order_info: CreateOrderInfo::new(),
        payment_amount: Amount::from_minor_units(Currency::USD, 990).map_err(|e| e.to_string())?,
        settlement_strategy: SettlementStrategy::new(),
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
    }))
}

async fn advance(sandbox: &RunningSandbox, by: Duration) -> Result<vault_generated::DateTime, String> {
    sandbox.advance_clock(by).await.map_err(|e| e.to_string())
}

/// The notifyPayment of period `number`, verified.
async fn period_payment(inbox: &mut webhook::Inbox, number: u32) -> Result<(), String> {
    let kind = serde_json::to_value(PaymentNotifyType::PaymentResult).map_err(|e| e.to_string())?;
    let kind = kind.as_str().unwrap_or_default();
    let paid: PaymentNotification = inbox.next(kind).await?;
    println!(
        "   period {number}: {kind} verified, {} {} charged ({})",
        paid.payment_amount.value, paid.payment_amount.currency, paid.payment_request_id
    );
    Ok(())
}
