//! `vaultPaymentMethod`: checks the card, vaults it (or asks for 3-D Secure first), and
//! notifies the merchant of the outcome.

use super::{VERIFICATION_PAGE, card, notification, payment_method};
use crate::endpoint::{Caller, success_result};
use crate::gateway::BuyerPage;
use crate::state::{Vaulting, VaultingState};
use crate::store::{StoreError, Tx};
use vault_generated::vaulting::response::CardPaymentMethodDetail;
use vault_generated::vaulting::{VaultPaymentMethodError, VaultPaymentMethodRequest, VaultPaymentMethodResponse};
use vault_runtime::ApiError as _;

pub(crate) fn behaviour(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &VaultPaymentMethodRequest,
) -> Result<VaultPaymentMethodResponse, VaultPaymentMethodError> {
    let id = request.vaulting_request_id.as_str();
    if let Some(existing) = tx.find::<Vaulting>(&Vaulting::by_request(&caller.client_id, id))? {
        // The same id again: never a second vaulting; answer how the first one stands.
        return answer(&existing);
    }
    let Some(card) = &request.payment_method_detail.card else {
        let message = "paymentMethodDetail.card is required to vault a card".to_owned();
        return Err(VaultPaymentMethodError::ParamIllegal { message });
    };
    let number = card.card_no.expose().as_str();
    if let Some(problem) = card::problem(number, card.expiry_year.as_str(), card.expiry_month.as_str(), tx.now()) {
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
        created: tx.now(),
        verification_url: verify
            .then(|| BuyerPage::url(&caller.sandbox_url, VERIFICATION_PAGE.prefix, &caller.client_id, id)),
    };
    tx.insert(&vaulting)?;
    if !verify {
        tx.notify(notification::outcome(&vaulting))?;
    }
    answer(&vaulting)
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

/// Finishes a 3-D Secure verification: the card is vaulted (or not) and the merchant notified.
pub(crate) fn complete_verification(
    tx: &mut Tx<'_>,
    client_id: &str,
    vaulting_request_id: &str,
    verified: bool,
) -> Result<Option<String>, StoreError> {
    let vaulting = tx.find::<Vaulting>(&Vaulting::by_request(client_id, vaulting_request_id))?;
    let Some(mut vaulting) = vaulting.filter(|v| v.state == VaultingState::Processing) else {
        return Ok(None);
    };
    vaulting.state = if verified { VaultingState::Success } else { VaultingState::Fail };
    vaulting.verification_url = None;
    tx.update(&vaulting)?;
    tx.notify(notification::outcome(&vaulting))?;
    Ok(Some(vaulting.redirect_url))
}
