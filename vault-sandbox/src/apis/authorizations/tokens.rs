//! applyToken and revoke: the tokens of an authorization, which work until revoked or expired
//! (by the sandbox clock).

use super::{ApplyTokenError, RevokeError, notification};
use crate::apis::refuse;
use crate::endpoint::{Caller, success_result};
use crate::state::{Authorization, AuthorizationState, Token, TokenKind};
use crate::store::{StoreError, Tx};
use vault_generated::authorizations::GrantType;
use vault_generated::authorizations::response::AuthorizationNotifyType;
use vault_generated::authorizations::{ApplyTokenRequest, ApplyTokenResponse, RevokeRequest, RevokeResponse};
use vault_generated::{CommonCode, Secret};

/// How long an access token works (a sandbox choice; the page leaves it to the wallet).
const ACCESS_DAYS: i64 = 30;
/// How long a refresh token works.
const REFRESH_DAYS: i64 = 90;

pub(super) fn apply(
    tx: &mut Tx<'_>,
    caller: &Caller,
    request: &ApplyTokenRequest,
) -> Result<ApplyTokenResponse, ApplyTokenError> {
    let (authorization, refresh) = match request.grant_type {
        GrantType::AuthorizationCode => {
            let Some(code) = request.auth_code.as_ref() else {
                return Err(refuse(CommonCode::ParamIllegal, "authCode: required with grantType AUTHORIZATION_CODE"));
            };
            let found = tx.get::<Authorization>(code.as_str())?.filter(|a| a.client_id == caller.client_id);
            let Some(authorization) = found.filter(|a| a.state == AuthorizationState::CodeIssued) else {
                return Err(refuse(
                    CommonCode::ProcessFail,
                    "authCode: not a code this client may exchange (unknown, or used)",
                ));
            };
            let refresh = issue(tx, &authorization, TokenKind::Refresh, REFRESH_DAYS)?;
            (authorization, refresh)
        }
        GrantType::RefreshToken => {
            let Some(given) = request.refresh_token.as_ref() else {
                return Err(refuse(CommonCode::ParamIllegal, "refreshToken: required with grantType REFRESH_TOKEN"));
            };
            let Some(refresh) = working(tx, caller, given.expose().as_str(), TokenKind::Refresh)? else {
                return Err(refuse(
                    CommonCode::ProcessFail,
                    "refreshToken: not a working refresh token of this client",
                ));
            };
            let Some(authorization) = tx.get::<Authorization>(&refresh.auth_code)? else {
                return Err(refuse(CommonCode::ProcessFail, "refreshToken: its authorization is gone"));
            };
            spend_all(tx, &refresh.auth_code, Some(TokenKind::Access))?;
            (authorization, refresh)
        }
        _ => return Err(refuse(CommonCode::ParamIllegal, "grantType: a value the sandbox does not serve")),
    };
    let mut authorization = authorization;
    authorization.state = AuthorizationState::TokenIssued;
    authorization.updated = tx.now();
    tx.update(&authorization)?;
    let access = issue(tx, &authorization, TokenKind::Access, ACCESS_DAYS)?;
    let mut response = ApplyTokenResponse::default();
    response.result = success_result::<ApplyTokenError>();
    response.access_token = Some(Secret::new(access.token));
    response.access_token_expiry_time = Some(access.expiry);
    response.refresh_token = Some(Secret::new(refresh.token));
    response.refresh_token_expiry_time = Some(refresh.expiry);
    Ok(response)
}

pub(super) fn revoke(tx: &mut Tx<'_>, caller: &Caller, request: &RevokeRequest) -> Result<RevokeResponse, RevokeError> {
    let given = request.access_token.expose().as_str();
    let Some(access) = working(tx, caller, given, TokenKind::Access)? else {
        let message = "accessToken: not a working access token of this client (unknown, revoked or expired)".to_owned();
        return Err(RevokeError::InvalidAccessToken { message });
    };
    spend_all(tx, &access.auth_code, None)?;
    if let Some(mut authorization) = tx.get::<Authorization>(&access.auth_code)? {
        authorization.state = AuthorizationState::Revoked;
        authorization.updated = tx.now();
        tx.update(&authorization)?;
        if let Some(outgoing) = notification(&authorization, AuthorizationNotifyType::TokenCanceled) {
            tx.notify(outgoing)?;
        }
    }
    let mut response = RevokeResponse::default();
    response.result = success_result::<RevokeError>();
    Ok(response)
}

/// A new token of the authorization.
fn issue(tx: &mut Tx<'_>, authorization: &Authorization, kind: TokenKind, days: i64) -> Result<Token, StoreError> {
    let prefix = if kind == TokenKind::Access { "AT" } else { "RT" };
    let token = Token {
        token: crate::apis::random_id(prefix),
        kind,
        client_id: authorization.client_id.clone(),
        auth_code: authorization.auth_code.clone(),
        expiry: tx.now() + chrono::Duration::days(days),
        spent: false,
    };
    tx.insert(&token)?;
    Ok(token)
}

/// The client's token of `kind`, when it still works (locked).
fn working(tx: &mut Tx<'_>, caller: &Caller, token: &str, kind: TokenKind) -> Result<Option<Token>, StoreError> {
    let now = tx.now();
    let found = tx.get::<Token>(token)?;
    Ok(found.filter(|t| t.client_id == caller.client_id && t.kind == kind && !t.spent && now <= t.expiry))
}

/// Every token of an authorization (of `kind`, when given) stops working.
fn spend_all(tx: &mut Tx<'_>, auth_code: &str, kind: Option<TokenKind>) -> Result<(), StoreError> {
    for token in tx.linked::<Token>(&Token::of(auth_code))? {
        if !token.spent && kind.is_none_or(|kind| kind == token.kind) {
            let mut token = token;
            token.spent = true;
            tx.update(&token)?;
        }
    }
    Ok(())
}
