// The request-enum-value-added proof: one past the old boundary against the old pages (must not compile).
mod api {
    vault_macros::generate!(pages = "old");
}
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

fn main() {
    let mut request = api::things::CreateThingRequest::new(api::things::CreateThingRequired { thing_id: text!("T-1") });
    request.kind = Some(api::things::Kind::Medium);
}
