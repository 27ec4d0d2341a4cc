//! Field blocks to model fields: the type from the heading token refined by the constraints and
//! prose, child fields to object types, and the checks that belong to a single field.

use super::constraints::{self, Constraints};
use super::prose::{self, ProseFacts};
use crate::ast::{FieldBlock, Text};
use crate::config::Config;
use crate::diag::Diagnostics;
use crate::model::{Direction, EnumValue, Field, Object, Ty};
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
    /// Generator settings.
    pub config: &'a Config,
    /// Idempotency bullets found, with the field name and span.
    pub idempotency: Vec<(String, String, Span, usize)>,
    /// Nesting depth (0 for top-level fields).
    pub depth: usize,
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
        fields.extend(lower_field(block, cx));
    }
    fields
}

fn lower_field(block: &FieldBlock, cx: &mut FieldCx<'_>) -> Option<Field> {
    let constraints = constraints::read(&block.more_info, cx.sink);
    let facts = prose::read(&block.prose);
    let name = block.heading.name.plain.clone();
    if let Some(note) = &constraints.idempotency {
        cx.idempotency.push((name.clone(), note.clone(), block.heading.name.span, cx.depth));
    }
    let ty = resolve(block, &block.heading.ty, &constraints, &facts, cx)?;
    let notes = constraints.idempotency.iter().chain(&constraints.datetime).cloned().collect();
    let carried = cx.depth == 0 && cx.direction == Some(Direction::Response);
    Some(Field {
        sensitive: cx.config.sensitive.contains(&name),
        returned_with: if carried { facts.returned_with } else { Vec::new() },
        name,
        span: block.heading.span,
        type_span: block.heading.ty.span,
        required: block.heading.required,
        ty,
        docs: facts.docs,
        examples: facts.examples.into_iter().map(|(v, _)| v).collect(),
        notes,
    })
}

/// What a heading type token names.
enum Token<'t> {
    Scalar(&'static str),
    Array(&'t str),
    Named(&'t str),
    Invalid,
}

fn classify(token: &str) -> Token<'_> {
    if let Some(scalar) = vocab::SCALAR_TYPES.iter().find(|s| s.eq_ignore_ascii_case(token)) {
        return Token::Scalar(scalar);
    }
    for array in vocab::ARRAY_TYPES {
        if let Some(inner) =
            token.strip_prefix(array).and_then(|r| r.strip_prefix('<')).and_then(|r| r.strip_suffix('>'))
        {
            return Token::Array(inner.trim());
        }
    }
    let mut chars = token.chars();
    let type_name = chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric());
    if type_name { Token::Named(token) } else { Token::Invalid }
}

fn resolve(block: &FieldBlock, token: &Text, c: &Constraints, facts: &ProseFacts, cx: &mut FieldCx<'_>) -> Option<Ty> {
    match classify(&token.plain) {
        Token::Array(inner) => {
            let inner_span = token.span.sub(token.markdown.find('<').map_or(0, |i| i + 1), inner.len());
            let inner = Text { plain: inner.to_owned(), markdown: inner.to_owned(), span: inner_span };
            if matches!(classify(&inner.plain), Token::Array(_)) {
                cx.sink.error(inner.span, "arrays of arrays are not supported");
                return None;
            }
            let item = resolve(block, &inner, &Constraints { max_items: None, ..c.clone() }, facts, cx)?;
            Some(Ty::Array { item: Box::new(item), max_items: c.max_items })
        }
        Token::Scalar(scalar) => {
            reject_children(block, scalar, cx.sink);
            scalar_ty(block, scalar, c, facts, cx.sink)
        }
        // A maximum length on an object field means nothing (some vendor pages carry one); it
        // is accepted and ignored.
        Token::Named(name) => object_ty(block, name, token.span, facts, cx),
        Token::Invalid => {
            cx.sink.error(token.span, format!("`{}` is not a type", token.plain)).help(type_help());
            None
        }
    }
}

/// The list of type tokens a heading may use.
pub fn type_help() -> String {
    format!(
        "a field type is one of {}, `Array<Type>`, or the name of an object type (`PaymentMethodDetail`) whose fields follow one heading level deeper",
        vocab::SCALAR_TYPES.map(|s| format!("`{s}`")).join(", ")
    )
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
    sink: &mut Diagnostics,
) -> Option<Ty> {
    let is_string = scalar == vocab::TYPE_STRING;
    let name = &block.heading.name.plain;
    if !is_string {
        if let Some(values) = &block.values {
            sink.error(values.span, format!("a `{scalar}` field cannot have a list of valid values"))
                .help("only `String` fields take valid values");
        }
        if let (Some(at), true) = (c.max_len_at, scalar != vocab::TYPE_URL && scalar != vocab::TYPE_INTEGER) {
            sink.error(at, format!("`Maximum length` does not apply to the `{scalar}` field `{name}`"));
        }
    }
    let ty = match scalar {
        vocab::TYPE_BOOLEAN => Ty::Bool,
        vocab::TYPE_INTEGER => Ty::Integer { range: c.range },
        vocab::TYPE_DATETIME => Ty::Datetime,
        vocab::TYPE_URL => Ty::Url { max: c.max_len },
        _ => string_ty(block, c, facts, sink)?,
    };
    Some(ty)
}

/// A `String` field, refined: closed values, fixed value, region code, URL, or text.
fn string_ty(block: &FieldBlock, c: &Constraints, facts: &ProseFacts, sink: &mut Diagnostics) -> Option<Ty> {
    let name = &block.heading.name.plain;
    if let Some(values) = &block.values {
        if let Some((_, at)) = &facts.fixed {
            sink.error(*at, format!("field `{name}` has both a fixed value and a list of valid values"));
        }
        return enum_ty(values, c, sink);
    }
    if let Some((value, at)) = &facts.fixed {
        if c.max_len.is_some_and(|max| value.chars().count() > max) {
            sink.error(*at, format!("the fixed value `{value}` of `{name}` is longer than its maximum length"));
        }
        return Some(Ty::Fixed(value.clone()));
    }
    if facts.region {
        if let (Some(max), Some(at)) = (c.max_len.filter(|&m| m != 2), c.max_len_at) {
            sink.error(at, format!("`{name}` is an ISO 3166 two-letter code but its maximum length is {max}"));
        }
        for (example, at) in &facts.examples {
            if !rust_iso3166::ALL_ALPHA2.contains(&example.as_str()) {
                sink.error(*at, format!("`{example}` is not an ISO 3166-1 alpha-2 code"))
                    .help("list only assigned two-letter codes such as `US` or `SG`");
            }
        }
        return Some(Ty::Region);
    }
    if name.ends_with(vocab::URL_SUFFIX) {
        return Some(Ty::Url { max: c.max_len });
    }
    Some(Ty::Text { max: c.max_len })
}

fn enum_ty(values: &crate::ast::ValueList, c: &Constraints, sink: &mut Diagnostics) -> Option<Ty> {
    let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
    let mut out = Vec::new();
    for item in &values.items {
        let value = item.value.plain.as_str();
        if let Some(first) = seen.insert(value, item.value.span) {
            sink.error(item.value.span, format!("duplicate valid value `{value}`")).related(first, "first listed here");
            continue;
        }
        if c.max_len.is_some_and(|max| value.chars().count() > max) {
            sink.error(item.value.span, format!("valid value `{value}` is longer than the field's maximum length"));
        }
        out.push(EnumValue { value: value.to_owned(), meaning: item.meaning.clone() });
    }
    (!out.is_empty()).then_some(Ty::Enum(out))
}

/// An object-typed field: its children define the object type (or, for `Result`, are checked
/// against the shape every response shares).
fn object_ty(block: &FieldBlock, name: &str, at: Span, facts: &ProseFacts, cx: &mut FieldCx<'_>) -> Option<Ty> {
    if let Some(values) = &block.values {
        cx.sink.error(
            values.span,
            format!("the object field `{}` cannot have a list of valid values", block.heading.name.plain),
        );
    }
    if name == vocab::RESULT_TYPE {
        check_result_shape(block, at, cx);
        return Some(Ty::ApiResult);
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
    Some(Ty::Object(name.to_owned()))
}

fn check_result_shape(block: &FieldBlock, at: Span, cx: &mut FieldCx<'_>) {
    if cx.direction == Some(Direction::Request) {
        cx.sink.error(at, "the `Result` type belongs to responses, not requests");
    }
    if block.children.is_empty() {
        return;
    }
    let names: Vec<&str> = block.children.iter().map(|f| f.heading.name.plain.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    let mut expected = vocab::RESULT_FIELDS;
    expected.sort_unstable();
    let statuses: Option<Vec<&str>> = block
        .children
        .iter()
        .find(|f| f.heading.name.plain == vocab::RESULT_FIELDS[1])
        .and_then(|f| f.values.as_ref())
        .map(|v| v.items.iter().map(|i| i.value.plain.as_str()).collect());
    let all_required = block.children.iter().all(|f| f.heading.required);
    if sorted != expected || !all_required || statuses.as_deref() != Some(&["S", "F", "U"][..]) {
        cx.sink
            .error(at, "the `Result` object does not have the shape every response shares")
            .help("`Result` must have exactly `resultCode (String, REQUIRED)`, `resultStatus (String, REQUIRED)` with valid values `S`, `F`, `U`, and `resultMessage (String, REQUIRED)`");
    }
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
        assert!(matches!(classify("List<String>"), Token::Array("String")));
        assert!(matches!(classify("PaymentMethodDetail"), Token::Named(_)));
        assert!(matches!(classify("Strng"), Token::Named(_)));
        assert!(matches!(classify("string-ish"), Token::Invalid));
    }
}
