//! `inquireVaulting`: how a vaulting stands.

use super::vault_payment_method::payment_method;
use crate::endpoint::{Caller, success_result};
use crate::state::{VaultingState, World};
use vault_generated::response::VaultingStatus;
use vault_generated::{InquireVaultingError, InquireVaultingRequest, InquireVaultingResponse};
use vault_runtime::{ApiError, ApiResult, ResultStatus};

pub(crate) fn behaviour(
    world: &mut World,
    caller: &Caller,
    request: &InquireVaultingRequest,
) -> Result<InquireVaultingResponse, ApiResult> {
    let id = request.vaulting_request_id.as_str();
    let Some(vaulting) = world.vaulting(&caller.client_id, id) else {
        return Err(ApiResult::new("VAULTING_NOT_EXIST", ResultStatus::F, ""));
    };
    let processing = vaulting.state == VaultingState::Processing;
    let mut response = InquireVaultingResponse::default();
    response.result = success_result(InquireVaultingError::CODES);
    response.vaulting_request_id = id.to_owned();
    response.vaulting_status = Some(status(vaulting.state));
    response.payment_method_detail = (vaulting.state == VaultingState::Success).then(|| payment_method(vaulting));
    response.normal_url = vaulting.verification_url.clone().filter(|_| processing);
    response.scheme_url = processing.then(|| format!("antom-sandbox://verify/{id}"));
    response.applink_url = vaulting.verification_url.clone().filter(|_| processing);
    Ok(response)
}

/// The page's vaulting status of a state.
pub(crate) fn status(state: VaultingState) -> VaultingStatus {
    match state {
        VaultingState::Success => VaultingStatus::Success,
        VaultingState::Fail => VaultingStatus::Fail,
        VaultingState::Processing => VaultingStatus::Processing,
    }
}
