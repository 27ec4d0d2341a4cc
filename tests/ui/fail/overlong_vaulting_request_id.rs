use vault_generated::{region, text, url};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};

fn main() {
    // 65 characters; the page allows 64.
    let _ = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR"),
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    let _ = region!("SG");
}
