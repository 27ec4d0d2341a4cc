//! Generator settings that are not in the pages: the maintainer's visible rules.

/// Settings for one generation run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Wire names of fields whose values are secrets (card numbers, tokens, session data). Such
    /// fields are wrapped so that `Debug` never shows them. A name that matches no field in any
    /// page is reported, so that a typo does not silently leave a secret printable.
    pub sensitive: Vec<String>,
}
