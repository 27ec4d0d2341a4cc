//! Requests of the stateful families beyond payments (subscriptions, Checkout, disputes,
//! authorizations, marketplace), built from their generated types: the one place the tests
//! name those types, so that a renaming of the generated API touches only this file.
#![allow(unused_imports, reason = "each test binary uses a different subset of the re-exports")]

use super::payments::{id, usd};
use vault_generated::checkout::{
    CreatePaymentSessionRequest, CreatePaymentSessionRequired, Order as CheckoutOrder,
    OrderRequired as CheckoutOrderRequired, SettlementStrategy as CheckoutSettlementStrategy,
};
use vault_generated::payments::InquiryPaymentRequest;
use vault_generated::payments::response::PaymentStatus as InquiryPaymentPaymentStatus;
use vault_generated::subscriptions::create::OrderInfo as CreateOrderInfo;
use vault_generated::subscriptions::response::PeriodType;
use vault_generated::subscriptions::{
    CancellationType, CreateRequest, CreateRequired, PeriodRule, PeriodRuleRequired, SettlementStrategy, TerminalType,
};
use vault_generated::{Client, DateTime, HttpUrl, Text, text, url};

pub use vault_generated::subscriptions::SubscriptionNotification;
pub use vault_generated::subscriptions::response::{SubscriptionNotificationType, SubscriptionStatus};
pub use vault_generated::subscriptions::{CancelRequest as CancelSubscription, UpdateRequest as UpdateSubscription};

/// A value of a generated value list as its page writes it (`MONTH`).
pub fn wire<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        other => panic!("not a listed value: {other:?}"),
    }
}

fn http_url(text: &str) -> HttpUrl<2048> {
    HttpUrl::new(text).unwrap_or_else(|e| panic!("{e}"))
}

/// A monthly subscription of `amount` USD minor units starting at `start`, notified to `notify`.
pub fn subscription(request_id: &str, start: DateTime, amount: i64, notify: &str) -> CreateRequest {
    let unit = Text::new(wire(&PeriodType::Month)).unwrap_or_else(|e| panic!("{e}"));
    period_subscription(request_id, start, amount, notify, unit)
}

/// A subscription with the period unit `unit` (one unit a period).
pub fn period_subscription(
    request_id: &str,
    start: DateTime,
    amount: i64,
    notify: &str,
    unit: Text<20>,
) -> CreateRequest {
    let rule = PeriodRule::new(PeriodRuleRequired { period_type: unit, period_count: vault_generated::int!(1) });
    let method =
        vault_generated::subscriptions::PaymentMethod::new(vault_generated::subscriptions::PaymentMethodRequired {
            payment_method_type: text!("CARD"),
        });
    CreateRequest::new(CreateRequired {
        subscription_request_id: id(request_id),
        subscription_description: text!("The monthly box"),
        subscription_redirect_url: url!("http://127.0.0.1:9/subscribed"),
        subscription_start_time: start,
        period_rule: rule,
        payment_method: method,
        subscription_notification_url: http_url(notify),
        payment_notification_url: http_url(notify),
        order_info: CreateOrderInfo::new(),
        payment_amount: usd(amount),
        settlement_strategy: SettlementStrategy::new(),
        env: vault_generated::subscriptions::Env::new(vault_generated::subscriptions::EnvRequired {
            terminal_type: TerminalType::Web,
        }),
    })
}

/// Cancels (or, `terminate`, terminates) a subscription.
pub fn cancel_subscription(subscription_id: &str, terminate: bool) -> CancelSubscription {
    let kind = if terminate { CancellationType::Terminate } else { CancellationType::Cancel };
    let mut request =
        CancelSubscription::new(vault_generated::subscriptions::CancelRequired { cancellation_type: kind });
    request.subscription_id = Some(id(subscription_id));
    request
}

/// An update of a subscription's amount, with its update request id.
pub fn update_amount(update_id: &str, subscription_id: &str, amount: i64) -> UpdateSubscription {
    let order = vault_generated::subscriptions::OrderInfo::new(vault_generated::subscriptions::OrderInfoRequired {
        order_amount: usd(amount),
    });
    let mut request = UpdateSubscription::new(vault_generated::subscriptions::UpdateRequired {
        subscription_update_request_id: id(update_id),
        subscription_id: id(subscription_id),
        order_info: order,
    });
    request.payment_amount = Some(usd(amount));
    request
}

/// The subscription's state by inquireSubscription: (status, periods charged).
pub async fn subscription_state(client: &Client, subscription_id: &str) -> (Option<String>, Option<i64>) {
    let request = vault_generated::subscriptions::InquireSubscriptionRequest::new(
        vault_generated::subscriptions::InquireSubscriptionRequired { subscription_id: id(subscription_id) },
    );
    let answer = client
        .subscriptions()
        .inquire_subscription(&request)
        .await
        .unwrap_or_else(|e| panic!("inquireSubscription: {e}"));
    let info = answer.subscription.unwrap_or_else(|| panic!("no subscription in the answer"));
    (info.status.map(|s| wire(&s)), info.current_phase_no)
}

/// A Checkout payment session of `amount` USD minor units, notified to `notify`.
pub fn payment_session(request_id: &str, amount: i64, notify: &str) -> CreatePaymentSessionRequest {
    let order = CheckoutOrder::new(CheckoutOrderRequired {
        reference_order_id: id(&format!("ORDER-{request_id}")),
        order_description: text!("A pair of boots"),
        order_amount: usd(amount),
    });
    let mut request = CreatePaymentSessionRequest::new(CreatePaymentSessionRequired {
        order,
        payment_request_id: id(request_id),
        payment_amount: usd(amount),
        settlement_strategy: CheckoutSettlementStrategy::new(),
        payment_redirect_url: url!("http://127.0.0.1:9/paid"),
    });
    request.payment_notify_url = Some(http_url(notify));
    request
}

/// How a payment stands by inquiryPayment, found by its request id.
pub async fn payment_status(client: &Client, payment_request_id: &str) -> Option<InquiryPaymentPaymentStatus> {
    let mut request = InquiryPaymentRequest::new();
    request.payment_request_id = Some(id(payment_request_id));
    let answer = client.payments().inquiry_payment(&request).await.unwrap_or_else(|e| panic!("inquiryPayment: {e}"));
    answer.payment_status
}

/// The result code of a failed call (a panic naming what came instead).
pub fn code_of<T: std::fmt::Debug, E: vault_generated::ApiError + std::fmt::Debug>(
    outcome: Result<T, vault_generated::Error<E>>,
) -> (String, String) {
    match outcome {
        Err(vault_generated::Error::Api { error, .. }) => {
            let result = error.to_result();
            (result.result_code, result.result_message)
        }
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// The code a page's value list or the common codes give `code`.
pub fn code(code: vault_generated::CommonCode) -> String {
    code.to_result().result_code
}

/// The API error of a failed call (a panic naming what came instead).
pub fn api_error<T: std::fmt::Debug, E: std::fmt::Debug>(outcome: Result<T, vault_generated::Error<E>>) -> E {
    match outcome {
        Err(vault_generated::Error::Api { error, .. }) => *error,
        other => panic!("expected an API error, got {other:?}"),
    }
}

/// Waits (up to five seconds) until `count` accepted notifications have the top-level field
/// `field` (for the pages whose notifications carry no notifyType), and decodes them.
pub async fn notes_with<N: serde::de::DeserializeOwned>(
    hook: &super::merchant::Merchant,
    field: &str,
    count: usize,
) -> Vec<N> {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let bodies: Vec<serde_json::Value> = hook
            .inbox()
            .accepted
            .into_iter()
            .filter_map(|(_, body)| serde_json::from_slice::<serde_json::Value>(&body).ok())
            .filter(|body| body.get(field).is_some())
            .collect();
        if bodies.len() >= count || tokio::time::Instant::now() >= deadline {
            return bodies.into_iter().map(|b| serde_json::from_value(b).unwrap_or_else(|e| panic!("{e}"))).collect();
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

pub use vault_generated::disputes::response::{DisputeJudgedResult, DisputeNotificationType};
pub use vault_generated::disputes::{
    AcceptDisputeError, AcceptDisputeRequest, AcceptDisputeRequired, SupplyDefenseDocumentError,
    SupplyDefenseDocumentRequest, SupplyDefenseDocumentRequired,
};
pub use vault_generated::disputes::{DefenseDocumentNotification, DisputeNotification};

/// acceptDispute of `dispute_id`.
pub fn accept_dispute(dispute_id: &str) -> AcceptDisputeRequest {
    AcceptDisputeRequest::new(AcceptDisputeRequired { dispute_id: id(dispute_id) })
}

/// supplyDefenseDocument for `dispute_id`.
pub fn defend_dispute(dispute_id: &str) -> SupplyDefenseDocumentRequest {
    SupplyDefenseDocumentRequest::new(SupplyDefenseDocumentRequired {
        dispute_id: id(dispute_id),
        dispute_evidence: Text::new("The goods were delivered; tracking attached.").unwrap_or_else(|e| panic!("{e}")),
    })
}

pub use vault_generated::authorizations::AuthorizationNotification;
pub use vault_generated::authorizations::response::AuthorizationNotifyType;
pub use vault_generated::authorizations::{ApplyTokenError, RevokeError};

/// The wallet of the authorization tests (the pages give `customerBelongsTo` as free text).
const WALLET: &str = "ALIPAY_CN";

/// consult for an Auto Debit agreement, under `auth_state`, notified to `notify`.
pub fn consult(auth_state: &str, notify: &str) -> vault_generated::authorizations::ConsultRequest {
    use vault_generated::authorizations::{
        ConsultRequest, ConsultRequired, Env as ConsultEnv, EnvRequired as ConsultEnvRequired, TerminalType,
    };
    let scopes = vault_generated::List::new(vec![vault_generated::authorizations::Scopes::AgreementPay])
        .unwrap_or_else(|e| panic!("{e}"));
    let mut request = ConsultRequest::new(ConsultRequired {
        customer_belongs_to: Text::new(WALLET).unwrap_or_else(|e| panic!("{e}")),
        auth_redirect_url: HttpUrl::new("http://127.0.0.1:9/authorized").unwrap_or_else(|e| panic!("{e}")),
        scopes,
        auth_state: Text::new(auth_state).unwrap_or_else(|e| panic!("{e}")),
        env: ConsultEnv::new(ConsultEnvRequired { terminal_type: TerminalType::Web }),
    });
    request.auth_notify_url = Some(HttpUrl::new(notify).unwrap_or_else(|e| panic!("{e}")));
    request
}

/// applyToken with an authorization code (`refresh`: false) or a refresh token.
pub fn apply_token(value: &str, refresh: bool) -> vault_generated::authorizations::ApplyTokenRequest {
    use vault_generated::authorizations::{ApplyTokenRequest, ApplyTokenRequired};
    let grant_type = if refresh {
        vault_generated::authorizations::GrantType::RefreshToken
    } else {
        vault_generated::authorizations::GrantType::AuthorizationCode
    };
    let mut request = ApplyTokenRequest::new(ApplyTokenRequired {
        grant_type,
        customer_belongs_to: Text::new(WALLET).unwrap_or_else(|e| panic!("{e}")),
    });
    let value = Text::new(value).unwrap_or_else(|e| panic!("{e}"));
    if refresh {
        request.refresh_token = Some(vault_generated::Secret::new(value));
    } else {
        request.auth_code = Some(value);
    }
    request
}

/// revoke of an access token.
pub fn revoke(access_token: &str) -> vault_generated::authorizations::RevokeRequest {
    use vault_generated::authorizations::{RevokeRequest, RevokeRequired};
    let token = vault_generated::Secret::new(Text::new(access_token).unwrap_or_else(|e| panic!("{e}")));
    RevokeRequest::new(RevokeRequired { access_token: token })
}

pub use vault_generated::marketplace::TransferNotification;

/// The payment method of a balance account, as payouts name it (the page's paymentMethodType
/// is free text; the sandbox reads the account from paymentMethodId).
fn balance_method(account_no: &str) -> vault_generated::marketplace::create_payout::PaymentMethod {
    use vault_generated::marketplace::create_payout::{PaymentMethod, PaymentMethodRequired};
    let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("BALANCE_ACCOUNT") });
    method.payment_method_id =
        Some(vault_generated::Secret::new(Text::new(account_no).unwrap_or_else(|e| panic!("{e}"))));
    method
}

/// An amount of USD minor units as payouts and settlements write it.
fn usd_positive(minor_units: i64) -> vault_generated::marketplace::Amount {
    let value = vault_generated::Digits::new(minor_units).unwrap_or_else(|e| panic!("{e}"));
    vault_generated::marketplace::Amount::new(vault_generated::marketplace::AmountRequired {
        currency: vault_generated::Currency::USD,
        value,
    })
}

/// A pay request as in [`super::payments::pay_request`], sold by the seller `seller`.
pub fn seller_pay_request(
    request_id: &str,
    token: &str,
    amount: i64,
    seller: &str,
) -> vault_generated::payments::PayRequest {
    let mut request = super::payments::pay_request(request_id, token, amount, false, None);
    let merchant = vault_generated::payments::pay::Merchant::new(vault_generated::payments::pay::MerchantRequired {
        reference_merchant_id: Text::new(seller).unwrap_or_else(|e| panic!("{e}")),
    });
    request.order.merchant = Some(merchant);
    request
}

/// settle of `amount` of a payment to its seller (`to_seller`) or the marketplace.
pub fn settle(
    request_id: &str,
    payment_id: &str,
    amount: i64,
    to_seller: bool,
) -> vault_generated::marketplace::SettleRequest {
    use vault_generated::marketplace::{
        SettleRequest, SettleRequired, SettleTo, SettlementDetail, SettlementDetailRequired,
    };
    let settle_to = if to_seller { SettleTo::Seller } else { SettleTo::Marketplace };
    let detail = SettlementDetail::new(SettlementDetailRequired { settle_to, settlement_amount: usd_positive(amount) });
    SettleRequest::new(SettleRequired {
        settlement_request_id: id(request_id),
        payment_id: id(payment_id),
        settlement_details: vec![detail],
    })
}

/// The seller's (or, with none, the marketplace's) balances: (accountNo, available value).
pub async fn balances(client: &Client, seller: Option<&str>) -> Vec<(String, String)> {
    let mut request = vault_generated::marketplace::InquireBalanceRequest::new();
    request.reference_merchant_id = seller.map(|s| Text::new(s).unwrap_or_else(|e| panic!("{e}")));
    let answer = client.marketplace().inquire_balance(&request).await.unwrap_or_else(|e| panic!("inquireBalance: {e}"));
    answer.account_balances.into_iter().map(|b| (b.account_no, b.available_balance.value)).collect()
}

/// A payout of `amount` USD minor units out of `account_no`, notified to `notify`.
pub fn payout(
    request_id: &str,
    account_no: &str,
    amount: i64,
    notify: Option<&str>,
) -> vault_generated::marketplace::CreatePayoutRequest {
    use vault_generated::marketplace::create_payout::{PaymentMethod, PaymentMethodRequired};
    use vault_generated::marketplace::{
        CreatePayoutRequest, CreatePayoutRequired, TransferFromDetail, TransferFromDetailRequired, TransferToDetail,
        TransferToDetailRequired,
    };
    let payee = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("BANK_TRANSFER") });
    let mut to = TransferToDetail::new(TransferToDetailRequired {
        transfer_to_method: payee,
        transfer_to_currency: vault_generated::Currency::USD,
    });
    to.transfer_notify_url = notify.map(http_url);
    CreatePayoutRequest::new(CreatePayoutRequired {
        transfer_request_id: id(request_id),
        transfer_from_detail: TransferFromDetail::new(TransferFromDetailRequired {
            transfer_from_method: balance_method(account_no),
            transfer_from_amount: usd_positive(amount),
        }),
        transfer_to_detail: to,
    })
}

/// A transfer of `amount` USD minor units between two balance accounts.
pub fn transfer(
    request_id: &str,
    from: &str,
    to: &str,
    amount: i64,
) -> vault_generated::marketplace::CreateTransferRequest {
    use vault_generated::marketplace::create_transfer::{
        TransferFromDetail, TransferFromDetailRequired, TransferToDetail, TransferToDetailRequired,
    };
    use vault_generated::marketplace::{
        CreateTransferRequest, CreateTransferRequired, PaymentMethod, PaymentMethodRequired,
    };
    let method = |account: &str| {
        let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: text!("BALANCE_ACCOUNT") });
        method.payment_method_id =
            Some(vault_generated::Secret::new(Text::new(account).unwrap_or_else(|e| panic!("{e}"))));
        method
    };
    CreateTransferRequest::new(CreateTransferRequired {
        transfer_request_id: id(request_id),
        transfer_from_detail: TransferFromDetail::new(TransferFromDetailRequired {
            transfer_from_method: method(from),
            transfer_from_amount: usd_positive(amount),
        }),
        transfer_to_detail: TransferToDetail::new(TransferToDetailRequired {
            transfer_to_method: method(to),
            transfer_to_currency: vault_generated::Currency::USD,
        }),
    })
}
