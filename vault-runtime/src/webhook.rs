//! Receiving notifications on the merchant's server: verify the signature over the raw body
//! with the merchant's own endpoint path, decode the typed notification, answer with the exact
//! acknowledgement, and key it by its identity so that a copy that arrives again is
//! recognised ([`crate::dedup`]).

use crate::client::RawBody;
use crate::dedup::NotificationKey;
use crate::protocol::keys::AntomPublicKey;
use crate::protocol::signature::{self, VerifyError};
use crate::protocol::{self, headers};
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

/// The body to answer a notification with (HTTP 200, unsigned). Without exactly this reply
/// Antom sends the notification again, up to 8 times within 24 hours.
pub const ACKNOWLEDGEMENT: &str = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}"#;

/// A notification type generated from a page.
pub trait Notification: DeserializeOwned {
    /// The page's name (`notifyVaulting`).
    const NAME: &'static str;
    /// The top-level fields whose values identify the event, chosen from the page by the
    /// generator: the kind of event (`notifyType`, `disputeNotificationType`), the REQUIRED
    /// fields named `...Id` or `...No` and the fields named `...Status` (the optional
    /// identifiers when none is required; every top-level field when the page names no
    /// identifier). A resend repeats them all; two events differ in one. Each notification
    /// type's docs list its fields. See
    /// [`NotificationKey`].
    const IDENTITY: &'static [&'static str];
}

/// The headers a notification is signed with.
#[derive(Debug, Clone, Copy, Default)]
pub struct WebhookHeaders<'a> {
    /// `client-id`.
    pub client_id: Option<&'a str>,
    /// `request-time`.
    pub request_time: Option<&'a str>,
    /// `signature`.
    pub signature: Option<&'a str>,
}

impl<'a> WebhookHeaders<'a> {
    /// Reads the headers from an `http` header map (axum, hyper, reqwest), in any case.
    pub fn from_header_map(headers: &'a HeaderMap) -> Self {
        let get = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        WebhookHeaders {
            client_id: get(headers::CLIENT_ID),
            request_time: get(headers::REQUEST_TIME),
            signature: get(headers::SIGNATURE),
        }
    }
}

/// Why a notification was not accepted. Answer anything but the acknowledgement (e.g. HTTP
/// 400): a genuine notification will come again.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WebhookError {
    /// A header the signature needs is missing.
    #[error("the notification has no `{0}` header")]
    MissingHeader(&'static str),
    /// The notification is addressed to another client id.
    #[error("the notification is for client id `{0}`, not ours")]
    ClientIdMismatch(String),
    /// The signature does not verify (forged, tampered, or verified with the wrong path).
    #[error("the notification signature is not valid: {0}")]
    Signature(#[from] VerifyError),
    /// The body is not the notification the page describes.
    #[error("the notification body does not decode: {message}")]
    Decode {
        /// What did not decode.
        message: String,
        /// The body.
        body: RawBody,
    },
}

/// Verifies and decodes notifications sent to one of the merchant's endpoints.
#[derive(Debug, Clone)]
pub struct Webhook {
    client_id: String,
    antom_public_key: AntomPublicKey,
}

impl Webhook {
    /// A receiver for notifications to `client_id`, signed with Antom's key.
    pub fn new(client_id: impl Into<String>, antom_public_key: AntomPublicKey) -> Self {
        Webhook { client_id: client_id.into(), antom_public_key }
    }

    /// Checks the signature: `POST <path>\n<clientId>.<request-time>.<raw body>`, where `path`
    /// is the path of the merchant's endpoint that received the notification.
    pub fn verify(&self, path: &str, headers: &WebhookHeaders<'_>, body: &[u8]) -> Result<(), WebhookError> {
        let client_id = headers.client_id.ok_or(WebhookError::MissingHeader(protocol::headers::CLIENT_ID))?;
        if client_id != self.client_id {
            return Err(WebhookError::ClientIdMismatch(client_id.to_owned()));
        }
        let time = headers.request_time.ok_or(WebhookError::MissingHeader(protocol::headers::REQUEST_TIME))?;
        let header = headers.signature.ok_or(WebhookError::MissingHeader(protocol::headers::SIGNATURE))?;
        signature::verify(&self.antom_public_key, header, path, client_id, time, body)?;
        Ok(())
    }

    /// The `notifyType` of a notification body (`PAYMENT_RESULT`, `CAPTURE_RESULT`, ...), to
    /// choose the type to decode where several notifications share one URL: notifyPayment and
    /// notifyCapture both go to the payment's `paymentNotifyUrl`. `None` when the body is not a
    /// JSON object with a string `notifyType`.
    pub fn notify_type(body: &[u8]) -> Option<String> {
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Kind {
            notify_type: Option<String>,
        }
        serde_json::from_slice::<Kind>(body).ok().and_then(|kind| kind.notify_type)
    }

    /// Verifies, then decodes the notification.
    pub fn receive<N: Notification>(
        &self,
        path: &str,
        headers: &WebhookHeaders<'_>,
        body: &[u8],
    ) -> Result<N, WebhookError> {
        self.verify(path, headers, body)?;
        let notification = serde_json::from_slice(body).map_err(|e| WebhookError::Decode {
            message: e.to_string(),
            body: RawBody(bytes::Bytes::copy_from_slice(body)),
        })?;
        tracing::info!(notification = N::NAME, path, "notification verified");
        Ok(notification)
    }

    /// Verifies, decodes, and keys the notification by its identity, for
    /// [`Deduplicator::apply_once`](crate::Deduplicator::apply_once) and its database forms.
    pub fn receive_keyed<N: Notification>(
        &self,
        path: &str,
        headers: &WebhookHeaders<'_>,
        body: &[u8],
    ) -> Result<(N, NotificationKey), WebhookError> {
        let notification = self.receive::<N>(path, headers, body)?;
        Ok((notification, NotificationKey::of::<N>(body)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::keys::MerchantKey;

    const SIGNER: &str = include_str!("../../vault-sandbox/test-keys/sandbox-private.TEST-ONLY.pem");
    const PUBLIC: &str = include_str!("../../vault-sandbox/test-keys/sandbox-public.TEST-ONLY.pem");

    #[derive(serde::Deserialize, Debug)]
    struct Ping {
        #[serde(rename = "vaultingRequestId")]
        id: String,
    }

    impl Notification for Ping {
        const NAME: &'static str = "ping";
        const IDENTITY: &'static [&'static str] = &["vaultingRequestId"];
    }

    #[test]
    fn verifies_path_body_and_client_then_decodes() {
        let (Ok(signer), Ok(public)) = (MerchantKey::from_text(SIGNER), AntomPublicKey::from_text(PUBLIC)) else {
            panic!("test keys");
        };
        let body = br#"{"vaultingRequestId":"R-1"}"#;
        let signed = signature::sign(&signer, "1", "/hooks/vaulting", "CID", "2026-01-01T00:00:00+08:00", body);
        let headers = WebhookHeaders {
            client_id: Some("CID"),
            request_time: Some("2026-01-01T00:00:00+08:00"),
            signature: Some(&signed),
        };
        let webhook = Webhook::new("CID", public);
        assert_eq!(
            webhook.receive::<Ping>("/hooks/vaulting", &headers, body).map(|p| p.id).ok().as_deref(),
            Some("R-1")
        );
        let keyed = webhook.receive_keyed::<Ping>("/hooks/vaulting", &headers, body);
        assert_eq!(keyed.map(|(_, key)| key.to_string()).ok().as_deref(), Some(r#"["ping","R-1"]"#));
        assert!(matches!(webhook.verify("/other", &headers, body), Err(WebhookError::Signature(_))));
        assert!(matches!(
            webhook.verify("/hooks/vaulting", &headers, br#"{"vaultingRequestId":"R-2"}"#),
            Err(WebhookError::Signature(_))
        ));
        let other_client = WebhookHeaders { client_id: Some("X"), ..headers };
        assert!(matches!(
            webhook.verify("/hooks/vaulting", &other_client, body),
            Err(WebhookError::ClientIdMismatch(_))
        ));
        let unsigned = WebhookHeaders { signature: None, ..headers };
        assert!(matches!(
            webhook.verify("/hooks/vaulting", &unsigned, body),
            Err(WebhookError::MissingHeader("signature"))
        ));
    }
}
