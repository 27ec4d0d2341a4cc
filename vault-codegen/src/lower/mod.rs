//! ast to model, one page at a time: names, endpoint, sections, fields, codes. Rules that need
//! every page (shared object types, references) are in [`validate`](crate::validate).

mod codes;
mod constraints;
mod fields;
mod prose;

use crate::ast::{GatewayTable, Page, Section, SectionKind};
use crate::config::Config;
use crate::diag::Diagnostics;
use crate::model::{Api, ApiKind, Direction, Endpoint, Field, Gateway, Idempotency, Object};
use crate::names::is_field_name;
use crate::source::Span;
use crate::vocab;
use fields::FieldCx;

/// What one page contributes: its API (none for the objects page) and the object types it
/// defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageModel {
    /// The API.
    pub api: Option<Api>,
    /// Object types defined on this page, in page order (duplicates possible).
    pub objects: Vec<Object>,
    /// The directory of the page: an objects page serves first the pages of its own directory.
    pub bundle: std::path::PathBuf,
    /// The codes of the common codes page.
    pub common_codes: Vec<crate::model::Code>,
}

/// Lowers one page. Returns `None` when the page is too broken to describe anything; the
/// reasons are in the sink.
pub fn lower(page: &Page, config: &Config, sink: &mut Diagnostics) -> Option<PageModel> {
    if vocab::same_title(&page.title.plain, vocab::OBJECTS_TITLE) {
        let objects = objects_page(page, config, sink);
        return Some(PageModel { api: None, objects, bundle: Default::default(), common_codes: Vec::new() });
    }
    if vocab::same_title(&page.title.plain, vocab::COMMON_CODES_TITLE) {
        return Some(PageModel {
            api: None,
            objects: Vec::new(),
            bundle: Default::default(),
            common_codes: common_codes(page, sink),
        });
    }
    let (name, product) = split_title(&page.title.plain);
    let name_ok = is_api_name(&name);
    if !name_ok {
        sink.error(page.title.span, format!("`{name}` is not an API name"))
            .help("the title is the API name in lowerCamelCase, e.g. `# createVaultingSession`");
    }
    let kind = if name.starts_with(vocab::NOTIFY_PREFIX) { ApiKind::Notification } else { ApiKind::Call };
    let endpoint = endpoint(page, &name, kind, sink);
    let mut objects = Vec::new();
    // A notification's "request" is what Antom sends, so it is typed like a response.
    let (sent, received) = match kind {
        ApiKind::Call => (Direction::Request, Direction::Response),
        ApiKind::Notification => (Direction::Response, Direction::Response),
    };
    let request = parameters(page, SectionKind::Request, sent, None, config, &mut objects, sink);
    let key = request.as_ref().and_then(|r| r.idempotency.as_ref()).map(|i| i.field.clone());
    let response = parameters(page, SectionKind::Response, received, key.as_deref(), config, &mut objects, sink);
    let codes = page.sections.iter().find_map(|s| s.table.as_ref()).map(|t| codes::lower(t, sink)).unwrap_or_default();
    if kind == ApiKind::Call && !page.sections.iter().any(|s| s.kind == SectionKind::Codes) {
        sink.error(page.title.span, format!("page `{name}` has no `## {}` section", vocab::CODES_SECTION))
            .help(format!("add the table | {} | with every result code of the API", vocab::CODE_COLUMNS.join(" | ")));
    }
    let result_logic = page
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::ResultLogic)
        .flat_map(|s| prose::docs(&s.prose))
        .collect();
    let (request, response) = (request?, response?);
    let mut docs = prose::docs(&page.description);
    // Many pages repeat the `>` summary as the description's first paragraph.
    let summary = page.summary.as_ref().map(|s| s.plain.trim_start_matches('>').trim().to_owned());
    if summary.is_some_and(|s| docs.first().is_some_and(|d| d.trim() == s)) {
        docs.remove(0);
    }
    let deprecated: Vec<String> =
        request.deprecated.iter().chain(&response.deprecated).map(|name| format!("`{name}`")).collect();
    if !deprecated.is_empty() {
        docs.push(format!(
            "Deprecated fields the page lists without a type, left out here: {}.",
            deprecated.join(", ")
        ));
    }
    let api = Api {
        name,
        product,
        rust_name: None,
        feature: None,
        kind,
        span: page.title.span,
        summary: page.summary.as_ref().map(|s| prose::tidy(s.markdown.trim_start_matches('>').trim())),
        // A page whose endpoint is wrong (already reported) still has its types checked, under a
        // family of its own, so that one check shows every problem of the page; the generation
        // fails on the first error anyway.
        endpoint: endpoint.unwrap_or_else(|()| Some(unrouted(page.file, page.title.span))),
        docs,
        request: request.fields,
        response: response.fields,
        result_logic,
        codes,
        idempotency: request.idempotency,
        next_steps: Vec::new(),
    };
    name_ok.then_some(PageModel { api: Some(api), objects, bundle: Default::default(), common_codes: Vec::new() })
}

/// The table of the common codes page: only a codes section, which it must have.
fn common_codes(page: &Page, sink: &mut Diagnostics) -> Vec<crate::model::Code> {
    for section in page.sections.iter().filter(|s| s.kind != SectionKind::Codes) {
        sink.error(
            section.heading.span,
            format!("the `# {}` page has only a `## {}` section", vocab::COMMON_CODES_TITLE, vocab::CODES_SECTION),
        );
    }
    match page.sections.iter().find_map(|s| s.table.as_ref()) {
        Some(table) => codes::lower(table, sink),
        None => {
            sink.error(
                page.title.span,
                format!("the `# {}` page has no `## {}` table", vocab::COMMON_CODES_TITLE, vocab::CODES_SECTION),
            )
            .help(format!("add the table | {} | with the gateway's common codes", vocab::CODE_COLUMNS.join(" | ")));
            Vec::new()
        }
    }
}

/// The object types of the objects page, for either direction.
fn objects_page(page: &Page, config: &Config, sink: &mut Diagnostics) -> Vec<Object> {
    let mut objects = Vec::new();
    for section in &page.objects {
        let mut cx = FieldCx {
            direction: None,
            sink,
            objects: &mut objects,
            config,
            idempotency: Vec::new(),
            depth: 1,
            deprecated: Vec::new(),
        };
        let fields = fields::lower_fields(&section.fields, &mut cx);
        for (field, _, span, _) in cx.idempotency {
            sink.error(span, format!("`{field}` is marked as an idempotency field on the objects page; only a top-level request field can be one"));
        }
        objects.push(Object {
            name: section.name.plain.clone(),
            path: crate::model::TypePath {
                module: crate::model::Module::Root,
                response: false,
                name: section.name.plain.clone(),
            },
            users: Vec::new(),
            direction: None,
            fields,
            span: section.name.span,
            docs: prose::docs(&section.prose),
        });
    }
    objects
}

/// `consult (One-time Payments)` → (`consult`, `One-time Payments`): some pages name the product
/// after the API name.
fn split_title(title: &str) -> (String, Option<String>) {
    match title.split_once('(') {
        Some((name, rest)) if rest.trim_end().ends_with(')') => {
            let product = rest.trim_end().trim_end_matches(')').trim();
            (name.trim().to_owned(), (!product.is_empty()).then(|| product.to_owned()))
        }
        _ => (title.trim().to_owned(), None),
    }
}

/// lowerCamelCase: a lower-case letter, then letters and digits.
fn is_api_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `POST /v1/group/apiName`: required for calls. A notification may have none, or the
/// vendor's placeholder `POST /undefined`. A page whose API goes through a large-message
/// gateway gives a table of gateway URLs instead (supplyEvidence), or beside the line.
fn endpoint(page: &Page, name: &str, kind: ApiKind, sink: &mut Diagnostics) -> Result<Option<Endpoint>, ()> {
    let notification = kind == ApiKind::Notification;
    // Every row is checked and reported; the endpoint is refused at the end if one was wrong.
    let (gateways, rows_ok) = match &page.gateways {
        Some(table) => gateway_rows(table, sink),
        None => (Vec::new(), true),
    };
    let rows_ok = |endpoint: Endpoint| if rows_ok { Ok(Some(endpoint)) } else { Err(()) };
    let Some(line) = &page.endpoint else {
        if let (Some(table), Some((_, path, _))) = (&page.gateways, gateways.first()) {
            let path = path.clone();
            return rows_ok(with_gateways(endpoint_at(&path, table.span, name, page, sink)?, gateways, sink)?);
        }
        if notification {
            return Ok(None);
        }
        sink.error(page.title.span, format!("page `{name}` has no endpoint line")).help(format!(
            "put the endpoint under the title as inline code: `` `{} /v1/group/{name}` ``; an API sent through large-message gateways may give instead a table | {} | with one URL per region",
            vocab::METHOD,
            vocab::GATEWAY_COLUMNS.join(" | ")
        ));
        return Err(());
    };
    let text = line.plain.replace('`', "");
    let mut words = text.split_whitespace();
    let (method, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    if notification && method == vocab::METHOD && vocab::NO_ENDPOINT.contains(&path) && words.next().is_none() {
        return Ok(None);
    }
    if method != vocab::METHOD || !is_endpoint_path(path) || words.next().is_some() {
        sink.error(line.span, format!("endpoint line `{}` is not `{} /path`", text.trim(), vocab::METHOD))
            .help(format!("write the endpoint as `` `{} /v1/group/{name}` ``", vocab::METHOD));
        return Err(());
    }
    rows_ok(with_gateways(endpoint_at(path, line.span, name, page, sink)?, gateways, sink)?)
}

/// The stand-in endpoint of a page whose endpoint was refused: a family no other page has.
fn unrouted(file: crate::source::FileId, span: Span) -> Endpoint {
    Endpoint { path: String::new(), family: format!("unrouted_page_{file}"), span, gateways: Vec::new() }
}

/// The endpoint of a documented path, whose last group is the API name.
fn endpoint_at(path: &str, span: Span, name: &str, page: &Page, sink: &mut Diagnostics) -> Result<Endpoint, ()> {
    if !is_endpoint_path(path) {
        sink.error(span, format!("`{path}` is not an endpoint path"))
            .help(format!("write the endpoint as `` `{} /v1/group/{name}` ``", vocab::METHOD));
        return Err(());
    }
    let mut segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    if segments.pop() != Some(name) {
        sink.error(span, format!("endpoint `{path}` does not end with the API name `{name}`"))
            .related(page.title.span, "the API name is here");
        return Err(());
    }
    let Some(family) = family(&segments) else {
        sink.error(span, format!("endpoint `{path}` has no group before the API name"))
            .help(format!("the path names the API's family before its name, as in `/v1/payments/{name}`"));
        return Err(());
    };
    Ok(Endpoint { path: path.to_owned(), family, span, gateways: Vec::new() })
}

fn is_endpoint_path(path: &str) -> bool {
    path.starts_with('/')
        && path.len() > 1
        && path.chars().all(|c| c.is_ascii_alphanumeric() || "/-_.".contains(c))
        && !path.contains("//")
}

/// The endpoint with its gateways, whose URLs must all have the endpoint's path.
fn with_gateways(
    mut endpoint: Endpoint,
    rows: Vec<(Gateway, String, Span)>,
    sink: &mut Diagnostics,
) -> Result<Endpoint, ()> {
    let mut ok = true;
    for (gateway, path, span) in rows {
        if path != endpoint.path {
            sink.error(span, format!("this gateway's path `{path}` is not the endpoint's `{}`", endpoint.path))
                .related(endpoint.span, "the endpoint is here");
            ok = false;
        }
        endpoint.gateways.push(gateway);
    }
    ok.then_some(endpoint).ok_or(())
}

/// The rows of a gateway table (`| US | POST | https://open-big-na.alipay.com/v1/... |`) that
/// are well formed, and whether all were.
fn gateway_rows(table: &GatewayTable, sink: &mut Diagnostics) -> (Vec<(Gateway, String, Span)>, bool) {
    let mut rows = Vec::new();
    let mut ok = true;
    for [region, method, url] in &table.rows {
        if method.plain.trim() != vocab::METHOD {
            sink.error(method.span, format!("a gateway's method is `{}`", vocab::METHOD));
            ok = false;
            continue;
        }
        match split_url(url.plain.trim()) {
            Some((origin, path)) if !region.plain.trim().is_empty() => {
                let gateway = Gateway { region: region.plain.trim().to_owned(), origin: origin.to_owned() };
                rows.push((gateway, path.to_owned(), url.span));
            }
            _ => {
                sink.error(url.span, format!("`{}` is not a gateway URL of a region", url.plain.trim()))
                    .help("each row names a country or region and an https URL with the API's path: | US | POST | https://host/v1/group/apiName |");
                ok = false;
            }
        }
    }
    if rows.is_empty() && ok {
        sink.error(table.span, "the gateway table has no rows");
        ok = false;
    }
    (rows, ok)
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

/// The fields of a parameter section.
struct Lowered {
    fields: Vec<Field>,
    idempotency: Option<Idempotency>,
    /// Deprecated fields listed without a type, left out.
    deprecated: Vec<String>,
}

/// The fields of the request or response section; `None` when the section is missing.
/// `echoed_key` is the request's idempotency field, which a response may repeat with the
/// request's "this is an idempotency field" note.
fn parameters(
    page: &Page,
    kind: SectionKind,
    direction: Direction,
    echoed_key: Option<&str>,
    config: &Config,
    objects: &mut Vec<Object>,
    sink: &mut Diagnostics,
) -> Option<Lowered> {
    let section: Option<&Section> = page.sections.iter().find(|s| s.kind == kind);
    let title = if kind == SectionKind::Request { vocab::REQUEST_SECTION } else { vocab::RESPONSE_SECTION };
    let Some(section) = section else {
        sink.error(page.title.span, format!("page `{}` has no `## {title}` section", split_title(&page.title.plain).0))
            .help(format!("add `## {title}` followed by one `####` heading per field"));
        return None;
    };
    let mut cx = FieldCx {
        direction: Some(direction),
        sink,
        objects,
        config,
        idempotency: Vec::new(),
        depth: 0,
        deprecated: Vec::new(),
    };
    let fields = fields::lower_fields(&section.fields, &mut cx);
    let sent = kind == SectionKind::Request && direction == Direction::Request;
    let deprecated = std::mem::take(&mut cx.deprecated);
    let idempotency = idempotency(cx.idempotency, sent, echoed_key, sink);
    Some(Lowered { fields, idempotency, deprecated })
}

fn idempotency(
    found: Vec<(String, String, Span, usize)>,
    sent: bool,
    echoed_key: Option<&str>,
    sink: &mut Diagnostics,
) -> Option<Idempotency> {
    let mut result: Option<(Idempotency, Span)> = None;
    for (field, note, span, depth) in found {
        // The vendor repeats the request's note on the response field that echoes the key
        // (createTransfer's `transferRequestId`): documentation, not a second key.
        if !sent && depth == 0 && echoed_key == Some(field.as_str()) {
            continue;
        }
        if !sent || depth > 0 {
            sink.error(span, format!("`{field}` is marked as the idempotency field but is not a top-level field of a request the merchant sends"));
        } else if let Some((first, at)) = &result {
            sink.error(span, format!("a second idempotency field `{field}`"))
                .related(*at, format!("`{}` is already the idempotency field", first.field));
        } else if is_field_name(&field) {
            result = Some((Idempotency { field, note }, span));
        }
    }
    result.map(|(i, _)| i)
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
