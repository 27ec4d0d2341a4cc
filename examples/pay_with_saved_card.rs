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

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
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
use vault_generated::{AntomPublicKey, Client, ClientConfig, Currency, Digits, HttpUrl, Secret, Text, text, url};
use vault_runtime::{ACKNOWLEDGEMENT, Webhook, WebhookHeaders};
use vault_sandbox::{Sandbox, test_keys};

const CLIENT_ID: &str = "SANDBOX_PAY_EXAMPLE";
const WEBHOOK_PATH: &str = "/hooks/antom";

type Step<T> = Result<T, String>;

/// A verified notification body with its notifyType.
struct Received {
    kind: String,
    body: Vec<u8>,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Step<()> {
    let sandbox = Sandbox::new().start().await.map_err(|e| e.to_string())?;
    println!("Sandbox (TEST-ONLY keys) at {}", sandbox.url());
    let (notify_url, mut inbox) = start_webhook().await?;
    println!("Merchant webhook at {notify_url}");
    let config = ClientConfig::from_key_text(
        sandbox.url(),
        CLIENT_ID,
        test_keys::MERCHANT_PRIVATE_KEY,
        test_keys::SANDBOX_PUBLIC_KEY,
    );
    let client = Client::new(config.map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    let run_id = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());

    let token = vault(&client, &format!("VAULT-{run_id}"), &notify_url).await?;
    let vaulted: VaultingNotification = next(&mut inbox, "VAULTING_RESULT").await?;
    println!("   notifyVaulting verified: {:?}", vaulted.vaulting_status);

    let payment_id = pay(&client, &format!("PAY-{run_id}"), &token, &notify_url).await?;
    let paid: PaymentNotification = next(&mut inbox, "PAYMENT_RESULT").await?;
    println!("   notifyPayment verified: {} {}", paid.result.result_code, paid.payment_id);

    capture(&client, &format!("CAPTURE-{run_id}"), &payment_id).await?;
    let captured: CaptureNotification = next(&mut inbox, "CAPTURE_RESULT").await?;
    println!("   notifyCapture verified: {} cents captured", captured.capture_amount.value);

    let refund_id = refund(&client, &format!("REFUND-{run_id}"), &payment_id, &notify_url).await?;
    let refunded: RefundNotification = next(&mut inbox, "REFUND_RESULT").await?;
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

/// The next verified notification, which must be of `kind`, decoded.
async fn next<N: serde::de::DeserializeOwned>(inbox: &mut mpsc::Receiver<Received>, kind: &str) -> Step<N> {
    let received = tokio::time::timeout(Duration::from_secs(10), inbox.recv())
        .await
        .map_err(|_| format!("no {kind} notification within 10 s"))?
        .ok_or("the webhook stopped")?;
    if received.kind != kind {
        return Err(format!("expected {kind}, the webhook received {}", received.kind));
    }
    serde_json::from_slice(&received.body).map_err(|e| format!("{kind}: {e}"))
}

/// The merchant's webhook: one URL for every notification. Each is verified against Antom's
/// (here: the sandbox's) public key and this endpoint's path, handed over with its notifyType,
/// and acknowledged.
async fn start_webhook() -> Step<(String, mpsc::Receiver<Received>)> {
    let key = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY).map_err(|e| e.to_string())?;
    let webhook = Arc::new(Webhook::new(CLIENT_ID, key));
    let (sender, receiver) = mpsc::channel(8);
    let handler = move |uri: Uri, headers: HeaderMap, body: Bytes| {
        let (webhook, sender) = (Arc::clone(&webhook), sender.clone());
        async move {
            if let Err(error) = webhook.verify(uri.path(), &WebhookHeaders::from_header_map(&headers), &body) {
                return (StatusCode::BAD_REQUEST, error.to_string());
            }
            let kind = Webhook::notify_type(&body).unwrap_or_default();
            let _ = sender.send(Received { kind, body: body.to_vec() }).await;
            (StatusCode::OK, ACKNOWLEDGEMENT.to_owned())
        }
    };
    let app = axum::Router::new().route(WEBHOOK_PATH, axum::routing::post(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok((format!("http://{addr}{WEBHOOK_PATH}"), receiver))
}
