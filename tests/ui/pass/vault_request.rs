// A complete vaultPaymentMethod request from checked literals: nested objects, enums, ranges.
use vault_generated::{Secret, region, text, url};
use vault_generated::payments::{OsType, TerminalType};
use vault_generated::vaulting::{CardPaymentMethodDetail, CardPaymentMethodDetailRequired, PaymentMethodDetail, PaymentMethodDetailRequired, VaultPaymentMethodRequest, VaultPaymentMethodRequired};
use vault_generated::vaulting::{Address, AddressRequired, Env, EnvRequired};

fn main() {
    let mut card = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(text!("4111111111111111")),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
    card.cvv = Some(Secret::new(text!("123")));
    let address = Address::new(AddressRequired { region: region!("SG") });
    card.billing_address = Some(address);
    let mut method = PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") });
    method.card = Some(card);
    let mut env = Env::new(EnvRequired { terminal_type: TerminalType::App });
    env.os_type = Some(OsType::Ios);
    env.time_zone_offset = Some(vault_generated::int!(480));
    let request = VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: text!("V-1"),
        vaulting_notification_url: url!("https://merchant.example/notify"),
        redirect_url: url!("https://merchant.example/done"),
        payment_method_detail: method,
        env,
    });
    assert!(!format!("{request:?}").contains("4111111111111111"));
}
