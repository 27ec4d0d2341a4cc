use vault_generated::{region, text, url};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};

fn main() {
    let id: String = String::from("REQ-0001");
    let _ = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: id,
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    let _ = (text!("x"), region!("SG"));
}
