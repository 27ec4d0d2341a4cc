//! An API page: its title, endpoint, parameter sections, result codes and result handling.

use super::endpoint::{endpoint, unrouted};
use super::fields::{self, FieldCx, IdempotencyMark};
use super::page::{Api, Field, Object, PageKind};
use super::{codes, prose};
use crate::ast::{Page, Section, SectionKind};
use crate::diag::{Diagnostics, Reported};
use crate::model::{ApiKind, Code, Direction, Idempotency};
use crate::names::is_field_name;
use crate::vocab;

/// Lowers an API page. Every section is lowered (and its problems reported) even when the
/// title or a section is broken, so that one check shows every problem of the page.
pub fn api_page(page: &Page, sink: &mut Diagnostics) -> Result<PageKind, Reported> {
    let (name, product) = split_title(&page.title.plain);
    let named = match is_api_name(&name) {
        true => Ok(()),
        false => Err(sink
            .error(page.title.span, format!("`{name}` is not an API name"))
            .help("the title is the API name in lowerCamelCase, e.g. `# createVaultingSession`")
            .reported()),
    };
    let kind = if name.starts_with(vocab::NOTIFY_PREFIX) { ApiKind::Notification } else { ApiKind::Call };
    let endpoint = endpoint(page, &name, kind, sink);
    let mut objects = Vec::new();
    // A notification's "request" is what Antom sends, so it is typed like a response.
    let (sent, received) = match kind {
        ApiKind::Call => (Direction::Request, Direction::Response),
        ApiKind::Notification => (Direction::Response, Direction::Response),
    };
    let notification = kind == ApiKind::Notification;
    let request = parameters(page, SectionKind::Request, sent, Echo { key: None, notification }, &mut objects, sink);
    let key = request.as_ref().ok().and_then(|r| r.idempotency.as_ref()).map(|i| i.field.clone());
    let echo = Echo { key: key.as_deref(), notification: false };
    let response = parameters(page, SectionKind::Response, received, echo, &mut objects, sink);
    let codes = codes(page, &name, kind, sink);
    let result_logic = page
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::ResultLogic)
        .flat_map(|s| prose::docs(&s.prose))
        .collect();
    let (mut request, mut response) = (request?, response?);
    let fields = [&mut request.fields, &mut response.fields];
    codes::field_codes(page, fields, &mut objects, sink);
    let api = Api {
        docs: description(page, &request, &response),
        name,
        product,
        kind,
        span: page.title.span,
        summary: page.summary.as_ref().map(|s| prose::tidy(s.markdown.trim_start_matches('>').trim())),
        // A page whose endpoint is wrong (already reported) still has its types checked, under a
        // family of its own, so that one check shows every problem of the page; the generation
        // fails on the first error anyway.
        endpoint: endpoint.unwrap_or_else(|_| Some(unrouted(page.file, page.title.span))),
        request: request.fields,
        response: response.fields,
        result_logic,
        codes,
        idempotency: request.idempotency,
    };
    named?;
    Ok(PageKind::Api { api: Box::new(api), objects })
}

/// The code table, which a call's page must have.
fn codes(page: &Page, name: &str, kind: ApiKind, sink: &mut Diagnostics) -> Vec<Code> {
    let codes = page
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Codes)
        .find_map(|s| s.table.as_ref())
        .map(|t| codes::lower(t, sink))
        .unwrap_or_default();
    // A page whose only code table is a field's (inquireCardTransactionLifecycleDetail's
    // Failure Reason Code) lists no codes of the API's own: it answers the common codes only.
    let tabled = |kind: SectionKind| page.sections.iter().any(|s| s.kind == kind);
    if kind == ApiKind::Call && !tabled(SectionKind::Codes) && !tabled(SectionKind::FieldCodes) {
        sink.error(page.title.span, format!("page `{name}` has no `## {}` section", vocab::CODES_SECTION))
            .help(format!("add the table | {} | with every result code of the API", vocab::CODE_COLUMNS.join(" | ")));
    }
    codes
}

/// The description: its paragraphs without the summary that many pages repeat as the first
/// one, and a word on the deprecated fields left out.
fn description(page: &Page, request: &Parameters, response: &Parameters) -> Vec<String> {
    let mut docs = prose::docs(&page.description);
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
    docs
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

/// The fields of a parameter section.
struct Parameters {
    fields: Vec<Field>,
    idempotency: Option<Idempotency>,
    /// Deprecated fields listed without a type, left out.
    deprecated: Vec<String>,
}

/// Idempotency notes a section may repeat from another message without making its field a key.
#[derive(Clone, Copy)]
struct Echo<'k> {
    /// The request's idempotency field, which a response may repeat with the request's "this is
    /// an idempotency field" note.
    key: Option<&'k str>,
    /// Whether the section is what a notification carries, whose top-level fields may repeat
    /// the note of the request that caused it.
    notification: bool,
}

/// The fields of the request or response section, which the page must have.
fn parameters(
    page: &Page,
    kind: SectionKind,
    direction: Direction,
    echo: Echo<'_>,
    objects: &mut Vec<Object>,
    sink: &mut Diagnostics,
) -> Result<Parameters, Reported> {
    let section: Option<&Section> = page.sections.iter().find(|s| s.kind == kind);
    let title = if kind == SectionKind::Request { vocab::REQUEST_SECTION } else { vocab::RESPONSE_SECTION };
    let Some(section) = section else {
        return Err(sink
            .error(page.title.span, format!("page `{}` has no `## {title}` section", split_title(&page.title.plain).0))
            .help(format!("add `## {title}` followed by one `####` heading per field"))
            .reported());
    };
    let mut cx = FieldCx::new(Some(direction), 0, objects, sink);
    let fields = fields::lower_fields(&section.fields, &mut cx);
    let sent = kind == SectionKind::Request && direction == Direction::Request;
    let deprecated = std::mem::take(&mut cx.deprecated);
    let idempotency = idempotency(cx.idempotency, sent, echo, sink);
    Ok(Parameters { fields, idempotency, deprecated })
}

/// The one top-level field of a sent request that its bullets mark as the idempotency field.
fn idempotency(marks: Vec<IdempotencyMark>, sent: bool, echo: Echo<'_>, sink: &mut Diagnostics) -> Option<Idempotency> {
    let mut result: Option<(Idempotency, IdempotencyMark)> = None;
    for mark in marks {
        // The vendor repeats the request's note on the response field that echoes the key
        // (createTransfer's `transferRequestId`): documentation, not a second key. A
        // notification repeats it on the key of the call that caused it (notifyCardStatus's
        // `requestId` is updateCardStatus's): the merchant receives it and sends no key.
        let echoed = echo.key == Some(mark.field.as_str()) || echo.notification;
        if !sent && mark.depth == 0 && echoed {
            continue;
        }
        if !sent || mark.depth > 0 {
            sink.error(mark.span, format!("`{}` is marked as the idempotency field but is not a top-level field of a request the merchant sends", mark.field));
        } else if let Some((first, at)) = &result {
            sink.error(mark.span, format!("a second idempotency field `{}`", mark.field))
                .related(at.span, format!("`{}` is already the idempotency field", first.field));
        } else if is_field_name(&mark.field) {
            let idempotency = Idempotency { field: mark.field.clone(), note: mark.note.clone() };
            result = Some((idempotency, mark));
        }
    }
    result.map(|(idempotency, _)| idempotency)
}
