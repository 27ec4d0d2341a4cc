//! Client configuration: where to call, who is calling, which keys, timeouts and retries.

use super::retry::RetryPolicy;
use crate::protocol::keys::{AntomPublicKey, KeyError, MerchantKey};
use std::time::Duration;

/// A configuration that cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The base URL is not an absolute http(s) URL.
    #[error("the base URL `{url}` is not usable: {reason}")]
    BaseUrl {
        /// The URL given.
        url: String,
        /// Why.
        reason: String,
    },
    /// The client id is empty.
    #[error("the client id is empty")]
    ClientId,
    /// A key was rejected.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The HTTP client could not be built (TLS setup).
    #[error("the HTTP client could not be built: {0}")]
    Http(String),
}

/// Everything a [`Client`](super::Client) needs. Build it with [`ClientConfig::new`], then
/// adjust timeouts and retries, or bring your own HTTP client with
/// [`ClientConfig::with_http_client`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ClientConfig {
    /// Scheme, host and port of the gateway (one of the `HOST_*` constants, or a sandbox);
    /// a path here is put before the gateway path.
    pub base_url: String,
    /// The merchant's client id; ids starting with `SANDBOX_` call the sandbox paths.
    pub client_id: String,
    /// Signs requests.
    pub merchant_key: MerchantKey,
    /// Verifies responses.
    pub antom_public_key: AntomPublicKey,
    /// The `keyVersion` sent with every signature.
    pub key_version: String,
    /// Longest time for one attempt, from sending to the end of the answer (default 15 s).
    pub timeout: Duration,
    /// Longest time to open a connection (default 15 s).
    pub connect_timeout: Duration,
    /// Retries of unknown outcomes (default: 3 attempts in total).
    pub retry: RetryPolicy,
    /// A prepared HTTP client to send with (its proxies, root certificates, connection pool);
    /// `None` builds one with rustls and [`ClientConfig::connect_timeout`].
    pub http_client: Option<reqwest::Client>,
    /// Where to send the APIs that the pages route through a large-message gateway
    /// (supplyEvidence), when the page's table is not what you want: `None` picks the page's
    /// gateway for the region of [`ClientConfig::base_url`] (`open-na-global` →
    /// `open-big-na`), or `base_url` itself when that is not one of Antom's hosts (a sandbox).
    pub large_message_base_url: Option<String>,
}

impl ClientConfig {
    /// A configuration with the default key version (1), timeouts (15 s) and retries.
    pub fn new(
        base_url: impl Into<String>,
        client_id: impl Into<String>,
        merchant_key: MerchantKey,
        antom_public_key: AntomPublicKey,
    ) -> Result<Self, ConfigError> {
        let base_url = checked_base_url(base_url.into())?;
        let client_id = client_id.into();
        if client_id.trim().is_empty() {
            return Err(ConfigError::ClientId);
        }
        Ok(ClientConfig {
            base_url,
            client_id,
            merchant_key,
            antom_public_key,
            key_version: "1".to_owned(),
            timeout: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(15),
            retry: RetryPolicy::default(),
            http_client: None,
            large_message_base_url: None,
        })
    }

    /// Sends the APIs of large-message gateways (see
    /// [`ClientConfig::large_message_base_url`]) to `url` instead of the page's gateway.
    pub fn with_large_message_base_url(mut self, url: impl Into<String>) -> Result<Self, ConfigError> {
        self.large_message_base_url = Some(checked_base_url(url.into())?);
        Ok(self)
    }

    /// Sends with a prepared `reqwest` client, e.g. one that goes through a proxy or trusts a
    /// corporate root certificate:
    ///
    /// ```no_run
    /// # fn config(config: vault_runtime::ClientConfig) -> Result<vault_runtime::ClientConfig, Box<dyn std::error::Error>> {
    /// let http = vault_runtime::reqwest::Client::builder()
    ///     .proxy(vault_runtime::reqwest::Proxy::https("http://proxy.internal:3128")?)
    ///     .build()?;
    /// Ok(config.with_http_client(http))
    /// # }
    /// ```
    ///
    /// The client keeps its own connect timeout and TLS settings; the per-attempt
    /// [`ClientConfig::timeout`] still applies to every call. Signing, verification and retries
    /// are unchanged.
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.http_client = Some(http);
        self
    }

    /// Reads both keys from text (PEM or bare base64), then as [`ClientConfig::new`].
    pub fn from_key_text(
        base_url: impl Into<String>,
        client_id: impl Into<String>,
        merchant_private_key: &str,
        antom_public_key: &str,
    ) -> Result<Self, ConfigError> {
        let merchant_key = MerchantKey::from_text(merchant_private_key)?;
        let antom_public_key = AntomPublicKey::from_text(antom_public_key)?;
        Self::new(base_url, client_id, merchant_key, antom_public_key)
    }
}

/// An http(s) URL with a host, without its trailing `/`.
fn checked_base_url(url: String) -> Result<String, ConfigError> {
    let parsed = url::Url::parse(&url).map_err(|e| ConfigError::BaseUrl { url: url.clone(), reason: e.to_string() })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host().is_none() {
        return Err(ConfigError::BaseUrl { url, reason: "it must be an http(s) URL with a host".to_owned() });
    }
    Ok(url.trim_end_matches('/').to_owned())
}
