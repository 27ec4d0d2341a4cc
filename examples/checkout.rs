//! Checkout, locally and with no configuration:
//!
//! 1. createPaymentSession: a payment session for the buyer (its `normalUrl` is the page where
//!    the buyer pays; in production, the session data goes to Antom's client-side SDK);
//! 2. the buyer pays on the embedded sandbox's checkout page;
//! 3. the merchant's webhook receives notifyPayment and verifies its signature;
//! 4. inquiryPayment confirms the payment.
//!
//! The sandbox runs in-process with the committed TEST-ONLY keys; the webhook is an axum
//! server on another loopback port. Run: `cargo run --example checkout`

#[path = "support/local.rs"]
mod local;
#[path = "support/webhook.rs"]
mod webhook;

use std::process::ExitCode;
// The generated types of the Checkout page (createPaymentSession) and of inquiryPayment.
use vault_generated::checkout::{
    Amount, CreatePaymentSessionRequest as SessionRequest, CreatePaymentSessionRequired as SessionRequired, Order,
    OrderRequired, SettlementStrategy,
};
use vault_generated::payments::response::NotifyType as PaymentNotifyType;
use vault_generated::payments::{InquiryPaymentRequest, PaymentNotification};
use vault_generated::{Currency, HttpUrl, Text, text, url};
use vault_sandbox::test_keys;

const CLIENT_ID: &str = "SANDBOX_CHECKOUT_EXAMPLE";

#[tokio::main]
async fn main() -> ExitCode {
    local::exit(run().await)
}

async fn run() -> Result<(), String> {
    let (sandbox, client) = local::sandbox_and_client(CLIENT_ID).await?;
    let (notify_url, mut inbox) = webhook::start(CLIENT_ID, test_keys::SANDBOX_PUBLIC_KEY).await?;
    println!("Merchant webhook at {notify_url}");
    let run_id = local::run_id();
    let request_id = format!("CHECKOUT-{run_id}");

    // 1. The session: 59.90 USD (amounts are minor units: no floating point anywhere).
    let amount = Amount::from_minor_units(Currency::USD, 5990).map_err(|e| e.to_string())?;
    let order = Order::new(OrderRequired {
        reference_order_id: Text::new(format!("ORDER-{run_id}")).map_err(|e| e.to_string())?,
        order_description: text!("A pair of boots"),
        order_amount: amount.clone(),
    });
    let mut request = SessionRequest::new(SessionRequired {
        order,
        payment_request_id: Text::new(&request_id).map_err(|e| e.to_string())?,
        payment_amount: amount,
        settlement_strategy: SettlementStrategy::new(),
        payment_redirect_url: url!("https://merchant.example/paid"),
    });
    request.payment_notify_url = Some(HttpUrl::new(&notify_url).map_err(|e| e.to_string())?);
    let session =
        client.checkout().create_payment_session(&request).await.map_err(|e| format!("createPaymentSession: {e}"))?;
    println!(
        "1. createPaymentSession: session {} (expires {})",
        session.payment_session_id, session.payment_session_expiry_time
    );
    let page = session.normal_url.ok_or("the answer has no normalUrl")?;

    // 2. The buyer pays on the checkout page (the sandbox plays the buyer).
    if !sandbox.complete_checkout(CLIENT_ID, &request_id, true).await {
        return Err(format!("the checkout page {page} had no payment waiting"));
    }
    println!("2. the buyer paid at {page}");

    // 3. notifyPayment, verified by the webhook.
    let kind = serde_json::to_value(PaymentNotifyType::PaymentResult).map_err(|e| e.to_string())?;
    let kind = kind.as_str().unwrap_or_default();
    let paid: PaymentNotification = inbox.next(kind).await?;
    println!(
        "3. {kind} verified: {} {} for {} {}",
        paid.result.result_code, paid.payment_id, paid.payment_amount.value, paid.payment_amount.currency
    );

    // 4. inquiryPayment.
    let mut inquiry = InquiryPaymentRequest::new();
    inquiry.payment_request_id = Some(Text::new(&request_id).map_err(|e| e.to_string())?);
    let state = client.payments().inquiry_payment(&inquiry).await.map_err(|e| format!("inquiryPayment: {e}"))?;
    println!("4. inquiryPayment: {:?}", state.payment_status);
    println!("\nDone: every step verified.");
    Ok(())
}
