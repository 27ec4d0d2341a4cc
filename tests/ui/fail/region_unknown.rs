use vault_generated::{region, text, url};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};

fn main() {
    let mut request = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("REQ-0001"),
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    request.merchant_region = Some(region!("XX"));
}
