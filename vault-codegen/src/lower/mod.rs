//! ast to model, one page at a time: names, endpoint, sections, fields, codes. Rules that need
//! every page (shared object types, references) are in [`validate`](crate::validate).

mod codes;
mod constraints;
mod fields;
mod prose;

pub use fields::type_help;

use crate::ast::{Page, Section, SectionKind};
use crate::config::Config;
use crate::diag::Diagnostics;
use crate::model::{Api, Direction, Endpoint, Field, Idempotency, Object};
use crate::parse::heading::is_field_name;
use crate::vocab;
use fields::FieldCx;

/// What one page contributes: its API and the object types it defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageModel {
    /// The API.
    pub api: Api,
    /// Object types defined on this page, in page order (duplicates possible).
    pub objects: Vec<Object>,
}

/// Lowers one page. Returns `None` when the page is too broken to describe an API; the reasons
/// are in the sink.
pub fn lower(page: &Page, config: &Config, sink: &mut Diagnostics) -> Option<PageModel> {
    let name = page.title.plain.clone();
    let name_ok = is_api_name(&name);
    if !name_ok {
        sink.error(page.title.span, format!("`{name}` is not an API name"))
            .help("the title is the API name in lowerCamelCase, e.g. `# createVaultingSession`");
    }
    let endpoint = endpoint(page, &name, sink);
    let mut objects = Vec::new();
    let request = parameters(page, SectionKind::Request, config, &mut objects, sink);
    let response = parameters(page, SectionKind::Response, config, &mut objects, sink);
    let codes = page
        .sections
        .iter()
        .find_map(|s| s.table.as_ref())
        .map(|t| codes::lower(t, sink))
        .unwrap_or_default();
    let result_logic = page
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::ResultLogic)
        .flat_map(|s| prose::docs(&s.prose))
        .collect();
    let (request, idempotency) = request?;
    let (response, _) = response?;
    let api = Api {
        name,
        span: page.title.span,
        summary: page
            .summary
            .as_ref()
            .map(|s| s.markdown.trim_start_matches('>').trim().to_owned()),
        endpoint: endpoint?,
        docs: prose::docs(&page.description),
        request,
        response,
        result_logic,
        codes,
        idempotency,
    };
    name_ok.then_some(PageModel { api, objects })
}

/// lowerCamelCase: a lower-case letter, then letters and digits.
fn is_api_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `POST /v1/group/apiName`.
fn endpoint(page: &Page, name: &str, sink: &mut Diagnostics) -> Option<Endpoint> {
    let Some(line) = &page.endpoint else {
        sink.error(
            page.title.span,
            format!("page `{name}` has no endpoint line"),
        )
        .help(format!(
            "put the endpoint under the title as inline code: `` `{} /v1/group/{name}` ``",
            vocab::METHOD
        ));
        return None;
    };
    let text = line.plain.replace('`', "");
    let mut words = text.split_whitespace();
    let (method, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let valid_path = path.starts_with('/')
        && path.len() > 1
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.".contains(c))
        && !path.contains("//");
    if method != vocab::METHOD || !valid_path || words.next().is_some() {
        sink.error(
            line.span,
            format!(
                "endpoint line `{}` is not `{} /path`",
                text.trim(),
                vocab::METHOD
            ),
        )
        .help(format!(
            "write the endpoint as `` `{} /v1/group/{name}` ``",
            vocab::METHOD
        ));
        return None;
    }
    if path.rsplit('/').next() != Some(name) {
        sink.error(
            line.span,
            format!("endpoint `{path}` does not end with the API name `{name}`"),
        )
        .related(page.title.span, "the API name is here");
        return None;
    }
    Some(Endpoint {
        path: path.to_owned(),
        span: line.span,
    })
}

type Lowered = (Vec<Field>, Option<Idempotency>);

/// The fields of the request or response section; `None` when the section is missing.
fn parameters(
    page: &Page,
    kind: SectionKind,
    config: &Config,
    objects: &mut Vec<Object>,
    sink: &mut Diagnostics,
) -> Option<Lowered> {
    let section: Option<&Section> = page.sections.iter().find(|s| s.kind == kind);
    let (direction, title) = match kind {
        SectionKind::Request => (Direction::Request, vocab::REQUEST_SECTION),
        _ => (Direction::Response, vocab::RESPONSE_SECTION),
    };
    let Some(section) = section else {
        sink.error(
            page.title.span,
            format!("page `{}` has no `## {title}` section", page.title.plain),
        )
        .help(format!(
            "add `## {title}` followed by one `####` heading per field"
        ));
        return None;
    };
    let mut cx = FieldCx {
        direction,
        sink,
        objects,
        config,
        idempotency: Vec::new(),
        depth: 0,
    };
    let fields = fields::lower_fields(&section.fields, &mut cx);
    let idempotency = idempotency(cx.idempotency, direction, sink);
    Some((fields, idempotency))
}

fn idempotency(
    found: Vec<(String, String, crate::source::Span, usize)>,
    direction: Direction,
    sink: &mut Diagnostics,
) -> Option<Idempotency> {
    let mut result: Option<(Idempotency, crate::source::Span)> = None;
    for (field, note, span, depth) in found {
        if direction == Direction::Response || depth > 0 {
            sink.error(span, format!("`{field}` is marked as the idempotency field but is not a top-level request field"));
        } else if let Some((first, at)) = &result {
            sink.error(span, format!("a second idempotency field `{field}`"))
                .related(
                    *at,
                    format!("`{}` is already the idempotency field", first.field),
                );
        } else if is_field_name(&field) {
            result = Some((Idempotency { field, note }, span));
        }
    }
    result.map(|(i, _)| i)
}
