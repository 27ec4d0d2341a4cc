//! What the sandbox remembers of user authorizations (consult, the user's consent, applyToken,
//! revoke) and of the tokens they issue.

use crate::store::record::{Key, Record, Summary};
use serde::{Deserialize, Serialize};
use vault_runtime::DateTime;

/// How an authorization stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuthorizationState {
    /// consult answered; waiting for the user to agree at the authorization URL.
    AwaitingUser,
    /// The user agreed: its authorization code may be exchanged for a token, once.
    CodeIssued,
    /// The code was exchanged: its tokens work until revoked or expired.
    TokenIssued,
    /// The user refused.
    Refused,
    /// The merchant revoked it: none of its tokens works any more.
    Revoked,
}

/// A user authorization asked by consult. Its id is the authorization code the user's consent
/// hands out.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Authorization {
    /// The authorization code (`authCode`), fixed when consult is answered and handed out
    /// when the user agrees.
    pub auth_code: String,
    /// The client that asked.
    pub client_id: String,
    /// The merchant's `authState`.
    pub auth_state: String,
    /// The wallet the user belongs to (`customerBelongsTo`).
    pub customer_belongs_to: String,
    /// Where the user returns (with `authCode` and `authState`).
    pub redirect_url: String,
    /// Where notifyAuthorization goes (none: not notified).
    pub notify_url: Option<String>,
    /// The page where the user agrees, while that is pending.
    pub consent_url: Option<String>,
    /// How it stands.
    pub state: AuthorizationState,
    /// When it last changed.
    pub updated: DateTime,
}

impl Authorization {
    /// The key of a client's `authState`.
    pub(crate) fn by_state(client_id: &str, auth_state: &str) -> Key {
        Key::new("authState", [client_id, auth_state])
    }
}

impl Record for Authorization {
    const KIND: &'static str = "authorization";

    fn id(&self) -> &str {
        &self.auth_code
    }

    fn keys(&self) -> Vec<Key> {
        vec![Self::by_state(&self.client_id, &self.auth_state)]
    }

    fn summary(&self) -> Summary {
        // The code is a credential until exchanged: the label is the merchant's authState.
        let summary = Summary::new(&self.auth_state)
            .field("client", &self.client_id)
            .field("customerBelongsTo", &self.customer_belongs_to)
            .field("state", format!("{:?}", self.state));
        if self.state == AuthorizationState::AwaitingUser {
            return summary.pending(&self.client_id, &self.auth_state);
        }
        summary
    }
}

/// What a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TokenKind {
    /// An access token (`accessToken`).
    Access,
    /// A refresh token (`refreshToken`), which gets a new access token.
    Refresh,
}

/// A token an authorization issued. Its id is the token itself (a secret: never shown).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    /// The token.
    pub token: String,
    /// What it is for.
    pub kind: TokenKind,
    /// The client it was issued to.
    pub client_id: String,
    /// The authorization (its code) that issued it.
    pub auth_code: String,
    /// Until when it works (by the sandbox clock).
    pub expiry: DateTime,
    /// Whether it was replaced (an access token after a refresh) or revoked.
    pub spent: bool,
}

impl Token {
    /// The group of an authorization's tokens.
    pub(crate) fn of(auth_code: &str) -> Key {
        Key::new("authorization", [auth_code])
    }
}

impl Record for Token {
    const KIND: &'static str = "token";

    fn id(&self) -> &str {
        &self.token
    }

    fn links(&self) -> Vec<Key> {
        vec![Self::of(&self.auth_code)]
    }

    fn summary(&self) -> Summary {
        Summary::new(&format!("{:?} token", self.kind)).field("client", &self.client_id).field("spent", self.spent)
    }
}
