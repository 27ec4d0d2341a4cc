//! Antom's signed message protocol: keys, the signed text, the `Signature` header, hosts and
//! paths.

pub mod keys;
mod method;
pub mod route;
pub mod signature;

pub use method::{Method, UnknownMethod};

/// The North America gateway.
pub const HOST_NORTH_AMERICA: &str = "https://open-na-global.alipay.com";
/// The Asia gateway.
pub const HOST_ASIA: &str = "https://open-sea-global.alipay.com";
/// The Europe gateway.
pub const HOST_EUROPE: &str = "https://open-de-global.alipay.com";

/// The headers of the protocol, in lower case: HTTP header names are case-insensitive, and some
/// SDKs match response headers in lower case only, so lower case is what everyone sends.
pub mod headers {
    /// The merchant's client id (requests, responses, notifications).
    pub const CLIENT_ID: &str = "client-id";
    /// When a request or notification was signed (signed text, `<TIME>`).
    pub const REQUEST_TIME: &str = "request-time";
    /// When a response was signed (signed text, `<TIME>`).
    pub const RESPONSE_TIME: &str = "response-time";
    /// `algorithm=RSA256,keyVersion=1,signature=...`.
    pub const SIGNATURE: &str = "signature";
    /// The media type of every body.
    pub const CONTENT_TYPE_JSON: &str = "application/json; charset=UTF-8";
}

/// The prefix of a client id that belongs to the sandbox environment.
pub const SANDBOX_CLIENT_PREFIX: &str = "SANDBOX_";
/// The gateway prefix of production paths.
pub const API_PREFIX: &str = "/ams/api";
/// The gateway prefix of sandbox paths.
pub const SANDBOX_API_PREFIX: &str = "/ams/sandbox/api";

/// The path to call (and sign) for a documented path (`/v1/...`): sandbox client ids use
/// `/ams/sandbox/api`, every other id `/ams/api`.
pub fn gateway_path(client_id: &str, documented_path: &str) -> String {
    let prefix = if client_id.starts_with(SANDBOX_CLIENT_PREFIX) { SANDBOX_API_PREFIX } else { API_PREFIX };
    format!("{prefix}{documented_path}")
}

/// The documented path (`/v1/...`) of a gateway path, and whether it was a sandbox path.
pub fn documented_path(gateway_path: &str) -> Option<(&str, bool)> {
    if let Some(rest) = gateway_path.strip_prefix(SANDBOX_API_PREFIX) {
        return Some((rest, true));
    }
    gateway_path.strip_prefix(API_PREFIX).map(|rest| (rest, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sandbox_ids_switch_the_prefix() {
        assert_eq!(gateway_path("SANDBOX_5Y3A", "/v1/vaults/x"), "/ams/sandbox/api/v1/vaults/x");
        assert_eq!(gateway_path("5Y3A", "/v1/vaults/x"), "/ams/api/v1/vaults/x");
        assert_eq!(documented_path("/ams/sandbox/api/v1/vaults/x"), Some(("/v1/vaults/x", true)));
        assert_eq!(documented_path("/ams/api/v1/vaults/x"), Some(("/v1/vaults/x", false)));
        assert_eq!(documented_path("/other"), None);
    }
}
