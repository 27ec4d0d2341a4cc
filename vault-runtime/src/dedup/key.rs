//! The identity of a notification: what a resend repeats and another event changes.

use crate::client::RawBody;
use crate::webhook::{Notification, WebhookError};
use serde_json::{Map, Value};

/// The identity of one notification event: the page's name, then the values of the fields of
/// [`Notification::IDENTITY`] in order (`notifyType` and the page's identifiers), written as a
/// JSON array (`["notifyCapture","CAPTURE_RESULT","CR-1","P-1","C-1"]`; a field the body lacks
/// is `null`). JSON's own escaping keeps it unambiguous; the body's order of fields, its
/// spacing and the escapes it chose do not change it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NotificationKey(String);

impl NotificationKey {
    /// The key of a notification body of type `N` (use it on a body [`Webhook::receive`] or
    /// [`Webhook::verify`] accepted; [`Webhook::receive_keyed`] does both). An error when the
    /// body is not a JSON object.
    ///
    /// [`Webhook::receive`]: crate::Webhook::receive
    /// [`Webhook::verify`]: crate::Webhook::verify
    /// [`Webhook::receive_keyed`]: crate::Webhook::receive_keyed
    pub fn of<N: Notification>(body: &[u8]) -> Result<Self, WebhookError> {
        let fields: Map<String, Value> = serde_json::from_slice(body).map_err(|e| WebhookError::Decode {
            message: format!("the notification is not a JSON object: {e}"),
            body: RawBody(bytes::Bytes::copy_from_slice(body)),
        })?;
        Ok(Self::from_fields::<N>(&fields))
    }

    fn from_fields<N: Notification>(fields: &Map<String, Value>) -> Self {
        let name = Value::String(N::NAME.to_owned());
        let values = N::IDENTITY.iter().map(|field| fields.get(*field).unwrap_or(&Value::Null));
        let parts: Vec<&Value> = std::iter::once(&name).chain(values).collect();
        // Serialising values that came out of JSON cannot fail; the fallback keeps this total.
        NotificationKey(serde_json::to_string(&parts).unwrap_or_else(|_| format!("{parts:?}")))
    }

    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for NotificationKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Capture;

    impl Notification for Capture {
        const NAME: &'static str = "notifyCapture";
        const IDENTITY: &'static [&'static str] = &["notifyType", "captureRequestId", "paymentId", "captureId"];
    }

    fn key(body: &str) -> String {
        match NotificationKey::of::<Capture>(body.as_bytes()) {
            Ok(key) => key.to_string(),
            Err(e) => format!("error: {e}"),
        }
    }

    #[test]
    fn the_key_is_the_identity_not_the_bytes() {
        let body = r#"{"notifyType":"CAPTURE_RESULT","captureRequestId":"CR-1","paymentId":"P-1","captureId":"C-1","captureTime":"2026-01-01T00:00:00+08:00"}"#;
        assert_eq!(key(body), r#"["notifyCapture","CAPTURE_RESULT","CR-1","P-1","C-1"]"#);
        // Reordered, spaced, escaped differently, another value outside the identity: the same.
        let resent = r#"{ "captureId": "C\u002d1", "paymentId":"P-1", "captureTime":"2026-01-02T00:00:00+08:00",
            "captureRequestId":"CR-1", "notifyType":"CAPTURE_RESULT" }"#;
        assert_eq!(key(resent), key(body));
        // Another capture of the same payment: another key.
        assert_ne!(key(&body.replace("C-1", "C-2")), key(body));
    }

    #[test]
    fn missing_fields_are_null_and_odd_values_cannot_collide() {
        assert_eq!(key(r#"{"paymentId":"P-1"}"#), r#"["notifyCapture",null,null,"P-1",null]"#);
        // A value holding the separator of a naive join stays one value.
        let tricky = key(r#"{"notifyType":"A\",\"B","paymentId":"P"}"#);
        assert_ne!(tricky, key(r#"{"notifyType":"A","captureRequestId":"B","paymentId":"P"}"#));
        assert!(key("[1,2]").starts_with("error: "));
        assert!(key("not json").starts_with("error: "));
    }
}
