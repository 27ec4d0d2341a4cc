//! Every limit a page sets on a request field, found by one walk of each call's request into its
//! object types and lists. The constraint suite (`antom-pages constraint-tests`) and the
//! workspace's sandbox limit test (`tests/request_limits.rs`) both read it, so a new page, field
//! or kind of limit reaches both from here.

use vault_codegen::model::{Api, ApiKind, EnumRef, Field, Model, Ty, TypePath};

/// A request field reached from an API's request.
#[derive(Debug, Clone)]
pub struct Reached<'m> {
    /// The API whose request holds it.
    pub api: &'m Api,
    /// The field itself.
    pub field: &'m Field,
    /// The fields from the request down to this one (the last is this one).
    pub path: Vec<&'m Field>,
    /// The generated type whose field it is: the API's request type or an object type.
    pub holder: TypePath,
    /// The fields of that type (this one among them).
    pub siblings: &'m [Field],
}

impl<'m> Reached<'m> {
    /// Its wire path as `diff` names it (`order.goods.goodsName`).
    pub fn shown(&self) -> String {
        self.path.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(".")
    }
}

/// Every field of every call's request, depth first in page order, walking into each object
/// type once per path (a goods item that lists goods is not walked again inside itself).
pub fn request_fields(model: &Model) -> Vec<Reached<'_>> {
    let mut out = Vec::new();
    for api in model.apis.iter().filter(|a| a.kind == ApiKind::Call) {
        let holder = api.path_of(vault_codegen::model::ApiItem::Request);
        walk(model, api, &api.request, holder, &[], &mut Vec::new(), &mut out);
    }
    out
}

fn walk<'m>(
    model: &'m Model,
    api: &'m Api,
    fields: &'m [Field],
    holder: TypePath,
    prefix: &[&'m Field],
    within: &mut Vec<TypePath>,
    out: &mut Vec<Reached<'m>>,
) {
    for field in fields {
        let mut path = prefix.to_vec();
        path.push(field);
        out.push(Reached { api, field, path: path.clone(), holder: holder.clone(), siblings: fields });
        if let Ty::Object(object) = field.ty.element()
            && !within.contains(&object.path)
            && let Some(target) = fields_of(model, &object.path)
        {
            within.push(object.path.clone());
            walk(model, api, target, object.path.clone(), &path, within, out);
            within.pop();
        }
    }
}

/// The fields of the object type generated at `path`.
pub fn fields_of<'m>(model: &'m Model, path: &TypePath) -> Option<&'m [Field]> {
    model.objects.values().find(|o| o.path == *path).map(|o| o.fields.as_slice())
}

/// One limit of a field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule<'m> {
    /// A maximum length in characters (text and URLs).
    MaxLength(usize),
    /// The lowest value of a range (integers and digit strings; a digit string's lowest is
    /// given only when above 0, since it cannot be negative).
    Min(i64),
    /// The highest value of a range (integers, digit strings, decimals).
    Max(i64),
    /// The one value the field can hold.
    Fixed(&'m str),
    /// A closed list of values.
    Listed(&'m EnumRef),
    /// An ISO 3166-1 alpha-2 code.
    Region,
    /// The largest number of elements of a list.
    MaxItems(usize),
}

/// A limit, and whether it applies to the elements of a list (the field itself otherwise).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limit<'m> {
    /// The rule.
    pub rule: Rule<'m>,
    /// Whether the rule holds for each element of the field's list.
    pub in_list: bool,
    /// The type the rule belongs to (the element type for a rule of the elements).
    pub ty: &'m Ty,
}

/// The limits of a field's type, the list's own before its elements'.
pub fn limits(ty: &Ty) -> Vec<Limit<'_>> {
    let mut out = Vec::new();
    collect(ty, false, &mut out);
    out
}

fn collect<'m>(ty: &'m Ty, in_list: bool, out: &mut Vec<Limit<'m>>) {
    let mut add = |rule| out.push(Limit { rule, in_list, ty });
    match ty {
        Ty::Text { max: Some(max) } | Ty::Url { max: Some(max) } => add(Rule::MaxLength(*max)),
        Ty::Integer { range: Some(range) } => {
            add(Rule::Min(range.min));
            if let Some(max) = range.max {
                add(Rule::Max(max));
            }
        }
        Ty::NumericText { range, max } => {
            if range.min > 0 {
                add(Rule::Min(range.min));
            }
            if let Some(high) = digits_max(range.max, *max) {
                add(Rule::Max(high));
            }
        }
        Ty::Decimal { range: Some(range) } => {
            if let Some(max) = range.max {
                add(Rule::Max(max));
            }
        }
        Ty::Fixed(value) => add(Rule::Fixed(value)),
        Ty::Enum(listed) => add(Rule::Listed(listed)),
        Ty::Region => add(Rule::Region),
        Ty::Array { item, max_items } => {
            if let Some(max) = max_items {
                add(Rule::MaxItems(*max));
            }
            collect(item, true, out);
        }
        _ => {}
    }
}

/// The highest value of a digit string: its range's, lowered by a maximum length of digits
/// (`999` for 3), as the generated `Digits` type holds it.
fn digits_max(range_max: Option<i64>, length: Option<usize>) -> Option<i64> {
    let by_length = length.and_then(|n| u32::try_from(n).ok()).and_then(|n| 10i64.checked_pow(n)).map(|p| p - 1);
    match (range_max, by_length) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (one, other) => one.or(other),
    }
}
