//! The words the parser recognises in a page, in one place. Matching is done on these constants
//! only, so that a vendor rewording is a one-line change here.

/// The title of a page that describes object types shared by several APIs (each `##` heading
/// is a type name). Vendor pages cannot nest deeper than `######`, so a type used at that depth
/// (`cardholderName (UserName)`) is described here.
pub const OBJECTS_TITLE: &str = "Shared objects";

/// The title of the page of the gateway's common result codes, which any API may answer; it
/// has only a Result/Error codes table.
pub const COMMON_CODES_TITLE: &str = "Common result codes";

/// Text of the plain-text (browser copy) rendering that a Markdown page never has.
pub const PLAIN_TEXT_MARKERS: [&str; 2] = ["Show child parameters", "API Explorer"];

/// Column titles of the table-based parameter layout some product families use.
pub const PARAMETER_COLUMNS: [&str; 4] = ["Parameter name", "Type", "Required", "Description"];

/// The second H1 that introduces the header/body explanation; its content is boilerplate.
pub const STRUCTURE_HEADING: &str = "Structure";

// Section titles (H2 or H3), compared case-insensitively with runs of spaces folded.
pub const REQUEST_SECTION: &str = "Request parameters";
pub const RESPONSE_SECTION: &str = "Response parameters";
pub const RESULT_LOGIC_SECTION: &str = "Result process logic";
pub const CODES_SECTION: &str = "Result/Error codes";

/// Other headings of the code table section: the ABA pages write `## Result codes`.
pub const CODES_SECTION_ALSO: [&str; 2] = ["Result codes", "Error codes"];
/// Another heading of the result process logic (the ABA pages refer to it so).
pub const RESULT_LOGIC_SECTION_ALSO: [&str; 1] = ["Result processing logic"];

/// Every section title a page may use (besides the other spellings above).
pub const SECTIONS: [&str; 4] = [REQUEST_SECTION, RESPONSE_SECTION, RESULT_LOGIC_SECTION, CODES_SECTION];

/// How a field heading is written (the help of a heading that cannot be read).
pub const HEADING_FORM: &str = "write the heading as `#### fieldName (Type, REQUIRED)` or `#### fieldName (Type)`";

/// The word that marks a required field in a field heading.
pub const REQUIRED_FLAG: &str = "REQUIRED";

/// The paragraph that introduces a field's constraint list.
pub const MORE_INFORMATION: &str = "More information:";
/// The older wording of [`MORE_INFORMATION`] (no colon).
pub const MORE_INFORMATION_ABOUT: &str = "More information about this field";

/// The end of the sentence that introduces a closed list of values.
pub const VALID_VALUES: &str = "Valid values are:";
/// Every ending, lower case, of a sentence that introduces a bullet list of values, as the
/// vendor spells it on one page or another. Longer endings come first, so that the longest match
/// is stripped from the description.
pub const VALUE_LIST_INTROS: [&str; 19] = [
    "valid values of this parameter are:",
    "the valid values include:",
    "the valid values are:",
    "the valid value is:",
    "the fixed value is:",
    "include valid values:",
    "possible value range:",
    "possible values include:",
    "possible values are:",
    "valid values include:",
    "valid values are:",
    "valid value are:",
    "valid values is:",
    "valid value is:",
    "fixed value is:",
    "possible values:",
    "possible value:",
    "valid values:",
    "valid value:",
];
/// A value-list introduction containing this word announces the one value the field is fixed to.
pub const FIXED_WORD: &str = "fixed";
/// The start of the sentence that lists example values of an open set.
pub const POSSIBLE_VALUES: &str = "Some possible values are";
/// The words before a fixed value: "The value of this parameter is fixed to `CARD`.", "the value
/// is fixed as CASHIER_PAYMENT."
pub const FIXED_TO: [&str; 2] = ["fixed to", "fixed as"];
/// Mention of the country code standard that makes a field with a maximum length of 2 a
/// region code.
pub const ISO_3166: &str = "ISO 3166";
/// Mentions of the currency code standard that make a field with a maximum length of 3 a
/// currency.
pub const ISO_4217: [&str; 2] = ["ISO 4217", "ISO-4217"];
/// What follows [`ISO_3166`] when the page means subdivision codes (`ISO 3166-2`), which are
/// not region codes.
pub const ISO_3166_SUBDIVISION: &str = "-2";
/// Characters of an ISO 8601 date and time with offset as sent: `2019-11-27T12:01:01+08:00`.
pub const DATETIME_LENGTH: usize = 25;

/// Constraint bullet: "Maximum length: 64 characters".
pub const MAX_LENGTH: &str = "Maximum length:";
/// Unit of [`MAX_LENGTH`].
pub const CHARACTERS: &str = "characters";
/// Constraint bullet: "Maximum size: 10 elements".
pub const MAX_SIZE: &str = "Maximum size:";
/// Unit of [`MAX_SIZE`].
pub const ELEMENTS: &str = "elements";
/// Constraint bullet: "Value range: -720 - 720".
pub const VALUE_RANGE: &str = "Value range:";
/// Words for a missing upper bound of a value range (`1 - unlimited`, `[0, +∞)`).
pub const UNBOUNDED: [&str; 4] = ["unlimited", "+∞", "∞", "infinity"];
/// Constraint bullet that marks the idempotency field of an API.
pub const IDEMPOTENCY: &str = "This field is an API idempotency field";
/// Constraint bullet of a Datetime field.
pub const ISO_8601: &str = "The value follows the ISO 8601 standard format";

/// Column titles of the result/error code table, in order.
pub const CODE_COLUMNS: [&str; 4] = ["Code", "Value", "Message", "Further action"];

/// The last word of the title of a table of the codes one field carries (`## Failure Reason
/// Code`, `## Payment result codes`), singular and plural.
pub const FIELD_CODES_WORDS: [&str; 2] = ["code", "codes"];

/// Whether a section title names the codes of a field: words of letters ending with `Code` or
/// `Codes` (`Failure Reason Code`), that are not the API's own code section.
pub fn is_field_codes_title(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    match words.split_last() {
        Some((last, subject)) => {
            FIELD_CODES_WORDS.iter().any(|w| last.eq_ignore_ascii_case(w))
                && !subject.is_empty()
                && subject.iter().all(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
        }
        None => false,
    }
}

/// The columns of a table of gateway addresses (supplyEvidence's large-message gateways).
pub const GATEWAY_COLUMNS: [&str; 3] = ["Country/Region", "Method", "URL"];

/// The gateway's prefix of every path (`/ams/api/v1/...`), which the pages leave out; a page
/// that writes it means the path after it.
pub const GATEWAY_PREFIX: &str = "/ams/api";

/// Other gateways' path prefixes and their products: a page whose endpoint starts with one
/// describes another product's API (the Alipay+ pages share Antom's layout), which Antom's
/// gateway does not serve.
pub const OTHER_GATEWAYS: [(&str, &str); 1] = [("/aps/api", "Alipay+")];

/// Paths that some notification pages print where they have no endpoint of their own.
pub const NO_ENDPOINT: [&str; 2] = ["/undefined", "/null"];

/// The HTTP method of every API the vendor's reference pages show (and of notifications and
/// large-message gateways).
pub const METHOD: &str = "POST";
/// The other HTTP method an endpoint line may give (the vendor's export declares some
/// operations as GET).
pub const METHOD_GET: &str = "GET";

/// The result code of success; it gets no error variant.
pub const SUCCESS_CODE: &str = "SUCCESS";

/// The object type every response carries; it maps to the runtime's `ApiResult`.
pub const RESULT_TYPE: &str = "Result";
/// A field heading without a type whose description says this (any case) is a deprecated field
/// kept for reference; it is left out of the generated code.
pub const DEPRECATED: &str = "deprecated";
// The fields of an amount of money: `currency` (ISO 4217) and `value` (minor units as digits).
pub const AMOUNT_CURRENCY: &str = "currency";
pub const AMOUNT_VALUE: &str = "value";
/// The name of the field of type [`RESULT_TYPE`] that every answer carries.
pub const RESULT_FIELD: &str = "result";
/// A type token that names no type (`transferFromDetail (Object)`), or follows a type name
/// (`result (Result object)`).
pub const OBJECT_WORD: &str = "object";
/// The fields of [`RESULT_TYPE`], in order.
pub const RESULT_FIELDS: [&str; 3] = ["resultCode", "resultStatus", "resultMessage"];

/// The prefix of the name of a notification page (`notifyVaulting`).
pub const NOTIFY_PREFIX: &str = "notify";
/// A notification field whose name ends so (in any case) names the kind of event
/// (`notifyType`, `disputeNotificationType`, `authorizationNotifyType`): part of its identity.
pub const KIND_SUFFIXES: [&str; 2] = ["notifytype", "notificationtype"];
/// A required top-level notification field whose name ends so is an identifier of the object
/// notified (`paymentRequestId`, `captureId`, a card bill's `billNo`): part of its identity.
pub const ID_SUFFIXES: [&str; 2] = ["Id", "No"];
/// A top-level notification field whose name ends so is the state reached
/// (`vaultingStatus`, `refundStatus`): part of its identity.
pub const STATUS_SUFFIX: &str = "Status";

/// Whether a notification field names the kind of event.
pub fn is_kind_field(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    KIND_SUFFIXES.iter().any(|suffix| lower.ends_with(suffix))
}

/// Whether a notification field is named as an identifier.
pub fn is_id_field(name: &str) -> bool {
    ID_SUFFIXES.iter().any(|suffix| name.ends_with(suffix))
}
/// A sentence with this word and a backticked result code says which answers carry a field:
/// "This field is returned when _result.resultCode_ is `VERIFICATION_IN_PROCESS`."
pub const RETURNED: &str = "returned";
/// The field a "returned" sentence must name for its codes to count.
pub const RESULT_CODE_FIELD: &str = "resultCode";

/// A `String` field whose name ends with this is a URL.
pub const URL_SUFFIX: &str = "Url";

// Scalar type tokens of field headings, compared case-insensitively.
pub const TYPE_STRING: &str = "String";
pub const TYPE_BOOLEAN: &str = "Boolean";
pub const TYPE_INTEGER: &str = "Integer";
pub const TYPE_DATETIME: &str = "Datetime";
pub const TYPE_URL: &str = "URL";
/// A decimal number (a rate, a price), sent as a string.
pub const TYPE_DECIMAL: &str = "Decimal";
/// Another spelling of [`TYPE_DECIMAL`].
pub const TYPE_NUMBER: &str = "Number";
/// Every scalar type token.
pub const SCALAR_TYPES: [&str; 7] =
    [TYPE_STRING, TYPE_BOOLEAN, TYPE_INTEGER, TYPE_DATETIME, TYPE_URL, TYPE_DECIMAL, TYPE_NUMBER];
/// Spellings of a free-key object type (white space removed, lower case), and whether its
/// values are strings (`true`) or any JSON value (`false`).
pub const MAP_TYPES: [(&str, bool); 6] = [
    ("map<string,string>", true),
    ("map<string,object>", false),
    ("map<string,any>", false),
    ("map<string,json>", false),
    ("map", false),
    ("map<string,jsonobject>", false),
];
/// Array type constructors: `Array<Thing>`, `List<Thing>`.
pub const ARRAY_TYPES: [&str; 2] = ["Array", "List"];

/// The name of a fenced code block among a page's blocks; descriptions keep it as an example.
pub const CODE_BLOCK: &str = "code block";

/// The list of type tokens a heading may use (the help of a type that is not understood).
pub fn type_help() -> String {
    format!(
        "a field type is one of {}, `Array<Type>`, `Map<String, String>`, `Map<String, Object>`, or the name of an object type (`PaymentMethodDetail`) whose fields follow one heading level deeper",
        SCALAR_TYPES.map(|s| format!("`{s}`")).join(", ")
    )
}

/// Compares two titles case-insensitively with runs of white space folded.
pub fn same_title(a: &str, b: &str) -> bool {
    let fold = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    fold(a) == fold(b)
}

/// `text` without `suffix`, compared ignoring ASCII case (`"Kinds. Valid values are:"` without
/// `"valid values are:"` is `"Kinds. "`). The vocabulary is ASCII; the text may be anything.
/// Folding only ASCII keeps every byte offset of `text` valid: a Unicode lower-casing changes the
/// length of some characters (`İ` becomes `i̇`), so an index found in a lower-cased copy must
/// never slice the original.
pub fn strip_suffix_ignore_ascii_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    let (kept, tail) = (text.get(..at)?, text.get(at..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(kept)
}
