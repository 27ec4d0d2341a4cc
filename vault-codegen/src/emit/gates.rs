//! Which Cargo features an item needs (the generator's `features` setting). The items of an
//! API need its page directory's feature; a type needs any feature of the APIs that use it,
//! directly or through other types; whatever an API without a feature uses is always compiled.
//! Emitters hand their items over with the gate they share; an item carries a `cfg` only where
//! its gate differs from its module's.

use crate::model::{Api, Field, Model, Module, TypePath};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// The features under which an item is compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Always.
    Always,
    /// When any of these features (at least one) is on.
    Features(BTreeSet<String>),
}

impl Gate {
    /// What the items of `api` need.
    pub fn of(api: &Api) -> Gate {
        api.feature.clone().map_or(Gate::Always, |feature| Gate::Features(BTreeSet::from([feature])))
    }

    /// Also compiles the item where `other` is; returns whether that changed anything.
    pub fn widen(&mut self, other: &Gate) -> bool {
        match (&mut *self, other) {
            (Gate::Always, _) => false,
            (_, Gate::Always) => {
                *self = Gate::Always;
                true
            }
            (Gate::Features(mine), Gate::Features(theirs)) => {
                let before = mine.len();
                mine.extend(theirs.iter().cloned());
                mine.len() != before
            }
        }
    }

    /// Whether everything `other` compiles, this compiles too.
    pub fn covers(&self, other: &Gate) -> bool {
        match (self, other) {
            (Gate::Always, _) => true,
            (Gate::Features(_), Gate::Always) => false,
            (Gate::Features(mine), Gate::Features(theirs)) => theirs.is_subset(mine),
        }
    }

    /// The feature badge of a family module in docs built with `--cfg docsrs` (docs.rs, on
    /// nightly's `doc_cfg`); inert elsewhere. Only on the module: its items inherit it.
    pub fn doc_badge(&self) -> TokenStream {
        match self {
            Gate::Always => TokenStream::new(),
            Gate::Features(features) if features.len() == 1 => {
                let feature = features.iter();
                quote! { #[cfg_attr(docsrs, doc(cfg(#(feature = #feature)*)))] }
            }
            Gate::Features(features) => {
                let features = features.iter();
                quote! { #[cfg_attr(docsrs, doc(cfg(any(#(feature = #features),*))))] }
            }
        }
    }

    /// `#[cfg(feature = "a")]`, `#[cfg(any(feature = "a", feature = "b"))]`, or nothing for an
    /// item compiled always.
    pub fn attr(&self) -> TokenStream {
        match self {
            Gate::Always => TokenStream::new(),
            Gate::Features(features) if features.len() == 1 => {
                let feature = features.iter();
                quote! { #[cfg(#(feature = #feature)*)] }
            }
            Gate::Features(features) => {
                let features = features.iter();
                quote! { #[cfg(any(#(feature = #features),*))] }
            }
        }
    }
}

/// Items that share one gate (the items of an API, or of an object type), one Rust item each.
pub struct Gated {
    pub gate: Gate,
    pub items: Vec<TokenStream>,
}

/// The items of a module whose own gate is `module`: each carries its gate where it differs.
pub fn inside(module: &Gate, groups: Vec<Gated>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for Gated { gate, items } in groups {
        let attr = if gate == *module { TokenStream::new() } else { gate.attr() };
        out.extend(items.into_iter().map(|item| quote! { #attr #item }));
    }
    out
}

/// The gate of every generated type.
#[derive(Default)]
pub struct Gates {
    types: BTreeMap<TypePath, Gate>,
}

impl Gates {
    /// Walks from each API's fields through the types they hold until no gate widens.
    pub fn new(model: &Model) -> Gates {
        let mut types: BTreeMap<TypePath, Gate> = BTreeMap::new();
        let widen = |types: &mut BTreeMap<TypePath, Gate>, fields: &[Field], gate: &Gate| {
            let targets = fields.iter().filter_map(|field| field.ty.target());
            targets.fold(false, |changed, target| match types.get_mut(target) {
                Some(known) => known.widen(gate) | changed,
                None => {
                    types.insert(target.clone(), gate.clone());
                    true
                }
            })
        };
        for api in &model.apis {
            let gate = Gate::of(api);
            widen(&mut types, &api.request, &gate);
            widen(&mut types, &api.response, &gate);
        }
        let mut changed = true;
        while changed {
            changed = false;
            for object in model.objects.values() {
                if let Some(gate) = types.get(&object.path).cloned() {
                    changed |= widen(&mut types, &object.fields, &gate);
                }
            }
        }
        Gates { types }
    }

    /// The gate of a generated object type or enum. A type no API uses is compiled always:
    /// it costs little and breaks nothing.
    pub fn ty(&self, path: &TypePath) -> Gate {
        self.types.get(path).cloned().unwrap_or(Gate::Always)
    }

    /// The gate of a family module: any of its APIs', and any of a type living in it or in its
    /// submodules (only its own APIs use those). The root's is always.
    pub fn module(&self, model: &Model, module: &Module) -> Gate {
        let family = module.family();
        let apis = model.apis.iter().filter(|api| family.is_some() && api.family.as_deref() == family).map(Gate::of);
        let types = self
            .types
            .iter()
            .filter(|(path, _)| family.is_some() && path.module.family() == family)
            .map(|(_, g)| g.clone());
        let mut gates = apis.chain(types);
        let Some(mut gate) = gates.next() else { return Gate::Always };
        for other in gates {
            gate.widen(&other);
        }
        gate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(names: &[&str]) -> Gate {
        Gate::Features(names.iter().map(|n| (*n).to_owned()).collect())
    }

    #[test]
    fn gates_widen_to_always() {
        let mut gate = features(&["a"]);
        assert_eq!(gate.attr().to_string(), "# [cfg (feature = \"a\")]");
        assert!(gate.widen(&features(&["b"])));
        assert_eq!(gate.attr().to_string(), "# [cfg (any (feature = \"a\" , feature = \"b\"))]");
        assert!(!gate.widen(&features(&["a"])));
        assert!(gate.widen(&Gate::Always));
        assert!(gate.attr().is_empty());
    }

    #[test]
    fn an_item_repeats_no_gate_of_its_module() {
        let item = || vec![quote! { pub struct A; }];
        let groups = vec![
            Gated { gate: features(&["a"]), items: item() },
            Gated { gate: features(&["a", "b"]), items: item() },
            Gated { gate: Gate::Always, items: item() },
        ];
        let rendered: Vec<String> = inside(&features(&["a"]), groups).iter().map(ToString::to_string).collect();
        assert_eq!(rendered[0], "pub struct A ;");
        assert!(rendered[1].starts_with("# [cfg (any (feature = \"a\" , feature = \"b\"))]"), "{}", rendered[1]);
        assert_eq!(rendered[2], "pub struct A ;");
    }
}
