// The request-range-widened proof: the new boundary value against the new pages.
mod api {
    vault_macros::generate!(pages = "new");
}
#[allow(unused_imports)]
use vault_runtime::{ApiError, ApiResult, ResultStatus, fixed, int, list, text};

fn main() {
    let mut request = api::things::CreateThingRequest::new(api::things::CreateThingRequired { thing_id: text!("T-1") });
    request.size = Some(int!(9_223_372_036_854_775_807));
}
