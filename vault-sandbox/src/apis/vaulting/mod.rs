//! The card-vaulting family: sessions, vaulting a card (with 3-D Secure when asked), inquiry,
//! and the notifyVaulting message.

mod card;
mod create_vaulting_session;
mod inquire_vaulting;
mod notification;
mod vault_payment_method;

use crate::endpoint::Endpoint;
use crate::gateway::BuyerPage;
use std::collections::HashMap;
use vault_generated::vaults::{CreateVaultingSessionRequest, InquireVaultingRequest, VaultPaymentMethodRequest};

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<CreateVaultingSessionRequest>(map, create_vaulting_session::behaviour);
    super::add::<VaultPaymentMethodRequest>(map, vault_payment_method::behaviour);
    super::add::<InquireVaultingRequest>(map, inquire_vaulting::behaviour);
}

/// Where the buyer verifies a card: `/sandbox/verify/{clientId}/{vaultingRequestId}`.
pub(crate) const VERIFICATION_PAGE: BuyerPage =
    BuyerPage { prefix: "/sandbox/verify/", complete: vault_payment_method::complete_verification };
