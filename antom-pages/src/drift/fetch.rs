//! Fetching the vendor's Markdown copies: one GET each, with a timeout; every failure (no
//! connection, a status other than 200, a body that is not UTF-8) is a message for that page.

use std::time::Duration;

/// A client for the vendor's pages (rustls; no cookies, no proxy settings of its own).
pub fn client(timeout: Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(concat!("antom-pages/", env!("CARGO_PKG_VERSION"), " (drift)"))
        .build()
        .map_err(|e| format!("cannot start the HTTP client: {e}"))
}

/// The text at `url`, or why there is none.
pub async fn page(client: &reqwest::Client, url: &str) -> Result<String, String> {
    let response =
        client.get(url).send().await.map_err(|e| format!("cannot fetch {url}: {}", chain(&e.without_url())))?;
    let status = response.status();
    if status != reqwest::StatusCode::OK {
        return Err(format!("{url} answered HTTP {status}"));
    }
    let bytes = response.bytes().await.map_err(|e| format!("cannot read {url}: {}", chain(&e.without_url())))?;
    String::from_utf8(bytes.to_vec()).map_err(|_| format!("{url} is not UTF-8 text"))
}

/// An error with its causes (`error sending request: connection refused`).
fn chain(error: &dyn std::error::Error) -> String {
    let mut out = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        out.push_str(": ");
        out.push_str(&cause.to_string());
        source = cause.source();
    }
    out
}
