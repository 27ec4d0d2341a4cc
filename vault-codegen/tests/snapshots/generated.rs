/// Marker types of the fields that can hold one value only, for [`vault_runtime::Fixed`].
pub mod fixed {
    /// The fixed value `CARD`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Card {}
    impl ::vault_runtime::FixedValue for Card {
        const VALUE: &'static str = "CARD";
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
    /// Calls `createVaultingSession`: `POST /v1/vaults/createVaultingSession`.
    ///
    /// Opens a card-vaulting session that the client-side SDK then completes.
    ///
    /// **Idempotency:** `vaultingRequestId`. An unknown outcome (status `U`, a transport failure, HTTP 5xx) is retried with the identical body and id, as the client's `RetryPolicy` allows; a failure (`F`) never is.
    ///
    /// # Errors
    ///
    /// `vault_runtime::Error::Api` with a [`CreateVaultingSessionError`] for the page's codes:
    ///
    /// - `PARAM_ILLEGAL` (F): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
    /// - `PROCESS_FAIL` (F): Processing failed for a business reason.
    /// - `UNKNOWN_EXCEPTION` (U): The call failed for a reason that is not known.
    ///
    /// and the other variants of `vault_runtime::Error` for invalid input, transport, HTTP status, signature and decoding failures.
    pub async fn create_vaulting_session(
        &self,
        request: &CreateVaultingSessionRequest,
    ) -> ::std::result::Result<
        CreateVaultingSessionResponse,
        ::vault_runtime::Error<CreateVaultingSessionError>,
    > {
        self.0.call(request).await
    }
}
/// Every API of the pages: name, documented path and idempotency field.
pub const OPERATIONS: &[::vault_runtime::OperationInfo] = &[
    ::vault_runtime::OperationInfo {
        name: "createVaultingSession",
        path: "/v1/vaults/createVaultingSession",
        idempotency_field: ::std::option::Option::Some("vaultingRequestId"),
    },
];
/// Opens a card-vaulting session that the client-side SDK then completes.
///
/// Endpoint: `POST /v1/vaults/createVaultingSession`.
///
/// Call this API from your server before any payment, when the buyer is about to save a card through the client-side SDK. Antom answers with encrypted session data; hand that data to your front end, where it starts the SDK, which collects the card details and finishes the vaulting.
///
/// > **Note**: The session data is opaque. Pass it to the SDK as received; do not parse, log or store it.
///
/// **Idempotency:** `vaultingRequestId` is the idempotency field. This field is an API idempotency field. A request that repeats a _vaultingRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
///
/// Build it with [`CreateVaultingSessionRequest::new`] from a [`CreateVaultingSessionRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CreateVaultingSessionRequest::try_from(CreateVaultingSessionDraft { .. })`, which reports every broken constraint at once.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde")]
#[non_exhaustive]
pub struct CreateVaultingSessionRequest {
    /// Which kind of payment method the buyer is going to save. The value of this parameter is fixed to `CARD`.
    ///
    /// **Required.** Always `CARD`. Wire name: `paymentMethodType`.
    #[serde(rename = "paymentMethodType")]
    pub payment_method_type: ::vault_runtime::Fixed<fixed::Card>,
    /// Your own identifier for this vaulting request, unique among all the vaulting requests you send.
    ///
    /// **Required.** At most 64 characters. Wire name: `vaultingRequestId`.
    ///
    /// This field is an API idempotency field. A request that repeats a _vaultingRequestId_ whose earlier request already ended in status `S` or `F` gets that same result back.
    #[serde(rename = "vaultingRequestId")]
    pub vaulting_request_id: ::vault_runtime::Text<64>,
    /// The address on your server where Antom posts the outcome of the vaulting.
    ///
    /// **Required.** An absolute http(s) URL of at most 2048 characters. Wire name: `vaultingNotificationUrl`.
    #[serde(rename = "vaultingNotificationUrl")]
    pub vaulting_notification_url: ::vault_runtime::HttpUrl<2048>,
    /// A page of yours that the buyer's browser opens once vaulting is over.
    ///
    /// > **Note**: Specify this parameter when the buyer should come straight back to your site after vaulting.
    ///
    /// Optional. An absolute http(s) URL of at most 2048 characters. Wire name: `redirectUrl`.
    #[serde(
        rename = "redirectUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redirect_url: ::std::option::Option<::vault_runtime::HttpUrl<2048>>,
    /// The country or region in which you run the business, as a two-letter code from the ISO 3166 country code standard. Some possible values are `US`, `SG`, `HK`, `PK`, `JP`, `CN`, `BR`, `AU`, and `MY`.
    ///
    /// > **Note**: Specify this parameter when you integrate through the Global Acquirer Gateway (GAGW) product.
    ///
    /// Optional. An ISO 3166-1 alpha-2 country or region code. For example `US`, `SG`, `HK`, `PK`, `JP`, `CN`, `BR`, `AU`, `MY`. Wire name: `merchantRegion`.
    #[serde(
        rename = "merchantRegion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
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
#[derive(Debug, Clone)]
pub struct CreateVaultingSessionRequired {
    /// See [`CreateVaultingSessionRequest::vaulting_request_id`].
    pub vaulting_request_id: ::vault_runtime::Text<64>,
    /// See [`CreateVaultingSessionRequest::vaulting_notification_url`].
    pub vaulting_notification_url: ::vault_runtime::HttpUrl<2048>,
}
/// [`CreateVaultingSessionRequest`] as plain values that have not been checked yet (form input, configuration).
///
/// Convert it with `CreateVaultingSessionRequest::try_from(draft)`: every broken constraint is reported at once, each naming the field, the rule and the limit.
#[derive(Debug, Clone)]
pub struct CreateVaultingSessionDraft {
    /// See [`CreateVaultingSessionRequest::vaulting_request_id`].
    pub vaulting_request_id: ::std::string::String,
    /// See [`CreateVaultingSessionRequest::vaulting_notification_url`].
    pub vaulting_notification_url: ::std::string::String,
    /// See [`CreateVaultingSessionRequest::redirect_url`].
    pub redirect_url: ::std::option::Option<::std::string::String>,
    /// See [`CreateVaultingSessionRequest::merchant_region`].
    pub merchant_region: ::std::option::Option<::std::string::String>,
}
impl ::vault_runtime::FromDraft for CreateVaultingSessionRequest {
    type Draft = CreateVaultingSessionDraft;
    fn from_draft(
        draft: CreateVaultingSessionDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let vaulting_request_id = validator
            .field(
                "vaultingRequestId",
                |v| ::vault_runtime::FromDraft::from_draft(draft.vaulting_request_id, v),
            );
        let vaulting_notification_url = validator
            .field(
                "vaultingNotificationUrl",
                |v| ::vault_runtime::FromDraft::from_draft(
                    draft.vaulting_notification_url,
                    v,
                ),
            );
        let redirect_url = validator
            .field(
                "redirectUrl",
                |v| ::vault_runtime::FromDraft::from_draft(draft.redirect_url, v),
            );
        let merchant_region = validator
            .field(
                "merchantRegion",
                |v| ::vault_runtime::FromDraft::from_draft(draft.merchant_region, v),
            );
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
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde")]
pub struct CreateVaultingSessionResponse {
    /// How the call went: its code, its status and a readable message.
    ///
    /// **Required.** Wire name: `result`.
    #[serde(rename = "result")]
    pub result: ::vault_runtime::ApiResult,
    /// The session data, encrypted by Antom. Give it unchanged to your front end, which uses it to start the client-side SDK.
    ///
    /// **Required.** Sensitive: redacted in `Debug`. Wire name: `vaultingSessionData`.
    #[serde(rename = "vaultingSessionData")]
    pub vaulting_session_data: ::vault_runtime::Secret<::std::string::String>,
    /// The identifier Antom gives the vaulting session, in encrypted form.
    ///
    /// **Required.** Wire name: `vaultingSessionId`.
    #[serde(rename = "vaultingSessionId")]
    pub vaulting_session_id: ::std::string::String,
    /// The moment from which the session can no longer be used.
    ///
    /// **Required.** Wire name: `vaultingSessionExpiryTime`.
    ///
    /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
    #[serde(rename = "vaultingSessionExpiryTime")]
    pub vaulting_session_expiry_time: ::vault_runtime::DateTime,
}
/// A failed `createVaultingSession` call, from the page's Result/Error codes table: one variant per documented failure code, and `Unknown` for a code the table does not list (the status letter then decides what to do).
///
/// The _result.resultStatus_ field of the response says how to go on:
///
/// - `S`: the session exists. Learn how the vaulting ends from the notification sent to _vaultingNotificationUrl_ or by calling **inquireVaulting**.
/// - `F`: the call failed; _result.resultCode_ tells you why.
/// - `U`: the outcome is not known. Send the request again with the same _vaultingRequestId_.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CreateVaultingSessionError {
    /// `PARAM_ILLEGAL` (status `F`): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
    ///
    /// Further action: Check that every required header and body field of this API is present and well formed, then send a corrected request.
    ParamIllegal {
        /// The message the server sent.
        message: ::std::string::String,
    },
    /// `PROCESS_FAIL` (status `F`): Processing failed for a business reason.
    ///
    /// Further action: Do not retry. Someone usually has to look into it; contact Antom Technical Support.
    ProcessFail {
        /// The message the server sent.
        message: ::std::string::String,
    },
    /// `UNKNOWN_EXCEPTION` (status `U`): The call failed for a reason that is not known.
    ///
    /// Further action: Call the API again. If the problem persists, contact Antom Technical Support.
    UnknownException {
        /// The message the server sent.
        message: ::std::string::String,
    },
    /// A code the page does not list, or a listed code with another status letter.
    Unknown {
        /// The result code.
        code: ::std::string::String,
        /// The status letter, which decides whether to retry.
        status: ::vault_runtime::ResultStatus,
        /// The message the server sent.
        message: ::std::string::String,
    },
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
    fn from_result(result: ::vault_runtime::ApiResult) -> Self {
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
            _ => {
                Self::Unknown {
                    code,
                    status,
                    message,
                }
            }
        }
    }
    fn parts(&self) -> (&str, ::vault_runtime::ResultStatus, &str) {
        match self {
            Self::ParamIllegal { message } => {
                ("PARAM_ILLEGAL", ::vault_runtime::ResultStatus::F, message)
            }
            Self::ProcessFail { message } => {
                ("PROCESS_FAIL", ::vault_runtime::ResultStatus::F, message)
            }
            Self::UnknownException { message } => {
                ("UNKNOWN_EXCEPTION", ::vault_runtime::ResultStatus::U, message)
            }
            Self::Unknown { code, status, message } => (code, *status, message),
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
