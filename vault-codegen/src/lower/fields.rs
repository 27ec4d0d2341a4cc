//! Field blocks to model fields: the type from the heading token refined by the constraints and
//! prose, child fields to object types, and the checks that belong to a single field.

use super::constraints::{self, Constraints};
use super::page::{Field, Object, Ty};
use super::prose::{self, ProseFacts};
use crate::ast::{FieldBlock, Text, ValueList};
use crate::diag::{Diagnostics, Reported};
use crate::model::{Direction, EnumValue, MapValue};
use crate::source::Span;
use crate::vocab;
use std::collections::BTreeMap;

/// Shared state while lowering the fields of one page.
pub struct FieldCx<'a> {
    /// Which way the fields being lowered travel (`None` on the objects page).
    pub direction: Option<Direction>,
    /// Where problems go.
    pub sink: &'a mut Diagnostics,
    /// Object types defined by the page so far.
    pub objects: &'a mut Vec<Object>,
    /// Fields whose bullets mark them as the idempotency field.
    pub idempotency: Vec<IdempotencyMark>,
    /// Nesting depth (0 for top-level fields).
    pub depth: usize,
    /// Deprecated fields the page lists without a type, left out of the generated code.
    pub deprecated: Vec<String>,
}

/// A field whose "More information" marks it as the API's idempotency field.
pub struct IdempotencyMark {
    /// Its wire name.
    pub field: String,
    /// The bullet (Markdown).
    pub note: String,
    /// Its name in its heading.
    pub span: Span,
    /// How deep it is (0: a top-level field).
    pub depth: usize,
}

impl FieldCx<'_> {
    /// Lowering state for the fields of one section, `direction`-bound (`None`: the objects
    /// page) at `depth` (0: top-level fields).
    pub fn new<'a>(
        direction: Option<Direction>,
        depth: usize,
        objects: &'a mut Vec<Object>,
        sink: &'a mut Diagnostics,
    ) -> FieldCx<'a> {
        FieldCx { direction, sink, objects, idempotency: Vec::new(), depth, deprecated: Vec::new() }
    }
}

/// Lowers sibling fields; reports duplicate names.
pub fn lower_fields(blocks: &[FieldBlock], cx: &mut FieldCx<'_>) -> Vec<Field> {
    let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
    let mut fields = Vec::new();
    for block in blocks {
        let name = &block.heading.name;
        if let Some(first) = seen.get(name.plain.as_str()) {
            cx.sink.error(name.span, format!("duplicate field `{}`", name.plain)).related(*first, "first defined here");
            continue;
        }
        seen.insert(&name.plain, name.span);
        if let Ok(Some(field)) = lower_field(block, cx) {
            fields.push(field);
        }
    }
    fields
}

/// One field; `None` for a deprecated field the page lists without a type (left out).
fn lower_field(block: &FieldBlock, cx: &mut FieldCx<'_>) -> Result<Option<Field>, Reported> {
    let facts = prose::read(&block.prose);
    if block.heading.ty.plain.is_empty() {
        return untyped(block, &facts, cx);
    }
    let constraints = constraints::read(&block.more_info, cx.sink);
    let name = block.heading.name.plain.clone();
    if let Some(note) = &constraints.idempotency {
        let (span, depth) = (block.heading.name.span, cx.depth);
        cx.idempotency.push(IdempotencyMark { field: name.clone(), note: note.clone(), span, depth });
    }
    let ty = resolve(block, &block.heading.ty, &constraints, &facts, cx)?;
    let mut notes: Vec<String> = constraints.idempotency.iter().chain(&constraints.datetime).cloned().collect();
    // What Antom sends is never checked against limits, so only a sent field needs the word.
    if cx.direction != Some(Direction::Response) {
        notes.extend(unchecked_limits(&ty, &constraints));
    }
    notes.extend(short_datetime_note(&ty));
    if matches!(classify(&block.heading.ty.plain), Token::BareArray) {
        notes.push(format!("The page types this list `{}` without an element type: its elements are strings, as every value but a list is sent.", block.heading.ty.plain));
    }
    notes.extend(fixed_for_one_product(&ty, &facts));
    notes.extend(listed_values_and_length(&ty, &constraints));
    let carried = cx.depth == 0 && cx.direction == Some(Direction::Response);
    Ok(Some(Field {
        returned_with: if carried { facts.returned_with } else { Vec::new() },
        name,
        span: block.heading.span,
        type_span: block.heading.ty.span,
        required: block.heading.required,
        ty,
        docs: facts.docs,
        examples: facts.examples.into_iter().map(|(v, _)| v).collect(),
        notes,
    }))
}

/// Limits the page gives that the field's type cannot hold, kept in the field's docs so that
/// nothing the page says is dropped without a word: a maximum length on an object, a map or a
/// list of them (supplyEvidence's `evidenceContent` map: 10,000,000 characters), and a maximum
/// size on a field that is not a list.
fn unchecked_limits(ty: &Ty, c: &Constraints) -> Vec<String> {
    let structured = matches!(ty.element(), Ty::Map { .. } | Ty::Object(_));
    let length = c.max_len.filter(|_| structured).map(|max| {
        format!("The page gives this field a maximum length of {max} characters, which the client does not check on a structured value.")
    });
    let size = c.max_items.filter(|_| !matches!(ty, Ty::Array { .. })).map(|max| {
        format!("The page gives this field a maximum size of {max} elements, which does not apply to a field that is not a list.")
    });
    length.into_iter().chain(size).collect()
}

/// A heading without a type: a deprecated field that the page keeps for reference ("Deprecated.
/// Use env.terminalType instead.") is left out of the generated code, and the API's docs list
/// it; any other is reported.
fn untyped(block: &FieldBlock, facts: &ProseFacts, cx: &mut FieldCx<'_>) -> Result<Option<Field>, Reported> {
    let name = &block.heading.name;
    let deprecated = facts.docs.iter().any(|d| d.to_lowercase().contains(vocab::DEPRECATED));
    if deprecated && block.children.is_empty() {
        cx.deprecated.push(name.plain.clone());
        return Ok(None);
    }
    Err(cx
        .sink
        .error(name.span, format!("field heading `{}` has no type", name.plain))
        .help(vocab::HEADING_FORM)
        .reported())
}

/// What a heading type token names.
enum Token<'t> {
    Scalar(&'static str),
    Array(&'t str),
    /// `Array` without an element type (inquireCardTransactionLifecycle's id lists).
    BareArray,
    Map(MapValue),
    Named(&'t str),
    Unnamed,
    Invalid,
}

fn classify(token: &str) -> Token<'_> {
    if let Some(scalar) = vocab::SCALAR_TYPES.iter().find(|s| s.eq_ignore_ascii_case(token)) {
        return Token::Scalar(scalar);
    }
    if let Some(value) = map_value(token) {
        return Token::Map(value);
    }
    if vocab::OBJECT_WORD.eq_ignore_ascii_case(token) {
        return Token::Unnamed;
    }
    // `Result object`: some pages follow the type name with the word `object`.
    let token = token
        .rsplit_once(' ')
        .filter(|(_, word)| vocab::OBJECT_WORD.eq_ignore_ascii_case(word))
        .map_or(token, |(name, _)| name.trim());
    if vocab::ARRAY_TYPES.iter().any(|a| a.eq_ignore_ascii_case(token)) {
        return Token::BareArray;
    }
    // `Array<Item>`, and `Array <Item>` as the marketplace pages write it.
    for array in vocab::ARRAY_TYPES {
        if let Some(inner) = token
            .strip_prefix(array)
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('<'))
            .and_then(|r| r.strip_suffix('>'))
        {
            return Token::Array(inner.trim());
        }
    }
    if crate::names::is_type_name(token) { Token::Named(token) } else { Token::Invalid }
}

fn resolve(
    block: &FieldBlock,
    token: &Text,
    c: &Constraints,
    facts: &ProseFacts,
    cx: &mut FieldCx<'_>,
) -> Result<Ty, Reported> {
    match classify(&token.plain) {
        Token::Array(inner) => {
            // Measured in the Markdown the span covers: the plain `inner` has lost backticks
            // and escapes, so its length would cut a character of the heading as written.
            let open = token.markdown.find('<').map_or(0, |i| i + 1);
            let close = token.markdown.rfind('>').filter(|&close| close >= open).unwrap_or(token.markdown.len());
            let inner_span = token.span.sub(open, close - open);
            let inner = Text { plain: inner.to_owned(), markdown: inner.to_owned(), span: inner_span };
            if matches!(classify(&inner.plain), Token::Array(_)) {
                return Err(cx.sink.error(inner.span, "arrays of arrays are not supported").reported());
            }
            let item = resolve(block, &inner, &Constraints { max_items: None, ..c.clone() }, facts, cx)?;
            Ok(Ty::Array { item: Box::new(item), max_items: c.max_items })
        }
        // Every value but a list travels as a JSON string (the pages' Structure note), so a
        // list whose page names no element type is a list of strings; one with fields of its
        // own would need the name of their type.
        Token::BareArray => {
            if let Some(child) = block.children.first() {
                return Err(cx
                    .sink
                    .error(
                        token.span,
                        format!("the list `{}` has fields but no element type", block.heading.name.plain),
                    )
                    .related(child.heading.span, "its first field is here")
                    .help(format!(
                        "name the type of its elements: `{}<Name>`, with `Name` in UpperCamelCase",
                        token.plain
                    ))
                    .reported());
            }
            let string = Text {
                plain: vocab::TYPE_STRING.to_owned(),
                markdown: vocab::TYPE_STRING.to_owned(),
                span: token.span,
            };
            let item = resolve(block, &string, &Constraints { max_items: None, ..c.clone() }, facts, cx)?;
            Ok(Ty::Array { item: Box::new(item), max_items: c.max_items })
        }
        Token::Scalar(scalar) => {
            reject_children(block, scalar, cx.sink);
            scalar_ty(block, scalar, c, facts, cx)
        }
        Token::Map(value) => {
            reject_children(block, &token.plain, cx.sink);
            Ok(Ty::Map { value })
        }
        // A maximum length on an object field means nothing (some vendor pages carry one); it
        // is accepted and ignored.
        Token::Named(name) => object_ty(block, name, token.span, facts, cx),
        // `Object`: an object type the page does not name; it is named after its field.
        Token::Unnamed => {
            let name = crate::names::pascal(&block.heading.name.plain);
            object_ty(block, &name, token.span, facts, cx)
        }
        Token::Invalid => Err(cx
            .sink
            .error(token.span, format!("`{}` is not a type", token.plain))
            .help(vocab::type_help())
            .reported()),
    }
}

/// `Map<String, String>` → strings; `Map<String, Object>` and the other spellings of a free-key
/// object → any JSON value.
fn map_value(token: &str) -> Option<MapValue> {
    let folded: String = token.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    vocab::MAP_TYPES
        .iter()
        .find(|(spelling, _)| folded == *spelling)
        .map(|(_, text)| if *text { MapValue::Text } else { MapValue::Json })
}

fn reject_children(block: &FieldBlock, scalar: &str, sink: &mut Diagnostics) {
    if let Some(child) = block.children.first() {
        sink.error(
            child.heading.span,
            format!("field `{}` of type `{scalar}` cannot have child fields", block.heading.name.plain),
        )
        .related(block.heading.span, "the parent field is here")
        .help("give the parent an object type name such as `(Amount, REQUIRED)`, or move the child out");
    }
}

fn scalar_ty(
    block: &FieldBlock,
    scalar: &str,
    c: &Constraints,
    facts: &ProseFacts,
    cx: &mut FieldCx<'_>,
) -> Result<Ty, Reported> {
    let (direction, sink) = (cx.direction, &mut *cx.sink);
    let name = &block.heading.name.plain;
    if scalar != vocab::TYPE_STRING {
        check_values_of_non_string(block, scalar, sink);
    }
    if let (Some(at), true) = (c.max_len_at, scalar == vocab::TYPE_BOOLEAN) {
        sink.error(at, format!("`Maximum length` does not apply to the `{scalar}` field `{name}`"));
    }
    let ranged = [vocab::TYPE_INTEGER, vocab::TYPE_STRING, vocab::TYPE_DECIMAL, vocab::TYPE_NUMBER];
    if let (Some(at), false) = (c.range_at, ranged.contains(&scalar)) {
        sink.error(at, format!("`{}` does not apply to the `{scalar}` field `{name}`", vocab::VALUE_RANGE));
    }
    if let (Some(n), Some(at), false) = (c.single_number, c.range_at, scalar == vocab::TYPE_STRING) {
        sink.error(
            at,
            format!(
                "`{} {n}` on the `{scalar}` field `{name}` gives one number where a range needs two",
                vocab::VALUE_RANGE
            ),
        )
        .help(format!(
            "write the bounds, as in `{} 0 - {n}`; on a `String` field a single number is read as its maximum length",
            vocab::VALUE_RANGE
        ));
    }
    let ty = match scalar {
        vocab::TYPE_BOOLEAN => Ty::Bool,
        vocab::TYPE_INTEGER => Ty::Integer { range: c.range },
        vocab::TYPE_DATETIME => datetime_ty(c, name, direction, sink),
        vocab::TYPE_URL => Ty::Url { max: c.max_len },
        vocab::TYPE_DECIMAL | vocab::TYPE_NUMBER => Ty::Decimal { range: c.range },
        _ => string_ty(block, c, facts, sink)?,
    };
    Ok(ty)
}

/// The values of a Boolean field are documentation (what `true` and `false` mean); any other
/// non-string field cannot take a list.
fn check_values_of_non_string(block: &FieldBlock, scalar: &str, sink: &mut Diagnostics) {
    let Some(values) = &block.values else { return };
    let booleans = values.items.iter().all(|item| matches!(item.value.plain.as_str(), "true" | "false"));
    if scalar == vocab::TYPE_BOOLEAN && booleans {
        return;
    }
    let help = if scalar == vocab::TYPE_BOOLEAN {
        "a Boolean field's list may only explain `true` and `false`"
    } else {
        "only `String` fields take valid values"
    };
    sink.error(values.span, format!("a `{scalar}` field cannot have a list of valid values")).help(help);
}

/// A date and time; a maximum length is accepted when the ISO 8601 form fits in it. A shorter
/// one is a slip of the page: on a sent field an error (the client would send more than the
/// page allows); on a received field, which is never checked on receipt, a note in its docs
/// (see [`short_datetime_note`]; the linker drops the length, and refuses it on a type of the
/// objects page that a request uses).
fn datetime_ty(c: &Constraints, name: &str, direction: Option<Direction>, sink: &mut Diagnostics) -> Ty {
    if let (Some(max), Some(at), Some(Direction::Request)) = (c.max_len, c.max_len_at, direction)
        && max < vocab::DATETIME_LENGTH
    {
        sink.error(at, format!("the Datetime field `{name}` has a maximum length of {max}, shorter than a date and time with offset"))
            .help(format!("an ISO 8601 date and time with offset (`2019-11-27T12:01:01+08:00`) has {} characters; correct the length or the type", vocab::DATETIME_LENGTH));
        return Ty::Datetime { max: None };
    }
    Ty::Datetime { max: c.max_len }
}

/// What a received field's docs say about a maximum length shorter than a date and time.
fn short_datetime_note(ty: &Ty) -> Option<String> {
    match ty {
        Ty::Datetime { max: Some(max) } if *max < vocab::DATETIME_LENGTH => Some(format!(
            "The page gives this date and time a maximum length of {max} characters, shorter than a date and time with its offset ({} characters, as in `2019-11-27T12:01:01+08:00`): a slip of the page. Values are received as Antom sends them and never checked against it.",
            vocab::DATETIME_LENGTH
        )),
        _ => None,
    }
}

/// A `String` field, refined: closed values, fixed value, digits with a range, region code,
/// URL, or text.
fn string_ty(block: &FieldBlock, c: &Constraints, facts: &ProseFacts, sink: &mut Diagnostics) -> Result<Ty, Reported> {
    let name = &block.heading.name.plain;
    let max_len = c.string_max();
    if let Some(values) = &block.values {
        if let Some((value, at)) = &facts.fixed {
            return fixed_among(values, value, *at, name, sink);
        }
        if values.fixed {
            return fixed_list(values, name, sink);
        }
        return enum_ty(values, name, sink);
    }
    if let Some((value, at)) = &facts.fixed {
        if max_len.is_some_and(|max| value.chars().count() > max) {
            sink.error(*at, format!("the fixed value `{value}` of `{name}` is longer than its maximum length"));
        }
        return Ok(Ty::Fixed(value.clone()));
    }
    if let Some(range) = c.range {
        return Ok(Ty::NumericText { range, max: max_len });
    }
    // Likewise a currency: the page cites ISO 4217 and limits the field to three characters.
    if facts.currency && max_len == Some(3) {
        return Ok(Ty::Currency);
    }
    // Only a field the page describes as an ISO 3166 code *and* limits to two characters is a
    // region code: the explicit length wins over the prose (`state` cites ISO 3166-2 and has 8).
    if facts.region && max_len == Some(2) {
        for (example, at) in &facts.examples {
            if !rust_iso3166::ALL_ALPHA2.contains(&example.as_str()) {
                sink.error(*at, format!("`{example}` is not an ISO 3166-1 alpha-2 code"))
                    .help("list only assigned two-letter codes such as `US` or `SG`");
            }
        }
        return Ok(Ty::Region);
    }
    if name.ends_with(vocab::URL_SUFFIX) {
        return Ok(Ty::Url { max: max_len });
    }
    Ok(Ty::Text { max: max_len })
}

/// A field whose prose fixes its value ("For Checkout Payment, the value is fixed as
/// `CASHIER_PAYMENT`") and that lists valid values too: the vendor fixes the value for the
/// product the sentence names, and the list is what the field takes. So the list is the type
/// (a list of that one value is the fixed value), and the sentence stays in the docs, with a
/// note ([`fixed_for_one_product`]). A fixed value the list does not hold is a contradiction.
fn fixed_among(values: &ValueList, fixed: &str, at: Span, name: &str, sink: &mut Diagnostics) -> Result<Ty, Reported> {
    if !values.items.iter().any(|item| item.value.plain == fixed) {
        return Err(sink
            .error(at, format!("the page fixes `{name}` to `{fixed}`, which its list of valid values does not hold"))
            .related(values.span, "the list is here")
            .help("the fixed value must be one of the listed values; check the page against the vendor's")
            .reported());
    }
    match values.items.as_slice() {
        [_] => Ok(Ty::Fixed(fixed.to_owned())),
        _ if values.fixed => fixed_list(values, name, sink),
        _ => enum_ty(values, name, sink),
    }
}

/// The note of a field with listed values whose page also gives it a maximum length: the values
/// are what the type checks, so the length is said here rather than dropped. Where some listed
/// values are longer (consult's `productCode`: 3 characters, values `AGREEMENT_PAYMENT` and
/// `CASHIER_PAYMENT`), the note calls it a slip of the page.
fn listed_values_and_length(ty: &Ty, c: &Constraints) -> Option<String> {
    let (Ty::Enum(values), Some(max)) = (ty.element(), c.string_max()) else { return None };
    let longer: Vec<String> =
        values.iter().filter(|v| v.value.chars().count() > max).map(|v| format!("`{}`", v.value)).collect();
    Some(match longer.is_empty() {
        true => {
            format!("The page gives this field a maximum length of {max} characters, which every listed value fits.")
        }
        false => format!(
            "The page gives this field a maximum length of {max} characters, shorter than its listed values {}: a slip of the page. The field takes its listed values.",
            longer.join(", ")
        ),
    })
}

/// The note of a field that lists several values and whose prose fixes one of them.
fn fixed_for_one_product(ty: &Ty, facts: &ProseFacts) -> Option<String> {
    let (Ty::Enum(_), Some((value, _))) = (ty.element(), &facts.fixed) else { return None };
    Some(format!(
        "The page fixes the value to `{value}` for one product (see above); the field takes every value its list gives."
    ))
}

/// `The fixed value is:` followed by one value.
fn fixed_list(values: &ValueList, name: &str, sink: &mut Diagnostics) -> Result<Ty, Reported> {
    match values.items.as_slice() {
        [only] => Ok(Ty::Fixed(only.value.plain.clone())),
        _ => Err(sink
            .error(
                values.span,
                format!("the list of `{name}` says its value is fixed, but it lists {} values", values.items.len()),
            )
            .help("a fixed value is one value; list several values after `Valid values are:`")
            .reported()),
    }
}

/// A closed list of values. A maximum length shorter than a listed value is a slip of the page
/// (the field can only hold its listed values, which the SDKs send as they are): the list is
/// the type and the docs say what the page gave ([`listed_values_and_length`]).
fn enum_ty(values: &ValueList, name: &str, sink: &mut Diagnostics) -> Result<Ty, Reported> {
    let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
    let mut out = Vec::new();
    for item in &values.items {
        let value = item.value.plain.as_str();
        if let Some(first) = seen.insert(value, item.value.span) {
            // In a list grouped by region, a value of several regions is one value.
            match out.iter_mut().find(|v: &&mut EnumValue| v.value == value).filter(|_| values.grouped) {
                Some(known) => known.meaning = format!("{} {}", known.meaning, item.meaning),
                None => {
                    sink.error(item.value.span, format!("duplicate valid value `{value}`"))
                        .related(first, "first listed here");
                }
            }
            continue;
        }
        out.push(EnumValue { value: value.to_owned(), meaning: item.meaning.clone() });
    }
    if out.is_empty() {
        // Every item of a Markdown list that could not be read was reported; a table's
        // `Valid values are:` sentence without backticked values was not.
        return Err(values.unread.unwrap_or_else(|| {
            sink.error(values.span, format!("the valid values of `{name}` name no value"))
                .help("write each value in backticks: Valid values are: `A`, `B`.")
                .reported()
        }));
    }
    Ok(Ty::Enum(out))
}

/// An object-typed field: its children define the object type (or, for `Result`, are checked
/// against the shape every response shares).
fn object_ty(
    block: &FieldBlock,
    name: &str,
    at: Span,
    facts: &ProseFacts,
    cx: &mut FieldCx<'_>,
) -> Result<Ty, Reported> {
    if let Some(values) = &block.values {
        cx.sink.error(
            values.span,
            format!("the object field `{}` cannot have a list of valid values", block.heading.name.plain),
        );
    }
    if name == vocab::RESULT_TYPE {
        // `result` is the result every answer carries; another field typed `Result` with
        // fields of its own (`transferResult`) is an ordinary object named after that field.
        if block.heading.name.plain != vocab::RESULT_FIELD && !block.children.is_empty() && !is_result_shape(block) {
            let name = crate::names::pascal(&block.heading.name.plain);
            return object_ty(block, &name, at, facts, cx);
        }
        check_result_shape(block, at, cx);
        return Ok(Ty::ApiResult);
    }
    if !block.children.is_empty() {
        cx.depth += 1;
        let fields = lower_fields(&block.children, cx);
        cx.depth -= 1;
        let docs = facts.docs.clone();
        cx.objects.push(Object {
            name: name.to_owned(),
            direction: cx.direction,
            fields,
            span: block.heading.span,
            docs,
        });
    }
    Ok(Ty::Object(name.to_owned()))
}

/// The children of a `Result` field: `resultCode` and `resultStatus` (REQUIRED, statuses out of
/// `S`, `F`, `U`) and `resultMessage` (some pages mark it optional).
fn is_result_shape(block: &FieldBlock) -> bool {
    let mut names: Vec<&str> = block.children.iter().map(|f| f.heading.name.plain.as_str()).collect();
    names.sort_unstable();
    let mut expected = vocab::RESULT_FIELDS;
    expected.sort_unstable();
    let [code, status, _message] = vocab::RESULT_FIELDS;
    let required = |name: &str| block.children.iter().any(|f| f.heading.name.plain == name && f.heading.required);
    // A listed status must be S, F or U; the fixed acknowledgement a notification expects lists
    // none ("always `S`").
    let statuses_ok = block
        .children
        .iter()
        .find(|f| f.heading.name.plain == status)
        .and_then(|f| f.values.as_ref())
        .is_none_or(|v| v.items.iter().all(|i| ["S", "F", "U"].contains(&i.value.plain.as_str())));
    names == expected && required(code) && required(status) && statuses_ok
}

fn check_result_shape(block: &FieldBlock, at: Span, cx: &mut FieldCx<'_>) {
    if cx.direction == Some(Direction::Request) {
        cx.sink.error(at, "the `Result` type belongs to responses, not requests");
    }
    if block.children.is_empty() || is_result_shape(block) {
        return;
    }
    cx.sink
        .error(at, "the `Result` object does not have the shape every response shares")
        .help("`result (Result)` must have exactly `resultCode (String, REQUIRED)`, `resultStatus (String, REQUIRED)` (its valid values, if listed, out of `S`, `F`, `U`), and `resultMessage (String)`");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_type_tokens() {
        assert!(matches!(classify("String"), Token::Scalar("String")));
        assert!(matches!(classify("string"), Token::Scalar("String")));
        assert!(matches!(classify("URL"), Token::Scalar("URL")));
        assert!(matches!(classify("Array<Item>"), Token::Array("Item")));
        assert!(matches!(classify("Array <Item>"), Token::Array("Item")));
        assert!(matches!(classify("List<String>"), Token::Array("String")));
        assert!(matches!(classify("PaymentMethodDetail"), Token::Named(_)));
        assert!(matches!(classify("Strng"), Token::Named(_)));
        assert!(matches!(classify("string-ish"), Token::Invalid));
    }
}
