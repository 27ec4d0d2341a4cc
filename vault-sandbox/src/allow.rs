//! Where the sandbox may send notifications (`--notify-allow HOST|CIDR`): loopback only unless
//! told otherwise, so that a request naming a URL cannot make the sandbox post to any host of
//! the network it runs in.
//!
//! A notification URL passes when its host is a name on the list, or when every address its
//! host has (an address written in the URL, or every address a name resolves to) lies in a
//! network on the list: a name that points elsewhere is refused like the address itself. The
//! check is made again when the connection is made (the sender's resolver applies the same
//! rule), so a name that resolves differently the second time gains nothing, and the sender
//! follows no redirect and uses no proxy.

use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use url::{Host, Url};

/// One entry of the allow-list: a host name (`merchant.test`), or a network in CIDR notation
/// (`10.1.0.0/16`; a bare address is the network of that address alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllowEntry {
    /// Notifications to URLs naming this host (compared without case) are sent, wherever it
    /// resolves.
    Host(String),
    /// Notifications to addresses in this network are sent.
    Network(IpNet),
}

impl std::str::FromStr for AllowEntry {
    type Err = String;

    /// `10.0.0.0/8`, `::1`, `127.0.0.1` or a host name such as `merchant.test`.
    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        if let Ok(network) = text.parse::<IpNet>() {
            return Ok(AllowEntry::Network(network.trunc()));
        }
        if let Ok(address) = text.parse::<IpAddr>() {
            return Ok(AllowEntry::Network(IpNet::from(address)));
        }
        if text.contains('/') {
            return Err(format!("`{text}` is not a network: write it as ADDRESS/PREFIX, such as 10.0.0.0/8"));
        }
        match Host::parse(text) {
            Ok(Host::Domain(name)) if !name.is_empty() => Ok(AllowEntry::Host(name.trim_end_matches('.').to_owned())),
            _ => Err(format!("`{text}` is neither a host name nor an address or network (CIDR)")),
        }
    }
}

/// The allow-list the sender applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Allowed {
    hosts: Vec<String>,
    networks: Vec<IpNet>,
}

/// The networks of loopback: the default allow-list.
pub fn loopback() -> Vec<AllowEntry> {
    ["127.0.0.0/8", "::1/128"].iter().filter_map(|net| net.parse().ok()).map(AllowEntry::Network).collect()
}

impl Allowed {
    pub fn new(entries: &[AllowEntry]) -> Self {
        let mut allowed = Allowed { hosts: Vec::new(), networks: Vec::new() };
        for entry in entries {
            match entry {
                AllowEntry::Host(name) => allowed.hosts.push(name.to_ascii_lowercase()),
                AllowEntry::Network(network) => allowed.networks.push(*network),
            }
        }
        allowed
    }

    fn names(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.');
        self.hosts.iter().any(|allowed| allowed.eq_ignore_ascii_case(host))
    }

    /// Why `address` may not be reached, if it may not.
    fn refuses(&self, address: IpAddr) -> Option<String> {
        // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is that IPv4 address.
        let address = match address {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
            v4 => v4,
        };
        let inside = self.networks.iter().any(|network| network.contains(&address));
        (!inside).then(|| format!("{address} is outside the allow-list ({})", self.describe()))
    }

    fn describe(&self) -> String {
        let listed: Vec<String> =
            self.hosts.iter().cloned().chain(self.networks.iter().map(ToString::to_string)).collect();
        if listed.is_empty() { "empty".to_owned() } else { listed.join(", ") }
    }

    /// Whether a notification may be sent to `url`; `Err` says why not. Resolves a host name.
    pub async fn check(&self, url: &str) -> Result<(), String> {
        let parsed = Url::parse(url).map_err(|e| format!("`{url}` is not a URL: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(format!("the scheme `{}` is not http or https", parsed.scheme()));
        }
        let port = parsed.port_or_known_default().unwrap_or(80);
        match parsed.host() {
            Some(Host::Ipv4(address)) => self.refuses(address.into()).map_or(Ok(()), Err),
            Some(Host::Ipv6(address)) => self.refuses(address.into()).map_or(Ok(()), Err),
            Some(Host::Domain(name)) if self.names(name) => Ok(()),
            Some(Host::Domain(name)) => self.resolve(name, port).await.map(drop),
            None => Err(format!("`{url}` names no host")),
        }
    }

    /// Every address of `name`, when all of them are allowed.
    async fn resolve(&self, name: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
        let found =
            tokio::net::lookup_host((name, port)).await.map_err(|e| format!("`{name}` does not resolve: {e}"))?;
        let found: Vec<SocketAddr> = found.collect();
        if found.is_empty() {
            return Err(format!("`{name}` resolves to no address"));
        }
        for address in &found {
            if let Some(why) = self.refuses(address.ip()) {
                return Err(format!("`{name}` resolves to {}: {why}", address.ip()));
            }
        }
        Ok(found)
    }
}

/// The sender's resolver: applies the allow-list again when the connection is made.
#[derive(Debug, Clone)]
pub(crate) struct Resolver(pub Arc<Allowed>);

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let allowed = Arc::clone(&self.0);
        Box::pin(async move {
            let name = name.as_str();
            let found = if allowed.names(name) {
                tokio::net::lookup_host((name, 0)).await.map(Iterator::collect::<Vec<_>>).map_err(|e| e.to_string())
            } else {
                allowed.resolve(name, 0).await
            };
            let addresses: reqwest::dns::Addrs = Box::new(found?.into_iter());
            Ok(addresses)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allowed(entries: &[&str]) -> Allowed {
        let entries: Vec<AllowEntry> = entries.iter().map(|e| e.parse().unwrap_or_else(|e| panic!("{e}"))).collect();
        Allowed::new(&entries)
    }

    #[tokio::test]
    async fn loopback_is_the_default_and_nothing_else_passes() {
        let list = Allowed::new(&loopback());
        for url in ["http://127.0.0.1:9/n", "http://127.8.0.1/n", "http://[::1]:80/n", "http://localhost:1/n"] {
            assert_eq!(list.check(url).await, Ok(()), "{url}");
        }
        for url in ["http://10.0.0.1/n", "http://[::ffff:10.0.0.1]/n", "http://192.168.1.1/n", "http://[fe80::1]/n"] {
            let why = list.check(url).await.err().unwrap_or_default();
            assert!(why.contains("outside the allow-list (127.0.0.0/8, ::1/128)"), "{url}: {why}");
        }
        assert!(list.check("ftp://127.0.0.1/n").await.is_err());
        assert!(list.check("not a url").await.is_err());
    }

    #[tokio::test]
    async fn a_name_is_checked_by_every_address_it_resolves_to_unless_it_is_listed() {
        // `localhost` resolves to loopback (127.0.0.1, and ::1 on some machines).
        assert!(allowed(&["10.0.0.0/8", "127.0.0.0/8", "::1"]).check("http://localhost:8/n").await.is_ok());
        let why = allowed(&["10.0.0.0/8"]).check("http://localhost:8/n").await.err().unwrap_or_default();
        assert!(why.starts_with("`localhost` resolves to "), "{why}");
        assert!(allowed(&["LocalHost", "10.0.0.0/8"]).check("http://localhost:8/n").await.is_ok());
        let why = allowed(&["127.0.0.0/8"]).check("http://no-such-host.invalid/n").await.err().unwrap_or_default();
        assert!(why.contains("no-such-host.invalid"), "{why}");
    }

    #[test]
    fn entries_parse_or_say_what_is_wrong() {
        assert_eq!("10.1.2.3/8".parse::<AllowEntry>(), Ok(AllowEntry::Network("10.0.0.0/8".parse().unwrap())));
        assert_eq!("::1".parse::<AllowEntry>(), Ok(AllowEntry::Network("::1/128".parse().unwrap())));
        assert_eq!("Merchant.Test.".parse::<AllowEntry>(), Ok(AllowEntry::Host("merchant.test".to_owned())));
        assert!("10.0.0.0/33".parse::<AllowEntry>().unwrap_err().contains("ADDRESS/PREFIX"));
        assert!("a b".parse::<AllowEntry>().is_err());
        assert!("".parse::<AllowEntry>().is_err());
    }
}
