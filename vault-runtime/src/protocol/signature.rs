//! What is signed and how the `Signature` header carries it:
//!
//! ```text
//! signed text:  <METHOD> <path>\n<clientId>.<time>.<body bytes>
//! header:       algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>
//! ```
//!
//! The body is the exact bytes on the wire: sign what is sent, verify what was received. A
//! [`Message`] names every part; [`sign`], [`verify`] and [`signed_text`] are its `POST` form
//! (every notification, and every API whose page says `POST`).

use super::keys::{AntomPublicKey, MerchantKey};
use super::method::Method;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use percent_encoding::{NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use std::fmt;

/// The algorithm name the protocol uses for RSA PKCS#1 v1.5 with SHA-256.
pub const ALGORITHM: &str = "RSA256";
/// The HTTP method of every notification and of every API whose page says `POST`.
pub const METHOD: &str = "POST";

/// One signed message: a request, the answer to one (signed with the request's method and
/// path) or a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message<'a> {
    /// The request's method.
    pub method: Method,
    /// The request's path, without scheme and host (`/ams/api/v1/...`).
    pub path: &'a str,
    /// The merchant's client id.
    pub client_id: &'a str,
    /// The `request-time` (a request, a notification) or `response-time` (an answer) header.
    pub time: &'a str,
    /// The body's exact bytes.
    pub body: &'a [u8],
}

impl Message<'_> {
    /// The bytes that are signed: `<METHOD> <path>\n<clientId>.<time>.<body>`.
    pub fn signed_text(&self) -> Vec<u8> {
        let method = self.method.as_str();
        let parts = [self.path.len(), self.client_id.len(), self.time.len(), self.body.len()];
        let mut text = Vec::with_capacity(method.len() + parts.iter().sum::<usize>() + 4);
        text.extend_from_slice(method.as_bytes());
        text.push(b' ');
        text.extend_from_slice(self.path.as_bytes());
        text.push(b'\n');
        text.extend_from_slice(self.client_id.as_bytes());
        text.push(b'.');
        text.extend_from_slice(self.time.as_bytes());
        text.push(b'.');
        text.extend_from_slice(self.body);
        text
    }

    /// Signs the message and returns the `Signature` header value.
    pub fn sign(&self, key: &MerchantKey, key_version: &str) -> String {
        let signature = key.sign(&self.signed_text());
        SignatureHeader { algorithm: ALGORITHM.to_owned(), key_version: key_version.to_owned(), signature }.to_string()
    }

    /// Verifies a `Signature` header value against the message.
    pub fn verify(&self, key: &AntomPublicKey, header: &str) -> Result<(), VerifyError> {
        let parsed = SignatureHeader::parse(header)?;
        if key.verify(&self.signed_text(), &parsed.signature) { Ok(()) } else { Err(VerifyError::Mismatch) }
    }
}

/// The bytes that are signed for a `POST` message: `POST <path>\n<clientId>.<time>.<body>`.
pub fn signed_text(path: &str, client_id: &str, time: &str, body: &[u8]) -> Vec<u8> {
    Message { method: Method::Post, path, client_id, time, body }.signed_text()
}

/// A parsed `Signature` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeader {
    /// `RSA256`.
    pub algorithm: String,
    /// Which key version signed.
    pub key_version: String,
    /// The raw signature bytes.
    pub signature: Vec<u8>,
}

/// Why a `Signature` header could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeaderError {
    /// No `signature=` part.
    #[error("the signature header has no `signature=` part")]
    NoSignature,
    /// An algorithm other than RSA256.
    #[error("the signature header names the algorithm `{0}`, not `RSA256`")]
    Algorithm(String),
    /// Not URL-encoded base64.
    #[error("the signature value is not URL-encoded base64")]
    Encoding,
}

impl SignatureHeader {
    /// Reads `algorithm=RSA256,keyVersion=1,signature=...` (parts in any order, spaces
    /// allowed; a missing algorithm means RSA256, a missing key version means 1).
    pub fn parse(header: &str) -> Result<Self, HeaderError> {
        let (mut algorithm, mut key_version, mut value) = (ALGORITHM.to_owned(), "1".to_owned(), None);
        for part in header.split(',') {
            let Some((key, v)) = part.split_once('=') else {
                continue;
            };
            match key.trim() {
                "algorithm" => algorithm = v.trim().to_owned(),
                "keyVersion" => key_version = v.trim().to_owned(),
                "signature" => value = Some(v.trim()),
                _ => {}
            }
        }
        if algorithm != ALGORITHM {
            return Err(HeaderError::Algorithm(algorithm));
        }
        let value = value.ok_or(HeaderError::NoSignature)?;
        // Percent-decoding never turns `+` into a space, which base64 needs.
        let decoded = percent_decode_str(value).decode_utf8().map_err(|_| HeaderError::Encoding)?;
        let signature = STANDARD.decode(decoded.as_bytes()).map_err(|_| HeaderError::Encoding)?;
        Ok(SignatureHeader { algorithm, key_version, signature })
    }
}

impl fmt::Display for SignatureHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let encoded = STANDARD.encode(&self.signature);
        write!(
            f,
            "algorithm={},keyVersion={},signature={}",
            self.algorithm,
            self.key_version,
            utf8_percent_encode(&encoded, NON_ALPHANUMERIC)
        )
    }
}

/// Signs a `POST` message and returns the `Signature` header value.
pub fn sign(key: &MerchantKey, key_version: &str, path: &str, client_id: &str, time: &str, body: &[u8]) -> String {
    Message { method: Method::Post, path, client_id, time, body }.sign(key, key_version)
}

/// Why a signature did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// The header could not be read.
    #[error(transparent)]
    Header(#[from] HeaderError),
    /// The signature does not match the message and key.
    #[error("the signature does not match the message (wrong key, or the body, path, client id or time differ)")]
    Mismatch,
}

/// Verifies a `Signature` header value against the `POST` message it should sign.
pub fn verify(
    key: &AntomPublicKey,
    header: &str,
    path: &str,
    client_id: &str,
    time: &str,
    body: &[u8],
) -> Result<(), VerifyError> {
    Message { method: Method::Post, path, client_id, time, body }.verify(key, header)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRIVATE: &str = include_str!("../../../vault-sandbox/test-keys/merchant-private.TEST-ONLY.pem");
    const PUBLIC: &str = include_str!("../../../vault-sandbox/test-keys/merchant-public.TEST-ONLY.pem");

    #[test]
    fn signed_text_is_the_protocol_layout() {
        let text = signed_text("/ams/api/v1/vaults/createVaultingSession", "CID", "1700000000000", b"{\"a\":1}");
        assert_eq!(text, b"POST /ams/api/v1/vaults/createVaultingSession\nCID.1700000000000.{\"a\":1}");
    }

    #[test]
    fn header_round_trip_url_encodes_base64() {
        let header = SignatureHeader {
            algorithm: ALGORITHM.to_owned(),
            key_version: "1".to_owned(),
            signature: vec![0xfb, 0xff, 0xbf],
        };
        let text = header.to_string();
        assert_eq!(text, "algorithm=RSA256,keyVersion=1,signature=%2B%2F%2B%2F");
        assert_eq!(SignatureHeader::parse(&text), Ok(header));
        assert_eq!(SignatureHeader::parse("algorithm=RSA256,keyVersion=1"), Err(HeaderError::NoSignature));
        assert_eq!(
            SignatureHeader::parse("algorithm=SHA1,signature=AA%3D%3D"),
            Err(HeaderError::Algorithm("SHA1".to_owned()))
        );
    }

    #[test]
    fn sign_then_verify_and_detect_tampering() {
        let (Ok(private), Ok(public)) = (MerchantKey::from_text(PRIVATE), AntomPublicKey::from_text(PUBLIC)) else {
            panic!("test keys do not load");
        };
        let header = sign(&private, "1", "/p", "CID", "T", b"body");
        assert_eq!(verify(&public, &header, "/p", "CID", "T", b"body"), Ok(()));
        for (path, id, time, body) in [
            ("/q", "CID", "T", &b"body"[..]),
            ("/p", "X", "T", b"body"),
            ("/p", "CID", "U", b"body"),
            ("/p", "CID", "T", b"bodY"),
        ] {
            assert_eq!(verify(&public, &header, path, id, time, body), Err(VerifyError::Mismatch));
        }
    }

    #[test]
    fn the_method_opens_the_signed_text_and_takes_part_in_the_signature() {
        let get = Message { method: Method::Get, path: "/ams/api/v1/x/y", client_id: "CID", time: "T", body: b"{}" };
        assert_eq!(get.signed_text(), b"GET /ams/api/v1/x/y\nCID.T.{}");
        let (Ok(private), Ok(public)) = (MerchantKey::from_text(PRIVATE), AntomPublicKey::from_text(PUBLIC)) else {
            panic!("test keys do not load");
        };
        let header = get.sign(&private, "1");
        assert_eq!(get.verify(&public, &header), Ok(()));
        let post = Message { method: Method::Post, ..get };
        assert_eq!(post.verify(&public, &header), Err(VerifyError::Mismatch));
        assert_eq!(verify(&public, &header, get.path, get.client_id, get.time, get.body), Err(VerifyError::Mismatch));
    }
}
