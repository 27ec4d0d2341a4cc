//! Notifications to the merchant: built from the notifyVaulting page's type, signed like Antom
//! signs them (`POST <merchant endpoint path>\n<clientId>.<request-time>.<body>`), delivered
//! once (the sandbox does not resend, like Antom's sandbox), and recorded with the answer.

use crate::apis::inquire_vaulting::status;
use crate::apis::vault_payment_method::{card_method, payment_method};
use crate::server::Gateway;
use crate::state::{Delivery, Outgoing, Vaulting, VaultingState};
use bytes::Bytes;
use std::sync::PoisonError;
use std::time::Duration;
use vault_generated::VaultingNotification;
use vault_runtime::protocol::signature;
use vault_runtime::{ACKNOWLEDGEMENT, ApiResult, ResultStatus};

/// The notifyVaulting message for a vaulting that ended (or is under way).
pub(crate) fn vaulting_outcome(vaulting: &Vaulting) -> Outgoing {
    let result = match vaulting.state {
        VaultingState::Fail => ApiResult::new("VERIFICATION_FAIL", ResultStatus::F, "the card could not be verified"),
        VaultingState::Success | VaultingState::Processing => ApiResult::new("SUCCESS", ResultStatus::S, "success"),
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
    Outgoing {
        url: vaulting.notification_url.clone(),
        client_id: vaulting.client_id.clone(),
        body: vault_runtime::value::secret::reveal(|| serde_json::to_vec(&notification)).unwrap_or_default(),
    }
}

/// Sends one notification and records the merchant's answer.
pub(crate) async fn deliver(gateway: &Gateway, outgoing: Outgoing) {
    let path = url::Url::parse(&outgoing.url).map(|u| u.path().to_owned()).unwrap_or_else(|_| "/".to_owned());
    let time = crate::clock::header_now();
    let signed = signature::sign(&gateway.signing_key, "1", &path, &outgoing.client_id, &time, &outgoing.body);
    let sent = gateway
        .http
        .post(&outgoing.url)
        .header("content-type", "application/json; charset=UTF-8")
        .header("client-id", &outgoing.client_id)
        .header("request-time", &time)
        .header("signature", signed)
        .timeout(Duration::from_secs(10))
        .body(outgoing.body.clone())
        .send()
        .await;
    let (status, answer, error) = match sent {
        Ok(response) => {
            let status = response.status().as_u16();
            (Some(status), response.bytes().await.unwrap_or_default(), None)
        }
        Err(e) => (None, Bytes::new(), Some(e.to_string())),
    };
    let expected: Option<serde_json::Value> = serde_json::from_str(ACKNOWLEDGEMENT).ok();
    let acknowledged = status == Some(200) && serde_json::from_slice::<serde_json::Value>(&answer).ok() == expected;
    tracing::info!(url = %outgoing.url, ?status, acknowledged, "notification delivered");
    let delivery = Delivery { url: outgoing.url, body: Bytes::from(outgoing.body), status, acknowledged, error };
    gateway.world.lock().unwrap_or_else(PoisonError::into_inner).deliveries.push(delivery);
}
