//! Building payment requests for the tests: a vaulted card first, then pay, capture, refund.

use super::{CLIENT_ID, vault_request};
// The names of the types pay shares with other pages (pay's Amount with ABA's createDirectPayment,
// capture's with ABA's updateCard, PaymentMethod with the marketplace's createTransfer, Env with
// the authorizations family's consult) come from the generator's naming of shared types, which
// issue 14 section 3 revisits.
use vault_generated::payments::Amount as PayAmount;
use vault_generated::payments::capture::{Amount as CaptureAmount, AmountRequired as CaptureAmountRequired};
use vault_generated::payments::pay::{Env, EnvRequired};
use vault_generated::payments::pay::{PaymentFactor, SettlementStrategy, SettlementStrategyRequired};
use vault_generated::payments::{CaptureMode, TerminalType};
use vault_generated::payments::{
    CaptureRequest, CaptureRequired, Order, OrderRequired, PayRequest, PayRequired, RefundRequest, RefundRequired,
};
use vault_generated::payments::{PaymentMethod, PaymentMethodRequired};
use vault_generated::{Client, Currency, HttpUrl, Secret, Text, text, url};
use vault_sandbox::RunningSandbox;

/// A Visa test card that passes the sandbox's checks.
pub const CARD: &str = "4111111111111111";

/// Vaults a card without 3-D Secure and returns its token.
pub async fn vaulted_token(client: &Client, id: &str) -> String {
    let request = vault_request(id, "http://127.0.0.1:9/unused", CARD, false);
    let answer = client.vaulting().vault_payment_method(&request).await.unwrap_or_else(|e| panic!("vaulting: {e}"));
    let card = answer.payment_method_detail.and_then(|m| m.card).and_then(|c| c.card_token);
    card.map(|t| t.expose().clone()).unwrap_or_else(|| panic!("no token"))
}

/// Money in minor units of USD.
pub fn usd(minor_units: i64) -> PayAmount {
    PayAmount::from_minor_units(Currency::USD, minor_units).unwrap_or_else(|e| panic!("{e}"))
}

/// A text value for a test id.
pub fn id(value: &str) -> Text<64> {
    Text::new(value).unwrap_or_else(|e| panic!("{e}"))
}

/// A pay request charging `token` for `amount` USD minor units.
pub fn pay_request(request_id: &str, token: &str, amount: i64, manual: bool, notify: Option<&str>) -> PayRequest {
    let order = Order::new(OrderRequired {
        reference_order_id: id(&format!("ORDER-{request_id}")),
        order_description: text!("Two tickets"),
        order_amount: usd(amount),
    });
    let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("CARD") });
    method.payment_method_id = Some(Secret::new(Text::new(token).unwrap_or_else(|e| panic!("{e}"))));
    method.payment_method_meta_data = Some([("isCardOnFile".to_owned(), serde_json::Value::Bool(true))].into());
    let mut request = PayRequest::new(PayRequired {
        env: Env::new(EnvRequired { terminal_type: TerminalType::Web }),
        order,
        payment_request_id: id(request_id),
        payment_amount: usd(amount),
        settlement_strategy: SettlementStrategy::new(SettlementStrategyRequired { settlement_currency: text!("USD") }),
        payment_method: method,
        payment_redirect_url: url!("http://127.0.0.1:9/returned"),
    });
    if manual {
        let mut factor = PaymentFactor::new();
        factor.capture_mode = Some(CaptureMode::Manual);
        request.payment_factor = Some(factor);
    }
    request.payment_notify_url = notify.map(|u| HttpUrl::new(u).unwrap_or_else(|e| panic!("{e}")));
    request
}

/// A capture of `amount` (minor units) in `currency`.
pub fn capture_request(request_id: &str, payment_id: &str, currency: Currency, amount: i64) -> CaptureRequest {
    let value = vault_generated::Digits::new(amount).unwrap_or_else(|e| panic!("{e}"));
    CaptureRequest::new(CaptureRequired {
        capture_request_id: id(request_id),
        payment_id: id(payment_id),
        capture_amount: CaptureAmount::new(CaptureAmountRequired { currency, value }),
    })
}

/// A refund of `amount` USD minor units.
pub fn refund_request(request_id: &str, payment_id: &str, amount: i64, notify: Option<&str>) -> RefundRequest {
    let mut request = RefundRequest::new(RefundRequired {
        refund_request_id: id(request_id),
        payment_id: id(payment_id),
        refund_amount: usd(amount),
    });
    request.refund_notify_url = notify.map(|u| HttpUrl::new(u).unwrap_or_else(|e| panic!("{e}")));
    request
}

/// Pays with a fresh vaulted card (manual capture unless `automatic`) and returns the payment id.
pub async fn paid(client: &Client, request_id: &str, amount: i64, automatic: bool) -> String {
    let token = vaulted_token(client, &format!("V-{request_id}")).await;
    let request = pay_request(request_id, &token, amount, !automatic, None);
    let answer = client.payments().pay(&request).await.unwrap_or_else(|e| panic!("pay: {e}"));
    answer.payment_id.unwrap_or_else(|| panic!("no payment id"))
}

/// The sandbox's client id for these helpers.
pub const CLIENT: &str = CLIENT_ID;

/// The payments the sandbox holds.
pub fn payments(sandbox: &RunningSandbox) -> usize {
    sandbox.payments().len()
}
