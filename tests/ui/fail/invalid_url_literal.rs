use vault_generated::{text, url};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};

fn main() {
    let _ = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("REQ-0001"),
        vaulting_notification_url: url!("ftp://merchant.example/vaulting/notify"),
    });
}
