//! TEST-ONLY key pairs, committed so that everything runs with no configuration. They are
//! public: never use them with a real Antom account. See `test-keys/README.md`.

/// TEST ONLY: the merchant's private key (PKCS#8 PEM); signs requests to the sandbox.
pub const MERCHANT_PRIVATE_KEY: &str = include_str!("../test-keys/merchant-private.TEST-ONLY.pem");
/// TEST ONLY: the same merchant key as PKCS#1 PEM.
pub const MERCHANT_PRIVATE_KEY_PKCS1: &str = include_str!("../test-keys/merchant-private-pkcs1.TEST-ONLY.pem");
/// TEST ONLY: the merchant's public key; the sandbox verifies requests with it.
pub const MERCHANT_PUBLIC_KEY: &str = include_str!("../test-keys/merchant-public.TEST-ONLY.pem");
/// TEST ONLY: the sandbox's private key; signs responses and notifications (plays Antom's key).
pub const SANDBOX_PRIVATE_KEY: &str = include_str!("../test-keys/sandbox-private.TEST-ONLY.pem");
/// TEST ONLY: the same sandbox key as PKCS#1 PEM.
pub const SANDBOX_PRIVATE_KEY_PKCS1: &str = include_str!("../test-keys/sandbox-private-pkcs1.TEST-ONLY.pem");
/// TEST ONLY: the sandbox's public key; clients verify sandbox responses with it.
pub const SANDBOX_PUBLIC_KEY: &str = include_str!("../test-keys/sandbox-public.TEST-ONLY.pem");
