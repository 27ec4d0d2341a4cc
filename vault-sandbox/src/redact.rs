//! Secrets out of the call log, with no list of field names to keep up to date: the page's
//! own types know which fields are secrets (the generated `Secret` fields serialise as
//! `"[REDACTED]"` unless revealed), so a body is decoded into its request type, serialised
//! back as usual, and every place where that copy says `[REDACTED]` is redacted in the body as
//! received. A body that does not decode (it was refused for that) cannot be told apart so:
//! every string and number in it is redacted (a card number sent as a JSON number is as
//! secret as one sent as a string), keeping its field names, shape and flags.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use vault_runtime::value::secret::REDACTED;

/// The body as the log keeps it, redacted by the type `T` it should decode into.
pub(crate) fn by_type<T: Serialize + DeserializeOwned>(body: &[u8]) -> Vec<u8> {
    let Ok(mut received) = serde_json::from_slice::<Value>(body) else {
        return not_json(body);
    };
    let masked = serde_json::from_value::<T>(received.clone()).and_then(|typed| serde_json::to_value(&typed));
    match masked {
        Ok(masked) if mask(&mut received, &masked) => serde_json::to_vec(&received).unwrap_or_default(),
        // Nothing secret: the bytes as received (their signature still checks against them).
        Ok(_) => body.to_vec(),
        Err(_) => every_string(body),
    }
}

/// The body as the log keeps it when no type says where its secrets are.
pub(crate) fn every_string(body: &[u8]) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return not_json(body);
    };
    if !redact_strings(&mut value) {
        return body.to_vec();
    }
    serde_json::to_vec(&value).unwrap_or_default()
}

fn not_json(body: &[u8]) -> Vec<u8> {
    if body.is_empty() {
        return Vec::new();
    }
    format!("[REDACTED: {} bytes that are not JSON]", body.len()).into_bytes()
}

/// Redacts in `received` what `masked` (the same value as its type serialises it) redacts;
/// whether anything was.
fn mask(received: &mut Value, masked: &Value) -> bool {
    match (received, masked) {
        (Value::Object(fields), Value::Object(masked)) => {
            let mut changed = false;
            for (name, value) in fields.iter_mut() {
                if let Some(masked) = masked.get(name) {
                    changed |= mask(value, masked);
                }
            }
            changed
        }
        (Value::Array(items), Value::Array(masked)) => {
            items.iter_mut().zip(masked).fold(false, |changed, (item, masked)| mask(item, masked) | changed)
        }
        (value, Value::String(masked)) if masked == REDACTED && value.as_str() != Some(REDACTED) => {
            *value = Value::String(REDACTED.to_owned());
            true
        }
        _ => false,
    }
}

fn redact_strings(value: &mut Value) -> bool {
    match value {
        Value::Object(fields) => fields.values_mut().fold(false, |changed, v| redact_strings(v) | changed),
        Value::Array(items) => items.iter_mut().fold(false, |changed, v| redact_strings(v) | changed),
        Value::String(text) if text == REDACTED => false,
        Value::String(_) | Value::Number(_) => {
            *value = Value::String(REDACTED.to_owned());
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vault_generated::vaulting::VaultPaymentMethodRequest;

    const VAULT: &str = r#"{"vaultingRequestId":"V-1","vaultingNotificationUrl":"https://m.example/n",
        "redirectUrl":"https://m.example/r","env":{"terminalType":"WEB"},"someNewField":"kept",
        "paymentMethodDetail":{"paymentMethodType":"CARD","card":{"cardNo":"4111111111111111",
        "cvv":"737","expiryYear":"30","expiryMonth":"12","cardPasswordDigest":"34"}}}"#;

    #[test]
    fn the_types_secrets_are_redacted_and_the_rest_kept() {
        let logged = String::from_utf8(by_type::<VaultPaymentMethodRequest>(VAULT.as_bytes())).unwrap_or_default();
        for secret in ["4111111111111111", "\"737\"", "\"34\""] {
            assert!(!logged.contains(secret), "{secret} in {logged}");
        }
        for kept in ["V-1", "\"30\"", "someNewField", "https://m.example/n"] {
            assert!(logged.contains(kept), "{kept} not in {logged}");
        }
        assert_eq!(logged.matches(REDACTED).count(), 3, "{logged}");
    }

    #[test]
    fn a_body_without_secrets_is_kept_byte_for_byte() {
        use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};
        let request = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
            vaulting_request_id: vault_generated::text!("V-2"),
            vaulting_notification_url: vault_generated::url!("https://m.example/n"),
        });
        let body = serde_json::to_vec_pretty(&request).unwrap_or_default();
        assert_eq!(by_type::<CreateVaultingSessionRequest>(&body), body);
    }

    #[test]
    fn a_body_that_does_not_decode_keeps_only_its_shape() {
        let body = br#"{"paymentMethodDetail":{"card":{"cardNo":"4111111111111111","cvv":737}},"n":[1,"x"]}"#;
        let logged = String::from_utf8(by_type::<VaultPaymentMethodRequest>(body)).unwrap_or_default();
        assert!(!logged.contains("4111") && !logged.contains("737"), "{logged}");
        assert!(logged.contains(r#""n":["[REDACTED]","[REDACTED]"]"#), "{logged}");
        assert_eq!(not_json(b"card 4111111111111111"), b"[REDACTED: 21 bytes that are not JSON]");
    }
}
