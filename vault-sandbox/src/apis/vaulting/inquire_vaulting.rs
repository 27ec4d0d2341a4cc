//! `inquireVaulting`: how a vaulting stands.

use super::vault_payment_method::payment_method;
use crate::endpoint::{Caller, success_result};
use crate::state::{VaultingState, World};
use vault_generated::response::VaultingStatus;
use vault_generated::vaults::{InquireVaultingError, InquireVaultingRequest, InquireVaultingResponse};

pub(crate) fn behaviour(
    world: &mut World,
    caller: &Caller,
    request: &InquireVaultingRequest,
) -> Result<InquireVaultingResponse, InquireVaultingError> {
    let id = request.vaulting_request_id.as_str();
    let Some(vaulting) = world.vaulting(&caller.client_id, id) else {
        return Err(InquireVaultingError::VaultingNotExist { message: String::new() });
    };
    let processing = vaulting.state == VaultingState::Processing;
    let mut response = InquireVaultingResponse::default();
    response.result = success_result::<InquireVaultingError>();
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
