//! The lowered pages to one linked model: one API per family and name, the generator's
//! settings applied, every object type a field names resolved to the description its API sees
//! and placed (shared where the pages agree, scoped to an API where they differ), every closed
//! list given its enum, and values boxed where a type contains itself.

mod classes;
mod enums;
mod fields;
mod objects;
mod placement;
mod report;
mod settings;
mod shape;
mod view;

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::lower::page::{self as lowered, PageKind};
use crate::model::{Api, ApiKey, ApiKind, Direction, Model, NextStepRule, Object};
use enums::Owner;
use fields::{Linker, List};
use objects::{Definitions, Resolved};
use settings::{Naming, Settings};
use std::collections::BTreeMap;

/// Links the pages into one model and reports what does not fit together.
pub fn link(pages: Vec<lowered::Page>, config: &Config, sink: &mut Diagnostics) -> Model {
    let mut settings = Settings::new(config);
    let mut intake = Intake::default();
    for page in pages {
        intake.add(page, &mut settings, sink);
    }
    settings.report_unmatched_pages(sink);
    let named: Vec<(&lowered::Api, &str)> =
        intake.apis.iter().map(|(key, (api, _))| (api.as_ref(), key.name.as_str())).collect();
    let next_steps = settings.next_steps(&named, sink);
    let mut apis: Vec<Api<lowered::Field>> = intake
        .apis
        .into_values()
        .zip(next_steps)
        .map(|((api, naming), rules)| with_settings(api, naming, rules))
        .collect();
    intake.definitions.lists_named_after_themselves(&mut apis);
    let resolved = intake.definitions.resolve(&apis, sink);
    let enums = enums::name_enums(&apis, &resolved.objects);
    let linker = Linker::new(&resolved, &enums, &settings);
    let objects = link_objects(&linker, &resolved, sink);
    let apis = apis.into_iter().map(|api| link_api(&linker, api, sink)).collect();
    let model = Model {
        apis,
        objects,
        enums: enums.types,
        common_codes: intake.common_codes,
        deserialize_requests: settings.deserialize_requests(),
        constructors: settings.constructors(),
    };
    settings.check_sensitive(&model, sink);
    model
}

/// The pages, merged: one API per key, the object types they describe, the common codes.
#[derive(Default)]
struct Intake {
    apis: BTreeMap<ApiKey, (Box<lowered::Api>, Naming)>,
    /// The file of each API's page, to name both when a second page takes an API's key.
    files: BTreeMap<ApiKey, String>,
    definitions: Definitions,
    common_codes: Vec<crate::model::Code>,
}

impl Intake {
    fn add(&mut self, page: lowered::Page, settings: &mut Settings<'_>, sink: &mut Diagnostics) {
        // An objects page serves first the pages of its own directory.
        let bundle = page.path.parent().map(std::path::Path::to_path_buf).unwrap_or_default();
        match page.kind {
            PageKind::CommonCodes(codes) => self.common_codes.extend(codes),
            PageKind::Objects(objects) => {
                for object in objects {
                    self.definitions.add_shared(&bundle, object, sink);
                }
            }
            PageKind::Api { api, objects } => {
                let naming = settings.naming(&page.path);
                let family = naming.family.clone().or_else(|| api.endpoint.as_ref().map(|e| e.family.clone()));
                let key = ApiKey::of(family.as_deref(), naming.rust_name.as_deref().unwrap_or(&api.name));
                let file = file_name(&page.path);
                if let Some((first, _)) = self.apis.get(&key) {
                    let first_file = self.files.get(&key).map_or("", String::as_str);
                    settings::second_page(&api, &file, first, first_file, sink);
                    return;
                }
                self.definitions.add_api(&key, &bundle, objects, sink);
                self.files.insert(key.clone(), file);
                self.apis.insert(key, (api, naming));
            }
        }
    }
}

/// The file name of a page, as `rename` names it.
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// An API page with its settings; its fields are linked later.
fn with_settings(api: Box<lowered::Api>, naming: Naming, next_steps: Vec<NextStepRule>) -> Api<lowered::Field> {
    let api = *api;
    let family = naming.family.or_else(|| api.endpoint.as_ref().map(|e| e.family.clone()));
    Api {
        family,
        name: api.name,
        product: api.product,
        rust_name: naming.rust_name,
        feature: naming.feature,
        kind: api.kind,
        span: api.span,
        summary: api.summary,
        endpoint: api.endpoint,
        docs: api.docs,
        request: api.request,
        response: api.response,
        result_logic: api.result_logic,
        codes: api.codes,
        idempotency: api.idempotency,
        next_steps,
    }
}

fn link_api(linker: &Linker<'_>, api: Api<lowered::Field>, sink: &mut Diagnostics) -> Api {
    let key = api.key();
    let request =
        List { owner: Owner::Request(key.clone()), seen_by: &key, direction: api.sent_direction(), codes: None };
    let call = (api.kind == ApiKind::Call).then_some((api.name.as_str(), api.codes.as_slice()));
    let response =
        List { owner: Owner::Response(key.clone()), seen_by: &key, direction: Direction::Response, codes: call };
    let (request, response) =
        (linker.fields(&api.request, &request, sink), linker.fields(&api.response, &response, sink));
    api.with_fields(request, response)
}

/// The placed object types with their fields linked (as their first user sees them: all its
/// users agree).
fn link_objects(
    linker: &Linker<'_>,
    resolved: &Resolved,
    sink: &mut Diagnostics,
) -> BTreeMap<crate::model::ObjectKey, Object> {
    let mut objects = BTreeMap::new();
    for (key, placed) in &resolved.objects {
        let Some(seen_by) = placed.users.first() else { continue };
        let list = List { owner: Owner::Object(key.clone()), seen_by, direction: key.direction, codes: None };
        let object = &placed.object;
        objects.insert(
            key.clone(),
            Object {
                name: object.name.clone(),
                path: placed.path.clone(),
                also: placed.also.clone(),
                users: placed.users.clone(),
                direction: key.direction,
                fields: linker.fields(&object.fields, &list, sink),
                span: object.span,
                docs: object.docs.clone(),
            },
        );
    }
    objects
}
