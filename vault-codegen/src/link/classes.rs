//! Which APIs share one type for a name: those whose descriptions of it are the same, and
//! whose descriptions of every type inside it are the same too (a type that holds differing
//! types differs).

use super::shape::shape_difference;
use super::view::{Name, View};
use crate::lower::page::Object;
use std::collections::{BTreeMap, BTreeSet};

/// For each type name, the APIs that see it, grouped by description: indexes into the views,
/// in the order of their first API.
pub type Groups = BTreeMap<Name, Vec<Vec<usize>>>;

/// The group of each API's description of each name: `(view, name)` → group number.
type Class = BTreeMap<(usize, Name), usize>;

/// Groups the APIs of `views` by description, name by name.
pub fn classes(views: &[View<'_>]) -> Groups {
    let mut users: BTreeMap<Name, Vec<usize>> = BTreeMap::new();
    for (i, view) in views.iter().enumerate() {
        for name in view.found.keys() {
            users.entry(name.clone()).or_default().push(i);
        }
    }
    let mut class = partition(views, &users);
    while let Some(finer) = refine(views, &users, &class) {
        class = finer;
    }
    group(&users, &class)
}

/// The first grouping: by the description's own fields.
fn partition(views: &[View<'_>], users: &BTreeMap<Name, Vec<usize>>) -> Class {
    let mut class = Class::new();
    for (name, users) in users {
        let mut representatives: Vec<&Object> = Vec::new();
        for &i in users {
            let object = views[i].found[name];
            let found = representatives.iter().position(|r| shape_difference(&r.fields, &object.fields).is_none());
            let id = found.unwrap_or_else(|| {
                representatives.push(object);
                representatives.len() - 1
            });
            class.insert((i, name.clone()), id);
        }
    }
    class
}

/// Splits the groups whose APIs see differing types inside the described one; `None` when no
/// group split, which makes the grouping final (refining only ever splits).
fn refine(views: &[View<'_>], users: &BTreeMap<Name, Vec<usize>>, class: &Class) -> Option<Class> {
    let mut next = Class::new();
    for (name, users) in users {
        let mut keys: Vec<(usize, Vec<Option<usize>>)> = Vec::new();
        for &i in users {
            let object = views[i].found[name];
            let inner: Vec<Option<usize>> = object
                .fields
                .iter()
                .filter_map(|f| f.ty.object_name())
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
    let count = |c: &Class| c.iter().map(|((_, name), id)| (name.clone(), *id)).collect::<BTreeSet<_>>().len();
    (count(&next) != count(class)).then_some(next)
}

/// The final groups of each name, sorted by their first API.
fn group(users: &BTreeMap<Name, Vec<usize>>, class: &Class) -> Groups {
    let mut groups = Groups::new();
    for (name, users) in users {
        let mut by_class: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in users {
            by_class.entry(class[&(i, name.clone())]).or_default().push(i);
        }
        let mut list: Vec<Vec<usize>> = by_class.into_values().collect();
        list.sort();
        groups.insert(name.clone(), list);
    }
    groups
}
