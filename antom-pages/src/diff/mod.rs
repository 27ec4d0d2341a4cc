//! What changed between two sets of pages, on the generator's model (not on text): every change
//! keyed by API, message, field path and kind, with its wire and Rust verdicts.

pub mod cases;
pub mod cli;
mod fields;
pub mod kind;
pub mod render;

pub use kind::{Change, Direction, Kind, Rust, Wire};

use std::collections::BTreeMap;
use vault_codegen::model::{Api, ApiKind, Model};

/// Every change between two models, and the verdicts of the whole.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// The changes, sorted by API, message and path.
    pub changes: Vec<Change>,
    /// Every case of the constraint suite that differs between the two sides (`+fail/name`,
    /// `-fail/name`, `~pass/name`); empty until [`cases::attach`] fills it.
    pub cases: Vec<String>,
}

impl Report {
    /// The most severe wire verdict (`none` when nothing changed).
    pub fn wire(&self) -> Wire {
        self.changes.iter().map(|c| c.wire).max().unwrap_or(Wire::None)
    }

    /// The most severe Rust verdict (`patch` when nothing changed).
    pub fn rust(&self) -> Rust {
        self.changes.iter().map(|c| c.rust).max().unwrap_or(Rust::Patch)
    }
}

/// The label of an API in reports: `family/name`, or the name of a notification without an
/// endpoint.
pub fn label(api: &Api) -> String {
    match &api.endpoint {
        Some(endpoint) => format!("{}/{}", endpoint.family, api.name),
        None => api.name.clone(),
    }
}

/// Collects changes with their verdicts.
pub(crate) struct Recorder {
    changes: Vec<Change>,
}

impl Recorder {
    /// Records a change with its kind's verdicts.
    pub(crate) fn add(&mut self, at: At<'_>, kind: Kind, old: Option<String>, new: Option<String>) {
        let (wire, rust) = kind.verdicts();
        self.changes.push(Change {
            api: at.api.to_owned(),
            direction: at.direction,
            path: at.path.to_owned(),
            kind,
            old,
            new,
            wire,
            rust,
            cases: Vec::new(),
        });
    }
}

/// Where a change is.
#[derive(Clone, Copy)]
pub(crate) struct At<'a> {
    pub api: &'a str,
    pub direction: Option<Direction>,
    pub path: &'a str,
}

/// Compares two models.
pub fn diff(old: &Model, new: &Model) -> Report {
    let mut out = Recorder { changes: Vec::new() };
    let mut unmatched_old: BTreeMap<&str, Vec<&Api>> = BTreeMap::new();
    let mut unmatched_new: Vec<&Api> = Vec::new();
    for api in &old.apis {
        match new.apis.iter().find(|n| n.key() == api.key()) {
            Some(twin) => compare_api(&mut out, old, new, api, twin),
            None => unmatched_old.entry(api.name.as_str()).or_default().push(api),
        }
    }
    for api in new.apis.iter().filter(|n| !old.apis.iter().any(|o| o.key() == n.key())) {
        unmatched_new.push(api);
    }
    // An API whose only page moved to another family (same name on both sides, once each).
    for api in unmatched_new {
        let moved = match unmatched_old.get_mut(api.name.as_str()) {
            Some(list) if list.len() == 1 && new.apis.iter().filter(|a| a.name == api.name).count() == 1 => list.pop(),
            _ => None,
        };
        match moved {
            Some(previous) => {
                let at = At { api: &label(api), direction: None, path: "" };
                out.add(at, Kind::FamilyChanged, endpoint(previous), endpoint(api));
                compare_api(&mut out, old, new, previous, api);
            }
            None => out.add(At { api: &label(api), direction: None, path: "" }, Kind::ApiAdded, None, endpoint(api)),
        }
    }
    for api in unmatched_old.into_values().flatten() {
        out.add(At { api: &label(api), direction: None, path: "" }, Kind::ApiRemoved, endpoint(api), None);
    }
    moved_paths(&mut out, old, new);
    let mut changes = out.changes;
    changes.sort();
    changes.dedup();
    Report { changes, cases: Vec::new() }
}

/// `POST /v1/...` (or `GET`), with the large-message gateways the page routes it through: a
/// changed method or gateway moves the call as a changed path does.
fn endpoint(api: &Api) -> Option<String> {
    api.endpoint.as_ref().map(|e| {
        let gateways: Vec<String> = e.gateways.iter().map(|g| format!("{} {}", g.region, g.origin)).collect();
        let method = e.method.as_str();
        match gateways.is_empty() {
            true => format!("{method} {}", e.path),
            false => format!("{method} {} via {}", e.path, gateways.join(", ")),
        }
    })
}

fn compare_api(out: &mut Recorder, old_model: &Model, new_model: &Model, old: &Api, new: &Api) {
    let name = label(new);
    let at = At { api: &name, direction: None, path: "" };
    let (old_path, new_path) = (endpoint(old), endpoint(new));
    if old_path != new_path && old.module() == new.module() {
        out.add(at, Kind::EndpointChanged, old_path, new_path);
    }
    let (old_id, new_id) = (old.idempotency.as_ref().map(|i| &i.field), new.idempotency.as_ref().map(|i| &i.field));
    if old_id != new_id {
        out.add(at, Kind::IdempotencyFieldChanged, old_id.cloned(), new_id.cloned());
    }
    codes(out, &name, old, new);
    let prose = |api: &Api| (api.summary.clone(), api.docs.clone(), api.result_logic.clone());
    if prose(old) != prose(new) {
        out.add(at, Kind::DescriptionChanged, None, None);
    }
    let models = fields::Models {
        old: old_model,
        new: new_model,
        old_family: old.family.as_deref().unwrap_or_default(),
        new_family: new.family.as_deref().unwrap_or_default(),
    };
    let sent = match new.kind {
        ApiKind::Call => Direction::Request,
        ApiKind::Notification => Direction::Notification,
    };
    fields::compare(out, &models, At { api: &name, direction: Some(sent), path: "" }, &old.request, &new.request);
    if new.kind == ApiKind::Call {
        let at = At { api: &name, direction: Some(Direction::Response), path: "" };
        fields::compare(out, &models, at, &old.response, &new.response);
    }
}

fn codes(out: &mut Recorder, api: &str, old: &Api, new: &Api) {
    for code in &new.codes {
        let at = At { api, direction: None, path: &code.code };
        match old.codes.iter().find(|c| c.code == code.code) {
            None => out.add(at, Kind::ResultCodeAdded, None, Some(code.status.letter().to_owned())),
            Some(before) if before.status != code.status => out.add(
                at,
                Kind::ResultCodeStatusChanged,
                Some(before.status.letter().to_owned()),
                Some(code.status.letter().to_owned()),
            ),
            Some(before) if (&before.message, &before.action) != (&code.message, &code.action) => {
                out.add(at, Kind::DescriptionChanged, None, None)
            }
            Some(_) => {}
        }
    }
    for code in old.codes.iter().filter(|c| !new.codes.iter().any(|n| n.code == c.code)) {
        let at = At { api, direction: None, path: &code.code };
        out.add(at, Kind::ResultCodeRemoved, Some(code.status.letter().to_owned()), None);
    }
}

/// Public paths that disappear while their type name is still generated (the naming rule moved
/// it: another description of the name became its family's `family::Name`).
fn moved_paths(out: &mut Recorder, old: &Model, new: &Model) {
    let (before, after) = (vault_codegen::public_paths(old), vault_codegen::public_paths(new));
    let leaf = |path: &str| path.rsplit("::").next().unwrap_or(path).to_owned();
    let names_after: std::collections::BTreeSet<String> = after.iter().map(|p| leaf(p)).collect();
    for path in before.difference(&after) {
        // A name whose type is gone altogether is reported by the change that removed it.
        if names_after.contains(&leaf(path)) {
            out.add(At { api: "", direction: None, path }, Kind::PathRemoved, Some(path.clone()), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, diff};
    use vault_codegen::source::{SourceFile, Sources};

    fn model(page: &str) -> vault_codegen::model::Model {
        models(&[page])
    }

    fn models(pages: &[&str]) -> vault_codegen::model::Model {
        let mut sources = Sources::new();
        for (i, page) in pages.iter().enumerate() {
            let name = format!("page{i}.md");
            sources.add(SourceFile::new(&name, &name, *page));
        }
        vault_codegen::model(&sources, &vault_codegen::Config::default()).unwrap_or_default()
    }

    /// A type that a page of another family comes to share moves into the hidden shared module,
    /// but each family still names it by its own path: no Rust change for the first family.
    #[test]
    fn a_type_another_family_comes_to_share_keeps_its_family_path() {
        let page = include_str!("../../../tests/semver/rust-name-changed/old/page.md");
        let other = page.replace("/v1/things/createThing", "/v1/items/createThing");
        let report = diff(&model(page), &models(&[page, &other]));
        let kinds: Vec<Kind> = report.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [Kind::ApiAdded], "{report:#?}");
    }

    /// Moving a large-message gateway moves the call, as a changed path does.
    #[test]
    fn a_changed_gateway_is_an_endpoint_change() {
        let page =
            include_str!("../../../vault-codegen/tests/fixtures/variants/large_message_gateway/supply_evidence.md");
        let moved = page.replace("open-big-sea.alipay.com", "open-big-sg.alipay.com");
        let report = diff(&model(page), &model(&moved));
        let kinds: Vec<Kind> = report.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [Kind::EndpointChanged]);
        assert!(report.changes[0].new.as_deref().is_some_and(|n| n.contains("SG https://open-big-sg.alipay.com")));
    }

    /// A call the page now gives as GET is sent and signed otherwise: a break on the wire, while
    /// the Rust API stays (only `Operation::METHOD` changes).
    #[test]
    fn a_changed_method_is_an_endpoint_change() {
        let page = include_str!("../../../vault-codegen/tests/fixtures/variants/get_endpoint/inquiry_statement.md");
        let post = page.replace("`GET /v1/", "`POST /v1/");
        let report = diff(&model(&post), &model(page));
        let kinds: Vec<Kind> = report.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [Kind::EndpointChanged]);
        let change = &report.changes[0];
        assert_eq!(change.old.as_deref(), Some("POST /v1/aba/accounts/inquiryStatement"));
        assert_eq!(change.new.as_deref(), Some("GET /v1/aba/accounts/inquiryStatement"));
    }
}
