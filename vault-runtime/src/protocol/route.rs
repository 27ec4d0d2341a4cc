//! Where a call goes: the configured gateway, or, for an API whose page sends it through a
//! large-message gateway (supplyEvidence), that gateway for the configured region.

/// One row of a page's table of large-message gateways: the region it serves and its scheme and
/// host (`https://open-big-na.alipay.com`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gateway {
    /// The country or region the page names (`US`, `SG`).
    pub region: &'static str,
    /// Scheme and host, without a path.
    pub origin: &'static str,
}

/// Why a call cannot be routed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "this API must go through a large-message gateway and its page lists none for `{base_url}` (it lists {listed}); set `ClientConfig::large_message_base_url`"
)]
pub struct NoGateway {
    /// The configured base URL.
    pub base_url: String,
    /// The gateways the page lists, as `region origin` pairs.
    pub listed: String,
}

/// The base URL to send an API to. APIs without large-message gateways, and every API when the
/// base URL is not one of Antom's regional hosts (a sandbox, a proxy, a test server, which
/// serve every path), go to `base_url`; an explicit `large_message` base wins. On Antom's
/// regional host `open-{area}-global.alipay.com`, the gateway `open-big-{area}.alipay.com` of
/// the page is used, and a region the page lists no gateway for is an error: sending a large
/// message to the ordinary gateway is what the page forbids.
pub fn base_for<'a>(
    base_url: &'a str,
    large_message: Option<&'a str>,
    gateways: &'static [Gateway],
) -> Result<&'a str, NoGateway> {
    if gateways.is_empty() {
        return Ok(base_url);
    }
    if let Some(explicit) = large_message {
        return Ok(explicit);
    }
    let Some(area) = regional_area(base_url) else {
        return Ok(base_url);
    };
    let wanted = format!("open-big-{area}.");
    match gateways.iter().find(|g| host(g.origin).is_some_and(|h| h.starts_with(&wanted))) {
        Some(gateway) => Ok(gateway.origin),
        None => Err(NoGateway {
            base_url: base_url.to_owned(),
            listed: gateways.iter().map(|g| format!("{} {}", g.region, g.origin)).collect::<Vec<_>>().join(", "),
        }),
    }
}

/// `na` of `https://open-na-global.alipay.com`: the area of one of Antom's regional hosts.
fn regional_area(base_url: &str) -> Option<String> {
    let host = host(base_url)?;
    host.strip_prefix("open-")?.strip_suffix("-global.alipay.com").map(str::to_owned)
}

/// The host of a URL (lower-cased, as the `url` crate normalises it).
fn host(url: &str) -> Option<String> {
    url::Url::parse(url).ok()?.host_str().map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{HOST_ASIA, HOST_EUROPE, HOST_NORTH_AMERICA};

    const BIG: &[Gateway] = &[
        Gateway { region: "US", origin: "https://open-big-na.alipay.com" },
        Gateway { region: "SG", origin: "https://open-big-sea.alipay.com" },
    ];

    #[test]
    fn an_ordinary_api_goes_to_the_base_url() {
        assert_eq!(base_for(HOST_ASIA, None, &[]), Ok(HOST_ASIA));
    }

    #[test]
    fn a_large_message_api_goes_to_the_gateway_of_the_configured_region() {
        assert_eq!(base_for(HOST_NORTH_AMERICA, None, BIG), Ok("https://open-big-na.alipay.com"));
        assert_eq!(base_for(HOST_ASIA, None, BIG), Ok("https://open-big-sea.alipay.com"));
        assert_eq!(base_for("https://open-sea-global.alipay.com/", None, BIG), Ok("https://open-big-sea.alipay.com"));
    }

    #[test]
    fn a_region_without_a_gateway_is_an_error_unless_one_is_configured() {
        let error = base_for(HOST_EUROPE, None, BIG).err();
        assert!(error.is_some_and(|e| e.to_string().contains("US https://open-big-na.alipay.com")));
        assert_eq!(base_for(HOST_EUROPE, Some("https://big.example"), BIG), Ok("https://big.example"));
    }

    #[test]
    fn sandboxes_and_proxies_serve_every_path() {
        assert_eq!(base_for("http://127.0.0.1:8080", None, BIG), Ok("http://127.0.0.1:8080"));
        assert_eq!(base_for("https://proxy.internal/antom", None, BIG), Ok("https://proxy.internal/antom"));
    }
}
