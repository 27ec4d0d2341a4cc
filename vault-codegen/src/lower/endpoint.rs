//! Where an API is called: the endpoint line under the title (`POST /v1/group/apiName`, or
//! `GET`), or a table of the large-message gateways that carry it, and the family the path
//! gives.

use crate::ast::{GatewayTable, Page};
use crate::diag::{Diagnostics, Reported};
use crate::model::{ApiKind, Endpoint, Gateway, Method};
use crate::source::{FileId, Span};
use crate::vocab;

/// `POST /v1/group/apiName` (or `GET`): required for calls. A notification may have none, or the
/// vendor's placeholder `POST /undefined`. A page whose API goes through a large-message
/// gateway gives a table of gateway URLs instead (supplyEvidence), or beside the line.
pub fn endpoint(page: &Page, name: &str, kind: ApiKind, sink: &mut Diagnostics) -> Result<Option<Endpoint>, Reported> {
    let notification = kind == ApiKind::Notification;
    // Every row is checked and reported; the endpoint is refused at the end if one was wrong.
    let rows = page.gateways.as_ref().map_or_else(GatewayRows::default, |table| gateway_rows(table, sink));
    let Some(line) = &page.endpoint else {
        if let (Some(table), Some(first)) = (&page.gateways, rows.read.first()) {
            let path = first.path.clone();
            let endpoint = endpoint_at(Method::Post, &path, table.span, name, page, sink)?;
            return rows.carrying(endpoint, sink).map(Some);
        }
        if notification {
            return Ok(None);
        }
        return Err(sink.error(page.title.span, format!("page `{name}` has no endpoint line")).help(format!(
            "put the endpoint under the title as inline code: `` `{} /v1/group/{name}` ``; an API sent through large-message gateways may give instead a table | {} | with one URL per region",
            vocab::METHOD,
            vocab::GATEWAY_COLUMNS.join(" | ")
        )).reported());
    };
    let text = line.plain.replace('`', "");
    let mut words = text.split_whitespace();
    let (word, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if notification && word == vocab::METHOD && vocab::NO_ENDPOINT.contains(&path) && words.next().is_none() {
        return Ok(None);
    }
    let methods = || Method::ALL.map(|m| format!("`{}`", m.as_str())).join(" or ");
    let Some(method) = Method::from_word(word) else {
        return Err(sink
            .error(line.span, format!("endpoint line `{}` does not start with a method ({})", text.trim(), methods()))
            .help(format!("write the endpoint as `` `{} /v1/group/{name}` `` (or `GET`)", vocab::METHOD))
            .reported());
    };
    if !is_endpoint_path(path) || words.next().is_some() {
        return Err(sink
            .error(line.span, format!("endpoint line `{}` is not `{word} /path`", text.trim()))
            .help(format!("write the endpoint as `` `{word} /v1/group/{name}` ``"))
            .reported());
    }
    let endpoint = endpoint_at(method, path, line.span, name, page, sink)?;
    rows.carrying(endpoint, sink).map(Some)
}

/// The stand-in endpoint of a page whose endpoint was refused: a family no other page has.
pub fn unrouted(file: FileId, span: Span) -> Endpoint {
    let family = format!("unrouted_page_{file}");
    Endpoint { method: Method::Post, path: String::new(), family, span, gateways: Vec::new() }
}

/// The endpoint of a documented path, whose last group is the API name. A path written with the
/// gateway's prefix (`/ams/api/v1/aba/cards/updateCardStatus`, as one vendor page does) is the
/// documented path after it: the client adds the prefix (or the sandbox's) itself.
fn endpoint_at(
    method: Method,
    path: &str,
    span: Span,
    name: &str,
    page: &Page,
    sink: &mut Diagnostics,
) -> Result<Endpoint, Reported> {
    let path = path.strip_prefix(vocab::GATEWAY_PREFIX).filter(|rest| rest.starts_with('/')).unwrap_or(path);
    let other = vocab::OTHER_GATEWAYS
        .iter()
        .find(|(prefix, _)| path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/')));
    if let Some((prefix, product)) = other {
        return Err(sink
            .error(span, format!("`{path}` is a path of the {product} gateway (`{prefix}`), not of Antom's"))
            .help(format!(
                "this page describes {product}'s API, which Antom's client cannot call; take the Antom page of the API, whose endpoint reads `` `{} /v1/group/{name}` ``",
                vocab::METHOD
            ))
            .reported());
    }
    if !is_endpoint_path(path) {
        return Err(sink
            .error(span, format!("`{path}` is not an endpoint path"))
            .help(format!("write the endpoint as `` `{} /v1/group/{name}` ``", vocab::METHOD))
            .reported());
    }
    let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.pop() != Some(name) {
        return Err(sink
            .error(span, format!("endpoint `{path}` does not end with the API name `{name}`"))
            .related(page.title.span, "the API name is here")
            .reported());
    }
    let Some(family) = family(&segments) else {
        return Err(sink
            .error(span, format!("endpoint `{path}` has no group before the API name"))
            .help(format!("the path names the API's family before its name, as in `/v1/payments/{name}`"))
            .reported());
    };
    Ok(Endpoint { method, path: path.to_owned(), family, span, gateways: Vec::new() })
}

fn is_endpoint_path(path: &str) -> bool {
    path.starts_with('/')
        && path.len() > 1
        && path.chars().all(|c| c.is_ascii_alphanumeric() || "/-_.".contains(c))
        && !path.contains("//")
}

/// The rows of a gateway table that could be read, and the proof that some row could not.
#[derive(Default)]
struct GatewayRows {
    read: Vec<GatewayRow>,
    broken: Option<Reported>,
}

/// One row of a gateway table: `| US | POST | https://open-big-na.alipay.com/v1/... |`.
struct GatewayRow {
    gateway: Gateway,
    /// The path of its URL.
    path: String,
    /// Its URL cell.
    span: Span,
}

impl GatewayRows {
    /// The endpoint with the gateways, whose URLs must all have its path; refused when a row
    /// was broken.
    fn carrying(self, mut endpoint: Endpoint, sink: &mut Diagnostics) -> Result<Endpoint, Reported> {
        let mut elsewhere = None;
        for row in self.read {
            if row.path != endpoint.path {
                let reported = sink
                    .error(
                        row.span,
                        format!("this gateway's path `{}` is not the endpoint's `{}`", row.path, endpoint.path),
                    )
                    .related(endpoint.span, "the endpoint is here")
                    .reported();
                elsewhere = Some(reported);
            }
            endpoint.gateways.push(row.gateway);
        }
        match elsewhere.or(self.broken) {
            Some(reported) => Err(reported),
            None => Ok(endpoint),
        }
    }
}

/// The rows of a gateway table, each checked and reported.
fn gateway_rows(table: &GatewayTable, sink: &mut Diagnostics) -> GatewayRows {
    let mut rows = GatewayRows::default();
    for [region, method, url] in &table.rows {
        if method.plain.trim() != vocab::METHOD {
            rows.broken =
                Some(sink.error(method.span, format!("a gateway's method is `{}`", vocab::METHOD)).reported());
            continue;
        }
        match split_url(url.plain.trim()) {
            Some((origin, path)) if !region.plain.trim().is_empty() => {
                let gateway = Gateway { region: region.plain.trim().to_owned(), origin: origin.to_owned() };
                rows.read.push(GatewayRow { gateway, path: path.to_owned(), span: url.span });
            }
            _ => {
                let reported = sink.error(url.span, format!("`{}` is not a gateway URL of a region", url.plain.trim()))
                    .help("each row names a country or region and an https URL with the API's path: | US | POST | https://host/v1/group/apiName |")
                    .reported();
                rows.broken = Some(reported);
            }
        }
    }
    if rows.read.is_empty() && rows.broken.is_none() {
        rows.broken = Some(sink.error(table.span, "the gateway table has no rows").reported());
    }
    rows
}

/// `https://host/path` → (`https://host`, `/path`).
fn split_url(url: &str) -> Option<(&str, &str)> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let slash = rest.find('/')?;
    let host = &rest[..slash];
    let host_ok = !host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || "-.:".contains(c));
    host_ok.then(|| url.split_at(url.len() - (rest.len() - slash)))
}

/// The family of an endpoint: every group between the version and the API name, in
/// snake_case, joined by `_` (`/v1/payments/cancel` → `payments`, `/v1/aba/funds/createTransfer`
/// → `aba_funds`). Two different endpoints therefore never share a family and a name.
fn family(groups: &[&str]) -> Option<String> {
    let after_version = groups.iter().rposition(|g| is_version(g)).map_or(groups, |at| &groups[at + 1..]);
    let valid = !after_version.is_empty() && after_version.iter().all(|group| is_family(group));
    valid.then(|| after_version.iter().map(|group| crate::names::snake(group)).collect::<Vec<_>>().join("_"))
}

/// `v1`, `v2`, ...: the API version in a path.
fn is_version(group: &str) -> bool {
    group.strip_prefix('v').is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// An endpoint group that names a family module: a letter, then letters and digits.
fn is_family(group: &str) -> bool {
    group.starts_with(|c: char| c.is_ascii_alphabetic()) && group.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::family;

    #[test]
    fn a_family_is_every_group_between_the_version_and_the_api() {
        assert_eq!(family(&["v1", "payments"]).as_deref(), Some("payments"));
        assert_eq!(family(&["v1", "aba", "funds"]).as_deref(), Some("aba_funds"));
        assert_eq!(family(&["v1", "merchants", "settlementInfo"]).as_deref(), Some("merchants_settlement_info"));
        assert_eq!(family(&["ams", "api", "v1", "payments"]).as_deref(), Some("payments"));
        assert_eq!(family(&["payments"]).as_deref(), Some("payments"));
        assert_eq!(family(&["v1"]), None);
        assert_eq!(family(&["v1", "2fa"]), None);
    }
}
