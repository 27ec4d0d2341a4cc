// Downstream code written against the OLD pages, as the README recommends (family paths,
// constructors and literal macros, wildcard arms). The proof compiles it against the old
// expansion (it must) and the new one (it must unless the differ's Rust verdict is major).
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

fn main() {
    let answer: Option<api::things::CreateThingResponse> = serde_json::from_str(r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"thingStatus":"NEW","count":1}"#).ok();
    match answer.map(|a| a.thing_status) {
        Some(api::things::response::ThingStatus::Done) => {}
        _ => {}
    }
}
