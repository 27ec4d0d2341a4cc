//! The typed client for Antom's card-vaulting APIs, generated when this crate is compiled from
//! the reference pages in `api-docs/` at the workspace root.
//!
//! Per API page (`createVaultingSession`, ...) there is a request type that cannot hold an
//! invalid value (`CreateVaultingSessionRequest`, built from a `CreateVaultingSessionRequired`
//! or checked from a `CreateVaultingSessionDraft`), a response type, an error enum with one
//! variant per documented result code, and a method on [`Client`]. Literals are checked when
//! the code is compiled with [`text!`], [`url!`] and [`region!`].
//!
//! To update the API, replace or add a page in `api-docs/` and build: everything regenerates.
#![deny(missing_docs)]

pub use vault_runtime::{
    ACKNOWLEDGEMENT, AntomPublicKey, ApiError, ApiResult, ClientConfig, CodeInfo, ConfigError, Currency, DateTime,
    Decimal, Deduplicator, Digits, Error, FieldError, Fixed, FromDraft, HttpUrl, Int, List, MerchantKey, NextStep,
    Notification, Operation, OperationInfo, RawBody, Region, ResultStatus, RetryPolicy, Secret, SignatureFailure, Text,
    TransportKind, ValidationErrors, Violation, Webhook, WebhookError, WebhookHeaders, digits, fixed, int, list,
    protocol, region, text, url,
};

vault_macros::generate! {
    pages = "../../api-docs",
    // Values of these fields are secrets: wrapped in `Secret`, never shown by `Debug`.
    // paymentMethodId carries the card token when a saved card is charged.
    sensitive = ["cardNo", "cvv", "cardToken", "vaultingSessionData", "cardPasswordDigest", "paymentMethodId"],
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
