//! Charge a saved card, locally and with no configuration:
//!
//! 1. vault a card (vaultPaymentMethod) and keep its token;
//! 2. pay with the token (pay, manual capture): the card is authorised, nothing is taken yet;
//! 3. capture part of the amount (capture);
//! 4. refund part of what was captured (refund);
//! 5. inquire the payment and the refund (inquiryPayment, inquiryRefund);
//! 6. on the merchant's webhook, receive and verify notifyVaulting, notifyPayment,
//!    notifyCapture and notifyRefund (notifyPayment and notifyCapture share one URL, told apart
//!    by their notifyType).
//!
//! Amounts are minor units of the currency (cents): no floating point anywhere. The sandbox
//! runs in-process with the committed TEST-ONLY keys; the webhook is an axum server on another
//! loopback port.
//!
//! Run: `cargo run --example pay_with_saved_card`

#[path = "support/local.rs"]
mod local;
#[path = "support/webhook.rs"]
mod webhook;

use std::process::ExitCode;
// The types pay shares with other families' pages are named by the generator's rule for shared
// types (pay's Amount with ABA's createDirectPayment, capture's with ABA's updateCard,
// PaymentMethod with the marketplace's createTransfer, Env with authorizations' consult); issue 14
// section 3 revisits those names.
use vault_generated::payments::Amount as PayAmount;
use vault_generated::payments::capture::{Amount as CaptureAmount, AmountRequired as CaptureAmountRequired};
use vault_generated::payments::pay::{Env as PayEnv, EnvRequired as PayEnvRequired};
use vault_generated::payments::pay::{PaymentFactor, SettlementStrategy, SettlementStrategyRequired};
use vault_generated::payments::{
    CaptureMode, CaptureNotification, PaymentNotification, RefundNotification, TerminalType,
};
use vault_generated::payments::{
    CaptureRequest, CaptureRequired, InquiryPaymentRequest, InquiryRefundRequest, Order, OrderRequired, PayRequest,
    PayRequired, RefundRequest, RefundRequired,
};
use vault_generated::payments::{PaymentMethod, PaymentMethodRequired};
use vault_generated::vaulting::{
    CardPaymentMethodDetail, CardPaymentMethodDetailRequired, PaymentMethodDetail, PaymentMethodDetailRequired,
    VaultPaymentMethodRequest, VaultPaymentMethodRequired, VaultingNotification,
};
use vault_generated::vaulting::{Env, EnvRequired};
use vault_generated::{Client, Currency, Digits, HttpUrl, Secret, Text, text, url};
use vault_sandbox::test_keys;

const CLIENT_ID: &str = "SANDBOX_PAY_EXAMPLE";

type Step<T> = Result<T, String>;

#[tokio::main]
async fn main() -> ExitCode {
    local::exit(run().await)
}

async fn run() -> Step<()> {
    let (_sandbox, client) = local::sandbox_and_client(CLIENT_ID).await?;
    let (notify_url, mut inbox) = webhook::start(CLIENT_ID, test_keys::SANDBOX_PUBLIC_KEY).await?;
    println!("Merchant webhook at {notify_url}");
    let run_id = local::run_id();

    let token = vault(&client, &format!("VAULT-{run_id}"), &notify_url).await?;
    let vaulted: VaultingNotification = inbox.next("VAULTING_RESULT").await?;
    println!("   notifyVaulting verified: {:?}", vaulted.vaulting_status);

    let payment_id = pay(&client, &format!("PAY-{run_id}"), &token, &notify_url).await?;
    let paid: PaymentNotification = inbox.next("PAYMENT_RESULT").await?;
    println!("   notifyPayment verified: {} {}", paid.result.result_code, paid.payment_id);

    capture(&client, &format!("CAPTURE-{run_id}"), &payment_id).await?;
    let captured: CaptureNotification = inbox.next("CAPTURE_RESULT").await?;
    println!("   notifyCapture verified: {} cents captured", captured.capture_amount.value);

    let refund_id = refund(&client, &format!("REFUND-{run_id}"), &payment_id, &notify_url).await?;
    let refunded: RefundNotification = inbox.next("REFUND_RESULT").await?;
    println!("   notifyRefund verified: {} cents, {:?}", refunded.refund_amount.value, refunded.refund_status);

    inquire(&client, &payment_id, &refund_id).await?;
    println!("\nDone: every step verified.");
    Ok(())
}

/// Step 1: a card vaulted without 3-D Secure; returns its token.
async fn vault(client: &Client, id: &str, notify_url: &str) -> Step<String> {
    println!("\n1. vaultPaymentMethod: a VISA test card");
    let mut card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(text!("4111111111111111")),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    card.is_3ds_authentication = Some(false);
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    let request = VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: Text::new(id).map_err(|e| e.to_string())?,
        vaulting_notification_url: HttpUrl::new(notify_url).map_err(|e| e.to_string())?,
        redirect_url: url!("http://127.0.0.1/vaulting/done"),
        payment_method_detail: method,
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
    });
    let vaulted = client.vaulting().vault_payment_method(&request).await.map_err(|e| e.to_string())?;
    let card = vaulted.payment_method_detail.and_then(|p| p.card).ok_or("no card in the answer")?;
    println!("   {} vaulted; its token is a Secret: {:?}", card.masked_card_no.unwrap_or_default(), card.card_token);
    card.card_token.map(|t| t.expose().clone()).ok_or_else(|| "no card token".to_owned())
}

/// Step 2: 25.00 USD on the saved card, authorised only (manual capture).
async fn pay(client: &Client, id: &str, token: &str, notify_url: &str) -> Step<String> {
    println!("\n2. pay 25.00 USD with the saved card (manual capture)");
    let amount = || PayAmount::parse(Currency::USD, "25.00").map_err(|e| e.to_string());
    let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("CARD") });
    method.payment_method_id = Some(Secret::new(Text::new(token).map_err(|e| e.to_string())?));
    // The vendor's card-on-file guide: a stored card is flagged so.
    method.payment_method_meta_data = Some([("isCardOnFile".to_owned(), serde_json::Value::Bool(true))].into());
    let mut request = PayRequest::new(PayRequired {
        env: PayEnv::new(PayEnvRequired { terminal_type: TerminalType::Web }),
        order: Order::new(OrderRequired {
            reference_order_id: Text::new(format!("ORDER-{id}")).map_err(|e| e.to_string())?,
            order_description: text!("A pair of walking boots"),
            order_amount: amount()?,
        }),
        payment_request_id: Text::new(id).map_err(|e| e.to_string())?,
        payment_amount: amount()?,
        settlement_strategy: SettlementStrategy::new(SettlementStrategyRequired { settlement_currency: text!("USD") }),
        payment_method: method,
        payment_redirect_url: url!("http://127.0.0.1/paid"),
    });
    let mut factor = PaymentFactor::new();
    factor.capture_mode = Some(CaptureMode::Manual);
    request.payment_factor = Some(factor);
    request.payment_notify_url = Some(HttpUrl::new(notify_url).map_err(|e| e.to_string())?);
    let paid = client.payments().pay(&request).await.map_err(|e| e.to_string())?;
    let payment_id = paid.payment_id.ok_or("no payment id")?;
    println!("   {} ({}): authorised as {payment_id}", paid.result.result_code, paid.result.result_status);
    Ok(payment_id)
}

/// Step 3: take 20.00 of the 25.00 authorised.
async fn capture(client: &Client, id: &str, payment_id: &str) -> Step<()> {
    println!("\n3. capture 20.00 USD");
    let request = CaptureRequest::new(CaptureRequired {
        capture_request_id: Text::new(id).map_err(|e| e.to_string())?,
        payment_id: Text::new(payment_id).map_err(|e| e.to_string())?,
        capture_amount: CaptureAmount::new(CaptureAmountRequired {
            currency: Currency::USD,
            value: Digits::new(2000).map_err(|e| e.to_string())?,
        }),
    });
    let captured = client.payments().capture(&request).await.map_err(|e| e.to_string())?;
    println!("   {}: capture {}", captured.result.result_code, captured.capture_id.unwrap_or_default());
    Ok(())
}

/// Step 4: give 7.50 back.
async fn refund(client: &Client, id: &str, payment_id: &str, notify_url: &str) -> Step<String> {
    println!("\n4. refund 7.50 USD");
    let mut request = RefundRequest::new(RefundRequired {
        refund_request_id: Text::new(id).map_err(|e| e.to_string())?,
        payment_id: Text::new(payment_id).map_err(|e| e.to_string())?,
        refund_amount: PayAmount::from_minor_units(Currency::USD, 750).map_err(|e| e.to_string())?,
    });
    request.refund_notify_url = Some(HttpUrl::new(notify_url).map_err(|e| e.to_string())?);
    let refunded = client.payments().refund(&request).await.map_err(|e| e.to_string())?;
    let refund_id = refunded.refund_id.ok_or("no refund id")?;
    println!("   {}: refund {refund_id}", refunded.result.result_code);
    Ok(refund_id)
}

/// Step 5: what the gateway now says about the payment and the refund.
async fn inquire(client: &Client, payment_id: &str, refund_id: &str) -> Step<()> {
    println!("\n5. inquiryPayment and inquiryRefund");
    let mut by_id = InquiryPaymentRequest::new();
    by_id.payment_id = Some(Text::new(payment_id).map_err(|e| e.to_string())?);
    let payment = client.payments().inquiry_payment(&by_id).await.map_err(|e| e.to_string())?;
    println!("   payment {:?}", payment.payment_status);
    for t in payment.transactions.unwrap_or_default() {
        println!(
            "   - {:?} {} {} ({:?})",
            t.transaction_type, t.transaction_amount.value, t.transaction_amount.currency, t.transaction_status
        );
    }
    let mut refund = InquiryRefundRequest::new();
    refund.refund_id = Some(Text::new(refund_id).map_err(|e| e.to_string())?);
    let refund = client.payments().inquiry_refund(&refund).await.map_err(|e| e.to_string())?;
    println!("   refund {:?}", refund.refund_status);
    Ok(())
}
