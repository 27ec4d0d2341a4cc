// Downstream code written against the OLD pages, as the README recommends (family paths,
// constructors and literal macros, wildcard arms). The proof compiles it against the old
// expansion (it must) and the new one (it must unless the differ's Rust verdict is major).
// Both APIs share `things::Detail` in the old pages; in the new ones createThing's differs and,
// first by name, keeps `things::Detail`, so updateThing's detail becomes
// `things::update_thing::Detail` and the shared value no longer fits it.
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

fn main() {
    let mut detail = api::things::Detail::new();
    detail.color = Some(text!("red"));
    let mut update = api::things::UpdateThingRequest::new(api::things::UpdateThingRequired { thing_id: text!("T-1") });
    update.detail = Some(detail);
}
