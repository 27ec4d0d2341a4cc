// cardNo allows 32 characters; this literal has 35.
use vault_generated::{Secret, text};
use vault_generated::vaulting::{CardPaymentMethodDetail, CardPaymentMethodDetailRequired};

fn main() {
    let _ = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired {
        card_no: Secret::new(text!("41111111111111111111111111111111111")),
        expiry_year: text!("30"),
        expiry_month: text!("12"),
    });
}
