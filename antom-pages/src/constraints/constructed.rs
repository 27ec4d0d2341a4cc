//! A fail case in the request's constructor macro, whose literal checks are free `const` items
//! that `cargo check` evaluates: the literal one past the limit written where the field is,
//! the objects on the way to it in the nested form (`order: { goods: [{ goods_name: ".." }] }`),
//! and every other required field at each level taken from a value the case function is given
//! (the request, and each object on the way).

use super::literal::{self, Paths};
use super::{ApiCx, snake};
use crate::limits::{Limit, Reached, Rule, fields_of};
use vault_codegen::model::{ApiItem, Field, Ty};

/// The case's `main` and function, or `None` where the macro does not check the literal (no
/// constructor macro, a negative digit string, a literal beyond `literal::LONGEST`) or cannot
/// write the way to it (a list of lists on the way).
pub(super) fn constructed(cx: &ApiCx<'_>, at: &Reached<'_>, limit: &Limit<'_>) -> Option<String> {
    let constructor = cx.constructor.as_deref()?;
    let value = last_value(cx.paths, at, limit)?;
    let request = cx.paths.ty(&at.api.path_of(ApiItem::Request));
    let mut params = vec![(String::from("holder"), format!("&{request}"))];
    let item = value.item.map(|item| ("item".to_owned(), item));
    let fields = level(cx, at, 0, &at.api.request, "holder", value.expr, &mut params)?;
    params.extend(item);
    let signature: Vec<&str> = params.iter().map(|(_, ty)| ty.as_str()).collect();
    let declared: Vec<String> = params.iter().map(|(name, ty)| format!("{name}: {ty}")).collect();
    Some(format!(
        "fn main() {{\n    let _: fn({}) -> {request} = case;\n}}\n\nfn case({}) -> {request} {{\n    {}::{constructor}! {{\n{}    }}\n}}\n",
        signature.join(", "),
        declared.join(", "),
        cx.paths.krate,
        indent(&fields, 2),
    ))
}

/// The value of the field the case is about: the literal past the limit, in brackets for a
/// rule of each element, or one element too many for a list's size.
fn last_value(paths: Paths<'_>, at: &Reached<'_>, limit: &Limit<'_>) -> Option<literal::Written> {
    let leaf = |expr| Some(literal::Written { expr, item: None });
    match (&limit.rule, &at.field.ty, limit.in_list) {
        (Rule::MaxItems(max), Ty::Array { item, .. }, false) => {
            let element = literal::valid(paths, item)?;
            let items = vec![element.expr.as_str(); max + 1].join(", ");
            Some(literal::Written { expr: format!("[{items}]"), item: element.item })
        }
        (_, Ty::Array { item, .. }, true) if std::ptr::eq(&**item, limit.ty) => {
            leaf(format!("[{}]", literal::bare(&limit.rule, limit.ty)?))
        }
        (_, _, false) => leaf(literal::bare(&limit.rule, limit.ty)?),
        _ => None,
    }
}

/// The fields of the type at `depth` of the path (the request at 0): the path's field first,
/// with `value` at the end of the path or the next level's fields in braces, then the other
/// required fields from the parameter `from`, which holds a value of this type.
fn level(
    cx: &ApiCx<'_>,
    at: &Reached<'_>,
    depth: usize,
    fields: &[Field],
    from: &str,
    value: String,
    params: &mut Vec<(String, String)>,
) -> Option<Vec<String>> {
    let field = *at.path.get(depth)?;
    let own = field.rust_name();
    let mut out = Vec::new();
    if depth + 1 == at.path.len() {
        out.push(format!("{own}: {value},"));
    } else {
        let (object, in_list) = match &field.ty {
            Ty::Object(object) => (object, false),
            Ty::Array { item, .. } => match &**item {
                Ty::Object(object) => (object, true),
                _ => return None,
            },
            _ => return None,
        };
        let inner_fields = fields_of(cx.model, &object.path)?;
        let param = format!("in_{}", at.path[..=depth].iter().map(|f| snake(&f.name)).collect::<Vec<_>>().join("_"));
        let mark = params.len();
        let inner = level(cx, at, depth + 1, inner_fields, &param, value, params)?;
        if inner.iter().any(|line| line.contains(&format!("{param}."))) {
            params.insert(mark, (param, format!("&{}", cx.paths.ty(&object.path))));
        }
        let (open, close) = if in_list { ("[{", "}],") } else { ("{", "},") };
        out.push(format!("{own}: {open}"));
        out.extend(inner.iter().map(|line| format!("    {line}")));
        out.push(close.to_owned());
    }
    for other in fields.iter().filter(|f| f.required && !matches!(f.ty, Ty::Fixed(_))) {
        let name = other.rust_name();
        if name != own {
            out.push(format!("{name}: {from}.{name}.clone(),"));
        }
    }
    Some(out)
}

/// The lines, each indented by `depth` levels of four spaces and ended by a newline.
fn indent(lines: &[String], depth: usize) -> String {
    lines.iter().map(|line| format!("{}{line}\n", "    ".repeat(depth))).collect()
}
