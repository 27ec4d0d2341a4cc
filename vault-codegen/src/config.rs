//! Generator settings that are not in the pages: the maintainer's visible rules.

/// The next steps a page's result handling can call for (the variants of the runtime's
/// `NextStep`).
pub const NEXT_STEPS: [&str; 5] =
    ["RetrySameRequest", "RetryWithNewRequestId", "FixRequest", "RedirectBuyer", "DoNotRetry"];

/// Settings for one generation run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Wire names of fields whose values are secrets (card numbers, tokens, session data). Such
    /// fields are wrapped so that `Debug` never shows them. A name that matches no field in any
    /// page is reported, so that a typo does not silently leave a secret printable.
    pub sensitive: Vec<String>,
    /// Where an API's page prescribes another next step than the protocol's default
    /// (`U` → resend the same request, anything else → do not resend).
    pub next_steps: Vec<NextStepOverride>,
    /// Rust names for the API of a page, by the page's file name: the vendor publishes several
    /// pages for one endpoint (`pay` for One-time Payments, for Tokenized Payments, ...), which
    /// would otherwise give the same names. The wire name and endpoint stay the page's.
    pub renames: Vec<Rename>,
    /// Cargo features by page directory: the items of the APIs whose pages are in a listed
    /// directory (and the types only they use) are compiled only with that feature, so that a
    /// crate which only vaults does not compile the payment types.
    pub features: Vec<Feature>,
    /// The Cargo feature under which request types implement `Deserialize`, which only a
    /// simulator needs (it reads requests); `None` implements it always. Deserialising large
    /// request types is a third of the generated crate's build time, so the SDK leaves it out
    /// unless asked. Drafts always deserialise: they are how an application reads a request.
    pub deserialize_requests: Option<String>,
    /// Emit a constructor macro per request type (`create_vaulting_session_request! { .. }`),
    /// exported at the invoking crate's root. Off by default: `#[macro_export]` puts every
    /// macro in one flat namespace, so only the one crate that publishes the client (and calls
    /// `generate!` once, at its root) can hold them; two invocations in one crate would clash.
    pub constructors: bool,
    /// Settings that name no page, API, field or directory of the pages are ignored instead of
    /// reported. The differ sets it: it reads old pages that predate some settings (a page added
    /// since, a family moved into a directory); the macro and `check` never do.
    pub ignore_unmatched: bool,
}

/// A page directory whose APIs belong to a Cargo feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    /// The directory, relative to the pages (`payments`); its subdirectories belong to it too.
    pub dir: String,
    /// The Cargo feature of the crate that invokes the generator (`payments`).
    pub name: String,
}

/// The Rust name of one page's API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    /// The page's file name (`pay_tokenized.md`).
    pub page: String,
    /// The API name its Rust items take, lowerCamelCase (`payTokenized`).
    pub name: String,
}

/// One per-API exception to the default next step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStepOverride {
    /// The API (`vaultPaymentMethod`).
    pub api: String,
    /// `U` or `F` (every result with that status, unknown codes included), or a result code of
    /// the API's table (that code only; takes precedence over the status).
    pub when: String,
    /// One of [`NEXT_STEPS`].
    pub step: String,
}
