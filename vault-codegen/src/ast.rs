//! Syntax of a page: what the Markdown says, before any meaning is given to it. Every node
//! keeps its span.

use crate::diag::Reported;
use crate::source::{FileId, Span};

/// A piece of page text: its plain form (for matching), its Markdown source (for rustdoc) and
/// where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// Plain text: escapes resolved, emphasis dropped, inline code in backticks.
    pub plain: String,
    /// The Markdown as written in the page.
    pub markdown: String,
    pub span: Span,
}

/// One page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub file: FileId,
    /// The `# apiName` heading.
    pub title: Text,
    /// The optional `> summary` line under the title.
    pub summary: Option<Text>,
    /// The endpoint line, e.g. `` `POST /v1/vaults/createVaultingSession` ``.
    pub endpoint: Option<Text>,
    /// Description paragraphs and notes between the endpoint and the first section.
    pub description: Vec<Prose>,
    /// A table of the gateways the API is sent through, in the description.
    pub gateways: Option<GatewayTable>,
    /// The sections, in page order.
    pub sections: Vec<Section>,
    /// The object types of an objects page (`# Shared objects`), in page order.
    pub objects: Vec<ObjectSection>,
}

/// One object type on an objects page: `## TypeName`, then its field blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectSection {
    /// The `##` heading, whose text is the type name.
    pub name: Text,
    /// Prose before the first field.
    pub prose: Vec<Prose>,
    pub fields: Vec<FieldBlock>,
}

/// Which section a `##`/`###` heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Request,
    Response,
    ResultLogic,
    Codes,
    /// The codes one field carries, titled after it (`## Failure Reason Code` for
    /// `failureReason`, `## Payment result codes` for `paymentResultCode`).
    FieldCodes,
}

/// A section of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    pub heading: Text,
    /// Prose before the first field (or the whole content of a prose section).
    pub prose: Vec<Prose>,
    /// Top-level field blocks (parameter sections).
    pub fields: Vec<FieldBlock>,
    /// The code table (codes section).
    pub table: Option<CodeTable>,
}

/// Descriptive content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prose {
    Paragraph(Text),
    /// A `> **Note**:` block quote.
    Note(Text),
    /// A list that is part of the description.
    List(Vec<Text>),
    /// A fenced code block (an example message); its Markdown keeps the fences.
    Code(Text),
}

/// One field: heading, description, constraints, values and children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldBlock {
    pub heading: FieldHeading,
    /// Heading level (4 for top-level fields).
    pub level: u8,
    /// Description and notes.
    pub prose: Vec<Prose>,
    /// The bullets of the "More information" lists.
    pub more_info: Vec<Text>,
    /// The "Valid values are:" list.
    pub values: Option<ValueList>,
    /// Child fields (object types).
    pub children: Vec<FieldBlock>,
}

/// `#### name (Type, REQUIRED)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldHeading {
    pub span: Span,
    /// The field name as on the wire.
    pub name: Text,
    pub ty: Text,
    /// Whether the heading says REQUIRED.
    pub required: bool,
}

/// A "Valid values are:" list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueList {
    pub span: Span,
    pub items: Vec<ValueItem>,
    /// Whether its introduction says the value is fixed (`The fixed value is:`).
    pub fixed: bool,
    /// Whether its values are grouped (by region, in the marketplace's `companyType`): a value
    /// may then be listed under several groups.
    pub grouped: bool,
    /// Proof that an item of the list could not be read (and was left out).
    pub unread: Option<Reported>,
}

/// `` -   `S`: meaning ``.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueItem {
    /// The value, without backticks.
    pub value: Text,
    /// What it means (Markdown).
    pub meaning: String,
}

/// A table of gateway addresses in a page's description: | Country/Region | Method | URL |
/// (supplyEvidence goes through a large-message gateway and names no endpoint otherwise).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayTable {
    pub span: Span,
    /// Its rows: region, method, URL.
    pub rows: Vec<[Text; 3]>,
}

/// The result/error code table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeTable {
    pub span: Span,
    pub rows: Vec<CodeRow>,
}

/// One row of the code table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    /// The result code (escapes resolved).
    pub code: Text,
    /// The status letter column.
    pub status: Text,
    /// The documented message.
    pub message: Text,
    /// The further action.
    pub action: Text,
}
