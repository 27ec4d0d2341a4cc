//! The Rust a case writes: a literal at a limit or one past it, wrapped as the field's type
//! wraps it (`Some`, `Box`, `Secret`), and the compiler message a literal past the limit gets.

use crate::limits::Rule;
use vault_codegen::model::{Field, Ty};

/// A literal at a limit or past it, and the element parameter it needs (a list of object types
/// is filled with clones of a parameter, since a case cannot build an object of its own).
pub(super) struct Written {
    /// The expression.
    pub expr: String,
    /// The type of the element parameter `item`, when the expression uses it.
    pub item: Option<String>,
}

/// The path of the literal macros and generated types.
#[derive(Clone, Copy)]
pub(super) struct Paths<'a> {
    /// The crate (or module path) that holds the generated types and re-exports the literal
    /// macros (`vault_generated`).
    pub krate: &'a str,
}

impl Paths<'_> {
    fn mac(&self, name: &str, arg: &str) -> String {
        format!("{}::{name}!({arg})", self.krate)
    }

    /// A generated type's full path.
    pub fn ty(&self, path: &vault_codegen::model::TypePath) -> String {
        format!("{}::{}", self.krate, path.joined("::"))
    }
}

/// A text of `n` characters, each two bytes long in UTF-8, so a check that counted bytes would
/// refuse the case at the limit.
fn chars(n: usize) -> String {
    "é".repeat(n)
}

/// A URL of exactly `n` characters, when `n` leaves room for the scheme and host.
fn url_of(n: usize) -> Option<String> {
    const BASE: &str = "https://merchant.example/";
    n.checked_sub(BASE.len()).map(|rest| format!("{BASE}{}", "a".repeat(rest)))
}

fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// A valid element value of a type, for filling a list to its size: `None` for types a case
/// cannot write a literal of (decimals, dates, maps, lists of lists).
pub(super) fn valid(paths: Paths<'_>, ty: &Ty) -> Option<Written> {
    let leaf = |expr: String| Some(Written { expr, item: None });
    match ty {
        // Text without a maximum length is a plain `String`: no literal check to go through.
        Ty::Text { max: None } => leaf(format!("{}.to_owned()", quoted(&chars(1)))),
        Ty::Text { max: Some(_) } => leaf(paths.mac("text", &quoted(&chars(1)))),
        Ty::Url { max } => url_of(max.unwrap_or(25).max(25)).and_then(|u| leaf(paths.mac("url", &quoted(&u)))),
        Ty::Region => leaf(paths.mac("region", "\"SG\"")),
        Ty::Fixed(value) => leaf(paths.mac("fixed", &quoted(value))),
        Ty::Enum(listed) => {
            let first = listed.values.first()?;
            leaf(format!("{}::{}", paths.ty(&listed.path), first.request_variant()))
        }
        Ty::Integer { range: Some(range) } => leaf(paths.mac("int", &range.min.to_string())),
        Ty::NumericText { range, .. } => leaf(paths.mac("digits", &range.min.max(1).to_string())),
        Ty::Object(object) => Some(Written { expr: "item.clone()".to_owned(), item: Some(paths.ty(&object.path)) }),
        _ => None,
    }
}

/// The longest maximum length a case writes a literal for. Above it (a document sent as
/// base64, 1 000 000 characters) the literal would be megabytes of source, and rustc stops
/// the literal macros' character count as a runaway constant (`long_running_const_eval`).
pub(super) const LONGEST: usize = 65_536;

/// The literal of a rule at its limit (`past`: one beyond it) for a value of type `ty`;
/// `None` when the type has no literal form the compiler checks (decimals) or the limit is
/// beyond [`LONGEST`].
pub(super) fn at(paths: Paths<'_>, rule: &Rule<'_>, ty: &Ty, past: bool) -> Option<Written> {
    if let (Rule::MaxItems(max), Ty::Array { item, .. }) = (rule, ty) {
        let element = valid(paths, item)?;
        let items = vec![element.expr.as_str(); max + usize::from(past)].join(", ");
        return Some(Written { expr: paths.mac("list", &items), item: element.item });
    }
    let (name, argument) = argument(rule, ty, past)?;
    Some(Written { expr: paths.mac(name, &argument), item: None })
}

/// The literal one past the limit as a constructor macro takes it (the bare literal: a
/// string or a number, which the macro checks); `None` for rules the macro does not check
/// (lists, listed values).
pub(super) fn bare(rule: &Rule<'_>, ty: &Ty) -> Option<String> {
    argument(rule, ty, true).map(|(_, argument)| argument)
}

/// A single value's literal at its limit (`past`: one beyond it): the literal macro that
/// checks it and its argument (`("text", "\"éé\"")`).
fn argument(rule: &Rule<'_>, ty: &Ty, past: bool) -> Option<(&'static str, String)> {
    if matches!(rule, Rule::MaxLength(max) if *max > LONGEST) {
        return None;
    }
    let step = i64::from(past);
    match (rule, ty) {
        (Rule::MaxLength(max), Ty::Text { .. }) => Some(("text", quoted(&chars(max + usize::from(past))))),
        (Rule::MaxLength(max), Ty::Url { .. }) => url_of(max + usize::from(past)).map(|u| ("url", quoted(&u))),
        (Rule::Min(min), _) => number(ty, min.checked_sub(step)?),
        (Rule::Max(max), _) => number(ty, max.checked_add(step)?),
        (Rule::Fixed(value), _) if past => Some(("fixed", quoted(&format!("{value}X")))),
        (Rule::Fixed(value), _) => Some(("fixed", quoted(value))),
        (Rule::Region, _) => Some(("region", (if past { "\"sg\"" } else { "\"SG\"" }).to_owned())),
        _ => None,
    }
}

fn number(ty: &Ty, value: i64) -> Option<(&'static str, String)> {
    let name = match ty {
        Ty::Integer { .. } => "int",
        // A digit string cannot be negative: one below a range starting at 0 has no literal.
        Ty::NumericText { .. } if value >= 0 => "digits",
        _ => return None,
    };
    Some((name, value.to_string()))
}

/// What the compiler says about the literal one past the limit (a part of its message that
/// names the numbers), which the recorded `.stderr` must contain.
pub(super) fn refusal(rule: &Rule<'_>, ty: &Ty) -> Option<String> {
    Some(match (rule, ty) {
        (Rule::MaxLength(max), Ty::Url { .. }) => {
            format!("URL literal is {} characters long; this field's maximum length is {max}", max + 1)
        }
        (Rule::MaxLength(max), _) => {
            format!("text literal is {} characters long; this field's maximum length is {max}", max + 1)
        }
        (Rule::Min(min), Ty::Integer { .. }) => format!("integer literal {} is outside", min - 1),
        (Rule::Max(max), Ty::Integer { .. }) => format!("integer literal {} is outside", max + 1),
        (Rule::Min(min), _) => format!("number literal {} is outside", min - 1),
        (Rule::Max(max), _) => format!("number literal {} is outside", max + 1),
        (Rule::Fixed(value), _) => format!("this field is fixed to `{value}`; `{value}X` is not allowed"),
        (Rule::Region, _) => "region literal `sg` is not in upper case".to_owned(),
        (Rule::MaxItems(max), _) => {
            format!("list literal has {} elements; this field's maximum size is {max}", max + 1)
        }
        (Rule::Listed(_), _) => return None,
    })
}

/// `expr` wrapped as the field holds it: a secret, boxed, optional; inside a list (`in_list`)
/// as its one element.
pub(super) fn wrap(paths: Paths<'_>, field: &Field, expr: String, in_list: bool) -> String {
    let mut expr = expr;
    if in_list {
        expr = match &field.ty {
            Ty::Array { max_items: Some(_), .. } => paths.mac("list", &expr),
            _ => format!("::std::vec![{expr}]"),
        };
    }
    if field.sensitive {
        expr = format!("{}::Secret::new({expr})", paths.krate);
    }
    if field.boxed {
        expr = format!("::std::boxed::Box::new({expr})");
    }
    if field.required { expr } else { format!("::std::option::Option::Some({expr})") }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list's elements are written as the element type holds them: a text with a maximum
    /// length through `text!` (a `Text<MAX>`), one without as a plain `String`, which `text!`
    /// cannot produce (the pass cases of aba's applyCard did not compile when it did).
    #[test]
    fn list_elements_take_their_own_type() {
        let paths = Paths { krate: "sdk" };
        let bounded = valid(paths, &Ty::Text { max: Some(8) }).map(|w| w.expr);
        let unbounded = valid(paths, &Ty::Text { max: None }).map(|w| w.expr);
        assert_eq!(bounded.as_deref(), Some("sdk::text!(\"é\")"));
        assert_eq!(unbounded.as_deref(), Some("\"é\".to_owned()"));
    }

    /// The literal a constructor macro is given one past each limit: what the macro checks in
    /// a free `const` (strings and integers), and nothing where it checks nothing.
    #[test]
    fn one_past_each_limit_as_the_constructor_takes_it() {
        let text = Ty::Text { max: Some(3) };
        let int = Ty::Integer { range: None };
        assert_eq!(bare(&Rule::MaxLength(3), &text).as_deref(), Some("\"éééé\""));
        assert_eq!(bare(&Rule::Max(720), &int).as_deref(), Some("721"));
        assert_eq!(bare(&Rule::Min(1), &int).as_deref(), Some("0"));
        // A negative number too: the macro checks `-721` as it checks `721`.
        assert_eq!(bare(&Rule::Min(-720), &int).as_deref(), Some("-721"));
        assert_eq!(bare(&Rule::Region, &Ty::Region).as_deref(), Some("\"sg\""));
        assert_eq!(bare(&Rule::MaxLength(LONGEST + 1), &text), None);
        assert_eq!(bare(&Rule::MaxItems(3), &Ty::Array { item: Box::new(text), max_items: Some(3) }), None);
    }
}
