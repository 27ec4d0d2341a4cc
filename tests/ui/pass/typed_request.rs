// Every field set from checked literals and from runtime values: compiles and serialises.
use vault_generated::{HttpUrl, Region, Text, region, text, url};
use vault_generated::vaulting::{CreateVaultingSessionRequest, CreateVaultingSessionRequired};

fn main() {
    let mut request = CreateVaultingSessionRequest::new(CreateVaultingSessionRequired {
        vaulting_request_id: text!("REQ-0001"),
        vaulting_notification_url: url!("https://merchant.example/vaulting/notify"),
    });
    request.redirect_url = Some(url!("https://merchant.example/done"));
    request.merchant_region = Some(region!("SG"));
    let from_runtime: Result<Text<64>, _> = Text::new(format!("REQ-{}", 2));
    let region: Result<Region, _> = "MY".parse();
    let url: Result<HttpUrl<2048>, _> = HttpUrl::new("https://merchant.example/x");
    assert!(from_runtime.is_ok() && region.is_ok() && url.is_ok());
    assert_eq!(request.payment_method_type.as_str(), "CARD");
}
