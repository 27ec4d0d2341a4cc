use vault_generated::{CreateVaultingSessionRequest, CreateVaultingSessionRequired, region, text, url};

fn main() {
    let _ = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    let _ = (text!("unused"), region!("SG"));
}
