//! The notifyVaulting message for a vaulting that ended.

use super::{card_method, payment_method, status};
use crate::endpoint::success_result;
use crate::state::{Vaulting, VaultingState};
use crate::store::outbox::Outgoing;
use vault_generated::vaulting::VaultPaymentMethodError;
use vault_generated::vaulting::VaultingNotification;
use vault_runtime::ApiError as _;

/// The message for a vaulting as it stands (sent when it ends).
pub(crate) fn outcome(vaulting: &Vaulting) -> Outgoing {
    let result = match vaulting.state {
        VaultingState::Fail => VaultPaymentMethodError::VerificationFail { message: String::new() }.to_result(),
        VaultingState::Success | VaultingState::Processing => success_result::<VaultPaymentMethodError>(),
    };
    let payment_method_detail = match vaulting.state {
        VaultingState::Success => payment_method(vaulting),
        VaultingState::Fail | VaultingState::Processing => card_method(vaulting.card.clone()),
    };
    let mut notification = VaultingNotification::default();
    notification.notify_type = Some("VAULTING_RESULT".to_owned());
    notification.result = result;
    notification.vaulting_request_id = vaulting.vaulting_request_id.clone();
    notification.vaulting_status = Some(status(vaulting.state));
    notification.payment_method_detail = payment_method_detail;
    notification.vaulting_create_time = Some(vaulting.created);
    Outgoing::new(&vaulting.notification_url, &vaulting.client_id, &notification)
}
