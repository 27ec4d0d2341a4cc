//! The typed client for Antom's card-vaulting and online payment APIs, generated when this
//! crate is compiled from the reference pages in `api-docs/` at the workspace root.
//!
//! Per API page (`createVaultingSession`, `pay`, ...) there is a request type that cannot hold
//! an invalid value (`PayRequest`, built from a `PayRequired` or checked from a `PayDraft`), a
//! response type, an error enum with one variant per documented result code (and the gateway's
//! common codes as `Common`), and a method on [`Client`]. Each family has its module
//! ([`vaults`], [`payments`]); a name no other family uses is also at the root. Literals are
//! checked when the code is compiled with [`text!`], [`url!`] and [`region!`].
//!
//! Features: `vaulting` and `payments` (both on by default) compile one family each; a crate
//! that only vaults cards depends on this one with `default-features = false, features =
//! ["vaulting"]` and does not compile the payment types. `dedup-sqlite` and `dedup-postgres`
//! (off by default) add `SqliteDeduplicator` and `PostgresDeduplicator`, which apply each
//! notification once in the merchant's own database transaction.
//!
//! `aba` (off by default) adds the Antom Business Account APIs of `api-docs/aba/`: cards, direct
//! payments and refunds, foreign exchange, balances and statements (modules `aba_cards`,
//! `aba_funds`, `aba_accounts`).
//!
//! To update the API, replace or add a page in `api-docs/` and build: everything regenerates.
#![deny(missing_docs)]

pub use vault_runtime::{
    ACKNOWLEDGEMENT, AntomPublicKey, ApiError, ApiResult, ClientConfig, CodeInfo, ConfigError, Currency, DateTime,
    Decimal, DedupError, Deduplicator, Digits, Error, FieldError, Fixed, FromDraft, HttpUrl, Int, List, MerchantKey,
    NextStep, Notification, NotificationKey, Operation, OperationInfo, Outcome, RawBody, Region, ResultStatus,
    RetryPolicy, Secret, SignatureFailure, Text, TransportKind, ValidationErrors, Violation, Webhook, WebhookError,
    WebhookHeaders, digits, fixed, int, list, protocol, region, text, url,
};
#[cfg(feature = "dedup-postgres")]
pub use vault_runtime::{PostgresDeduplicator, tokio_postgres};
#[cfg(feature = "dedup-sqlite")]
pub use vault_runtime::{SqliteDeduplicator, rusqlite};

vault_macros::generate! {
    pages = "../../api-docs",
    // A crate that only vaults cards (or only pays) turns the other family off:
    // `default-features = false, features = ["vaulting"]`. Types both families use stay.
    // Every other directory is a family of its own behind a feature of the same name.
    features = {
        "vaulting": "vaulting",
        "payments": "payments",
        "checkout": "checkout",
        "authorizations": "authorizations",
        "subscriptions": "subscriptions",
        "disputes": "disputes",
        "marketplace": "marketplace",
        "customs": "customs",
        "risk": "risk",
        // The Antom Business Account: off by default (see Cargo.toml).
        "aba": "aba",
    },
    // `/v1/payments/consult` has a page per product: the Auto Debit one gets its own Rust
    // name (`ConsultAutoDebitRequest`, `client.consult_auto_debit`); on the wire it is `consult`.
    rename = { "consult_auto.md": consultAutoDebit },
    // Request types deserialise only for a simulator (the sandbox); see Cargo.toml.
    deserialize_requests = "simulator",
    // Values of these fields are secrets: wrapped in `Secret`, never shown by `Debug`.
    // paymentMethodId carries the card token when a saved card is charged.
    sensitive = ["cardNo", "cvv", "cardToken", "vaultingSessionData", "cardPasswordDigest", "paymentMethodId",
        // ABA: a card's expiry travels with its number (inquireCardSensitiveInfo, applyCard); the
        // supplier's grant token authorises deductions (createDirectRefund); the account's
        // access token reads its statements (inquiryStatement).
        "expiredMonth", "expiredYear", "grantToken", "accessToken"],
    // Where a page's result handling differs from the protocol's default (`U`: resend the same
    // request). vaultPaymentMethod's page: a `U` other than VERIFICATION_IN_PROCESS means "call
    // again with a new vaultingRequestId"; VERIFICATION_IN_PROCESS means "send the buyer to a
    // returned URL"; VERIFICATION_FAIL means "try again with a new vaultingRequestId".
    // pay's page: PAYMENT_IN_PROCESS means "send the buyer to a returned URL, then wait for
    // notifyPayment or inquire"; any other U means "call again with the same
    // paymentRequestId or inquire", the default.
    next_steps = {
        pay: {
            PAYMENT_IN_PROCESS: RedirectBuyer,
        },
        vaultPaymentMethod: {
            U: RetryWithNewRequestId,
            VERIFICATION_IN_PROCESS: RedirectBuyer,
            VERIFICATION_FAIL: RetryWithNewRequestId,
        },
    },
}
