//! Where each description of a type name is generated, and under which name.

use super::view::Name;
use crate::lower::page::Field;
use crate::model::{Api, Direction, Module, ObjectKey, Scope, TypePath};
use std::collections::BTreeSet;

/// Where one description of a type goes. The only description is shared at the root. When
/// descriptions differ: one whose APIs are all in one family that no other description reaches
/// is `N` in that family's module; the only one that spans several families is `N` at the root;
/// any other is named after its first API (`PayEnv`), in that API's family module.
pub fn placement((direction, name): &Name, groups: &[Vec<&Api<Field>>], class: usize) -> (ObjectKey, TypePath) {
    let response = *direction == Direction::Response;
    let key = |scope| ObjectKey { direction: *direction, scope, name: name.clone() };
    let root = || (key(Scope::Shared), TypePath { module: Module::Root, response, name: name.clone() });
    if groups.len() == 1 {
        return root();
    }
    let family_of = |api: &&Api<Field>| api.endpoint.as_ref().map(|e| e.family.clone());
    let families = |group: &Vec<&Api<Field>>| group.iter().map(family_of).collect::<BTreeSet<_>>();
    let users = &groups[class];
    let ours = families(users);
    let exclusive = ours.len() == 1
        && groups.iter().enumerate().filter(|(c, _)| *c != class).all(|(_, g)| families(g).is_disjoint(&ours));
    let cross_family = |group: &Vec<&Api<Field>>| families(group).len() > 1;
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
