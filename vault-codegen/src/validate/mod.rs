//! Rules across pages. Builds the final [`Model`]: one API per name, one description per object
//! type and direction (types from the objects page are instantiated where they are used), every
//! reference resolved; then checks enums, generated names, secrets, codes and overrides.

mod names;
mod objects;
mod rules;

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::lower::PageModel;
use crate::model::{Api, Model};
use std::collections::BTreeMap;

/// Merges the pages into one model and reports what does not fit together.
pub fn validate(pages: Vec<PageModel>, config: &Config, sink: &mut Diagnostics) -> Model {
    let mut apis: BTreeMap<String, Api> = BTreeMap::new();
    let mut definitions = objects::Definitions::default();
    for page in pages {
        for object in page.objects {
            definitions.add(object, sink);
        }
        let Some(api) = page.api else { continue };
        match apis.get(&api.name) {
            Some(first) => {
                sink.error(api.span, format!("API `{}` is described by two pages", api.name))
                    .related(first.span, "first described here");
            }
            None => {
                apis.insert(api.name.clone(), api);
            }
        }
    }
    let mut apis: Vec<Api> = apis.into_values().collect();
    let objects = definitions.resolve(&apis, sink);
    rules::apply_next_steps(&mut apis, config, sink);
    let model = Model { apis, objects };
    rules::check_returned_with(&model, sink);
    rules::check_sensitive(&model, config, sink);
    names::check(&model, sink);
    model
}
