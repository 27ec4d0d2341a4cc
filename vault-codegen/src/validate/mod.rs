//! Rules across pages. Builds the final [`Model`]: one API per family and name, object types
//! shared where every page agrees and scoped to an API where pages differ, every reference
//! resolved and every generated type placed; then checks enums, generated names, secrets,
//! codes and overrides.

pub mod layout;
mod names;
mod objects;
mod rules;
pub mod shape;

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::lower::PageModel;
use crate::model::{Api, ApiKey, Model};
use std::collections::BTreeMap;

/// Merges the pages into one model and reports what does not fit together.
pub fn validate(pages: Vec<PageModel>, config: &Config, sink: &mut Diagnostics) -> Model {
    let mut apis: BTreeMap<ApiKey, Api> = BTreeMap::new();
    let mut definitions = objects::Definitions::default();
    let mut common_codes = Vec::new();
    for page in pages {
        common_codes.extend(page.common_codes);
        let Some(api) = page.api else {
            for object in page.objects {
                definitions.add_shared(&page.bundle, object, sink);
            }
            continue;
        };
        let key = api.key();
        match apis.get(&key) {
            Some(first) => {
                sink.error(api.span, format!("API `{}` is described by two pages", api.name))
                    .related(first.span, "first described here")
                    .help("two pages of one family cannot have the same API name: give one of them another Rust name with the generator's `rename = { \"page.md\": otherName }`");
            }
            None => {
                definitions.add_api(&key, &page.bundle, page.objects, sink);
                apis.insert(key, api);
            }
        }
    }
    let mut apis: Vec<Api> = apis.into_values().collect();
    rules::apply_next_steps(&mut apis, config, sink);
    let resolved = definitions.resolve(&apis, sink);
    let mut model = Model {
        apis,
        objects: resolved.objects,
        enums: BTreeMap::new(),
        common_codes,
        deserialize_requests: config.deserialize_requests.clone(),
    };
    layout::place(&mut model, &resolved.uses);
    rules::resolve_returned_with(&mut model, sink);
    rules::check_sensitive(&model, config, sink);
    names::check(&model, sink);
    model
}
