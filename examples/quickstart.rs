//! Builds a valid createVaultingSession request and prints its JSON, then shows the typed
//! errors that invalid values get, before anything could be sent.
//!
//! Run: `cargo run --example quickstart`

use vault_generated::{
    CreateVaultingSessionDraft, CreateVaultingSessionRequest, CreateVaultingSessionRequired,
    Operation, region, text, url,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Literals are checked by the compiler: an over-long id or a bad URL does not build.
    let mut request = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("REQ-2026-0001"),
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    request.merchant_region = Some(region!("SG"));
    println!("POST {}", CreateVaultingSessionRequest::PATH);
    println!("{}", serde_json::to_string_pretty(&request)?);

    // Plain values (form input, configuration) are checked at runtime; every problem is
    // reported at once, each naming the field, the rule and the limit.
    let draft = CreateVaultingSessionDraft {
        vaulting_request_id: "R".repeat(70),
        vaulting_notification_url: "merchant.example/notify".to_owned(),
        redirect_url: None,
        merchant_region: Some("sg".to_owned()),
    };
    match CreateVaultingSessionRequest::try_from(draft) {
        Ok(_) => Err("an invalid draft was accepted".into()),
        Err(errors) => {
            println!("\nRejected before sending: {errors}");
            Ok(())
        }
    }
}
