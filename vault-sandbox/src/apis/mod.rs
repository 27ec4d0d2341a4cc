//! The business behaviour of each API the sandbox simulates, one module per family.
//! Validation, idempotency, codes and signing are generic ([`crate::endpoint`]); only what an
//! API does lives here, with the buyer pages its answers hand out. Every API no family claims
//! gets the behaviour made from its page ([`generic`]).

mod authorizations;
mod checkout;
pub(crate) mod disputes;
mod generic;
mod marketplace;
mod payments;
mod subscriptions;
mod vaulting;

use crate::endpoint::{Behaviour, Endpoint, Typed};
use crate::gateway::BuyerPage;
use crate::store::{Kind, kind};
use std::collections::HashMap;
use vault_runtime::Operation;

/// What the families do when the sandbox clock moves, in the transaction after the move:
/// subscriptions charge the periods that started, disputes remind of near deadlines.
pub(crate) fn on_clock(tx: &mut crate::store::Tx<'_>) -> Result<(), crate::store::StoreError> {
    subscriptions::charge_due(tx)?;
    disputes::remind(tx)
}

/// The endpoints, by documented path.
pub(crate) type EndpointMap = HashMap<&'static str, Box<dyn Endpoint>>;

/// Endpoints by documented path: each family's state machine (one line per family), then the
/// behaviour made from its page for every other API of the pages.
pub(crate) fn endpoints() -> EndpointMap {
    let mut map = EndpointMap::new();
    vaulting::add(&mut map);
    payments::add(&mut map);
    subscriptions::add(&mut map);
    checkout::add(&mut map);
    disputes::add(&mut map);
    authorizations::add(&mut map);
    marketplace::add(&mut map);
    generic::fill(&mut map);
    map
}

/// The buyer pages of every family.
pub(crate) fn pages() -> Vec<BuyerPage> {
    vec![
        VERIFICATION_PAGE,
        AUTHENTICATION_PAGE,
        subscriptions::AUTHORISATION_PAGE,
        checkout::CHECKOUT_PAGE,
        authorizations::CONSENT_PAGE,
    ]
}

/// The kinds of record every family stores, for the dashboard (a new family adds its own).
pub(crate) fn kinds() -> Vec<Kind> {
    use crate::state::{Account, Authorization, Dispute, Payment, Refund, Session, Subscription, Transfer, Vaulting};
    vec![
        kind::<Session>(),
        kind::<Vaulting>(),
        kind::<Payment>(),
        kind::<Refund>(),
        kind::<Subscription>(),
        kind::<Dispute>(),
        kind::<Authorization>(),
        kind::<Account>(),
        kind::<Transfer>(),
    ]
}

pub(crate) use authorizations::CONSENT_PAGE;
pub(crate) use checkout::CHECKOUT_PAGE;
pub(crate) use payments::AUTHENTICATION_PAGE;
pub(crate) use subscriptions::AUTHORISATION_PAGE as SUBSCRIPTION_PAGE;
pub(crate) use vaulting::VERIFICATION_PAGE;

fn add<O>(map: &mut EndpointMap, behaviour: Behaviour<O>)
where
    O: Operation + serde::de::DeserializeOwned + Send + Sync + 'static,
    O::Response: serde::Serialize,
{
    map.insert(O::PATH, Box::new(Typed::<O> { behaviour }));
}

/// A refusal as an API's error type: the page's own variant when the page documents `code`,
/// the gateway's common code otherwise, with a message that says which rule was broken.
pub(crate) fn refuse<E: vault_runtime::ApiError>(code: vault_generated::CommonCode, message: impl Into<String>) -> E {
    let result = code.to_result();
    E::from_result(vault_runtime::ApiResult::new(result.result_code, result.result_status, message))
}

/// Writes an amount, as answers and notifications write it (currency code, minor units as
/// text), into any generated amount type (each page's own, all with these two fields).
macro_rules! write_amount {
    ($target:expr, $currency:expr, $minor_units:expr) => {{
        let written = crate::apis::payments::amount($currency, $minor_units);
        $target.currency = written.currency;
        $target.value = written.value;
    }};
}
pub(crate) use write_amount;

/// Random bytes from the system RNG.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The RNG only fails when the OS cannot provide randomness; zeros then still make valid
    // (if predictable) sandbox ids, which is acceptable for a test server.
    let _ = aws_lc_rs::rand::fill(&mut bytes);
    bytes
}

/// A random id: `prefix` followed by hex digits.
pub(crate) fn random_id(prefix: &str) -> String {
    let hex: String = random_bytes::<16>().iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}{hex}")
}
