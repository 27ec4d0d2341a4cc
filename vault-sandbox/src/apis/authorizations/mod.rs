//! The authorizations family: consult asks for the user's authorization (the user agrees at
//! `/sandbox/authorize/{clientId}/{authState}` and returns to `authRedirectUrl` with `authCode`
//! and `authState`, as the page says, while notifyAuthorization `AUTHCODE_CREATED` goes to
//! `authNotifyUrl`); applyToken exchanges the code, once, for an access token and a refresh
//! token, and a refresh token for a new access token (the old one stops working); revoke ends
//! the authorization: none of its tokens works any more (notifyAuthorization
//! `TOKEN_CANCELED`). Tokens expire by the sandbox clock.

mod tokens;

use crate::endpoint::{Caller, Endpoint, success_result};
use crate::gateway::BuyerPage;
use crate::state::{Authorization, AuthorizationState};
use crate::store::outbox::Outgoing;
use crate::store::{StoreError, Tx};
use std::collections::HashMap;
use vault_generated::authorizations::AuthorizationNotification;
use vault_generated::authorizations::response::AuthorizationNotifyType;

// The generated types of the family's pages: the only place that names them.
use vault_generated::authorizations::{
    ApplyTokenError, ApplyTokenRequest, ConsultError, ConsultRequest, ConsultResponse, RevokeError, RevokeRequest,
};

crate::endpoint::unknown_on_store_failure!(ConsultError, ApplyTokenError, RevokeError);

/// Adds the family's endpoints.
pub(crate) fn add(map: &mut HashMap<&'static str, Box<dyn Endpoint>>) {
    super::add::<ConsultRequest>(map, consult);
    super::add::<ApplyTokenRequest>(map, tokens::apply);
    super::add::<RevokeRequest>(map, tokens::revoke);
}

/// Where the user agrees (`?outcome=fail`: refuses).
pub(crate) const CONSENT_PAGE: BuyerPage =
    BuyerPage { kind: <Authorization as crate::store::Record>::KIND, prefix: "/sandbox/authorize/", complete: consent };

/// consult: an authorization waiting for the user; the same `authState` again answers the
/// same URL while the user has not answered.
fn consult(tx: &mut Tx<'_>, caller: &Caller, request: &ConsultRequest) -> Result<ConsultResponse, ConsultError> {
    let auth_state = request.auth_state.as_str();
    let existing = tx.find::<Authorization>(&Authorization::by_state(&caller.client_id, auth_state))?;
    let authorization = match existing {
        Some(existing) if existing.state == AuthorizationState::AwaitingUser => existing,
        Some(_) => {
            let why = "authState: this authorization was already answered; start another with a new authState";
            return Err(crate::apis::refuse(vault_generated::CommonCode::ProcessFail, why));
        }
        None => {
            let url = BuyerPage::url(&caller.sandbox_url, CONSENT_PAGE.prefix, &caller.client_id, auth_state);
            let authorization = Authorization {
                auth_code: crate::apis::random_id("AC"),
                client_id: caller.client_id.clone(),
                auth_state: auth_state.to_owned(),
                customer_belongs_to: request.customer_belongs_to.as_str().to_owned(),
                redirect_url: request.auth_redirect_url.as_str().to_owned(),
                notify_url: request.auth_notify_url.as_ref().map(|url| url.as_str().to_owned()),
                consent_url: Some(url),
                state: AuthorizationState::AwaitingUser,
                updated: tx.now(),
            };
            tx.insert(&authorization)?;
            authorization
        }
    };
    let mut response = ConsultResponse::default();
    response.result = success_result::<ConsultError>();
    response.auth_url = authorization.consent_url.clone();
    response.normal_url = authorization.consent_url;
    Ok(response)
}

/// The user agrees (or refuses) at the consent page; the user returns to the merchant.
fn consent(tx: &mut Tx<'_>, client_id: &str, auth_state: &str, agreed: bool) -> Result<Option<String>, StoreError> {
    let found = tx.find::<Authorization>(&Authorization::by_state(client_id, auth_state))?;
    let Some(mut authorization) = found.filter(|a| a.state == AuthorizationState::AwaitingUser) else {
        return Ok(None);
    };
    authorization.consent_url = None;
    authorization.updated = tx.now();
    if !agreed {
        authorization.state = AuthorizationState::Refused;
        tx.update(&authorization)?;
        return Ok(Some(authorization.redirect_url));
    }
    authorization.state = AuthorizationState::CodeIssued;
    tx.update(&authorization)?;
    if let Some(outgoing) = notification(&authorization, AuthorizationNotifyType::AuthcodeCreated) {
        tx.notify(outgoing)?;
    }
    let back = url::Url::parse(&authorization.redirect_url).map(|mut url| {
        url.query_pairs_mut().append_pair("authCode", &authorization.auth_code).append_pair("authState", auth_state);
        url.to_string()
    });
    Ok(Some(back.unwrap_or(authorization.redirect_url)))
}

/// notifyAuthorization for an authorization (none without `authNotifyUrl`).
fn notification(authorization: &Authorization, kind: AuthorizationNotifyType) -> Option<Outgoing> {
    let url = authorization.notify_url.as_deref()?;
    let mut message = AuthorizationNotification::default();
    message.authorization_notify_type = kind.clone();
    message.result = success_result::<ConsultError>();
    message.auth_state = Some(authorization.auth_state.clone());
    if kind == AuthorizationNotifyType::AuthcodeCreated {
        message.auth_code = Some(authorization.auth_code.clone());
    }
    Some(Outgoing::new(url, &authorization.client_id, &message))
}
