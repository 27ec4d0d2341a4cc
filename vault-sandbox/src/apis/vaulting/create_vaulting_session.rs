//! `createVaultingSession`: opens a session with encrypted-looking data and an expiry (by the
//! sandbox clock).

use crate::endpoint::{Caller, success_result};
use crate::state::Session;
use crate::store::Tx;
use base64::Engine as _;
use chrono::Duration;
use vault_generated::Secret;
use vault_generated::vaulting::{
    CreateVaultingSessionError, CreateVaultingSessionRequest, CreateVaultingSessionResponse,
};

/// Sessions live 30 minutes.
const LIFETIME_MINUTES: i64 = 30;

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &CreateVaultingSessionRequest,
) -> Result<CreateVaultingSessionResponse, CreateVaultingSessionError> {
    let id = crate::apis::random_id("VS");
    let data = base64::engine::general_purpose::STANDARD.encode(crate::apis::random_bytes::<144>());
    let expiry = tx.now() + Duration::minutes(LIFETIME_MINUTES);
    tx.insert(&Session {
        id: id.clone(),
        vaulting_request_id: request.vaulting_request_id.as_str().to_owned(),
        client_id: caller.client_id.clone(),
        notification_url: request.vaulting_notification_url.as_str().to_owned(),
        expiry,
    })?;
    let mut response = CreateVaultingSessionResponse::default();
    response.result = success_result::<CreateVaultingSessionError>();
    response.vaulting_session_data = Secret::new(data);
    response.vaulting_session_id = id;
    response.vaulting_session_expiry_time = expiry;
    Ok(response)
}
