// A required nested object (env) left out of vaultPaymentMethod.
use vault_generated::{text, url};
use vault_generated::vaulting::{PaymentMethodDetail, PaymentMethodDetailRequired, VaultPaymentMethodRequest, VaultPaymentMethodRequired};

fn main() {
    let _ = VaultPaymentMethodRequest::new(VaultPaymentMethodRequired {
        vaulting_request_id: text!("V-1"),
        vaulting_notification_url: url!("https://merchant.example/notify"),
        redirect_url: url!("https://merchant.example/done"),
        payment_method_detail: PaymentMethodDetail::new(PaymentMethodDetailRequired { payment_method_type: text!("CARD") }),
    });
}
