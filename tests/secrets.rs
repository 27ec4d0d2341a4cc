//! Secrets never show: private keys are absent from `Debug`, `Display`, errors and logs, and
//! session data is redacted in `Debug`. Logs of a whole call (client and sandbox, at TRACE) are
//! captured and searched for every secret.

mod common;

use vault_generated::{ClientConfig, Error, MerchantKey};
use vault_sandbox::{Fault, test_keys};

/// Pieces of the key material: any 24-character run of a PEM body line.
fn key_fragments(pem: &str) -> Vec<String> {
    pem.lines().filter(|l| !l.starts_with("-----") && l.len() >= 24).map(|l| l[..24].to_owned()).collect()
}

fn assert_free_of_secrets(text: &str, secrets: &[String]) {
    for secret in secrets {
        assert!(!text.contains(secret.as_str()), "a secret leaked: `{secret}` in\n{text}");
    }
}

/// Fragments of every private key in play.
fn key_secrets() -> Vec<String> {
    let keys = [test_keys::MERCHANT_PRIVATE_KEY, test_keys::MERCHANT_PRIVATE_KEY_PKCS1, test_keys::SANDBOX_PRIVATE_KEY];
    let secrets: Vec<String> = keys.iter().flat_map(|k| key_fragments(k)).collect();
    assert!(secrets.len() > 40);
    secrets
}

/// `Debug` and `Display` of keys, configuration and a key error.
fn shown_configuration(url: &str) -> Vec<String> {
    let key = MerchantKey::from_text(test_keys::MERCHANT_PRIVATE_KEY).ok();
    let config =
        ClientConfig::from_key_text(url, "C", test_keys::MERCHANT_PRIVATE_KEY, test_keys::SANDBOX_PUBLIC_KEY).ok();
    // Keys swapped: the error must say what was found without showing it.
    let key_error =
        ClientConfig::from_key_text(url, "C", test_keys::MERCHANT_PUBLIC_KEY, test_keys::MERCHANT_PRIVATE_KEY).err();
    assert!(format!("{config:?}").contains("MerchantKey(RSA-2048, [REDACTED])"));
    vec![
        format!("{key:?}"),
        format!("{config:?}"),
        format!("{key_error:?}"),
        key_error.map(|e| e.to_string()).unwrap_or_default(),
    ]
}

#[tokio::test]
async fn no_secret_in_debug_display_errors_or_logs() {
    let captured = common::logs::capture(tracing::Level::TRACE);
    let mut secrets = key_secrets();
    let sandbox = common::sandbox().await;
    let client = common::client(&sandbox);
    let response = match client.vaulting().create_vaulting_session(&common::request("REQ-SECRET")).await {
        Ok(response) => response,
        Err(e) => panic!("{e}"),
    };
    let session_data = response.vaulting_session_data.expose().clone();
    secrets.push(session_data.clone());

    // A failure whose raw body carries the session data: the error must not print it.
    let leaky_body = format!(
        r#"{{"result":{{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}},"vaultingSessionData":"{session_data}"}}"#
    );
    sandbox.faults().push(Fault::body(leaky_body), 1);
    let error = client.vaulting().create_vaulting_session(&common::request("REQ-SECRET-2")).await.err();
    assert!(matches!(error, Some(Error::Decode { .. })));
    assert!(format!("{response:?}").contains("vaulting_session_data: Secret([REDACTED])"));
    assert!(format!("{error:?}").contains("RawBody("), "the raw body shows as its length");

    let mut shown = shown_configuration(&sandbox.url());
    shown.extend([format!("{client:?}"), format!("{response:?}"), format!("{error:?}")]);
    shown.push(error.as_ref().map(ToString::to_string).unwrap_or_default());
    for text in &shown {
        assert_free_of_secrets(text, &secrets);
    }
    let logs = captured.text();
    assert!(logs.contains("createVaultingSession"), "the call was logged:\n{logs}");
    assert_free_of_secrets(&logs, &secrets);
}

/// Every generated type that holds a secret, serialised with serde (how a response is logged or
/// cached): the secret is `"[REDACTED]"`. Only the request on its way to the wire (inside
/// `reveal`, which the client uses) carries the value.
#[test]
fn no_secret_through_serde_outside_the_wire() {
    use vault_generated::payments::inquiry_payment::response::PaymentResultInfo as InquiryPaymentPaymentResultInfo;
    use vault_generated::payments::response::{CardInfo, PaymentResultInfo};
    use vault_generated::payments::{InquiryPaymentResponse, PayResponse};
    use vault_generated::vaulting::response::{
        CardPaymentMethodDetail as ReceivedCard, PaymentMethodDetail as ReceivedMethod,
    };
    // pay's PaymentMethod is the type it shares with the marketplace's createTransfer (see
    // tests/common/payments.rs).
    use vault_generated::payments::PaymentNotification;
    use vault_generated::payments::{PaymentMethod, PaymentMethodRequired};
    use vault_generated::vaulting::{
        CreateVaultingSessionResponse, InquireVaultingResponse, VaultPaymentMethodResponse, VaultingNotification,
    };
    const CARD: &str = "4111111111111111";
    const TOKEN: &str = "CT-SECRET-TOKEN-7";
    const SESSION: &str = "SESSION-DATA-SECRET";
    let result = r#""result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}"#;
    let method = format!(r#"{{"paymentMethodType":"CARD","card":{{"cardToken":"{TOKEN}"}}}}"#);
    fn shown<T: serde::de::DeserializeOwned + serde::Serialize>(json: &str) -> String {
        let value: T = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
        serde_json::to_string(&value).unwrap_or_default()
    }
    let received = [
        shown::<CreateVaultingSessionResponse>(&format!(
            r#"{{{result},"vaultingSessionData":"{SESSION}","vaultingSessionId":"V","vaultingSessionExpiryTime":"2026-11-27T12:00:00+08:00"}}"#
        )),
        shown::<ReceivedCard>(&format!(r#"{{"cardToken":"{TOKEN}"}}"#)),
        shown::<ReceivedMethod>(&method),
        shown::<VaultPaymentMethodResponse>(&format!(
            r#"{{{result},"vaultingRequestId":"V","paymentMethodDetail":{method}}}"#
        )),
        shown::<InquireVaultingResponse>(&format!(
            r#"{{{result},"vaultingRequestId":"V","paymentMethodDetail":{method}}}"#
        )),
        shown::<VaultingNotification>(&format!(
            r#"{{{result},"vaultingRequestId":"V","paymentMethodDetail":{method}}}"#
        )),
    ];
    let card_result = format!(r#"{{"cardNo":"{CARD}","cardToken":"{TOKEN}"}}"#);
    let payment = r#""paymentRequestId":"P","paymentId":"PAY","paymentAmount":{"currency":"USD","value":"100"}"#;
    let paid = [
        shown::<PaymentResultInfo>(&card_result),
        shown::<InquiryPaymentPaymentResultInfo>(&card_result),
        shown::<CardInfo>(&card_result),
        shown::<PayResponse>(&format!(r#"{{{result},{payment},"paymentResultInfo":{card_result}}}"#)),
        shown::<InquiryPaymentResponse>(&format!(
            r#"{{{result},{payment},"paymentResultInfo":{card_result},"cardInfo":{card_result}}}"#
        )),
        shown::<PaymentNotification>(&format!(
            r#"{{"notifyType":"PAYMENT_RESULT",{result},{payment},"paymentCreateTime":"2026-11-27T12:00:00+08:00","paymentResultInfo":{card_result}}}"#
        )),
    ];
    for text in received.iter().chain(&paid) {
        assert_free_of_secrets(text, &[TOKEN.to_owned(), SESSION.to_owned(), CARD.to_owned()]);
        assert!(text.contains("[REDACTED]"), "{text}");
    }
    let mut method = PaymentMethod::new(PaymentMethodRequired { payment_method_type: vault_generated::text!("CARD") });
    method.payment_method_id = Some(vault_generated::Secret::new(vault_generated::text!("CT-SECRET-TOKEN-7")));
    let logged = serde_json::to_string(&method).unwrap_or_default();
    assert_free_of_secrets(&logged, &[TOKEN.to_owned()]);
    let wire = vault_runtime::value::secret::reveal(|| serde_json::to_string(&method)).unwrap_or_default();
    assert!(wire.contains(TOKEN), "the wire carries the token that pays: {wire}");
    let request = common::vault_request_with_card(CARD);
    let logged = serde_json::to_string(&request).unwrap_or_default();
    assert_free_of_secrets(&logged, &[CARD.to_owned(), "737".to_owned()]);
    let wire = vault_runtime::value::secret::reveal(|| serde_json::to_string(&request)).unwrap_or_default();
    assert!(wire.contains(CARD) && wire.contains("737"), "the wire carries the card: {wire}");
}
