//! The card-vaulting family: sessions, vaulting a card (with 3-D Secure when asked), inquiry,
//! and the notifyVaulting message.

mod card;
mod create_vaulting_session;
mod inquire_vaulting;
mod notification;
mod vault_payment_method;

use crate::endpoint::{Endpoint, unknown_on_store_failure};
use crate::gateway::BuyerPage;
use crate::state::{Vaulting, VaultingState};
use std::collections::HashMap;
use vault_generated::Secret;
use vault_generated::vaulting::response::{CardPaymentMethodDetail, PaymentMethodDetail, VaultingStatus};
use vault_generated::vaulting::{
    CreateVaultingSessionError, CreateVaultingSessionRequest, InquireVaultingError, InquireVaultingRequest,
    VaultPaymentMethodError, VaultPaymentMethodRequest,
};

unknown_on_store_failure!(CreateVaultingSessionError, VaultPaymentMethodError, InquireVaultingError);

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<CreateVaultingSessionRequest>(map, create_vaulting_session::behaviour);
    super::add::<VaultPaymentMethodRequest>(map, vault_payment_method::behaviour);
    super::add::<InquireVaultingRequest>(map, inquire_vaulting::behaviour);
}

/// Where the buyer verifies a card: `/sandbox/verify/{clientId}/{vaultingRequestId}`.
pub(crate) const VERIFICATION_PAGE: BuyerPage = BuyerPage {
    kind: <crate::state::Vaulting as crate::store::Record>::KIND,
    prefix: "/sandbox/verify/",
    complete: vault_payment_method::complete_verification,
};

/// The page's vaulting status of a state.
fn status(state: VaultingState) -> VaultingStatus {
    match state {
        VaultingState::Success => VaultingStatus::Success,
        VaultingState::Fail => VaultingStatus::Fail,
        VaultingState::Processing => VaultingStatus::Processing,
    }
}

/// The payment method of a vaulted card, with its token.
fn payment_method(vaulting: &Vaulting) -> PaymentMethodDetail {
    let mut card = vaulting.card.clone();
    card.card_token = Some(Secret::new(vaulting.card_token.clone()));
    card_method(card)
}

/// A `CARD` payment method with its card.
fn card_method(card: CardPaymentMethodDetail) -> PaymentMethodDetail {
    let mut method = PaymentMethodDetail::default();
    method.payment_method_type = "CARD".to_owned();
    method.card = Some(card);
    method
}
