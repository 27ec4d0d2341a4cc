//! `inquireVaulting`: how a vaulting stands.

use super::{payment_method, status};
use crate::endpoint::{Caller, success_result};
use crate::state::{Vaulting, VaultingState};
use crate::store::Tx;
use vault_generated::vaulting::{InquireVaultingError, InquireVaultingRequest, InquireVaultingResponse};

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &InquireVaultingRequest,
) -> Result<InquireVaultingResponse, InquireVaultingError> {
    let id = request.vaulting_request_id.as_str();
    let Some(vaulting) = tx.peek_by::<Vaulting>(&Vaulting::by_request(&caller.client_id, id))? else {
        return Err(InquireVaultingError::VaultingNotExist { message: String::new() });
    };
    let processing = vaulting.state == VaultingState::Processing;
    let mut response = InquireVaultingResponse::default();
    response.result = success_result::<InquireVaultingError>();
    response.vaulting_request_id = id.to_owned();
    response.vaulting_status = Some(status(vaulting.state));
    response.payment_method_detail = (vaulting.state == VaultingState::Success).then(|| payment_method(&vaulting));
    response.normal_url = vaulting.verification_url.clone().filter(|_| processing);
    response.scheme_url = processing.then(|| format!("antom-sandbox://verify/{id}"));
    response.applink_url = vaulting.verification_url.clone().filter(|_| processing);
    Ok(response)
}
