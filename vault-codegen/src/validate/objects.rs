//! Object types across pages. Each API sees one description per type name and direction: its
//! own page's, else the objects page's, else the one other pages agree on. The APIs that see the
//! same description share one type; when pages disagree, each description becomes its own type
//! (see [`Scope`] for the names), and so does every type that contains a differing one. Only two
//! different descriptions inside one API are an error.

use super::shape::{Difference, shape_difference};
use crate::diag::Diagnostics;
use crate::model::{Api, ApiKey, Direction, Field, Module, Object, ObjectKey, Scope, Ty, TypePath};
use crate::source::Span;
use crate::vocab;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A type name in one direction.
type Name = (Direction, String);

/// Descriptions of one API's page, and of the objects pages.
#[derive(Default)]
pub struct Definitions {
    /// Each API's own descriptions.
    own: BTreeMap<ApiKey, BTreeMap<Name, Object>>,
    /// The directory of each API's page.
    bundles: BTreeMap<ApiKey, PathBuf>,
    /// Described on an objects page, for either direction, by the page's directory.
    shared: BTreeMap<(PathBuf, String), Object>,
}

impl Definitions {
    /// Adds the descriptions of one API's page; two that differ inside it are reported.
    pub fn add_api(&mut self, api: &ApiKey, bundle: &Path, objects: Vec<Object>, sink: &mut Diagnostics) {
        self.bundles.insert(api.clone(), bundle.to_path_buf());
        let own = self.own.entry(api.clone()).or_default();
        for object in objects {
            let direction = object.direction.unwrap_or(Direction::Request);
            match own.get(&(direction, object.name.clone())) {
                Some(first) => {
                    let message = format!(
                        "object type `{}` has two different descriptions on the `{}` page",
                        object.name, api.name
                    );
                    report_difference(first, &object, &message, sink)
                }
                None => {
                    own.insert((direction, object.name.clone()), object);
                }
            }
        }
    }

    /// Adds a description from an objects page; two that differ in one directory are reported.
    pub fn add_shared(&mut self, bundle: &Path, object: Object, sink: &mut Diagnostics) {
        let key = (bundle.to_path_buf(), object.name.clone());
        match self.shared.get(&key) {
            Some(first) => report_difference(first, &object, "on the objects pages", sink),
            None => {
                self.shared.insert(key, object);
            }
        }
    }

    /// Every object type the APIs use, one per description (see [`Scope`]), and which type each
    /// API's use of a name is; unknown types are reported.
    pub fn resolve(&self, apis: &[Api], sink: &mut Diagnostics) -> Resolved {
        let views: Vec<(&Api, View<'_>)> = apis.iter().map(|api| (api, self.view(api, sink))).collect();
        let classes = classes(&views);
        let mut resolved = Resolved::default();
        for (name, groups) in &classes.groups {
            let apis_of = |group: &Vec<usize>| group.iter().map(|&i| views[i].0).collect::<Vec<&Api>>();
            let all: Vec<Vec<&Api>> = groups.iter().map(apis_of).collect();
            for (class, users) in all.iter().enumerate() {
                let (key, path) = placement(name, &all, class);
                let described = users
                    .first()
                    .and_then(|api| views.iter().find(|(a, _)| a.key() == api.key()))
                    .and_then(|(_, view)| view.get(name));
                let Some(described) = described else { continue };
                for api in users {
                    resolved.uses.insert((api.key(), name.0, name.1.clone()), key.clone());
                }
                let users = users.iter().map(|api| api.key()).collect();
                resolved.objects.insert(key, Object { path, direction: Some(name.0), users, ..(*described).clone() });
            }
        }
        resolved
    }

    /// The descriptions one API sees, for every type it reaches from its fields. The types
    /// inside a description borrowed from another API's page are that page's (its `Amount`,
    /// not this page's): a name that then means two descriptions in this API is reported.
    fn view(&self, api: &Api, sink: &mut Diagnostics) -> View<'_> {
        let own = api.key();
        let mut pending: Vec<Pending<'_>> = Vec::new();
        let top = |direction| {
            let own = own.clone();
            move |f| Pending { direction, field: f, context: own.clone(), via: None }
        };
        pending.extend(api.request.iter().map(top(api.sent_direction())));
        pending.extend(api.response.iter().map(top(Direction::Response)));
        let mut unknown: Vec<(Unknown, Field, String)> = Vec::new();
        let mut view = View::new();
        // A name found from one page's point of view always gives the same answer: look it up
        // once. (A name not found is looked up again, so that every field using it is reported.)
        let mut found: BTreeSet<(ApiKey, Name)> = BTreeSet::new();
        while let Some(Pending { direction, field, context, via }) = pending.pop() {
            let Some(name) = object_name(&field.ty) else { continue };
            let key = (direction, name.to_owned());
            if found.contains(&(context.clone(), key.clone())) {
                continue;
            }
            let (object, origin) = match self.describe(&context, &key) {
                Ok(described) => described,
                Err(problem) => {
                    unknown.push((problem, field.clone(), name.to_owned()));
                    continue;
                }
            };
            found.insert((context.clone(), key.clone()));
            if let Some(seen) = view.get(&key) {
                if shape_difference(&seen.fields, &object.fields).is_some() {
                    report_borrowed_clash(api, field, via, seen, object, sink);
                }
                continue;
            }
            view.insert(key, object);
            // A description from another API's page brings that page's view of its insides.
            let borrowed = origin.filter(|o| *o != context);
            let via = via.or(borrowed.as_ref().map(|_| field.type_span));
            let context = borrowed.unwrap_or(context);
            pending.extend(object.fields.iter().map(|f| Pending {
                direction,
                field: f,
                context: context.clone(),
                via,
            }));
        }
        let mut reported = BTreeSet::new();
        for (problem, field, name) in unknown {
            if reported.insert((field.type_span.file, field.type_span.start)) {
                report_unknown(problem, &field, &name, sink);
            }
        }
        view
    }

    /// The description an API sees for a type name, nearest first: its own page's (this
    /// direction, then the other); the objects page of its directory; the one the other API
    /// pages of its directory agree on; then the one the objects pages of other directories, and
    /// then their API pages, agree on. Disagreeing descriptions at the first level that has any
    /// make the name ambiguous for this API.
    ///
    /// Also returns the API whose page holds the description, when it is an API page's.
    fn describe(&self, api: &ApiKey, (direction, name): &Name) -> Result<(&Object, Option<ApiKey>), Unknown> {
        let own = self.own.get(api);
        let other = match direction {
            Direction::Request => Direction::Response,
            Direction::Response => Direction::Request,
        };
        let key = |d: Direction| (d, name.clone());
        if let Some(object) = own.and_then(|own| own.get(&key(*direction)).or_else(|| own.get(&key(other)))) {
            return Ok((object, Some(api.clone())));
        }
        let bundle = self.bundles.get(api).cloned().unwrap_or_default();
        if let Some(object) = self.shared.get(&(bundle.clone(), name.clone())) {
            return Ok((object, None));
        }
        let pages = |near: bool| -> Vec<(&Object, Option<ApiKey>)> {
            let in_bundle = |k: &ApiKey| (self.bundles.get(k) == Some(&bundle)) == near;
            [*direction, other]
                .iter()
                .flat_map(|d| {
                    self.own
                        .iter()
                        .filter(|(k, _)| in_bundle(k))
                        .filter_map(move |(k, own)| own.get(&key(*d)).map(|o| (o, Some(k.clone()))))
                })
                .collect()
        };
        let objects_pages = self.shared.iter().filter(|((_, n), _)| n == name).map(|(_, o)| (o, None)).collect();
        for candidates in [pages(true), objects_pages, pages(false)] {
            let Some((first, _)) = candidates.first() else { continue };
            if let Some((differs, _)) =
                candidates.iter().find(|(o, _)| shape_difference(&first.fields, &o.fields).is_some())
            {
                return Err(Unknown::Ambiguous(first.span, differs.span));
            }
            // Pages that agree describe the same insides: the first one speaks for them.
            return candidates.into_iter().next().ok_or(Unknown::Nowhere);
        }
        Err(Unknown::Nowhere)
    }
}

/// The descriptions one API sees.
type View<'a> = BTreeMap<Name, &'a Object>;

/// A field whose type is still to be described: in which direction, from whose page's point of
/// view (the API's own, or the page it borrowed the enclosing type from), and the field of this
/// API through which the borrowing began.
struct Pending<'a> {
    direction: Direction,
    field: &'a Field,
    context: ApiKey,
    via: Option<Span>,
}

/// Why a type could not be found.
enum Unknown {
    /// No page describes it.
    Nowhere,
    /// Other pages describe it, differently (two of those descriptions).
    Ambiguous(Span, Span),
}

/// Every object type of a run, and which one each API's use of a type name is.
#[derive(Default)]
pub struct Resolved {
    /// The object types.
    pub objects: BTreeMap<ObjectKey, Object>,
    /// `(API, direction, type name)` → the object type that API uses under that name.
    pub uses: BTreeMap<(ApiKey, Direction, String), ObjectKey>,
}

/// For each type name, the APIs that see it, grouped by description: in one group the
/// descriptions are the same, and so are the groups of every type they contain (a type that
/// holds differing types differs too).
struct Classes {
    /// Type name → groups of indexes into the views, in the order of their first API.
    groups: BTreeMap<Name, Vec<Vec<usize>>>,
}

fn classes(views: &[(&Api, View<'_>)]) -> Classes {
    // class[(view, name)]: the group of that API's description of that name.
    let mut class: BTreeMap<(usize, Name), usize> = BTreeMap::new();
    let mut names: BTreeMap<Name, Vec<usize>> = BTreeMap::new();
    for (i, (_, view)) in views.iter().enumerate() {
        for name in view.keys() {
            names.entry(name.clone()).or_default().push(i);
        }
    }
    for (name, users) in &names {
        let mut representatives: Vec<&Object> = Vec::new();
        for &i in users {
            let object = views[i].1[name];
            let found = representatives.iter().position(|r| shape_difference(&r.fields, &object.fields).is_none());
            let id = found.unwrap_or_else(|| {
                representatives.push(object);
                representatives.len() - 1
            });
            class.insert((i, name.clone()), id);
        }
    }
    // Refine: two APIs stay together only while the types their descriptions hold do.
    loop {
        let mut next: BTreeMap<(usize, Name), usize> = BTreeMap::new();
        for (name, users) in &names {
            let mut keys: Vec<(usize, Vec<Option<usize>>)> = Vec::new();
            for &i in users {
                let object = views[i].1[name];
                let inner: Vec<Option<usize>> = object
                    .fields
                    .iter()
                    .filter_map(|f| object_name(&f.ty))
                    .map(|inner| class.get(&(i, (name.0, inner.to_owned()))).copied())
                    .collect();
                let key = (class[&(i, name.clone())], inner);
                let id = keys.iter().position(|k| *k == key).unwrap_or_else(|| {
                    keys.push(key);
                    keys.len() - 1
                });
                next.insert((i, name.clone()), id);
            }
        }
        // Refining only ever splits groups: when no group split, the grouping is final.
        let count = |c: &BTreeMap<(usize, Name), usize>| {
            c.iter().map(|((_, name), id)| (name.clone(), *id)).collect::<BTreeSet<_>>().len()
        };
        let stable = count(&next) == count(&class);
        class = next;
        if stable {
            break;
        }
    }
    let mut groups: BTreeMap<Name, Vec<Vec<usize>>> = BTreeMap::new();
    for (name, users) in &names {
        let mut by_class: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in users {
            by_class.entry(class[&(i, name.clone())]).or_default().push(i);
        }
        let mut list: Vec<Vec<usize>> = by_class.into_values().collect();
        list.sort();
        groups.insert(name.clone(), list);
    }
    Classes { groups }
}

/// Where one description of a type goes. The only description is shared at the root. When
/// descriptions differ: one whose APIs are all in one family that no other description reaches
/// is `N` in that family's module; the only one that spans several families is `N` at the root;
/// any other is named after its first API (`PayEnv`), in that API's family module.
fn placement((direction, name): &Name, groups: &[Vec<&Api>], class: usize) -> (ObjectKey, TypePath) {
    let response = *direction == Direction::Response;
    let key = |scope| ObjectKey { direction: *direction, scope, name: name.clone() };
    let root = || (key(Scope::Shared), TypePath { module: Module::Root, response, name: name.clone() });
    if groups.len() == 1 {
        return root();
    }
    let family_of = |api: &&Api| api.endpoint.as_ref().map(|e| e.family.clone());
    let families = |group: &Vec<&Api>| group.iter().map(family_of).collect::<BTreeSet<_>>();
    let users = &groups[class];
    let ours = families(users);
    let exclusive = ours.len() == 1
        && groups.iter().enumerate().filter(|(c, _)| *c != class).all(|(_, g)| families(g).is_disjoint(&ours));
    let cross_family = |group: &Vec<&Api>| families(group).len() > 1;
    match (exclusive, ours.iter().next().cloned().flatten(), users.first()) {
        (true, Some(family), _) => {
            let path = TypePath { module: Module::Family(family.clone()), response, name: name.clone() };
            (key(Scope::Family(family)), path)
        }
        _ if cross_family(users) && groups.iter().filter(|g| cross_family(g)).count() == 1 => root(),
        (_, _, Some(first)) => {
            let path = TypePath { module: first.module(), response, name: format!("{}{name}", first.rust_base()) };
            (key(Scope::Api(first.key())), path)
        }
        (_, _, None) => root(),
    }
}

/// The object type a field holds, directly or as list elements.
pub fn object_name(ty: &Ty) -> Option<&str> {
    match ty.element() {
        Ty::Object(name) => Some(name),
        _ => None,
    }
}

fn report_unknown(problem: Unknown, field: &Field, name: &str, sink: &mut Diagnostics) {
    let d = sink.error(field.type_span, format!("unknown type `{name}` in field `{}`", field.name));
    match problem {
        Unknown::Ambiguous(first, other) => {
            d.label("this page does not describe this type, and other pages describe it differently")
                .related(first, "one description is here")
                .related(other, "another description is here")
                .help(format!(
                    "describe its fields one heading level below this field, or under `## {name}` on the `# {}` page",
                    vocab::OBJECTS_TITLE
                ));
        }
        Unknown::Nowhere => match closest_scalar(name) {
            Some(close) => {
                d.label("not a known type").help(format!("did you mean `{close}`? {}", vocab::type_help()));
            }
            None => {
                d.label("no page describes this object type").help(format!(
                    "describe its fields one heading level below this field, or under `## {name}` on the `# {}` page; {}",
                    vocab::OBJECTS_TITLE,
                    vocab::type_help()
                ));
            }
        },
    }
}

/// A type name that means two descriptions inside one API because a borrowed type brings its
/// own page's description of it.
fn report_borrowed_clash(
    api: &Api,
    field: &Field,
    via: Option<Span>,
    seen: &Object,
    other: &Object,
    sink: &mut Diagnostics,
) {
    let name = object_name(&field.ty).unwrap_or_default();
    let at = via.unwrap_or(field.type_span);
    sink.error(at, format!("`{name}` means two different types in `{}`", api.name))
        .label(format!("this type is described on another page, whose `{name}` differs"))
        .related(seen.span, format!("`{}` sees this `{name}`", api.name))
        .related(other.span, format!("the borrowed type's page has this `{name}`"))
        .help("describe the borrowed type on this API's own page or its directory's objects page, so that the types inside it are this page's");
}

fn report_difference(first: &Object, later: &Object, message: &str, sink: &mut Diagnostics) {
    let Some(Difference { what, first: there, later: here }) = shape_difference(&first.fields, &later.fields) else {
        return;
    };
    // Point at the differing field in both descriptions when it is in both.
    sink.error(here.unwrap_or(later.span), message)
        .label(what)
        .related(there.unwrap_or(first.span), "the other description is here")
        .help("an API has one type per name: make both descriptions list the same fields with the same types, flags and limits (two pages may differ: each then gets its own type)");
}

/// The scalar type a misspelt token most likely meant.
fn closest_scalar(token: &str) -> Option<&'static str> {
    vocab::SCALAR_TYPES
        .into_iter()
        .map(|s| (edit_distance(&token.to_lowercase(), &s.to_lowercase()), s))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, s)| s)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_scalar() {
        assert_eq!(closest_scalar("Strng"), Some("String"));
        assert_eq!(closest_scalar("Bolean"), Some("Boolean"));
        assert_eq!(closest_scalar("PaymentMethodDetail"), None);
    }
}
