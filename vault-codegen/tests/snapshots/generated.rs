/// Marker types of the fields that can hold one value only, for [`vault_runtime::Fixed`]
/// (the `fixed!` macro, a different thing, checks a literal against one of them).
pub mod fixed_values {
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
    /// `vault_runtime::Error::Api` with a [`CreateVaultingSessionError`](vaults::CreateVaultingSessionError) for the page's codes:
    ///
    /// - `PARAM_ILLEGAL` (F): A required parameter is missing or a parameter is not valid, for example a wrong type or length, a non-numeric value or an impossible date.
    /// - `PROCESS_FAIL` (F): Processing failed for a business reason.
    /// - `UNKNOWN_EXCEPTION` (U): The call failed for a reason that is not known.
    ///
    /// and the other variants of `vault_runtime::Error` for invalid input, transport, HTTP status, signature and decoding failures.
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
    /// and the other variants of `vault_runtime::Error` for invalid input, transport, HTTP status, signature and decoding failures.
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
    /// and the other variants of `vault_runtime::Error` for invalid input, transport, HTTP status, signature and decoding failures.
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
    <vaults::CreateVaultingSessionRequest as ::vault_runtime::Operation>::INFO,
    <vaults::InquireVaultingRequest as ::vault_runtime::Operation>::INFO,
    <vaults::VaultPaymentMethodRequest as ::vault_runtime::Operation>::INFO,
];
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
    /// **Required.** Wire name: `vaultingRequestId`.
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
impl ::vault_runtime::Notification for VaultingNotification {
    const NAME: &'static str = "notifyVaulting";
}
/// The `Address` object.
///
/// A postal address.
///
/// Build it with [`Address::new`] and set fields directly; or check plain values with `Address::try_from(AddressDraft { .. })`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Address {
    /// The country or region, as a two-letter code from the ISO 3166 country code standard.
    ///
    /// Optional. An ISO 3166-1 alpha-2 country or region code. Wire name: `region`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::vault_runtime::Region>,
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
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            region: ::std::option::Option::None,
            state: ::std::option::Option::None,
            city: ::std::option::Option::None,
            address1: ::std::option::Option::None,
            address2: ::std::option::Option::None,
            zip_code: ::std::option::Option::None,
        }
    }
}
impl ::std::default::Default for Address {
    fn default() -> Self {
        Self::new()
    }
}
/// [`Address`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
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
        let region = validator
            .field(
                "region",
                |v| ::vault_runtime::FromDraft::from_draft(draft.region, v),
            );
        let state = validator
            .field("state", |v| ::vault_runtime::FromDraft::from_draft(draft.state, v));
        let city = validator
            .field("city", |v| ::vault_runtime::FromDraft::from_draft(draft.city, v));
        let address1 = validator
            .field(
                "address1",
                |v| ::vault_runtime::FromDraft::from_draft(draft.address1, v),
            );
        let address2 = validator
            .field(
                "address2",
                |v| ::vault_runtime::FromDraft::from_draft(draft.address2, v),
            );
        let zip_code = validator
            .field(
                "zipCode",
                |v| ::vault_runtime::FromDraft::from_draft(draft.zip_code, v),
            );
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
/// The `CardPaymentMethodDetail` object.
///
/// The card to vault; required when _paymentMethodType_ is `CARD`.
///
/// Build it with [`CardPaymentMethodDetail::new`] from a [`CardPaymentMethodDetailRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `CardPaymentMethodDetail::try_from(CardPaymentMethodDetailDraft { .. })`, which reports every broken constraint at once.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
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
    pub cardholder_name: ::std::option::Option<UserName>,
    /// The billing address of the card.
    ///
    /// Optional. Wire name: `billingAddress`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<Address>,
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
    pub cardholder_name: ::std::option::Option<UserNameDraft>,
    /// See [`CardPaymentMethodDetail::billing_address`].
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<AddressDraft>,
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
impl ::vault_runtime::FromDraft for CardPaymentMethodDetail {
    type Draft = CardPaymentMethodDetailDraft;
    fn from_draft(
        draft: CardPaymentMethodDetailDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let card_no = validator
            .field("cardNo", |v| ::vault_runtime::required(draft.card_no, v));
        let brand = validator
            .field("brand", |v| ::vault_runtime::FromDraft::from_draft(draft.brand, v));
        let cardholder_name = validator
            .field(
                "cardholderName",
                |v| ::vault_runtime::FromDraft::from_draft(draft.cardholder_name, v),
            );
        let billing_address = validator
            .field(
                "billingAddress",
                |v| ::vault_runtime::FromDraft::from_draft(draft.billing_address, v),
            );
        let cvv = validator
            .field("cvv", |v| ::vault_runtime::FromDraft::from_draft(draft.cvv, v));
        let expiry_year = validator
            .field("expiryYear", |v| ::vault_runtime::required(draft.expiry_year, v));
        let expiry_month = validator
            .field("expiryMonth", |v| ::vault_runtime::required(draft.expiry_month, v));
        let date_of_birth = validator
            .field(
                "dateOfBirth",
                |v| ::vault_runtime::FromDraft::from_draft(draft.date_of_birth, v),
            );
        let business_no = validator
            .field(
                "businessNo",
                |v| ::vault_runtime::FromDraft::from_draft(draft.business_no, v),
            );
        let card_password_digest = validator
            .field(
                "cardPasswordDigest",
                |v| ::vault_runtime::FromDraft::from_draft(draft.card_password_digest, v),
            );
        let cpf = validator
            .field("cpf", |v| ::vault_runtime::FromDraft::from_draft(draft.cpf, v));
        let payer_email = validator
            .field(
                "payerEmail",
                |v| ::vault_runtime::FromDraft::from_draft(draft.payer_email, v),
            );
        let is_3ds_authentication = validator
            .field(
                "is3DSAuthentication",
                |v| ::vault_runtime::FromDraft::from_draft(
                    draft.is_3ds_authentication,
                    v,
                ),
            );
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
impl ::std::convert::TryFrom<CardPaymentMethodDetailDraft> for CardPaymentMethodDetail {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: CardPaymentMethodDetailDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
/// The `Env` object.
///
/// The environment the buyer is in: device, browser and network.
///
/// Build it with [`Env::new`] from a [`EnvRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `Env::try_from(EnvDraft { .. })`, which reports every broken constraint at once.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct Env {
    /// The kind of terminal the buyer uses.
    ///
    /// **Required.** Wire name: `terminalType`.
    pub terminal_type: TerminalType,
    /// The operating system of a mobile device.
    ///
    /// Optional. Wire name: `osType`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub os_type: ::std::option::Option<OsType>,
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
    /// Optional. Wire name: `colorDepth`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub color_depth: ::std::option::Option<::std::string::String>,
    /// The height of the buyer's screen in pixels, as a numeric string.
    ///
    /// Optional. Wire name: `screenHeight`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub screen_height: ::std::option::Option<::std::string::String>,
    /// The width of the buyer's screen in pixels, as a numeric string.
    ///
    /// Optional. Wire name: `screenWidth`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub screen_width: ::std::option::Option<::std::string::String>,
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
    pub terminal_type: TerminalType,
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
        let terminal_type = validator
            .field(
                "terminalType",
                |v| ::vault_runtime::required(draft.terminal_type, v),
            );
        let os_type = validator
            .field(
                "osType",
                |v| ::vault_runtime::FromDraft::from_draft(draft.os_type, v),
            );
        let user_agent = validator
            .field(
                "userAgent",
                |v| ::vault_runtime::FromDraft::from_draft(draft.user_agent, v),
            );
        let device_token_id = validator
            .field(
                "deviceTokenId",
                |v| ::vault_runtime::FromDraft::from_draft(draft.device_token_id, v),
            );
        let client_ip = validator
            .field(
                "clientIp",
                |v| ::vault_runtime::FromDraft::from_draft(draft.client_ip, v),
            );
        let cookie_id = validator
            .field(
                "cookieId",
                |v| ::vault_runtime::FromDraft::from_draft(draft.cookie_id, v),
            );
        let extend_info = validator
            .field(
                "extendInfo",
                |v| ::vault_runtime::FromDraft::from_draft(draft.extend_info, v),
            );
        let color_depth = validator
            .field(
                "colorDepth",
                |v| ::vault_runtime::FromDraft::from_draft(draft.color_depth, v),
            );
        let screen_height = validator
            .field(
                "screenHeight",
                |v| ::vault_runtime::FromDraft::from_draft(draft.screen_height, v),
            );
        let screen_width = validator
            .field(
                "screenWidth",
                |v| ::vault_runtime::FromDraft::from_draft(draft.screen_width, v),
            );
        let time_zone_offset = validator
            .field(
                "timeZoneOffset",
                |v| ::vault_runtime::FromDraft::from_draft(draft.time_zone_offset, v),
            );
        let device_brand = validator
            .field(
                "deviceBrand",
                |v| ::vault_runtime::FromDraft::from_draft(draft.device_brand, v),
            );
        let device_model = validator
            .field(
                "deviceModel",
                |v| ::vault_runtime::FromDraft::from_draft(draft.device_model, v),
            );
        let device_language = validator
            .field(
                "deviceLanguage",
                |v| ::vault_runtime::FromDraft::from_draft(draft.device_language, v),
            );
        let device_id = validator
            .field(
                "deviceId",
                |v| ::vault_runtime::FromDraft::from_draft(draft.device_id, v),
            );
        let os_version = validator
            .field(
                "osVersion",
                |v| ::vault_runtime::FromDraft::from_draft(draft.os_version, v),
            );
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
/// The `PaymentMethodDetail` object.
///
/// The payment method to vault.
///
/// Build it with [`PaymentMethodDetail::new`] from a [`PaymentMethodDetailRequired`], whose fields the compiler insists on, then set optional fields directly; or check plain values with `PaymentMethodDetail::try_from(PaymentMethodDetailDraft { .. })`, which reports every broken constraint at once.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
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
/// The required fields of [`PaymentMethodDetail`]: leaving one out is a compile error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentMethodDetailRequired {
    /// See [`PaymentMethodDetail::payment_method_type`].
    pub payment_method_type: ::vault_runtime::Text<64>,
}
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
impl ::vault_runtime::FromDraft for PaymentMethodDetail {
    type Draft = PaymentMethodDetailDraft;
    fn from_draft(
        draft: PaymentMethodDetailDraft,
        validator: &mut ::vault_runtime::Validator,
    ) -> ::std::option::Option<Self> {
        let payment_method_type = validator
            .field(
                "paymentMethodType",
                |v| ::vault_runtime::required(draft.payment_method_type, v),
            );
        let card = validator
            .field("card", |v| ::vault_runtime::FromDraft::from_draft(draft.card, v));
        ::std::option::Option::Some(Self {
            payment_method_type: payment_method_type?,
            card: card?,
        })
    }
}
impl ::std::convert::TryFrom<PaymentMethodDetailDraft> for PaymentMethodDetail {
    type Error = ::vault_runtime::ValidationErrors;
    /// Checks every field; the error lists every broken constraint.
    fn try_from(
        draft: PaymentMethodDetailDraft,
    ) -> ::std::result::Result<Self, Self::Error> {
        <Self as ::vault_runtime::FromDraft>::validate(draft)
    }
}
/// The `UserName` object.
///
/// A person's name, in parts and in full.
///
/// Build it with [`UserName::new`] and set fields directly; or check plain values with `UserName::try_from(UserNameDraft { .. })`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    ::vault_runtime::__private::serde::Serialize,
    ::vault_runtime::__private::serde::Deserialize
)]
#[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase")]
#[non_exhaustive]
pub struct UserName {
    /// The given name.
    ///
    /// Optional. At most 32 characters. Wire name: `firstName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_name: ::std::option::Option<::vault_runtime::Text<32>>,
    /// The middle name.
    ///
    /// Optional. At most 32 characters. Wire name: `middleName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::vault_runtime::Text<32>>,
    /// The family name.
    ///
    /// Optional. At most 32 characters. Wire name: `lastName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::vault_runtime::Text<32>>,
    /// The whole name as one string.
    ///
    /// Optional. At most 128 characters. Wire name: `fullName`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub full_name: ::std::option::Option<::vault_runtime::Text<128>>,
}
impl UserName {
    /// Builds the value with every optional field unset.
    pub fn new() -> Self {
        Self {
            first_name: ::std::option::Option::None,
            middle_name: ::std::option::Option::None,
            last_name: ::std::option::Option::None,
            full_name: ::std::option::Option::None,
        }
    }
}
impl ::std::default::Default for UserName {
    fn default() -> Self {
        Self::new()
    }
}
/// [`UserName`] as plain values that have not been checked yet (form input, configuration): every field is an `Option`. It reads the same JSON as the request (wire names), so a configuration file or a form can be deserialised into it.
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
        let first_name = validator
            .field(
                "firstName",
                |v| ::vault_runtime::FromDraft::from_draft(draft.first_name, v),
            );
        let middle_name = validator
            .field(
                "middleName",
                |v| ::vault_runtime::FromDraft::from_draft(draft.middle_name, v),
            );
        let last_name = validator
            .field(
                "lastName",
                |v| ::vault_runtime::FromDraft::from_draft(draft.last_name, v),
            );
        let full_name = validator
            .field(
                "fullName",
                |v| ::vault_runtime::FromDraft::from_draft(draft.full_name, v),
            );
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
/// The valid values of `osType`. Only these values can be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[repr(u32)]
pub enum OsType {
    /// `IOS`: Apple iOS.
    Ios = 63313862,
    /// `ANDROID`: Android.
    Android = 1874269580,
}
::vault_runtime::closed_enum!(OsType { Ios = "IOS", Android = "ANDROID" });
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
::vault_runtime::closed_enum!(
    TerminalType { Web = "WEB", Wap = "WAP", App = "APP", MiniApp = "MINI_APP" }
);
/// The `vaults` family: `createVaultingSession`, `inquireVaulting`, `vaultPaymentMethod`.
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
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
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
                .field(
                    "vaultingRequestId",
                    |v| ::vault_runtime::required(draft.vaulting_request_id, v),
                );
            let vaulting_notification_url = validator
                .field(
                    "vaultingNotificationUrl",
                    |v| ::vault_runtime::required(draft.vaulting_notification_url, v),
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
        /// **Required.** Sensitive: redacted in `Debug`. Wire name: `vaultingSessionData`.
        pub vaulting_session_data: ::vault_runtime::Secret<::std::string::String>,
        /// The identifier Antom gives the vaulting session, in encrypted form.
        ///
        /// **Required.** Wire name: `vaultingSessionId`.
        pub vaulting_session_id: ::std::string::String,
        /// The moment from which the session can no longer be used.
        ///
        /// **Required.** Wire name: `vaultingSessionExpiryTime`.
        ///
        /// The value follows the ISO 8601 standard format. For example, "2019-11-27T12:01:01+08:00".
        pub vaulting_session_expiry_time: ::vault_runtime::DateTime,
    }
    /// A failed `createVaultingSession` call, from the page's Result/Error codes table: one variant per documented failure code, and `Undocumented` for a code no table lists (the status letter then decides what to do).
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
                _ => {
                    Self::Undocumented {
                        code,
                        status,
                        message,
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
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
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
                .field(
                    "vaultingRequestId",
                    |v| ::vault_runtime::required(draft.vaulting_request_id, v),
                );
            let merchant_account_id = validator
                .field(
                    "merchantAccountId",
                    |v| ::vault_runtime::FromDraft::from_draft(
                        draft.merchant_account_id,
                        v,
                    ),
                );
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
        /// **Required.** Wire name: `vaultingRequestId`.
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
        /// Optional. Wire name: `normalUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub normal_url: ::std::option::Option<::std::string::String>,
        /// The URL scheme that opens the confirmation in an app; returned while _vaultingStatus_ is `PROCESSING`.
        ///
        /// Optional. Wire name: `schemeUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub scheme_url: ::std::option::Option<::std::string::String>,
        /// The universal link that opens the confirmation in an app; returned while _vaultingStatus_ is `PROCESSING`.
        ///
        /// Optional. Wire name: `applinkUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub applink_url: ::std::option::Option<::std::string::String>,
    }
    /// A failed `inquireVaulting` call, from the page's Result/Error codes table: one variant per documented failure code, and `Undocumented` for a code no table lists (the status letter then decides what to do).
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
                _ => {
                    Self::Undocumented {
                        code,
                        status,
                        message,
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
    #[derive(
        Debug,
        Clone,
        PartialEq,
        Eq,
        ::vault_runtime::__private::serde::Serialize,
        ::vault_runtime::__private::serde::Deserialize
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
        pub env: super::Env,
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
        pub env: super::Env,
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
        pub env: ::std::option::Option<super::EnvDraft>,
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
                .field(
                    "vaultingRequestId",
                    |v| ::vault_runtime::required(draft.vaulting_request_id, v),
                );
            let vaulting_notification_url = validator
                .field(
                    "vaultingNotificationUrl",
                    |v| ::vault_runtime::required(draft.vaulting_notification_url, v),
                );
            let redirect_url = validator
                .field(
                    "redirectUrl",
                    |v| ::vault_runtime::required(draft.redirect_url, v),
                );
            let merchant_region = validator
                .field(
                    "merchantRegion",
                    |v| ::vault_runtime::FromDraft::from_draft(draft.merchant_region, v),
                );
            let payment_method_detail = validator
                .field(
                    "paymentMethodDetail",
                    |v| ::vault_runtime::required(draft.payment_method_detail, v),
                );
            let env = validator
                .field("env", |v| ::vault_runtime::required(draft.env, v));
            let merchant_account_id = validator
                .field(
                    "merchantAccountId",
                    |v| ::vault_runtime::FromDraft::from_draft(
                        draft.merchant_account_id,
                        v,
                    ),
                );
            let metadata = validator
                .field(
                    "metadata",
                    |v| ::vault_runtime::FromDraft::from_draft(draft.metadata, v),
                );
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
        /// **Required.** Wire name: `vaultingRequestId`.
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
        /// Optional. Wire name: `normalUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub normal_url: ::std::option::Option<::std::string::String>,
        /// The URL scheme that opens the confirmation in an app. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
        ///
        /// Optional. Wire name: `schemeUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub scheme_url: ::std::option::Option<::std::string::String>,
        /// The universal link that opens the confirmation in an app, or the browser when the app is missing. This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`.
        ///
        /// Optional. Wire name: `applinkUrl`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub applink_url: ::std::option::Option<::std::string::String>,
    }
    /// A failed `vaultPaymentMethod` call, from the page's Result/Error codes table: one variant per documented failure code, and `Undocumented` for a code no table lists (the status letter then decides what to do).
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
                _ => {
                    Self::Undocumented {
                        code,
                        status,
                        message,
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
}
pub use vaults::{
    CreateVaultingSessionRequest, CreateVaultingSessionRequired,
    CreateVaultingSessionDraft, CreateVaultingSessionResponse,
    CreateVaultingSessionError, InquireVaultingRequest, InquireVaultingRequired,
    InquireVaultingDraft, InquireVaultingResponse, InquireVaultingError,
    VaultPaymentMethodRequest, VaultPaymentMethodRequired, VaultPaymentMethodDraft,
    VaultPaymentMethodResponse, VaultPaymentMethodError,
};
/// Object types and enums of the messages Antom sends (responses and notifications).
pub mod response {
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
        /// Optional. Sensitive: redacted in `Debug`. Wire name: `cardToken`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card_token: ::std::option::Option<
            ::vault_runtime::Secret<::std::string::String>,
        >,
        /// The card number with all but a few digits hidden, safe to show to the buyer.
        ///
        /// Optional. Wire name: `maskedCardNo`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub masked_card_no: ::std::option::Option<::std::string::String>,
        /// The card scheme. Some possible values are `VISA`, `MASTERCARD`, `AMEX`, `JCB`, `DISCOVER`, `DINERS`, `CUP`, `MAESTRO`, `ELO`, `HIPERCARD` and `MIR`.
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
        /// Optional. Wire name: `issuingCountry`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub issuing_country: ::std::option::Option<::std::string::String>,
    }
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
        /// **Required.** Wire name: `paymentMethodType`.
        pub payment_method_type: ::std::string::String,
        /// The vaulted card.
        ///
        /// Optional. Wire name: `card`.
        #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
        pub card: ::std::option::Option<CardPaymentMethodDetail>,
    }
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
    ::vault_runtime::open_enum!(
        VaultingStatus { Success = "SUCCESS", Fail = "FAIL", Processing = "PROCESSING" }
    );
}
