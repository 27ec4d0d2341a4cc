//! The kinds of change, each with its two verdicts: what it does on the wire (oasdiff's
//! levels) and what it does to Rust code written against the previous generated crate (semver).

use serde_json::Value;
use std::fmt;

/// What a change does to a client or server already speaking the API, as oasdiff rates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Wire {
    /// Nothing on the wire changes (documentation, Rust names).
    None,
    /// Old clients keep working.
    Compatible,
    /// Old clients may break, depending on what they do.
    PossiblyBreaking,
    /// Old clients break.
    Breaking,
}

/// What a change does to Rust code written against the previous generated crate, as a semver
/// release of that crate: patch (nothing to notice), minor (additions), major (code written the
/// way the README recommends may stop compiling).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rust {
    /// Nothing a program can observe at compile time changes.
    Patch,
    /// Additions, or values that change without any type changing.
    Minor,
    /// A type, field, variant or name a program may use changes or goes away.
    Major,
}

impl Wire {
    /// The name used in every output format.
    pub fn name(self) -> &'static str {
        match self {
            Wire::None => "none",
            Wire::Compatible => "compatible",
            Wire::PossiblyBreaking => "possibly-breaking",
            Wire::Breaking => "breaking",
        }
    }
}

impl Rust {
    /// The name used in every output format.
    pub fn name(self) -> &'static str {
        match self {
            Rust::Patch => "patch",
            Rust::Minor => "minor",
            Rust::Major => "major",
        }
    }
}

macro_rules! kinds {
    ($($variant:ident => $name:literal, $wire:ident, $rust:ident, $doc:literal;)*) => {
        /// A kind of change.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            $(#[doc = $doc] $variant,)*
        }

        impl Kind {
            /// Every kind, in the order of the policy table.
            pub const ALL: &'static [Kind] = &[$(Kind::$variant),*];

            /// The kebab-case name used in every output format.
            pub fn name(self) -> &'static str {
                match self { $(Kind::$variant => $name,)* }
            }

            /// The verdicts of this kind of change.
            pub fn verdicts(self) -> (Wire, Rust) {
                match self { $(Kind::$variant => (Wire::$wire, Rust::$rust),)* }
            }

            /// What the change is, in a sentence.
            pub fn doc(self) -> &'static str {
                match self { $(Kind::$variant => $doc,)* }
            }
        }
    };
}

kinds! {
    ApiAdded => "api-added", Compatible, Minor, "A page for a new API: new types and a new client method.";
    ApiRemoved => "api-removed", Breaking, Major, "An API's page is gone, and its types and method with it.";
    EndpointChanged => "endpoint-changed", Breaking, Minor, "The method, the path or a large-message gateway changed within the family: only `Operation::METHOD`, `PATH` or `LARGE_MESSAGE_GATEWAYS` changes.";
    FamilyChanged => "family-changed", Breaking, Major, "The path moved the API to another family: its types move to another module.";
    RequestFieldAddedOptional => "request-field-added-optional", Compatible, Minor, "A new optional request field: requests are built with `new(Required)` and drafts from `Default`, so nothing breaks.";
    RequestFieldAddedRequired => "request-field-added-required", Breaking, Major, "A new required request field: the `Required` struct gains a field every literal must give.";
    RequestFieldRemoved => "request-field-removed", PossiblyBreaking, Major, "A request field is gone: code that sets it no longer compiles.";
    RequestFieldBecameRequired => "request-field-became-required", Breaking, Major, "An optional request field became required: it moves into `Required`.";
    RequestFieldBecameOptional => "request-field-became-optional", Compatible, Major, "A required request field became optional: it leaves `Required` and becomes an `Option`.";
    RequestMaxLengthDecreased => "request-max-length-decreased", Breaking, Major, "A shorter maximum length: a literal that fitted may not any more.";
    RequestMaxLengthIncreased => "request-max-length-increased", Compatible, Minor, "A longer maximum length: every value that fitted still does.";
    RequestMaxSizeDecreased => "request-max-size-decreased", Breaking, Major, "Fewer elements allowed in a request list.";
    RequestMaxSizeIncreased => "request-max-size-increased", Compatible, Minor, "More elements allowed in a request list.";
    RequestRangeNarrowed => "request-range-narrowed", Breaking, Major, "A narrower value range: a literal that was inside may not be.";
    RequestRangeWidened => "request-range-widened", Compatible, Minor, "A wider value range: every value that was inside still is.";
    RequestEnumValueRemoved => "request-enum-value-removed", Breaking, Major, "A valid value of a request field is gone, and its enum variant with it.";
    RequestEnumValueAdded => "request-enum-value-added", Compatible, Minor, "A new valid value of a request field: a new variant of a non-exhaustive enum.";
    ResponseFieldAdded => "response-field-added", Compatible, Minor, "A new field in an answer or notification: received types are non-exhaustive.";
    ResponseFieldRemovedRequired => "response-field-removed-required", Breaking, Major, "A required received field is gone: code that reads it no longer compiles.";
    ResponseFieldRemovedOptional => "response-field-removed-optional", PossiblyBreaking, Major, "An optional received field is gone: code that reads it no longer compiles.";
    ResponseFieldBecameOptional => "response-field-became-optional", Breaking, Major, "A received field may now be missing: its type becomes an `Option`.";
    ResponseFieldBecameRequired => "response-field-became-required", Compatible, Major, "A received field is now always there: its type is no longer an `Option`.";
    ResponseEnumValueAdded => "response-enum-value-added", PossiblyBreaking, Minor, "A new value of a received field: a new variant of a non-exhaustive open enum.";
    ResponseEnumValueRemoved => "response-enum-value-removed", Compatible, Major, "A value of a received field is gone, and its enum variant with it.";
    ResponseConstraintChanged => "response-constraint-changed", PossiblyBreaking, Patch, "A received field's length or range changed: received types hold plain values, so no Rust type changes.";
    TypeChanged => "type-changed", Breaking, Major, "A field's type changed.";
    FixedValueChanged => "fixed-value-changed", Breaking, Major, "A fixed value changed: `fixed!` literals of the old value no longer compile.";
    IdempotencyFieldChanged => "idempotency-field-changed", Breaking, Minor, "Another field (or none) makes the call idempotent: retries change, no type does.";
    ResultCodeAdded => "result-code-added", PossiblyBreaking, Minor, "A new result code: a new variant of the non-exhaustive error enum.";
    ResultCodeRemoved => "result-code-removed", Compatible, Major, "A result code is gone, and its error variant with it.";
    ResultCodeStatusChanged => "result-code-status-changed", Breaking, Minor, "A result code's status letter changed: its next step changes, its variant does not.";
    RustNameChanged => "rust-name-changed", None, Major, "A generated type got another name or module (a type shared by pages became scoped, or the reverse).";
    PathRemoved => "path-removed", None, Major, "A type's path is gone while its name lives on at another path of its family (another description of the name became the one most of the family's APIs share): use the new path.";
    DescriptionChanged => "description-changed", None, Patch, "Only prose changed: rustdoc differs, code does not.";
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Which message a change is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Direction {
    /// What the merchant sends.
    Request,
    /// What Antom answers.
    Response,
    /// What Antom sends to the merchant's notification URL.
    Notification,
}

impl Direction {
    /// The name used in every output format.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
            Direction::Notification => "notification",
        }
    }
}

/// One change between two sets of pages.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// The API (`payments/cancel`; the name alone for a notification without an endpoint).
    pub api: String,
    /// Which message, when the change is inside one.
    pub direction: Option<Direction>,
    /// The field path (`paymentMethodDetail.card.cardNo`), or the code, or empty.
    pub path: String,
    /// What kind of change.
    pub kind: Kind,
    /// The old value, when it has one worth showing.
    pub old: Option<String>,
    /// The new value.
    pub new: Option<String>,
    /// Its wire verdict.
    pub wire: Wire,
    /// Its Rust verdict.
    pub rust: Rust,
    /// The constraint-suite cases it adds (`+fail/name`), removes (`-`) or changes (`~`).
    pub cases: Vec<String>,
}

impl Change {
    /// The change as JSON.
    pub fn json(&self) -> Value {
        serde_json::json!({
            "api": self.api,
            "direction": self.direction.map(Direction::name),
            "path": self.path,
            "kind": self.kind.name(),
            "old": self.old,
            "new": self.new,
            "wire": self.wire.name(),
            "rust": self.rust.name(),
            "cases": self.cases,
        })
    }
}
