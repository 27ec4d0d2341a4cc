// Downstream code written against the OLD pages, as the README recommends (family paths,
// constructors and literal macros, wildcard arms). The proof compiles it against the old
// expansion (it must) and the new one (it must unless the differ's Rust verdict is major).
// updateThing describes `Detail` unlike createThing, the family's first API by name, so its
// type is at `things::update_thing::Detail`; when its page comes to agree, that path is gone.
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

fn main() {
    let request = api::things::CreateThingRequest::new(api::things::CreateThingRequired { thing_id: text!("T-1") });
    let mut update = api::things::UpdateThingRequest::new(api::things::UpdateThingRequired { thing_id: text!("T-1") });
    let mut detail = api::things::update_thing::Detail::new();
    detail.color = Some(text!("RED"));
    update.detail = Some(detail);
    let _ = (request, update);
}
