// The same object and enum names on several pages: APIs that describe `Env` the same way share
// one type, a page that describes it differently gets its own (here in another family); enums
// with the same values are one type whatever their prose; same-named APIs of two families both
// generate, each in its family module; notifications without an endpoint generate.
mod names {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/same_names_two_pages");
}
mod families {
    vault_macros::generate!(pages = "../../../vault-codegen/tests/fixtures/variants/same_api_name_two_families");
}

use vault_runtime::text;

fn main() {
    let env = names::payments::Env::new(names::payments::EnvRequired {
        terminal_type: names::payments::TerminalType::App,
    });
    // Pay and consult describe `Env` alike: one type serves both.
    let pay = names::payments::PayRequest::new(names::payments::PayRequired {
        payment_request_id: text!("P-1"),
        env: env.clone(),
    });
    let consult = names::payments::ConsultRequest::new(names::payments::ConsultRequired {
        payment_request_id: text!("P-1"),
        env,
    });
    assert_eq!(pay.env, consult.env);
    let os: names::payments::OsType = names::subscriptions::OsType::Android;
    // Subscriptions' `Env` is its own type, with its own terminal types; `osType` lists the same
    // values everywhere (in another order, with other words) and is one enum, shared by both
    // families and reachable from each.
    let mut env = names::subscriptions::Env::new();
    env.terminal_type = Some(names::subscriptions::TerminalType::MiniApp);
    env.os_type = Some(os);
    let mut create = names::subscriptions::CreateRequest::new(names::subscriptions::CreateRequired {
        subscription_request_id: text!("S-1"),
    });
    create.env = Some(env);
    let json = serde_json::to_value(&create).ok();
    assert_eq!(json, Some(serde_json::json!({"subscriptionRequestId": "S-1", "env": {"terminalType": "MINI_APP", "osType": "ANDROID"}})));

    let payment = families::payments::CancelRequest::new(families::payments::CancelRequired { payment_id: text!("P-1") });
    let subscription = families::subscriptions::CancelRequest::new(families::subscriptions::CancelRequired {
        subscription_id: text!("S-1"),
        cancellation_type: families::subscriptions::CancellationType::Terminate,
    });
    assert_eq!(<families::payments::CancelRequest as vault_runtime::Operation>::PATH, "/v1/payments/cancel");
    assert_eq!(<families::subscriptions::CancelRequest as vault_runtime::Operation>::PATH, "/v1/subscriptions/cancel");
    let _ = (payment, subscription);
    let names: Vec<&str> = families::OPERATIONS.iter().map(|o| o.path).collect();
    assert_eq!(names, ["/v1/payments/cancel", "/v1/subscriptions/cancel"]);

    let body = r#"{"notifyType":"THING_RESULT","result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}}"#;
    let thing: Option<families::ThingNotification> = serde_json::from_str(body).ok();
    let other: Option<families::OtherNotification> = serde_json::from_str(body).ok();
    assert!(thing.is_some() && other.is_some());
}

// The client has an accessor per family, each with its own method of the shared name.
#[allow(dead_code)]
async fn methods(client: &families::Client, p: &families::payments::CancelRequest, s: &families::subscriptions::CancelRequest) {
    let _ = client.payments().cancel(p).await;
    let _ = client.subscriptions().cancel(s).await;
}
