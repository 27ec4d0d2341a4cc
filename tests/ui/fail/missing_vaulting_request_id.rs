use vault_generated::{region, text, url};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};

fn main() {
    let _ = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    let _ = (text!("unused"), region!("SG"));
}
