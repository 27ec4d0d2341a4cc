//! Signing checked against a vector made by `openssl`, not by our own code: our signer must
//! produce exactly the signature in `tests/vectors/signature/` for the same TEST-ONLY key, path,
//! client id, time and body (RSA PKCS#1 v1.5 is deterministic), and our verifier must accept it
//! and refuse it for a message that differs in any part. See that directory's README for the
//! command.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

use vault_runtime::protocol::keys::{AntomPublicKey, MerchantKey};
use vault_runtime::protocol::signature::{VerifyError, sign, verify};
use vault_sandbox::test_keys;

// The inputs of tests/vectors/signature/make.sh.
const PATH: &str = "/ams/api/v1/payments/pay";
const CLIENT_ID: &str = "2188120000000001";
const TIME: &str = "1796084400000";
const BODY: &[u8] = include_bytes!("vectors/signature/body.json");
const OPENSSL_SIGNATURE: &str = include_str!("vectors/signature/signature.base64");

/// The `Signature` header carrying the openssl signature, its base64 percent-encoded.
fn openssl_header() -> String {
    let encoded = OPENSSL_SIGNATURE.trim().replace('+', "%2B").replace('/', "%2F").replace('=', "%3D");
    format!("algorithm=RSA256,keyVersion=1,signature={encoded}")
}

#[test]
fn our_signer_produces_the_openssl_signature_byte_for_byte() {
    assert!(BODY.len() > 50 && std::str::from_utf8(BODY).unwrap().contains("東京"), "the vector's body, as committed");
    let key = MerchantKey::from_text(test_keys::MERCHANT_PRIVATE_KEY).unwrap();
    assert_eq!(sign(&key, "1", PATH, CLIENT_ID, TIME, BODY), openssl_header());
}

#[test]
fn our_verifier_accepts_the_openssl_signature_and_only_for_its_message() {
    let key = AntomPublicKey::from_text(test_keys::MERCHANT_PUBLIC_KEY).unwrap();
    let header = openssl_header();
    assert_eq!(verify(&key, &header, PATH, CLIENT_ID, TIME, BODY), Ok(()));
    let mut body = BODY.to_vec();
    body[10] ^= 1;
    let others = [
        verify(&key, &header, "/ams/api/v1/payments/refund", CLIENT_ID, TIME, BODY),
        verify(&key, &header, PATH, "2188120000000002", TIME, BODY),
        verify(&key, &header, PATH, CLIENT_ID, "1796084400001", BODY),
        verify(&key, &header, PATH, CLIENT_ID, TIME, &body),
    ];
    assert!(others.iter().all(|o| *o == Err(VerifyError::Mismatch)), "{others:?}");
}
