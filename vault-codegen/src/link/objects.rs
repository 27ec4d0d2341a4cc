//! Object types across pages. Each API sees one description per type name and direction: its
//! own page's, else the objects page's, else the one other pages agree on. The APIs that see the
//! same description share one type; when pages disagree, each description becomes its own type
//! (see [`Scope`](crate::model::Scope) for the names), and so does every type that contains a
//! differing one. Only two different descriptions inside one API are an error.

use super::classes::classes;
use super::placement::place;
use super::report::{Unknown, report_borrowed_clash, report_difference, report_unknown};
use super::shape::shape_difference;
use super::view::{Name, View};
use crate::diag::{Diagnostics, Reported};
use crate::lower::page::{Field, Object, Ty};
use crate::model::{Api, ApiKey, Direction, ObjectKey, Scope, TypePath};
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

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

    /// `currencyList (Array<CurrencyList>)` where no page describes `CurrencyList`: the vendor
    /// named the list after itself, not its elements (inquiryBalance; the export and the SDKs
    /// send currency codes). Every value but a list travels as a JSON string, so such a
    /// top-level list is a list of strings, and its docs say how the page typed it. An element
    /// type named otherwise, or described somewhere, is left to [`Self::resolve`].
    pub fn lists_named_after_themselves(&self, apis: &mut [Api<Field>]) {
        for api in apis.iter_mut() {
            let key = api.key();
            let sent = api.sent_direction();
            for (fields, direction) in [(&mut api.request, sent), (&mut api.response, Direction::Response)] {
                for field in fields.iter_mut() {
                    let Ty::Array { item, .. } = &mut field.ty else { continue };
                    let Ty::Object(name) = item.as_ref() else { continue };
                    let nowhere = matches!(self.describe(&key, &(direction, name.clone())), Err(Unknown::Nowhere));
                    if !nowhere || *name != crate::names::pascal(&field.name) {
                        continue;
                    }
                    field.notes.push(format!(
                        "The page types this list `Array<{name}>`, a type named after the list that no page describes: its elements are strings, as every value but a list is sent."
                    ));
                    **item = Ty::Text { max: None };
                }
            }
        }
    }

    /// Every object type the APIs use, one per description (see
    /// [`Scope`](crate::model::Scope)), and which type each API's use of a name is; unknown
    /// types are reported.
    pub fn resolve(&self, apis: &[Api<Field>], sink: &mut Diagnostics) -> Resolved {
        let views: Vec<View<'_>> = apis.iter().map(|api| self.view(api, sink)).collect();
        let mut resolved = Resolved::default();
        for (name, groups) in classes(&views) {
            let users: Vec<Vec<ApiKey>> = groups.iter().map(|g| g.iter().map(|&i| apis[i].key()).collect()).collect();
            let placed = place(&name.1, name.0 == Direction::Response, &users);
            for ((group, users), placement) in groups.iter().zip(users).zip(placed) {
                // Every API of the group sees the same description: the first one's stands.
                let Some(described) = group.first().and_then(|&i| views[i].found.get(&name)) else { continue };
                let scope = match (groups.len(), users.first()) {
                    (2.., Some(first)) => Scope::Api(first.clone()),
                    _ => Scope::Shared,
                };
                let key = ObjectKey { direction: name.0, scope, name: name.1.clone() };
                for user in &users {
                    resolved.uses.insert((user.clone(), name.clone()), Ok(key.clone()));
                }
                let (path, also) = (placement.path, placement.also);
                resolved.objects.insert(key, Placed { path, also, users, object: (*described).clone() });
            }
        }
        for (api, view) in apis.iter().zip(&views) {
            for (name, reported) in &view.unknown {
                resolved.uses.entry((api.key(), name.clone())).or_insert(Err(*reported));
            }
        }
        resolved
    }

    /// The descriptions one API sees, for every type it reaches from its fields. The types
    /// inside a description borrowed from another API's page are that page's (its `Amount`,
    /// not this page's): a name that then means two descriptions in this API is reported.
    fn view(&self, api: &Api<Field>, sink: &mut Diagnostics) -> View<'_> {
        let own = api.key();
        let mut pending: Vec<Pending<'_>> = Vec::new();
        let top = |direction| {
            let own = own.clone();
            move |f| Pending { direction, field: f, context: own.clone(), via: None }
        };
        pending.extend(api.request.iter().map(top(api.sent_direction())));
        pending.extend(api.response.iter().map(top(Direction::Response)));
        let mut unknown: Vec<(Unknown, &Field, Name)> = Vec::new();
        let mut view = View::default();
        // A name found from one page's point of view always gives the same answer: look it up
        // once. (A name not found is looked up again, so that every field using it is reported.)
        let mut found: BTreeSet<(ApiKey, Name)> = BTreeSet::new();
        while let Some(Pending { direction, field, context, via }) = pending.pop() {
            let Some(name) = field.ty.object_name() else { continue };
            let key = (direction, name.to_owned());
            if found.contains(&(context.clone(), key.clone())) {
                continue;
            }
            let (object, origin) = match self.describe(&context, &key) {
                Ok(described) => described,
                Err(problem) => {
                    unknown.push((problem, field, key));
                    continue;
                }
            };
            found.insert((context.clone(), key.clone()));
            if let Some(seen) = view.found.get(&key) {
                if shape_difference(&seen.fields, &object.fields).is_some() {
                    report_borrowed_clash(api, field, via, seen, object, sink);
                }
                continue;
            }
            view.found.insert(key, object);
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
        // A field reached twice (through two uses of its type) is reported once.
        let mut reported: BTreeMap<(usize, usize), Reported> = BTreeMap::new();
        for (problem, field, name) in unknown {
            let at = (field.type_span.file, field.type_span.start);
            let proof = *reported.entry(at).or_insert_with(|| report_unknown(problem, field, &name.1, sink));
            view.unknown.entry(name).or_insert(proof);
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

/// A field whose type is still to be described: in which direction, from whose page's point of
/// view (the API's own, or the page it borrowed the enclosing type from), and the field of this
/// API through which the borrowing began.
struct Pending<'a> {
    direction: Direction,
    field: &'a Field,
    context: ApiKey,
    via: Option<Span>,
}

/// Every object type of a run, and which one each API's use of a type name is.
#[derive(Default)]
pub struct Resolved {
    pub objects: BTreeMap<ObjectKey, Placed>,
    /// `(API, direction and type name)` → the object type that API uses under that name, or
    /// the proof that it could not be found.
    pub uses: BTreeMap<(ApiKey, Name), Result<ObjectKey, Reported>>,
}

/// One description of an object type, placed.
pub struct Placed {
    /// Where its type is generated, under which name.
    pub path: TypePath,
    /// The family paths that re-export it (a type several families share).
    pub also: Vec<TypePath>,
    /// The APIs that see this description, in key order.
    pub users: Vec<ApiKey>,
    /// The description (of the first of them).
    pub object: Object,
}
