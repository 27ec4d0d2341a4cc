/// Marker types of the fields that can hold one value only, for [`vault_runtime::Fixed`]
/// (the `fixed!` macro, a different thing, checks a literal against one of them).
pub mod fixed_values {
    /// The fixed value `CARD`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Card {}
    impl ::vault_runtime::FixedValue for Card {
        const VALUE: &'static str = "CARD";
    }
    /// The fixed value `CASHIER_PAYMENT`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CashierPayment {}
    impl ::vault_runtime::FixedValue for CashierPayment {
        const VALUE: &'static str = "CASHIER_PAYMENT";
    }
}
/// The gateway's common result codes, which any API may answer (from the common codes
/// page). Each API's error enum carries them in its `Common` variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum CommonCode {
    /// `ACCESS_DENIED` (status `F`): Access is denied.
    ///
    /// Further action: Contact Antom Technical Support to learn why.
    AccessDenied = 3338787127,
    /// `INVALID_API` (status `F`): The API name is wrong or the API is not enabled for you.
    ///
    /// Further action: Check the request path; if it is right, contact Antom Technical Support.
    InvalidApi = 1326017759,
    /// `INVALID_CLIENT` (status `F`): The client ID is unknown or not valid.
    ///
    /// Further action: Check the Client-Id header.
    InvalidClient = 428462982,
    /// `INVALID_SIGNATURE` (status `F`): The request signature does not verify.
    ///
    /// Further action: Check the signing of the request and the key version.
    InvalidSignature = 941648501,
    /// `KEY_NOT_FOUND` (status `F`): No key is registered for the client.
    ///
    /// Further action: Upload your public key and check the key version.
    KeyNotFound = 491784085,
    /// `NO_INTERFACE_DEF` (status `F`): No API is defined at the requested address.
    ///
    /// Further action: Check the request path.
    NoInterfaceDef = 4258600418,
    /// `METHOD_NOT_SUPPORTED` (status `F`): The HTTP method is not supported.
    ///
    /// Further action: Send the request with `POST`.
    MethodNotSupported = 3002778499,
    /// `MEDIA_TYPE_NOT_ACCEPTABLE` (status `F`): The server cannot produce a media type that the client accepts.
    ///
    /// Further action: Send and accept `application/json`.
    MediaTypeNotAcceptable = 3618337955,
    /// `MSG_PARSE_ERROR` (status `F`): The request body cannot be parsed.
    ///
    /// Further action: Send a well-formed JSON body.
    MsgParseError = 1960665807,
    /// `PARAM_ILLEGAL` (status `F`): A required parameter is missing or a parameter is not valid.
    ///
    /// Further action: Check the request parameters, correct them and send the request again.
    ParamIllegal = 1493591235,
    /// `PROCESS_FAIL` (status `F`): A general business failure occurred.
    ///
    /// Further action: Do not retry; contact Antom Technical Support.
    ProcessFail = 1798780235,
    /// `REPEAT_REQ_INCONSISTENT` (status `F`): The request repeats an earlier request ID with different content.
    ///
    /// Further action: Send the same content again, or use a new request ID.
    RepeatReqInconsistent = 1935899197,
    /// `SYSTEM_ERROR` (status `F`): A system error occurred.
    ///
    /// Further action: Do not retry; contact Antom Technical Support.
    SystemError = 549543645,
    /// `OAUTH_FAIL` (status `F`): The OAuth process failed.
    ///
    /// Further action: Contact Antom Technical Support.
    OauthFail = 1153506009,
    /// `REQUEST_TRAFFIC_EXCEED_LIMIT` (status `U`): The request rate exceeds the limit.
    ///
    /// Further action: Slow down and send the request again later.
    RequestTrafficExceedLimit = 1515068417,
    /// `UNKNOWN_EXCEPTION` (status `U`): The call failed for a reason that is not known.
    ///
    /// Further action: Send the request again; if the problem persists, contact Antom Technical Support.
    UnknownException = 4254024603,
}
impl CommonCode {
    /// The common codes' rows, in page order.
    pub const CODES: &'static [::vault_runtime::CodeInfo] = &[
        ::vault_runtime::CodeInfo {
            code: "ACCESS_DENIED",
            status: ::vault_runtime::ResultStatus::F,
            message: "Access is denied.",
            further_action: "Contact Antom Technical Support to learn why.",
        },
        ::vault_runtime::CodeInfo {
            code: "INVALID_API",
            status: ::vault_runtime::ResultStatus::F,
            message: "The API name is wrong or the API is not enabled for you.",
            further_action: "Check the request path; if it is right, contact Antom Technical Support.",
        },
        ::vault_runtime::CodeInfo {
            code: "INVALID_CLIENT",
            status: ::vault_runtime::ResultStatus::F,
            message: "The client ID is unknown or not valid.",
            further_action: "Check the Client-Id header.",
        },
        ::vault_runtime::CodeInfo {
            code: "INVALID_SIGNATURE",
            status: ::vault_runtime::ResultStatus::F,
            message: "The request signature does not verify.",
            further_action: "Check the signing of the request and the key version.",
        },
        ::vault_runtime::CodeInfo {
            code: "KEY_NOT_FOUND",
            status: ::vault_runtime::ResultStatus::F,
            message: "No key is registered for the client.",
            further_action: "Upload your public key and check the key version.",
        },
        ::vault_runtime::CodeInfo {
            code: "NO_INTERFACE_DEF",
            status: ::vault_runtime::ResultStatus::F,
            message: "No API is defined at the requested address.",
            further_action: "Check the request path.",
        },
        ::vault_runtime::CodeInfo {
            code: "METHOD_NOT_SUPPORTED",
            status: ::vault_runtime::ResultStatus::F,
            message: "The HTTP method is not supported.",
            further_action: "Send the request with `POST`.",
        },
        ::vault_runtime::CodeInfo {
            code: "MEDIA_TYPE_NOT_ACCEPTABLE",
            status: ::vault_runtime::ResultStatus::F,
            message: "The server cannot produce a media type that the client accepts.",
            further_action: "Send and accept `application/json`.",
        },
        ::vault_runtime::CodeInfo {
            code: "MSG_PARSE_ERROR",
            status: ::vault_runtime::ResultStatus::F,
            message: "The request body cannot be parsed.",
            further_action: "Send a well-formed JSON body.",
        },
        ::vault_runtime::CodeInfo {
            code: "PARAM_ILLEGAL",
            status: ::vault_runtime::ResultStatus::F,
            message: "A required parameter is missing or a parameter is not valid.",
            further_action: "Check the request parameters, correct them and send the request again.",
        },
        ::vault_runtime::CodeInfo {
            code: "PROCESS_FAIL",
            status: ::vault_runtime::ResultStatus::F,
            message: "A general business failure occurred.",
            further_action: "Do not retry; contact Antom Technical Support.",
        },
        ::vault_runtime::CodeInfo {
            code: "REPEAT_REQ_INCONSISTENT",
            status: ::vault_runtime::ResultStatus::F,
            message: "The request repeats an earlier request ID with different content.",
            further_action: "Send the same content again, or use a new request ID.",
        },
        ::vault_runtime::CodeInfo {
            code: "SYSTEM_ERROR",
            status: ::vault_runtime::ResultStatus::F,
            message: "A system error occurred.",
            further_action: "Do not retry; contact Antom Technical Support.",
        },
        ::vault_runtime::CodeInfo {
            code: "OAUTH_FAIL",
            status: ::vault_runtime::ResultStatus::F,
            message: "The OAuth process failed.",
            further_action: "Contact Antom Technical Support.",
        },
        ::vault_runtime::CodeInfo {
            code: "REQUEST_TRAFFIC_EXCEED_LIMIT",
            status: ::vault_runtime::ResultStatus::U,
            message: "The request rate exceeds the limit.",
            further_action: "Slow down and send the request again later.",
        },
        ::vault_runtime::CodeInfo {
            code: "UNKNOWN_EXCEPTION",
            status: ::vault_runtime::ResultStatus::U,
            message: "The call failed for a reason that is not known.",
            further_action: "Send the request again; if the problem persists, contact Antom Technical Support.",
        },
    ];
    /// The common code of a result code, if it is one.
    pub fn of(code: &str) -> ::std::option::Option<Self> {
        match code {
            "ACCESS_DENIED" => ::std::option::Option::Some(Self::AccessDenied),
            "INVALID_API" => ::std::option::Option::Some(Self::InvalidApi),
            "INVALID_CLIENT" => ::std::option::Option::Some(Self::InvalidClient),
            "INVALID_SIGNATURE" => ::std::option::Option::Some(Self::InvalidSignature),
            "KEY_NOT_FOUND" => ::std::option::Option::Some(Self::KeyNotFound),
            "NO_INTERFACE_DEF" => ::std::option::Option::Some(Self::NoInterfaceDef),
            "METHOD_NOT_SUPPORTED" => {
                ::std::option::Option::Some(Self::MethodNotSupported)
            }
            "MEDIA_TYPE_NOT_ACCEPTABLE" => {
                ::std::option::Option::Some(Self::MediaTypeNotAcceptable)
            }
            "MSG_PARSE_ERROR" => ::std::option::Option::Some(Self::MsgParseError),
            "PARAM_ILLEGAL" => ::std::option::Option::Some(Self::ParamIllegal),
            "PROCESS_FAIL" => ::std::option::Option::Some(Self::ProcessFail),
            "REPEAT_REQ_INCONSISTENT" => {
                ::std::option::Option::Some(Self::RepeatReqInconsistent)
            }
            "SYSTEM_ERROR" => ::std::option::Option::Some(Self::SystemError),
            "OAUTH_FAIL" => ::std::option::Option::Some(Self::OauthFail),
            "REQUEST_TRAFFIC_EXCEED_LIMIT" => {
                ::std::option::Option::Some(Self::RequestTrafficExceedLimit)
            }
            "UNKNOWN_EXCEPTION" => ::std::option::Option::Some(Self::UnknownException),
            _ => ::std::option::Option::None,
        }
    }
    /// The code on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccessDenied => "ACCESS_DENIED",
            Self::InvalidApi => "INVALID_API",
            Self::InvalidClient => "INVALID_CLIENT",
            Self::InvalidSignature => "INVALID_SIGNATURE",
            Self::KeyNotFound => "KEY_NOT_FOUND",
            Self::NoInterfaceDef => "NO_INTERFACE_DEF",
            Self::MethodNotSupported => "METHOD_NOT_SUPPORTED",
            Self::MediaTypeNotAcceptable => "MEDIA_TYPE_NOT_ACCEPTABLE",
            Self::MsgParseError => "MSG_PARSE_ERROR",
            Self::ParamIllegal => "PARAM_ILLEGAL",
            Self::ProcessFail => "PROCESS_FAIL",
            Self::RepeatReqInconsistent => "REPEAT_REQ_INCONSISTENT",
            Self::SystemError => "SYSTEM_ERROR",
            Self::OauthFail => "OAUTH_FAIL",
            Self::RequestTrafficExceedLimit => "REQUEST_TRAFFIC_EXCEED_LIMIT",
            Self::UnknownException => "UNKNOWN_EXCEPTION",
        }
    }
    /// Its status letter.
    pub fn status(self) -> ::vault_runtime::ResultStatus {
        match self {
            Self::AccessDenied => ::vault_runtime::ResultStatus::F,
            Self::InvalidApi => ::vault_runtime::ResultStatus::F,
            Self::InvalidClient => ::vault_runtime::ResultStatus::F,
            Self::InvalidSignature => ::vault_runtime::ResultStatus::F,
            Self::KeyNotFound => ::vault_runtime::ResultStatus::F,
            Self::NoInterfaceDef => ::vault_runtime::ResultStatus::F,
            Self::MethodNotSupported => ::vault_runtime::ResultStatus::F,
            Self::MediaTypeNotAcceptable => ::vault_runtime::ResultStatus::F,
            Self::MsgParseError => ::vault_runtime::ResultStatus::F,
            Self::ParamIllegal => ::vault_runtime::ResultStatus::F,
            Self::ProcessFail => ::vault_runtime::ResultStatus::F,
            Self::RepeatReqInconsistent => ::vault_runtime::ResultStatus::F,
            Self::SystemError => ::vault_runtime::ResultStatus::F,
            Self::OauthFail => ::vault_runtime::ResultStatus::F,
            Self::RequestTrafficExceedLimit => ::vault_runtime::ResultStatus::U,
            Self::UnknownException => ::vault_runtime::ResultStatus::U,
        }
    }
    /// The result that answers with this code (for simulators and tests), with the
    /// documented message.
    pub fn to_result(self) -> ::vault_runtime::ApiResult {
        let message = Self::CODES
            .iter()
            .find(|c| c.code == self.as_str())
            .map_or("", |c| c.message);
        ::vault_runtime::ApiResult::new(self.as_str(), self.status(), message)
    }
}
impl ::std::fmt::Display for CommonCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
/// A client for every API in the pages: one async method per API. Clones share one
/// connection pool. Signs each request, verifies each response, and retries unknown
/// outcomes of idempotent APIs with the identical body.
#[derive(Debug, Clone)]
pub struct Client(::vault_runtime::Client);
impl Client {
    /// Builds a client (and its connection pool) from a configuration.
    pub fn new(
        config: ::vault_runtime::ClientConfig,
    ) -> ::std::result::Result<Self, ::vault_runtime::ConfigError> {
        ::vault_runtime::Client::new(config).map(Self)
    }
    /// The runtime client underneath.
    pub fn runtime(&self) -> &::vault_runtime::Client {
        &self.0
    }
    /// The same client with another retry policy, e.g. `RetryPolicy::disabled()` for one call.
    pub fn with_retry(&self, retry: ::vault_runtime::RetryPolicy) -> Self {
        Self(self.0.with_retry(retry))
    }
    /// The same client with another timeout per attempt.
    pub fn with_timeout(&self, timeout: ::std::time::Duration) -> Self {
        Self(self.0.with_timeout(timeout))
    }
    /// Calls `cancel`: `POST /v1/payments/cancel`.
    ///
    /// Cancels a payment whose result has not come back for a long time. A payment cannot be cancelled once the cancellation period set in your contract has passed.
    ///
    /// **Not idempotent:** the page marks no idempotency field, so the call is never retried.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`CancelError`](payments::CancelError) for the page's codes:
    ///
    /// - `ACCESS_DENIED` (F): Access is denied.
    /// - `CANCEL_WINDOW_EXCEED` (F): The cancellation comes after the cancellation period agreed in the contract.
    /// - `CLIENT_INVALID` (F): The client is not valid.
    /// - `ORDER_NOT_EXIST` (F): The order does not exist.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "payments")]
    pub async fn cancel(
        &self,
        request: &payments::CancelRequest,
    ) -> ::std::result::Result<
        payments::CancelResponse,
        ::vault_runtime::Error<payments::CancelError>,
    > {
        self.0.call(request).await
    }
    /// Calls `capture`: `POST /v1/payments/capture`.
    ///
    /// Captures the funds of an authorized payment and moves them to your account.
    ///
    /// **Idempotency:** `captureRequestId`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`CaptureError`](payments::CaptureError) for the page's codes:
    ///
    /// - `ACCESS_DENIED` (F): Access is denied.
    /// - `AUTH_CANCELLED` (F): The payment authorization has been cancelled.
    /// - `AUTH_EXPIRED` (F): The payment authorization has expired.
    /// - `AUTH_NOT_FOUND` (F): The payment authorization cannot be found.
    /// - `CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT` (F): The total captured amount exceeds the authorized amount.
    /// - `CAPTURE_IN_PROCESS` (U): The capture is being processed.
    /// - `CURRENCY_NOT_SUPPORT` (F): The currency is not supported.
    /// - `INVALID_CONTRACT` (F): The values in the contract do not match the current transaction.
    /// - `MULTI_CAPTURE_NOT_SUPPORTED` (F): The transaction does not support more than one capture.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "payments")]
    pub async fn capture(
        &self,
        request: &payments::CaptureRequest,
    ) -> ::std::result::Result<
        payments::CaptureResponse,
        ::vault_runtime::Error<payments::CaptureError>,
    > {
        self.0.call(request).await
    }
    /// Calls `inquiryPayment`: `POST /v1/payments/inquiryPayment`.
    ///
    /// Looks up the status and details of a payment request that you submitted earlier.
    ///
    /// **Not idempotent:** the page marks no idempotency field, so the call is never retried.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`InquiryPaymentError`](payments::InquiryPaymentError): the page lists no failure codes of its own.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "payments")]
    pub async fn inquiry_payment(
        &self,
        request: &payments::InquiryPaymentRequest,
    ) -> ::std::result::Result<
        payments::InquiryPaymentResponse,
        ::vault_runtime::Error<payments::InquiryPaymentError>,
    > {
        self.0.call(request).await
    }
    /// Calls `inquiryRefund`: `POST /v1/payments/inquiryRefund`.
    ///
    /// Looks up the status of a refund request that you submitted earlier.
    ///
    /// **Not idempotent:** the page marks no idempotency field, so the call is never retried.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`InquiryRefundError`](payments::InquiryRefundError): the page lists no failure codes of its own.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "payments")]
    pub async fn inquiry_refund(
        &self,
        request: &payments::InquiryRefundRequest,
    ) -> ::std::result::Result<
        payments::InquiryRefundResponse,
        ::vault_runtime::Error<payments::InquiryRefundError>,
    > {
        self.0.call(request).await
    }
    /// Calls `pay`: `POST /v1/payments/pay`.
    ///
    /// Gets the address of the cashier page, to which you then send the buyer to pay.
    ///
    /// **Idempotency:** `paymentRequestId`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`PayError`](payments::PayError) for the page's codes:
    ///
    /// - `PAYMENT_IN_PROCESS` (U): The payment is being processed.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "payments")]
    pub async fn pay(
        &self,
        request: &payments::PayRequest,
    ) -> ::std::result::Result<
        payments::PayResponse,
        ::vault_runtime::Error<payments::PayError>,
    > {
        self.0.call(request).await
    }
    /// Calls `refund`: `POST /v1/payments/refund`.
    ///
    /// Refunds a successful payment, in full or in part.
    ///
    /// **Idempotency:** `refundRequestId`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`RefundError`](payments::RefundError): the page lists no failure codes of its own.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "payments")]
    pub async fn refund(
        &self,
        request: &payments::RefundRequest,
    ) -> ::std::result::Result<
        payments::RefundResponse,
        ::vault_runtime::Error<payments::RefundError>,
    > {
        self.0.call(request).await
    }
    /// Calls `createVaultingSession`: `POST /v1/vaults/createVaultingSession`.
    ///
    /// Opens a card-vaulting session that the client-side SDK then completes.
    ///
    /// **Idempotency:** `vaultingRequestId`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`CreateVaultingSessionError`](vaults::CreateVaultingSessionError) for the page's codes:
    ///
    /// - `PARAM_ILLEGAL` (F): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
    /// - `PROCESS_FAIL` (F): Processing failed for a business reason.
    /// - `UNKNOWN_EXCEPTION` (U): The call failed for a reason that is not known.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "vaulting")]
    pub async fn create_vaulting_session(
        &self,
        request: &vaults::CreateVaultingSessionRequest,
    ) -> ::std::result::Result<
        vaults::CreateVaultingSessionResponse,
        ::vault_runtime::Error<vaults::CreateVaultingSessionError>,
    > {
        self.0.call(request).await
    }
    /// Calls `inquireVaulting`: `POST /v1/vaults/inquireVaulting`.
    ///
    /// Asks how a vaulting request stands.
    ///
    /// **Not idempotent:** the page marks no idempotency field, so the call is never retried.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`InquireVaultingError`](vaults::InquireVaultingError) for the page's codes:
    ///
    /// - `VAULTING_NOT_EXIST` (F): No vaulting request has this vaultingRequestId.
    /// - `UNKNOWN_EXCEPTION` (U): The call failed for a reason that is not known.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "vaulting")]
    pub async fn inquire_vaulting(
        &self,
        request: &vaults::InquireVaultingRequest,
    ) -> ::std::result::Result<
        vaults::InquireVaultingResponse,
        ::vault_runtime::Error<vaults::InquireVaultingError>,
    > {
        self.0.call(request).await
    }
    /// Calls `vaultPaymentMethod`: `POST /v1/vaults/vaultPaymentMethod`.
    ///
    /// Vaults a card from your server before any payment.
    ///
    /// **Idempotency:** `vaultingRequestId`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`VaultPaymentMethodError`](vaults::VaultPaymentMethodError) for the page's codes:
    ///
    /// - `PARAM_ILLEGAL` (F): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
    /// - `PROCESS_FAIL` (F): Processing failed for a business reason.
    /// - `UNKNOWN_EXCEPTION` (U): The call failed for a reason that is not known.
    /// - `VERIFICATION_IN_PROCESS` (U): The card is being verified.
    /// - `VERIFICATION_FAIL` (F): The card could not be verified.
    ///
    /// The gateway's common codes arrive as its `Common` variant; the other variants of `vault_runtime::Error` report invalid input, transport, HTTP status, signature and decoding failures.
    #[cfg(feature = "vaulting")]
    pub async fn vault_payment_method(
        &self,
        request: &vaults::VaultPaymentMethodRequest,
    ) -> ::std::result::Result<
        vaults::VaultPaymentMethodResponse,
        ::vault_runtime::Error<vaults::VaultPaymentMethodError>,
    > {
        self.0.call(request).await
    }
}
/// Every API of the pages: name, documented path and idempotency field.
pub const OPERATIONS: &[::vault_runtime::OperationInfo] = &[
    #[cfg(feature = "payments")]
    <payments::CancelRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "payments")]
    <payments::CaptureRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "payments")]
    <payments::InquiryPaymentRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "payments")]
    <payments::InquiryRefundRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "payments")]
    <payments::PayRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "payments")]
    <payments::RefundRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "vaulting")]
    <vaults::CreateVaultingSessionRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "vaulting")]
    <vaults::InquireVaultingRequest as ::vault_runtime::Operation>::INFO,
    #[cfg(feature = "vaulting")]
    <vaults::VaultPaymentMethodRequest as ::vault_runtime::Operation>::INFO,
];
#[doc(hidden)]
pub mod __constructors {
    pub use ::vault_runtime::{Digits, Fixed, HttpUrl, Int, Region, Secret, Text};
    pub use ::vault_macros::__construct;
}
///Builds a [`CancelRequest`](crate::payments::CancelRequest) from its fields: `cancel_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! cancel_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [payments::CancelRequest] []
        [payment_id opt text 64, payment_request_id opt text 64, merchant_account_id opt
        text 32] { $($body)* } }
    };
}
///Builds a [`CaptureRequest`](crate::payments::CaptureRequest) from its fields: `capture_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! capture_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [payments::CaptureRequest]
        [payments::CaptureRequired] [capture_request_id req text 64, payment_id req text
        64, capture_amount req any, transit opt any, is_last_capture opt any] { $($body)*
        } }
    };
}
///Builds a [`InquiryPaymentRequest`](crate::payments::InquiryPaymentRequest) from its fields: `inquiry_payment_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! inquiry_payment_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [payments::InquiryPaymentRequest]
        [] [payment_request_id opt text 64, payment_id opt text 64, merchant_account_id
        opt text 32] { $($body)* } }
    };
}
///Builds a [`InquiryRefundRequest`](crate::payments::InquiryRefundRequest) from its fields: `inquiry_refund_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! inquiry_refund_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [payments::InquiryRefundRequest]
        [] [refund_request_id opt text 64, refund_id opt text 64, merchant_account_id opt
        text 32] { $($body)* } }
    };
}
///Builds a [`PayRequest`](crate::payments::PayRequest) from its fields: `pay_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! pay_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [payments::PayRequest]
        [payments::PayRequired] [merchant_region opt region, merchant_account_id opt text
        32, user_region opt region, env req any, order req any, payment_request_id req
        text 64, payment_amount req any, settlement_strategy req any, payment_method req
        any, payment_factor opt any, payment_expiry_time opt any, payment_redirect_url
        req url 2048, payment_notify_url opt url 2048, product_code set fixed
        CashierPayment, credit_pay_plan opt any, app_id opt text 32, metadata opt text
        2048, customized_info opt any, payment_quote opt any, agreement_info opt any,
        subscription_info opt any, processing_amount opt any, pay_to_method opt any,
        is_authorization opt any, merchant opt any, payment_verification_data opt any,
        extend_info opt any, dual_offline_payment opt any] { $($body)* } }
    };
}
///Builds a [`RefundRequest`](crate::payments::RefundRequest) from its fields: `refund_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! refund_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [payments::RefundRequest]
        [payments::RefundRequired] [refund_request_id req text 64, payment_id req text
        64, reference_refund_id opt text 64, refund_amount req any, refund_reason opt
        text 256, refund_notify_url opt url 1024, capture_id opt text 64, metadata opt
        text 64, is_async_refund opt any, customized_info opt any, refund_to_bank_info
        opt any, extend_info opt any, refund_details opt any, refund_source_account_no
        opt any, actual_refund_amount opt any] { $($body)* } }
    };
}
///Builds a [`CreateVaultingSessionRequest`](crate::vaults::CreateVaultingSessionRequest) from its fields: `create_vaulting_session_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! create_vaulting_session_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate]
        [vaults::CreateVaultingSessionRequest] [vaults::CreateVaultingSessionRequired]
        [payment_method_type set fixed Card, vaulting_request_id req text 64,
        vaulting_notification_url req url 2048, redirect_url opt url 2048,
        merchant_region opt region] { $($body)* } }
    };
}
///Builds a [`InquireVaultingRequest`](crate::vaults::InquireVaultingRequest) from its fields: `inquire_vaulting_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! inquire_vaulting_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate] [vaults::InquireVaultingRequest]
        [vaults::InquireVaultingRequired] [vaulting_request_id req text 64,
        merchant_account_id opt text 64] { $($body)* } }
    };
}
///Builds a [`VaultPaymentMethodRequest`](crate::vaults::VaultPaymentMethodRequest) from its fields: `vault_payment_method_request! { field: value, .. }`, the required ones at least. A literal is checked against the page's limit when the code is checked (`cargo check`, the editor); other values are given as the field holds them (without `Some`).
#[macro_export]
macro_rules! vault_payment_method_request {
    ($($body:tt)*) => {
        $crate::__constructors::__construct! { [$crate]
        [vaults::VaultPaymentMethodRequest] [vaults::VaultPaymentMethodRequired]
        [vaulting_request_id req text 64, vaulting_notification_url req url 2048,
        redirect_url req url 2048, merchant_region opt region, payment_method_detail req
        any, env req any, merchant_account_id opt text 64, metadata opt text 2048] {
        $($body)* } }
    };
}
#[cfg(feature = "payments")]
/// Antom tells your server how a capture ended, once it has finally succeeded or failed.
///
/// The `notifyCapture` notification Antom sends to your notification URL. Receive it with `vault_runtime::Webhook::receive`, which verifies its signature first; answer with `vault_runtime::ACKNOWLEDGEMENT`. Antom may send it again until acknowledged, so handle it idempotently (`vault_runtime::Deduplicator`).
///
/// Antom sends this notification for automatic captures (_paymentFactor.captureMode_ `AUTOMATIC`, the default) and for captures you started with the **capture** API. You can also learn the capture result through **inquiryPayment**.
///
/// When a notification arrives, answer it with HTTP 200 and this fixed body, to tell Antom that it was received:
///
/// ```json
/// {
///   "result": {
///     "resultCode": "SUCCESS",
///     "resultStatus": "S",
///     "resultMessage": "success"
///   }
/// }
/// ```
///
/// If Antom does not get this reply, for example because of a fault on your side or in the network, it sends the notification again. Resending goes on for up to 24 hours after the first attempt, at most eight times, spaced 0 seconds, 2 minutes, 10 minutes, 10 minutes, 1 hour, 2 hours, 6 hours and 15 hours apart.
///
/// > **Note**: In the sandbox, Antom does not resend a notification that was not answered in the fixed format.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CaptureNotification {
    /// How the capture went: its status, result code and message.
    ///
    /// **Required.** Wire name: `result`.
    pub result: ::vault_runtime::ApiResult,
    /// What the notification is about. The value of this parameter is fixed to `CAPTURE_RESULT`.
    ///
    /// **Required.** Always `CAPTURE_RESULT`. Wire name: `notifyType`.
    pub notify_type: ::std::string::String,
    /// The identifier you gave the capture request.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `captureRequestId`.
    pub capture_request_id: ::std::string::String,
    /// The identifier Antom gave the payment.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
    pub payment_id: ::std::string::String,
    /// The identifier Antom gave the capture.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `captureId`.
    pub capture_id: ::std::string::String,
    /// The amount captured, in the currency of the transaction.
    ///
    /// **Required.** Wire name: `captureAmount`.
    pub capture_amount: response::CaptureAmount,
    /// When Antom captured the funds.
    ///
    /// Optional. Wire name: `captureTime`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capture_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// The identifier that an acquirer other than Antom gave the transaction.
    ///
    /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerReferenceNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acquirer_reference_no: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::Notification for CaptureNotification {
    const NAME: &'static str = "notifyCapture";
}
#[cfg(feature = "payments")]
/// Antom tells your server the result of a payment, once it has finally succeeded or failed.
///
/// The `notifyPayment` notification Antom sends to your notification URL. Receive it with `vault_runtime::Webhook::receive`, which verifies its signature first; answer with `vault_runtime::ACKNOWLEDGEMENT`. Antom may send it again until acknowledged, so handle it idempotently (`vault_runtime::Deduplicator`).
///
/// Antom posts this notification to the payment notification address (_paymentNotifyUrl_ in the **pay** request, or the address set in Antom Dashboard). Continue your own processing of the order according to the result.
///
/// When a notification arrives, answer it with HTTP 200 and this fixed body, to tell Antom that it was received:
///
/// ```json
/// {
///   "result": {
///     "resultCode": "SUCCESS",
///     "resultStatus": "S",
///     "resultMessage": "success"
///   }
/// }
/// ```
///
/// If Antom does not get this reply, for example because of a fault on your side or in the network, it sends the notification again. Resending goes on for up to 24 hours after the first attempt, at most eight times, spaced 0 seconds, 2 minutes, 10 minutes, 10 minutes, 1 hour, 2 hours, 6 hours and 15 hours apart.
///
/// > **Note**: In the sandbox, Antom does not resend a notification that was not answered in the fixed format.
///
/// The payment itself is described by _result.resultStatus_: `S` with _notifyType_ `PAYMENT_RESULT` means the payment succeeded, `S` with `PAYMENT_PENDING` means it is still being processed, and `F` means it failed.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentNotification {
    /// The kind of payment notification.
    ///
    /// **Required.** Wire name: `notifyType`.
    pub notify_type: response::PaymentNotifyType,
    /// How the payment went: its status, result code and message.
    ///
    /// **Required.** Wire name: `result`.
    pub result: ::vault_runtime::ApiResult,
    /// The identifier you gave the payment request.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `paymentRequestId`.
    pub payment_request_id: ::std::string::String,
    /// The identifier Antom gave the payment. Each _paymentId_ belongs to exactly one _paymentRequestId_.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
    pub payment_id: ::std::string::String,
    /// The amount you asked to receive, in the order currency.
    ///
    /// **Required.** Wire name: `paymentAmount`.
    pub payment_amount: response::PaymentAmount,
    /// When the payment was created.
    ///
    /// **Required.** Wire name: `paymentCreateTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    pub payment_create_time: ::vault_runtime::DateTime,
    /// When the payment reached its final state of success.
    ///
    /// > **Note**: This field is returned only when the payment has finally succeeded (the value of _result.resultStatus_ is `S`).
    ///
    /// Optional. Wire name: `paymentTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// The buyer's customer information at the Alipay+ payment method.
    ///
    /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
    ///
    /// Optional. Wire name: `pspCustomerInfo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub psp_customer_info: ::std::option::Option<response::PaymentPspCustomerInfo>,
    /// The total amount that can be declared to customs.
    ///
    /// > **Note**: This field is returned only when the payment succeeds and the wallet is AlipayCN.
    ///
    /// Optional. Wire name: `customsDeclarationAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customs_declaration_amount: ::std::option::Option<response::PaymentAmount>,
    /// The transaction amount multiplied by the rate in _settlementQuote_, in the settlement currency.
    ///
    /// > **Note**: This field is returned when the currency conversion was fixed in advance and the exchange rate was locked at the time of the transaction.
    ///
    /// Optional. Wire name: `grossSettlementAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gross_settlement_amount: ::std::option::Option<response::PaymentAmount>,
    /// The exchange rate between the settlement currency and the transaction currency.
    ///
    /// > **Note**: This field is returned together with _grossSettlementAmount_.
    ///
    /// Optional. Wire name: `settlementQuote`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement_quote: ::std::option::Option<response::PaymentQuote>,
    /// The identifier that an acquirer other than Antom gave the transaction.
    ///
    /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerReferenceNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acquirer_reference_no: ::std::option::Option<::std::string::String>,
    /// The outcome details of the payment, such as card data and, when the buyer chose to save the card, the card token.
    ///
    /// > **Note**: This field may be returned when the value of _paymentMethodType_ is `CARD`.
    ///
    /// Optional. Wire name: `paymentResultInfo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_result_info: ::std::option::Option<response::PaymentResultInfo>,
    /// The amount the buyer actually paid.
    ///
    /// Optional. Wire name: `actualPaymentAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub actual_payment_amount: ::std::option::Option<response::PaymentAmount>,
    /// Details about the acquirer that processed the payment.
    ///
    /// Optional. Wire name: `acquirerInfo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acquirer_info: ::std::option::Option<response::AcquirerInfo>,
    /// The promotions applied to the payment.
    ///
    /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
    ///
    /// Optional. Wire name: `promotionResult`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub promotion_result: ::std::option::Option<
        ::std::vec::Vec<response::PromotionResult>,
    >,
    /// The type of payment method the buyer used.
    ///
    /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentMethodType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_type: ::std::option::Option<::std::string::String>,
    /// The _metadata_ you gave in the **pay** request.
    ///
    /// Optional. At most 2048 characters (as documented; not checked on receipt). Wire name: `metadata`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::Notification for PaymentNotification {
    const NAME: &'static str = "notifyPayment";
}
#[cfg(feature = "payments")]
/// Antom tells your server how a refund ended, once it has finally succeeded or failed.
///
/// The `notifyRefund` notification Antom sends to your notification URL. Receive it with `vault_runtime::Webhook::receive`, which verifies its signature first; answer with `vault_runtime::ACKNOWLEDGEMENT`. Antom may send it again until acknowledged, so handle it idempotently (`vault_runtime::Deduplicator`).
///
/// Antom posts this notification to the refund notification address (_refundNotifyUrl_ in the **refund** request, or the address set in Antom Dashboard). Continue your own processing according to the result.
///
/// When a notification arrives, answer it with HTTP 200 and this fixed body, to tell Antom that it was received:
///
/// ```json
/// {
///   "result": {
///     "resultCode": "SUCCESS",
///     "resultStatus": "S",
///     "resultMessage": "success"
///   }
/// }
/// ```
///
/// If Antom does not get this reply, for example because of a fault on your side or in the network, it sends the notification again. Resending goes on for up to 24 hours after the first attempt, at most eight times, spaced 0 seconds, 2 minutes, 10 minutes, 10 minutes, 1 hour, 2 hours, 6 hours and 15 hours apart.
///
/// > **Note**: In the sandbox, Antom does not resend a notification that was not answered in the fixed format.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct RefundNotification {
    /// What the notification is about.
    ///
    /// **Required.** Wire name: `notifyType`.
    pub notify_type: response::RefundNotifyType,
    /// How the refund went: its status, result code and message.
    ///
    /// **Required.** Wire name: `result`.
    pub result: ::vault_runtime::ApiResult,
    /// The outcome of the refund.
    ///
    /// **Required.** Wire name: `refundStatus`.
    pub refund_status: response::RefundRefundStatus,
    /// The identifier you gave the refund request.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `refundRequestId`.
    pub refund_request_id: ::std::string::String,
    /// The identifier Antom gave the refund.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `refundId`.
    pub refund_id: ::std::string::String,
    /// The amount you asked to refund.
    ///
    /// **Required.** Wire name: `refundAmount`.
    pub refund_amount: response::PaymentAmount,
    /// When the refund reached its final state of success or failure.
    ///
    /// > **Note**: This field is returned when the refund succeeds (the value of _result.resultStatus_ is `S`).
    ///
    /// Optional. Wire name: `refundTime`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refund_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// The refund amount in the settlement currency: the refund amount multiplied by the rate in _settlementQuote_.
    ///
    /// > **Note**: This field is returned when the currency conversion was fixed in advance and the exchange rate was locked at the time of the transaction.
    ///
    /// Optional. Wire name: `grossSettlementAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gross_settlement_amount: ::std::option::Option<response::PaymentAmount>,
    /// The exchange rate between the settlement currency and the transaction currency.
    ///
    /// > **Note**: This field is returned together with _grossSettlementAmount_.
    ///
    /// Optional. Wire name: `settlementQuote`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement_quote: ::std::option::Option<response::PaymentQuote>,
    /// The acquirer reference number (ARN) of the refund, when the payment method provides one.
    ///
    /// Optional. At least 0 (as documented; not checked on receipt). Wire name: `arn`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    /// The _metadata_ you gave in the **refund** request.
    ///
    /// > **Note**: This field is returned when you specified _metadata_ in the **refund** request.
    ///
    /// Optional. At most 2048 characters (as documented; not checked on receipt). Wire name: `metadata`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::Notification for RefundNotification {
    const NAME: &'static str = "notifyRefund";
}
#[cfg(feature = "vaulting")]
/// Antom tells your server how a vaulting ended.
///
/// The `notifyVaulting` notification Antom sends to your notification URL. Receive it with `vault_runtime::Webhook::receive`, which verifies its signature first; answer with `vault_runtime::ACKNOWLEDGEMENT`. Antom may send it again until acknowledged, so handle it idempotently (`vault_runtime::Deduplicator`).
///
/// Antom sends this notification with `POST` to the _vaultingNotificationUrl_ you gave when you started vaulting. Verify its signature with Antom's public key and the path of your own endpoint, then answer HTTP 200 with exactly `{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}`. Until it gets that answer, Antom sends the notification again, up to eight times within a day, so handle it in a way that is safe to repeat.
///
/// Answer every genuine notification with `resultCode` `SUCCESS`, `resultStatus` `S` and `resultMessage` `success`, whatever the vaulting outcome was; any other answer makes Antom send the notification again.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct VaultingNotification {
    /// The kind of notification. Some possible values are `VAULTING_RESULT`.
    ///
    /// Optional. Wire name: `notifyType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub notify_type: ::std::option::Option<::std::string::String>,
    /// How the vaulting went. In this notification _result.resultStatus_ is only `S` or `F`.
    ///
    /// **Required.** Wire name: `result`.
    pub result: ::vault_runtime::ApiResult,
    /// The _vaultingRequestId_ of the vaulting request this notification is about.
    ///
    /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `vaultingRequestId`.
    pub vaulting_request_id: ::std::string::String,
    /// How the vaulting ended.
    ///
    /// Optional. Wire name: `vaultingStatus`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vaulting_status: ::std::option::Option<response::VaultingStatus>,
    /// The vaulted payment method, with its token.
    ///
    /// **Required.** Wire name: `paymentMethodDetail`.
    pub payment_method_detail: response::PaymentMethodDetail,
    /// When the vaulting request was created.
    ///
    /// Optional. Wire name: `vaultingCreateTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vaulting_create_time: ::std::option::Option<::vault_runtime::DateTime>,
}
#[cfg(feature = "vaulting")]
impl ::vault_runtime::Notification for VaultingNotification {
    const NAME: &'static str = "notifyVaulting";
}
#[cfg(feature = "payments")]
/// The `AgreementInfo` object.
///
/// Details of an Easy Pay authorization.
///
/// Build it with [`AgreementInfo::new`] and set fields directly; or check plain values with `AgreementInfo::try_from(AgreementInfoDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct AgreementInfo {
    /// The identifier you generated to start an Easy Pay authorization.
    ///
    /// Optional. Wire name: `authState`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_state: ::std::option::Option<::std::string::String>,
    /// The login ID with which the buyer registered in the wallet.
    ///
    /// Optional. Wire name: `userLoginId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_login_id: ::std::option::Option<::std::string::String>,
    /// The kind of login ID.
    ///
    /// Optional. Wire name: `userLoginType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_login_type: ::std::option::Option<::std::string::String>,
    /// A login ID meant for display.
    ///
    /// Optional. Wire name: `displayUserLoginId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_user_login_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl AgreementInfo {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            auth_state: ::std::option::Option::None,
            user_login_id: ::std::option::Option::None,
            user_login_type: ::std::option::Option::None,
            display_user_login_id: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for AgreementInfo {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`AgreementInfo`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `AgreementInfoDraft::default()` and set fields, then convert with `AgreementInfo::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct AgreementInfoDraft {
    /// See [`AgreementInfo::auth_state`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_state: ::std::option::Option<::std::string::String>,
    /// See [`AgreementInfo::user_login_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_login_id: ::std::option::Option<::std::string::String>,
    /// See [`AgreementInfo::user_login_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_login_type: ::std::option::Option<::std::string::String>,
    /// See [`AgreementInfo::display_user_login_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_user_login_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for AgreementInfo {
    type Draft = AgreementInfoDraft;
    fn from_draft(
        draft: AgreementInfoDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let auth_state = validator.optional("authState", draft.auth_state);
        let user_login_id = validator.optional("userLoginId", draft.user_login_id);
        let user_login_type = validator.optional("userLoginType", draft.user_login_type);
        let display_user_login_id = validator
            .optional("displayUserLoginId", draft.display_user_login_id);
        ::std::option::Option::Some(Self {
            auth_state: auth_state?,
            user_login_id: user_login_id?,
            user_login_type: user_login_type?,
            display_user_login_id: display_user_login_id?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<AgreementInfoDraft> for AgreementInfo {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: AgreementInfoDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `AncillaryData` object.
///
/// Extra services bought with the trip.
///
/// Build it with [`AncillaryData::new`] and set fields directly; or check plain values with `AncillaryData::try_from(AncillaryDataDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct AncillaryData {
    /// The extra services.
    ///
    /// Optional. Wire name: `services`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub services: ::std::option::Option<::std::vec::Vec<Service>>,
    /// The number of the ticket the services belong to.
    ///
    /// Optional. Wire name: `connectedTicketNumber`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connected_ticket_number: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl AncillaryData {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            services: ::std::option::Option::None,
            connected_ticket_number: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for AncillaryData {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`AncillaryData`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `AncillaryDataDraft::default()` and set fields, then convert with `AncillaryData::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct AncillaryDataDraft {
    /// See [`AncillaryData::services`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub services: ::std::option::Option<::std::vec::Vec<ServiceDraft>>,
    /// See [`AncillaryData::connected_ticket_number`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connected_ticket_number: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for AncillaryData {
    type Draft = AncillaryDataDraft;
    fn from_draft(
        draft: AncillaryDataDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let services = validator.optional("services", draft.services);
        let connected_ticket_number = validator
            .optional("connectedTicketNumber", draft.connected_ticket_number);
        ::std::option::Option::Some(Self {
            services: services?,
            connected_ticket_number: connected_ticket_number?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<AncillaryDataDraft> for AncillaryData {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: AncillaryDataDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `BrowserInfo` object.
///
/// Details of the browser in which the order is placed.
///
/// > **Note**: Specify this parameter when you collect this information during the payment.
///
/// Build it with [`BrowserInfo::new`] and set fields directly; or check plain values with `BrowserInfo::try_from(BrowserInfoDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct BrowserInfo {
    /// The Accept header sent by the buyer's browser.
    ///
    /// Optional. At most 2048 characters. Wire name: `acceptHeader`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accept_header: ::std::option::Option<::vault_runtime::Text<2048>>,
    /// Whether the buyer's browser can run Java.
    ///
    /// Optional. Wire name: `javaEnabled`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub java_enabled: ::std::option::Option<bool>,
    /// Whether the buyer's browser can run JavaScript.
    ///
    /// Optional. Wire name: `javaScriptEnabled`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub java_script_enabled: ::std::option::Option<bool>,
    /// The browser language, as read from `navigator.language` (an IETF BCP 47 tag).
    ///
    /// Optional. At most 32 characters. Wire name: `language`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::vault_runtime::Text<32>>,
    /// The user agent of the buyer's browser.
    ///
    /// > **Note**: Specify this parameter if you require risk control, or when _paymentMethodType_ is `BLIK` and you collect the BLIK code.
    ///
    /// Optional. At most 2048 characters. Wire name: `userAgent`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_agent: ::std::option::Option<::vault_runtime::Text<2048>>,
}
#[cfg(feature = "payments")]
impl BrowserInfo {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            accept_header: ::std::option::Option::None,
            java_enabled: ::std::option::Option::None,
            java_script_enabled: ::std::option::Option::None,
            language: ::std::option::Option::None,
            user_agent: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for BrowserInfo {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`BrowserInfo`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `BrowserInfoDraft::default()` and set fields, then convert with `BrowserInfo::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct BrowserInfoDraft {
    /// See [`BrowserInfo::accept_header`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accept_header: ::std::option::Option<::std::string::String>,
    /// See [`BrowserInfo::java_enabled`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub java_enabled: ::std::option::Option<bool>,
    /// See [`BrowserInfo::java_script_enabled`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub java_script_enabled: ::std::option::Option<bool>,
    /// See [`BrowserInfo::language`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::string::String>,
    /// See [`BrowserInfo::user_agent`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_agent: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for BrowserInfo {
    type Draft = BrowserInfoDraft;
    fn from_draft(
        draft: BrowserInfoDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let accept_header = validator.optional("acceptHeader", draft.accept_header);
        let java_enabled = validator.optional("javaEnabled", draft.java_enabled);
        let java_script_enabled = validator
            .optional("javaScriptEnabled", draft.java_script_enabled);
        let language = validator.optional("language", draft.language);
        let user_agent = validator.optional("userAgent", draft.user_agent);
        ::std::option::Option::Some(Self {
            accept_header: accept_header?,
            java_enabled: java_enabled?,
            java_script_enabled: java_script_enabled?,
            language: language?,
            user_agent: user_agent?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<BrowserInfoDraft> for BrowserInfo {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: BrowserInfoDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Buyer` object.
///
/// The buyer: ID, name, phone number and email.
///
/// > **Note**: Specify this parameter if you require risk control, or when _paymentMethodType_ is `CARD`. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
///
/// Build it with [`Buyer::new`] and set fields directly; or check plain values with `Buyer::try_from(BuyerDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Buyer {
    /// Your identifier of the buyer.
    ///
    /// > **Note**: Specify this parameter when you want this order to use a promotion offered by Antom.
    ///
    /// Optional. At most 64 characters. Wire name: `referenceBuyerId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_buyer_id: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The name of the buyer.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `buyerName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_name: ::std::option::Option<payments::CaptureUserName>,
    /// The mobile phone number of the buyer.
    ///
    /// > **Note**: Specify this parameter if you require risk control, or when _paymentMethodType_ is `CARD`.
    ///
    /// Optional. At most 24 characters. Wire name: `buyerPhoneNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_phone_no: ::std::option::Option<::vault_runtime::Text<24>>,
    /// The email address of the buyer.
    ///
    /// > **Note**: Specify this parameter if you require risk control, or when _paymentMethodType_ is `CARD`.
    ///
    /// Optional. At most 64 characters. Wire name: `buyerEmail`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_email: ::std::option::Option<::vault_runtime::Text<64>>,
    /// When the buyer registered an account with you.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 64 characters as sent. Wire name: `buyerRegistrationTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub buyer_registration_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// Whether the buyer's account with you is verified.
    ///
    /// Optional. Wire name: `isAccountVerified`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_account_verified: ::std::option::Option<bool>,
    /// How many orders the buyer has completed successfully.
    ///
    /// Optional. Wire name: `successfulOrderCount`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub successful_order_count: ::std::option::Option<i64>,
    /// The country calling code of the buyer's phone number. Required when the payment method is `STCPAY`.
    ///
    /// Optional. At most 7 characters. Wire name: `buyerPhoneNoContryCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_phone_no_contry_code: ::std::option::Option<::vault_runtime::Text<7>>,
}
#[cfg(feature = "payments")]
impl Buyer {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            reference_buyer_id: ::std::option::Option::None,
            buyer_name: ::std::option::Option::None,
            buyer_phone_no: ::std::option::Option::None,
            buyer_email: ::std::option::Option::None,
            buyer_registration_time: ::std::option::Option::None,
            is_account_verified: ::std::option::Option::None,
            successful_order_count: ::std::option::Option::None,
            buyer_phone_no_contry_code: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Buyer {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Buyer`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `BuyerDraft::default()` and set fields, then convert with `Buyer::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct BuyerDraft {
    /// See [`Buyer::reference_buyer_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_buyer_id: ::std::option::Option<::std::string::String>,
    /// See [`Buyer::buyer_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_name: ::std::option::Option<payments::CaptureUserNameDraft>,
    /// See [`Buyer::buyer_phone_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_phone_no: ::std::option::Option<::std::string::String>,
    /// See [`Buyer::buyer_email`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_email: ::std::option::Option<::std::string::String>,
    /// See [`Buyer::buyer_registration_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_registration_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Buyer::is_account_verified`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_account_verified: ::std::option::Option<bool>,
    /// See [`Buyer::successful_order_count`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub successful_order_count: ::std::option::Option<i64>,
    /// See [`Buyer::buyer_phone_no_contry_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer_phone_no_contry_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Buyer {
    type Draft = BuyerDraft;
    fn from_draft(
        draft: BuyerDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let reference_buyer_id = validator
            .optional("referenceBuyerId", draft.reference_buyer_id);
        let buyer_name = validator.optional("buyerName", draft.buyer_name);
        let buyer_phone_no = validator.optional("buyerPhoneNo", draft.buyer_phone_no);
        let buyer_email = validator.optional("buyerEmail", draft.buyer_email);
        let buyer_registration_time = validator
            .optional("buyerRegistrationTime", draft.buyer_registration_time);
        let is_account_verified = validator
            .optional("isAccountVerified", draft.is_account_verified);
        let successful_order_count = validator
            .optional("successfulOrderCount", draft.successful_order_count);
        let buyer_phone_no_contry_code = validator
            .optional("buyerPhoneNoContryCode", draft.buyer_phone_no_contry_code);
        ::std::option::Option::Some(Self {
            reference_buyer_id: reference_buyer_id?,
            buyer_name: buyer_name?,
            buyer_phone_no: buyer_phone_no?,
            buyer_email: buyer_email?,
            buyer_registration_time: buyer_registration_time?,
            is_account_verified: is_account_verified?,
            successful_order_count: successful_order_count?,
            buyer_phone_no_contry_code: buyer_phone_no_contry_code?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<BuyerDraft> for Buyer {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: BuyerDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "vaulting")]
/// The `CardPaymentMethodDetail` object.
///
/// The card to vault; required when _paymentMethodType_ is `CARD`.
///
/// Build it with [`CardPaymentMethodDetail::new`] from a [`CardPaymentMethodDetailRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CardPaymentMethodDetail::try_from(CardPaymentMethodDetailDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CardPaymentMethodDetail {
    /// The full card number (the primary account number).
    ///
    /// **Required.** At most 32 characters. Sensitive: redacted in `Debug`. Wire name: `cardNo`.
    pub card_no: ::vault_runtime::Secret<::vault_runtime::Text<32>>,
    /// The card scheme, when you know it. Some possible values are `AMEX`, `BC`, `CARNET`, `CARTES_BANCAIRES`, `CITI`, `CUP`, `DINERS`, `DISCOVER`, `ELO`, `GWANGJUBANK`, `HIPERCARD`, `HYUNDAI`, `IBK_BC`, `JCB`, `JEJUBANK`, `JEONBUKBANK`, `KAKAOBANK`, `KBANK`, `KDBBANK`, `KEBHANA`, `KOOKMIN`, `LOTTE`, `MAESTRO`, `MASTERCARD`, `MIR`, `NONGHYUP`, `POST`, `SAEMAUL`, `SAMSUNG`, `SAVINGBANK`, `SHINHAN`, `SHINHYEOP`, `SUHYEOP`, `TOSSBANK`, `TROY`, `VISA` and `WOORI`.
    ///
    /// Optional. Wire name: `brand`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    /// The name printed on the card.
    ///
    /// Optional. Wire name: `cardholderName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cardholder_name: ::std::option::Option<vaults::UserName>,
    /// The billing address of the card.
    ///
    /// Optional. Wire name: `billingAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<vaults::Address>,
    /// The card verification value printed on the card.
    ///
    /// Optional. At most 3 characters. Sensitive: redacted in `Debug`. Wire name: `cvv`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cvv: ::std::option::Option<::vault_runtime::Secret<::vault_runtime::Text<3>>>,
    /// The last two digits of the year in which the card expires, for example `27`.
    ///
    /// **Required.** At most 2 characters. Wire name: `expiryYear`.
    pub expiry_year: ::vault_runtime::Text<2>,
    /// The month in which the card expires, from `01` to `12`.
    ///
    /// **Required.** At most 2 characters. Wire name: `expiryMonth`.
    pub expiry_month: ::vault_runtime::Text<2>,
    /// The cardholder's date of birth as `YYYY-MM-DD`; some Korean cards need it.
    ///
    /// Optional. At most 10 characters. Wire name: `dateOfBirth`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::vault_runtime::Text<10>>,
    /// The business registration number behind a Korean corporate card.
    ///
    /// Optional. At most 10 characters. Wire name: `businessNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub business_no: ::std::option::Option<::vault_runtime::Text<10>>,
    /// The first two digits of the card password, which some Korean cards ask for.
    ///
    /// Optional. At most 2 characters. Sensitive: redacted in `Debug`. Wire name: `cardPasswordDigest`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_password_digest: ::std::option::Option<
        ::vault_runtime::Secret<::vault_runtime::Text<2>>,
    >,
    /// The cardholder's Brazilian tax number (CPF).
    ///
    /// Optional. At most 11 characters. Wire name: `cpf`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpf: ::std::option::Option<::vault_runtime::Text<11>>,
    /// The cardholder's email address.
    ///
    /// Optional. At most 64 characters. Wire name: `payerEmail`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payer_email: ::std::option::Option<::vault_runtime::Text<64>>,
    /// Whether the buyer must confirm the card with 3-D Secure before it is vaulted.
    ///
    /// Optional. Wire name: `is3DSAuthentication`.
    #[serde(
        rename = "is3DSAuthentication",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_3ds_authentication: ::std::option::Option<bool>,
}
#[cfg(feature = "vaulting")]
impl CardPaymentMethodDetail {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: CardPaymentMethodDetailRequired) -> Self {
        Self {
            card_no: required.card_no,
            brand: ::std::option::Option::None,
            cardholder_name: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            cvv: ::std::option::Option::None,
            expiry_year: required.expiry_year,
            expiry_month: required.expiry_month,
            date_of_birth: ::std::option::Option::None,
            business_no: ::std::option::Option::None,
            card_password_digest: ::std::option::Option::None,
            cpf: ::std::option::Option::None,
            payer_email: ::std::option::Option::None,
            is_3ds_authentication: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "vaulting")]
/// The required fields of [`CardPaymentMethodDetail`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardPaymentMethodDetailRequired {
    /// See [`CardPaymentMethodDetail::card_no`].
    pub card_no: ::vault_runtime::Secret<::vault_runtime::Text<32>>,
    /// See [`CardPaymentMethodDetail::expiry_year`].
    pub expiry_year: ::vault_runtime::Text<2>,
    /// See [`CardPaymentMethodDetail::expiry_month`].
    pub expiry_month: ::vault_runtime::Text<2>,
}
#[cfg(feature = "vaulting")]
/// [`CardPaymentMethodDetail`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `CardPaymentMethodDetailDraft::default()` and set fields, then convert with `CardPaymentMethodDetail::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CardPaymentMethodDetailDraft {
    /// See [`CardPaymentMethodDetail::card_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_no: ::std::option::Option<::vault_runtime::Secret<::std::string::String>>,
    /// See [`CardPaymentMethodDetail::brand`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub brand: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::cardholder_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cardholder_name: ::std::option::Option<vaults::UserNameDraft>,
    /// See [`CardPaymentMethodDetail::billing_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<vaults::AddressDraft>,
    /// See [`CardPaymentMethodDetail::cvv`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cvv: ::std::option::Option<::vault_runtime::Secret<::std::string::String>>,
    /// See [`CardPaymentMethodDetail::expiry_year`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiry_year: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::expiry_month`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiry_month: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::date_of_birth`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::business_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub business_no: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::card_password_digest`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_password_digest: ::std::option::Option<
        ::vault_runtime::Secret<::std::string::String>,
    >,
    /// See [`CardPaymentMethodDetail::cpf`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpf: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::payer_email`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payer_email: ::std::option::Option<::std::string::String>,
    /// See [`CardPaymentMethodDetail::is_3ds_authentication`].
    #[serde(
        rename = "is3DSAuthentication",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_3ds_authentication: ::std::option::Option<bool>,
}
#[cfg(feature = "vaulting")]
impl ::vault_runtime::FromDraft for CardPaymentMethodDetail {
    type Draft = CardPaymentMethodDetailDraft;
    fn from_draft(
        draft: CardPaymentMethodDetailDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let card_no = validator.required("cardNo", draft.card_no);
        let brand = validator.optional("brand", draft.brand);
        let cardholder_name = validator
            .optional("cardholderName", draft.cardholder_name);
        let billing_address = validator
            .optional("billingAddress", draft.billing_address);
        let cvv = validator.optional("cvv", draft.cvv);
        let expiry_year = validator.required("expiryYear", draft.expiry_year);
        let expiry_month = validator.required("expiryMonth", draft.expiry_month);
        let date_of_birth = validator.optional("dateOfBirth", draft.date_of_birth);
        let business_no = validator.optional("businessNo", draft.business_no);
        let card_password_digest = validator
            .optional("cardPasswordDigest", draft.card_password_digest);
        let cpf = validator.optional("cpf", draft.cpf);
        let payer_email = validator.optional("payerEmail", draft.payer_email);
        let is_3ds_authentication = validator
            .optional("is3DSAuthentication", draft.is_3ds_authentication);
        ::std::option::Option::Some(Self {
            card_no: card_no?,
            brand: brand?,
            cardholder_name: cardholder_name?,
            billing_address: billing_address?,
            cvv: cvv?,
            expiry_year: expiry_year?,
            expiry_month: expiry_month?,
            date_of_birth: date_of_birth?,
            business_no: business_no?,
            card_password_digest: card_password_digest?,
            cpf: cpf?,
            payer_email: payer_email?,
            is_3ds_authentication: is_3ds_authentication?,
        })
    }
}
#[cfg(feature = "vaulting")]
impl ::std::convert::TryFrom<CardPaymentMethodDetailDraft> for CardPaymentMethodDetail {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: CardPaymentMethodDetailDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `CreditPayPlan` object.
///
/// The instalment plan of an instalment payment.
///
/// Build it with [`CreditPayPlan::new`] from a [`CreditPayPlanRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CreditPayPlan::try_from(CreditPayPlanDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditPayPlan {
    /// How many instalments the payment is split into, from 2 to 12.
    ///
    /// **Required.** Wire name: `installmentNum`.
    #[serde(deserialize_with = "::vault_runtime::wire::int")]
    pub installment_num: i64,
    /// The interval between instalments.
    ///
    /// Optional. Wire name: `interval`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interval: ::std::option::Option<::std::string::String>,
    /// How the instalment fee is expressed.
    ///
    /// > **Note**: Specify this parameter when you want the fee expressed as a percentage.
    ///
    /// Optional. Wire name: `creditPayFeeType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_pay_fee_type: ::std::option::Option<CreditPayFeeType>,
    /// The share of the instalment fee that the seller bears: `0` means the seller pays none of it, `100` means the seller pays all of it.
    ///
    /// > **Note**: Specify this parameter when the value of _creditPayFeeType_ is `PERCENTAGE`.
    ///
    /// Optional. From 0 to 100. Wire name: `feePercentage`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fee_percentage: ::std::option::Option<::vault_runtime::Int<0, 100>>,
}
#[cfg(feature = "payments")]
impl CreditPayPlan {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: CreditPayPlanRequired) -> Self {
        Self {
            installment_num: required.installment_num,
            interval: ::std::option::Option::None,
            credit_pay_fee_type: ::std::option::Option::None,
            fee_percentage: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`CreditPayPlan`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditPayPlanRequired {
    /// See [`CreditPayPlan::installment_num`].
    pub installment_num: i64,
}
#[cfg(feature = "payments")]
/// [`CreditPayPlan`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `CreditPayPlanDraft::default()` and set fields, then convert with `CreditPayPlan::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditPayPlanDraft {
    /// See [`CreditPayPlan::installment_num`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub installment_num: ::std::option::Option<i64>,
    /// See [`CreditPayPlan::interval`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interval: ::std::option::Option<::std::string::String>,
    /// See [`CreditPayPlan::credit_pay_fee_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_pay_fee_type: ::std::option::Option<::std::string::String>,
    /// See [`CreditPayPlan::fee_percentage`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub fee_percentage: ::std::option::Option<i64>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for CreditPayPlan {
    type Draft = CreditPayPlanDraft;
    fn from_draft(
        draft: CreditPayPlanDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let installment_num = validator
            .required("installmentNum", draft.installment_num);
        let interval = validator.optional("interval", draft.interval);
        let credit_pay_fee_type = validator
            .optional("creditPayFeeType", draft.credit_pay_fee_type);
        let fee_percentage = validator.optional("feePercentage", draft.fee_percentage);
        ::std::option::Option::Some(Self {
            installment_num: installment_num?,
            interval: interval?,
            credit_pay_fee_type: credit_pay_fee_type?,
            fee_percentage: fee_percentage?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<CreditPayPlanDraft> for CreditPayPlan {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: CreditPayPlanDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `CustomizedInfo` object.
///
/// Free-form information of your own that you attach to the payment, in up to five fields.
///
/// Build it with [`CustomizedInfo::new`] and set fields directly; or check plain values with `CustomizedInfo::try_from(CustomizedInfoDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomizedInfo {
    /// The first of your custom fields.
    ///
    /// Optional. Wire name: `customizedField1`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field1: ::std::option::Option<::std::string::String>,
    /// The second of your custom fields.
    ///
    /// Optional. Wire name: `customizedField2`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field2: ::std::option::Option<::std::string::String>,
    /// The third of your custom fields.
    ///
    /// Optional. Wire name: `customizedField3`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field3: ::std::option::Option<::std::string::String>,
    /// The fourth of your custom fields.
    ///
    /// Optional. Wire name: `customizedField4`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field4: ::std::option::Option<::std::string::String>,
    /// The fifth of your custom fields.
    ///
    /// Optional. Wire name: `customizedField5`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field5: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl CustomizedInfo {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            customized_field1: ::std::option::Option::None,
            customized_field2: ::std::option::Option::None,
            customized_field3: ::std::option::Option::None,
            customized_field4: ::std::option::Option::None,
            customized_field5: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for CustomizedInfo {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`CustomizedInfo`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `CustomizedInfoDraft::default()` and set fields, then convert with `CustomizedInfo::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomizedInfoDraft {
    /// See [`CustomizedInfo::customized_field1`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field1: ::std::option::Option<::std::string::String>,
    /// See [`CustomizedInfo::customized_field2`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field2: ::std::option::Option<::std::string::String>,
    /// See [`CustomizedInfo::customized_field3`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field3: ::std::option::Option<::std::string::String>,
    /// See [`CustomizedInfo::customized_field4`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field4: ::std::option::Option<::std::string::String>,
    /// See [`CustomizedInfo::customized_field5`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_field5: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for CustomizedInfo {
    type Draft = CustomizedInfoDraft;
    fn from_draft(
        draft: CustomizedInfoDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let customized_field1 = validator
            .optional("customizedField1", draft.customized_field1);
        let customized_field2 = validator
            .optional("customizedField2", draft.customized_field2);
        let customized_field3 = validator
            .optional("customizedField3", draft.customized_field3);
        let customized_field4 = validator
            .optional("customizedField4", draft.customized_field4);
        let customized_field5 = validator
            .optional("customizedField5", draft.customized_field5);
        ::std::option::Option::Some(Self {
            customized_field1: customized_field1?,
            customized_field2: customized_field2?,
            customized_field3: customized_field3?,
            customized_field4: customized_field4?,
            customized_field5: customized_field5?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<CustomizedInfoDraft> for CustomizedInfo {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: CustomizedInfoDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Declaration` object.
///
/// Declaration details of the order.
///
/// Build it with [`Declaration::new`] and set fields directly; or check plain values with `Declaration::try_from(DeclarationDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Declaration {
    /// The industry under which the order is declared. Leave it out outside online-travel-agency (OTA) settlement; in the OTA case it is required, together with _declarationBeneficiaryId_.
    ///
    /// Optional. Wire name: `declarationBizScene`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub declaration_biz_scene: ::std::option::Option<DeclarationBizScene>,
    /// The identifier of the third-party payee against whose quota the declaration is counted. Leave it out outside online-travel-agency (OTA) settlement; in the OTA case it is required, together with _declarationBizScene_.
    ///
    /// Optional. Wire name: `declarationBeneficiaryId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub declaration_beneficiary_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl Declaration {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            declaration_biz_scene: ::std::option::Option::None,
            declaration_beneficiary_id: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Declaration {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Declaration`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `DeclarationDraft::default()` and set fields, then convert with `Declaration::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeclarationDraft {
    /// See [`Declaration::declaration_biz_scene`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub declaration_biz_scene: ::std::option::Option<::std::string::String>,
    /// See [`Declaration::declaration_beneficiary_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub declaration_beneficiary_id: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Declaration {
    type Draft = DeclarationDraft;
    fn from_draft(
        draft: DeclarationDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let declaration_biz_scene = validator
            .optional("declarationBizScene", draft.declaration_biz_scene);
        let declaration_beneficiary_id = validator
            .optional("declarationBeneficiaryId", draft.declaration_beneficiary_id);
        ::std::option::Option::Some(Self {
            declaration_biz_scene: declaration_biz_scene?,
            declaration_beneficiary_id: declaration_beneficiary_id?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<DeclarationDraft> for Declaration {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: DeclarationDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `DeliveryEstimate` object.
///
/// The estimated range of the delivery time.
///
/// Build it with [`DeliveryEstimate::new`] from a [`DeliveryEstimateRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `DeliveryEstimate::try_from(DeliveryEstimateDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeliveryEstimate {
    /// The shortest estimated delivery time.
    ///
    /// **Required.** Wire name: `minimum`.
    pub minimum: DeliveryEstimateInfo,
    /// The longest estimated delivery time.
    ///
    /// **Required.** Wire name: `maximum`.
    pub maximum: DeliveryEstimateInfo,
}
#[cfg(feature = "payments")]
impl DeliveryEstimate {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: DeliveryEstimateRequired) -> Self {
        Self {
            minimum: required.minimum,
            maximum: required.maximum,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`DeliveryEstimate`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryEstimateRequired {
    /// See [`DeliveryEstimate::minimum`].
    pub minimum: DeliveryEstimateInfo,
    /// See [`DeliveryEstimate::maximum`].
    pub maximum: DeliveryEstimateInfo,
}
#[cfg(feature = "payments")]
/// [`DeliveryEstimate`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `DeliveryEstimateDraft::default()` and set fields, then convert with `DeliveryEstimate::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeliveryEstimateDraft {
    /// See [`DeliveryEstimate::minimum`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum: ::std::option::Option<DeliveryEstimateInfoDraft>,
    /// See [`DeliveryEstimate::maximum`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maximum: ::std::option::Option<DeliveryEstimateInfoDraft>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for DeliveryEstimate {
    type Draft = DeliveryEstimateDraft;
    fn from_draft(
        draft: DeliveryEstimateDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let minimum = validator.required("minimum", draft.minimum);
        let maximum = validator.required("maximum", draft.maximum);
        ::std::option::Option::Some(Self {
            minimum: minimum?,
            maximum: maximum?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<DeliveryEstimateDraft> for DeliveryEstimate {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: DeliveryEstimateDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `DeliveryEstimateInfo` object.
///
/// One end of a delivery time estimate.
///
/// Build it with [`DeliveryEstimateInfo::new`] from a [`DeliveryEstimateInfoRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `DeliveryEstimateInfo::try_from(DeliveryEstimateInfoDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeliveryEstimateInfo {
    /// The unit of the estimate.
    ///
    /// **Required.** Wire name: `unit`.
    pub unit: ::std::string::String,
    /// The number of units.
    ///
    /// **Required.** Wire name: `value`.
    #[serde(deserialize_with = "::vault_runtime::wire::int")]
    pub value: i64,
}
#[cfg(feature = "payments")]
impl DeliveryEstimateInfo {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: DeliveryEstimateInfoRequired) -> Self {
        Self {
            unit: required.unit,
            value: required.value,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`DeliveryEstimateInfo`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryEstimateInfoRequired {
    /// See [`DeliveryEstimateInfo::unit`].
    pub unit: ::std::string::String,
    /// See [`DeliveryEstimateInfo::value`].
    pub value: i64,
}
#[cfg(feature = "payments")]
/// [`DeliveryEstimateInfo`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `DeliveryEstimateInfoDraft::default()` and set fields, then convert with `DeliveryEstimateInfo::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct DeliveryEstimateInfoDraft {
    /// See [`DeliveryEstimateInfo::unit`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
    /// See [`DeliveryEstimateInfo::value`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub value: ::std::option::Option<i64>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for DeliveryEstimateInfo {
    type Draft = DeliveryEstimateInfoDraft;
    fn from_draft(
        draft: DeliveryEstimateInfoDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let unit = validator.required("unit", draft.unit);
        let value = validator.required("value", draft.value);
        ::std::option::Option::Some(Self { unit: unit?, value: value? })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<DeliveryEstimateInfoDraft> for DeliveryEstimateInfo {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: DeliveryEstimateInfoDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Gaming` object.
///
/// The game top-up purchased: game name, and the topped-up user's name or ID, email and phone number.
///
/// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
///
/// Build it with [`Gaming::new`] and set fields directly; or check plain values with `Gaming::try_from(GamingDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Gaming {
    /// The name of the game.
    ///
    /// Optional. At most 128 characters. Wire name: `gameName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub game_name: ::std::option::Option<::vault_runtime::Text<128>>,
    /// The name or ID of the user whose game account is topped up.
    ///
    /// Optional. At most 128 characters. Wire name: `toppedUpUser`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub topped_up_user: ::std::option::Option<::vault_runtime::Text<128>>,
    /// The email address of that user.
    ///
    /// Optional. At most 64 characters. Wire name: `toppedUpEmail`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub topped_up_email: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The phone number of that user.
    ///
    /// Optional. At most 32 characters. Wire name: `toppedUpPhoneNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub topped_up_phone_no: ::std::option::Option<::vault_runtime::Text<32>>,
}
#[cfg(feature = "payments")]
impl Gaming {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            game_name: ::std::option::Option::None,
            topped_up_user: ::std::option::Option::None,
            topped_up_email: ::std::option::Option::None,
            topped_up_phone_no: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Gaming {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Gaming`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `GamingDraft::default()` and set fields, then convert with `Gaming::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct GamingDraft {
    /// See [`Gaming::game_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub game_name: ::std::option::Option<::std::string::String>,
    /// See [`Gaming::topped_up_user`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub topped_up_user: ::std::option::Option<::std::string::String>,
    /// See [`Gaming::topped_up_email`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub topped_up_email: ::std::option::Option<::std::string::String>,
    /// See [`Gaming::topped_up_phone_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub topped_up_phone_no: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Gaming {
    type Draft = GamingDraft;
    fn from_draft(
        draft: GamingDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let game_name = validator.optional("gameName", draft.game_name);
        let topped_up_user = validator.optional("toppedUpUser", draft.topped_up_user);
        let topped_up_email = validator.optional("toppedUpEmail", draft.topped_up_email);
        let topped_up_phone_no = validator
            .optional("toppedUpPhoneNo", draft.topped_up_phone_no);
        ::std::option::Option::Some(Self {
            game_name: game_name?,
            topped_up_user: topped_up_user?,
            topped_up_email: topped_up_email?,
            topped_up_phone_no: topped_up_phone_no?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<GamingDraft> for Gaming {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: GamingDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Goods` object.
///
/// The goods in the order: their IDs, names, prices and quantities.
///
/// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
///
/// Build it with [`Goods::new`] from a [`GoodsRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Goods::try_from(GoodsDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Goods {
    /// Your identifier of the goods.
    ///
    /// **Required.** At most 64 characters. Wire name: `referenceGoodsId`.
    pub reference_goods_id: ::vault_runtime::Text<64>,
    /// The name of the goods.
    ///
    /// **Required.** At most 256 characters. Wire name: `goodsName`.
    pub goods_name: ::vault_runtime::Text<256>,
    /// The category of the goods. For nested categories, write the parent first and separate the levels with slashes, for example `Digital Goods/Digital Vouchers/Food and Beverages`.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 64 characters. Wire name: `goodsCategory`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_category: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The brand of the goods.
    ///
    /// Optional. Wire name: `goodsBrand`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_brand: ::std::option::Option<::std::string::String>,
    /// The price of one unit of the goods.
    ///
    /// Optional. Wire name: `goodsUnitAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_unit_amount: ::std::option::Option<payments::PayAmount>,
    /// How many units of the goods are ordered.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At least 1. Wire name: `goodsQuantity`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_quantity: ::std::option::Option<::vault_runtime::Digits<1, { i64::MAX }>>,
    /// The SKU name of the goods.
    ///
    /// Optional. Wire name: `goodsSkuName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_sku_name: ::std::option::Option<::std::string::String>,
    /// The address of the web page where the buyer ordered the goods.
    ///
    /// > **Note**: Specify this parameter if you require risk control. It helps to detect black-market activity.
    ///
    /// Optional. An absolute http(s) URL of at most 2048 characters. Wire name: `goodsUrl`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_url: ::std::option::Option<::vault_runtime::HttpUrl<2048>>,
    /// How the goods are delivered.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `deliveryMethodType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_method_type: ::std::option::Option<DeliveryMethodType>,
    /// The address of an image of the goods.
    ///
    /// Optional. An absolute http(s) URL. Wire name: `goodsImageUrl`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_image_url: ::std::option::Option<::vault_runtime::HttpUrl<{ usize::MAX }>>,
    /// The ID of the Price object. Either _priceId_ or _referenceGoodsId_ is required.
    ///
    /// Optional. At most 64 characters. Wire name: `priceId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub price_id: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The discount on the goods.
    ///
    /// Optional. Wire name: `goodsDiscountAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_discount_amount: ::std::option::Option<payments::PayAmount>,
    /// Goods offered to the buyer as a cross-sell, described like the goods themselves.
    ///
    /// Optional. Wire name: `crossSell`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cross_sell: ::std::option::Option<::std::boxed::Box<Goods>>,
}
#[cfg(feature = "payments")]
impl Goods {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: GoodsRequired) -> Self {
        Self {
            reference_goods_id: required.reference_goods_id,
            goods_name: required.goods_name,
            goods_category: ::std::option::Option::None,
            goods_brand: ::std::option::Option::None,
            goods_unit_amount: ::std::option::Option::None,
            goods_quantity: ::std::option::Option::None,
            goods_sku_name: ::std::option::Option::None,
            goods_url: ::std::option::Option::None,
            delivery_method_type: ::std::option::Option::None,
            goods_image_url: ::std::option::Option::None,
            price_id: ::std::option::Option::None,
            goods_discount_amount: ::std::option::Option::None,
            cross_sell: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`Goods`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodsRequired {
    /// See [`Goods::reference_goods_id`].
    pub reference_goods_id: ::vault_runtime::Text<64>,
    /// See [`Goods::goods_name`].
    pub goods_name: ::vault_runtime::Text<256>,
}
#[cfg(feature = "payments")]
/// [`Goods`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `GoodsDraft::default()` and set fields, then convert with `Goods::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct GoodsDraft {
    /// See [`Goods::reference_goods_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_goods_id: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_name: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_category`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_category: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_brand`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_brand: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_unit_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_unit_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Goods::goods_quantity`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_quantity: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_sku_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_sku_name: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_url`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_url: ::std::option::Option<::std::string::String>,
    /// See [`Goods::delivery_method_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_method_type: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_image_url`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_image_url: ::std::option::Option<::std::string::String>,
    /// See [`Goods::price_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub price_id: ::std::option::Option<::std::string::String>,
    /// See [`Goods::goods_discount_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods_discount_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Goods::cross_sell`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cross_sell: ::std::option::Option<::std::boxed::Box<GoodsDraft>>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Goods {
    type Draft = GoodsDraft;
    fn from_draft(
        draft: GoodsDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let reference_goods_id = validator
            .required("referenceGoodsId", draft.reference_goods_id);
        let goods_name = validator.required("goodsName", draft.goods_name);
        let goods_category = validator.optional("goodsCategory", draft.goods_category);
        let goods_brand = validator.optional("goodsBrand", draft.goods_brand);
        let goods_unit_amount = validator
            .optional("goodsUnitAmount", draft.goods_unit_amount);
        let goods_quantity = validator.optional("goodsQuantity", draft.goods_quantity);
        let goods_sku_name = validator.optional("goodsSkuName", draft.goods_sku_name);
        let goods_url = validator.optional("goodsUrl", draft.goods_url);
        let delivery_method_type = validator
            .optional("deliveryMethodType", draft.delivery_method_type);
        let goods_image_url = validator.optional("goodsImageUrl", draft.goods_image_url);
        let price_id = validator.optional("priceId", draft.price_id);
        let goods_discount_amount = validator
            .optional("goodsDiscountAmount", draft.goods_discount_amount);
        let cross_sell = validator.optional("crossSell", draft.cross_sell);
        ::std::option::Option::Some(Self {
            reference_goods_id: reference_goods_id?,
            goods_name: goods_name?,
            goods_category: goods_category?,
            goods_brand: goods_brand?,
            goods_unit_amount: goods_unit_amount?,
            goods_quantity: goods_quantity?,
            goods_sku_name: goods_sku_name?,
            goods_url: goods_url?,
            delivery_method_type: delivery_method_type?,
            goods_image_url: goods_image_url?,
            price_id: price_id?,
            goods_discount_amount: goods_discount_amount?,
            cross_sell: cross_sell?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<GoodsDraft> for Goods {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: GoodsDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Leg` object.
///
/// One leg of a trip.
///
/// Build it with [`Leg::new`] and set fields directly; or check plain values with `Leg::try_from(LegDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Leg {
    /// When this leg departs.
    ///
    /// Optional. Wire name: `departureTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub departure_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// When this leg arrives.
    ///
    /// Optional. Wire name: `arrivalTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub arrival_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// Where this leg departs from.
    ///
    /// Optional. Wire name: `departureAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub departure_address: ::std::option::Option<payments::Address>,
    /// Where this leg arrives.
    ///
    /// Optional. Wire name: `arrivalAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arrival_address: ::std::option::Option<payments::Address>,
    /// The name of the transport company for this leg.
    ///
    /// Optional. At most 128 characters. Wire name: `carrierName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub carrier_name: ::std::option::Option<::vault_runtime::Text<128>>,
    /// The carrier code for this leg.
    ///
    /// Optional. At most 64 characters. Wire name: `carrierNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub carrier_no: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The class of service for this leg.
    ///
    /// Optional. Wire name: `classType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub class_type: ::std::option::Option<ClassType>,
    /// The IATA code of the departure airport for this leg.
    ///
    /// Optional. At most 8 characters. Wire name: `departureAirportCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub departure_airport_code: ::std::option::Option<::vault_runtime::Text<8>>,
    /// The IATA code of the arrival airport for this leg.
    ///
    /// Optional. At most 8 characters. Wire name: `arrivalAirportCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arrival_airport_code: ::std::option::Option<::vault_runtime::Text<8>>,
    /// The fare basis code of this leg.
    ///
    /// Optional. Wire name: `fareBasis`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fare_basis: ::std::option::Option<::std::string::String>,
    /// The coupon number of this leg.
    ///
    /// Optional. Wire name: `couponNumber`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub coupon_number: ::std::option::Option<::std::string::String>,
    /// The flight number of this leg.
    ///
    /// Optional. Wire name: `flightNumber`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub flight_number: ::std::option::Option<::std::string::String>,
    /// The record locator of the passenger's booking.
    ///
    /// Optional. At most 32 characters. Wire name: `passengerNameRecord`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_name_record: ::std::option::Option<::vault_runtime::Text<32>>,
}
#[cfg(feature = "payments")]
impl Leg {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            departure_time: ::std::option::Option::None,
            arrival_time: ::std::option::Option::None,
            departure_address: ::std::option::Option::None,
            arrival_address: ::std::option::Option::None,
            carrier_name: ::std::option::Option::None,
            carrier_no: ::std::option::Option::None,
            class_type: ::std::option::Option::None,
            departure_airport_code: ::std::option::Option::None,
            arrival_airport_code: ::std::option::Option::None,
            fare_basis: ::std::option::Option::None,
            coupon_number: ::std::option::Option::None,
            flight_number: ::std::option::Option::None,
            passenger_name_record: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Leg {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Leg`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `LegDraft::default()` and set fields, then convert with `Leg::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct LegDraft {
    /// See [`Leg::departure_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub departure_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Leg::arrival_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arrival_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Leg::departure_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub departure_address: ::std::option::Option<payments::AddressDraft>,
    /// See [`Leg::arrival_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arrival_address: ::std::option::Option<payments::AddressDraft>,
    /// See [`Leg::carrier_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub carrier_name: ::std::option::Option<::std::string::String>,
    /// See [`Leg::carrier_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub carrier_no: ::std::option::Option<::std::string::String>,
    /// See [`Leg::class_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub class_type: ::std::option::Option<::std::string::String>,
    /// See [`Leg::departure_airport_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub departure_airport_code: ::std::option::Option<::std::string::String>,
    /// See [`Leg::arrival_airport_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arrival_airport_code: ::std::option::Option<::std::string::String>,
    /// See [`Leg::fare_basis`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fare_basis: ::std::option::Option<::std::string::String>,
    /// See [`Leg::coupon_number`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub coupon_number: ::std::option::Option<::std::string::String>,
    /// See [`Leg::flight_number`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub flight_number: ::std::option::Option<::std::string::String>,
    /// See [`Leg::passenger_name_record`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_name_record: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Leg {
    type Draft = LegDraft;
    fn from_draft(
        draft: LegDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let departure_time = validator.optional("departureTime", draft.departure_time);
        let arrival_time = validator.optional("arrivalTime", draft.arrival_time);
        let departure_address = validator
            .optional("departureAddress", draft.departure_address);
        let arrival_address = validator
            .optional("arrivalAddress", draft.arrival_address);
        let carrier_name = validator.optional("carrierName", draft.carrier_name);
        let carrier_no = validator.optional("carrierNo", draft.carrier_no);
        let class_type = validator.optional("classType", draft.class_type);
        let departure_airport_code = validator
            .optional("departureAirportCode", draft.departure_airport_code);
        let arrival_airport_code = validator
            .optional("arrivalAirportCode", draft.arrival_airport_code);
        let fare_basis = validator.optional("fareBasis", draft.fare_basis);
        let coupon_number = validator.optional("couponNumber", draft.coupon_number);
        let flight_number = validator.optional("flightNumber", draft.flight_number);
        let passenger_name_record = validator
            .optional("passengerNameRecord", draft.passenger_name_record);
        ::std::option::Option::Some(Self {
            departure_time: departure_time?,
            arrival_time: arrival_time?,
            departure_address: departure_address?,
            arrival_address: arrival_address?,
            carrier_name: carrier_name?,
            carrier_no: carrier_no?,
            class_type: class_type?,
            departure_airport_code: departure_airport_code?,
            arrival_airport_code: arrival_airport_code?,
            fare_basis: fare_basis?,
            coupon_number: coupon_number?,
            flight_number: flight_number?,
            passenger_name_record: passenger_name_record?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<LegDraft> for Leg {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: LegDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Lodging` object.
///
/// The lodging purchased: hotel name and address, check-in and check-out dates, rooms, nights and guest names.
///
/// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
///
/// Build it with [`Lodging::new`] and set fields directly; or check plain values with `Lodging::try_from(LodgingDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Lodging {
    /// The name of the hotel.
    ///
    /// Optional. At most 128 characters. Wire name: `hotelName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hotel_name: ::std::option::Option<::vault_runtime::Text<128>>,
    /// The address of the hotel.
    ///
    /// Optional. Wire name: `hotelAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hotel_address: ::std::option::Option<payments::Address>,
    /// The date the guest checked in; for a no-show or a reservation, the planned arrival date.
    ///
    /// Optional. Wire name: `checkInDate`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub check_in_date: ::std::option::Option<::vault_runtime::DateTime>,
    /// The date the guest checked out.
    ///
    /// Optional. Wire name: `checkOutDate`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub check_out_date: ::std::option::Option<::vault_runtime::DateTime>,
    /// How many nights the payer booked.
    ///
    /// Optional. At least 1. Wire name: `numberOfNights`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_nights: ::std::option::Option<::vault_runtime::Int<1, { i64::MAX }>>,
    /// How many rooms the payer booked.
    ///
    /// Optional. At least 1. Wire name: `numberOfRooms`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_rooms: ::std::option::Option<::vault_runtime::Int<1, { i64::MAX }>>,
    /// The names under which the rooms are reserved.
    ///
    /// Optional. At most 100 elements. Wire name: `guestNames`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub guest_names: ::std::option::Option<
        ::vault_runtime::List<payments::CaptureUserName, 100>,
    >,
}
#[cfg(feature = "payments")]
impl Lodging {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            hotel_name: ::std::option::Option::None,
            hotel_address: ::std::option::Option::None,
            check_in_date: ::std::option::Option::None,
            check_out_date: ::std::option::Option::None,
            number_of_nights: ::std::option::Option::None,
            number_of_rooms: ::std::option::Option::None,
            guest_names: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Lodging {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Lodging`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `LodgingDraft::default()` and set fields, then convert with `Lodging::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct LodgingDraft {
    /// See [`Lodging::hotel_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hotel_name: ::std::option::Option<::std::string::String>,
    /// See [`Lodging::hotel_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hotel_address: ::std::option::Option<payments::AddressDraft>,
    /// See [`Lodging::check_in_date`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub check_in_date: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Lodging::check_out_date`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub check_out_date: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Lodging::number_of_nights`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub number_of_nights: ::std::option::Option<i64>,
    /// See [`Lodging::number_of_rooms`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub number_of_rooms: ::std::option::Option<i64>,
    /// See [`Lodging::guest_names`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub guest_names: ::std::option::Option<
        ::std::vec::Vec<payments::CaptureUserNameDraft>,
    >,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Lodging {
    type Draft = LodgingDraft;
    fn from_draft(
        draft: LodgingDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let hotel_name = validator.optional("hotelName", draft.hotel_name);
        let hotel_address = validator.optional("hotelAddress", draft.hotel_address);
        let check_in_date = validator.optional("checkInDate", draft.check_in_date);
        let check_out_date = validator.optional("checkOutDate", draft.check_out_date);
        let number_of_nights = validator
            .optional("numberOfNights", draft.number_of_nights);
        let number_of_rooms = validator.optional("numberOfRooms", draft.number_of_rooms);
        let guest_names = validator.optional("guestNames", draft.guest_names);
        ::std::option::Option::Some(Self {
            hotel_name: hotel_name?,
            hotel_address: hotel_address?,
            check_in_date: check_in_date?,
            check_out_date: check_out_date?,
            number_of_nights: number_of_nights?,
            number_of_rooms: number_of_rooms?,
            guest_names: guest_names?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<LodgingDraft> for Lodging {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: LodgingDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Merchant` object.
///
/// The secondary merchant that sells to the buyer.
///
/// > **Note**: Specify this parameter if you are an acquirer with secondary merchants.
///
/// Build it with [`Merchant::new`] from a [`MerchantRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Merchant::try_from(MerchantDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Merchant {
    /// The identifier of the merchant that sells the goods or services to the buyer.
    ///
    /// **Required.** At most 32 characters. Wire name: `referenceMerchantId`.
    pub reference_merchant_id: ::vault_runtime::Text<32>,
    /// The merchant category code (MCC) of the secondary merchant, a four-digit number.
    ///
    /// > **Note**: Specify this parameter if you have the information. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 32 characters. Wire name: `merchantMCC`.
    #[serde(
        rename = "merchantMCC",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_mcc: ::std::option::Option<::vault_runtime::Text<32>>,
    /// The name of the merchant.
    ///
    /// > **Note**: Specify this parameter if you have the information. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 256 characters. Wire name: `merchantName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_name: ::std::option::Option<::vault_runtime::Text<256>>,
    /// The merchant name to show to the buyer.
    ///
    /// > **Note**: Specify this parameter if you have the information. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 64 characters. Wire name: `merchantDisplayName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_display_name: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The address of the merchant.
    ///
    /// > **Note**: Specify this parameter if you have the information.
    ///
    /// Optional. Wire name: `merchantAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_address: ::std::option::Option<payments::Address>,
    /// When the merchant was registered.
    ///
    /// > **Note**: Specify this parameter if you have the information. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `merchantRegisterDate`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub merchant_register_date: ::std::option::Option<::vault_runtime::DateTime>,
    /// The store where the order is placed.
    ///
    /// Optional. Wire name: `store`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store: ::std::option::Option<Store>,
    /// Whether the merchant is a person or a company.
    ///
    /// Optional. Wire name: `merchantType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_type: ::std::option::Option<MerchantType>,
}
#[cfg(feature = "payments")]
impl Merchant {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: MerchantRequired) -> Self {
        Self {
            reference_merchant_id: required.reference_merchant_id,
            merchant_mcc: ::std::option::Option::None,
            merchant_name: ::std::option::Option::None,
            merchant_display_name: ::std::option::Option::None,
            merchant_address: ::std::option::Option::None,
            merchant_register_date: ::std::option::Option::None,
            store: ::std::option::Option::None,
            merchant_type: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`Merchant`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MerchantRequired {
    /// See [`Merchant::reference_merchant_id`].
    pub reference_merchant_id: ::vault_runtime::Text<32>,
}
#[cfg(feature = "payments")]
/// [`Merchant`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `MerchantDraft::default()` and set fields, then convert with `Merchant::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct MerchantDraft {
    /// See [`Merchant::reference_merchant_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_merchant_id: ::std::option::Option<::std::string::String>,
    /// See [`Merchant::merchant_mcc`].
    #[serde(
        rename = "merchantMCC",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_mcc: ::std::option::Option<::std::string::String>,
    /// See [`Merchant::merchant_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// See [`Merchant::merchant_display_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_display_name: ::std::option::Option<::std::string::String>,
    /// See [`Merchant::merchant_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_address: ::std::option::Option<payments::AddressDraft>,
    /// See [`Merchant::merchant_register_date`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_register_date: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Merchant::store`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store: ::std::option::Option<StoreDraft>,
    /// See [`Merchant::merchant_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Merchant {
    type Draft = MerchantDraft;
    fn from_draft(
        draft: MerchantDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let reference_merchant_id = validator
            .required("referenceMerchantId", draft.reference_merchant_id);
        let merchant_mcc = validator.optional("merchantMCC", draft.merchant_mcc);
        let merchant_name = validator.optional("merchantName", draft.merchant_name);
        let merchant_display_name = validator
            .optional("merchantDisplayName", draft.merchant_display_name);
        let merchant_address = validator
            .optional("merchantAddress", draft.merchant_address);
        let merchant_register_date = validator
            .optional("merchantRegisterDate", draft.merchant_register_date);
        let store = validator.optional("store", draft.store);
        let merchant_type = validator.optional("merchantType", draft.merchant_type);
        ::std::option::Option::Some(Self {
            reference_merchant_id: reference_merchant_id?,
            merchant_mcc: merchant_mcc?,
            merchant_name: merchant_name?,
            merchant_display_name: merchant_display_name?,
            merchant_address: merchant_address?,
            merchant_register_date: merchant_register_date?,
            store: store?,
            merchant_type: merchant_type?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<MerchantDraft> for Merchant {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: MerchantDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Order` object.
///
/// The order: buyer, merchant, goods, amount, shipping and the environment of the purchase. Antom uses it for risk control and anti-money-laundering checks during the payment, and afterwards for records and reporting, such as purchase tracking and regulatory reports.
///
/// Build it with [`Order::new`] from a [`OrderRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Order::try_from(OrderDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Order {
    /// Your identifier of the order, assigned by the merchant that sells to the buyer. It appears in the buyer's payment records and is used to follow up disputes and complaints.
    ///
    /// **Required.** At most 64 characters. Wire name: `referenceOrderId`.
    pub reference_order_id: ::vault_runtime::Text<64>,
    /// A short description of the order, shown in the buyer's payment records.
    ///
    /// **Required.** At most 256 characters. Wire name: `orderDescription`.
    pub order_description: ::vault_runtime::Text<256>,
    /// The amount of the order, in the order currency.
    ///
    /// **Required.** Wire name: `orderAmount`.
    pub order_amount: payments::PayAmount,
    /// The discount on the whole order.
    ///
    /// Optional. Wire name: `orderDiscountAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_discount_amount: ::std::option::Option<payments::PayAmount>,
    /// The subtotal of the order.
    ///
    /// Optional. Wire name: `subTotalOrderAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_total_order_amount: ::std::option::Option<payments::PayAmount>,
    /// The secondary merchant that sells to the buyer.
    ///
    /// > **Note**: Specify this parameter if you are an acquirer with secondary merchants.
    ///
    /// Optional. Wire name: `merchant`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<Merchant>,
    /// The goods in the order: their IDs, names, prices and quantities.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 100 elements. Wire name: `goods`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods: ::std::option::Option<::vault_runtime::List<Goods, 100>>,
    /// Shipping details: the recipient's name, phone number, email and address, and the carrier.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `shipping`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<Shipping>,
    /// The buyer: ID, name, phone number and email.
    ///
    /// > **Note**: Specify this parameter if you require risk control, or when _paymentMethodType_ is `CARD`. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `buyer`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer: ::std::option::Option<Buyer>,
    /// The environment in which the order is placed.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `env`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub env: ::std::option::Option<payments::Env>,
    /// Further order data for special cases.
    ///
    /// > **Note**: Specify this parameter when you need to pass extended information.
    ///
    /// Optional. Wire name: `extendInfo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<::std::string::String>,
    /// Trip details: the mode of travel, the legs of the trip and the passengers.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `transit`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit: ::std::option::Option<Transit>,
    /// The lodging purchased: hotel name and address, check-in and check-out dates, rooms, nights and guest names.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `lodging`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lodging: ::std::option::Option<Lodging>,
    /// The game top-up purchased: game name, and the topped-up user's name or ID, email and phone number.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `gaming`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gaming: ::std::option::Option<Gaming>,
    /// Whether the order must be declared.
    ///
    /// Optional. Wire name: `needDeclaration`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub need_declaration: ::std::option::Option<bool>,
    /// Declaration details of the order.
    ///
    /// Optional. Wire name: `declaration`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub declaration: ::std::option::Option<Declaration>,
    /// The kind of order.
    ///
    /// Optional. Wire name: `orderType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl Order {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: OrderRequired) -> Self {
        Self {
            reference_order_id: required.reference_order_id,
            order_description: required.order_description,
            order_amount: required.order_amount,
            order_discount_amount: ::std::option::Option::None,
            sub_total_order_amount: ::std::option::Option::None,
            merchant: ::std::option::Option::None,
            goods: ::std::option::Option::None,
            shipping: ::std::option::Option::None,
            buyer: ::std::option::Option::None,
            env: ::std::option::Option::None,
            extend_info: ::std::option::Option::None,
            transit: ::std::option::Option::None,
            lodging: ::std::option::Option::None,
            gaming: ::std::option::Option::None,
            need_declaration: ::std::option::Option::None,
            declaration: ::std::option::Option::None,
            order_type: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`Order`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderRequired {
    /// See [`Order::reference_order_id`].
    pub reference_order_id: ::vault_runtime::Text<64>,
    /// See [`Order::order_description`].
    pub order_description: ::vault_runtime::Text<256>,
    /// See [`Order::order_amount`].
    pub order_amount: payments::PayAmount,
}
#[cfg(feature = "payments")]
/// [`Order`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `OrderDraft::default()` and set fields, then convert with `Order::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct OrderDraft {
    /// See [`Order::reference_order_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_order_id: ::std::option::Option<::std::string::String>,
    /// See [`Order::order_description`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_description: ::std::option::Option<::std::string::String>,
    /// See [`Order::order_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Order::order_discount_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_discount_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Order::sub_total_order_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_total_order_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Order::merchant`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant: ::std::option::Option<MerchantDraft>,
    /// See [`Order::goods`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub goods: ::std::option::Option<::std::vec::Vec<GoodsDraft>>,
    /// See [`Order::shipping`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping: ::std::option::Option<ShippingDraft>,
    /// See [`Order::buyer`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub buyer: ::std::option::Option<BuyerDraft>,
    /// See [`Order::env`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub env: ::std::option::Option<payments::EnvDraft>,
    /// See [`Order::extend_info`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<::std::string::String>,
    /// See [`Order::transit`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit: ::std::option::Option<TransitDraft>,
    /// See [`Order::lodging`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lodging: ::std::option::Option<LodgingDraft>,
    /// See [`Order::gaming`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gaming: ::std::option::Option<GamingDraft>,
    /// See [`Order::need_declaration`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub need_declaration: ::std::option::Option<bool>,
    /// See [`Order::declaration`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub declaration: ::std::option::Option<DeclarationDraft>,
    /// See [`Order::order_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_type: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Order {
    type Draft = OrderDraft;
    fn from_draft(
        draft: OrderDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let reference_order_id = validator
            .required("referenceOrderId", draft.reference_order_id);
        let order_description = validator
            .required("orderDescription", draft.order_description);
        let order_amount = validator.required("orderAmount", draft.order_amount);
        let order_discount_amount = validator
            .optional("orderDiscountAmount", draft.order_discount_amount);
        let sub_total_order_amount = validator
            .optional("subTotalOrderAmount", draft.sub_total_order_amount);
        let merchant = validator.optional("merchant", draft.merchant);
        let goods = validator.optional("goods", draft.goods);
        let shipping = validator.optional("shipping", draft.shipping);
        let buyer = validator.optional("buyer", draft.buyer);
        let env = validator.optional("env", draft.env);
        let extend_info = validator.optional("extendInfo", draft.extend_info);
        let transit = validator.optional("transit", draft.transit);
        let lodging = validator.optional("lodging", draft.lodging);
        let gaming = validator.optional("gaming", draft.gaming);
        let need_declaration = validator
            .optional("needDeclaration", draft.need_declaration);
        let declaration = validator.optional("declaration", draft.declaration);
        let order_type = validator.optional("orderType", draft.order_type);
        ::std::option::Option::Some(Self {
            reference_order_id: reference_order_id?,
            order_description: order_description?,
            order_amount: order_amount?,
            order_discount_amount: order_discount_amount?,
            sub_total_order_amount: sub_total_order_amount?,
            merchant: merchant?,
            goods: goods?,
            shipping: shipping?,
            buyer: buyer?,
            env: env?,
            extend_info: extend_info?,
            transit: transit?,
            lodging: lodging?,
            gaming: gaming?,
            need_declaration: need_declaration?,
            declaration: declaration?,
            order_type: order_type?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<OrderDraft> for Order {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: OrderDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Passenger` object.
///
/// A passenger of a trip.
///
/// Build it with [`Passenger::new`] and set fields directly; or check plain values with `Passenger::try_from(PassengerDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Passenger {
    /// The name of the passenger.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `passengerName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_name: ::std::option::Option<payments::CaptureUserName>,
    /// The email address of the passenger.
    ///
    /// Optional. At most 64 characters. Wire name: `passengerEmail`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_email: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The mobile phone number of the passenger.
    ///
    /// Optional. At most 32 characters. Wire name: `passengerPhoneNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_phone_no: ::std::option::Option<::vault_runtime::Text<32>>,
    /// The number of the passenger's identity document.
    ///
    /// Optional. Wire name: `passengerId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_id: ::std::option::Option<::std::string::String>,
    /// The kind of the passenger's identity document.
    ///
    /// Optional. Wire name: `passengerIdType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_id_type: ::std::option::Option<PassengerIdType>,
    /// A code or reference number of the passenger.
    ///
    /// Optional. Wire name: `passengerCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl Passenger {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            passenger_name: ::std::option::Option::None,
            passenger_email: ::std::option::Option::None,
            passenger_phone_no: ::std::option::Option::None,
            passenger_id: ::std::option::Option::None,
            passenger_id_type: ::std::option::Option::None,
            passenger_code: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Passenger {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Passenger`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `PassengerDraft::default()` and set fields, then convert with `Passenger::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PassengerDraft {
    /// See [`Passenger::passenger_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_name: ::std::option::Option<payments::CaptureUserNameDraft>,
    /// See [`Passenger::passenger_email`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_email: ::std::option::Option<::std::string::String>,
    /// See [`Passenger::passenger_phone_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_phone_no: ::std::option::Option<::std::string::String>,
    /// See [`Passenger::passenger_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_id: ::std::option::Option<::std::string::String>,
    /// See [`Passenger::passenger_id_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_id_type: ::std::option::Option<::std::string::String>,
    /// See [`Passenger::passenger_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passenger_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Passenger {
    type Draft = PassengerDraft;
    fn from_draft(
        draft: PassengerDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let passenger_name = validator.optional("passengerName", draft.passenger_name);
        let passenger_email = validator
            .optional("passengerEmail", draft.passenger_email);
        let passenger_phone_no = validator
            .optional("passengerPhoneNo", draft.passenger_phone_no);
        let passenger_id = validator.optional("passengerId", draft.passenger_id);
        let passenger_id_type = validator
            .optional("passengerIdType", draft.passenger_id_type);
        let passenger_code = validator.optional("passengerCode", draft.passenger_code);
        ::std::option::Option::Some(Self {
            passenger_name: passenger_name?,
            passenger_email: passenger_email?,
            passenger_phone_no: passenger_phone_no?,
            passenger_id: passenger_id?,
            passenger_id_type: passenger_id_type?,
            passenger_code: passenger_code?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<PassengerDraft> for Passenger {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: PassengerDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `PaymentFactor` object.
///
/// Factors of the payment that describe its scenario.
///
/// > **Note**: Specify this parameter when the value of _paymentMethodType_ is `CARD`, `APPLEPAY`, `GOOGLEPAY` or `ONLINEBANKING_YAPILY`.
///
/// Build it with [`PaymentFactor::new`] and set fields directly; or check plain values with `PaymentFactor::try_from(PaymentFactorDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentFactor {
    /// Whether the request is a payment evaluation.
    ///
    /// Optional. Wire name: `isPaymentEvaluation`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_payment_evaluation: ::std::option::Option<bool>,
    /// The in-store payment scenario.
    ///
    /// Optional. Wire name: `inStorePaymentScenario`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub in_store_payment_scenario: ::std::option::Option<InStorePaymentScenario>,
    /// How payment methods are presented to the buyer.
    ///
    /// Optional. Wire name: `presentmentMode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub presentment_mode: ::std::option::Option<PresentmentMode>,
    /// Whether the payment is an authorization, in which the funds are held on the payment-method side until you capture them.
    ///
    /// > **Note**: Specify this parameter when the value of _paymentMethodType_ is `CARD`.
    ///
    /// Optional. Wire name: `isAuthorization`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_authorization: ::std::option::Option<bool>,
    /// How the funds are captured once the buyer has authorized the payment.
    ///
    /// > **Note**: Specify this parameter if you want to choose the capture mode of the payment.
    ///
    /// Optional. Wire name: `captureMode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capture_mode: ::std::option::Option<CaptureMode>,
}
#[cfg(feature = "payments")]
impl PaymentFactor {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            is_payment_evaluation: ::std::option::Option::None,
            in_store_payment_scenario: ::std::option::Option::None,
            presentment_mode: ::std::option::Option::None,
            is_authorization: ::std::option::Option::None,
            capture_mode: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for PaymentFactor {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`PaymentFactor`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `PaymentFactorDraft::default()` and set fields, then convert with `PaymentFactor::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentFactorDraft {
    /// See [`PaymentFactor::is_payment_evaluation`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_payment_evaluation: ::std::option::Option<bool>,
    /// See [`PaymentFactor::in_store_payment_scenario`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub in_store_payment_scenario: ::std::option::Option<::std::string::String>,
    /// See [`PaymentFactor::presentment_mode`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub presentment_mode: ::std::option::Option<::std::string::String>,
    /// See [`PaymentFactor::is_authorization`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub is_authorization: ::std::option::Option<bool>,
    /// See [`PaymentFactor::capture_mode`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capture_mode: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for PaymentFactor {
    type Draft = PaymentFactorDraft;
    fn from_draft(
        draft: PaymentFactorDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let is_payment_evaluation = validator
            .optional("isPaymentEvaluation", draft.is_payment_evaluation);
        let in_store_payment_scenario = validator
            .optional("inStorePaymentScenario", draft.in_store_payment_scenario);
        let presentment_mode = validator
            .optional("presentmentMode", draft.presentment_mode);
        let is_authorization = validator
            .optional("isAuthorization", draft.is_authorization);
        let capture_mode = validator.optional("captureMode", draft.capture_mode);
        ::std::option::Option::Some(Self {
            is_payment_evaluation: is_payment_evaluation?,
            in_store_payment_scenario: in_store_payment_scenario?,
            presentment_mode: presentment_mode?,
            is_authorization: is_authorization?,
            capture_mode: capture_mode?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<PaymentFactorDraft> for PaymentFactor {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: PaymentFactorDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `PaymentMethod` object.
///
/// The payment method used to collect the payment.
///
/// Build it with [`PaymentMethod::new`] from a [`PaymentMethodRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `PaymentMethod::try_from(PaymentMethodDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentMethod {
    /// The type of payment method. Naming one makes Antom return the cashier address of that method. The valid values are listed on the payment methods page.
    ///
    /// **Required.** At most 64 characters. Wire name: `paymentMethodType`.
    pub payment_method_type: ::vault_runtime::Text<64>,
    /// Identifies a stored payment method: the _cardToken_ that Antom returned for the card (for example in **notifyPayment** or **inquiryPayment**).
    ///
    /// > **Note**: Specify this parameter when the value of _paymentMethodType_ is `CARD`.
    ///
    /// Optional. At most 128 characters. Sensitive: redacted in `Debug`. Wire name: `paymentMethodId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_id: ::std::option::Option<
        ::vault_runtime::Secret<::vault_runtime::Text<128>>,
    >,
    /// The kind of funding behind the payment method.
    ///
    /// Optional. Wire name: `funding`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub funding: ::std::option::Option<Funding>,
    /// Extra information that certain payment methods need, as key-value pairs; for a payment with a stored card, for example, the key `isCardOnFile` set to `true`.
    ///
    /// Optional. Wire name: `paymentMethodMetaData`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_meta_data: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::vault_runtime::__private::serde_json::Value,
        >,
    >,
    /// Your identifier of the buyer.
    ///
    /// > **Note**: Specify this parameter if you have the information. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `customerId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_id: ::std::option::Option<::std::string::String>,
    /// Further payment-method data for special cases.
    ///
    /// > **Note**: Specify this parameter when you need to pass extended information.
    ///
    /// Optional. At most 2048 characters. Wire name: `extendInfo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<::vault_runtime::Text<2048>>,
    /// Whether a Korean card payment must be authenticated by the issuing bank.
    ///
    /// > **Note**: Specify this parameter when _paymentMethodType_ is `CARD`, _paymentMethodRegion_ is `KR` and the Korean card payment needs issuer authentication.
    ///
    /// Optional. Wire name: `requireIssuerAuthentication`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub require_issuer_authentication: ::std::option::Option<bool>,
}
#[cfg(feature = "payments")]
impl PaymentMethod {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: PaymentMethodRequired) -> Self {
        Self {
            payment_method_type: required.payment_method_type,
            payment_method_id: ::std::option::Option::None,
            funding: ::std::option::Option::None,
            payment_method_meta_data: ::std::option::Option::None,
            customer_id: ::std::option::Option::None,
            extend_info: ::std::option::Option::None,
            require_issuer_authentication: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`PaymentMethod`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentMethodRequired {
    /// See [`PaymentMethod::payment_method_type`].
    pub payment_method_type: ::vault_runtime::Text<64>,
}
#[cfg(feature = "payments")]
/// [`PaymentMethod`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `PaymentMethodDraft::default()` and set fields, then convert with `PaymentMethod::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentMethodDraft {
    /// See [`PaymentMethod::payment_method_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_type: ::std::option::Option<::std::string::String>,
    /// See [`PaymentMethod::payment_method_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_id: ::std::option::Option<
        ::vault_runtime::Secret<::std::string::String>,
    >,
    /// See [`PaymentMethod::funding`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub funding: ::std::option::Option<::std::string::String>,
    /// See [`PaymentMethod::payment_method_meta_data`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_meta_data: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::vault_runtime::__private::serde_json::Value,
        >,
    >,
    /// See [`PaymentMethod::customer_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_id: ::std::option::Option<::std::string::String>,
    /// See [`PaymentMethod::extend_info`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<::std::string::String>,
    /// See [`PaymentMethod::require_issuer_authentication`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub require_issuer_authentication: ::std::option::Option<bool>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for PaymentMethod {
    type Draft = PaymentMethodDraft;
    fn from_draft(
        draft: PaymentMethodDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let payment_method_type = validator
            .required("paymentMethodType", draft.payment_method_type);
        let payment_method_id = validator
            .optional("paymentMethodId", draft.payment_method_id);
        let funding = validator.optional("funding", draft.funding);
        let payment_method_meta_data = validator
            .optional("paymentMethodMetaData", draft.payment_method_meta_data);
        let customer_id = validator.optional("customerId", draft.customer_id);
        let extend_info = validator.optional("extendInfo", draft.extend_info);
        let require_issuer_authentication = validator
            .optional(
                "requireIssuerAuthentication",
                draft.require_issuer_authentication,
            );
        ::std::option::Option::Some(Self {
            payment_method_type: payment_method_type?,
            payment_method_id: payment_method_id?,
            funding: funding?,
            payment_method_meta_data: payment_method_meta_data?,
            customer_id: customer_id?,
            extend_info: extend_info?,
            require_issuer_authentication: require_issuer_authentication?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<PaymentMethodDraft> for PaymentMethod {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: PaymentMethodDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "vaulting")]
/// The `PaymentMethodDetail` object.
///
/// The payment method to vault.
///
/// Build it with [`PaymentMethodDetail::new`] from a [`PaymentMethodDetailRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `PaymentMethodDetail::try_from(PaymentMethodDetailDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentMethodDetail {
    /// The kind of payment method; `CARD` to vault a card.
    ///
    /// **Required.** At most 64 characters. Wire name: `paymentMethodType`.
    pub payment_method_type: ::vault_runtime::Text<64>,
    /// The card to vault; required when _paymentMethodType_ is `CARD`.
    ///
    /// Optional. Wire name: `card`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<CardPaymentMethodDetail>,
}
#[cfg(feature = "vaulting")]
impl PaymentMethodDetail {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: PaymentMethodDetailRequired) -> Self {
        Self {
            payment_method_type: required.payment_method_type,
            card: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "vaulting")]
/// The required fields of [`PaymentMethodDetail`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentMethodDetailRequired {
    /// See [`PaymentMethodDetail::payment_method_type`].
    pub payment_method_type: ::vault_runtime::Text<64>,
}
#[cfg(feature = "vaulting")]
/// [`PaymentMethodDetail`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `PaymentMethodDetailDraft::default()` and set fields, then convert with `PaymentMethodDetail::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentMethodDetailDraft {
    /// See [`PaymentMethodDetail::payment_method_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_method_type: ::std::option::Option<::std::string::String>,
    /// See [`PaymentMethodDetail::card`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card: ::std::option::Option<CardPaymentMethodDetailDraft>,
}
#[cfg(feature = "vaulting")]
impl ::vault_runtime::FromDraft for PaymentMethodDetail {
    type Draft = PaymentMethodDetailDraft;
    fn from_draft(
        draft: PaymentMethodDetailDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let payment_method_type = validator
            .required("paymentMethodType", draft.payment_method_type);
        let card = validator.optional("card", draft.card);
        ::std::option::Option::Some(Self {
            payment_method_type: payment_method_type?,
            card: card?,
        })
    }
}
#[cfg(feature = "vaulting")]
impl ::std::convert::TryFrom<PaymentMethodDetailDraft> for PaymentMethodDetail {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: PaymentMethodDetailDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `PaymentVerificationData` object.
///
/// Data for verifying the payment.
///
/// Build it with [`PaymentVerificationData::new`] and set fields directly; or check plain values with `PaymentVerificationData::try_from(PaymentVerificationDataDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentVerificationData {
    /// The identifier of the verification request.
    ///
    /// Optional. Wire name: `verifyRequestId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub verify_request_id: ::std::option::Option<::std::string::String>,
    /// The authentication code.
    ///
    /// Optional. Wire name: `authenticationCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl PaymentVerificationData {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            verify_request_id: ::std::option::Option::None,
            authentication_code: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for PaymentVerificationData {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`PaymentVerificationData`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `PaymentVerificationDataDraft::default()` and set fields, then convert with `PaymentVerificationData::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentVerificationDataDraft {
    /// See [`PaymentVerificationData::verify_request_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub verify_request_id: ::std::option::Option<::std::string::String>,
    /// See [`PaymentVerificationData::authentication_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for PaymentVerificationData {
    type Draft = PaymentVerificationDataDraft;
    fn from_draft(
        draft: PaymentVerificationDataDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let verify_request_id = validator
            .optional("verifyRequestId", draft.verify_request_id);
        let authentication_code = validator
            .optional("authenticationCode", draft.authentication_code);
        ::std::option::Option::Some(Self {
            verify_request_id: verify_request_id?,
            authentication_code: authentication_code?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<PaymentVerificationDataDraft> for PaymentVerificationData {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: PaymentVerificationDataDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `PeriodRule` object.
///
/// The billing period of the subscription.
///
/// Build it with [`PeriodRule::new`] from a [`PeriodRuleRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `PeriodRule::try_from(PeriodRuleDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PeriodRule {
    /// The unit of the subscription period.
    ///
    /// **Required.** At most 20 characters. Wire name: `periodType`.
    pub period_type: ::vault_runtime::Text<20>,
    /// The number of periods.
    ///
    /// Optional. Wire name: `period`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub period: ::std::option::Option<i64>,
    /// The amount charged for each period.
    ///
    /// Optional. Wire name: `price`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub price: ::std::option::Option<payments::PayAmount>,
    /// How many period units one subscription period spans; with _periodType_ `MONTH` and _periodCount_ `2`, one period lasts two months.
    ///
    /// **Required.** At least 1. Wire name: `periodCount`.
    pub period_count: ::vault_runtime::Int<1, { i64::MAX }>,
}
#[cfg(feature = "payments")]
impl PeriodRule {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: PeriodRuleRequired) -> Self {
        Self {
            period_type: required.period_type,
            period: ::std::option::Option::None,
            price: ::std::option::Option::None,
            period_count: required.period_count,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`PeriodRule`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodRuleRequired {
    /// See [`PeriodRule::period_type`].
    pub period_type: ::vault_runtime::Text<20>,
    /// See [`PeriodRule::period_count`].
    pub period_count: ::vault_runtime::Int<1, { i64::MAX }>,
}
#[cfg(feature = "payments")]
/// [`PeriodRule`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `PeriodRuleDraft::default()` and set fields, then convert with `PeriodRule::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct PeriodRuleDraft {
    /// See [`PeriodRule::period_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub period_type: ::std::option::Option<::std::string::String>,
    /// See [`PeriodRule::period`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub period: ::std::option::Option<i64>,
    /// See [`PeriodRule::price`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub price: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`PeriodRule::period_count`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub period_count: ::std::option::Option<i64>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for PeriodRule {
    type Draft = PeriodRuleDraft;
    fn from_draft(
        draft: PeriodRuleDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let period_type = validator.required("periodType", draft.period_type);
        let period = validator.optional("period", draft.period);
        let price = validator.optional("price", draft.price);
        let period_count = validator.required("periodCount", draft.period_count);
        ::std::option::Option::Some(Self {
            period_type: period_type?,
            period: period?,
            price: price?,
            period_count: period_count?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<PeriodRuleDraft> for PeriodRule {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: PeriodRuleDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Quote` object.
///
/// The exchange rate between the payment currency and the currency the buyer actually pays in.
///
/// Build it with [`Quote::new`] from a [`QuoteRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Quote::try_from(QuoteDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Quote {
    /// The identifier Antom gives this exchange rate.
    ///
    /// Optional. At most 64 characters. Wire name: `quoteId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_id: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The two currencies the rate converts between, as ISO 4217 codes separated by a slash (for example `USD/SGD`).
    ///
    /// **Required.** At most 16 characters. Wire name: `quoteCurrencyPair`.
    pub quote_currency_pair: ::vault_runtime::Text<16>,
    /// The exchange rate applied when converting between the two currencies.
    ///
    /// **Required.** A decimal number, sent as a string. At least 1. Wire name: `quotePrice`.
    pub quote_price: ::vault_runtime::Decimal<1, { i64::MAX }>,
    /// When the rate starts to apply.
    ///
    /// Optional. Wire name: `quoteStartTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub quote_start_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// When the rate stops applying.
    ///
    /// Optional. Wire name: `quoteExpiryTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub quote_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// Whether the rate is guaranteed for the payment.
    ///
    /// Optional. Wire name: `guaranteed`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub guaranteed: ::std::option::Option<bool>,
    /// An amount converted at this exchange rate.
    ///
    /// Optional. Wire name: `exchangeAmount`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exchange_amount: ::std::option::Option<payments::PayAmount>,
}
#[cfg(feature = "payments")]
impl Quote {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: QuoteRequired) -> Self {
        Self {
            quote_id: ::std::option::Option::None,
            quote_currency_pair: required.quote_currency_pair,
            quote_price: required.quote_price,
            quote_start_time: ::std::option::Option::None,
            quote_expiry_time: ::std::option::Option::None,
            guaranteed: ::std::option::Option::None,
            exchange_amount: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`Quote`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRequired {
    /// See [`Quote::quote_currency_pair`].
    pub quote_currency_pair: ::vault_runtime::Text<16>,
    /// See [`Quote::quote_price`].
    pub quote_price: ::vault_runtime::Decimal<1, { i64::MAX }>,
}
#[cfg(feature = "payments")]
/// [`Quote`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `QuoteDraft::default()` and set fields, then convert with `Quote::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct QuoteDraft {
    /// See [`Quote::quote_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_id: ::std::option::Option<::std::string::String>,
    /// See [`Quote::quote_currency_pair`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_currency_pair: ::std::option::Option<::std::string::String>,
    /// See [`Quote::quote_price`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_price: ::std::option::Option<::std::string::String>,
    /// See [`Quote::quote_start_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_start_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Quote::quote_expiry_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`Quote::guaranteed`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub guaranteed: ::std::option::Option<bool>,
    /// See [`Quote::exchange_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exchange_amount: ::std::option::Option<payments::PayAmountDraft>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Quote {
    type Draft = QuoteDraft;
    fn from_draft(
        draft: QuoteDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let quote_id = validator.optional("quoteId", draft.quote_id);
        let quote_currency_pair = validator
            .required("quoteCurrencyPair", draft.quote_currency_pair);
        let quote_price = validator.required("quotePrice", draft.quote_price);
        let quote_start_time = validator
            .optional("quoteStartTime", draft.quote_start_time);
        let quote_expiry_time = validator
            .optional("quoteExpiryTime", draft.quote_expiry_time);
        let guaranteed = validator.optional("guaranteed", draft.guaranteed);
        let exchange_amount = validator
            .optional("exchangeAmount", draft.exchange_amount);
        ::std::option::Option::Some(Self {
            quote_id: quote_id?,
            quote_currency_pair: quote_currency_pair?,
            quote_price: quote_price?,
            quote_start_time: quote_start_time?,
            quote_expiry_time: quote_expiry_time?,
            guaranteed: guaranteed?,
            exchange_amount: exchange_amount?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<QuoteDraft> for Quote {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: QuoteDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `RefundDetail` object.
///
/// How the refund is split between the parties that fund it.
///
/// Build it with [`RefundDetail::new`] from a [`RefundDetailRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `RefundDetail::try_from(RefundDetailDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct RefundDetail {
    /// The amount you want to refund.
    ///
    /// **Required.** Wire name: `refundAmount`.
    pub refund_amount: payments::PayAmount,
    /// The party that funds this part of the refund.
    ///
    /// **Required.** Wire name: `refundFrom`.
    pub refund_from: RefundFrom,
}
#[cfg(feature = "payments")]
impl RefundDetail {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: RefundDetailRequired) -> Self {
        Self {
            refund_amount: required.refund_amount,
            refund_from: required.refund_from,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`RefundDetail`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundDetailRequired {
    /// See [`RefundDetail::refund_amount`].
    pub refund_amount: payments::PayAmount,
    /// See [`RefundDetail::refund_from`].
    pub refund_from: RefundFrom,
}
#[cfg(feature = "payments")]
/// [`RefundDetail`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `RefundDetailDraft::default()` and set fields, then convert with `RefundDetail::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct RefundDetailDraft {
    /// See [`RefundDetail::refund_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refund_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`RefundDetail::refund_from`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refund_from: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for RefundDetail {
    type Draft = RefundDetailDraft;
    fn from_draft(
        draft: RefundDetailDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let refund_amount = validator.required("refundAmount", draft.refund_amount);
        let refund_from = validator.required("refundFrom", draft.refund_from);
        ::std::option::Option::Some(Self {
            refund_amount: refund_amount?,
            refund_from: refund_from?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<RefundDetailDraft> for RefundDetail {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: RefundDetailDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `RefundToBankInfo` object.
///
/// The bank account to which the refund is paid.
///
/// Build it with [`RefundToBankInfo::new`] and set fields directly; or check plain values with `RefundToBankInfo::try_from(RefundToBankInfoDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct RefundToBankInfo {
    /// The code of the bank.
    ///
    /// Optional. Wire name: `bankCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    /// The name of the account holder.
    ///
    /// Optional. Wire name: `accountHolderName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_holder_name: ::std::option::Option<payments::RefundUserName>,
    /// The account number behind the payment method.
    ///
    /// Optional. Wire name: `accountNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_no: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl RefundToBankInfo {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            bank_code: ::std::option::Option::None,
            account_holder_name: ::std::option::Option::None,
            account_no: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for RefundToBankInfo {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`RefundToBankInfo`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `RefundToBankInfoDraft::default()` and set fields, then convert with `RefundToBankInfo::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct RefundToBankInfoDraft {
    /// See [`RefundToBankInfo::bank_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
    /// See [`RefundToBankInfo::account_holder_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_holder_name: ::std::option::Option<payments::RefundUserNameDraft>,
    /// See [`RefundToBankInfo::account_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_no: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for RefundToBankInfo {
    type Draft = RefundToBankInfoDraft;
    fn from_draft(
        draft: RefundToBankInfoDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let bank_code = validator.optional("bankCode", draft.bank_code);
        let account_holder_name = validator
            .optional("accountHolderName", draft.account_holder_name);
        let account_no = validator.optional("accountNo", draft.account_no);
        ::std::option::Option::Some(Self {
            bank_code: bank_code?,
            account_holder_name: account_holder_name?,
            account_no: account_no?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<RefundToBankInfoDraft> for RefundToBankInfo {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: RefundToBankInfoDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Service` object.
///
/// One extra service bought with a trip.
///
/// Build it with [`Service::new`] and set fields directly; or check plain values with `Service::try_from(ServiceDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Service {
    /// The category code of the service.
    ///
    /// Optional. Wire name: `categoryCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub category_code: ::std::option::Option<::std::string::String>,
    /// The sub-category code of the service.
    ///
    /// Optional. Wire name: `subCategoryCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_category_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl Service {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            category_code: ::std::option::Option::None,
            sub_category_code: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Service {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Service`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `ServiceDraft::default()` and set fields, then convert with `Service::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct ServiceDraft {
    /// See [`Service::category_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub category_code: ::std::option::Option<::std::string::String>,
    /// See [`Service::sub_category_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_category_code: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Service {
    type Draft = ServiceDraft;
    fn from_draft(
        draft: ServiceDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let category_code = validator.optional("categoryCode", draft.category_code);
        let sub_category_code = validator
            .optional("subCategoryCode", draft.sub_category_code);
        ::std::option::Option::Some(Self {
            category_code: category_code?,
            sub_category_code: sub_category_code?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<ServiceDraft> for Service {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: ServiceDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `SettlementStrategy` object.
///
/// How the payment is settled to you.
///
/// Build it with [`SettlementStrategy::new`] from a [`SettlementStrategyRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `SettlementStrategy::try_from(SettlementStrategyDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct SettlementStrategy {
    /// The ISO currency code of the currency in which you want to be settled. Required when your contract covers settlement in more than one currency.
    ///
    /// **Required.** At most 3 characters. Wire name: `settlementCurrency`.
    pub settlement_currency: ::vault_runtime::Text<3>,
}
#[cfg(feature = "payments")]
impl SettlementStrategy {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: SettlementStrategyRequired) -> Self {
        Self {
            settlement_currency: required.settlement_currency,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`SettlementStrategy`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettlementStrategyRequired {
    /// See [`SettlementStrategy::settlement_currency`].
    pub settlement_currency: ::vault_runtime::Text<3>,
}
#[cfg(feature = "payments")]
/// [`SettlementStrategy`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `SettlementStrategyDraft::default()` and set fields, then convert with `SettlementStrategy::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct SettlementStrategyDraft {
    /// See [`SettlementStrategy::settlement_currency`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement_currency: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for SettlementStrategy {
    type Draft = SettlementStrategyDraft;
    fn from_draft(
        draft: SettlementStrategyDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let settlement_currency = validator
            .required("settlementCurrency", draft.settlement_currency);
        ::std::option::Option::Some(Self {
            settlement_currency: settlement_currency?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<SettlementStrategyDraft> for SettlementStrategy {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: SettlementStrategyDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Shipping` object.
///
/// Shipping details: the recipient's name, phone number, email and address, and the carrier.
///
/// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
///
/// Build it with [`Shipping::new`] and set fields directly; or check plain values with `Shipping::try_from(ShippingDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Shipping {
    /// The name of the recipient.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. Wire name: `shippingName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_name: ::std::option::Option<payments::CaptureUserName>,
    /// The address the goods are shipped to.
    ///
    /// > **Note**: Specify this parameter when _paymentMethodType_ is `PAGALEVE`, or if you require risk control.
    ///
    /// Optional. Wire name: `shippingAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_address: ::std::option::Option<payments::Address>,
    /// The company that delivers physical goods, such as FedEx, UPS or USPS.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 128 characters. Wire name: `shippingCarrier`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_carrier: ::std::option::Option<::vault_runtime::Text<128>>,
    /// The phone number of the recipient, extension included.
    ///
    /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
    ///
    /// Optional. At most 16 characters. Wire name: `shippingPhoneNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_phone_no: ::std::option::Option<::vault_runtime::Text<16>>,
    /// The email address to which virtual goods are sent.
    ///
    /// > **Note**: Specify this parameter if you require risk control, or if you sell digital or entertainment goods. It helps to detect fraud and identity theft.
    ///
    /// Optional. At most 64 characters. Wire name: `shipToEmail`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ship_to_email: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The identifier of the shipping fee, which names the shipping option.
    ///
    /// Optional. At most 64 characters. Wire name: `shippingFeeId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_fee_id: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The shipping fee.
    ///
    /// Optional. Wire name: `shippingFee`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_fee: ::std::option::Option<payments::PayAmount>,
    /// More about the delivery service, such as the delivery time and the logistics company.
    ///
    /// Optional. At most 64 characters. Wire name: `shippingDescription`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_description: ::std::option::Option<::vault_runtime::Text<64>>,
    /// The estimated range of the delivery time.
    ///
    /// Optional. Wire name: `deliveryEstimate`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_estimate: ::std::option::Option<DeliveryEstimate>,
    /// The shipping number.
    ///
    /// Optional. Wire name: `shippingNumber`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_number: ::std::option::Option<::std::string::String>,
    /// Notes about the shipping.
    ///
    /// Optional. Wire name: `notes`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl Shipping {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            shipping_name: ::std::option::Option::None,
            shipping_address: ::std::option::Option::None,
            shipping_carrier: ::std::option::Option::None,
            shipping_phone_no: ::std::option::Option::None,
            ship_to_email: ::std::option::Option::None,
            shipping_fee_id: ::std::option::Option::None,
            shipping_fee: ::std::option::Option::None,
            shipping_description: ::std::option::Option::None,
            delivery_estimate: ::std::option::Option::None,
            shipping_number: ::std::option::Option::None,
            notes: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Shipping {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Shipping`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `ShippingDraft::default()` and set fields, then convert with `Shipping::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct ShippingDraft {
    /// See [`Shipping::shipping_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_name: ::std::option::Option<payments::CaptureUserNameDraft>,
    /// See [`Shipping::shipping_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_address: ::std::option::Option<payments::AddressDraft>,
    /// See [`Shipping::shipping_carrier`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_carrier: ::std::option::Option<::std::string::String>,
    /// See [`Shipping::shipping_phone_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_phone_no: ::std::option::Option<::std::string::String>,
    /// See [`Shipping::ship_to_email`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ship_to_email: ::std::option::Option<::std::string::String>,
    /// See [`Shipping::shipping_fee_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_fee_id: ::std::option::Option<::std::string::String>,
    /// See [`Shipping::shipping_fee`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_fee: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Shipping::shipping_description`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_description: ::std::option::Option<::std::string::String>,
    /// See [`Shipping::delivery_estimate`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_estimate: ::std::option::Option<DeliveryEstimateDraft>,
    /// See [`Shipping::shipping_number`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shipping_number: ::std::option::Option<::std::string::String>,
    /// See [`Shipping::notes`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Shipping {
    type Draft = ShippingDraft;
    fn from_draft(
        draft: ShippingDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let shipping_name = validator.optional("shippingName", draft.shipping_name);
        let shipping_address = validator
            .optional("shippingAddress", draft.shipping_address);
        let shipping_carrier = validator
            .optional("shippingCarrier", draft.shipping_carrier);
        let shipping_phone_no = validator
            .optional("shippingPhoneNo", draft.shipping_phone_no);
        let ship_to_email = validator.optional("shipToEmail", draft.ship_to_email);
        let shipping_fee_id = validator.optional("shippingFeeId", draft.shipping_fee_id);
        let shipping_fee = validator.optional("shippingFee", draft.shipping_fee);
        let shipping_description = validator
            .optional("shippingDescription", draft.shipping_description);
        let delivery_estimate = validator
            .optional("deliveryEstimate", draft.delivery_estimate);
        let shipping_number = validator
            .optional("shippingNumber", draft.shipping_number);
        let notes = validator.optional("notes", draft.notes);
        ::std::option::Option::Some(Self {
            shipping_name: shipping_name?,
            shipping_address: shipping_address?,
            shipping_carrier: shipping_carrier?,
            shipping_phone_no: shipping_phone_no?,
            ship_to_email: ship_to_email?,
            shipping_fee_id: shipping_fee_id?,
            shipping_fee: shipping_fee?,
            shipping_description: shipping_description?,
            delivery_estimate: delivery_estimate?,
            shipping_number: shipping_number?,
            notes: notes?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<ShippingDraft> for Shipping {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: ShippingDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Store` object.
///
/// The store where the order is placed.
///
/// Build it with [`Store::new`] and set fields directly; or check plain values with `Store::try_from(StoreDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Store {
    /// Your identifier of the store.
    ///
    /// Optional. Wire name: `referenceStoreId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_store_id: ::std::option::Option<::std::string::String>,
    /// The name of the store.
    ///
    /// Optional. Wire name: `storeName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_name: ::std::option::Option<::std::string::String>,
    /// The merchant category code of the store.
    ///
    /// Optional. Wire name: `storeMCC`.
    #[serde(
        rename = "storeMCC",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub store_mcc: ::std::option::Option<::std::string::String>,
    /// The store name to show to the buyer.
    ///
    /// Optional. Wire name: `storeDisplayName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_display_name: ::std::option::Option<::std::string::String>,
    /// The identifier of the terminal in the store.
    ///
    /// Optional. Wire name: `storeTerminalId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_terminal_id: ::std::option::Option<::std::string::String>,
    /// The identifier of the store operator.
    ///
    /// Optional. Wire name: `storeOperatorId`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_operator_id: ::std::option::Option<::std::string::String>,
    /// The address of the store.
    ///
    /// Optional. Wire name: `storeAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_address: ::std::option::Option<payments::Address>,
    /// The phone number of the store.
    ///
    /// Optional. Wire name: `storePhoneNo`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_phone_no: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl Store {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            reference_store_id: ::std::option::Option::None,
            store_name: ::std::option::Option::None,
            store_mcc: ::std::option::Option::None,
            store_display_name: ::std::option::Option::None,
            store_terminal_id: ::std::option::Option::None,
            store_operator_id: ::std::option::Option::None,
            store_address: ::std::option::Option::None,
            store_phone_no: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Store {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Store`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `StoreDraft::default()` and set fields, then convert with `Store::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct StoreDraft {
    /// See [`Store::reference_store_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_store_id: ::std::option::Option<::std::string::String>,
    /// See [`Store::store_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_name: ::std::option::Option<::std::string::String>,
    /// See [`Store::store_mcc`].
    #[serde(
        rename = "storeMCC",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub store_mcc: ::std::option::Option<::std::string::String>,
    /// See [`Store::store_display_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_display_name: ::std::option::Option<::std::string::String>,
    /// See [`Store::store_terminal_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_terminal_id: ::std::option::Option<::std::string::String>,
    /// See [`Store::store_operator_id`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_operator_id: ::std::option::Option<::std::string::String>,
    /// See [`Store::store_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_address: ::std::option::Option<payments::AddressDraft>,
    /// See [`Store::store_phone_no`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub store_phone_no: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Store {
    type Draft = StoreDraft;
    fn from_draft(
        draft: StoreDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let reference_store_id = validator
            .optional("referenceStoreId", draft.reference_store_id);
        let store_name = validator.optional("storeName", draft.store_name);
        let store_mcc = validator.optional("storeMCC", draft.store_mcc);
        let store_display_name = validator
            .optional("storeDisplayName", draft.store_display_name);
        let store_terminal_id = validator
            .optional("storeTerminalId", draft.store_terminal_id);
        let store_operator_id = validator
            .optional("storeOperatorId", draft.store_operator_id);
        let store_address = validator.optional("storeAddress", draft.store_address);
        let store_phone_no = validator.optional("storePhoneNo", draft.store_phone_no);
        ::std::option::Option::Some(Self {
            reference_store_id: reference_store_id?,
            store_name: store_name?,
            store_mcc: store_mcc?,
            store_display_name: store_display_name?,
            store_terminal_id: store_terminal_id?,
            store_operator_id: store_operator_id?,
            store_address: store_address?,
            store_phone_no: store_phone_no?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<StoreDraft> for Store {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: StoreDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `SubscriptionInfo` object.
///
/// Details of the subscription, for recurring payments.
///
/// Build it with [`SubscriptionInfo::new`] from a [`SubscriptionInfoRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `SubscriptionInfo::try_from(SubscriptionInfoDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscriptionInfo {
    /// A description of the subscription plan.
    ///
    /// **Required.** Wire name: `subscriptionDescription`.
    pub subscription_description: ::std::string::String,
    /// When the subscription starts, in ISO 8601 format.
    ///
    /// **Required.** Wire name: `subscriptionStartTime`.
    #[serde(serialize_with = "::vault_runtime::wire::datetime")]
    pub subscription_start_time: ::vault_runtime::DateTime,
    /// When the subscription ends, in ISO 8601 format.
    ///
    /// Optional. Wire name: `subscriptionEndTime`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub subscription_end_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// The billing period of the subscription.
    ///
    /// **Required.** Wire name: `periodRule`.
    pub period_rule: PeriodRule,
    /// The trial periods of the subscription.
    ///
    /// Optional. Wire name: `trials`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trials: ::std::option::Option<::std::vec::Vec<Trial>>,
    /// The address where Antom sends subscription notifications.
    ///
    /// **Required.** An absolute http(s) URL. Wire name: `subscriptionNotifyUrl`.
    pub subscription_notify_url: ::vault_runtime::HttpUrl<{ usize::MAX }>,
    /// When the subscription expires, in ISO 8601 format.
    ///
    /// Optional. Wire name: `subscriptionExpiryTime`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "::vault_runtime::wire::option_datetime"
    )]
    pub subscription_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// Whether a recurring payment that failed for lack of balance may be tried again. Used only for PIX recurring payments.
    ///
    /// Optional. Wire name: `allowRetry`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub allow_retry: ::std::option::Option<bool>,
    /// The lowest amount a later subscription payment may have, for subscriptions whose amount varies. Used only for PIX recurring payments.
    ///
    /// Optional. Wire name: `maxAmountFloor`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_amount_floor: ::std::option::Option<payments::PayAmount>,
}
#[cfg(feature = "payments")]
impl SubscriptionInfo {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: SubscriptionInfoRequired) -> Self {
        Self {
            subscription_description: required.subscription_description,
            subscription_start_time: required.subscription_start_time,
            subscription_end_time: ::std::option::Option::None,
            period_rule: required.period_rule,
            trials: ::std::option::Option::None,
            subscription_notify_url: required.subscription_notify_url,
            subscription_expiry_time: ::std::option::Option::None,
            allow_retry: ::std::option::Option::None,
            max_amount_floor: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`SubscriptionInfo`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionInfoRequired {
    /// See [`SubscriptionInfo::subscription_description`].
    pub subscription_description: ::std::string::String,
    /// See [`SubscriptionInfo::subscription_start_time`].
    pub subscription_start_time: ::vault_runtime::DateTime,
    /// See [`SubscriptionInfo::period_rule`].
    pub period_rule: PeriodRule,
    /// See [`SubscriptionInfo::subscription_notify_url`].
    pub subscription_notify_url: ::vault_runtime::HttpUrl<{ usize::MAX }>,
}
#[cfg(feature = "payments")]
/// [`SubscriptionInfo`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `SubscriptionInfoDraft::default()` and set fields, then convert with `SubscriptionInfo::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct SubscriptionInfoDraft {
    /// See [`SubscriptionInfo::subscription_description`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_description: ::std::option::Option<::std::string::String>,
    /// See [`SubscriptionInfo::subscription_start_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_start_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`SubscriptionInfo::subscription_end_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_end_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`SubscriptionInfo::period_rule`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub period_rule: ::std::option::Option<PeriodRuleDraft>,
    /// See [`SubscriptionInfo::trials`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trials: ::std::option::Option<::std::vec::Vec<TrialDraft>>,
    /// See [`SubscriptionInfo::subscription_notify_url`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_notify_url: ::std::option::Option<::std::string::String>,
    /// See [`SubscriptionInfo::subscription_expiry_time`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
    /// See [`SubscriptionInfo::allow_retry`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_bool"
    )]
    pub allow_retry: ::std::option::Option<bool>,
    /// See [`SubscriptionInfo::max_amount_floor`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_amount_floor: ::std::option::Option<payments::PayAmountDraft>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for SubscriptionInfo {
    type Draft = SubscriptionInfoDraft;
    fn from_draft(
        draft: SubscriptionInfoDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let subscription_description = validator
            .required("subscriptionDescription", draft.subscription_description);
        let subscription_start_time = validator
            .required("subscriptionStartTime", draft.subscription_start_time);
        let subscription_end_time = validator
            .optional("subscriptionEndTime", draft.subscription_end_time);
        let period_rule = validator.required("periodRule", draft.period_rule);
        let trials = validator.optional("trials", draft.trials);
        let subscription_notify_url = validator
            .required("subscriptionNotifyUrl", draft.subscription_notify_url);
        let subscription_expiry_time = validator
            .optional("subscriptionExpiryTime", draft.subscription_expiry_time);
        let allow_retry = validator.optional("allowRetry", draft.allow_retry);
        let max_amount_floor = validator
            .optional("maxAmountFloor", draft.max_amount_floor);
        ::std::option::Option::Some(Self {
            subscription_description: subscription_description?,
            subscription_start_time: subscription_start_time?,
            subscription_end_time: subscription_end_time?,
            period_rule: period_rule?,
            trials: trials?,
            subscription_notify_url: subscription_notify_url?,
            subscription_expiry_time: subscription_expiry_time?,
            allow_retry: allow_retry?,
            max_amount_floor: max_amount_floor?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<SubscriptionInfoDraft> for SubscriptionInfo {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: SubscriptionInfoDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Transit` object.
///
/// Trip details: the mode of travel, the legs of the trip and the passengers.
///
/// Build it with [`Transit::new`] and set fields directly; or check plain values with `Transit::try_from(TransitDraft { .. })`.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Transit {
    /// How the trip is made.
    ///
    /// Optional. Wire name: `transitType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit_type: ::std::option::Option<TransitType>,
    /// The legs of the trip, with departure and arrival times and addresses, carrier name, carrier code and class of service.
    ///
    /// Optional. At most 10 elements. Wire name: `legs`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub legs: ::std::option::Option<::vault_runtime::List<Leg, 10>>,
    /// The passengers of the trip: names, email addresses and phone numbers.
    ///
    /// Optional. At most 100 elements. Wire name: `passengers`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passengers: ::std::option::Option<::vault_runtime::List<Passenger, 100>>,
    /// The code of the travel agent.
    ///
    /// Optional. Wire name: `agentCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_code: ::std::option::Option<::std::string::String>,
    /// The name of the travel agent.
    ///
    /// Optional. Wire name: `agentName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_name: ::std::option::Option<::std::string::String>,
    /// The ticket number.
    ///
    /// Optional. Wire name: `ticketNumber`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket_number: ::std::option::Option<::std::string::String>,
    /// The code of the ticket issuer.
    ///
    /// Optional. Wire name: `ticketIssuerCode`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket_issuer_code: ::std::option::Option<::std::string::String>,
    /// Whether the ticket is restricted.
    ///
    /// Optional. Wire name: `restrictedTicketIndicator`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub restricted_ticket_indicator: ::std::option::Option<::std::string::String>,
    /// Extra services bought with the trip.
    ///
    /// Optional. Wire name: `ancillaryData`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ancillary_data: ::std::option::Option<AncillaryData>,
}
#[cfg(feature = "payments")]
impl Transit {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            transit_type: ::std::option::Option::None,
            legs: ::std::option::Option::None,
            passengers: ::std::option::Option::None,
            agent_code: ::std::option::Option::None,
            agent_name: ::std::option::Option::None,
            ticket_number: ::std::option::Option::None,
            ticket_issuer_code: ::std::option::Option::None,
            restricted_ticket_indicator: ::std::option::Option::None,
            ancillary_data: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
impl ::std::default::Default for Transit {
    fn default() -> Self {
        Self::new()
    }
}
#[cfg(feature = "payments")]
/// [`Transit`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `TransitDraft::default()` and set fields, then convert with `Transit::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransitDraft {
    /// See [`Transit::transit_type`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit_type: ::std::option::Option<::std::string::String>,
    /// See [`Transit::legs`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub legs: ::std::option::Option<::std::vec::Vec<LegDraft>>,
    /// See [`Transit::passengers`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub passengers: ::std::option::Option<::std::vec::Vec<PassengerDraft>>,
    /// See [`Transit::agent_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_code: ::std::option::Option<::std::string::String>,
    /// See [`Transit::agent_name`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_name: ::std::option::Option<::std::string::String>,
    /// See [`Transit::ticket_number`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket_number: ::std::option::Option<::std::string::String>,
    /// See [`Transit::ticket_issuer_code`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ticket_issuer_code: ::std::option::Option<::std::string::String>,
    /// See [`Transit::restricted_ticket_indicator`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub restricted_ticket_indicator: ::std::option::Option<::std::string::String>,
    /// See [`Transit::ancillary_data`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ancillary_data: ::std::option::Option<AncillaryDataDraft>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Transit {
    type Draft = TransitDraft;
    fn from_draft(
        draft: TransitDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let transit_type = validator.optional("transitType", draft.transit_type);
        let legs = validator.optional("legs", draft.legs);
        let passengers = validator.optional("passengers", draft.passengers);
        let agent_code = validator.optional("agentCode", draft.agent_code);
        let agent_name = validator.optional("agentName", draft.agent_name);
        let ticket_number = validator.optional("ticketNumber", draft.ticket_number);
        let ticket_issuer_code = validator
            .optional("ticketIssuerCode", draft.ticket_issuer_code);
        let restricted_ticket_indicator = validator
            .optional("restrictedTicketIndicator", draft.restricted_ticket_indicator);
        let ancillary_data = validator.optional("ancillaryData", draft.ancillary_data);
        ::std::option::Option::Some(Self {
            transit_type: transit_type?,
            legs: legs?,
            passengers: passengers?,
            agent_code: agent_code?,
            agent_name: agent_name?,
            ticket_number: ticket_number?,
            ticket_issuer_code: ticket_issuer_code?,
            restricted_ticket_indicator: restricted_ticket_indicator?,
            ancillary_data: ancillary_data?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<TransitDraft> for Transit {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: TransitDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The `Trial` object.
///
/// The trial periods of the subscription.
///
/// Build it with [`Trial::new`] from a [`TrialRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Trial::try_from(TrialDraft { .. })`, which reports every broken constraint at once.
#[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
#[cfg_attr(
    feature = "simulator",
    derive(::vault_runtime::__private::serde::Deserialize)
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Trial {
    /// The trial period.
    ///
    /// Optional. Wire name: `trialPeriod`.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub trial_period: ::std::option::Option<i64>,
    /// The amount charged per subscription period during the trial.
    ///
    /// **Required.** Wire name: `trialAmount`.
    pub trial_amount: payments::PayAmount,
    /// The subscription period in which the trial starts; `1` when it starts with the first period.
    ///
    /// **Required.** At least 1. Wire name: `trialStartPeriod`.
    pub trial_start_period: ::vault_runtime::Int<1, { i64::MAX }>,
    /// The subscription period in which the trial ends; `3` when it ends with the third period.
    ///
    /// > **Note**: Specify this parameter when the trial ends in a different period than it starts. When you leave it out, it takes the value of _trialStartPeriod_.
    ///
    /// Optional. At least 1. Wire name: `trialEndPeriod`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_end_period: ::std::option::Option<::vault_runtime::Int<1, { i64::MAX }>>,
}
#[cfg(feature = "payments")]
impl Trial {
    /// Builds the value from its required fields; optional fields start unset and
    /// fixed fields hold their value.
    pub fn new(required: TrialRequired) -> Self {
        Self {
            trial_period: ::std::option::Option::None,
            trial_amount: required.trial_amount,
            trial_start_period: required.trial_start_period,
            trial_end_period: ::std::option::Option::None,
        }
    }
}
#[cfg(feature = "payments")]
/// The required fields of [`Trial`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrialRequired {
    /// See [`Trial::trial_amount`].
    pub trial_amount: payments::PayAmount,
    /// See [`Trial::trial_start_period`].
    pub trial_start_period: ::vault_runtime::Int<1, { i64::MAX }>,
}
#[cfg(feature = "payments")]
/// [`Trial`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
///
/// Start from `TrialDraft::default()` and set fields, then convert with `Trial::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
#[derive(
    Debug,
    Clone,
    Default,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct TrialDraft {
    /// See [`Trial::trial_period`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub trial_period: ::std::option::Option<i64>,
    /// See [`Trial::trial_amount`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trial_amount: ::std::option::Option<payments::PayAmountDraft>,
    /// See [`Trial::trial_start_period`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub trial_start_period: ::std::option::Option<i64>,
    /// See [`Trial::trial_end_period`].
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        deserialize_with = "::vault_runtime::wire::option_int"
    )]
    pub trial_end_period: ::std::option::Option<i64>,
}
#[cfg(feature = "payments")]
impl ::vault_runtime::FromDraft for Trial {
    type Draft = TrialDraft;
    fn from_draft(
        draft: TrialDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let trial_period = validator.optional("trialPeriod", draft.trial_period);
        let trial_amount = validator.required("trialAmount", draft.trial_amount);
        let trial_start_period = validator
            .required("trialStartPeriod", draft.trial_start_period);
        let trial_end_period = validator
            .optional("trialEndPeriod", draft.trial_end_period);
        ::std::option::Option::Some(Self {
            trial_period: trial_period?,
            trial_amount: trial_amount?,
            trial_start_period: trial_start_period?,
            trial_end_period: trial_end_period?,
        })
    }
}
#[cfg(feature = "payments")]
impl ::std::convert::TryFrom<TrialDraft> for Trial {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(draft: TrialDraft) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
#[cfg(feature = "payments")]
/// The valid values of `captureMode`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum CaptureMode {
    /// `AUTOMATIC`: Antom captures the funds automatically after the authorization. An empty or missing value means the same.
    Automatic = 1989547780,
    /// `MANUAL`: you capture the funds yourself with the capture (One-time Payments) API.
    Manual = 3441114531,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    CaptureMode { Automatic = "AUTOMATIC", Manual = "MANUAL" }
);
#[cfg(feature = "payments")]
/// The valid values of `classType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum ClassType {
    /// `FIRSTLEVEL`: first class, for example first class on a flight, a luxury seat on a cruise, a business seat or first-class sleeper on a train, or a first-level coach seat.
    Firstlevel = 3879919593,
    /// `SECONDLEVEL`: second class, for example business class on a flight, a business seat on a cruise, a first-class seat or second-class sleeper on a train, or a second-level coach seat.
    Secondlevel = 3681473541,
    /// `THIRDLEVEL`: third class, for example economy or premium economy on a flight, a normal seat on a cruise, a second-class seat or standing place on a train, or a normal coach seat.
    Thirdlevel = 3612239452,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    ClassType { Firstlevel = "FIRSTLEVEL", Secondlevel = "SECONDLEVEL", Thirdlevel =
    "THIRDLEVEL" }
);
#[cfg(feature = "payments")]
/// The valid values of `creditPayFeeType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum CreditPayFeeType {
    /// `PERCENTAGE`: the fee is a percentage of one to three digits, for example `5` for 5% or `100` for 100%.
    Percentage = 577037237,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(CreditPayFeeType { Percentage = "PERCENTAGE" });
#[cfg(feature = "payments")]
/// The valid values of `declarationBizScene`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum DeclarationBizScene {
    /// `AIRLINE`: airline.
    Airline = 196167621,
    /// `HOTEL`: hotel.
    Hotel = 1625245181,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    DeclarationBizScene { Airline = "AIRLINE", Hotel = "HOTEL" }
);
#[cfg(feature = "payments")]
/// The valid values of `deliveryMethodType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum DeliveryMethodType {
    /// `PHYSICAL`: physical delivery.
    Physical = 3966173344,
    /// `DIGITAL`: digital delivery.
    Digital = 1562813211,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    DeliveryMethodType { Physical = "PHYSICAL", Digital = "DIGITAL" }
);
#[cfg(feature = "payments")]
/// The valid values of `funding`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum Funding {
    /// `CREDIT`: a credit card.
    Credit = 3343533700,
    /// `DEBIT`: a debit card.
    Debit = 993280013,
    /// `PREPAID`: a prepaid card.
    Prepaid = 3470378844,
    /// `CHARGE`: a charge card.
    Charge = 1245502257,
    /// `DEFERRED_DEBIT`: a deferred debit card.
    DeferredDebit = 821995367,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    Funding { Credit = "CREDIT", Debit = "DEBIT", Prepaid = "PREPAID", Charge = "CHARGE",
    DeferredDebit = "DEFERRED_DEBIT" }
);
#[cfg(feature = "payments")]
/// The valid values of `inStorePaymentScenario`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum InStorePaymentScenario {
    /// `PaymentCode`: the buyer shows a payment code.
    PaymentCode = 702063224,
    /// `OrderCode`: the merchant shows an order code.
    OrderCode = 3771303030,
    /// `EntryCode`: the merchant shows an entry code.
    EntryCode = 291519882,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    InStorePaymentScenario { PaymentCode = "PaymentCode", OrderCode = "OrderCode",
    EntryCode = "EntryCode" }
);
#[cfg(feature = "payments")]
/// The valid values of `merchantType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum MerchantType {
    /// `INDIVIDUAL`: a person.
    Individual = 1419144454,
    /// `ENTERPRISE`: a company.
    Enterprise = 1801109058,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    MerchantType { Individual = "INDIVIDUAL", Enterprise = "ENTERPRISE" }
);
#[cfg(any(feature = "payments", feature = "vaulting"))]
/// The valid values of `osType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum OsType {
    /// `IOS`: Apple iOS.
    Ios = 63313862,
    /// `ANDROID`: Google Android.
    Android = 1874269580,
}
#[cfg(any(feature = "payments", feature = "vaulting"))]
::vault_runtime::closed_enum!(OsType { Ios = "IOS", Android = "ANDROID" });
#[cfg(feature = "payments")]
/// The valid values of `passengerIdType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum PassengerIdType {
    /// `PASSPORT`: a passport.
    Passport = 2384818019,
    /// `NATIONAL_ID_CARD`: a national identity card.
    NationalIdCard = 1164697020,
    /// `DRIVER_LICENSE`: a driver's licence.
    DriverLicense = 1421782627,
    /// `MILITARY_ID`: a military identity card.
    MilitaryId = 824646566,
    /// `GREEN_CARD`: a permanent resident card.
    GreenCard = 2531224603,
    /// `TRAVEL_DOCUMENT`: a travel document.
    TravelDocument = 1931072655,
    /// `ALIEN_REGISTRATION_CARD`: an alien registration card.
    AlienRegistrationCard = 1075534795,
    /// `BIRTH_CERTIFICATE`: a birth certificate.
    BirthCertificate = 910158546,
    /// `OTHERS`: another kind of document.
    Others = 3253667442,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    PassengerIdType { Passport = "PASSPORT", NationalIdCard = "NATIONAL_ID_CARD",
    DriverLicense = "DRIVER_LICENSE", MilitaryId = "MILITARY_ID", GreenCard =
    "GREEN_CARD", TravelDocument = "TRAVEL_DOCUMENT", AlienRegistrationCard =
    "ALIEN_REGISTRATION_CARD", BirthCertificate = "BIRTH_CERTIFICATE", Others = "OTHERS"
    }
);
#[cfg(feature = "payments")]
/// The valid values of `presentmentMode`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum PresentmentMode {
    /// `BUNDLE`: bundled.
    Bundle = 1319286469,
    /// `TILE`: as tiles.
    Tile = 1992011209,
    /// `UNIFIED`: unified.
    Unified = 1909788877,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    PresentmentMode { Bundle = "BUNDLE", Tile = "TILE", Unified = "UNIFIED" }
);
#[cfg(feature = "payments")]
/// The valid values of `refundFrom`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum RefundFrom {
    /// `SELLER`: the seller.
    Seller = 1641047766,
    /// `MARKETPLACE`: the marketplace.
    Marketplace = 3761250432,
    /// `UNSETTLED_FUNDS`: funds not yet settled.
    UnsettledFunds = 3067898096,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    RefundFrom { Seller = "SELLER", Marketplace = "MARKETPLACE", UnsettledFunds =
    "UNSETTLED_FUNDS" }
);
#[cfg(any(feature = "payments", feature = "vaulting"))]
/// The valid values of `terminalType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum TerminalType {
    /// `WEB`: a browser on a computer.
    Web = 2450838705,
    /// `WAP`: a browser on a mobile device.
    Wap = 2552195967,
    /// `APP`: a mobile app.
    App = 1638320524,
    /// `MINI_APP`: a mini program inside another app.
    MiniApp = 3307212426,
}
#[cfg(any(feature = "payments", feature = "vaulting"))]
::vault_runtime::closed_enum!(
    TerminalType { Web = "WEB", Wap = "WAP", App = "APP", MiniApp = "MINI_APP" }
);
#[cfg(feature = "payments")]
/// The valid values of `transitType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum TransitType {
    /// `FLIGHT`: by plane.
    Flight = 1270017667,
    /// `TRAIN`: by train.
    Train = 596877833,
    /// `CRUISE`: by cruise ship.
    Cruise = 2579135202,
    /// `COACH`: by coach.
    Coach = 3005153201,
}
#[cfg(feature = "payments")]
::vault_runtime::closed_enum!(
    TransitType { Flight = "FLIGHT", Train = "TRAIN", Cruise = "CRUISE", Coach = "COACH"
    }
);
/// The `payments` family: `cancel`, `capture`, `inquiryPayment`, `inquiryRefund`, `pay`, `refund`.
#[cfg(feature = "payments")]
pub mod payments {
    /// Cancels a payment whose result has not come back for a long time. A payment cannot be cancelled once the cancellation period set in your contract has passed.
    ///
    /// Endpoint: `POST /v1/payments/cancel`.
    ///
    /// Call this API with the same _paymentId_ or _paymentRequestId_ that identified the payment in the **pay** API. A cancellation is only accepted within the cancellation period that your contract sets; after that, refund the payment instead.
    ///
    /// Build it with [`CancelRequest::new`] and set fields directly; or check plain values with `CancelRequest::try_from(CancelDraft { .. })`.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CancelRequest {
        /// The identifier Antom gave the original payment when you created it. Give _paymentId_ or _paymentRequestId_; they cannot both be empty. Each _paymentId_ belongs to exactly one _paymentRequestId_.
        ///
        /// Optional. At most 64 characters. Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The identifier you gave the original payment request. Give _paymentRequestId_ or _paymentId_; they cannot both be empty. When you send both, _paymentId_ is used.
        ///
        /// Optional. At most 64 characters. Wire name: `paymentRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// Identifies one of your merchant accounts.
        ///
        /// > **Note**: Specify this parameter when one client ID serves several of your locations.
        ///
        /// Optional. At most 32 characters. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::vault_runtime::Text<32>>,
    }
    impl CancelRequest {
        /// Builds the value with every optional field unset.
        pub fn new() -> Self {
            Self {
                payment_id: ::std::option::Option::None,
                payment_request_id: ::std::option::Option::None,
                merchant_account_id: ::std::option::Option::None,
            }
        }
    }
    impl ::std::default::Default for CancelRequest {
        fn default() -> Self {
            Self::new()
        }
    }
    /// [`CancelRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `CancelDraft::default()` and set fields, then convert with `CancelRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CancelDraft {
        /// See [`CancelRequest::payment_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// See [`CancelRequest::payment_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::std::string::String>,
        /// See [`CancelRequest::merchant_account_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for CancelRequest {
        type Draft = CancelDraft;
        fn from_draft(
            draft: CancelDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let payment_id = validator.optional("paymentId", draft.payment_id);
            let payment_request_id = validator
                .optional("paymentRequestId", draft.payment_request_id);
            let merchant_account_id = validator
                .optional("merchantAccountId", draft.merchant_account_id);
            ::std::option::Option::Some(Self {
                payment_id: payment_id?,
                payment_request_id: payment_request_id?,
                merchant_account_id: merchant_account_id?,
            })
        }
    }
    impl ::std::convert::TryFrom<CancelDraft> for CancelRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: CancelDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `cancel` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`CancelError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CancelResponse {
        /// Whether the call succeeded. A successful call means that the payment has been cancelled.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The identifier Antom gave the payment.
        ///
        /// > **Note**: This field is returned when the cancellation succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// The identifier you gave the payment request.
        ///
        /// > **Note**: This field is returned when the cancellation succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::std::string::String>,
        /// When the cancellation actually completed, that is, the moment the payment became cancelled.
        ///
        /// > **Note**: This field is returned when the cancellation succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. Wire name: `cancelTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cancel_time: ::std::option::Option<::vault_runtime::DateTime>,
    }
    /// A failed `cancel` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The value of _result.resultStatus_ tells you what to do next:
    ///
    /// - `S`: the payment is cancelled.
    /// - `F`: the cancellation failed. Look up _result.resultCode_ in the table below to decide what to do.
    /// - `U`: the outcome of the cancellation is not known. Send the cancellation again with the same request parameters.
    /// - No response at all: send the cancellation again with the same request parameters.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum CancelError {
        /// `ACCESS_DENIED` (status `F`): Access is denied.
        ///
        /// Further action: Contact Antom Technical Support to learn why.
        AccessDenied {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3338787127,
        /// `CANCEL_WINDOW_EXCEED` (status `F`): The cancellation comes after the cancellation period agreed in the contract.
        ///
        /// Further action: The payment can no longer be cancelled; refund it instead.
        CancelWindowExceed {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3510932565,
        /// `CLIENT_INVALID` (status `F`): The client is not valid.
        ///
        /// Further action: Check that the client ID is correct.
        ClientInvalid {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3143747106,
        /// `ORDER_NOT_EXIST` (status `F`): The order does not exist.
        ///
        /// Further action: Check that _paymentId_ is correct.
        OrderNotExist {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1520627821,
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl CancelError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                ("ACCESS_DENIED", ::vault_runtime::ResultStatus::F) => {
                    Self::AccessDenied { message }
                }
                ("CANCEL_WINDOW_EXCEED", ::vault_runtime::ResultStatus::F) => {
                    Self::CancelWindowExceed {
                        message,
                    }
                }
                ("CLIENT_INVALID", ::vault_runtime::ResultStatus::F) => {
                    Self::ClientInvalid { message }
                }
                ("ORDER_NOT_EXIST", ::vault_runtime::ResultStatus::F) => {
                    Self::OrderNotExist { message }
                }
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for CancelError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[
            ::vault_runtime::CodeInfo {
                code: "SUCCESS",
                status: ::vault_runtime::ResultStatus::S,
                message: "Success",
                further_action: "The payment is cancelled; mark the order as cancelled on your side.",
            },
            ::vault_runtime::CodeInfo {
                code: "ACCESS_DENIED",
                status: ::vault_runtime::ResultStatus::F,
                message: "Access is denied.",
                further_action: "Contact Antom Technical Support to learn why.",
            },
            ::vault_runtime::CodeInfo {
                code: "CANCEL_WINDOW_EXCEED",
                status: ::vault_runtime::ResultStatus::F,
                message: "The cancellation comes after the cancellation period agreed in the contract.",
                further_action: "The payment can no longer be cancelled; refund it instead.",
            },
            ::vault_runtime::CodeInfo {
                code: "CLIENT_INVALID",
                status: ::vault_runtime::ResultStatus::F,
                message: "The client is not valid.",
                further_action: "Check that the client ID is correct.",
            },
            ::vault_runtime::CodeInfo {
                code: "ORDER_NOT_EXIST",
                status: ::vault_runtime::ResultStatus::F,
                message: "The order does not exist.",
                further_action: "Check that _paymentId_ is correct.",
            },
        ];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::AccessDenied { message, .. } => {
                    ("ACCESS_DENIED", ::vault_runtime::ResultStatus::F, message)
                }
                Self::CancelWindowExceed { message, .. } => {
                    ("CANCEL_WINDOW_EXCEED", ::vault_runtime::ResultStatus::F, message)
                }
                Self::ClientInvalid { message, .. } => {
                    ("CLIENT_INVALID", ::vault_runtime::ResultStatus::F, message)
                }
                Self::OrderNotExist { message, .. } => {
                    ("ORDER_NOT_EXIST", ::vault_runtime::ResultStatus::F, message)
                }
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for CancelError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for CancelError {}
    impl ::vault_runtime::Operation for CancelRequest {
        const NAME: &'static str = "cancel";
        const PATH: &'static str = "/v1/payments/cancel";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::None;
        type Response = CancelResponse;
        type Error = CancelError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::None
        }
    }
    /// Captures the funds of an authorized payment and moves them to your account.
    ///
    /// Endpoint: `POST /v1/payments/capture`.
    ///
    /// Call this API after a successful authorization when the payment was made with _paymentFactor.captureMode_ set to `MANUAL`. You can capture the whole authorized amount or part of it.
    ///
    /// **Idempotency** (`captureRequestId`): This field is an API idempotency field. A capture request that repeats a _captureRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
    ///
    /// Build it with [`CaptureRequest::new`] from a [`CaptureRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CaptureRequest::try_from(CaptureDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureRequest {
        /// Your own identifier for this capture request. Antom uses it to recognise repeated requests.
        ///
        /// **Required.** At most 64 characters. Wire name: `captureRequestId`.
        ///
        /// This field is an API idempotency field. A capture request that repeats a _captureRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
        pub capture_request_id: ::vault_runtime::Text<64>,
        /// The identifier Antom gave the authorized payment that you want to capture.
        ///
        /// **Required.** At most 64 characters. Wire name: `paymentId`.
        pub payment_id: ::vault_runtime::Text<64>,
        /// The amount to capture, in the currency of the transaction.
        ///
        /// **Required.** Wire name: `captureAmount`.
        pub capture_amount: CaptureAmount,
        /// Trip details: the mode of travel, the legs of the trip and the passengers.
        ///
        /// Optional. Wire name: `transit`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub transit: ::std::option::Option<super::Transit>,
        /// Whether this capture is the last one for the payment.
        ///
        /// Optional. Wire name: `isLastCapture`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub is_last_capture: ::std::option::Option<bool>,
    }
    impl CaptureRequest {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: CaptureRequired) -> Self {
            Self {
                capture_request_id: required.capture_request_id,
                payment_id: required.payment_id,
                capture_amount: required.capture_amount,
                transit: ::std::option::Option::None,
                is_last_capture: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`CaptureRequest`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CaptureRequired {
        /// See [`CaptureRequest::capture_request_id`].
        pub capture_request_id: ::vault_runtime::Text<64>,
        /// See [`CaptureRequest::payment_id`].
        pub payment_id: ::vault_runtime::Text<64>,
        /// See [`CaptureRequest::capture_amount`].
        pub capture_amount: CaptureAmount,
    }
    /// [`CaptureRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `CaptureDraft::default()` and set fields, then convert with `CaptureRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureDraft {
        /// See [`CaptureRequest::capture_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_request_id: ::std::option::Option<::std::string::String>,
        /// See [`CaptureRequest::payment_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// See [`CaptureRequest::capture_amount`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_amount: ::std::option::Option<CaptureAmountDraft>,
        /// See [`CaptureRequest::transit`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub transit: ::std::option::Option<super::TransitDraft>,
        /// See [`CaptureRequest::is_last_capture`].
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub is_last_capture: ::std::option::Option<bool>,
    }
    impl ::vault_runtime::FromDraft for CaptureRequest {
        type Draft = CaptureDraft;
        fn from_draft(
            draft: CaptureDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let capture_request_id = validator
                .required("captureRequestId", draft.capture_request_id);
            let payment_id = validator.required("paymentId", draft.payment_id);
            let capture_amount = validator
                .required("captureAmount", draft.capture_amount);
            let transit = validator.optional("transit", draft.transit);
            let is_last_capture = validator
                .optional("isLastCapture", draft.is_last_capture);
            ::std::option::Option::Some(Self {
                capture_request_id: capture_request_id?,
                payment_id: payment_id?,
                capture_amount: capture_amount?,
                transit: transit?,
                is_last_capture: is_last_capture?,
            })
        }
    }
    impl ::std::convert::TryFrom<CaptureDraft> for CaptureRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: CaptureDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `capture` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`CaptureError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureResponse {
        /// How the call went: its code, its status and a readable message.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The identifier you gave the capture request.
        ///
        /// > **Note**: This field is returned when the capture succeeds.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `captureRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_request_id: ::std::option::Option<::std::string::String>,
        /// The identifier Antom gave the capture.
        ///
        /// > **Note**: This field is returned when the capture succeeds.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `captureId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_id: ::std::option::Option<::std::string::String>,
        /// The identifier Antom gave the payment.
        ///
        /// > **Note**: This field is returned when the capture succeeds.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// The amount captured, in the currency of the transaction.
        ///
        /// Optional. Wire name: `captureAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_amount: ::std::option::Option<super::response::CaptureAmount>,
        /// When Antom captured the funds.
        ///
        /// > **Note**: This field is returned when the capture succeeds.
        ///
        /// Optional. Wire name: `captureTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// The identifier that an acquirer other than Antom gave the transaction.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerReferenceNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_reference_no: ::std::option::Option<::std::string::String>,
    }
    /// A failed `capture` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The value of _result.resultStatus_ tells you what to do next:
    ///
    /// - `S`: the funds are captured.
    /// - `F`: the capture failed. Look up _result.resultCode_ to decide what to do.
    /// - `U`: the outcome is not known yet. Wait for the **notifyCapture** notification, or check the capture with **inquiryPayment**; if you send the capture again, use the same _captureRequestId_.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum CaptureError {
        /// `ACCESS_DENIED` (status `F`): Access is denied.
        ///
        /// Further action: Contact Antom Technical Support to learn why.
        AccessDenied {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3338787127,
        /// `AUTH_CANCELLED` (status `F`): The payment authorization has been cancelled.
        ///
        /// Further action: Start the payment again with a new _paymentRequestId_.
        AuthCancelled {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1612496579,
        /// `AUTH_EXPIRED` (status `F`): The payment authorization has expired.
        ///
        /// Further action: Start the payment again with a new _paymentRequestId_.
        AuthExpired {
            /// The message the server sent.
            message: ::std::string::String,
        } = 16722577,
        /// `AUTH_NOT_FOUND` (status `F`): The payment authorization cannot be found.
        ///
        /// Further action: Contact Antom Technical Support to learn why.
        AuthNotFound {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1101619350,
        /// `CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT` (status `F`): The total captured amount exceeds the authorized amount.
        ///
        /// Further action: Send a new capture request for no more than the authorized amount, or contact Antom Technical Support.
        CaptureAmountExceedAuthLimit {
            /// The message the server sent.
            message: ::std::string::String,
        } = 2686457502,
        /// `CAPTURE_IN_PROCESS` (status `U`): The capture is being processed.
        ///
        /// Further action: Wait for **notifyCapture** or check the capture result.
        CaptureInProcess {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3461737923,
        /// `CURRENCY_NOT_SUPPORT` (status `F`): The currency is not supported.
        ///
        /// Further action: Check the currency of the request, such as the capture currency; if the problem persists, contact Antom Technical Support.
        CurrencyNotSupport {
            /// The message the server sent.
            message: ::std::string::String,
        } = 832502364,
        /// `INVALID_CONTRACT` (status `F`): The values in the contract do not match the current transaction.
        ///
        /// Further action: Check the contract values against the transaction; if they match, contact Antom Technical Support.
        InvalidContract {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3166433339,
        /// `MULTI_CAPTURE_NOT_SUPPORTED` (status `F`): The transaction does not support more than one capture.
        ///
        /// Further action: Contact Antom Technical Support.
        MultiCaptureNotSupported {
            /// The message the server sent.
            message: ::std::string::String,
        } = 954755840,
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl CaptureError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                ("ACCESS_DENIED", ::vault_runtime::ResultStatus::F) => {
                    Self::AccessDenied { message }
                }
                ("AUTH_CANCELLED", ::vault_runtime::ResultStatus::F) => {
                    Self::AuthCancelled { message }
                }
                ("AUTH_EXPIRED", ::vault_runtime::ResultStatus::F) => {
                    Self::AuthExpired { message }
                }
                ("AUTH_NOT_FOUND", ::vault_runtime::ResultStatus::F) => {
                    Self::AuthNotFound { message }
                }
                (
                    "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT",
                    ::vault_runtime::ResultStatus::F,
                ) => {
                    Self::CaptureAmountExceedAuthLimit {
                        message,
                    }
                }
                ("CAPTURE_IN_PROCESS", ::vault_runtime::ResultStatus::U) => {
                    Self::CaptureInProcess { message }
                }
                ("CURRENCY_NOT_SUPPORT", ::vault_runtime::ResultStatus::F) => {
                    Self::CurrencyNotSupport {
                        message,
                    }
                }
                ("INVALID_CONTRACT", ::vault_runtime::ResultStatus::F) => {
                    Self::InvalidContract { message }
                }
                ("MULTI_CAPTURE_NOT_SUPPORTED", ::vault_runtime::ResultStatus::F) => {
                    Self::MultiCaptureNotSupported {
                        message,
                    }
                }
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for CaptureError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[
            ::vault_runtime::CodeInfo {
                code: "SUCCESS",
                status: ::vault_runtime::ResultStatus::S,
                message: "Success",
                further_action: "The capture succeeded; no further action is needed.",
            },
            ::vault_runtime::CodeInfo {
                code: "ACCESS_DENIED",
                status: ::vault_runtime::ResultStatus::F,
                message: "Access is denied.",
                further_action: "Contact Antom Technical Support to learn why.",
            },
            ::vault_runtime::CodeInfo {
                code: "AUTH_CANCELLED",
                status: ::vault_runtime::ResultStatus::F,
                message: "The payment authorization has been cancelled.",
                further_action: "Start the payment again with a new _paymentRequestId_.",
            },
            ::vault_runtime::CodeInfo {
                code: "AUTH_EXPIRED",
                status: ::vault_runtime::ResultStatus::F,
                message: "The payment authorization has expired.",
                further_action: "Start the payment again with a new _paymentRequestId_.",
            },
            ::vault_runtime::CodeInfo {
                code: "AUTH_NOT_FOUND",
                status: ::vault_runtime::ResultStatus::F,
                message: "The payment authorization cannot be found.",
                further_action: "Contact Antom Technical Support to learn why.",
            },
            ::vault_runtime::CodeInfo {
                code: "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT",
                status: ::vault_runtime::ResultStatus::F,
                message: "The total captured amount exceeds the authorized amount.",
                further_action: "Send a new capture request for no more than the authorized amount, or contact Antom Technical Support.",
            },
            ::vault_runtime::CodeInfo {
                code: "CAPTURE_IN_PROCESS",
                status: ::vault_runtime::ResultStatus::U,
                message: "The capture is being processed.",
                further_action: "Wait for **notifyCapture** or check the capture result.",
            },
            ::vault_runtime::CodeInfo {
                code: "CURRENCY_NOT_SUPPORT",
                status: ::vault_runtime::ResultStatus::F,
                message: "The currency is not supported.",
                further_action: "Check the currency of the request, such as the capture currency; if the problem persists, contact Antom Technical Support.",
            },
            ::vault_runtime::CodeInfo {
                code: "INVALID_CONTRACT",
                status: ::vault_runtime::ResultStatus::F,
                message: "The values in the contract do not match the current transaction.",
                further_action: "Check the contract values against the transaction; if they match, contact Antom Technical Support.",
            },
            ::vault_runtime::CodeInfo {
                code: "MULTI_CAPTURE_NOT_SUPPORTED",
                status: ::vault_runtime::ResultStatus::F,
                message: "The transaction does not support more than one capture.",
                further_action: "Contact Antom Technical Support.",
            },
        ];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::AccessDenied { message, .. } => {
                    ("ACCESS_DENIED", ::vault_runtime::ResultStatus::F, message)
                }
                Self::AuthCancelled { message, .. } => {
                    ("AUTH_CANCELLED", ::vault_runtime::ResultStatus::F, message)
                }
                Self::AuthExpired { message, .. } => {
                    ("AUTH_EXPIRED", ::vault_runtime::ResultStatus::F, message)
                }
                Self::AuthNotFound { message, .. } => {
                    ("AUTH_NOT_FOUND", ::vault_runtime::ResultStatus::F, message)
                }
                Self::CaptureAmountExceedAuthLimit { message, .. } => {
                    (
                        "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT",
                        ::vault_runtime::ResultStatus::F,
                        message,
                    )
                }
                Self::CaptureInProcess { message, .. } => {
                    ("CAPTURE_IN_PROCESS", ::vault_runtime::ResultStatus::U, message)
                }
                Self::CurrencyNotSupport { message, .. } => {
                    ("CURRENCY_NOT_SUPPORT", ::vault_runtime::ResultStatus::F, message)
                }
                Self::InvalidContract { message, .. } => {
                    ("INVALID_CONTRACT", ::vault_runtime::ResultStatus::F, message)
                }
                Self::MultiCaptureNotSupported { message, .. } => {
                    (
                        "MULTI_CAPTURE_NOT_SUPPORTED",
                        ::vault_runtime::ResultStatus::F,
                        message,
                    )
                }
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for CaptureError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for CaptureError {}
    impl ::vault_runtime::Operation for CaptureRequest {
        const NAME: &'static str = "capture";
        const PATH: &'static str = "/v1/payments/capture";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::Some(
            "captureRequestId",
        );
        type Response = CaptureResponse;
        type Error = CaptureError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::Some(
                ::std::convert::AsRef::<str>::as_ref(&self.capture_request_id),
            )
        }
    }
    /// Looks up the status and details of a payment request that you submitted earlier.
    ///
    /// Endpoint: `POST /v1/payments/inquiryPayment`.
    ///
    /// Use this API when you have not received a final payment result, for example because the **pay** call timed out or **notifyPayment** has not arrived.
    ///
    /// Build it with [`InquiryPaymentRequest::new`] and set fields directly; or check plain values with `InquiryPaymentRequest::try_from(InquiryPaymentDraft { .. })`.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquiryPaymentRequest {
        /// The identifier you gave the payment request. Give _paymentRequestId_ or _paymentId_; they cannot both be empty. When you send both, _paymentId_ is used.
        ///
        /// Optional. At most 64 characters. Wire name: `paymentRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The identifier Antom gave the payment. Give _paymentRequestId_ or _paymentId_; they cannot both be empty. Each _paymentId_ belongs to exactly one _paymentRequestId_. When you send both, _paymentId_ is used.
        ///
        /// Optional. At most 64 characters. Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// Identifies one of your merchant accounts.
        ///
        /// > **Note**: Specify this parameter when one client ID serves several of your locations.
        ///
        /// Optional. At most 32 characters. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::vault_runtime::Text<32>>,
    }
    impl InquiryPaymentRequest {
        /// Builds the value with every optional field unset.
        pub fn new() -> Self {
            Self {
                payment_request_id: ::std::option::Option::None,
                payment_id: ::std::option::Option::None,
                merchant_account_id: ::std::option::Option::None,
            }
        }
    }
    impl ::std::default::Default for InquiryPaymentRequest {
        fn default() -> Self {
            Self::new()
        }
    }
    /// [`InquiryPaymentRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `InquiryPaymentDraft::default()` and set fields, then convert with `InquiryPaymentRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquiryPaymentDraft {
        /// See [`InquiryPaymentRequest::payment_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::std::string::String>,
        /// See [`InquiryPaymentRequest::payment_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// See [`InquiryPaymentRequest::merchant_account_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for InquiryPaymentRequest {
        type Draft = InquiryPaymentDraft;
        fn from_draft(
            draft: InquiryPaymentDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let payment_request_id = validator
                .optional("paymentRequestId", draft.payment_request_id);
            let payment_id = validator.optional("paymentId", draft.payment_id);
            let merchant_account_id = validator
                .optional("merchantAccountId", draft.merchant_account_id);
            ::std::option::Option::Some(Self {
                payment_request_id: payment_request_id?,
                payment_id: payment_id?,
                merchant_account_id: merchant_account_id?,
            })
        }
    }
    impl ::std::convert::TryFrom<InquiryPaymentDraft> for InquiryPaymentRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: InquiryPaymentDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `inquiryPayment` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`InquiryPaymentError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquiryPaymentResponse {
        /// Whether the inquiry call itself succeeded; it says nothing about the payment.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// Free-form information of your own that you attach to the payment, in up to five fields.
        ///
        /// Optional. Wire name: `customizedInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_info: ::std::option::Option<super::response::CustomizedInfo>,
        /// The processing amount.
        ///
        /// Optional. Wire name: `processingAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub processing_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// The state of the payment.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. Wire name: `paymentStatus`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_status: ::std::option::Option<super::response::PaymentStatus>,
        /// The result code of the payment for its current status.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentResultCode`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_result_code: ::std::option::Option<::std::string::String>,
        /// A readable explanation of _paymentResultCode_.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 256 characters (as documented; not checked on receipt). Wire name: `paymentResultMessage`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_result_message: ::std::option::Option<::std::string::String>,
        /// The identifier you gave the payment request.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::std::string::String>,
        /// The identifier Antom gave the payment.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// The payment ID of the authorization.
        ///
        /// Optional. Wire name: `authPaymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_payment_id: ::std::option::Option<::std::string::String>,
        /// The amount you asked to receive, in the order currency.
        ///
        /// Optional. Wire name: `paymentAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// The amount the buyer actually pays, in the currency the buyer pays in.
        ///
        /// Optional. Wire name: `actualPaymentAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub actual_payment_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// The exchange rate between the payment currency and the currency the buyer actually pays in.
        ///
        /// Optional. Wire name: `paymentQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_quote: ::std::option::Option<response::Quote>,
        /// When the authorization expires; after this moment the payment can no longer be captured.
        ///
        /// > **Note**: This field is returned when the value of _paymentMethodType_ in the **pay** request is `CARD`.
        ///
        /// Optional. Wire name: `authExpiryTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// When the payment was created.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. Wire name: `paymentCreateTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_create_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// When the payment reached its final state of success.
        ///
        /// > **Note**: This field is returned only when the payment has succeeded (the value of _paymentStatus_ is `SUCCESS`).
        ///
        /// Optional. Wire name: `paymentTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// The amount of a non-guaranteed coupon applied to the payment.
        ///
        /// Optional. Wire name: `nonGuaranteeCouponAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub non_guarantee_coupon_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The buyer's customer information at the Alipay+ payment method.
        ///
        /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
        ///
        /// Optional. Wire name: `pspCustomerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub psp_customer_info: ::std::option::Option<response::PspCustomerInfo>,
        /// Where and how to send the buyer to continue the payment.
        ///
        /// > **Note**: This field is returned when the value of _paymentResultCode_ is `PAYMENT_IN_PROCESS`.
        ///
        /// Optional. Wire name: `redirectActionForm`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_action_form: ::std::option::Option<
            response::InquiryPaymentRedirectActionForm,
        >,
        /// Details of the card used for the payment.
        ///
        /// Optional. Wire name: `cardInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_info: ::std::option::Option<super::response::CardInfo>,
        /// The identifier that an acquirer other than Antom gave the transaction.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerReferenceNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_reference_no: ::std::option::Option<::std::string::String>,
        /// Further information for special cases.
        ///
        /// Optional. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// The follow-up transactions on the payment, such as refunds and captures.
        ///
        /// > **Note**: This field is returned when the payment has a refund or a capture.
        ///
        /// Optional. Wire name: `transactions`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub transactions: ::std::option::Option<
            ::std::vec::Vec<super::response::Transaction>,
        >,
        /// The total amount to declare to customs.
        ///
        /// Optional. Wire name: `customsDeclarationAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customs_declaration_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The amount in the settlement currency: the transaction amount multiplied by the rate in _settlementQuote_.
        ///
        /// Optional. Wire name: `grossSettlementAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub gross_settlement_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The exchange rate between the settlement currency and the transaction currency.
        ///
        /// Optional. Wire name: `settlementQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub settlement_quote: ::std::option::Option<response::Quote>,
        /// The outcome details of the payment, such as card data and the card token.
        ///
        /// > **Note**: This field is returned when _paymentMethodType_ in the **pay** request is `CARD`, `GRABPAY_MY` or `GRABPAY_SG` and _paymentStatus_ is `SUCCESS` or `FAIL`.
        ///
        /// Optional. Wire name: `paymentResultInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_result_info: ::std::option::Option<
            response::InquiryPaymentPaymentResultInfo,
        >,
        /// Details about the acquirer that processed the payment.
        ///
        /// Optional. Wire name: `acquirerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_info: ::std::option::Option<super::response::AcquirerInfo>,
        /// Identifies one of your merchant accounts.
        ///
        /// Optional. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
        /// The promotions applied to the payment.
        ///
        /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
        ///
        /// Optional. Wire name: `promotionResults`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub promotion_results: ::std::option::Option<
            ::std::vec::Vec<response::InquiryPaymentPromotionResult>,
        >,
        /// The earliest time at which the transaction can be split and settled.
        ///
        /// Optional. Wire name: `earliestSettlementTime`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub earliest_settlement_time: ::std::option::Option<::std::string::String>,
        /// The type of payment method the buyer used.
        ///
        /// > **Note**: This field is returned when you integrate the Antom Checkout Page.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentMethodType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_type: ::std::option::Option<::std::string::String>,
        /// Your own data about the payment.
        ///
        /// Optional. Wire name: `metadata`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
    }
    /// A failed `inquiryPayment` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The value of _result.resultStatus_ only tells you whether the inquiry call worked:
    ///
    /// - `S`: the call succeeded. Read _paymentStatus_ for the state of the payment: `SUCCESS`, `FAIL` and `CANCELLED` are final; for `PROCESSING` and `PENDING`, inquire again later or wait for **notifyPayment**.
    /// - `F`: the call failed. Look up _result.resultCode_ to decide what to do.
    /// - `U`: the outcome of the call is not known. Call the API again.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum InquiryPaymentError {
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl InquiryPaymentError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for InquiryPaymentError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for InquiryPaymentError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for InquiryPaymentError {}
    impl ::vault_runtime::Operation for InquiryPaymentRequest {
        const NAME: &'static str = "inquiryPayment";
        const PATH: &'static str = "/v1/payments/inquiryPayment";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::None;
        type Response = InquiryPaymentResponse;
        type Error = InquiryPaymentError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::None
        }
    }
    /// Looks up the status of a refund request that you submitted earlier.
    ///
    /// Endpoint: `POST /v1/payments/inquiryRefund`.
    ///
    /// Use this API when you do not yet know how a refund ended, for example because the **refund** call timed out or because a buyer asks about it.
    ///
    /// Build it with [`InquiryRefundRequest::new`] and set fields directly; or check plain values with `InquiryRefundRequest::try_from(InquiryRefundDraft { .. })`.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquiryRefundRequest {
        /// The identifier you gave the refund request. Give _refundRequestId_ or _refundId_; they cannot both be empty. Special characters are not allowed. When you send both, _refundId_ is used.
        ///
        /// Optional. At most 64 characters. Wire name: `refundRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_request_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The identifier Antom gave the refund. Give _refundRequestId_ or _refundId_; they cannot both be empty. Each _refundId_ belongs to exactly one _refundRequestId_. When you send both, _refundId_ is used.
        ///
        /// Optional. At most 64 characters. Wire name: `refundId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// Identifies one of your merchant accounts.
        ///
        /// > **Note**: Specify this parameter when one client ID serves several of your locations.
        ///
        /// Optional. At most 32 characters. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::vault_runtime::Text<32>>,
    }
    impl InquiryRefundRequest {
        /// Builds the value with every optional field unset.
        pub fn new() -> Self {
            Self {
                refund_request_id: ::std::option::Option::None,
                refund_id: ::std::option::Option::None,
                merchant_account_id: ::std::option::Option::None,
            }
        }
    }
    impl ::std::default::Default for InquiryRefundRequest {
        fn default() -> Self {
            Self::new()
        }
    }
    /// [`InquiryRefundRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `InquiryRefundDraft::default()` and set fields, then convert with `InquiryRefundRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquiryRefundDraft {
        /// See [`InquiryRefundRequest::refund_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_request_id: ::std::option::Option<::std::string::String>,
        /// See [`InquiryRefundRequest::refund_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_id: ::std::option::Option<::std::string::String>,
        /// See [`InquiryRefundRequest::merchant_account_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for InquiryRefundRequest {
        type Draft = InquiryRefundDraft;
        fn from_draft(
            draft: InquiryRefundDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let refund_request_id = validator
                .optional("refundRequestId", draft.refund_request_id);
            let refund_id = validator.optional("refundId", draft.refund_id);
            let merchant_account_id = validator
                .optional("merchantAccountId", draft.merchant_account_id);
            ::std::option::Option::Some(Self {
                refund_request_id: refund_request_id?,
                refund_id: refund_id?,
                merchant_account_id: merchant_account_id?,
            })
        }
    }
    impl ::std::convert::TryFrom<InquiryRefundDraft> for InquiryRefundRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: InquiryRefundDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `inquiryRefund` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`InquiryRefundError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquiryRefundResponse {
        /// Whether the inquiry call itself succeeded, with its code, status and message.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The identifier Antom gave the refund. Each _refundId_ belongs to exactly one _refundRequestId_.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `refundId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_id: ::std::option::Option<::std::string::String>,
        /// The identifier you gave the refund request.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `refundRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_request_id: ::std::option::Option<::std::string::String>,
        /// The amount you asked to refund.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. Wire name: `refundAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// When Antom confirmed that the refund succeeded.
        ///
        /// > **Note**: This field is returned when the refund has succeeded (the value of _refundStatus_ is `SUCCESS`).
        ///
        /// Optional. Wire name: `refundTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// The status of the refund on the Antom side.
        ///
        /// > **Note**: This field is returned when the call succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// > **Note**: The status covers the Antom side only, not the side of the wallet or other payment method.
        ///
        /// Optional. Wire name: `refundStatus`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_status: ::std::option::Option<response::InquiryRefundRefundStatus>,
        /// The refund amount in the settlement currency: the refund amount multiplied by the rate in _settlementQuote_.
        ///
        /// > **Note**: This field is returned when the currency conversion was fixed in advance and the exchange rate was locked at the time of the transaction.
        ///
        /// Optional. Wire name: `grossSettlementAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub gross_settlement_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The exchange rate between the settlement currency and the payment currency.
        ///
        /// > **Note**: This field is returned together with _grossSettlementAmount_.
        ///
        /// Optional. Wire name: `settlementQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub settlement_quote: ::std::option::Option<response::Quote>,
        /// Details about the acquirer that processed the refund.
        ///
        /// Optional. Wire name: `acquirerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_info: ::std::option::Option<super::response::AcquirerInfo>,
    }
    /// A failed `inquiryRefund` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The value of _result.resultStatus_ only tells you whether the inquiry call worked:
    ///
    /// - `S`: the call succeeded. Read _refundStatus_ for the state of the refund: `SUCCESS` and `FAIL` are final; for `PROCESSING`, inquire again later.
    /// - `F`: the call failed. Look up _result.resultCode_ to decide what to do.
    /// - `U`: the outcome of the call is not known. Call the API again.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum InquiryRefundError {
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl InquiryRefundError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for InquiryRefundError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for InquiryRefundError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for InquiryRefundError {}
    impl ::vault_runtime::Operation for InquiryRefundRequest {
        const NAME: &'static str = "inquiryRefund";
        const PATH: &'static str = "/v1/payments/inquiryRefund";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::None;
        type Response = InquiryRefundResponse;
        type Error = InquiryRefundError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::None
        }
    }
    /// Gets the address of the cashier page, to which you then send the buyer to pay.
    ///
    /// Endpoint: `POST /v1/payments/pay`.
    ///
    /// Call this API when the buyer has confirmed the order. Antom answers with the cashier page address (or app links); send the buyer there to pay. The final result arrives through **notifyPayment**, and you can also check it with **inquiryPayment**.
    ///
    /// **Idempotency** (`paymentRequestId`): This field is an API idempotency field. A payment request that repeats a _paymentRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
    ///
    /// Build it with [`PayRequest::new`] from a [`PayRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `PayRequest::try_from(PayDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PayRequest {
        /// The country or region in which you run the business, as a two-letter code from the ISO 3166 country code standard. Some possible values are `US`, `SG`, `HK`, `PK`, `JP`, `CN`, `BR`, `AU`, and `MY`.
        ///
        /// > **Note**: Required when you use the Global Acquirer Gateway (GAGW) product.
        ///
        /// Optional. An ISO 3166-1 alpha-2 country or region code. Wire name: `merchantRegion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_region: ::std::option::Option<::vault_runtime::Region>,
        /// Identifies one of your merchant accounts.
        ///
        /// > **Note**: Specify this parameter when one client ID serves several of your locations.
        ///
        /// Optional. At most 32 characters. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::vault_runtime::Text<32>>,
        /// The buyer's country or region, as a two-letter code from the ISO 3166 country code standard. Antom uses it to order the digital wallets shown to the buyer: if both `ALIPAY_CN` and `KAKAOPAY` are offered and the buyer is in South Korea, `KAKAOPAY` is listed first on the Antom cashier page.
        ///
        /// > **Note**: This parameter only applies to merchants that integrate the Antom cashier page.
        ///
        /// Optional. An ISO 3166-1 alpha-2 country or region code. Wire name: `userRegion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_region: ::std::option::Option<::vault_runtime::Region>,
        /// The environment in which the order is placed, such as device information.
        ///
        /// **Required.** Wire name: `env`.
        pub env: Env,
        /// The order: buyer, merchant, goods, amount, shipping and the environment of the purchase. Antom uses it for risk control and anti-money-laundering checks during the payment, and afterwards for records and reporting, such as purchase tracking and regulatory reports.
        ///
        /// **Required.** Wire name: `order`.
        pub order: super::Order,
        /// Your own identifier for this payment request. Antom uses it to recognise repeated requests.
        ///
        /// **Required.** At most 64 characters. Wire name: `paymentRequestId`.
        ///
        /// This field is an API idempotency field. A payment request that repeats a _paymentRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
        pub payment_request_id: ::vault_runtime::Text<64>,
        /// The amount you ask to receive, in the order currency.
        ///
        /// **Required.** Wire name: `paymentAmount`.
        pub payment_amount: PayAmount,
        /// How the payment is settled to you.
        ///
        /// **Required.** Wire name: `settlementStrategy`.
        pub settlement_strategy: super::SettlementStrategy,
        /// The payment method used to collect the payment.
        ///
        /// **Required.** Wire name: `paymentMethod`.
        pub payment_method: super::PaymentMethod,
        /// Factors of the payment that describe its scenario.
        ///
        /// > **Note**: Specify this parameter when the value of _paymentMethodType_ is `CARD`, `APPLEPAY`, `GOOGLEPAY` or `ONLINEBANKING_YAPILY`.
        ///
        /// Optional. Wire name: `paymentFactor`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_factor: ::std::option::Option<super::PaymentFactor>,
        /// The moment after which the payment expires and the order must no longer be processed.
        ///
        /// > **Note**: For bank transfers the default is 48 hours after the payment request; for other kinds of payment it is usually 14 minutes after the request (a request sent at 2019-11-27T12:00:01+08:30 expires at 2019-11-27T12:14:01+08:30).
        ///
        /// > **Note**: Specify this parameter to use a different expiry time. For bank transfers it must fall within 48 hours of the request; for other kinds of payment, within 10 minutes of the request.
        ///
        /// Optional. Wire name: `paymentExpiryTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            serialize_with = "::vault_runtime::wire::option_datetime"
        )]
        pub payment_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// The page of yours to which the buyer is sent after paying.
        ///
        /// **Required.** An absolute http(s) URL of at most 2048 characters. Wire name: `paymentRedirectUrl`.
        pub payment_redirect_url: ::vault_runtime::HttpUrl<2048>,
        /// The address where Antom sends the payment result notification. You can also set it in Antom Dashboard; when both are set, the one in the request is used.
        ///
        /// > **Note**: Specify this parameter if you want an asynchronous notification of the payment result.
        ///
        /// Optional. An absolute http(s) URL of at most 2048 characters. Wire name: `paymentNotifyUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_notify_url: ::std::option::Option<::vault_runtime::HttpUrl<2048>>,
        /// The payment product, as set in your contract. For One-time Payments the value of this parameter is fixed to `CASHIER_PAYMENT`.
        ///
        /// **Required.** Always `CASHIER_PAYMENT`. Wire name: `productCode`.
        pub product_code: ::vault_runtime::Fixed<super::fixed_values::CashierPayment>,
        /// The instalment plan of an instalment payment.
        ///
        /// Optional. Wire name: `creditPayPlan`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_pay_plan: ::std::option::Option<super::CreditPayPlan>,
        /// The identifier Antom gave your mini program.
        ///
        /// > **Note**: This parameter is required when _env.terminalType_ is `MINI_APP`.
        ///
        /// Optional. At most 32 characters. Wire name: `appId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::vault_runtime::Text<32>>,
        /// Your own data about the payment, including data for special cases.
        ///
        /// > **Note**: Specify this parameter when you need to attach metadata.
        ///
        /// Optional. At most 2048 characters. Wire name: `metadata`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::vault_runtime::Text<2048>>,
        /// Free-form information of your own that you attach to the payment, in up to five fields.
        ///
        /// Optional. Wire name: `customizedInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_info: ::std::option::Option<super::CustomizedInfo>,
        /// The exchange rate between the payment currency and the currency the buyer actually pays in.
        ///
        /// Optional. Wire name: `paymentQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_quote: ::std::option::Option<super::Quote>,
        /// Details of an Easy Pay authorization.
        ///
        /// Optional. Wire name: `agreementInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub agreement_info: ::std::option::Option<super::AgreementInfo>,
        /// Details of the subscription, for recurring payments.
        ///
        /// Optional. Wire name: `subscriptionInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_info: ::std::option::Option<super::SubscriptionInfo>,
        /// The processing amount.
        ///
        /// Optional. Wire name: `processingAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub processing_amount: ::std::option::Option<PayAmount>,
        /// The payment method with which you or the acquirer collect the payment.
        ///
        /// Optional. Wire name: `payToMethod`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_to_method: ::std::option::Option<super::PaymentMethod>,
        /// Whether the payment is an authorization.
        ///
        /// Optional. Wire name: `isAuthorization`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub is_authorization: ::std::option::Option<bool>,
        /// The secondary merchant that sells to the buyer.
        ///
        /// > **Note**: Specify this parameter if you are an acquirer with secondary merchants.
        ///
        /// Optional. Wire name: `merchant`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<super::Merchant>,
        /// Data for verifying the payment.
        ///
        /// Optional. Wire name: `paymentVerificationData`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_verification_data: ::std::option::Option<
            super::PaymentVerificationData,
        >,
        /// Further information for special cases.
        ///
        /// Optional. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// Whether the payment is a dual offline payment.
        ///
        /// Optional. Wire name: `dualOfflinePayment`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub dual_offline_payment: ::std::option::Option<bool>,
    }
    impl PayRequest {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: PayRequired) -> Self {
            Self {
                merchant_region: ::std::option::Option::None,
                merchant_account_id: ::std::option::Option::None,
                user_region: ::std::option::Option::None,
                env: required.env,
                order: required.order,
                payment_request_id: required.payment_request_id,
                payment_amount: required.payment_amount,
                settlement_strategy: required.settlement_strategy,
                payment_method: required.payment_method,
                payment_factor: ::std::option::Option::None,
                payment_expiry_time: ::std::option::Option::None,
                payment_redirect_url: required.payment_redirect_url,
                payment_notify_url: ::std::option::Option::None,
                product_code: ::vault_runtime::Fixed::VALUE,
                credit_pay_plan: ::std::option::Option::None,
                app_id: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
                customized_info: ::std::option::Option::None,
                payment_quote: ::std::option::Option::None,
                agreement_info: ::std::option::Option::None,
                subscription_info: ::std::option::Option::None,
                processing_amount: ::std::option::Option::None,
                pay_to_method: ::std::option::Option::None,
                is_authorization: ::std::option::Option::None,
                merchant: ::std::option::Option::None,
                payment_verification_data: ::std::option::Option::None,
                extend_info: ::std::option::Option::None,
                dual_offline_payment: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`PayRequest`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct PayRequired {
        /// See [`PayRequest::env`].
        pub env: Env,
        /// See [`PayRequest::order`].
        pub order: super::Order,
        /// See [`PayRequest::payment_request_id`].
        pub payment_request_id: ::vault_runtime::Text<64>,
        /// See [`PayRequest::payment_amount`].
        pub payment_amount: PayAmount,
        /// See [`PayRequest::settlement_strategy`].
        pub settlement_strategy: super::SettlementStrategy,
        /// See [`PayRequest::payment_method`].
        pub payment_method: super::PaymentMethod,
        /// See [`PayRequest::payment_redirect_url`].
        pub payment_redirect_url: ::vault_runtime::HttpUrl<2048>,
    }
    /// [`PayRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `PayDraft::default()` and set fields, then convert with `PayRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PayDraft {
        /// See [`PayRequest::merchant_region`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_region: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::merchant_account_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::user_region`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_region: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::env`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub env: ::std::option::Option<EnvDraft>,
        /// See [`PayRequest::order`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<super::OrderDraft>,
        /// See [`PayRequest::payment_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::payment_amount`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_amount: ::std::option::Option<PayAmountDraft>,
        /// See [`PayRequest::settlement_strategy`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub settlement_strategy: ::std::option::Option<super::SettlementStrategyDraft>,
        /// See [`PayRequest::payment_method`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method: ::std::option::Option<super::PaymentMethodDraft>,
        /// See [`PayRequest::payment_factor`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_factor: ::std::option::Option<super::PaymentFactorDraft>,
        /// See [`PayRequest::payment_expiry_time`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// See [`PayRequest::payment_redirect_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_redirect_url: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::payment_notify_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_notify_url: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::credit_pay_plan`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_pay_plan: ::std::option::Option<super::CreditPayPlanDraft>,
        /// See [`PayRequest::app_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub app_id: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::metadata`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::customized_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_info: ::std::option::Option<super::CustomizedInfoDraft>,
        /// See [`PayRequest::payment_quote`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_quote: ::std::option::Option<super::QuoteDraft>,
        /// See [`PayRequest::agreement_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub agreement_info: ::std::option::Option<super::AgreementInfoDraft>,
        /// See [`PayRequest::subscription_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub subscription_info: ::std::option::Option<super::SubscriptionInfoDraft>,
        /// See [`PayRequest::processing_amount`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub processing_amount: ::std::option::Option<PayAmountDraft>,
        /// See [`PayRequest::pay_to_method`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub pay_to_method: ::std::option::Option<super::PaymentMethodDraft>,
        /// See [`PayRequest::is_authorization`].
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub is_authorization: ::std::option::Option<bool>,
        /// See [`PayRequest::merchant`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant: ::std::option::Option<super::MerchantDraft>,
        /// See [`PayRequest::payment_verification_data`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_verification_data: ::std::option::Option<
            super::PaymentVerificationDataDraft,
        >,
        /// See [`PayRequest::extend_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// See [`PayRequest::dual_offline_payment`].
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub dual_offline_payment: ::std::option::Option<bool>,
    }
    impl ::vault_runtime::FromDraft for PayRequest {
        type Draft = PayDraft;
        fn from_draft(
            draft: PayDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let merchant_region = validator
                .optional("merchantRegion", draft.merchant_region);
            let merchant_account_id = validator
                .optional("merchantAccountId", draft.merchant_account_id);
            let user_region = validator.optional("userRegion", draft.user_region);
            let env = validator.required("env", draft.env);
            let order = validator.required("order", draft.order);
            let payment_request_id = validator
                .required("paymentRequestId", draft.payment_request_id);
            let payment_amount = validator
                .required("paymentAmount", draft.payment_amount);
            let settlement_strategy = validator
                .required("settlementStrategy", draft.settlement_strategy);
            let payment_method = validator
                .required("paymentMethod", draft.payment_method);
            let payment_factor = validator
                .optional("paymentFactor", draft.payment_factor);
            let payment_expiry_time = validator
                .optional("paymentExpiryTime", draft.payment_expiry_time);
            let payment_redirect_url = validator
                .required("paymentRedirectUrl", draft.payment_redirect_url);
            let payment_notify_url = validator
                .optional("paymentNotifyUrl", draft.payment_notify_url);
            let credit_pay_plan = validator
                .optional("creditPayPlan", draft.credit_pay_plan);
            let app_id = validator.optional("appId", draft.app_id);
            let metadata = validator.optional("metadata", draft.metadata);
            let customized_info = validator
                .optional("customizedInfo", draft.customized_info);
            let payment_quote = validator.optional("paymentQuote", draft.payment_quote);
            let agreement_info = validator
                .optional("agreementInfo", draft.agreement_info);
            let subscription_info = validator
                .optional("subscriptionInfo", draft.subscription_info);
            let processing_amount = validator
                .optional("processingAmount", draft.processing_amount);
            let pay_to_method = validator.optional("payToMethod", draft.pay_to_method);
            let is_authorization = validator
                .optional("isAuthorization", draft.is_authorization);
            let merchant = validator.optional("merchant", draft.merchant);
            let payment_verification_data = validator
                .optional("paymentVerificationData", draft.payment_verification_data);
            let extend_info = validator.optional("extendInfo", draft.extend_info);
            let dual_offline_payment = validator
                .optional("dualOfflinePayment", draft.dual_offline_payment);
            ::std::option::Option::Some(Self {
                merchant_region: merchant_region?,
                merchant_account_id: merchant_account_id?,
                user_region: user_region?,
                env: env?,
                order: order?,
                payment_request_id: payment_request_id?,
                payment_amount: payment_amount?,
                settlement_strategy: settlement_strategy?,
                payment_method: payment_method?,
                payment_factor: payment_factor?,
                payment_expiry_time: payment_expiry_time?,
                payment_redirect_url: payment_redirect_url?,
                payment_notify_url: payment_notify_url?,
                product_code: ::vault_runtime::Fixed::VALUE,
                credit_pay_plan: credit_pay_plan?,
                app_id: app_id?,
                metadata: metadata?,
                customized_info: customized_info?,
                payment_quote: payment_quote?,
                agreement_info: agreement_info?,
                subscription_info: subscription_info?,
                processing_amount: processing_amount?,
                pay_to_method: pay_to_method?,
                is_authorization: is_authorization?,
                merchant: merchant?,
                payment_verification_data: payment_verification_data?,
                extend_info: extend_info?,
                dual_offline_payment: dual_offline_payment?,
            })
        }
    }
    impl ::std::convert::TryFrom<PayDraft> for PayRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: PayDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `pay` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`PayError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PayResponse {
        /// How the call went: its code, its status and a readable message.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The processing amount.
        ///
        /// Optional. Wire name: `processingAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub processing_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// The identifier you gave the payment request.
        ///
        /// > **Note**: This field is returned when _result.resultCode_ is `PAYMENT_IN_PROCESS`.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_request_id: ::std::option::Option<::std::string::String>,
        /// The identifier Antom gave the payment.
        ///
        /// > **Note**: This field is returned when _result.resultCode_ is `PAYMENT_IN_PROCESS`.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// The amount you asked to receive, in the order currency.
        ///
        /// Optional. Wire name: `paymentAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// Data with which the Antom client SDK renders the checkout page; pass it to the SDK's _showPaymentSheet_ API.
        ///
        /// > **Note**: This field is returned when your app integrates the Antom client SDK.
        ///
        /// Optional. At most 20000 characters (as documented; not checked on receipt). Wire name: `paymentData`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_data: ::std::option::Option<::std::string::String>,
        /// The amount the buyer actually pays, in the currency the buyer pays in.
        ///
        /// Optional. Wire name: `actualPaymentAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub actual_payment_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// The exchange rate between the payment currency and the currency the buyer actually pays in.
        ///
        /// Optional. Wire name: `paymentQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_quote: ::std::option::Option<response::Quote>,
        /// When the payment reached its final state.
        ///
        /// Optional. Wire name: `paymentTime`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// When the payment was created.
        ///
        /// > **Note**: This field is returned when _result.resultCode_ is `PAYMENT_IN_PROCESS`.
        ///
        /// Optional. Wire name: `paymentCreateTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_create_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// When the payment authorization expires.
        ///
        /// Optional. Wire name: `authExpiryTime`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub auth_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// The value of a non-guaranteed coupon applied to the payment.
        ///
        /// Optional. Wire name: `nonGuaranteeCouponValue`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub non_guarantee_coupon_value: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// Instructions for the next step of the payment.
        ///
        /// Optional. Wire name: `paymentActionForm`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_action_form: ::std::option::Option<::std::string::String>,
        /// The buyer's customer information at the Alipay+ payment method (the Alipay+ Mobile Payment Provider).
        ///
        /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
        ///
        /// Optional. Wire name: `pspCustomerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub psp_customer_info: ::std::option::Option<response::PspCustomerInfo>,
        /// Details of a verification step that the buyer must complete.
        ///
        /// Optional. Wire name: `challengeActionForm`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub challenge_action_form: ::std::option::Option<
            super::response::ChallengeActionForm,
        >,
        /// Details of a redirection that completes the payment.
        ///
        /// Optional. Wire name: `redirectActionForm`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_action_form: ::std::option::Option<response::PayRedirectActionForm>,
        /// The payment code the buyer uses to complete the payment, such as a barcode or QR code.
        ///
        /// > **Note**: This field is returned when the payment method provides such a code.
        ///
        /// Optional. Wire name: `orderCodeForm`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub order_code_form: ::std::option::Option<super::response::OrderCodeForm>,
        /// The transaction amount multiplied by the rate in _settlementQuote_, in the settlement currency.
        ///
        /// > **Note**: This field is returned when the currency conversion was fixed in advance and the exchange rate was locked at the time of the transaction.
        ///
        /// Optional. Wire name: `grossSettlementAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub gross_settlement_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The exchange rate between the settlement currency and the transaction currency.
        ///
        /// > **Note**: This field is returned together with _grossSettlementAmount_.
        ///
        /// Optional. Wire name: `settlementQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub settlement_quote: ::std::option::Option<response::Quote>,
        /// Further information for special cases.
        ///
        /// Optional. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// An address that opens a web (WEB or WAP) page in the default browser or in an embedded WebView.
        ///
        /// > **Note**: When the value of _result.resultCode_ is `PAYMENT_IN_PROCESS`, at least one of _schemeUrl_, _applinkUrl_ and _normalUrl_ is returned.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `normalUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub normal_url: ::std::option::Option<::std::string::String>,
        /// A URL scheme that opens an installed app on Android or iOS.
        ///
        /// > **Note**: When the value of _result.resultCode_ is `PAYMENT_IN_PROCESS`, at least one of _schemeUrl_, _applinkUrl_ and _normalUrl_ is returned.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `schemeUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub scheme_url: ::std::option::Option<::std::string::String>,
        /// An address that opens the app when it is installed and a WAP page when it is not: a Native App Link on Android, a Universal Link on iOS.
        ///
        /// > **Note**: When the value of _result.resultCode_ is `PAYMENT_IN_PROCESS`, at least one of _schemeUrl_, _applinkUrl_ and _normalUrl_ is returned.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `applinkUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub applink_url: ::std::option::Option<::std::string::String>,
        /// The Android package name that an Android app uses to open the cashier page.
        ///
        /// > **Note**: This field is returned when _result.resultCode_ is `PAYMENT_IN_PROCESS`.
        ///
        /// > **Note**: It is returned only for the terminal types `APP` and `WAP` (_env.terminalType_).
        ///
        /// Optional. Wire name: `appIdentifier`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub app_identifier: ::std::option::Option<::std::string::String>,
        /// The outcome details of the payment, such as card data and the card token.
        ///
        /// > **Note**: This field may be returned when the value of _paymentMethodType_ is `CARD`.
        ///
        /// Optional. Wire name: `paymentResultInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_result_info: ::std::option::Option<
            super::response::PaymentResultInfo,
        >,
        /// Details about the acquirer that processed the payment.
        ///
        /// Optional. Wire name: `acquirerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_info: ::std::option::Option<super::response::AcquirerInfo>,
        /// The promotions applied to the payment.
        ///
        /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
        ///
        /// Optional. Wire name: `promotionResult`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub promotion_result: ::std::option::Option<
            ::std::vec::Vec<super::response::PromotionResult>,
        >,
    }
    /// A failed `pay` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The value of _result.resultStatus_ tells you what to do next:
    ///
    /// - `S`: the payment succeeded.
    /// - `F`: the payment failed. Look up _result.resultCode_ to decide what to do.
    /// - `U`: the payment is not finished. When _result.resultCode_ is `PAYMENT_IN_PROCESS`, send the buyer to the returned _normalUrl_, _schemeUrl_ or _applinkUrl_ to complete the payment, then wait for **notifyPayment** or check with **inquiryPayment**. For any other code, call again with the same _paymentRequestId_, or check with **inquiryPayment**.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum PayError {
        /// `PAYMENT_IN_PROCESS` (status `U`): The payment is being processed.
        ///
        /// Further action: Send the buyer to the returned _normalUrl_, _schemeUrl_ or _applinkUrl_ to finish paying, then wait for **notifyPayment** or check the payment with **inquiryPayment**.
        ///
        /// Next step: `RedirectBuyer` (this API's override).
        PaymentInProcess {
            /// The message the server sent.
            message: ::std::string::String,
            /// `paymentRequestId` from the answer: The identifier you gave the payment request.
            payment_request_id: ::std::option::Option<::std::string::String>,
            /// `paymentId` from the answer: The identifier Antom gave the payment.
            payment_id: ::std::option::Option<::std::string::String>,
            /// `paymentCreateTime` from the answer: When the payment was created.
            payment_create_time: ::std::option::Option<::vault_runtime::DateTime>,
            /// `normalUrl` from the answer: An address that opens a web (WEB or WAP) page in the default browser or in an embedded WebView.
            normal_url: ::std::option::Option<::std::string::String>,
            /// `schemeUrl` from the answer: A URL scheme that opens an installed app on Android or iOS.
            scheme_url: ::std::option::Option<::std::string::String>,
            /// `applinkUrl` from the answer: An address that opens the app when it is installed and a WAP page when it is not: a Native App Link on Android, a Universal Link on iOS.
            applink_url: ::std::option::Option<::std::string::String>,
            /// `appIdentifier` from the answer: The Android package name that an Android app uses to open the cashier page.
            app_identifier: ::std::option::Option<::std::string::String>,
        } = 4000347411,
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    /// The response fields that some failure codes carry.
    #[derive(::std::default::Default, ::vault_runtime::__private::serde::Deserialize)]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    struct Carried {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        payment_request_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        payment_id: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        payment_create_time: ::std::option::Option<::vault_runtime::DateTime>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        normal_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        scheme_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        applink_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        app_identifier: ::std::option::Option<::std::string::String>,
    }
    impl PayError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult, carried: Carried) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                ("PAYMENT_IN_PROCESS", ::vault_runtime::ResultStatus::U) => {
                    Self::PaymentInProcess {
                        message,
                        payment_request_id: carried.payment_request_id.clone(),
                        payment_id: carried.payment_id.clone(),
                        payment_create_time: carried.payment_create_time.clone(),
                        normal_url: carried.normal_url.clone(),
                        scheme_url: carried.scheme_url.clone(),
                        applink_url: carried.applink_url.clone(),
                        app_identifier: carried.app_identifier.clone(),
                    }
                }
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for PayError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[
            ::vault_runtime::CodeInfo {
                code: "SUCCESS",
                status: ::vault_runtime::ResultStatus::S,
                message: "Success",
                further_action: "The call succeeded; no further action is needed.",
            },
            ::vault_runtime::CodeInfo {
                code: "PAYMENT_IN_PROCESS",
                status: ::vault_runtime::ResultStatus::U,
                message: "The payment is being processed.",
                further_action: "Send the buyer to the returned _normalUrl_, _schemeUrl_ or _applinkUrl_ to finish paying, then wait for **notifyPayment** or check the payment with **inquiryPayment**.",
            },
        ];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let carried: Carried = ::vault_runtime::__private::serde_json::from_slice(
                body,
            )?;
            ::std::result::Result::Ok(Self::classify(result, carried))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result, Carried::default())
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::PaymentInProcess { message, .. } => {
                    ("PAYMENT_IN_PROCESS", ::vault_runtime::ResultStatus::U, message)
                }
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
        fn next_step(&self) -> ::vault_runtime::NextStep {
            match self {
                Self::PaymentInProcess { .. } => ::vault_runtime::NextStep::RedirectBuyer,
                _ => {
                    match ::vault_runtime::ApiError::status(self) {
                        other => ::vault_runtime::default_next_step(other),
                    }
                }
            }
        }
    }
    impl ::std::fmt::Display for PayError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for PayError {}
    impl ::vault_runtime::Operation for PayRequest {
        const NAME: &'static str = "pay";
        const PATH: &'static str = "/v1/payments/pay";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::Some(
            "paymentRequestId",
        );
        type Response = PayResponse;
        type Error = PayError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::Some(
                ::std::convert::AsRef::<str>::as_ref(&self.payment_request_id),
            )
        }
    }
    /// Refunds a successful payment, in full or in part.
    ///
    /// Endpoint: `POST /v1/payments/refund`.
    ///
    /// A payment can be refunded several times as long as the refunds together do not exceed the original amount. A refund requested after the refund period agreed in your contract is declined.
    ///
    /// > **Note**: After a timeout, or when _resultStatus_ is `U`, retry with the same _refundRequestId_: it is the idempotency key of this API.
    ///
    /// **Idempotency** (`refundRequestId`): This field is an API idempotency field. A refund request that repeats a _refundRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
    ///
    /// Build it with [`RefundRequest::new`] from a [`RefundRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `RefundRequest::try_from(RefundDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct RefundRequest {
        /// Your own identifier for this refund request.
        ///
        /// **Required.** At most 64 characters. Wire name: `refundRequestId`.
        ///
        /// This field is an API idempotency field. A refund request that repeats a _refundRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
        pub refund_request_id: ::vault_runtime::Text<64>,
        /// The identifier Antom gave the original payment that you want to refund.
        ///
        /// **Required.** At most 64 characters. Wire name: `paymentId`.
        pub payment_id: ::vault_runtime::Text<64>,
        /// An identifier for the refund assigned by the merchant that sells the goods or services to the buyer.
        ///
        /// > **Note**: Specify this parameter when you need this value for internal use or reconciliation.
        ///
        /// Optional. At most 64 characters. Wire name: `referenceRefundId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_refund_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The amount you want to refund.
        ///
        /// **Required.** Wire name: `refundAmount`.
        pub refund_amount: PayAmount,
        /// Why the payment is refunded.
        ///
        /// > **Note**: Specify this parameter when you want the buyer and the payment method to see the reason.
        ///
        /// Optional. At most 256 characters. Wire name: `refundReason`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_reason: ::std::option::Option<::vault_runtime::Text<256>>,
        /// The address where Antom sends the refund result notification. Give it in the request or set it in Antom Dashboard; when both are set, the one in the request is used.
        ///
        /// > **Note**: Specify this parameter if you want an asynchronous notification of the refund result.
        ///
        /// Optional. An absolute http(s) URL of at most 1024 characters. Wire name: `refundNotifyUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_notify_url: ::std::option::Option<::vault_runtime::HttpUrl<1024>>,
        /// The identifier Antom gave the capture to refund.
        ///
        /// > **Note**: Specify this parameter when the payment was captured more than once.
        ///
        /// Optional. At most 64 characters. Wire name: `captureId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// Your own data about the refund; it is returned in the refund notification.
        ///
        /// Optional. At most 64 characters. Wire name: `metadata`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::vault_runtime::Text<64>>,
        /// Whether the refund is processed asynchronously.
        ///
        /// Optional. Wire name: `isAsyncRefund`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub is_async_refund: ::std::option::Option<bool>,
        /// Free-form information of your own that you attach to the payment, in up to five fields.
        ///
        /// Optional. Wire name: `customizedInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_info: ::std::option::Option<super::CustomizedInfo>,
        /// The bank account to which the refund is paid.
        ///
        /// Optional. Wire name: `refundToBankInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_to_bank_info: ::std::option::Option<super::RefundToBankInfo>,
        /// Further information for special cases.
        ///
        /// Optional. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// How the refund is split between the parties that fund it.
        ///
        /// Optional. Wire name: `refundDetails`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_details: ::std::option::Option<::std::vec::Vec<super::RefundDetail>>,
        /// The account from which the refund is paid.
        ///
        /// Optional. Wire name: `refundSourceAccountNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_source_account_no: ::std::option::Option<::std::string::String>,
        /// The amount actually refunded.
        ///
        /// Optional. Wire name: `actualRefundAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub actual_refund_amount: ::std::option::Option<PayAmount>,
    }
    impl RefundRequest {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: RefundRequired) -> Self {
            Self {
                refund_request_id: required.refund_request_id,
                payment_id: required.payment_id,
                reference_refund_id: ::std::option::Option::None,
                refund_amount: required.refund_amount,
                refund_reason: ::std::option::Option::None,
                refund_notify_url: ::std::option::Option::None,
                capture_id: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
                is_async_refund: ::std::option::Option::None,
                customized_info: ::std::option::Option::None,
                refund_to_bank_info: ::std::option::Option::None,
                extend_info: ::std::option::Option::None,
                refund_details: ::std::option::Option::None,
                refund_source_account_no: ::std::option::Option::None,
                actual_refund_amount: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`RefundRequest`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct RefundRequired {
        /// See [`RefundRequest::refund_request_id`].
        pub refund_request_id: ::vault_runtime::Text<64>,
        /// See [`RefundRequest::payment_id`].
        pub payment_id: ::vault_runtime::Text<64>,
        /// See [`RefundRequest::refund_amount`].
        pub refund_amount: PayAmount,
    }
    /// [`RefundRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `RefundDraft::default()` and set fields, then convert with `RefundRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct RefundDraft {
        /// See [`RefundRequest::refund_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_request_id: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::payment_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::reference_refund_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_refund_id: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::refund_amount`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_amount: ::std::option::Option<PayAmountDraft>,
        /// See [`RefundRequest::refund_reason`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_reason: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::refund_notify_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_notify_url: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::capture_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub capture_id: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::metadata`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::is_async_refund`].
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub is_async_refund: ::std::option::Option<bool>,
        /// See [`RefundRequest::customized_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_info: ::std::option::Option<super::CustomizedInfoDraft>,
        /// See [`RefundRequest::refund_to_bank_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_to_bank_info: ::std::option::Option<super::RefundToBankInfoDraft>,
        /// See [`RefundRequest::extend_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::refund_details`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_details: ::std::option::Option<
            ::std::vec::Vec<super::RefundDetailDraft>,
        >,
        /// See [`RefundRequest::refund_source_account_no`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_source_account_no: ::std::option::Option<::std::string::String>,
        /// See [`RefundRequest::actual_refund_amount`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub actual_refund_amount: ::std::option::Option<PayAmountDraft>,
    }
    impl ::vault_runtime::FromDraft for RefundRequest {
        type Draft = RefundDraft;
        fn from_draft(
            draft: RefundDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let refund_request_id = validator
                .required("refundRequestId", draft.refund_request_id);
            let payment_id = validator.required("paymentId", draft.payment_id);
            let reference_refund_id = validator
                .optional("referenceRefundId", draft.reference_refund_id);
            let refund_amount = validator.required("refundAmount", draft.refund_amount);
            let refund_reason = validator.optional("refundReason", draft.refund_reason);
            let refund_notify_url = validator
                .optional("refundNotifyUrl", draft.refund_notify_url);
            let capture_id = validator.optional("captureId", draft.capture_id);
            let metadata = validator.optional("metadata", draft.metadata);
            let is_async_refund = validator
                .optional("isAsyncRefund", draft.is_async_refund);
            let customized_info = validator
                .optional("customizedInfo", draft.customized_info);
            let refund_to_bank_info = validator
                .optional("refundToBankInfo", draft.refund_to_bank_info);
            let extend_info = validator.optional("extendInfo", draft.extend_info);
            let refund_details = validator
                .optional("refundDetails", draft.refund_details);
            let refund_source_account_no = validator
                .optional("refundSourceAccountNo", draft.refund_source_account_no);
            let actual_refund_amount = validator
                .optional("actualRefundAmount", draft.actual_refund_amount);
            ::std::option::Option::Some(Self {
                refund_request_id: refund_request_id?,
                payment_id: payment_id?,
                reference_refund_id: reference_refund_id?,
                refund_amount: refund_amount?,
                refund_reason: refund_reason?,
                refund_notify_url: refund_notify_url?,
                capture_id: capture_id?,
                metadata: metadata?,
                is_async_refund: is_async_refund?,
                customized_info: customized_info?,
                refund_to_bank_info: refund_to_bank_info?,
                extend_info: extend_info?,
                refund_details: refund_details?,
                refund_source_account_no: refund_source_account_no?,
                actual_refund_amount: actual_refund_amount?,
            })
        }
    }
    impl ::std::convert::TryFrom<RefundDraft> for RefundRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: RefundDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `refund` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`RefundError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct RefundResponse {
        /// Whether the call succeeded. A successful call means that the refund succeeded.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The identifier you gave the refund request.
        ///
        /// > **Note**: This field is returned when the refund succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `refundRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_request_id: ::std::option::Option<::std::string::String>,
        /// The identifier Antom gave the refund. Each _refundId_ belongs to exactly one _refundRequestId_.
        ///
        /// > **Note**: This field is returned when the refund succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `refundId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_id: ::std::option::Option<::std::string::String>,
        /// The identifier Antom gave the original payment.
        ///
        /// > **Note**: This field is returned when the refund succeeds (the value of _result.resultStatus_ is `S`).
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `paymentId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_id: ::std::option::Option<::std::string::String>,
        /// The amount you asked to refund.
        ///
        /// Optional. Wire name: `refundAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_amount: ::std::option::Option<super::response::PaymentAmount>,
        /// When the refund reached success, failure or an unknown state.
        ///
        /// Optional. Wire name: `refundTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// The part of the refund that corresponds to a non-guaranteed coupon.
        ///
        /// Optional. Wire name: `refundNonGuaranteeCouponAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refund_non_guarantee_coupon_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The refund amount in the settlement currency.
        ///
        /// Optional. Wire name: `grossSettlementAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub gross_settlement_amount: ::std::option::Option<
            super::response::PaymentAmount,
        >,
        /// The exchange rate between the settlement currency and the transaction currency.
        ///
        /// > **Note**: This field is returned together with _grossSettlementAmount_.
        ///
        /// Optional. Wire name: `settlementQuote`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub settlement_quote: ::std::option::Option<response::Quote>,
        /// Details about the acquirer that processed the payment.
        ///
        /// Optional. Wire name: `acquirerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_info: ::std::option::Option<super::response::AcquirerInfo>,
        /// The identifier that an acquirer other than Antom gave the transaction.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerReferenceNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_reference_no: ::std::option::Option<::std::string::String>,
        /// The amount actually refunded.
        ///
        /// Optional. Wire name: `actualRefundAmount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub actual_refund_amount: ::std::option::Option<super::response::PaymentAmount>,
    }
    /// A failed `refund` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The value of _result.resultStatus_ tells you what to do next:
    ///
    /// - `S`: the refund succeeded.
    /// - `F`: the refund failed. Look up _result.resultCode_ to decide what to do.
    /// - `U`: the outcome is not known. Send the refund again with the same _refundRequestId_, or check it with **inquiryRefund**.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum RefundError {
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl RefundError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for RefundError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for RefundError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for RefundError {}
    impl ::vault_runtime::Operation for RefundRequest {
        const NAME: &'static str = "refund";
        const PATH: &'static str = "/v1/payments/refund";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::Some(
            "refundRequestId",
        );
        type Response = RefundResponse;
        type Error = RefundError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::Some(
                ::std::convert::AsRef::<str>::as_ref(&self.refund_request_id),
            )
        }
    }
    /// The `Address` object as `capture`, `pay` describe it. Other pages describe `Address` differently, and each description has its own type.
    ///
    /// The address of the merchant.
    ///
    /// > **Note**: Specify this parameter if you have the information.
    ///
    /// Build it with [`Address::new`] from a [`AddressRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Address::try_from(AddressDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct Address {
        /// The country or region, as a two-letter code from the ISO 3166 country code standard.
        ///
        /// **Required.** An ISO 3166-1 alpha-2 country or region code. Wire name: `region`.
        pub region: ::vault_runtime::Region,
        /// The state, province or prefecture. For a card payment by a business entity in the United States with a card issued in Canada, the United States or the United Kingdom, give a two- or three-character region code from the ISO 3166-2 standard.
        ///
        /// Optional. At most 8 characters. Wire name: `state`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::vault_runtime::Text<8>>,
        /// The city, district, suburb, town or village.
        ///
        /// Optional. At most 32 characters. Wire name: `city`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::vault_runtime::Text<32>>,
        /// The first address line, for example the street address, PO box or company name.
        ///
        /// Optional. At most 256 characters. Wire name: `address1`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address1: ::std::option::Option<::vault_runtime::Text<256>>,
        /// The second address line, for example the apartment, suite, unit or building.
        ///
        /// Optional. At most 256 characters. Wire name: `address2`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address2: ::std::option::Option<::vault_runtime::Text<256>>,
        /// The postal code. For a card payment by a business entity in the United States, use only digits, letters, hyphens and spaces, and at most ten characters.
        ///
        /// Optional. At most 32 characters. Wire name: `zipCode`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub zip_code: ::std::option::Option<::vault_runtime::Text<32>>,
        /// A label for the address.
        ///
        /// Optional. Wire name: `label`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        /// A third line of the street address.
        ///
        /// Optional. Wire name: `address3`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address3: ::std::option::Option<::std::string::String>,
    }
    impl Address {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: AddressRequired) -> Self {
            Self {
                region: required.region,
                state: ::std::option::Option::None,
                city: ::std::option::Option::None,
                address1: ::std::option::Option::None,
                address2: ::std::option::Option::None,
                zip_code: ::std::option::Option::None,
                label: ::std::option::Option::None,
                address3: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`Address`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct AddressRequired {
        /// See [`Address::region`].
        pub region: ::vault_runtime::Region,
    }
    /// [`Address`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `AddressDraft::default()` and set fields, then convert with `Address::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct AddressDraft {
        /// See [`Address::region`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        /// See [`Address::state`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        /// See [`Address::city`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        /// See [`Address::address1`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address1: ::std::option::Option<::std::string::String>,
        /// See [`Address::address2`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address2: ::std::option::Option<::std::string::String>,
        /// See [`Address::zip_code`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub zip_code: ::std::option::Option<::std::string::String>,
        /// See [`Address::label`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        /// See [`Address::address3`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address3: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for Address {
        type Draft = AddressDraft;
        fn from_draft(
            draft: AddressDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let region = validator.required("region", draft.region);
            let state = validator.optional("state", draft.state);
            let city = validator.optional("city", draft.city);
            let address1 = validator.optional("address1", draft.address1);
            let address2 = validator.optional("address2", draft.address2);
            let zip_code = validator.optional("zipCode", draft.zip_code);
            let label = validator.optional("label", draft.label);
            let address3 = validator.optional("address3", draft.address3);
            ::std::option::Option::Some(Self {
                region: region?,
                state: state?,
                city: city?,
                address1: address1?,
                address2: address2?,
                zip_code: zip_code?,
                label: label?,
                address3: address3?,
            })
        }
    }
    impl ::std::convert::TryFrom<AddressDraft> for Address {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: AddressDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The `Env` object as `pay` describes it. Other pages describe `Env` differently, and each description has its own type.
    ///
    /// The environment in which the order is placed, such as device information.
    ///
    /// Build it with [`Env::new`] from a [`EnvRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Env::try_from(EnvDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct Env {
        /// The kind of terminal the buyer uses.
        ///
        /// **Required.** Wire name: `terminalType`.
        pub terminal_type: super::TerminalType,
        /// The operating system of the buyer's device.
        ///
        /// > **Note**: Specify this parameter when _terminalType_ is not `WEB`.
        ///
        /// Optional. Wire name: `osType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_type: ::std::option::Option<super::OsType>,
        /// The user agent string of the buyer's browser.
        ///
        /// Optional. Wire name: `userAgent`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_agent: ::std::option::Option<::std::string::String>,
        /// The device token produced by the Antom Device Fingerprint client (an SDK or JavaScript library that collects device details such as the operating system, language, device ID and user agent).
        ///
        /// > **Note**: Specify this parameter if you integrate the Antom Device Fingerprint client.
        ///
        /// Optional. At most 64 characters. Wire name: `deviceTokenId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_token_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The IP address of the buyer's device.
        ///
        /// Optional. Wire name: `clientIp`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub client_ip: ::std::option::Option<::std::string::String>,
        /// An identifier of the buyer's browser cookie.
        ///
        /// Optional. Wire name: `cookieId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cookie_id: ::std::option::Option<::std::string::String>,
        /// Further environment details for special cases.
        ///
        /// > **Note**: Specify this parameter when you need to pass extended information.
        ///
        /// Optional. At most 2048 characters. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::vault_runtime::Text<2048>>,
        /// The identifier of the terminal in the store.
        ///
        /// Optional. Wire name: `storeTerminalId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub store_terminal_id: ::std::option::Option<::std::string::String>,
        /// When the store terminal sent the request.
        ///
        /// Optional. Wire name: `storeTerminalRequestTime`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub store_terminal_request_time: ::std::option::Option<::std::string::String>,
        /// Details of the browser in which the order is placed.
        ///
        /// > **Note**: Specify this parameter when you collect this information during the payment.
        ///
        /// Optional. Wire name: `browserInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub browser_info: ::std::option::Option<super::BrowserInfo>,
        /// The colour depth of the buyer's screen in bits per pixel, as read from `screen.colorDepth`. Possible values are 1, 4, 8, 15, 16, 24, 30, 32 and 48.
        ///
        /// Optional. At least 0. Wire name: `colorDepth`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub color_depth: ::std::option::Option<::vault_runtime::Digits<0, { i64::MAX }>>,
        /// The height of the buyer's screen in pixels.
        ///
        /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
        ///
        /// Optional. At least 1. Wire name: `screenHeight`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_height: ::std::option::Option<
            ::vault_runtime::Digits<1, { i64::MAX }>,
        >,
        /// The width of the buyer's screen in pixels.
        ///
        /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
        ///
        /// Optional. At least 1. Wire name: `screenWidth`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_width: ::std::option::Option<
            ::vault_runtime::Digits<1, { i64::MAX }>,
        >,
        /// The difference in minutes between UTC and the buyer's local time, as returned by `getTimezoneOffset()`; for a browser at UTC+2 the value is `-120`.
        ///
        /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
        ///
        /// Optional. From -720 to 720. Wire name: `timeZoneOffset`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone_offset: ::std::option::Option<::vault_runtime::Int<{ -720 }, 720>>,
        /// The brand of the buyer's device.
        ///
        /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
        ///
        /// Optional. At most 64 characters. Wire name: `deviceBrand`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_brand: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The model of the buyer's device.
        ///
        /// > **Note**: Specify this parameter if you require risk control. Providing it makes fraud and anti-money-laundering checks more accurate and raises the payment success rate.
        ///
        /// Optional. At most 128 characters. Wire name: `deviceModel`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::vault_runtime::Text<128>>,
        /// The language the buyer's device is set to.
        ///
        /// Optional. Wire name: `deviceLanguage`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_language: ::std::option::Option<::std::string::String>,
        /// An identifier of the buyer's device.
        ///
        /// Optional. Wire name: `deviceId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        /// The version of the device's operating system.
        ///
        /// Optional. Wire name: `osVersion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_version: ::std::option::Option<::std::string::String>,
    }
    impl Env {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: EnvRequired) -> Self {
            Self {
                terminal_type: required.terminal_type,
                os_type: ::std::option::Option::None,
                user_agent: ::std::option::Option::None,
                device_token_id: ::std::option::Option::None,
                client_ip: ::std::option::Option::None,
                cookie_id: ::std::option::Option::None,
                extend_info: ::std::option::Option::None,
                store_terminal_id: ::std::option::Option::None,
                store_terminal_request_time: ::std::option::Option::None,
                browser_info: ::std::option::Option::None,
                color_depth: ::std::option::Option::None,
                screen_height: ::std::option::Option::None,
                screen_width: ::std::option::Option::None,
                time_zone_offset: ::std::option::Option::None,
                device_brand: ::std::option::Option::None,
                device_model: ::std::option::Option::None,
                device_language: ::std::option::Option::None,
                device_id: ::std::option::Option::None,
                os_version: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`Env`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EnvRequired {
        /// See [`Env::terminal_type`].
        pub terminal_type: super::TerminalType,
    }
    /// [`Env`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `EnvDraft::default()` and set fields, then convert with `Env::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct EnvDraft {
        /// See [`Env::terminal_type`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub terminal_type: ::std::option::Option<::std::string::String>,
        /// See [`Env::os_type`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_type: ::std::option::Option<::std::string::String>,
        /// See [`Env::user_agent`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_agent: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_token_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_token_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::client_ip`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub client_ip: ::std::option::Option<::std::string::String>,
        /// See [`Env::cookie_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cookie_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::extend_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// See [`Env::store_terminal_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub store_terminal_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::store_terminal_request_time`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub store_terminal_request_time: ::std::option::Option<::std::string::String>,
        /// See [`Env::browser_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub browser_info: ::std::option::Option<super::BrowserInfoDraft>,
        /// See [`Env::color_depth`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub color_depth: ::std::option::Option<::std::string::String>,
        /// See [`Env::screen_height`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_height: ::std::option::Option<::std::string::String>,
        /// See [`Env::screen_width`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_width: ::std::option::Option<::std::string::String>,
        /// See [`Env::time_zone_offset`].
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_int"
        )]
        pub time_zone_offset: ::std::option::Option<i64>,
        /// See [`Env::device_brand`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_brand: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_model`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_language`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_language: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::os_version`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_version: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for Env {
        type Draft = EnvDraft;
        fn from_draft(
            draft: EnvDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let terminal_type = validator.required("terminalType", draft.terminal_type);
            let os_type = validator.optional("osType", draft.os_type);
            let user_agent = validator.optional("userAgent", draft.user_agent);
            let device_token_id = validator
                .optional("deviceTokenId", draft.device_token_id);
            let client_ip = validator.optional("clientIp", draft.client_ip);
            let cookie_id = validator.optional("cookieId", draft.cookie_id);
            let extend_info = validator.optional("extendInfo", draft.extend_info);
            let store_terminal_id = validator
                .optional("storeTerminalId", draft.store_terminal_id);
            let store_terminal_request_time = validator
                .optional("storeTerminalRequestTime", draft.store_terminal_request_time);
            let browser_info = validator.optional("browserInfo", draft.browser_info);
            let color_depth = validator.optional("colorDepth", draft.color_depth);
            let screen_height = validator.optional("screenHeight", draft.screen_height);
            let screen_width = validator.optional("screenWidth", draft.screen_width);
            let time_zone_offset = validator
                .optional("timeZoneOffset", draft.time_zone_offset);
            let device_brand = validator.optional("deviceBrand", draft.device_brand);
            let device_model = validator.optional("deviceModel", draft.device_model);
            let device_language = validator
                .optional("deviceLanguage", draft.device_language);
            let device_id = validator.optional("deviceId", draft.device_id);
            let os_version = validator.optional("osVersion", draft.os_version);
            ::std::option::Option::Some(Self {
                terminal_type: terminal_type?,
                os_type: os_type?,
                user_agent: user_agent?,
                device_token_id: device_token_id?,
                client_ip: client_ip?,
                cookie_id: cookie_id?,
                extend_info: extend_info?,
                store_terminal_id: store_terminal_id?,
                store_terminal_request_time: store_terminal_request_time?,
                browser_info: browser_info?,
                color_depth: color_depth?,
                screen_height: screen_height?,
                screen_width: screen_width?,
                time_zone_offset: time_zone_offset?,
                device_brand: device_brand?,
                device_model: device_model?,
                device_language: device_language?,
                device_id: device_id?,
                os_version: os_version?,
            })
        }
    }
    impl ::std::convert::TryFrom<EnvDraft> for Env {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: EnvDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The `Amount` object as `capture` describes it. Other pages describe `Amount` differently, and each description has its own type.
    ///
    /// The amount to capture, in the currency of the transaction.
    ///
    /// Build it with [`CaptureAmount::new`] from a [`CaptureAmountRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CaptureAmount::try_from(CaptureAmountDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureAmount {
        /// The currency of the amount, as a three-letter code from the ISO 4217 standard.
        ///
        /// **Required.** An ISO 4217 currency code. Wire name: `currency`.
        pub currency: ::vault_runtime::Currency,
        /// The amount as a whole number of the smallest unit of the currency: for example `100` for 1.00 USD, or `1` for 1 JPY. When the currency is `IDR`, round with banker's rounding and end the value in `00`.
        ///
        /// **Required.** At least 1. Wire name: `value`.
        pub value: ::vault_runtime::Digits<1, { i64::MAX }>,
    }
    impl CaptureAmount {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: CaptureAmountRequired) -> Self {
            Self {
                currency: required.currency,
                value: required.value,
            }
        }
    }
    /// The required fields of [`CaptureAmount`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CaptureAmountRequired {
        /// See [`CaptureAmount::currency`].
        pub currency: ::vault_runtime::Currency,
        /// See [`CaptureAmount::value`].
        pub value: ::vault_runtime::Digits<1, { i64::MAX }>,
    }
    /// [`CaptureAmount`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `CaptureAmountDraft::default()` and set fields, then convert with `CaptureAmount::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureAmountDraft {
        /// See [`CaptureAmount::currency`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        /// See [`CaptureAmount::value`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for CaptureAmount {
        type Draft = CaptureAmountDraft;
        fn from_draft(
            draft: CaptureAmountDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let currency = validator.required("currency", draft.currency);
            let value = validator.required("value", draft.value);
            ::std::option::Option::Some(Self {
                currency: currency?,
                value: value?,
            })
        }
    }
    impl ::std::convert::TryFrom<CaptureAmountDraft> for CaptureAmount {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: CaptureAmountDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    impl CaptureAmount {
        /// An amount of `minor_units` of a currency (cents of USD, yen of JPY), checked
        /// against the value's range. No floating point is involved.
        pub fn from_minor_units(
            currency: ::vault_runtime::Currency,
            minor_units: i64,
        ) -> ::std::result::Result<Self, ::vault_runtime::Violation> {
            ::std::result::Result::Ok(
                Self::new(CaptureAmountRequired {
                    currency,
                    value: ::vault_runtime::Digits::new(minor_units)?,
                }),
            )
        }
        /// An amount written as a decimal (`"13.14"` USD is 1314 cents), converted to minor
        /// units digit by digit; more decimals than the currency has is refused.
        pub fn parse(
            currency: ::vault_runtime::Currency,
            amount: &str,
        ) -> ::std::result::Result<Self, ::vault_runtime::Violation> {
            Self::from_minor_units(
                currency,
                ::vault_runtime::minor_units(currency, amount)?,
            )
        }
    }
    /// The `UserName` object as `capture`, `pay` describe it. Other pages describe `UserName` differently, and each description has its own type.
    ///
    /// A person's name, in parts and in full.
    ///
    /// Build it with [`CaptureUserName::new`] from a [`CaptureUserNameRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CaptureUserName::try_from(CaptureUserNameDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureUserName {
        /// The given name.
        ///
        /// **Required.** Wire name: `firstName`.
        pub first_name: ::std::string::String,
        /// The middle name.
        ///
        /// Optional. Wire name: `middleName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub middle_name: ::std::option::Option<::std::string::String>,
        /// The family name.
        ///
        /// **Required.** Wire name: `lastName`.
        pub last_name: ::std::string::String,
        /// The whole name as one string.
        ///
        /// Optional. Wire name: `fullName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub full_name: ::std::option::Option<::std::string::String>,
    }
    impl CaptureUserName {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: CaptureUserNameRequired) -> Self {
            Self {
                first_name: required.first_name,
                middle_name: ::std::option::Option::None,
                last_name: required.last_name,
                full_name: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`CaptureUserName`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CaptureUserNameRequired {
        /// See [`CaptureUserName::first_name`].
        pub first_name: ::std::string::String,
        /// See [`CaptureUserName::last_name`].
        pub last_name: ::std::string::String,
    }
    /// [`CaptureUserName`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `CaptureUserNameDraft::default()` and set fields, then convert with `CaptureUserName::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureUserNameDraft {
        /// See [`CaptureUserName::first_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        /// See [`CaptureUserName::middle_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub middle_name: ::std::option::Option<::std::string::String>,
        /// See [`CaptureUserName::last_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        /// See [`CaptureUserName::full_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub full_name: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for CaptureUserName {
        type Draft = CaptureUserNameDraft;
        fn from_draft(
            draft: CaptureUserNameDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let first_name = validator.required("firstName", draft.first_name);
            let middle_name = validator.optional("middleName", draft.middle_name);
            let last_name = validator.required("lastName", draft.last_name);
            let full_name = validator.optional("fullName", draft.full_name);
            ::std::option::Option::Some(Self {
                first_name: first_name?,
                middle_name: middle_name?,
                last_name: last_name?,
                full_name: full_name?,
            })
        }
    }
    impl ::std::convert::TryFrom<CaptureUserNameDraft> for CaptureUserName {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: CaptureUserNameDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The `Amount` object as `pay`, `refund` describe it. Other pages describe `Amount` differently, and each description has its own type.
    ///
    /// The amount of the order, in the order currency.
    ///
    /// Build it with [`PayAmount::new`] from a [`PayAmountRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `PayAmount::try_from(PayAmountDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PayAmount {
        /// The currency of the amount, as a three-letter code from the ISO 4217 standard.
        ///
        /// **Required.** An ISO 4217 currency code. Wire name: `currency`.
        pub currency: ::vault_runtime::Currency,
        /// The amount as a whole number of the smallest unit of the currency: for example `100` for 1.00 USD, or `1` for 1 JPY. When the currency is `IDR`, round with banker's rounding and end the value in `00`.
        ///
        /// **Required.** At least 0. Wire name: `value`.
        pub value: ::vault_runtime::Digits<0, { i64::MAX }>,
    }
    impl PayAmount {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: PayAmountRequired) -> Self {
            Self {
                currency: required.currency,
                value: required.value,
            }
        }
    }
    /// The required fields of [`PayAmount`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct PayAmountRequired {
        /// See [`PayAmount::currency`].
        pub currency: ::vault_runtime::Currency,
        /// See [`PayAmount::value`].
        pub value: ::vault_runtime::Digits<0, { i64::MAX }>,
    }
    /// [`PayAmount`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `PayAmountDraft::default()` and set fields, then convert with `PayAmount::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PayAmountDraft {
        /// See [`PayAmount::currency`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<::std::string::String>,
        /// See [`PayAmount::value`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for PayAmount {
        type Draft = PayAmountDraft;
        fn from_draft(
            draft: PayAmountDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let currency = validator.required("currency", draft.currency);
            let value = validator.required("value", draft.value);
            ::std::option::Option::Some(Self {
                currency: currency?,
                value: value?,
            })
        }
    }
    impl ::std::convert::TryFrom<PayAmountDraft> for PayAmount {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: PayAmountDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    impl PayAmount {
        /// An amount of `minor_units` of a currency (cents of USD, yen of JPY), checked
        /// against the value's range. No floating point is involved.
        pub fn from_minor_units(
            currency: ::vault_runtime::Currency,
            minor_units: i64,
        ) -> ::std::result::Result<Self, ::vault_runtime::Violation> {
            ::std::result::Result::Ok(
                Self::new(PayAmountRequired {
                    currency,
                    value: ::vault_runtime::Digits::new(minor_units)?,
                }),
            )
        }
        /// An amount written as a decimal (`"13.14"` USD is 1314 cents), converted to minor
        /// units digit by digit; more decimals than the currency has is refused.
        pub fn parse(
            currency: ::vault_runtime::Currency,
            amount: &str,
        ) -> ::std::result::Result<Self, ::vault_runtime::Violation> {
            Self::from_minor_units(
                currency,
                ::vault_runtime::minor_units(currency, amount)?,
            )
        }
    }
    /// The `UserName` object as `refund` describes it. Other pages describe `UserName` differently, and each description has its own type.
    ///
    /// The name of the account holder.
    ///
    /// Build it with [`RefundUserName::new`] from a [`RefundUserNameRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `RefundUserName::try_from(RefundUserNameDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct RefundUserName {
        /// The given name.
        ///
        /// **Required.** Wire name: `firstName`.
        pub first_name: ::std::string::String,
        /// The middle name.
        ///
        /// **Required.** Wire name: `middleName`.
        pub middle_name: ::std::string::String,
        /// The family name.
        ///
        /// **Required.** Wire name: `lastName`.
        pub last_name: ::std::string::String,
        /// The whole name as one string.
        ///
        /// **Required.** Wire name: `fullName`.
        pub full_name: ::std::string::String,
    }
    impl RefundUserName {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: RefundUserNameRequired) -> Self {
            Self {
                first_name: required.first_name,
                middle_name: required.middle_name,
                last_name: required.last_name,
                full_name: required.full_name,
            }
        }
    }
    /// The required fields of [`RefundUserName`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct RefundUserNameRequired {
        /// See [`RefundUserName::first_name`].
        pub first_name: ::std::string::String,
        /// See [`RefundUserName::middle_name`].
        pub middle_name: ::std::string::String,
        /// See [`RefundUserName::last_name`].
        pub last_name: ::std::string::String,
        /// See [`RefundUserName::full_name`].
        pub full_name: ::std::string::String,
    }
    /// [`RefundUserName`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `RefundUserNameDraft::default()` and set fields, then convert with `RefundUserName::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct RefundUserNameDraft {
        /// See [`RefundUserName::first_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        /// See [`RefundUserName::middle_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub middle_name: ::std::option::Option<::std::string::String>,
        /// See [`RefundUserName::last_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        /// See [`RefundUserName::full_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub full_name: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for RefundUserName {
        type Draft = RefundUserNameDraft;
        fn from_draft(
            draft: RefundUserNameDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let first_name = validator.required("firstName", draft.first_name);
            let middle_name = validator.required("middleName", draft.middle_name);
            let last_name = validator.required("lastName", draft.last_name);
            let full_name = validator.required("fullName", draft.full_name);
            ::std::option::Option::Some(Self {
                first_name: first_name?,
                middle_name: middle_name?,
                last_name: last_name?,
                full_name: full_name?,
            })
        }
    }
    impl ::std::convert::TryFrom<RefundUserNameDraft> for RefundUserName {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: RefundUserNameDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// Object types and enums of the messages of this family that Antom sends, where they are scoped to one of its APIs.
    pub mod response {
        /// The `PspCustomerInfo` object as `inquiryPayment`, `pay` describe it. Other pages describe `PspCustomerInfo` differently, and each description has its own type.
        ///
        /// The buyer's customer information at the Alipay+ payment method.
        ///
        /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct PspCustomerInfo {
            /// The name of the Alipay+ payment method.
            ///
            /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
            ///
            /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `pspName`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub psp_name: ::std::option::Option<::std::string::String>,
            /// The buyer's customer ID at the Alipay+ payment method.
            ///
            /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
            ///
            /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `pspCustomerId`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub psp_customer_id: ::std::option::Option<::std::string::String>,
            /// A customer ID meant for display, such as a login ID.
            ///
            /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
            ///
            /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `displayCustomerId`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub display_customer_id: ::std::option::Option<::std::string::String>,
            /// The buyer's name as the payment method shows it.
            ///
            /// Optional. Wire name: `displayCustomerName`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub display_customer_name: ::std::option::Option<::std::string::String>,
            /// The buyer's user ID in the Alipay system.
            ///
            /// Optional. Wire name: `customer2088Id`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub customer2088_id: ::std::option::Option<::std::string::String>,
            /// Further information for special cases.
            ///
            /// Optional. Wire name: `extendInfo`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub extend_info: ::std::option::Option<::std::string::String>,
        }
        /// The `Quote` object as `inquiryPayment`, `inquiryRefund`, `pay`, `refund` describe it. Other pages describe `Quote` differently, and each description has its own type.
        ///
        /// The exchange rate between the payment currency and the currency the buyer actually pays in.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct Quote {
            /// The identifier Antom gives this exchange rate.
            ///
            /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `quoteId`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub quote_id: ::std::option::Option<::std::string::String>,
            /// The two currencies the rate converts between, as ISO 4217 codes separated by a slash (for example `USD/SGD`).
            ///
            /// **Required.** At most 16 characters (as documented; not checked on receipt). Wire name: `quoteCurrencyPair`.
            pub quote_currency_pair: ::std::string::String,
            /// The exchange rate applied when converting between the two currencies.
            ///
            /// **Required.** A decimal number, sent as a string. At least 1 (as documented; not checked on receipt). Wire name: `quotePrice`.
            pub quote_price: ::std::string::String,
            /// When the rate starts to apply.
            ///
            /// Optional. Wire name: `quoteStartTime`.
            ///
            /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub quote_start_time: ::std::option::Option<::vault_runtime::DateTime>,
            /// When the rate stops applying.
            ///
            /// Optional. Wire name: `quoteExpiryTime`.
            ///
            /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub quote_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
            /// Whether the rate is guaranteed for the payment.
            ///
            /// Optional. Wire name: `guaranteed`.
            #[serde(
                default,
                skip_serializing_if = "::std::option::Option::is_none",
                deserialize_with = "::vault_runtime::wire::option_bool"
            )]
            pub guaranteed: ::std::option::Option<bool>,
            /// An amount converted at this exchange rate.
            ///
            /// Optional. Wire name: `exchangeAmount`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub exchange_amount: ::std::option::Option<
                super::super::response::PaymentAmount,
            >,
        }
        /// The `CreditPayPlan` object as `inquiryPayment` describes it. Other pages describe `CreditPayPlan` differently, and each description has its own type.
        ///
        /// The instalment plan, for an instalment payment.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct InquiryPaymentCreditPayPlan {
            /// How many instalments the payment is split into, from 2 to 12.
            ///
            /// Optional. Wire name: `installmentNum`.
            #[serde(
                default,
                skip_serializing_if = "::std::option::Option::is_none",
                deserialize_with = "::vault_runtime::wire::option_int"
            )]
            pub installment_num: ::std::option::Option<i64>,
            /// The interval between instalments.
            ///
            /// Optional. Wire name: `interval`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub interval: ::std::option::Option<::std::string::String>,
            /// How the instalment fee is expressed.
            ///
            /// > **Note**: Specify this parameter when you want the fee expressed as a percentage.
            ///
            /// Optional. Wire name: `creditPayFeeType`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub credit_pay_fee_type: ::std::option::Option<
                super::super::response::CreditPayFeeType,
            >,
            /// The share of the instalment fee that the seller bears: `0` means the seller pays none of it, `100` means the seller pays all of it.
            ///
            /// > **Note**: Specify this parameter when the value of _creditPayFeeType_ is `PERCENTAGE`.
            ///
            /// Optional. Wire name: `feePercentage`.
            #[serde(
                default,
                skip_serializing_if = "::std::option::Option::is_none",
                deserialize_with = "::vault_runtime::wire::option_int"
            )]
            pub fee_percentage: ::std::option::Option<i64>,
        }
        /// The `Discount` object as `inquiryPayment` describes it. Other pages describe `Discount` differently, and each description has its own type.
        ///
        /// The discount that was applied.
        ///
        /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct InquiryPaymentDiscount {
            /// The tag of the discount.
            ///
            /// Optional. Wire name: `discountTag`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub discount_tag: ::std::option::Option<::std::string::String>,
            /// The name of the discount.
            ///
            /// Optional. At most 128 characters (as documented; not checked on receipt). Wire name: `discountName`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub discount_name: ::std::option::Option<::std::string::String>,
            /// The amount the buyer saved.
            ///
            /// Optional. Wire name: `savingsAmount`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub savings_amount: ::std::option::Option<
                super::super::response::PaymentAmount,
            >,
            /// The amount the buyer was estimated to save.
            ///
            /// Optional. Wire name: `estimateSavingsAmount`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub estimate_savings_amount: ::std::option::Option<
                super::super::response::PaymentAmount,
            >,
        }
        /// The `PaymentResultInfo` object as `inquiryPayment` describes it. Other pages describe `PaymentResultInfo` differently, and each description has its own type.
        ///
        /// The outcome details of the payment, such as card data and the card token.
        ///
        /// > **Note**: This field is returned when _paymentMethodType_ in the **pay** request is `CARD`, `GRABPAY_MY` or `GRABPAY_SG` and _paymentStatus_ is `SUCCESS` or `FAIL`.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct InquiryPaymentPaymentResultInfo {
            /// The name of the bank that issued the card.
            ///
            /// Optional. Wire name: `issuerName`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub issuer_name: ::std::option::Option<::std::string::String>,
            /// The raw decline code passed on from the card channel when a card payment fails.
            ///
            /// Optional. Wire name: `refusalCodeRaw`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub refusal_code_raw: ::std::option::Option<::std::string::String>,
            /// The raw decline reason passed on from the card channel when a card payment fails.
            ///
            /// Optional. Wire name: `refusalReasonRaw`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub refusal_reason_raw: ::std::option::Option<::std::string::String>,
            /// The merchant advice code that comes with the payment result.
            ///
            /// Optional. Wire name: `merchantAdviceCode`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub merchant_advice_code: ::std::option::Option<::std::string::String>,
            /// Details about the acquirer that processed the payment.
            ///
            /// Optional. Wire name: `acquirerInfo`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub acquirer_info: ::std::option::Option<
                super::super::response::AcquirerInfo,
            >,
            /// The card number with most digits hidden, safe to show to the buyer.
            ///
            /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardNo`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub card_no: ::std::option::Option<
                ::vault_runtime::Secret<::std::string::String>,
            >,
            /// The card brand, which you can show to the buyer.
            ///
            /// Optional. Wire name: `cardBrand`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub card_brand: ::std::option::Option<::std::string::String>,
            /// The token that stands for the card. Pass it as _paymentMethod.paymentMethodId_ in a later **pay** request to charge the same card.
            ///
            /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardToken`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub card_token: ::std::option::Option<
                ::vault_runtime::Secret<::std::string::String>,
            >,
            /// The country where the card was issued.
            ///
            /// Optional. Wire name: `issuingCountry`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub issuing_country: ::std::option::Option<::std::string::String>,
            /// How the card is funded, for example credit or debit.
            ///
            /// Optional. Wire name: `funding`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub funding: ::std::option::Option<::std::string::String>,
            /// The code of the country or region of the payment method.
            ///
            /// Optional. Wire name: `paymentMethodRegion`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub payment_method_region: ::std::option::Option<::std::string::String>,
            /// The outcome of 3-D Secure authentication.
            ///
            /// Optional. Wire name: `threeDSResult`.
            #[serde(
                rename = "threeDSResult",
                default,
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            pub three_ds_result: ::std::option::Option<
                super::super::response::ThreeDSResult,
            >,
            /// The raw result of the address verification (AVS) check.
            ///
            /// Optional. Wire name: `avsResultRaw`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub avs_result_raw: ::std::option::Option<::std::string::String>,
            /// The raw result of the card security code check (CVV, CSC or CVC).
            ///
            /// Optional. Wire name: `cvvResultRaw`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub cvv_result_raw: ::std::option::Option<::std::string::String>,
            /// The identifier the card scheme gave the transaction; pass it in the same field of later **pay** requests for follow-up payments.
            ///
            /// Optional. Wire name: `networkTransactionId`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub network_transaction_id: ::std::option::Option<::std::string::String>,
            /// The instalment plan, for an instalment payment.
            ///
            /// Optional. Wire name: `creditPayPlan`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub credit_pay_plan: ::std::option::Option<InquiryPaymentCreditPayPlan>,
            /// The name of the cardholder.
            ///
            /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
            ///
            /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `cardholderName`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub cardholder_name: ::std::option::Option<::std::string::String>,
            /// The first digits of the card number (the BIN), which identify the issuer and the card type.
            ///
            /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
            ///
            /// Optional. At most 8 characters (as documented; not checked on receipt). Wire name: `cardBin`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub card_bin: ::std::option::Option<::std::string::String>,
            /// The last four digits of the card number.
            ///
            /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
            ///
            /// Optional. At most 4 characters (as documented; not checked on receipt). Wire name: `lastFour`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub last_four: ::std::option::Option<::std::string::String>,
            /// The month in which the card expires, as two digits (`02` for February).
            ///
            /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
            ///
            /// Optional. At most 2 characters (as documented; not checked on receipt). Wire name: `expiryMonth`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub expiry_month: ::std::option::Option<::std::string::String>,
            /// The last two digits of the year in which the card expires (`25` for 2025).
            ///
            /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
            ///
            /// Optional. At most 2 characters (as documented; not checked on receipt). Wire name: `expiryYear`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub expiry_year: ::std::option::Option<::std::string::String>,
            /// The category of the card, for example `CONSUMER`.
            ///
            /// Optional. Wire name: `cardCategory`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub card_category: ::std::option::Option<::std::string::String>,
            /// The account number behind the payment method.
            ///
            /// Optional. Wire name: `accountNo`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub account_no: ::std::option::Option<::std::string::String>,
            /// The exemption from strong customer authentication that was requested.
            ///
            /// Optional. Wire name: `exemptionRequested`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub exemption_requested: ::std::option::Option<::std::string::String>,
            /// The kind of payment credential used for the payment.
            ///
            /// Optional. Wire name: `credentialTypeUsed`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub credential_type_used: ::std::option::Option<::std::string::String>,
            /// The retrieval reference number, which the buyer can use to trace the payment, refund or dispute.
            ///
            /// Optional. At most 32 characters (as documented; not checked on receipt). Wire name: `rrn`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub rrn: ::std::option::Option<::std::string::String>,
            /// Whether the buyer authorized the binding during the transaction. Returned only for `PAYPAY` payments made with the payment factor _smartPaymentEnabled_ set to `true`.
            ///
            /// Optional. Wire name: `userAuthorizationStatus`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub user_authorization_status: ::std::option::Option<
                super::super::response::UserAuthorizationStatus,
            >,
        }
        /// The `PromotionResult` object as `inquiryPayment` describes it. Other pages describe `PromotionResult` differently, and each description has its own type.
        ///
        /// The promotions applied to the payment.
        ///
        /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct InquiryPaymentPromotionResult {
            /// The kind of promotion.
            ///
            /// **Required.** Wire name: `promotionType`.
            pub promotion_type: super::super::response::PromotionType,
            /// The discount that was applied.
            ///
            /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
            ///
            /// Optional. Wire name: `discount`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub discount: ::std::option::Option<InquiryPaymentDiscount>,
        }
        /// The `RedirectActionForm` object as `inquiryPayment` describes it. Other pages describe `RedirectActionForm` differently, and each description has its own type.
        ///
        /// Where and how to send the buyer to continue the payment.
        ///
        /// > **Note**: This field is returned when the value of _paymentResultCode_ is `PAYMENT_IN_PROCESS`.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct InquiryPaymentRedirectActionForm {
            /// The HTTP method to use for the redirection.
            ///
            /// Optional. Wire name: `method`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub method: ::std::option::Option<super::super::response::Method>,
            /// The parameters of the request, as key-value pairs.
            ///
            /// > **Note**: This field is returned only when _method_ is `POST`.
            ///
            /// Optional. At most 2048 characters (as documented; not checked on receipt). Wire name: `parameters`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub parameters: ::std::option::Option<::std::string::String>,
            /// The address to send the buyer to.
            ///
            /// **Required.** A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `redirectUrl`.
            pub redirect_url: ::std::string::String,
            /// The kind of action form. The value of this parameter is fixed to `RedirectActionForm`.
            ///
            /// **Required.** Always `RedirectActionForm`. Wire name: `actionFormType`.
            pub action_form_type: ::std::string::String,
        }
        /// The `RedirectActionForm` object as `pay` describes it. Other pages describe `RedirectActionForm` differently, and each description has its own type.
        ///
        /// Details of a redirection that completes the payment.
        #[derive(
            Debug,
            Clone,
            Default,
            PartialEq,
            Eq,
            ::vault_runtime::__private::serde::Serialize,
            ::vault_runtime::__private::serde::Deserialize
        )]
        #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
        #[non_exhaustive]
        pub struct PayRedirectActionForm {
            /// The HTTP method to use for the redirection.
            ///
            /// Optional. Wire name: `method`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub method: ::std::option::Option<::std::string::String>,
            /// The parameters to send with the redirection.
            ///
            /// Optional. Wire name: `parameters`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub parameters: ::std::option::Option<::std::string::String>,
            /// The address to send the buyer to.
            ///
            /// Optional. An absolute http(s) URL (as documented; not checked on receipt). Wire name: `redirectUrl`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub redirect_url: ::std::option::Option<::std::string::String>,
            /// The kind of action form.
            ///
            /// Optional. Wire name: `actionFormType`.
            #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            pub action_form_type: ::std::option::Option<::std::string::String>,
        }
        /// The valid values of `refundStatus`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        #[repr(u32)]
        pub enum InquiryRefundRefundStatus {
            /// `SUCCESS`: the refund succeeded.
            Success = 3349793328,
            /// `PROCESSING`: the refund is still being processed.
            Processing = 3662524102,
            /// `FAIL`: the refund failed.
            Fail = 1547930925,
            /// A value the page does not list.
            Undocumented(::std::string::String) = 0,
        }
        ::vault_runtime::open_enum!(
            InquiryRefundRefundStatus { Success = "SUCCESS", Processing = "PROCESSING",
            Fail = "FAIL" }
        );
    }
}
/// The `vaults` family: `createVaultingSession`, `inquireVaulting`, `vaultPaymentMethod`.
#[cfg(feature = "vaulting")]
pub mod vaults {
    /// Opens a card-vaulting session that the client-side SDK then completes.
    ///
    /// Endpoint: `POST /v1/vaults/createVaultingSession`.
    ///
    /// Call this API from your server before any payment, when the buyer is about to save a card through the client-side SDK. Antom answers with encrypted session data; hand that data to your front end, where it starts the SDK, which collects the card details and finishes the vaulting.
    ///
    /// > **Note**: The session data is opaque. Pass it to the SDK as received; do not parse, log or store it.
    ///
    /// **Idempotency** (`vaultingRequestId`): This field is an API idempotency field. A request that repeats a _vaultingRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
    ///
    /// Build it with [`CreateVaultingSessionRequest::new`] from a [`CreateVaultingSessionRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CreateVaultingSessionRequest::try_from(CreateVaultingSessionDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CreateVaultingSessionRequest {
        /// Which kind of payment method the buyer is going to save. The value of this parameter is fixed to `CARD`.
        ///
        /// **Required.** Always `CARD`. Wire name: `paymentMethodType`.
        pub payment_method_type: ::vault_runtime::Fixed<super::fixed_values::Card>,
        /// Your own identifier for this vaulting request, unique among all the vaulting requests you send.
        ///
        /// **Required.** At most 64 characters. Wire name: `vaultingRequestId`.
        ///
        /// This field is an API idempotency field. A request that repeats a _vaultingRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
        pub vaulting_request_id: ::vault_runtime::Text<64>,
        /// The address on your server where Antom posts the outcome of the vaulting.
        ///
        /// **Required.** An absolute http(s) URL of at most 2048 characters. Wire name: `vaultingNotificationUrl`.
        pub vaulting_notification_url: ::vault_runtime::HttpUrl<2048>,
        /// A page of yours that the buyer's browser opens once vaulting is over.
        ///
        /// > **Note**: Specify this parameter when the buyer should come straight back to your site after vaulting.
        ///
        /// Optional. An absolute http(s) URL of at most 2048 characters. Wire name: `redirectUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::vault_runtime::HttpUrl<2048>>,
        /// The country or region in which you run the business, as a two-letter code from the ISO 3166 country code standard. Some possible values are `US`, `SG`, `HK`, `PK`, `JP`, `CN`, `BR`, `AU`, and `MY`.
        ///
        /// > **Note**: Specify this parameter when you integrate through the Global Acquirer Gateway (GAGW) product.
        ///
        /// Optional. An ISO 3166-1 alpha-2 country or region code. Wire name: `merchantRegion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_region: ::std::option::Option<::vault_runtime::Region>,
    }
    impl CreateVaultingSessionRequest {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: CreateVaultingSessionRequired) -> Self {
            Self {
                payment_method_type: ::vault_runtime::Fixed::VALUE,
                vaulting_request_id: required.vaulting_request_id,
                vaulting_notification_url: required.vaulting_notification_url,
                redirect_url: ::std::option::Option::None,
                merchant_region: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`CreateVaultingSessionRequest`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct CreateVaultingSessionRequired {
        /// See [`CreateVaultingSessionRequest::vaulting_request_id`].
        pub vaulting_request_id: ::vault_runtime::Text<64>,
        /// See [`CreateVaultingSessionRequest::vaulting_notification_url`].
        pub vaulting_notification_url: ::vault_runtime::HttpUrl<2048>,
    }
    /// [`CreateVaultingSessionRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `CreateVaultingSessionDraft::default()` and set fields, then convert with `CreateVaultingSessionRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CreateVaultingSessionDraft {
        /// See [`CreateVaultingSessionRequest::vaulting_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub vaulting_request_id: ::std::option::Option<::std::string::String>,
        /// See [`CreateVaultingSessionRequest::vaulting_notification_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub vaulting_notification_url: ::std::option::Option<::std::string::String>,
        /// See [`CreateVaultingSessionRequest::redirect_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        /// See [`CreateVaultingSessionRequest::merchant_region`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_region: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for CreateVaultingSessionRequest {
        type Draft = CreateVaultingSessionDraft;
        fn from_draft(
            draft: CreateVaultingSessionDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let vaulting_request_id = validator
                .required("vaultingRequestId", draft.vaulting_request_id);
            let vaulting_notification_url = validator
                .required("vaultingNotificationUrl", draft.vaulting_notification_url);
            let redirect_url = validator.optional("redirectUrl", draft.redirect_url);
            let merchant_region = validator
                .optional("merchantRegion", draft.merchant_region);
            ::std::option::Option::Some(Self {
                payment_method_type: ::vault_runtime::Fixed::VALUE,
                vaulting_request_id: vaulting_request_id?,
                vaulting_notification_url: vaulting_notification_url?,
                redirect_url: redirect_url?,
                merchant_region: merchant_region?,
            })
        }
    }
    impl ::std::convert::TryFrom<CreateVaultingSessionDraft>
    for CreateVaultingSessionRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: CreateVaultingSessionDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `createVaultingSession` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`CreateVaultingSessionError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CreateVaultingSessionResponse {
        /// How the call went: its code, its status and a readable message.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The session data, encrypted by Antom. Give it unchanged to your front end, which uses it to start the client-side SDK.
        ///
        /// **Required.** At most 4096 characters (as documented; not checked on receipt). Sensitive: redacted in `Debug`. Wire name: `vaultingSessionData`.
        pub vaulting_session_data: ::vault_runtime::Secret<::std::string::String>,
        /// The identifier Antom gives the vaulting session, in encrypted form.
        ///
        /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `vaultingSessionId`.
        pub vaulting_session_id: ::std::string::String,
        /// The moment from which the session can no longer be used.
        ///
        /// **Required.** Wire name: `vaultingSessionExpiryTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        pub vaulting_session_expiry_time: ::vault_runtime::DateTime,
    }
    /// A failed `createVaultingSession` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The _result.resultStatus_ field of the response says how to go on:
    ///
    /// - `S`: the session exists. Learn how the vaulting ends from the notification sent to _vaultingNotificationUrl_ or by calling **inquireVaulting**.
    /// - `F`: the call failed; _result.resultCode_ tells you why.
    /// - `U`: the outcome is not known. Send the request again with the same _vaultingRequestId_.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum CreateVaultingSessionError {
        /// `PARAM_ILLEGAL` (status `F`): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
        ///
        /// Further action: Check that every required header and body field of this API is present and well formed, then send a corrected request.
        ParamIllegal {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1493591235,
        /// `PROCESS_FAIL` (status `F`): Processing failed for a business reason.
        ///
        /// Further action: Do not retry. Someone usually has to look into it; contact Antom Technical Support.
        ProcessFail {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1798780235,
        /// `UNKNOWN_EXCEPTION` (status `U`): The call failed for a reason that is not known.
        ///
        /// Further action: Call the API again. If the problem persists, contact Antom Technical Support.
        UnknownException {
            /// The message the server sent.
            message: ::std::string::String,
        } = 4254024603,
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl CreateVaultingSessionError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                ("PARAM_ILLEGAL", ::vault_runtime::ResultStatus::F) => {
                    Self::ParamIllegal { message }
                }
                ("PROCESS_FAIL", ::vault_runtime::ResultStatus::F) => {
                    Self::ProcessFail { message }
                }
                ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U) => {
                    Self::UnknownException { message }
                }
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for CreateVaultingSessionError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[
            ::vault_runtime::CodeInfo {
                code: "SUCCESS",
                status: ::vault_runtime::ResultStatus::S,
                message: "Success",
                further_action: "The session is created; nothing more is needed.",
            },
            ::vault_runtime::CodeInfo {
                code: "PARAM_ILLEGAL",
                status: ::vault_runtime::ResultStatus::F,
                message: "A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.",
                further_action: "Check that every required header and body field of this API is present and well formed, then send a corrected request.",
            },
            ::vault_runtime::CodeInfo {
                code: "PROCESS_FAIL",
                status: ::vault_runtime::ResultStatus::F,
                message: "Processing failed for a business reason.",
                further_action: "Do not retry. Someone usually has to look into it; contact Antom Technical Support.",
            },
            ::vault_runtime::CodeInfo {
                code: "UNKNOWN_EXCEPTION",
                status: ::vault_runtime::ResultStatus::U,
                message: "The call failed for a reason that is not known.",
                further_action: "Call the API again. If the problem persists, contact Antom Technical Support.",
            },
        ];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::ParamIllegal { message, .. } => {
                    ("PARAM_ILLEGAL", ::vault_runtime::ResultStatus::F, message)
                }
                Self::ProcessFail { message, .. } => {
                    ("PROCESS_FAIL", ::vault_runtime::ResultStatus::F, message)
                }
                Self::UnknownException { message, .. } => {
                    ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U, message)
                }
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for CreateVaultingSessionError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for CreateVaultingSessionError {}
    impl ::vault_runtime::Operation for CreateVaultingSessionRequest {
        const NAME: &'static str = "createVaultingSession";
        const PATH: &'static str = "/v1/vaults/createVaultingSession";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::Some(
            "vaultingRequestId",
        );
        type Response = CreateVaultingSessionResponse;
        type Error = CreateVaultingSessionError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::Some(
                ::std::convert::AsRef::<str>::as_ref(&self.vaulting_request_id),
            )
        }
    }
    /// Asks how a vaulting request stands.
    ///
    /// Endpoint: `POST /v1/vaults/inquireVaulting`.
    ///
    /// Call this API to learn the outcome of a vaulting request, for example when its notification is late or when the vaulting call ended with an unknown status. The `result` says whether the inquiry itself worked; _vaultingStatus_ says how the vaulting stands.
    ///
    /// Build it with [`InquireVaultingRequest::new`] from a [`InquireVaultingRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `InquireVaultingRequest::try_from(InquireVaultingDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquireVaultingRequest {
        /// The _vaultingRequestId_ of the vaulting request to look up.
        ///
        /// **Required.** At most 64 characters. Wire name: `vaultingRequestId`.
        pub vaulting_request_id: ::vault_runtime::Text<64>,
        /// The merchant account the card was vaulted for, when you have several.
        ///
        /// Optional. At most 64 characters. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::vault_runtime::Text<64>>,
    }
    impl InquireVaultingRequest {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: InquireVaultingRequired) -> Self {
            Self {
                vaulting_request_id: required.vaulting_request_id,
                merchant_account_id: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`InquireVaultingRequest`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct InquireVaultingRequired {
        /// See [`InquireVaultingRequest::vaulting_request_id`].
        pub vaulting_request_id: ::vault_runtime::Text<64>,
    }
    /// [`InquireVaultingRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `InquireVaultingDraft::default()` and set fields, then convert with `InquireVaultingRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquireVaultingDraft {
        /// See [`InquireVaultingRequest::vaulting_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub vaulting_request_id: ::std::option::Option<::std::string::String>,
        /// See [`InquireVaultingRequest::merchant_account_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for InquireVaultingRequest {
        type Draft = InquireVaultingDraft;
        fn from_draft(
            draft: InquireVaultingDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let vaulting_request_id = validator
                .required("vaultingRequestId", draft.vaulting_request_id);
            let merchant_account_id = validator
                .optional("merchantAccountId", draft.merchant_account_id);
            ::std::option::Option::Some(Self {
                vaulting_request_id: vaulting_request_id?,
                merchant_account_id: merchant_account_id?,
            })
        }
    }
    impl ::std::convert::TryFrom<InquireVaultingDraft> for InquireVaultingRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: InquireVaultingDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `inquireVaulting` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`InquireVaultingError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct InquireVaultingResponse {
        /// How the call went: its code, its status and a readable message.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The _vaultingRequestId_ that was looked up.
        ///
        /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `vaultingRequestId`.
        pub vaulting_request_id: ::std::string::String,
        /// How the vaulting stands. This field is returned when _result.resultStatus_ is `S`.
        ///
        /// Optional. Wire name: `vaultingStatus`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub vaulting_status: ::std::option::Option<super::response::VaultingStatus>,
        /// The vaulted payment method, with its token. This field is returned when _vaultingStatus_ is `SUCCESS`.
        ///
        /// Optional. Wire name: `paymentMethodDetail`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_detail: ::std::option::Option<
            super::response::PaymentMethodDetail,
        >,
        /// The web page where the buyer confirms the card; returned while _vaultingStatus_ is `PROCESSING`.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `normalUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub normal_url: ::std::option::Option<::std::string::String>,
        /// The URL scheme that opens the confirmation in an app; returned while _vaultingStatus_ is `PROCESSING`.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `schemeUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub scheme_url: ::std::option::Option<::std::string::String>,
        /// The universal link that opens the confirmation in an app; returned while _vaultingStatus_ is `PROCESSING`.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `applinkUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub applink_url: ::std::option::Option<::std::string::String>,
    }
    /// A failed `inquireVaulting` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The _result.resultStatus_ field says whether the inquiry worked, not how the vaulting went:
    ///
    /// - `S`: the inquiry worked; read _vaultingStatus_.
    /// - `F`: the inquiry failed; _result.resultCode_ tells you why.
    /// - `U`: the outcome is not known. Inquire again with the same _vaultingRequestId_.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum InquireVaultingError {
        /// `VAULTING_NOT_EXIST` (status `F`): No vaulting request has this vaultingRequestId.
        ///
        /// Further action: Check the vaultingRequestId you inquired with.
        VaultingNotExist {
            /// The message the server sent.
            message: ::std::string::String,
        } = 3925623315,
        /// `UNKNOWN_EXCEPTION` (status `U`): The call failed for a reason that is not known.
        ///
        /// Further action: Inquire again with the same vaultingRequestId. If the problem persists, contact Antom Technical Support.
        UnknownException {
            /// The message the server sent.
            message: ::std::string::String,
        } = 4254024603,
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    impl InquireVaultingError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                ("VAULTING_NOT_EXIST", ::vault_runtime::ResultStatus::F) => {
                    Self::VaultingNotExist { message }
                }
                ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U) => {
                    Self::UnknownException { message }
                }
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for InquireVaultingError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[
            ::vault_runtime::CodeInfo {
                code: "SUCCESS",
                status: ::vault_runtime::ResultStatus::S,
                message: "Success",
                further_action: "Read _vaultingStatus_ for the outcome of the vaulting.",
            },
            ::vault_runtime::CodeInfo {
                code: "VAULTING_NOT_EXIST",
                status: ::vault_runtime::ResultStatus::F,
                message: "No vaulting request has this vaultingRequestId.",
                further_action: "Check the vaultingRequestId you inquired with.",
            },
            ::vault_runtime::CodeInfo {
                code: "UNKNOWN_EXCEPTION",
                status: ::vault_runtime::ResultStatus::U,
                message: "The call failed for a reason that is not known.",
                further_action: "Inquire again with the same vaultingRequestId. If the problem persists, contact Antom Technical Support.",
            },
        ];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let _ = body;
            ::std::result::Result::Ok(Self::classify(result))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result)
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::VaultingNotExist { message, .. } => {
                    ("VAULTING_NOT_EXIST", ::vault_runtime::ResultStatus::F, message)
                }
                Self::UnknownException { message, .. } => {
                    ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U, message)
                }
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
    }
    impl ::std::fmt::Display for InquireVaultingError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for InquireVaultingError {}
    impl ::vault_runtime::Operation for InquireVaultingRequest {
        const NAME: &'static str = "inquireVaulting";
        const PATH: &'static str = "/v1/vaults/inquireVaulting";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::None;
        type Response = InquireVaultingResponse;
        type Error = InquireVaultingError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::None
        }
    }
    /// Vaults a card from your server before any payment.
    ///
    /// Endpoint: `POST /v1/vaults/vaultPaymentMethod`.
    ///
    /// Use this API when your server handles the card details itself and you want Antom to store the card and give you a token to pay with later. The issuer may first ask the buyer to confirm the card (for example with 3-D Secure); the answer then carries the URLs to send the buyer to, and the final outcome arrives by notification or through **inquireVaulting**.
    ///
    /// **Idempotency** (`vaultingRequestId`): This field is an API idempotency field. A request that repeats a _vaultingRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
    ///
    /// Build it with [`VaultPaymentMethodRequest::new`] from a [`VaultPaymentMethodRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `VaultPaymentMethodRequest::try_from(VaultPaymentMethodDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct VaultPaymentMethodRequest {
        /// Your own identifier for this vaulting request, unique among all the vaulting requests you send.
        ///
        /// **Required.** At most 64 characters. Wire name: `vaultingRequestId`.
        ///
        /// This field is an API idempotency field. A request that repeats a _vaultingRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
        pub vaulting_request_id: ::vault_runtime::Text<64>,
        /// The address on your server where Antom posts the outcome of the vaulting.
        ///
        /// **Required.** An absolute http(s) URL of at most 2048 characters. Wire name: `vaultingNotificationUrl`.
        pub vaulting_notification_url: ::vault_runtime::HttpUrl<2048>,
        /// The page of yours that the buyer lands on once any verification step is over.
        ///
        /// **Required.** An absolute http(s) URL of at most 2048 characters. Wire name: `redirectUrl`.
        pub redirect_url: ::vault_runtime::HttpUrl<2048>,
        /// The country or region in which you run the business, as a two-letter code from the ISO 3166 country code standard. Some possible values are `US`, `SG`, `HK`, `PK`, `JP`, `CN`, `BR`, `AU`, and `MY`.
        ///
        /// > **Note**: Specify this parameter when you integrate through the Global Acquirer Gateway (GAGW) product.
        ///
        /// Optional. An ISO 3166-1 alpha-2 country or region code. Wire name: `merchantRegion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_region: ::std::option::Option<::vault_runtime::Region>,
        /// The payment method to vault.
        ///
        /// **Required.** Wire name: `paymentMethodDetail`.
        pub payment_method_detail: super::PaymentMethodDetail,
        /// The environment the buyer is in: device, browser and network.
        ///
        /// **Required.** Wire name: `env`.
        pub env: Env,
        /// The merchant account the card is vaulted for, when you have several.
        ///
        /// Optional. At most 64 characters. Wire name: `merchantAccountId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// Your own data about the request, as a JSON string; it comes back in the notification.
        ///
        /// Optional. At most 2048 characters. Wire name: `metadata`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::vault_runtime::Text<2048>>,
    }
    impl VaultPaymentMethodRequest {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: VaultPaymentMethodRequired) -> Self {
            Self {
                vaulting_request_id: required.vaulting_request_id,
                vaulting_notification_url: required.vaulting_notification_url,
                redirect_url: required.redirect_url,
                merchant_region: ::std::option::Option::None,
                payment_method_detail: required.payment_method_detail,
                env: required.env,
                merchant_account_id: ::std::option::Option::None,
                metadata: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`VaultPaymentMethodRequest`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct VaultPaymentMethodRequired {
        /// See [`VaultPaymentMethodRequest::vaulting_request_id`].
        pub vaulting_request_id: ::vault_runtime::Text<64>,
        /// See [`VaultPaymentMethodRequest::vaulting_notification_url`].
        pub vaulting_notification_url: ::vault_runtime::HttpUrl<2048>,
        /// See [`VaultPaymentMethodRequest::redirect_url`].
        pub redirect_url: ::vault_runtime::HttpUrl<2048>,
        /// See [`VaultPaymentMethodRequest::payment_method_detail`].
        pub payment_method_detail: super::PaymentMethodDetail,
        /// See [`VaultPaymentMethodRequest::env`].
        pub env: Env,
    }
    /// [`VaultPaymentMethodRequest`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `VaultPaymentMethodDraft::default()` and set fields, then convert with `VaultPaymentMethodRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct VaultPaymentMethodDraft {
        /// See [`VaultPaymentMethodRequest::vaulting_request_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub vaulting_request_id: ::std::option::Option<::std::string::String>,
        /// See [`VaultPaymentMethodRequest::vaulting_notification_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub vaulting_notification_url: ::std::option::Option<::std::string::String>,
        /// See [`VaultPaymentMethodRequest::redirect_url`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect_url: ::std::option::Option<::std::string::String>,
        /// See [`VaultPaymentMethodRequest::merchant_region`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_region: ::std::option::Option<::std::string::String>,
        /// See [`VaultPaymentMethodRequest::payment_method_detail`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_detail: ::std::option::Option<
            super::PaymentMethodDetailDraft,
        >,
        /// See [`VaultPaymentMethodRequest::env`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub env: ::std::option::Option<EnvDraft>,
        /// See [`VaultPaymentMethodRequest::merchant_account_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_account_id: ::std::option::Option<::std::string::String>,
        /// See [`VaultPaymentMethodRequest::metadata`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for VaultPaymentMethodRequest {
        type Draft = VaultPaymentMethodDraft;
        fn from_draft(
            draft: VaultPaymentMethodDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let vaulting_request_id = validator
                .required("vaultingRequestId", draft.vaulting_request_id);
            let vaulting_notification_url = validator
                .required("vaultingNotificationUrl", draft.vaulting_notification_url);
            let redirect_url = validator.required("redirectUrl", draft.redirect_url);
            let merchant_region = validator
                .optional("merchantRegion", draft.merchant_region);
            let payment_method_detail = validator
                .required("paymentMethodDetail", draft.payment_method_detail);
            let env = validator.required("env", draft.env);
            let merchant_account_id = validator
                .optional("merchantAccountId", draft.merchant_account_id);
            let metadata = validator.optional("metadata", draft.metadata);
            ::std::option::Option::Some(Self {
                vaulting_request_id: vaulting_request_id?,
                vaulting_notification_url: vaulting_notification_url?,
                redirect_url: redirect_url?,
                merchant_region: merchant_region?,
                payment_method_detail: payment_method_detail?,
                env: env?,
                merchant_account_id: merchant_account_id?,
                metadata: metadata?,
            })
        }
    }
    impl ::std::convert::TryFrom<VaultPaymentMethodDraft> for VaultPaymentMethodRequest {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(
            draft: VaultPaymentMethodDraft,
        ) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The answer to a successful `vaultPaymentMethod` call (result status `S`). Fields the page does not list are ignored, so that additions by the provider do not break decoding; failures come back as [`VaultPaymentMethodError`].
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct VaultPaymentMethodResponse {
        /// How the call went: its code, its status and a readable message.
        ///
        /// **Required.** Wire name: `result`.
        pub result: ::vault_runtime::ApiResult,
        /// The _vaultingRequestId_ of the request.
        ///
        /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `vaultingRequestId`.
        pub vaulting_request_id: ::std::string::String,
        /// The vaulted payment method, with its token. This field is returned when _result.resultStatus_ is `S`.
        ///
        /// Optional. Wire name: `paymentMethodDetail`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_detail: ::std::option::Option<
            super::response::PaymentMethodDetail,
        >,
        /// The web page where the buyer confirms the card. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `normalUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub normal_url: ::std::option::Option<::std::string::String>,
        /// The URL scheme that opens the confirmation in an app. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `schemeUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub scheme_url: ::std::option::Option<::std::string::String>,
        /// The universal link that opens the confirmation in an app, or the browser when the app is missing. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
        ///
        /// Optional. A URL of at most 2048 characters (as documented; not checked on receipt). Wire name: `applinkUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub applink_url: ::std::option::Option<::std::string::String>,
    }
    /// A failed `vaultPaymentMethod` call, from the page's Result/Error codes table: one variant per documented failure code, `Common` for the gateway's common codes, and `Undocumented` for a code no table lists (the status letter then decides what to do).
    ///
    /// The _result.resultStatus_ field of the response says how to go on:
    ///
    /// - `S`: the card is vaulted; the token is in _paymentMethodDetail.card.cardToken_.
    /// - `F`: vaulting failed; _result.resultCode_ tells you why.
    /// - `U` with _result.resultCode_ `VERIFICATION_IN_PROCESS`: send the buyer to one of the returned URLs; the outcome arrives by notification or through **inquireVaulting**.
    /// - `U` with any other code: the outcome is not known. Call again with a new _vaultingRequestId_.
    #[derive(Debug, Clone, PartialEq, Eq)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum VaultPaymentMethodError {
        /// `PARAM_ILLEGAL` (status `F`): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
        ///
        /// Further action: Check that every required header and body field of this API is present and well formed, then send a corrected request.
        ParamIllegal {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1493591235,
        /// `PROCESS_FAIL` (status `F`): Processing failed for a business reason.
        ///
        /// Further action: Do not retry. Someone usually has to look into it; contact Antom Technical Support.
        ProcessFail {
            /// The message the server sent.
            message: ::std::string::String,
        } = 1798780235,
        /// `UNKNOWN_EXCEPTION` (status `U`): The call failed for a reason that is not known.
        ///
        /// Further action: Call the API again with a new vaultingRequestId. If the problem persists, contact Antom Technical Support.
        UnknownException {
            /// The message the server sent.
            message: ::std::string::String,
        } = 4254024603,
        /// `VERIFICATION_IN_PROCESS` (status `U`): The card is being verified.
        ///
        /// Further action: Send the buyer to one of the returned URLs to finish verification, then wait for the notification.
        ///
        /// Next step: `RedirectBuyer` (this API's override).
        VerificationInProcess {
            /// The message the server sent.
            message: ::std::string::String,
            /// `normalUrl` from the answer: The web page where the buyer confirms the card. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
            normal_url: ::std::option::Option<::std::string::String>,
            /// `schemeUrl` from the answer: The URL scheme that opens the confirmation in an app. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
            scheme_url: ::std::option::Option<::std::string::String>,
            /// `applinkUrl` from the answer: The universal link that opens the confirmation in an app, or the browser when the app is missing. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
            applink_url: ::std::option::Option<::std::string::String>,
        } = 965957314,
        /// `VERIFICATION_FAIL` (status `F`): The card could not be verified.
        ///
        /// Further action: Ask the buyer to check the card details and try again with a new vaultingRequestId.
        ///
        /// Next step: `RetryWithNewRequestId` (this API's override).
        VerificationFail {
            /// The message the server sent.
            message: ::std::string::String,
        } = 2902609199,
        /// A common gateway code (signature, client, traffic limit, ...) that this page's table does not list.
        Common {
            /// Which common code.
            code: super::CommonCode,
            /// The message the server sent.
            message: ::std::string::String,
        } = 2473492116,
        /// A code no table lists, or a listed code with another status letter.
        Undocumented {
            /// The result code.
            code: ::std::string::String,
            /// The status letter, which decides whether to retry.
            status: ::vault_runtime::ResultStatus,
            /// The message the server sent.
            message: ::std::string::String,
        } = 0,
    }
    /// The response fields that some failure codes carry.
    #[derive(::std::default::Default, ::vault_runtime::__private::serde::Deserialize)]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    struct Carried {
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        normal_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        scheme_url: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        applink_url: ::std::option::Option<::std::string::String>,
    }
    impl VaultPaymentMethodError {
        /// The variant of a result, given the fields its code may carry.
        fn classify(result: ::vault_runtime::ApiResult, carried: Carried) -> Self {
            let ::vault_runtime::ApiResult {
                result_code: code,
                result_status: status,
                result_message: message,
            } = result;
            match (code.as_str(), status) {
                ("PARAM_ILLEGAL", ::vault_runtime::ResultStatus::F) => {
                    Self::ParamIllegal { message }
                }
                ("PROCESS_FAIL", ::vault_runtime::ResultStatus::F) => {
                    Self::ProcessFail { message }
                }
                ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U) => {
                    Self::UnknownException { message }
                }
                ("VERIFICATION_IN_PROCESS", ::vault_runtime::ResultStatus::U) => {
                    Self::VerificationInProcess {
                        message,
                        normal_url: carried.normal_url.clone(),
                        scheme_url: carried.scheme_url.clone(),
                        applink_url: carried.applink_url.clone(),
                    }
                }
                ("VERIFICATION_FAIL", ::vault_runtime::ResultStatus::F) => {
                    Self::VerificationFail { message }
                }
                (_, status) => {
                    match super::CommonCode::of(&code).filter(|c| c.status() == status) {
                        ::std::option::Option::Some(code) => {
                            Self::Common { code, message }
                        }
                        ::std::option::Option::None => {
                            Self::Undocumented {
                                code,
                                status,
                                message,
                            }
                        }
                    }
                }
            }
        }
    }
    impl ::vault_runtime::ApiError for VaultPaymentMethodError {
        const CODES: &'static [::vault_runtime::CodeInfo] = &[
            ::vault_runtime::CodeInfo {
                code: "SUCCESS",
                status: ::vault_runtime::ResultStatus::S,
                message: "Success",
                further_action: "The card is vaulted; keep the card token for later payments.",
            },
            ::vault_runtime::CodeInfo {
                code: "PARAM_ILLEGAL",
                status: ::vault_runtime::ResultStatus::F,
                message: "A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.",
                further_action: "Check that every required header and body field of this API is present and well formed, then send a corrected request.",
            },
            ::vault_runtime::CodeInfo {
                code: "PROCESS_FAIL",
                status: ::vault_runtime::ResultStatus::F,
                message: "Processing failed for a business reason.",
                further_action: "Do not retry. Someone usually has to look into it; contact Antom Technical Support.",
            },
            ::vault_runtime::CodeInfo {
                code: "UNKNOWN_EXCEPTION",
                status: ::vault_runtime::ResultStatus::U,
                message: "The call failed for a reason that is not known.",
                further_action: "Call the API again with a new vaultingRequestId. If the problem persists, contact Antom Technical Support.",
            },
            ::vault_runtime::CodeInfo {
                code: "VERIFICATION_IN_PROCESS",
                status: ::vault_runtime::ResultStatus::U,
                message: "The card is being verified.",
                further_action: "Send the buyer to one of the returned URLs to finish verification, then wait for the notification.",
            },
            ::vault_runtime::CodeInfo {
                code: "VERIFICATION_FAIL",
                status: ::vault_runtime::ResultStatus::F,
                message: "The card could not be verified.",
                further_action: "Ask the buyer to check the card details and try again with a new vaultingRequestId.",
            },
        ];
        const COMMON_CODES: &'static [::vault_runtime::CodeInfo] = super::CommonCode::CODES;
        fn from_response(
            result: ::vault_runtime::ApiResult,
            body: &[u8],
        ) -> ::std::result::Result<Self, ::vault_runtime::__private::serde_json::Error> {
            let carried: Carried = ::vault_runtime::__private::serde_json::from_slice(
                body,
            )?;
            ::std::result::Result::Ok(Self::classify(result, carried))
        }
        fn from_result(result: ::vault_runtime::ApiResult) -> Self {
            Self::classify(result, Carried::default())
        }
        fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
            match self {
                Self::ParamIllegal { message, .. } => {
                    ("PARAM_ILLEGAL", ::vault_runtime::ResultStatus::F, message)
                }
                Self::ProcessFail { message, .. } => {
                    ("PROCESS_FAIL", ::vault_runtime::ResultStatus::F, message)
                }
                Self::UnknownException { message, .. } => {
                    ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U, message)
                }
                Self::VerificationInProcess { message, .. } => {
                    (
                        "VERIFICATION_IN_PROCESS",
                        ::vault_runtime::ResultStatus::U,
                        message,
                    )
                }
                Self::VerificationFail { message, .. } => {
                    ("VERIFICATION_FAIL", ::vault_runtime::ResultStatus::F, message)
                }
                Self::Common { code, message } => (code.as_str(), code.status(), message),
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }
        fn next_step(&self) -> ::vault_runtime::NextStep {
            match self {
                Self::VerificationInProcess { .. } => {
                    ::vault_runtime::NextStep::RedirectBuyer
                }
                Self::VerificationFail { .. } => {
                    ::vault_runtime::NextStep::RetryWithNewRequestId
                }
                _ => {
                    match ::vault_runtime::ApiError::status(self) {
                        ::vault_runtime::ResultStatus::U => {
                            ::vault_runtime::NextStep::RetryWithNewRequestId
                        }
                        other => ::vault_runtime::default_next_step(other),
                    }
                }
            }
        }
    }
    impl ::std::fmt::Display for VaultPaymentMethodError {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            ::vault_runtime::display_api_error(self, f)
        }
    }
    impl ::std::error::Error for VaultPaymentMethodError {}
    impl ::vault_runtime::Operation for VaultPaymentMethodRequest {
        const NAME: &'static str = "vaultPaymentMethod";
        const PATH: &'static str = "/v1/vaults/vaultPaymentMethod";
        const IDEMPOTENCY_FIELD: ::std::option::Option<&'static str> = ::std::option::Option::Some(
            "vaultingRequestId",
        );
        type Response = VaultPaymentMethodResponse;
        type Error = VaultPaymentMethodError;
        fn idempotency_key(&self) -> ::std::option::Option<&str> {
            ::std::option::Option::Some(
                ::std::convert::AsRef::<str>::as_ref(&self.vaulting_request_id),
            )
        }
    }
    /// The `Address` object as `vaultPaymentMethod` describes it. Other pages describe `Address` differently, and each description has its own type.
    ///
    /// A postal address.
    ///
    /// Build it with [`Address::new`] from a [`AddressRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Address::try_from(AddressDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct Address {
        /// The country or region, as a two-letter code from the ISO 3166 country code standard.
        ///
        /// **Required.** An ISO 3166-1 alpha-2 country or region code. Wire name: `region`.
        pub region: ::vault_runtime::Region,
        /// The state, province or prefecture.
        ///
        /// Optional. At most 8 characters. Wire name: `state`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::vault_runtime::Text<8>>,
        /// The city, town or village.
        ///
        /// Optional. At most 32 characters. Wire name: `city`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::vault_runtime::Text<32>>,
        /// The first line of the street address.
        ///
        /// Optional. At most 256 characters. Wire name: `address1`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address1: ::std::option::Option<::vault_runtime::Text<256>>,
        /// The second line of the street address.
        ///
        /// Optional. At most 256 characters. Wire name: `address2`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address2: ::std::option::Option<::vault_runtime::Text<256>>,
        /// The postal code.
        ///
        /// Optional. At most 32 characters. Wire name: `zipCode`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub zip_code: ::std::option::Option<::vault_runtime::Text<32>>,
    }
    impl Address {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: AddressRequired) -> Self {
            Self {
                region: required.region,
                state: ::std::option::Option::None,
                city: ::std::option::Option::None,
                address1: ::std::option::Option::None,
                address2: ::std::option::Option::None,
                zip_code: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`Address`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct AddressRequired {
        /// See [`Address::region`].
        pub region: ::vault_runtime::Region,
    }
    /// [`Address`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `AddressDraft::default()` and set fields, then convert with `Address::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct AddressDraft {
        /// See [`Address::region`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub region: ::std::option::Option<::std::string::String>,
        /// See [`Address::state`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        /// See [`Address::city`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        /// See [`Address::address1`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address1: ::std::option::Option<::std::string::String>,
        /// See [`Address::address2`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub address2: ::std::option::Option<::std::string::String>,
        /// See [`Address::zip_code`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub zip_code: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for Address {
        type Draft = AddressDraft;
        fn from_draft(
            draft: AddressDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let region = validator.required("region", draft.region);
            let state = validator.optional("state", draft.state);
            let city = validator.optional("city", draft.city);
            let address1 = validator.optional("address1", draft.address1);
            let address2 = validator.optional("address2", draft.address2);
            let zip_code = validator.optional("zipCode", draft.zip_code);
            ::std::option::Option::Some(Self {
                region: region?,
                state: state?,
                city: city?,
                address1: address1?,
                address2: address2?,
                zip_code: zip_code?,
            })
        }
    }
    impl ::std::convert::TryFrom<AddressDraft> for Address {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: AddressDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The `Env` object as `vaultPaymentMethod` describes it. Other pages describe `Env` differently, and each description has its own type.
    ///
    /// The environment the buyer is in: device, browser and network.
    ///
    /// Build it with [`Env::new`] from a [`EnvRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Env::try_from(EnvDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct Env {
        /// The kind of terminal the buyer uses.
        ///
        /// **Required.** Wire name: `terminalType`.
        pub terminal_type: super::TerminalType,
        /// The operating system of a mobile device.
        ///
        /// Optional. Wire name: `osType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_type: ::std::option::Option<super::OsType>,
        /// The user agent string of the buyer's browser.
        ///
        /// Optional. Wire name: `userAgent`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_agent: ::std::option::Option<::std::string::String>,
        /// The token of the buyer's device, from the device fingerprinting SDK.
        ///
        /// Optional. At most 64 characters. Wire name: `deviceTokenId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_token_id: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The IP address of the buyer's device.
        ///
        /// Optional. Wire name: `clientIp`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub client_ip: ::std::option::Option<::std::string::String>,
        /// An identifier of the buyer's browser cookie.
        ///
        /// Optional. Wire name: `cookieId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cookie_id: ::std::option::Option<::std::string::String>,
        /// Further environment details, as a JSON string.
        ///
        /// Optional. At most 2048 characters. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::vault_runtime::Text<2048>>,
        /// The colour depth of the buyer's screen in bits, as a numeric string.
        ///
        /// Optional. At least 0. Wire name: `colorDepth`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub color_depth: ::std::option::Option<::vault_runtime::Digits<0, { i64::MAX }>>,
        /// The height of the buyer's screen in pixels, as a numeric string.
        ///
        /// Optional. At least 1. Wire name: `screenHeight`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_height: ::std::option::Option<
            ::vault_runtime::Digits<1, { i64::MAX }>,
        >,
        /// The width of the buyer's screen in pixels, as a numeric string.
        ///
        /// Optional. At least 1. Wire name: `screenWidth`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_width: ::std::option::Option<
            ::vault_runtime::Digits<1, { i64::MAX }>,
        >,
        /// The difference between the buyer's local time and UTC, in minutes.
        ///
        /// Optional. From -720 to 720. Wire name: `timeZoneOffset`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone_offset: ::std::option::Option<::vault_runtime::Int<{ -720 }, 720>>,
        /// The brand of the buyer's device.
        ///
        /// Optional. At most 64 characters. Wire name: `deviceBrand`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_brand: ::std::option::Option<::vault_runtime::Text<64>>,
        /// The model of the buyer's device.
        ///
        /// Optional. At most 128 characters. Wire name: `deviceModel`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::vault_runtime::Text<128>>,
        /// The language the buyer's device is set to.
        ///
        /// Optional. Wire name: `deviceLanguage`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_language: ::std::option::Option<::std::string::String>,
        /// An identifier of the buyer's device.
        ///
        /// Optional. Wire name: `deviceId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        /// The version of the operating system of the buyer's device.
        ///
        /// Optional. Wire name: `osVersion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_version: ::std::option::Option<::std::string::String>,
    }
    impl Env {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: EnvRequired) -> Self {
            Self {
                terminal_type: required.terminal_type,
                os_type: ::std::option::Option::None,
                user_agent: ::std::option::Option::None,
                device_token_id: ::std::option::Option::None,
                client_ip: ::std::option::Option::None,
                cookie_id: ::std::option::Option::None,
                extend_info: ::std::option::Option::None,
                color_depth: ::std::option::Option::None,
                screen_height: ::std::option::Option::None,
                screen_width: ::std::option::Option::None,
                time_zone_offset: ::std::option::Option::None,
                device_brand: ::std::option::Option::None,
                device_model: ::std::option::Option::None,
                device_language: ::std::option::Option::None,
                device_id: ::std::option::Option::None,
                os_version: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`Env`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct EnvRequired {
        /// See [`Env::terminal_type`].
        pub terminal_type: super::TerminalType,
    }
    /// [`Env`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `EnvDraft::default()` and set fields, then convert with `Env::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct EnvDraft {
        /// See [`Env::terminal_type`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub terminal_type: ::std::option::Option<::std::string::String>,
        /// See [`Env::os_type`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_type: ::std::option::Option<::std::string::String>,
        /// See [`Env::user_agent`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_agent: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_token_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_token_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::client_ip`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub client_ip: ::std::option::Option<::std::string::String>,
        /// See [`Env::cookie_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cookie_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::extend_info`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
        /// See [`Env::color_depth`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub color_depth: ::std::option::Option<::std::string::String>,
        /// See [`Env::screen_height`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_height: ::std::option::Option<::std::string::String>,
        /// See [`Env::screen_width`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub screen_width: ::std::option::Option<::std::string::String>,
        /// See [`Env::time_zone_offset`].
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_int"
        )]
        pub time_zone_offset: ::std::option::Option<i64>,
        /// See [`Env::device_brand`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_brand: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_model`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_model: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_language`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_language: ::std::option::Option<::std::string::String>,
        /// See [`Env::device_id`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        /// See [`Env::os_version`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub os_version: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for Env {
        type Draft = EnvDraft;
        fn from_draft(
            draft: EnvDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let terminal_type = validator.required("terminalType", draft.terminal_type);
            let os_type = validator.optional("osType", draft.os_type);
            let user_agent = validator.optional("userAgent", draft.user_agent);
            let device_token_id = validator
                .optional("deviceTokenId", draft.device_token_id);
            let client_ip = validator.optional("clientIp", draft.client_ip);
            let cookie_id = validator.optional("cookieId", draft.cookie_id);
            let extend_info = validator.optional("extendInfo", draft.extend_info);
            let color_depth = validator.optional("colorDepth", draft.color_depth);
            let screen_height = validator.optional("screenHeight", draft.screen_height);
            let screen_width = validator.optional("screenWidth", draft.screen_width);
            let time_zone_offset = validator
                .optional("timeZoneOffset", draft.time_zone_offset);
            let device_brand = validator.optional("deviceBrand", draft.device_brand);
            let device_model = validator.optional("deviceModel", draft.device_model);
            let device_language = validator
                .optional("deviceLanguage", draft.device_language);
            let device_id = validator.optional("deviceId", draft.device_id);
            let os_version = validator.optional("osVersion", draft.os_version);
            ::std::option::Option::Some(Self {
                terminal_type: terminal_type?,
                os_type: os_type?,
                user_agent: user_agent?,
                device_token_id: device_token_id?,
                client_ip: client_ip?,
                cookie_id: cookie_id?,
                extend_info: extend_info?,
                color_depth: color_depth?,
                screen_height: screen_height?,
                screen_width: screen_width?,
                time_zone_offset: time_zone_offset?,
                device_brand: device_brand?,
                device_model: device_model?,
                device_language: device_language?,
                device_id: device_id?,
                os_version: os_version?,
            })
        }
    }
    impl ::std::convert::TryFrom<EnvDraft> for Env {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: EnvDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
    /// The `UserName` object as `vaultPaymentMethod` describes it. Other pages describe `UserName` differently, and each description has its own type.
    ///
    /// A person's name, in parts and in full.
    ///
    /// Build it with [`UserName::new`] from a [`UserNameRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `UserName::try_from(UserNameDraft { .. })`, which reports every broken constraint at once.
    #[derive(Debug, Clone, PartialEq, Eq, ::vault_runtime::__private::serde::Serialize)]
    #[cfg_attr(
        feature = "simulator",
        derive(::vault_runtime::__private::serde::Deserialize)
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct UserName {
        /// The given name.
        ///
        /// **Required.** At most 32 characters. Wire name: `firstName`.
        pub first_name: ::vault_runtime::Text<32>,
        /// The middle name.
        ///
        /// Optional. At most 32 characters. Wire name: `middleName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub middle_name: ::std::option::Option<::vault_runtime::Text<32>>,
        /// The family name.
        ///
        /// **Required.** At most 32 characters. Wire name: `lastName`.
        pub last_name: ::vault_runtime::Text<32>,
        /// The whole name as one string.
        ///
        /// Optional. At most 128 characters. Wire name: `fullName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub full_name: ::std::option::Option<::vault_runtime::Text<128>>,
    }
    impl UserName {
        /// Builds the value from its required fields; optional fields start unset and
        /// fixed fields hold their value.
        pub fn new(required: UserNameRequired) -> Self {
            Self {
                first_name: required.first_name,
                middle_name: ::std::option::Option::None,
                last_name: required.last_name,
                full_name: ::std::option::Option::None,
            }
        }
    }
    /// The required fields of [`UserName`]: leaving one out is a compile error.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct UserNameRequired {
        /// See [`UserName::first_name`].
        pub first_name: ::vault_runtime::Text<32>,
        /// See [`UserName::last_name`].
        pub last_name: ::vault_runtime::Text<32>,
    }
    /// [`UserName`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. A required field left `None` is reported as missing. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
    ///
    /// Start from `UserNameDraft::default()` and set fields, then convert with `UserName::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit. New optional fields of a page do not break code written this way.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct UserNameDraft {
        /// See [`UserName::first_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub first_name: ::std::option::Option<::std::string::String>,
        /// See [`UserName::middle_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub middle_name: ::std::option::Option<::std::string::String>,
        /// See [`UserName::last_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub last_name: ::std::option::Option<::std::string::String>,
        /// See [`UserName::full_name`].
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub full_name: ::std::option::Option<::std::string::String>,
    }
    impl ::vault_runtime::FromDraft for UserName {
        type Draft = UserNameDraft;
        fn from_draft(
            draft: UserNameDraft,
            validator: &mut ::vault_runtime::Validator,
        ) -> ::std::option::Option<Self> {
            let first_name = validator.required("firstName", draft.first_name);
            let middle_name = validator.optional("middleName", draft.middle_name);
            let last_name = validator.required("lastName", draft.last_name);
            let full_name = validator.optional("fullName", draft.full_name);
            ::std::option::Option::Some(Self {
                first_name: first_name?,
                middle_name: middle_name?,
                last_name: last_name?,
                full_name: full_name?,
            })
        }
    }
    impl ::std::convert::TryFrom<UserNameDraft> for UserName {
        type Error = ::vault_runtime::ValidationErrors;
        /// Checks every field; the error lists every broken constraint.
        fn try_from(draft: UserNameDraft) -> ::std::result::Result<Self, Self::Error> {
            <Self as ::vault_runtime::FromDraft>::validate(draft)
        }
    }
}
#[cfg(feature = "payments")]
pub use payments::{
    CancelRequest, CancelDraft, CancelResponse, CancelError, CaptureRequest,
    CaptureRequired, CaptureDraft, CaptureResponse, CaptureError, InquiryPaymentRequest,
    InquiryPaymentDraft, InquiryPaymentResponse, InquiryPaymentError,
    InquiryRefundRequest, InquiryRefundDraft, InquiryRefundResponse, InquiryRefundError,
    PayRequest, PayRequired, PayDraft, PayResponse, PayError, RefundRequest,
    RefundRequired, RefundDraft, RefundResponse, RefundError, CaptureAmountDraft,
    CaptureAmountRequired, CaptureAmount, CaptureUserNameDraft, CaptureUserNameRequired,
    CaptureUserName, PayAmountDraft, PayAmountRequired, PayAmount, RefundUserNameDraft,
    RefundUserNameRequired, RefundUserName,
};
#[cfg(feature = "vaulting")]
pub use vaults::{
    CreateVaultingSessionRequest, CreateVaultingSessionRequired,
    CreateVaultingSessionDraft, CreateVaultingSessionResponse,
    CreateVaultingSessionError, InquireVaultingRequest, InquireVaultingRequired,
    InquireVaultingDraft, InquireVaultingResponse, InquireVaultingError,
    VaultPaymentMethodRequest, VaultPaymentMethodRequired, VaultPaymentMethodDraft,
    VaultPaymentMethodResponse, VaultPaymentMethodError, UserNameDraft, UserNameRequired,
    UserName,
};
/// Object types and enums of the messages Antom sends (responses and notifications).
pub mod response {
    #[cfg(feature = "payments")]
    /// The `AcquirerInfo` object.
    ///
    /// Details about the acquirer that processed the payment.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct AcquirerInfo {
        /// The name of the acquirer.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_name: ::std::option::Option<::std::string::String>,
        /// The identifier APO gives the request it sends to the acquirer.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `referenceRequestId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub reference_request_id: ::std::option::Option<::std::string::String>,
        /// The acquirer's own identifier for the transaction.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerTransactionId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_transaction_id: ::std::option::Option<::std::string::String>,
        /// The identifier the acquirer uses for you as a merchant.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerMerchantId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_merchant_id: ::std::option::Option<::std::string::String>,
        /// The result code the acquirer returned for the transaction.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerResultCode`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_result_code: ::std::option::Option<::std::string::String>,
        /// A readable explanation of _acquirerResultCode_.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerResultMessage`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_result_message: ::std::option::Option<::std::string::String>,
        /// Your merchant name as registered with the acquirer.
        ///
        /// Optional. Wire name: `acquirerMerchantName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_merchant_name: ::std::option::Option<::std::string::String>,
        /// A reason text supplied by the acquirer.
        ///
        /// Optional. Wire name: `acquirerReasonDescription`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_reason_description: ::std::option::Option<::std::string::String>,
        /// A transaction identifier from the payment service provider; the export gives no further detail.
        ///
        /// Optional. Wire name: `ptspTransactionId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub ptsp_transaction_id: ::std::option::Option<::std::string::String>,
        /// The card token the acquirer assigned when it tokenized the card.
        ///
        /// > **Note**: This field is returned when you integrate the APO product.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `acquirerCardToken`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_card_token: ::std::option::Option<::std::string::String>,
    }
    #[cfg(feature = "payments")]
    /// The `CardInfo` object.
    ///
    /// Details of the card used for the payment.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CardInfo {
        /// The card number with most digits hidden, safe to show to the buyer.
        ///
        /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_no: ::std::option::Option<
            ::vault_runtime::Secret<::std::string::String>,
        >,
        /// The card brand.
        ///
        /// Optional. Wire name: `cardBrand`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_brand: ::std::option::Option<::std::string::String>,
        /// The token that stands for the card.
        ///
        /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardToken`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_token: ::std::option::Option<
            ::vault_runtime::Secret<::std::string::String>,
        >,
        /// The country where the card was issued.
        ///
        /// Optional. Wire name: `issuingCountry`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub issuing_country: ::std::option::Option<::std::string::String>,
        /// How the card is funded, for example credit or debit.
        ///
        /// Optional. Wire name: `funding`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        /// The code of the country or region of the payment method.
        ///
        /// Optional. Wire name: `paymentMethodRegion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_region: ::std::option::Option<::std::string::String>,
        /// The outcome of 3-D Secure authentication.
        ///
        /// Optional. Wire name: `threeDSResult`.
        #[serde(
            rename = "threeDSResult",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub three_ds_result: ::std::option::Option<ThreeDSResult>,
    }
    #[cfg(feature = "vaulting")]
    /// The `CardPaymentMethodDetail` object.
    ///
    /// The vaulted card.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CardPaymentMethodDetail {
        /// The token that stands for the stored card. Pass it as the payment method id when you later pay with this card; never show it to anyone.
        ///
        /// Optional. At most 2048 characters (as documented; not checked on receipt). Sensitive: redacted in `Debug`. Wire name: `cardToken`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_token: ::std::option::Option<
            ::vault_runtime::Secret<::std::string::String>,
        >,
        /// The card number with all but a few digits hidden, safe to show to the buyer.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `maskedCardNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub masked_card_no: ::std::option::Option<::std::string::String>,
        /// The card scheme. Some possible values are `AMEX`, `BC`, `CARNET`, `CARTES_BANCAIRES`, `CITI`, `CUP`, `DINERS`, `DISCOVER`, `ELO`, `GWANGJUBANK`, `HIPERCARD`, `HYUNDAI`, `IBK_BC`, `JCB`, `JEJUBANK`, `JEONBUKBANK`, `KAKAOBANK`, `KBANK`, `KDBBANK`, `KEBHANA`, `KOOKMIN`, `LOTTE`, `MAESTRO`, `MASTERCARD`, `MIR`, `NONGHYUP`, `POST`, `SAEMAUL`, `SAMSUNG`, `SAVINGBANK`, `SHINHAN`, `SHINHYEOP`, `SUHYEOP`, `TOSSBANK`, `TROY`, `VISA` and `WOORI`.
        ///
        /// Optional. Wire name: `brand`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub brand: ::std::option::Option<::std::string::String>,
        /// How the card is funded. Some possible values are `CREDIT`, `DEBIT`, `PREPAID`, `CHARGE` and `DEFERRED_DEBIT`.
        ///
        /// Optional. Wire name: `funding`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        /// The two-letter code of the country or region where the card was issued.
        ///
        /// Optional. At most 2 characters (as documented; not checked on receipt). Wire name: `issuingCountry`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub issuing_country: ::std::option::Option<::std::string::String>,
    }
    #[cfg(feature = "payments")]
    /// The `ChallengeActionForm` object.
    ///
    /// Details of a verification step that the buyer must complete.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct ChallengeActionForm {
        /// The kind of verification the buyer is asked for.
        ///
        /// Optional. Wire name: `challengeType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub challenge_type: ::std::option::Option<ChallengeType>,
        /// The value used to render the verification step.
        ///
        /// Optional. Wire name: `challengeRenderValue`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub challenge_render_value: ::std::option::Option<::std::string::String>,
        /// Which party asked for the verification.
        ///
        /// Optional. Wire name: `triggerSource`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub trigger_source: ::std::option::Option<TriggerSource>,
        /// Further information for special cases.
        ///
        /// Optional. Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
    }
    #[cfg(feature = "payments")]
    /// The `CodeDetail` object.
    ///
    /// The code or codes to show to the buyer.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CodeDetail {
        /// The kind of code.
        ///
        /// **Required.** Wire name: `codeValueType`.
        pub code_value_type: CodeValueType,
        /// The code itself. When _displayType_ is `SMALLIMAGE`, `MIDDLEIMAGE` or `BIGIMAGE`, this is a plain or Base64-encoded image URL; when _displayType_ is `TEXT`, this is a text string.
        ///
        /// **Required.** At most 2048 characters (as documented; not checked on receipt). Wire name: `codeValue`.
        pub code_value: ::std::string::String,
        /// How to show the code to the buyer.
        ///
        /// **Required.** Wire name: `displayType`.
        pub display_type: DisplayType,
    }
    #[cfg(feature = "payments")]
    /// The `CreditPayPlan` object.
    ///
    /// The instalment plan, for an instalment payment.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CreditPayPlan {
        /// How many instalments the payment is split into, from 2 to 12.
        ///
        /// **Required.** Wire name: `installmentNum`.
        #[serde(deserialize_with = "::vault_runtime::wire::int")]
        pub installment_num: i64,
        /// The interval between instalments.
        ///
        /// Optional. Wire name: `interval`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub interval: ::std::option::Option<::std::string::String>,
        /// How the instalment fee is expressed.
        ///
        /// > **Note**: Specify this parameter when you want the fee expressed as a percentage.
        ///
        /// Optional. Wire name: `creditPayFeeType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_pay_fee_type: ::std::option::Option<CreditPayFeeType>,
        /// The share of the instalment fee that the seller bears: `0` means the seller pays none of it, `100` means the seller pays all of it.
        ///
        /// > **Note**: Specify this parameter when the value of _creditPayFeeType_ is `PERCENTAGE`.
        ///
        /// Optional. From 0 to 100 (as documented; not checked on receipt). Wire name: `feePercentage`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_int"
        )]
        pub fee_percentage: ::std::option::Option<i64>,
    }
    #[cfg(feature = "payments")]
    /// The `CustomizedInfo` object.
    ///
    /// Free-form information of your own that you attach to the payment, in up to five fields.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CustomizedInfo {
        /// The first of your custom fields.
        ///
        /// Optional. Wire name: `customizedField1`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_field1: ::std::option::Option<::std::string::String>,
        /// The second of your custom fields.
        ///
        /// Optional. Wire name: `customizedField2`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_field2: ::std::option::Option<::std::string::String>,
        /// The third of your custom fields.
        ///
        /// Optional. Wire name: `customizedField3`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_field3: ::std::option::Option<::std::string::String>,
        /// The fourth of your custom fields.
        ///
        /// Optional. Wire name: `customizedField4`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_field4: ::std::option::Option<::std::string::String>,
        /// The fifth of your custom fields.
        ///
        /// Optional. Wire name: `customizedField5`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub customized_field5: ::std::option::Option<::std::string::String>,
    }
    #[cfg(feature = "payments")]
    /// The `Discount` object.
    ///
    /// The discount that was applied.
    ///
    /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct Discount {
        /// The tag of the discount.
        ///
        /// **Required.** Wire name: `discountTag`.
        pub discount_tag: ::std::string::String,
        /// The name of the discount.
        ///
        /// **Required.** Wire name: `discountName`.
        pub discount_name: ::std::string::String,
        /// The amount the buyer saved.
        ///
        /// **Required.** Wire name: `savingsAmount`.
        pub savings_amount: PaymentAmount,
        /// The amount the buyer was estimated to save.
        ///
        /// **Required.** Wire name: `estimateSavingsAmount`.
        pub estimate_savings_amount: PaymentAmount,
    }
    #[cfg(feature = "payments")]
    /// The `OrderCodeForm` object.
    ///
    /// The payment code the buyer uses to complete the payment, such as a barcode or QR code.
    ///
    /// > **Note**: This field is returned when the payment method provides such a code.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct OrderCodeForm {
        /// The payment method that the code belongs to.
        ///
        /// Optional. Wire name: `paymentMethodType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_type: ::std::option::Option<::std::string::String>,
        /// When the code stops being valid.
        ///
        /// **Required.** Wire name: `expireTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        pub expire_time: ::vault_runtime::DateTime,
        /// The code or codes to show to the buyer.
        ///
        /// **Required.** At most 4 elements (as documented; not checked on receipt). Wire name: `codeDetails`.
        pub code_details: ::std::vec::Vec<CodeDetail>,
        /// Further information about the code.
        ///
        /// > **Note**: This field is returned when there is extended information.
        ///
        /// Optional. At most 2048 characters (as documented; not checked on receipt). Wire name: `extendInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub extend_info: ::std::option::Option<::std::string::String>,
    }
    #[cfg(feature = "vaulting")]
    /// The `PaymentMethodDetail` object.
    ///
    /// The vaulted payment method, with its token.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PaymentMethodDetail {
        /// The kind of payment method that was vaulted; `CARD` for a card.
        ///
        /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `paymentMethodType`.
        pub payment_method_type: ::std::string::String,
        /// The vaulted card.
        ///
        /// Optional. Wire name: `card`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<CardPaymentMethodDetail>,
    }
    #[cfg(feature = "payments")]
    /// The `PaymentResultInfo` object.
    ///
    /// The outcome details of the payment, such as card data and, when the buyer chose to save the card, the card token.
    ///
    /// > **Note**: This field may be returned when the value of _paymentMethodType_ is `CARD`.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PaymentResultInfo {
        /// The name of the bank that issued the card.
        ///
        /// Optional. Wire name: `issuerName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub issuer_name: ::std::option::Option<::std::string::String>,
        /// The raw decline code passed on from the card channel when a card payment fails.
        ///
        /// Optional. Wire name: `refusalCodeRaw`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refusal_code_raw: ::std::option::Option<::std::string::String>,
        /// The raw decline reason passed on from the card channel when a card payment fails.
        ///
        /// Optional. Wire name: `refusalReasonRaw`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub refusal_reason_raw: ::std::option::Option<::std::string::String>,
        /// The merchant advice code that comes with the payment result.
        ///
        /// Optional. Wire name: `merchantAdviceCode`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub merchant_advice_code: ::std::option::Option<::std::string::String>,
        /// Details about the acquirer that processed the payment.
        ///
        /// Optional. Wire name: `acquirerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_info: ::std::option::Option<AcquirerInfo>,
        /// The card number with most digits hidden, safe to show to the buyer.
        ///
        /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_no: ::std::option::Option<
            ::vault_runtime::Secret<::std::string::String>,
        >,
        /// The card brand, which you can show to the buyer.
        ///
        /// Optional. Wire name: `cardBrand`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_brand: ::std::option::Option<::std::string::String>,
        /// The token that stands for the card. Pass it as _paymentMethod.paymentMethodId_ in a later **pay** request to charge the same card.
        ///
        /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardToken`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_token: ::std::option::Option<
            ::vault_runtime::Secret<::std::string::String>,
        >,
        /// The country where the card was issued.
        ///
        /// Optional. Wire name: `issuingCountry`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub issuing_country: ::std::option::Option<::std::string::String>,
        /// How the card is funded, for example credit or debit.
        ///
        /// Optional. Wire name: `funding`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub funding: ::std::option::Option<::std::string::String>,
        /// The code of the country or region of the payment method.
        ///
        /// Optional. Wire name: `paymentMethodRegion`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub payment_method_region: ::std::option::Option<::std::string::String>,
        /// The outcome of 3-D Secure authentication.
        ///
        /// Optional. Wire name: `threeDSResult`.
        #[serde(
            rename = "threeDSResult",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub three_ds_result: ::std::option::Option<ThreeDSResult>,
        /// The raw result of the address verification (AVS) check.
        ///
        /// Optional. Wire name: `avsResultRaw`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub avs_result_raw: ::std::option::Option<::std::string::String>,
        /// The raw result of the card security code check (CVV, CSC or CVC).
        ///
        /// Optional. Wire name: `cvvResultRaw`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cvv_result_raw: ::std::option::Option<::std::string::String>,
        /// The identifier the card scheme gave the transaction; pass it in the same field of later **pay** requests for follow-up payments.
        ///
        /// Optional. Wire name: `networkTransactionId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub network_transaction_id: ::std::option::Option<::std::string::String>,
        /// The instalment plan, for an instalment payment.
        ///
        /// Optional. Wire name: `creditPayPlan`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub credit_pay_plan: ::std::option::Option<CreditPayPlan>,
        /// The name of the cardholder.
        ///
        /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `cardholderName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cardholder_name: ::std::option::Option<::std::string::String>,
        /// The first digits of the card number (the BIN), which identify the issuer and the card type.
        ///
        /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
        ///
        /// Optional. At most 8 characters (as documented; not checked on receipt). Wire name: `cardBin`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_bin: ::std::option::Option<::std::string::String>,
        /// The last four digits of the card number.
        ///
        /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
        ///
        /// Optional. At most 4 characters (as documented; not checked on receipt). Wire name: `lastFour`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub last_four: ::std::option::Option<::std::string::String>,
        /// The month in which the card expires, as two digits (`02` for February).
        ///
        /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
        ///
        /// Optional. At most 2 characters (as documented; not checked on receipt). Wire name: `expiryMonth`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry_month: ::std::option::Option<::std::string::String>,
        /// The last two digits of the year in which the card expires (`25` for 2025).
        ///
        /// > **Note**: This field is returned for certain merchants in certain regions when _paymentMethodType_ is `CARD`.
        ///
        /// Optional. At most 2 characters (as documented; not checked on receipt). Wire name: `expiryYear`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub expiry_year: ::std::option::Option<::std::string::String>,
        /// The category of the card, for example `CONSUMER`.
        ///
        /// Optional. Wire name: `cardCategory`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_category: ::std::option::Option<::std::string::String>,
        /// The account number behind the payment method.
        ///
        /// Optional. Wire name: `accountNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub account_no: ::std::option::Option<::std::string::String>,
        /// The exemption from strong customer authentication that was requested.
        ///
        /// Optional. Wire name: `exemptionRequested`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub exemption_requested: ::std::option::Option<::std::string::String>,
        /// The kind of payment credential used for the payment.
        ///
        /// Optional. Wire name: `credentialTypeUsed`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub credential_type_used: ::std::option::Option<::std::string::String>,
        /// The retrieval reference number, which the buyer can use to trace the payment, refund or dispute.
        ///
        /// Optional. At most 32 characters (as documented; not checked on receipt). Wire name: `rrn`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub rrn: ::std::option::Option<::std::string::String>,
        /// Whether the buyer authorized the binding during the transaction. Returned only for `PAYPAY` payments made with the payment factor _smartPaymentEnabled_ set to `true`.
        ///
        /// Optional. Wire name: `userAuthorizationStatus`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub user_authorization_status: ::std::option::Option<UserAuthorizationStatus>,
    }
    #[cfg(feature = "payments")]
    /// The `PromotionResult` object.
    ///
    /// The promotions applied to the payment.
    ///
    /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PromotionResult {
        /// The kind of promotion.
        ///
        /// **Required.** Wire name: `promotionType`.
        pub promotion_type: PromotionType,
        /// The discount that was applied.
        ///
        /// > **Note**: This field is returned when the buyer applied a promotion while placing the order.
        ///
        /// Optional. Wire name: `discount`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub discount: ::std::option::Option<Discount>,
    }
    #[cfg(feature = "payments")]
    /// The `ThreeDSResult` object.
    ///
    /// The outcome of 3-D Secure authentication.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct ThreeDSResult {
        /// The version of the 3-D Secure protocol used.
        ///
        /// Optional. Wire name: `threeDSVersion`.
        #[serde(
            rename = "threeDSVersion",
            default,
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub three_ds_version: ::std::option::Option<::std::string::String>,
        /// The Electronic Commerce Indicator (ECI) returned by the card scheme.
        ///
        /// Optional. Wire name: `eci`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub eci: ::std::option::Option<::std::string::String>,
        /// The cardholder authentication value.
        ///
        /// Optional. Wire name: `cavv`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub cavv: ::std::option::Option<::std::string::String>,
        /// The transaction identifier assigned by the 3-D Secure Directory Server.
        ///
        /// Optional. Wire name: `dsTransactionId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub ds_transaction_id: ::std::option::Option<::std::string::String>,
        /// The 3-D Secure transaction identifier assigned by the Directory Server (DS).
        ///
        /// Optional. Wire name: `xid`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub xid: ::std::option::Option<::std::string::String>,
        /// The reason code that explains the 3-D Secure transaction status.
        ///
        /// Optional. Wire name: `threeDStransactionStatusReason`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub three_d_stransaction_status_reason: ::std::option::Option<
            ::std::string::String,
        >,
        /// The indicator of why a 3-D Secure challenge was cancelled.
        ///
        /// Optional. Wire name: `challengeCancel`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub challenge_cancel: ::std::option::Option<::std::string::String>,
        /// Whether the cardholder was challenged during 3-D Secure authentication.
        ///
        /// Optional. Wire name: `challenged`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub challenged: ::std::option::Option<bool>,
        /// The kind of exemption from strong customer authentication that applied.
        ///
        /// Optional. Wire name: `exemptionType`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub exemption_type: ::std::option::Option<::std::string::String>,
        /// Whether 3-D Secure authentication was offered for the transaction.
        ///
        /// Optional. Wire name: `threeDSOffered`.
        #[serde(
            rename = "threeDSOffered",
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub three_ds_offered: ::std::option::Option<bool>,
    }
    #[cfg(feature = "payments")]
    /// The `Transaction` object.
    ///
    /// The follow-up transactions on the payment, such as refunds and captures.
    ///
    /// > **Note**: This field is returned when the payment has a refund or a capture.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct Transaction {
        /// How the follow-up transaction went.
        ///
        /// **Required.** Wire name: `transactionResult`.
        pub transaction_result: ::vault_runtime::ApiResult,
        /// The identifier Antom gave the transaction: the _refundId_ for a refund, the _captureId_ for a capture.
        ///
        /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `transactionId`.
        pub transaction_id: ::std::string::String,
        /// The kind of follow-up transaction.
        ///
        /// **Required.** Wire name: `transactionType`.
        pub transaction_type: TransactionType,
        /// The state of the transaction.
        ///
        /// **Required.** Wire name: `transactionStatus`.
        pub transaction_status: TransactionStatus,
        /// The amount of the transaction: the _refundAmount_ for a refund, the _captureAmount_ for a capture.
        ///
        /// **Required.** Wire name: `transactionAmount`.
        pub transaction_amount: PaymentAmount,
        /// The identifier you gave the transaction request: the _refundRequestId_ for a refund, the _captureRequestId_ for a capture.
        ///
        /// **Required.** At most 64 characters (as documented; not checked on receipt). Wire name: `transactionRequestId`.
        pub transaction_request_id: ::std::string::String,
        /// When the transaction took place.
        ///
        /// Optional. Wire name: `transactionTime`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub transaction_time: ::std::option::Option<::std::string::String>,
        /// Details about the acquirer that processed the transaction.
        ///
        /// Optional. Wire name: `acquirerInfo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub acquirer_info: ::std::option::Option<AcquirerInfo>,
    }
    #[cfg(feature = "payments")]
    /// The `Amount` object as `notifyCapture`, `capture` describe it. Other pages describe `Amount` differently, and each description has its own type.
    ///
    /// The amount captured, in the currency of the transaction.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct CaptureAmount {
        /// The currency of the amount, as a three-letter code from the ISO 4217 standard.
        ///
        /// **Required.** An ISO 4217 currency code (as documented; not checked on receipt). Wire name: `currency`.
        pub currency: ::std::string::String,
        /// The amount as a whole number of the smallest unit of the currency: for example `100` for 1.00 USD, or `1` for 1 JPY. When the currency is `IDR`, round with banker's rounding and end the value in `00`.
        ///
        /// **Required.** At least 1 (as documented; not checked on receipt). Wire name: `value`.
        pub value: ::std::string::String,
    }
    #[cfg(feature = "payments")]
    /// The `Amount` object as `notifyPayment`, `notifyRefund`, `inquiryPayment`, `inquiryRefund`, `pay`, `refund` describe it. Other pages describe `Amount` differently, and each description has its own type.
    ///
    /// The amount you asked to receive, in the order currency.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PaymentAmount {
        /// The currency of the amount, as a three-letter code from the ISO 4217 standard.
        ///
        /// **Required.** An ISO 4217 currency code (as documented; not checked on receipt). Wire name: `currency`.
        pub currency: ::std::string::String,
        /// The amount as a whole number of the smallest unit of the currency: for example `100` for 1.00 USD, or `1` for 1 JPY. When the currency is `IDR`, round with banker's rounding and end the value in `00`.
        ///
        /// **Required.** At least 0 (as documented; not checked on receipt). Wire name: `value`.
        pub value: ::std::string::String,
    }
    #[cfg(feature = "payments")]
    /// The `PspCustomerInfo` object as `notifyPayment` describes it. Other pages describe `PspCustomerInfo` differently, and each description has its own type.
    ///
    /// The buyer's customer information at the Alipay+ payment method.
    ///
    /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PaymentPspCustomerInfo {
        /// The name of the Alipay+ payment method.
        ///
        /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `pspName`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub psp_name: ::std::option::Option<::std::string::String>,
        /// The buyer's customer ID at the Alipay+ payment method.
        ///
        /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `pspCustomerId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub psp_customer_id: ::std::option::Option<::std::string::String>,
        /// A customer ID meant for display, such as a login ID.
        ///
        /// > **Note**: This field is returned when the Alipay+ payment method can provide it.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `displayCustomerId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub display_customer_id: ::std::option::Option<::std::string::String>,
    }
    #[cfg(feature = "payments")]
    /// The `Quote` object as `notifyPayment`, `notifyRefund` describe it. Other pages describe `Quote` differently, and each description has its own type.
    ///
    /// The exchange rate between the settlement currency and the transaction currency.
    ///
    /// > **Note**: This field is returned together with _grossSettlementAmount_.
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
    )]
    #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
    #[non_exhaustive]
    pub struct PaymentQuote {
        /// The identifier Antom gives this exchange rate.
        ///
        /// Optional. At most 64 characters (as documented; not checked on receipt). Wire name: `quoteId`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub quote_id: ::std::option::Option<::std::string::String>,
        /// The two currencies the rate converts between, as ISO 4217 codes separated by a slash (for example `USD/SGD`).
        ///
        /// **Required.** At most 16 characters (as documented; not checked on receipt). Wire name: `quoteCurrencyPair`.
        pub quote_currency_pair: ::std::string::String,
        /// The exchange rate applied when converting between the two currencies.
        ///
        /// **Required.** A decimal number, sent as a string. At least 1 (as documented; not checked on receipt). Wire name: `quotePrice`.
        pub quote_price: ::std::string::String,
        /// When the rate starts to apply.
        ///
        /// Optional. Wire name: `quoteStartTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub quote_start_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// When the rate stops applying.
        ///
        /// Optional. Wire name: `quoteExpiryTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub quote_expiry_time: ::std::option::Option<::vault_runtime::DateTime>,
        /// Whether the rate is guaranteed for the payment.
        ///
        /// Optional. Wire name: `guaranteed`.
        #[serde(
            default,
            skip_serializing_if = "::std::option::Option::is_none",
            deserialize_with = "::vault_runtime::wire::option_bool"
        )]
        pub guaranteed: ::std::option::Option<bool>,
    }
    #[cfg(feature = "payments")]
    /// The valid values of `challengeType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum ChallengeType {
        /// `SMS_OTP`: a one-time password sent by SMS.
        SmsOtp = 1179516324,
        /// `PLAINTEXT_CARD_NO`: the full card number.
        PlaintextCardNo = 1206671431,
        /// `CARD_EXPIRE_DATE`: the expiry date of the card.
        CardExpireDate = 2955693108,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        ChallengeType { SmsOtp = "SMS_OTP", PlaintextCardNo = "PLAINTEXT_CARD_NO",
        CardExpireDate = "CARD_EXPIRE_DATE" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `codeValueType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum CodeValueType {
        /// `BARCODE`: a barcode.
        Barcode = 670171063,
        /// `QRCODE`: a QR code.
        Qrcode = 4290867111,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        CodeValueType { Barcode = "BARCODE", Qrcode = "QRCODE" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `creditPayFeeType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum CreditPayFeeType {
        /// `PERCENTAGE`: the fee is a percentage of one to three digits, for example `5` for 5% or `100` for 100%.
        Percentage = 577037237,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(CreditPayFeeType { Percentage = "PERCENTAGE" });
    #[cfg(feature = "payments")]
    /// The valid values of `displayType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum DisplayType {
        /// `TEXT`: show the code as text or a label.
        Text = 2163098750,
        /// `MIDDLEIMAGE`: show the code as a small image.
        Middleimage = 3882982629,
        /// `SMALLIMAGE`: show the code as a middle-sized image.
        Smallimage = 1038878057,
        /// `BIGIMAGE`: show the code as a big image.
        Bigimage = 1183947550,
        /// `IMAGE`: show the code as an image.
        Image = 1538971482,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        DisplayType { Text = "TEXT", Middleimage = "MIDDLEIMAGE", Smallimage =
        "SMALLIMAGE", Bigimage = "BIGIMAGE", Image = "IMAGE" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `method`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum Method {
        /// `POST`: send a POST request to the redirection address.
        Post = 1929554311,
        /// `GET`: send a GET request to the redirection address.
        Get = 2531704439,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(Method { Post = "POST", Get = "GET" });
    #[cfg(feature = "payments")]
    /// The valid values of `notifyType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum PaymentNotifyType {
        /// `PAYMENT_RESULT`: the notification carries the result of the payment.
        PaymentResult = 1185091347,
        /// `PAYMENT_PENDING`: the buyer has finished paying, and you must wait for the final result.
        PaymentPending = 895512429,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        PaymentNotifyType { PaymentResult = "PAYMENT_RESULT", PaymentPending =
        "PAYMENT_PENDING" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `paymentStatus`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum PaymentStatus {
        /// `SUCCESS`: the payment succeeded.
        Success = 3349793328,
        /// `FAIL`: the payment failed.
        Fail = 1547930925,
        /// `PROCESSING`: the payment is being processed.
        Processing = 3662524102,
        /// `CANCELLED`: the payment was cancelled.
        Cancelled = 1121673724,
        /// `PENDING`: the buyer has finished paying and the final result is awaited.
        Pending = 295457052,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        PaymentStatus { Success = "SUCCESS", Fail = "FAIL", Processing = "PROCESSING",
        Cancelled = "CANCELLED", Pending = "PENDING" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `promotionType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum PromotionType {
        /// `DISCOUNT`: a reduction of the regular price.
        Discount = 1853187230,
        /// `INTEREST_FREE`: payment in interest-free instalments.
        InterestFree = 3424442650,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        PromotionType { Discount = "DISCOUNT", InterestFree = "INTEREST_FREE" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `notifyType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum RefundNotifyType {
        /// `REFUND_RESULT`: the notification carries the result of a refund.
        RefundResult = 948176985,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(RefundNotifyType { RefundResult = "REFUND_RESULT" });
    #[cfg(feature = "payments")]
    /// The valid values of `refundStatus`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum RefundRefundStatus {
        /// `SUCCESS`: the refund succeeded.
        Success = 3349793328,
        /// `FAIL`: the refund failed.
        Fail = 1547930925,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        RefundRefundStatus { Success = "SUCCESS", Fail = "FAIL" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `transactionStatus`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum TransactionStatus {
        /// `SUCCESS`: the transaction succeeded.
        Success = 3349793328,
        /// `FAIL`: the transaction failed.
        Fail = 1547930925,
        /// `PROCESSING`: the transaction is being processed.
        Processing = 3662524102,
        /// `CANCELLED`: the transaction was cancelled.
        Cancelled = 1121673724,
        /// `PENDING`: the transaction is waiting for its final result.
        Pending = 295457052,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        TransactionStatus { Success = "SUCCESS", Fail = "FAIL", Processing =
        "PROCESSING", Cancelled = "CANCELLED", Pending = "PENDING" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `transactionType`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum TransactionType {
        /// `REFUND`: the payment is being or has been refunded.
        Refund = 3499520031,
        /// `CAPTURE`: the payment is being or has been captured.
        Capture = 2021627937,
        /// `PAYMENT`: the transaction is the payment itself.
        Payment = 163472593,
        /// `CANCEL`: the transaction is a cancellation.
        Cancel = 1392163803,
        /// `AUTHORIZATION`: the transaction is an authorization.
        Authorization = 4194732382,
        /// `VOID`: the transaction voids an authorization.
        Void = 1174984095,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        TransactionType { Refund = "REFUND", Capture = "CAPTURE", Payment = "PAYMENT",
        Cancel = "CANCEL", Authorization = "AUTHORIZATION", Void = "VOID" }
    );
    #[cfg(feature = "payments")]
    /// The valid values of `triggerSource`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum TriggerSource {
        /// `AMS`: Antom.
        Ams = 1550048192,
        /// `CHANNEL`: the payment channel.
        Channel = 49748612,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(TriggerSource { Ams = "AMS", Channel = "CHANNEL" });
    #[cfg(feature = "payments")]
    /// The valid values of `userAuthorizationStatus`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum UserAuthorizationStatus {
        /// `AUTHORIZED`: the buyer had already authorized when starting the transaction, and paid directly.
        Authorized = 2982846268,
        /// `UNAUTHORIZED`: the buyer had not authorized when starting the transaction, and paid after authorizing.
        Unauthorized = 998922675,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "payments")]
    ::vault_runtime::open_enum!(
        UserAuthorizationStatus { Authorized = "AUTHORIZED", Unauthorized =
        "UNAUTHORIZED" }
    );
    #[cfg(feature = "vaulting")]
    /// The valid values of `vaultingStatus`. A value the page does not list is kept in `Undocumented`, so a new value from the provider never breaks decoding.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    #[repr(u32)]
    pub enum VaultingStatus {
        /// `SUCCESS`: the card is vaulted.
        Success = 3349793328,
        /// `FAIL`: vaulting failed.
        Fail = 1547930925,
        /// `PROCESSING`: vaulting is under way, for example while the buyer confirms the card.
        Processing = 3662524102,
        /// A value the page does not list.
        Undocumented(::std::string::String) = 0,
    }
    #[cfg(feature = "vaulting")]
    ::vault_runtime::open_enum!(
        VaultingStatus { Success = "SUCCESS", Fail = "FAIL", Processing = "PROCESSING" }
    );
    #[cfg(feature = "payments")]
    pub use super::payments::response::{
        PspCustomerInfo, Quote, InquiryPaymentCreditPayPlan, InquiryPaymentDiscount,
        InquiryPaymentPaymentResultInfo, InquiryPaymentPromotionResult,
        InquiryPaymentRedirectActionForm, PayRedirectActionForm,
        InquiryRefundRefundStatus,
    };
}
