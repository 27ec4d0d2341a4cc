use vault_generated::{CreateVaultingSessionRequest, CreateVaultingSessionRequired, region, text, url};

fn main() {
    let _ = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("REQ-0001"),
    });
    let _ = (url!("https://merchant.example/"), region!("SG"));
}
