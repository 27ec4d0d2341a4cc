//! The typed client for Antom's APIs, generated when this crate is compiled from the reference
//! pages in its `api-docs/` (packaged with it; in the repository a link to the top-level
//! `api-docs/`, the one copy maintainers edit).
//!
//! Per API page (`createVaultingSession`, `pay`, ...) there is a request type that cannot hold
//! an invalid value (`PayRequest`, built from a `PayRequired` or checked from a `PayDraft`), a
//! response type, an error enum with one variant per documented result code (and the gateway's
//! common codes as `Common`), and a method on the family's accessor of [`Client`]
//! (`client.payments().pay(&request)`). Literals are checked when the code is compiled with
//! [`text!`], [`url!`] and [`region!`].
//!
//! # Names
//!
//! One module per family, named after its page directory and its Cargo feature: `vaulting`,
//! `payments`, `checkout`, `authorizations`, `subscriptions`, `disputes`, `marketplace`,
//! `customs`, `risk`, `aba`. Inside it, `{Api}Request`, `{Api}Required`, `{Api}Draft`,
//! `{Api}Response`, `{Api}Error` and `{Name}Notification`; object types and enums under the
//! page's own name (`payments::Amount`, `aba::Amount`; received ones in `payments::response`);
//! where one API of the family describes a type differently from the others, that description
//! is `family::<api>::Name` (`payments::capture::Amount`). Types several families share are
//! re-exported by each, never at the root. Adding a page to one family never renames anything
//! in another.
//!
//! # Features
//!
//! Each family is a feature. The default set, `vaulting`, `payments` and `checkout`, is what an
//! online merchant integrates: save cards, charge and refund them, and open a Checkout payment
//! session; `full` turns every family on. A crate that needs other families picks them:
//! `default-features = false, features = ["subscriptions"]` compiles that family alone.
//! `dedup-sqlite` and `dedup-postgres` (off by default) add `SqliteDeduplicator` and
//! `PostgresDeduplicator`, which apply each notification once in the merchant's own database
//! transaction.
//!
//! To update the API, replace or add a page in `api-docs/` and build: everything regenerates.
#![deny(missing_docs)]
// Feature badges on each family module in docs built on docs.rs (nightly).
#![cfg_attr(docsrs, feature(doc_cfg))]

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
    // Relative to this file: the crate's own `api-docs`, a link to the repository's pages that
    // `cargo package` follows, so the pages travel inside the package.
    pages = "../api-docs",
    // Every directory is a family of its own behind a feature of the same name (Cargo.toml).
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
    // name (`payments::ConsultAutoDebitRequest`, `client.payments().consult_auto_debit`); on
    // the wire it is `consult`. The page of /v1/merchants/settlementInfo/update names its API
    // `update`: in the marketplace family that says too little, so its items take the official
    // SDKs' name.
    rename = { "consult_auto.md": consultAutoDebit, "settlement_info_update.md": settlementInfoUpdate },
    // Request types deserialise only for a simulator (the sandbox); see Cargo.toml.
    deserialize_requests = "simulator",
    // A `{api}_request! { .. }` macro per request type, exported at this crate's root.
    constructors = true,
    // Values of these fields are secrets: wrapped in `Secret`, never shown by `Debug`.
    // paymentMethodId carries the card token when a saved card is charged.
    sensitive = ["cardNo", "cvv", "cardToken", "vaultingSessionData", "cardPasswordDigest", "paymentMethodId",
        // ABA: a card's expiry travels with its number (inquireCardSensitiveInfo, applyCard); the
        // supplier's grant token authorises deductions (createDirectRefund); the account's
        // access token reads its statements (inquiryStatement).
        "expiredMonth", "expiredYear", "grantToken", "accessToken",
        // Authorizations: a refresh token gets new access tokens (applyToken) for as long as it
        // works, so it is kept out of logs and the sandbox's dashboard like the access token.
        "refreshToken"],
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
