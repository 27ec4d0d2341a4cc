//! The business behaviour of each API the sandbox simulates. Validation, idempotency, codes
//! and signing are generic ([`crate::endpoint`]); only what an API does lives here.

pub(crate) mod card;
mod create_vaulting_session;
pub(crate) mod inquire_vaulting;
pub(crate) mod vault_payment_method;

use crate::endpoint::{Endpoint, Typed};
use std::collections::HashMap;
use vault_runtime::Operation;

/// Endpoints by documented path.
pub(crate) fn endpoints() -> HashMap<&'static str, Box<dyn Endpoint>> {
    let mut map: HashMap<&'static str, Box<dyn Endpoint>> = HashMap::new();
    add::<vault_generated::CreateVaultingSessionRequest>(&mut map, create_vaulting_session::behaviour);
    add::<vault_generated::VaultPaymentMethodRequest>(&mut map, vault_payment_method::behaviour);
    add::<vault_generated::InquireVaultingRequest>(&mut map, inquire_vaulting::behaviour);
    map
}

fn add<O>(map: &mut HashMap<&'static str, Box<dyn Endpoint>>, behaviour: crate::endpoint::Behaviour<O>)
where
    O: Operation + serde::de::DeserializeOwned + Send + Sync + 'static,
    O::Response: serde::Serialize,
{
    map.insert(O::PATH, Box::new(Typed::<O> { behaviour }));
}

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
