//! `vaultPaymentMethod`: checks the card, vaults it (or asks for 3-D Secure first), and
//! notifies the merchant of the outcome.

use super::{VERIFICATION_PAGE, card, notification};
use crate::endpoint::{Caller, success_result};
use crate::gateway::BuyerPage;
use crate::state::{Vaulting, VaultingState, World};
use vault_generated::Secret;
use vault_generated::response::{CardPaymentMethodDetail, PaymentMethodDetail};
use vault_generated::vaults::{VaultPaymentMethodError, VaultPaymentMethodRequest, VaultPaymentMethodResponse};
use vault_runtime::ApiError as _;

pub(crate) fn behaviour(
    world: &mut World,
    caller: &Caller,
    request: &VaultPaymentMethodRequest,
) -> Result<VaultPaymentMethodResponse, VaultPaymentMethodError> {
    let id = request.vaulting_request_id.as_str();
    if let Some(existing) = world.vaulting(&caller.client_id, id) {
        // The same id again: never a second vaulting; answer how the first one stands.
        return answer(existing);
    }
    let Some(card) = &request.payment_method_detail.card else {
        let message = "paymentMethodDetail.card is required to vault a card".to_owned();
        return Err(VaultPaymentMethodError::ParamIllegal { message });
    };
    let number = card.card_no.expose().as_str();
    if let Some(problem) = card::problem(number, card.expiry_year.as_str(), card.expiry_month.as_str()) {
        return Err(VaultPaymentMethodError::VerificationFail { message: problem.to_owned() });
    }
    let verify = card.is_3ds_authentication == Some(true);
    let brand = card.brand.as_ref().map_or_else(|| card::brand(number).to_owned(), |b| b.as_str().to_owned());
    let vaulting = Vaulting {
        vaulting_request_id: id.to_owned(),
        client_id: caller.client_id.clone(),
        state: if verify { VaultingState::Processing } else { VaultingState::Success },
        card: vaulted_card(number, brand),
        card_token: crate::apis::random_id("CT"),
        notification_url: request.vaulting_notification_url.as_str().to_owned(),
        redirect_url: request.redirect_url.as_str().to_owned(),
        created: crate::clock::at(chrono::Duration::zero()),
        verification_url: verify
            .then(|| BuyerPage::url(&caller.sandbox_url, VERIFICATION_PAGE.prefix, &caller.client_id, id)),
    };
    if !verify {
        world.notify(notification::outcome(&vaulting));
    }
    let reply = answer(&vaulting);
    world.vaultings.push(vaulting);
    reply
}

/// What the sandbox knows of a vaulted card (the token is added when it is handed out).
fn vaulted_card(number: &str, brand: String) -> CardPaymentMethodDetail {
    let mut card = CardPaymentMethodDetail::default();
    card.masked_card_no = Some(card::masked(number));
    card.brand = Some(brand);
    card.funding = Some("CREDIT".to_owned());
    card.issuing_country = Some("US".to_owned());
    card
}

/// The answer for a vaulting as it stands.
fn answer(vaulting: &Vaulting) -> Result<VaultPaymentMethodResponse, VaultPaymentMethodError> {
    let mut response = VaultPaymentMethodResponse::default();
    response.result = success_result::<VaultPaymentMethodError>();
    response.vaulting_request_id = vaulting.vaulting_request_id.clone();
    match vaulting.state {
        VaultingState::Success => response.payment_method_detail = Some(payment_method(vaulting)),
        VaultingState::Processing => {
            // A `U` answer that carries the response's fields (the URLs), so it is a response
            // whose result is the error's.
            let pending = VaultPaymentMethodError::VerificationInProcess {
                message: String::new(),
                normal_url: None,
                scheme_url: None,
                applink_url: None,
            };
            response.result = pending.to_result();
            response.normal_url = vaulting.verification_url.clone();
            response.applink_url = vaulting.verification_url.clone();
            response.scheme_url = Some(format!("antom-sandbox://verify/{}", vaulting.vaulting_request_id));
        }
        VaultingState::Fail => {
            return Err(VaultPaymentMethodError::VerificationFail { message: String::new() });
        }
    }
    Ok(response)
}

/// The payment method of a vaulted card, with its token.
pub(crate) fn payment_method(vaulting: &Vaulting) -> PaymentMethodDetail {
    let mut card = vaulting.card.clone();
    card.card_token = Some(Secret::new(vaulting.card_token.clone()));
    card_method(card)
}

/// A `CARD` payment method with its card.
pub(crate) fn card_method(card: CardPaymentMethodDetail) -> PaymentMethodDetail {
    let mut method = PaymentMethodDetail::default();
    method.payment_method_type = "CARD".to_owned();
    method.card = Some(card);
    method
}

/// Finishes a 3-D Secure verification: the card is vaulted (or not) and the merchant notified.
pub(crate) fn complete_verification(
    world: &mut World,
    client_id: &str,
    vaulting_request_id: &str,
    verified: bool,
) -> Option<String> {
    let vaulting = world.vaultings.iter_mut().find(|v| {
        v.client_id == client_id && v.vaulting_request_id == vaulting_request_id && v.state == VaultingState::Processing
    })?;
    vaulting.state = if verified { VaultingState::Success } else { VaultingState::Fail };
    vaulting.verification_url = None;
    let (outgoing, redirect) = (notification::outcome(vaulting), vaulting.redirect_url.clone());
    world.notify(outgoing);
    Some(redirect)
}
