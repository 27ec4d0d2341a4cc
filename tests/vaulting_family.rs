//! The vaulting family over loopback: vaultPaymentMethod (vaulted, 3-D Secure, failed,
//! unknown outcome), inquireVaulting, notifyVaulting on a merchant webhook (good signature,
//! tampered body, wrong path, replay), open enums, shared types and secrets.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, reason = "test helpers stop at a broken assumption")]

mod common;

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode, Uri};
use common::{CLIENT_ID, client, sandbox};
use std::convert::Infallible;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use vault_generated::vaulting::Env;
use vault_generated::vaulting::response::{PaymentMethodDetail as ReceivedMethod, VaultingStatus};
use vault_generated::vaulting::{
    CardPaymentMethodDetail, InquireVaultingError, InquireVaultingRequest, InquireVaultingRequired,
    InquireVaultingResponse, VaultPaymentMethodError, VaultPaymentMethodResponse, VaultingNotification,
};
use vault_generated::{
    ACKNOWLEDGEMENT, AntomPublicKey, Deduplicator, Error, NextStep, NotificationKey, Outcome, ResultStatus, Secret,
    Text, Webhook, WebhookError, WebhookHeaders,
};
use vault_sandbox::{Fault, test_keys};

const CARD: &str = "4111111111111111";

use common::vault_request;

fn inquiry(id: &str) -> InquireVaultingRequest {
    let Ok(id) = Text::new(id) else { panic!("id") };
    InquireVaultingRequest::new(InquireVaultingRequired { vaulting_request_id: id })
}

/// What the merchant's webhook saw: accepted notifications (handled once) and rejections.
#[derive(Default)]
struct Inbox {
    handled: Vec<VaultingNotification>,
    duplicates: usize,
    rejected: Vec<String>,
}

/// A merchant webhook at `/hooks/vaulting` built on the runtime's helper.
async fn webhook() -> (String, Arc<Mutex<Inbox>>) {
    let inbox = Arc::new(Mutex::new(Inbox::default()));
    let Ok(key) = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY) else { panic!("key") };
    let (webhook, dedup, seen) =
        (Arc::new(Webhook::new(CLIENT_ID, key)), Arc::new(Deduplicator::new()), Arc::clone(&inbox));
    let handler = move |uri: Uri, headers: HeaderMap, body: Bytes| {
        let (webhook, dedup, seen) = (Arc::clone(&webhook), Arc::clone(&dedup), Arc::clone(&seen));
        async move {
            let received = webhook.receive_keyed::<VaultingNotification>(
                uri.path(),
                &WebhookHeaders::from_header_map(&headers),
                &body,
            );
            let (notification, key) = match received {
                Ok(received) => received,
                Err(error) => {
                    seen.lock().unwrap_or_else(PoisonError::into_inner).rejected.push(error.to_string());
                    return (StatusCode::BAD_REQUEST, error.to_string());
                }
            };
            let handle = async {
                seen.lock().unwrap_or_else(PoisonError::into_inner).handled.push(notification);
                Ok::<_, Infallible>(())
            };
            if let Ok(Outcome::AlreadyApplied) = dedup.apply_once(&key, handle).await {
                seen.lock().unwrap_or_else(PoisonError::into_inner).duplicates += 1;
            }
            (StatusCode::OK, ACKNOWLEDGEMENT.to_owned())
        }
    };
    let app = axum::Router::new().route("/hooks/vaulting", axum::routing::post(handler));
    let Ok(listener) = tokio::net::TcpListener::bind("127.0.0.1:0").await else { panic!("bind") };
    let addr = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/hooks/vaulting"), inbox)
}

fn token_of(method: Option<&ReceivedMethod>) -> Option<String> {
    method.and_then(|m| m.card.as_ref()).and_then(|c| c.card_token.as_ref()).map(|t| t.expose().clone())
}

#[tokio::test]
async fn vault_notify_and_inquire() {
    let sandbox = sandbox().await;
    let (notify_url, inbox) = webhook().await;
    let client = client(&sandbox);
    let vaulted: VaultPaymentMethodResponse =
        match client.vaulting().vault_payment_method(&vault_request("V-OK", &notify_url, CARD, false)).await {
            Ok(answer) => answer,
            Err(e) => panic!("{e}"),
        };
    let token = token_of(vaulted.payment_method_detail.as_ref());
    assert!(token.as_deref().is_some_and(|t| t.starts_with("CT")));
    let card = vaulted.payment_method_detail.as_ref().and_then(|m| m.card.as_ref());
    assert_eq!(card.and_then(|c| c.masked_card_no.as_deref()), Some("411111******1111"));

    let deliveries = sandbox.wait_for_deliveries(1, Duration::from_secs(5)).await;
    assert_eq!(deliveries.len(), 1);
    assert!(deliveries[0].acknowledged, "the webhook answered exactly the acknowledgement");
    let handled = inbox.lock().unwrap_or_else(PoisonError::into_inner).handled.clone();
    assert_eq!(handled.len(), 1);
    assert_eq!(handled[0].vaulting_status, Some(VaultingStatus::Success));
    assert_eq!(handled[0].result.result_status, ResultStatus::S);
    assert_eq!(token_of(Some(&handled[0].payment_method_detail)), token);

    let inquired: InquireVaultingResponse = match client.vaulting().inquire_vaulting(&inquiry("V-OK")).await {
        Ok(answer) => answer,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(inquired.vaulting_status, Some(VaultingStatus::Success));
    assert_eq!(token_of(inquired.payment_method_detail.as_ref()), token);
}

#[tokio::test]
async fn three_d_secure_hands_over_the_urls_then_completes() {
    let sandbox = sandbox().await;
    let (notify_url, inbox) = webhook().await;
    let client = client(&sandbox);
    let outcome = client.vaulting().vault_payment_method(&vault_request("V-3DS", &notify_url, CARD, true)).await;
    let error = match outcome {
        Err(error) => error,
        Ok(_) => panic!("vaulted without verification"),
    };
    assert_eq!(error.next_step(), NextStep::RedirectBuyer);
    match error.api_error() {
        Some(VaultPaymentMethodError::VerificationInProcess {
            normal_url: Some(normal),
            applink_url: Some(_),
            scheme_url: Some(_),
            ..
        }) => {
            assert!(normal.starts_with(&sandbox.url()), "{normal}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(sandbox.calls().len(), 1, "VERIFICATION_IN_PROCESS is not retried");

    let processing = client.vaulting().inquire_vaulting(&inquiry("V-3DS")).await.ok();
    assert_eq!(processing.as_ref().and_then(|a| a.vaulting_status.clone()), Some(VaultingStatus::Processing));
    assert!(processing.as_ref().is_some_and(|a| a.normal_url.is_some() && a.payment_method_detail.is_none()));

    assert!(sandbox.complete_verification(CLIENT_ID, "V-3DS", true).await);
    let handled = inbox.lock().unwrap_or_else(PoisonError::into_inner).handled.clone();
    assert_eq!(handled.iter().map(|n| n.vaulting_status.clone()).collect::<Vec<_>>(), [Some(VaultingStatus::Success)]);
    let done = client.vaulting().inquire_vaulting(&inquiry("V-3DS")).await.ok();
    assert_eq!(done.as_ref().and_then(|a| a.vaulting_status.clone()), Some(VaultingStatus::Success));
    assert_eq!(
        token_of(done.as_ref().and_then(|a| a.payment_method_detail.as_ref())),
        token_of(Some(&handled[0].payment_method_detail))
    );
}

#[tokio::test]
async fn a_bad_card_fails_and_vault_payment_method_never_resends_an_unknown_outcome() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    match client
        .vaulting()
        .vault_payment_method(&vault_request("V-BAD", "https://m.example/n", "4111111111111112", false))
        .await
    {
        Err(error) => {
            assert!(matches!(error.api_error(), Some(VaultPaymentMethodError::VerificationFail { .. })), "{error:?}");
            assert_eq!(error.next_step(), NextStep::RetryWithNewRequestId);
        }
        Ok(_) => panic!("a card failing its check digit was vaulted"),
    }
    // The page: a U other than VERIFICATION_IN_PROCESS means "call again with a new id", so the
    // client must not resend the same id.
    sandbox.faults().unknown_next(3);
    match client.vaulting().vault_payment_method(&vault_request("V-UNKNOWN", "https://m.example/n", CARD, false)).await
    {
        Err(error) => assert_eq!(error.next_step(), NextStep::RetryWithNewRequestId),
        Ok(_) => panic!("expected U"),
    }
    assert_eq!(sandbox.calls().len(), 2, "one attempt only for the U");
    assert!(sandbox.vaultings().is_empty());
}

#[tokio::test]
async fn inquiring_an_unknown_id_is_vaulting_not_exist() {
    let sandbox = sandbox().await;
    match client(&sandbox).vaulting().inquire_vaulting(&inquiry("NEVER-SEEN")).await {
        Err(Error::Api { error, verified: true, .. })
            if matches!(*error, InquireVaultingError::VaultingNotExist { .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_unlisted_vaulting_status_is_kept_not_rejected() {
    let sandbox = sandbox().await;
    let body = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"},"vaultingRequestId":"V-1","vaultingStatus":"PAUSED","normalUrl":"https://x.example/","someNewField":1}"#;
    sandbox.faults().push(Fault::body(body), 1);
    let answer = client(&sandbox).vaulting().inquire_vaulting(&inquiry("V-1")).await.ok();
    assert_eq!(answer.and_then(|a| a.vaulting_status), Some(VaultingStatus::Undocumented("PAUSED".to_owned())));
    assert_eq!(VaultingStatus::Undocumented("PAUSED".to_owned()).as_str(), "PAUSED");
    assert_eq!(
        serde_json::to_string(&VaultingStatus::Undocumented("PAUSED".to_owned())).ok().as_deref(),
        Some("\"PAUSED\"")
    );
}

/// Signs a notification body as the sandbox (Antom) would, for the merchant endpoint `path`.
fn signed_headers(path: &str, body: &[u8]) -> (String, String) {
    let Ok(key) = vault_generated::MerchantKey::from_text(test_keys::SANDBOX_PRIVATE_KEY) else { panic!("key") };
    let time = "2026-11-26T12:00:00+08:00".to_owned();
    (time.clone(), vault_runtime::protocol::signature::sign(&key, "1", path, CLIENT_ID, &time, body))
}

#[test]
fn notifications_are_verified_against_body_path_and_signature_and_deduplicated() {
    let Ok(key) = AntomPublicKey::from_text(test_keys::SANDBOX_PUBLIC_KEY) else { panic!("key") };
    let webhook = Webhook::new(CLIENT_ID, key);
    let body = br#"{"notifyType":"VAULTING_RESULT","result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"},"vaultingRequestId":"V-9","vaultingStatus":"SUCCESS","paymentMethodDetail":{"paymentMethodType":"CARD","card":{"cardToken":"CT-1","maskedCardNo":"411111******1111"}},"vaultingCreateTime":"2026-11-26T12:00:00+08:00"}"#;
    let (time, signature) = signed_headers("/hooks/vaulting", body);
    let headers = WebhookHeaders { client_id: Some(CLIENT_ID), request_time: Some(&time), signature: Some(&signature) };
    let good = webhook.receive::<VaultingNotification>("/hooks/vaulting", &headers, body);
    assert!(
        good.as_ref()
            .is_ok_and(|n| n.vaulting_request_id == "V-9" && n.vaulting_status == Some(VaultingStatus::Success)),
        "{good:?}"
    );

    let tampered = String::from_utf8_lossy(body).replace("CT-1", "CT-2");
    assert!(matches!(
        webhook.receive::<VaultingNotification>("/hooks/vaulting", &headers, tampered.as_bytes()),
        Err(WebhookError::Signature(_))
    ));
    assert!(matches!(
        webhook.receive::<VaultingNotification>("/other/path", &headers, body),
        Err(WebhookError::Signature(_))
    ));

    // A resend carries another request-time and may write its JSON in another order: the key
    // is the notification's identity, not its bytes.
    let Ok(key) = NotificationKey::of::<VaultingNotification>(body) else { panic!("key") };
    assert_eq!(key.as_str(), r#"["notifyVaulting","VAULTING_RESULT","V-9","SUCCESS"]"#);
    let reordered = br#"{"vaultingStatus":"SUCCESS","vaultingRequestId":"V-9","notifyType":"VAULTING_RESULT"}"#;
    assert_eq!(NotificationKey::of::<VaultingNotification>(reordered).ok(), Some(key.clone()));
    let dedup = Deduplicator::new();
    let once = async { Ok::<_, Infallible>(1) };
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(runtime.block_on(dedup.apply_once(&key, once)).ok(), Some(Outcome::Applied(1)));
    let again = async { Ok::<_, Infallible>(2) };
    assert_eq!(
        runtime.block_on(dedup.apply_once(&key, again)).ok(),
        Some(Outcome::AlreadyApplied),
        "a replay is recognised"
    );
}

#[tokio::test]
async fn a_replayed_notification_is_acknowledged_but_handled_once_and_forgeries_are_refused() {
    let sandbox = sandbox().await;
    let (notify_url, inbox) = webhook().await;
    assert!(
        client(&sandbox)
            .vaulting()
            .vault_payment_method(&vault_request("V-REPLAY", &notify_url, CARD, false))
            .await
            .is_ok()
    );
    let delivered = sandbox.wait_for_deliveries(1, Duration::from_secs(5)).await.remove(0);
    let http = reqwest_like_post(&notify_url, &delivered.body, "/hooks/vaulting").await;
    assert_eq!(http, (200, ACKNOWLEDGEMENT.to_owned()), "the replay is acknowledged");
    let forged = reqwest_like_post(&notify_url, &delivered.body, "/somewhere/else").await;
    assert_eq!(forged.0, 400, "signed for another path");
    let inbox = inbox.lock().unwrap_or_else(PoisonError::into_inner);
    assert_eq!((inbox.handled.len(), inbox.duplicates, inbox.rejected.len()), (1, 1, 1));
}

/// Posts a body to the webhook, signed for `signed_path`, over a plain TCP connection.
async fn reqwest_like_post(url: &str, body: &[u8], signed_path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let (time, signature) = signed_headers(signed_path, body);
    let authority = url.trim_start_matches("http://").split('/').next().unwrap_or_default().to_owned();
    let head = format!(
        "POST /hooks/vaulting HTTP/1.1\r\nhost: {authority}\r\ncontent-type: application/json\r\nclient-id: {CLIENT_ID}\r\nrequest-time: {time}\r\nsignature: {signature}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    let Ok(mut stream) = tokio::net::TcpStream::connect(&authority).await else { panic!("connect") };
    let mut answer = String::new();
    let io = async {
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        stream.read_to_string(&mut answer).await
    };
    assert!(io.await.is_ok());
    let status = answer.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, answer.split("\r\n\r\n").nth(1).unwrap_or_default().to_owned())
}

#[test]
fn the_same_received_types_serve_every_page_that_shares_them() {
    fn card_token(method: &ReceivedMethod) -> Option<&str> {
        method.card.as_ref().and_then(|c| c.card_token.as_ref()).map(|t| t.expose().as_str())
    }
    let json = r#"{"paymentMethodType":"CARD","card":{"cardToken":"CT-7"}}"#;
    let Ok(method) = serde_json::from_str::<ReceivedMethod>(json) else { panic!("decode") };
    let mut vaulted = VaultPaymentMethodResponse::default();
    vaulted.payment_method_detail = Some(method.clone());
    let mut notification = VaultingNotification::default();
    notification.result = vault_generated::ApiResult::new("SUCCESS", ResultStatus::S, "success");
    notification.payment_method_detail = method;
    assert_eq!(
        vaulted.payment_method_detail.as_ref().and_then(card_token),
        card_token(&notification.payment_method_detail)
    );
}

#[test]
fn debug_of_a_full_vault_request_and_its_draft_shows_no_secret() {
    let request = vault_request("V-DEBUG", "https://m.example/n", CARD, true);
    let shown = format!("{request:?}");
    for secret in [CARD, "737", "card_password_digest: Some(Secret(\"12\"))"] {
        assert!(!shown.contains(secret), "{secret} in {shown}");
    }
    assert!(
        shown.contains("card_no: Secret([REDACTED])") && shown.contains("cvv: Some(Secret([REDACTED]))"),
        "{shown}"
    );
    let mut draft = vault_generated::vaulting::CardPaymentMethodDetailDraft::default();
    draft.card_no = Some(Secret::new(CARD.to_owned()));
    draft.cvv = Some(Secret::new("737".to_owned()));
    draft.expiry_year = Some("30".to_owned());
    draft.expiry_month = Some("12".to_owned());
    assert!(!format!("{draft:?}").contains(CARD) && !format!("{draft:?}").contains("737"));
}

#[test]
fn booleans_and_numbers_are_read_in_both_wire_forms() {
    let strings = r#"{"terminalType":"WEB","timeZoneOffset":"480"}"#;
    let natives = r#"{"terminalType":"WEB","timeZoneOffset":480}"#;
    let from_strings = serde_json::from_str::<Env>(strings).ok();
    assert!(from_strings.is_some() && from_strings == serde_json::from_str::<Env>(natives).ok());
    assert!(serde_json::from_str::<Env>(r#"{"terminalType":"WEB","timeZoneOffset":"800"}"#).is_err(), "range checked");
    let card = r#"{"cardNo":"4111111111111111","expiryYear":"30","expiryMonth":"12","is3DSAuthentication":"true"}"#;
    let parsed = serde_json::from_str::<CardPaymentMethodDetail>(card).ok();
    assert_eq!(parsed.and_then(|c| c.is_3ds_authentication), Some(true));
    let serialised = serde_json::to_string(&vault_request("V", "https://m.example/n", CARD, true)).unwrap_or_default();
    assert!(serialised.contains(r#""is3DSAuthentication":true"#), "sent per the page's type: {serialised}");
}
