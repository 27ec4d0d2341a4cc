// The request-enum-value-added proof: the new boundary value against the new pages.
mod api {
    vault_macros::generate!(pages = "new");
}
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

fn main() {
    let mut request = api::things::CreateThingRequest::new(api::things::CreateThingRequired { thing_id: text!("T-1") });
    request.kind = Some(api::things::Kind::Medium);
}
