//! What the sandbox remembers of card vaulting: sessions and vaultings.

use crate::store::record::{Key, Record, Summary};
use serde::{Deserialize, Serialize};
use vault_generated::vaulting::response::CardPaymentMethodDetail;
use vault_runtime::DateTime;

/// A vaulting session created by `createVaultingSession`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The session id returned.
    pub id: String,
    /// The merchant's vaulting request id.
    pub vaulting_request_id: String,
    /// The client that created it.
    pub client_id: String,
    /// Where the outcome is to be notified.
    pub notification_url: String,
    /// When it expires (by the sandbox clock).
    pub expiry: DateTime,
}

impl Record for Session {
    const KIND: &'static str = "session";

    fn id(&self) -> &str {
        &self.id
    }

    fn summary(&self) -> Summary {
        // The session data is never stored; the id alone opens nothing.
        Summary::new(&self.id)
            .field("vaultingRequestId", &self.vaulting_request_id)
            .field("client", &self.client_id)
            .field("expiry", self.expiry)
    }
}

/// How a vaulting stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum VaultingState {
    /// Waiting for the buyer to verify the card.
    Processing,
    /// The card is vaulted.
    Success,
    /// Vaulting failed.
    Fail,
}

/// A card vaulting started by `vaultPaymentMethod`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Vaulting {
    /// The merchant's vaulting request id.
    pub vaulting_request_id: String,
    /// The client that started it.
    pub client_id: String,
    /// How it stands.
    pub state: VaultingState,
    /// The card as answers show it (the token once vaulted).
    pub card: CardPaymentMethodDetail,
    /// The token, issued when verification is done (and the vaulting's id in the store).
    pub card_token: String,
    /// Where the outcome is notified.
    pub notification_url: String,
    /// Where the buyer goes after verification.
    pub redirect_url: String,
    /// When it was started.
    pub created: DateTime,
    /// The page the buyer opens to verify the card (3-D Secure), while processing.
    pub verification_url: Option<String>,
}

impl Vaulting {
    /// The key of a client's vaulting request id.
    pub(crate) fn by_request(client_id: &str, vaulting_request_id: &str) -> Key {
        Key::new("vaultingRequestId", [client_id, vaulting_request_id])
    }
}

impl Record for Vaulting {
    const KIND: &'static str = "vaulting";

    fn id(&self) -> &str {
        &self.card_token
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_request(&self.client_id, &self.vaulting_request_id)]
    }

    fn summary(&self) -> Summary {
        // Its id is the card token: the merchant's request id names it instead.
        let summary = Summary::new(&self.vaulting_request_id)
            .field("client", &self.client_id)
            .field("state", format!("{:?}", self.state))
            .field("brand", self.card.brand.as_deref().unwrap_or("?"))
            .field("card", self.card.masked_card_no.as_deref().unwrap_or("?"));
        if self.state == VaultingState::Processing {
            return summary.pending(&self.client_id, &self.vaulting_request_id);
        }
        summary
    }
}
