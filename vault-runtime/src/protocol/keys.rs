//! RSA keys in the forms merchants paste: PEM or bare base64, PKCS#8 or PKCS#1 for the private
//! key, SubjectPublicKeyInfo (or PKCS#1) for Antom's public key. A rejected key gets an error
//! that says which form was found and which forms are accepted.

use aws_lc_rs::rsa::KeyPair;
use aws_lc_rs::signature::{self, KeyPair as _, ParsedPublicKey};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use std::fmt;
use std::sync::Arc;

/// Which key was being read, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRole {
    /// The merchant's private key, which signs requests.
    MerchantPrivateKey,
    /// Antom's public key, which verifies responses and notifications.
    AntomPublicKey,
}

impl fmt::Display for KeyRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeyRole::MerchantPrivateKey => "merchant private key",
            KeyRole::AntomPublicKey => "Antom public key",
        })
    }
}

/// A key that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the {role} was rejected: found {found}; accepted forms are {accepted}")]
pub struct KeyError {
    /// Which key.
    pub role: KeyRole,
    /// What was found instead (never the key material itself).
    pub found: String,
    /// The forms that are accepted.
    pub accepted: &'static str,
}

const PRIVATE_FORMS: &str =
    "PEM `PRIVATE KEY` (PKCS#8), PEM `RSA PRIVATE KEY` (PKCS#1), or the bare base64 of either DER encoding";
const PUBLIC_FORMS: &str =
    "PEM `PUBLIC KEY` (SubjectPublicKeyInfo), PEM `RSA PUBLIC KEY` (PKCS#1), or the bare base64 of either DER encoding";

/// What a key text turned out to be.
enum Decoded {
    Pem { label: String, der: Vec<u8> },
    Base64(Vec<u8>),
}

fn decode(text: &str) -> Result<Decoded, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("an empty value".to_owned());
    }
    if text.contains("-----BEGIN") {
        return match pem::parse(text) {
            Ok(block) => Ok(Decoded::Pem { label: block.tag().to_owned(), der: block.into_contents() }),
            Err(e) => Err(format!("PEM armour that does not parse ({e})")),
        };
    }
    let compact: String = text.split_whitespace().collect();
    STANDARD
        .decode(compact.as_bytes())
        .map(Decoded::Base64)
        .map_err(|_| "text that is neither PEM nor base64".to_owned())
}

/// The merchant's RSA private key, which signs requests. `Debug` never shows it.
#[derive(Clone)]
pub struct MerchantKey {
    pair: Arc<KeyPair>,
}

impl fmt::Debug for MerchantKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MerchantKey(RSA-{}, [REDACTED])", self.pair.public_modulus_len() * 8)
    }
}

impl MerchantKey {
    /// Reads a PEM or bare-base64 PKCS#8 or PKCS#1 RSA private key.
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        let reject = |found: String| KeyError { role: KeyRole::MerchantPrivateKey, found, accepted: PRIVATE_FORMS };
        let pair = match decode(text).map_err(reject)? {
            Decoded::Pem { label, der } => match label.as_str() {
                "PRIVATE KEY" => KeyPair::from_pkcs8(&der)
                    .map_err(|e| reject(format!("a PKCS#8 PEM key that is not a usable RSA key ({e})")))?,
                "RSA PRIVATE KEY" => {
                    KeyPair::from_der(&der).map_err(|e| reject(format!("a PKCS#1 PEM key that is not usable ({e})")))?
                }
                other => return Err(reject(describe_label(other))),
            },
            Decoded::Base64(der) => KeyPair::from_pkcs8(&der)
                .or_else(|_| KeyPair::from_der(&der))
                .map_err(|_| reject(describe_der(&der)))?,
        };
        Ok(MerchantKey { pair: Arc::new(pair) })
    }

    /// Signs `message` with RSA PKCS#1 v1.5 and SHA-256.
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        let mut signature = vec![0; self.pair.public_modulus_len()];
        let rng = aws_lc_rs::rand::SystemRandom::new();
        match self.pair.sign(&signature::RSA_PKCS1_SHA256, &rng, message, &mut signature) {
            Ok(()) => signature,
            // Signing with a key that parsed only fails when the system RNG fails; an empty
            // signature is then rejected by the peer instead of panicking here.
            Err(_) => Vec::new(),
        }
    }

    /// The matching public key, as a verifier.
    pub fn public_key(&self) -> AntomPublicKey {
        let der = self.pair.public_key().as_ref().to_vec();
        AntomPublicKey::from_der(&der).unwrap_or_else(|_| AntomPublicKey::unusable())
    }
}

/// An RSA public key that verifies signatures: Antom's key (responses, notifications), or the
/// merchant's key inside the sandbox (requests).
#[derive(Clone)]
pub struct AntomPublicKey {
    key: Option<Arc<ParsedPublicKey>>,
}

impl fmt::Debug for AntomPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AntomPublicKey(RSA)")
    }
}

impl AntomPublicKey {
    /// Reads a PEM or bare-base64 SubjectPublicKeyInfo (or PKCS#1 `RSAPublicKey`) key.
    pub fn from_text(text: &str) -> Result<Self, KeyError> {
        let reject = |found: String| KeyError { role: KeyRole::AntomPublicKey, found, accepted: PUBLIC_FORMS };
        match decode(text).map_err(reject)? {
            Decoded::Pem { label, der } if label == "PUBLIC KEY" || label == "RSA PUBLIC KEY" => {
                Self::from_der(&der).map_err(|_| reject(format!("a PEM `{label}` that is not an RSA public key")))
            }
            Decoded::Pem { label, .. } => Err(reject(describe_label(&label))),
            Decoded::Base64(der) => Self::from_der(&der).map_err(|_| reject(describe_der(&der))),
        }
    }

    fn from_der(der: &[u8]) -> Result<Self, aws_lc_rs::error::KeyRejected> {
        let key = ParsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, der)?;
        Ok(AntomPublicKey { key: Some(Arc::new(key)) })
    }

    fn unusable() -> Self {
        AntomPublicKey { key: None }
    }

    /// Whether `signature` is a valid RSA PKCS#1 v1.5 SHA-256 signature of `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        self.key.as_ref().is_some_and(|key| key.verify_sig(message, signature).is_ok())
    }
}

fn describe_label(label: &str) -> String {
    match label {
        "ENCRYPTED PRIVATE KEY" => {
            "an encrypted PKCS#8 key (decrypt it first: `openssl pkcs8 -in key.pem -nocrypt -topk8`)".to_owned()
        }
        "PUBLIC KEY" | "RSA PUBLIC KEY" => format!("a public key (PEM `{label}`) where a private key is needed"),
        "PRIVATE KEY" | "RSA PRIVATE KEY" => format!("a private key (PEM `{label}`) where a public key is needed"),
        "CERTIFICATE" => {
            "an X.509 certificate (give its public key: `openssl x509 -pubkey -noout -in cert.pem`)".to_owned()
        }
        "EC PRIVATE KEY" => "an elliptic-curve key; Antom signatures use RSA".to_owned(),
        other => format!("PEM with the label `{other}`"),
    }
}

fn describe_der(der: &[u8]) -> String {
    let looks_public = ParsedPublicKey::new(&signature::RSA_PKCS1_2048_8192_SHA256, der).is_ok();
    let looks_private = KeyPair::from_pkcs8(der).is_ok() || KeyPair::from_der(der).is_ok();
    match (looks_public, looks_private) {
        (true, _) => "bare base64 of a public key where a private key is needed".to_owned(),
        (_, true) => "bare base64 of a private key where a public key is needed".to_owned(),
        _ => format!("bare base64 of {} bytes that are not an RSA key in any accepted DER encoding", der.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PKCS8: &str = include_str!("../../../vault-sandbox/test-keys/merchant-private.TEST-ONLY.pem");
    const PKCS1: &str = include_str!("../../../vault-sandbox/test-keys/merchant-private-pkcs1.TEST-ONLY.pem");
    const SPKI: &str = include_str!("../../../vault-sandbox/test-keys/merchant-public.TEST-ONLY.pem");

    fn bare(pem_text: &str) -> String {
        pem_text.lines().filter(|l| !l.starts_with("-----")).collect()
    }

    #[test]
    fn every_accepted_form_signs_and_verifies() {
        let public = AntomPublicKey::from_text(SPKI).ok();
        let public_bare = AntomPublicKey::from_text(&bare(SPKI)).ok();
        for text in [PKCS8.to_owned(), PKCS1.to_owned(), bare(PKCS8), bare(PKCS1)] {
            let key = MerchantKey::from_text(&text).ok();
            let signature = key.as_ref().map(|k| k.sign(b"message")).unwrap_or_default();
            assert!(public.as_ref().is_some_and(|p| p.verify(b"message", &signature)));
            assert!(public_bare.as_ref().is_some_and(|p| p.verify(b"message", &signature)));
            assert!(public.as_ref().is_some_and(|p| !p.verify(b"other", &signature)));
        }
    }

    #[test]
    fn rejected_keys_say_what_was_found_and_what_is_accepted() {
        let found = |text: &str| MerchantKey::from_text(text).err().map(|e| e.found).unwrap_or_default();
        assert_eq!(found(SPKI), "a public key (PEM `PUBLIC KEY`) where a private key is needed");
        assert_eq!(found(&bare(SPKI)), "bare base64 of a public key where a private key is needed");
        assert_eq!(found("not a key!"), "text that is neither PEM nor base64");
        assert!(
            found("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----").starts_with("an X.509 certificate")
        );
        let error = AntomPublicKey::from_text(PKCS8).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            error.starts_with("the Antom public key was rejected: found a private key (PEM `PRIVATE KEY`)"),
            "{error}"
        );
        assert!(error.contains("accepted forms are PEM `PUBLIC KEY` (SubjectPublicKeyInfo)"), "{error}");
    }

    #[test]
    fn debug_never_shows_key_material() {
        let key = MerchantKey::from_text(PKCS8).ok();
        assert_eq!(format!("{key:?}"), "Some(MerchantKey(RSA-2048, [REDACTED]))");
    }
}
