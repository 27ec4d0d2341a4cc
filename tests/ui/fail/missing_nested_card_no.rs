// A required field of a nested object (paymentMethodDetail.card.cardNo) left out.
use vault_generated::text;
use vault_generated::vaulting::{CardPaymentMethodDetail, CardPaymentMethodDetailRequired};

fn main() {
    let _ = CardPaymentMethodDetail::new(CardPaymentMethodDetailRequired { expiry_year: text!("30"), expiry_month: text!("12") });
}
