//! Authorizations over loopback, with the generated client: consult, the user's consent at the
//! authorization URL (back to the merchant with authCode and authState; notifyAuthorization),
//! applyToken (the code once; a refresh token for a new access token, which replaces the old),
//! and revoke, after which no token of the authorization works.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "tests stop at a broken assumption")]

mod common;

use common::families::{
    ApplyTokenError, AuthorizationNotification, AuthorizationNotifyType as Kind, RevokeError, api_error, apply_token,
    code, code_of, consult, notes_with, revoke,
};
use common::merchant::merchant;
use common::payments::CLIENT;
use common::{client, sandbox};
use std::time::Duration;
use vault_generated::CommonCode;

#[tokio::test]
async fn a_token_works_until_revoked() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    let asked = client.authorizations().consult(&consult("STATE-1", &hook.url)).await.unwrap();
    let page = asked.auth_url.clone().expect("an authorization URL");
    assert!(page.contains("/sandbox/authorize/"), "{page}");
    // The same authState while the user has not answered: the same URL.
    assert_eq!(client.authorizations().consult(&consult("STATE-1", &hook.url)).await.unwrap().auth_url, Some(page));

    // The user agrees and returns to the merchant with the code and the state.
    let back = sandbox.consent(CLIENT, "STATE-1", true).await.expect("waiting for the user");
    let back = reqwest::Url::parse(&back).unwrap();
    let query: std::collections::HashMap<_, _> = back.query_pairs().into_owned().collect();
    assert_eq!(query.get("authState").map(String::as_str), Some("STATE-1"));
    let auth_code = query.get("authCode").cloned().expect("authCode");
    let told: Vec<AuthorizationNotification> = notes_with(&hook, "authorizationNotifyType", 1).await;
    assert_eq!(
        (told[0].authorization_notify_type.clone(), told[0].auth_code.clone()),
        (Kind::AuthcodeCreated, Some(auth_code.clone()))
    );

    // The code, once.
    let issued = client.authorizations().apply_token(&apply_token(&auth_code, false)).await.unwrap();
    let access = issued.access_token.map(|t| t.expose().clone()).expect("an access token");
    let refresh = issued.refresh_token.map(|t| t.expose().clone()).expect("a refresh token");
    let (used, _) = code_of(client.authorizations().apply_token(&apply_token(&auth_code, false)).await);
    assert_eq!(used, code(CommonCode::ProcessFail));

    // A refresh gives a new access token; the old one no longer works.
    let renewed = client.authorizations().apply_token(&apply_token(&refresh, true)).await.unwrap();
    let new_access = renewed.access_token.map(|t| t.expose().clone()).expect("an access token");
    assert_ne!(new_access, access);
    let old = api_error(client.authorizations().revoke(&revoke(&access)).await);
    assert!(matches!(old, RevokeError::InvalidAccessToken { .. }), "{old:?}");

    // Revoked: neither token works any more, and the merchant is told.
    client.authorizations().revoke(&revoke(&new_access)).await.unwrap();
    let told: Vec<AuthorizationNotification> = notes_with(&hook, "authorizationNotifyType", 2).await;
    assert_eq!(told[1].authorization_notify_type, Kind::TokenCanceled);
    let again = api_error(client.authorizations().revoke(&revoke(&new_access)).await);
    assert!(matches!(again, RevokeError::InvalidAccessToken { .. }), "{again:?}");
    let refused = api_error(client.authorizations().apply_token(&apply_token(&refresh, true)).await);
    assert!(matches!(refused, ApplyTokenError::ProcessFail { .. }), "{refused:?}");

    // No token shows in the call log or on the dashboard.
    let page = reqwest::get(format!("{}/dashboard", sandbox.url())).await.unwrap().text().await.unwrap();
    let logged: Vec<String> = sandbox.calls().iter().map(|c| String::from_utf8_lossy(&c.answer).into_owned()).collect();
    for token in [&access, &new_access, &refresh] {
        assert!(!page.contains(token.as_str()), "the dashboard shows a token");
        assert!(logged.iter().all(|answer| !answer.contains(token.as_str())), "the call log holds a token");
    }
}

#[tokio::test]
async fn tokens_expire_by_the_clock_and_a_refused_consent_gives_no_code() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let hook = merchant(CLIENT, 0).await;
    client.authorizations().consult(&consult("STATE-NO", &hook.url)).await.unwrap();
    let back = sandbox.consent(CLIENT, "STATE-NO", false).await.expect("waiting for the user");
    assert!(!back.contains("authCode"), "{back}");
    assert!(sandbox.consent(CLIENT, "STATE-NO", true).await.is_none(), "answered once");

    client.authorizations().consult(&consult("STATE-2", &hook.url)).await.unwrap();
    let back = sandbox.consent(CLIENT, "STATE-2", true).await.unwrap();
    let auth_code =
        reqwest::Url::parse(&back).unwrap().query_pairs().find(|(k, _)| k == "authCode").unwrap().1.into_owned();
    let issued = client.authorizations().apply_token(&apply_token(&auth_code, false)).await.unwrap();
    let access = issued.access_token.map(|t| t.expose().clone()).unwrap();
    sandbox.advance_clock(Duration::from_secs(31 * 24 * 3600)).await.unwrap();
    let expired = api_error(client.authorizations().revoke(&revoke(&access)).await);
    assert!(matches!(expired, RevokeError::InvalidAccessToken { .. }), "{expired:?}");
    // Another client cannot use this client's refresh token.
    let other = common::client_with(&sandbox, "SANDBOX_OTHER", vault_sandbox::test_keys::MERCHANT_PRIVATE_KEY);
    let refresh = issued.refresh_token.map(|t| t.expose().clone()).unwrap();
    assert!(other.authorizations().apply_token(&apply_token(&refresh, true)).await.is_err());
    // Still within its 90 days, the refresh token gives this client a new access token.
    client.authorizations().apply_token(&apply_token(&refresh, true)).await.unwrap();
}
