//! The generator's settings (the arguments of `generate!`), applied to the pages: the only
//! reader of [`Config`]. A setting that names no page, API, code or field is reported at its
//! token of the macro's arguments, unless the settings say to ignore such names.

use crate::config::{Config, NEXT_STEPS};
use crate::diag::{Diagnostics, Origin};
use crate::lower::page::Api;
use crate::model::{ApiKind, Field, Model, NextStepRule, Status, Ty, When};
use crate::source::Span;
use std::path::Path;

/// The settings, and which page-level ones matched a page.
pub struct Settings<'a> {
    config: &'a Config,
    renamed: Vec<bool>,
    featured: Vec<bool>,
}

/// What the settings say about the API of one page.
pub struct Naming {
    /// The name its Rust items take instead of the page's.
    pub rust_name: Option<String>,
    /// The Cargo feature its items need.
    pub feature: Option<String>,
    /// The family of the `features` directory that holds it: the directory's own name.
    pub family: Option<String>,
}

impl<'a> Settings<'a> {
    pub fn new(config: &'a Config) -> Self {
        Settings { config, renamed: vec![false; config.renames.len()], featured: vec![false; config.features.len()] }
    }

    /// The Rust name and the feature of the API of the page at `path`: `rename` names the
    /// page's file, `features` a directory that holds it (directly or deeper).
    pub fn naming(&mut self, path: &Path) -> Naming {
        let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let rename = self.config.renames.iter().position(|r| r.page == file);
        let dirs: Vec<&Path> = path.ancestors().skip(1).collect();
        let feature = self.config.features.iter().position(|f| dirs.iter().any(|d| d.ends_with(&f.dir)));
        for (matched, index) in [(&mut self.renamed, rename), (&mut self.featured, feature)] {
            if let Some(index) = index {
                matched[index] = true;
            }
        }
        Naming {
            rust_name: rename.map(|i| self.config.renames[i].name.clone()),
            feature: feature.map(|i| self.config.features[i].name.clone()),
            family: feature.and_then(|i| family_of_dir(&self.config.features[i].dir)),
        }
    }

    /// Reports the renames and features that named no API page.
    pub fn report_unmatched_pages(&self, sink: &mut Diagnostics) {
        if self.config.ignore_unmatched {
            return;
        }
        for (index, rename) in self.config.renames.iter().enumerate().filter(|(i, _)| !self.renamed[*i]) {
            sink.error(
                Span::none(),
                format!("rename names the page `{}`, which is not an API page of the pages", rename.page),
            )
            .help("give the file name of a page, e.g. `pay_tokenized.md`")
            .origin(Origin::Rename(index));
        }
        for (index, feature) in self.config.features.iter().enumerate().filter(|(i, _)| !self.featured[*i]) {
            sink.error(
                Span::none(),
                format!("features names the directory `{}`, which holds no API page", feature.dir),
            )
            .help("give a directory of the pages, relative to them, e.g. `payments`")
            .origin(Origin::Feature(index));
        }
    }

    /// The next-step rules of each API (`apis` with their Rust names), in order; reports rules
    /// that name no API, code or step (at that token of the macro's arguments).
    pub fn next_steps(&self, apis: &[(&Api, &str)], sink: &mut Diagnostics) -> Vec<Vec<NextStepRule>> {
        let mut rules = vec![Vec::new(); apis.len()];
        for (index, rule) in self.config.next_steps.iter().enumerate() {
            let mut matching =
                apis.iter().enumerate().filter(|(_, (a, name))| *name == rule.api && a.kind == ApiKind::Call);
            let (Some((at, (api, _))), None) = (matching.next(), matching.next()) else {
                if self.config.ignore_unmatched {
                    continue;
                }
                let message = format!("next_steps names `{}`, which is not exactly one API of the pages", rule.api);
                sink.error(Span::none(), message).origin(Origin::NextStepApi(index));
                continue;
            };
            if !NEXT_STEPS.contains(&rule.step.as_str()) {
                sink.error(Span::none(), format!("next_steps: `{}` is not a next step", rule.step))
                    .help(format!("use one of {}", NEXT_STEPS.join(", ")))
                    .origin(Origin::NextStepWhen(index));
                continue;
            }
            let when = match rule.when.as_str() {
                "U" => When::Status(Status::U),
                "F" => When::Status(Status::F),
                code if api.codes.iter().any(|c| c.code == code && c.status != Status::S) => {
                    When::Code(code.to_owned())
                }
                other => {
                    let message = format!(
                        "next_steps for `{}`: `{other}` is neither `U`, `F` nor a failure code of its table",
                        rule.api
                    );
                    sink.error(Span::none(), message).origin(Origin::NextStepWhen(index));
                    continue;
                }
            };
            rules[at].push(NextStepRule { when, step: rule.step.clone() });
        }
        rules
    }

    /// Whether a field's values are secrets.
    pub fn is_sensitive(&self, field: &str) -> bool {
        self.config.sensitive.iter().any(|name| name == field)
    }

    /// The Cargo feature under which request types implement `Deserialize`.
    pub fn deserialize_requests(&self) -> Option<String> {
        self.config.deserialize_requests.clone()
    }

    /// Whether the request constructor macros are emitted.
    pub fn constructors(&self) -> bool {
        self.config.constructors
    }

    /// Every configured secret field exists somewhere and is a string, so that a typo cannot
    /// leave a secret printable.
    pub fn check_sensitive(&self, model: &Model, sink: &mut Diagnostics) {
        let fields: Vec<&Field> = model.field_lists().flat_map(|(_, fields)| fields).collect();
        for (index, wanted) in self.config.sensitive.iter().enumerate() {
            let matching: Vec<&&Field> = fields.iter().filter(|f| f.name == *wanted).collect();
            if matching.is_empty() && !self.config.ignore_unmatched {
                sink.error(Span::none(), format!("the sensitive field `{wanted}` is not a field of any page"))
                    .help("list wire names exactly as the pages spell them, e.g. `cardNo`")
                    .origin(Origin::Sensitive(index));
            }
            for field in matching.into_iter().filter(|f| !matches!(f.ty, Ty::Text { .. })) {
                sink.error(
                    field.span,
                    format!("`{}` is listed as sensitive but is not a plain `String` field", field.name),
                )
                .help("only string values can be kept secret; remove it from `sensitive`");
            }
        }
    }
}

/// A second page for an API key another page already has (the vendor publishes some endpoints
/// once per product): reported at the second page with both files named and the `rename` line
/// that gives it its own Rust name. Nothing is renamed without that line, so that adding a
/// page never changes the names the code of the first page already uses.
pub fn second_page(api: &Api, file: &str, first: &Api, first_file: &str, sink: &mut Diagnostics) {
    let name = suggested_name(api, file);
    let path = api.endpoint.as_ref().map_or("", |e| e.path.as_str());
    sink.error(api.span, format!("API `{}` is described by two pages, `{first_file}` and `{file}`", api.name))
        .related(first.span, format!("`{first_file}` describes it first"))
        .help(format!(
            "give the page you added its own Rust name in `generate!`: `rename = {{ \"{file}\": {name} }}`; its wire name `{}` and its path `{path}` stay the page's",
            api.name
        ));
}

/// A Rust API name for a second page: its file name in lowerCamelCase when that differs from the
/// API name (`consult_auto.md` → `consultAuto`), else the API name and the product its title
/// names (`# consult (Auto Debit)` → `consultAutoDebit`).
fn suggested_name(api: &Api, file: &str) -> String {
    let lower_camel = |text: &str| {
        let pascal = crate::names::pascal(text);
        let mut chars = pascal.chars();
        chars.next().map(|c| c.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
    };
    let stem = file.strip_suffix(".md").unwrap_or(file);
    let from_file = lower_camel(stem);
    if from_file != api.name && from_file.starts_with(|c: char| c.is_ascii_lowercase()) {
        return from_file;
    }
    match api.product.as_deref().filter(|p| !crate::names::words(p).is_empty()) {
        Some(product) => format!("{}{}", api.name, crate::names::pascal(product)),
        None => "otherName".to_owned(),
    }
}

/// The family of a `features` directory: its last component, snake-cased (`api-docs/aba` →
/// `aba`), the name of its module.
fn family_of_dir(dir: &str) -> Option<String> {
    let last = Path::new(dir).file_name()?.to_string_lossy();
    let family = crate::names::snake(&last);
    (!family.is_empty()).then_some(family)
}

#[cfg(test)]
mod tests {
    use super::suggested_name;
    use crate::lower::page::Api;
    use crate::model::ApiKind;
    use crate::source::Span;

    fn page(name: &str, product: Option<&str>) -> Api {
        Api {
            name: name.to_owned(),
            product: product.map(str::to_owned),
            kind: ApiKind::Call,
            span: Span::none(),
            summary: None,
            endpoint: None,
            docs: Vec::new(),
            request: Vec::new(),
            response: Vec::new(),
            result_logic: Vec::new(),
            codes: Vec::new(),
            idempotency: None,
        }
    }

    /// The file name when it says more than the API name, else the product of the title.
    #[test]
    fn a_second_page_is_offered_a_name_from_its_file_or_its_product() {
        assert_eq!(suggested_name(&page("consult", None), "consult_auto.md"), "consultAuto");
        assert_eq!(suggested_name(&page("pay", Some("Tokenized")), "pay_tokenized.md"), "payTokenized");
        assert_eq!(suggested_name(&page("consult", Some("One-time Payments")), "consult.md"), "consultOneTimePayments");
        assert_eq!(suggested_name(&page("consult", Some("自动扣款")), "consult.md"), "otherName");
        assert_eq!(suggested_name(&page("consult", None), "consult.md"), "otherName");
    }
}
