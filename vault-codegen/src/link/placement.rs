//! The naming rule: where each object type and enum is generated, under which name, and where
//! else it is reachable. This is the one place that decides the paths users write.
//!
//! - A family is a page directory (`api-docs/payments/` → module `payments`, the Cargo feature
//!   of the same name); its APIs' items are `payments::PayRequest`, `PayRequired`, `PayDraft`,
//!   `PayResponse`, `PayError`, and a notification's `payments::PaymentNotification`.
//! - A type keeps the page's name in every family that uses it: `payments::Amount`,
//!   `aba::Amount` (received types in the family's `response` submodule:
//!   `payments::response::Amount`).
//! - Where the APIs of one family describe a name differently, the description most of its
//!   APIs share (on a tie, the one of the first API by name) is `family::Name`; each other one
//!   is `family::<api>::Name`, named after its first API in that family (`payments::pay::Order`).
//! - A description that several families use is generated once, in a hidden shared module
//!   whose gate is the union of theirs, and each of those families re-exports it at its own
//!   path. So adding a page to one family never changes a path of another family.

use crate::model::{ApiKey, Module, TypePath};
use crate::names::snake;
use std::collections::{BTreeMap, BTreeSet};

/// Where one description of a name is generated, and the other paths that re-export it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// Where it is defined.
    pub path: TypePath,
    /// The family paths that re-export it (when it is defined in the shared module).
    pub also: Vec<TypePath>,
}

/// Places the descriptions of one type name: `classes[i]` lists the APIs that see
/// description `i` (each list non-empty, in key order). One placement per description.
pub fn place(name: &str, response: bool, classes: &[Vec<ApiKey>]) -> Vec<Placement> {
    let path = |module: Module| TypePath { module, response, name: name.to_owned() };
    let seen = family_paths(classes);
    let mut shared_taken = false;
    classes
        .iter()
        .enumerate()
        .map(|(class, users)| {
            let mut homes: Vec<Module> =
                seen.iter().filter(|((c, _), _)| *c == class).map(|(_, m)| m.clone()).collect();
            match homes.len() {
                0 | 1 => Placement { path: path(homes.pop().unwrap_or(Module::Root)), also: Vec::new() },
                _ => {
                    let sub = shared_taken.then(|| users.first().map(shared_sub).unwrap_or_default());
                    shared_taken = true;
                    Placement { path: path(Module::Shared(sub)), also: homes.into_iter().map(path).collect() }
                }
            }
        })
        .collect()
}

/// For each description and family that uses it, the module where that family offers it.
fn family_paths(classes: &[Vec<ApiKey>]) -> BTreeMap<(usize, Option<String>), Module> {
    // family → (description → that family's APIs seeing it).
    let mut by_family: BTreeMap<Option<String>, BTreeMap<usize, Vec<&ApiKey>>> = BTreeMap::new();
    for (class, users) in classes.iter().enumerate() {
        for user in users {
            by_family.entry(user.family.clone()).or_default().entry(class).or_default().push(user);
        }
    }
    let mut out = BTreeMap::new();
    for (family, seen) in by_family {
        let mut ranked: Vec<(usize, Vec<&ApiKey>)> = seen.into_iter().collect();
        // Most APIs first; on a tie, the description of the first API by name.
        ranked.sort_by(|(_, a), (_, b)| b.len().cmp(&a.len()).then_with(|| a.first().cmp(&b.first())));
        let mut taken: BTreeSet<String> = BTreeSet::new();
        for (rank, (class, users)) in ranked.into_iter().enumerate() {
            let module = if rank == 0 {
                family.clone().map_or(Module::Root, Module::Family)
            } else {
                Module::Api { family: family.clone(), api: api_module(&users, &mut taken) }
            };
            out.insert((class, family.clone()), module);
        }
    }
    out
}

/// The submodule for a family's other description: its first API that names no other
/// description's submodule yet (an enum's value sets can share APIs), numbered as a last resort.
fn api_module(users: &[&ApiKey], taken: &mut BTreeSet<String>) -> String {
    let names: Vec<String> = users.iter().map(|key| snake(&key.name)).collect();
    let free = names.iter().find(|n| !taken.contains(*n)).cloned();
    let chosen = free.unwrap_or_else(|| {
        let base = names.first().cloned().unwrap_or_default();
        (2..).map(|n| format!("{base}_{n}")).find(|n| !taken.contains(n)).unwrap_or(base)
    });
    taken.insert(chosen.clone());
    chosen
}

/// The shared submodule of a second shared description of one name: after its first API.
fn shared_sub(first: &ApiKey) -> String {
    match &first.family {
        Some(family) => format!("{family}_{}", snake(&first.name)),
        None => snake(&first.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(family: &str, name: &str) -> ApiKey {
        ApiKey { family: Some(family.to_owned()), name: name.to_owned() }
    }

    fn joined(p: &Placement) -> (String, Vec<String>) {
        (p.path.joined("::"), p.also.iter().map(|a| a.joined("::")).collect())
    }

    #[test]
    fn one_family_one_description_keeps_the_page_name() {
        let placed = place("Amount", false, &[vec![key("payments", "pay"), key("payments", "refund")]]);
        assert_eq!(joined(&placed[0]), ("payments::Amount".to_owned(), vec![]));
    }

    #[test]
    fn a_description_of_several_families_is_shared_and_re_exported() {
        let placed = place("Amount", true, &[vec![key("aba", "applyCard"), key("payments", "pay")]]);
        let expected = vec!["aba::response::Amount".to_owned(), "payments::response::Amount".to_owned()];
        assert_eq!(joined(&placed[0]), ("__shared::response::Amount".to_owned(), expected));
    }

    #[test]
    fn the_description_most_apis_share_takes_the_family_name() {
        let placed = place(
            "Order",
            false,
            &[vec![key("payments", "pay")], vec![key("payments", "capture"), key("payments", "refund")]],
        );
        assert_eq!(joined(&placed[0]).0, "payments::pay::Order");
        assert_eq!(joined(&placed[1]).0, "payments::Order");
    }

    #[test]
    fn a_family_s_paths_do_not_depend_on_another_family() {
        let alone = place("Order", false, &[vec![key("payments", "pay")]]);
        let with_other = place("Order", false, &[vec![key("payments", "pay")], vec![key("marketplace", "settle")]]);
        assert_eq!(alone[0].path, with_other[0].path);
        assert_eq!(joined(&with_other[1]).0, "marketplace::Order");
    }

    #[test]
    fn value_sets_sharing_an_api_get_distinct_submodules() {
        let (a, b) = (key("payments", "pay"), key("payments", "refund"));
        let placed = place("Status", true, &[vec![a.clone(), b.clone()], vec![a.clone()], vec![a]]);
        let paths: Vec<String> = placed.iter().map(|p| joined(p).0).collect();
        assert_eq!(
            paths,
            ["payments::response::Status", "payments::pay::response::Status", "payments::pay_2::response::Status"]
        );
    }
}
