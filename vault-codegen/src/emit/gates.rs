//! Which Cargo features an item needs (the generator's `features` setting). The items of an
//! API need its page directory's feature; a type needs any feature of the APIs that use it,
//! directly or through other types; whatever an API without a feature uses is always compiled.

use crate::model::{Api, Field, Model, Module, TypePath};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// The features under which an item is compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Always.
    Always,
    /// When any of these features is on (none yet: the item is not used so far).
    Any(BTreeSet<String>),
}

impl Gate {
    /// What the items of `api` need.
    pub fn of(api: &Api) -> Gate {
        api.feature.clone().map_or(Gate::Always, |feature| Gate::Any(BTreeSet::from([feature])))
    }

    fn unused() -> Gate {
        Gate::Any(BTreeSet::new())
    }

    /// Also compiles the item where `other` is; returns whether that changed anything.
    pub fn widen(&mut self, other: &Gate) -> bool {
        match (&mut *self, other) {
            (Gate::Always, _) => false,
            (_, Gate::Always) => {
                *self = Gate::Always;
                true
            }
            (Gate::Any(mine), Gate::Any(theirs)) => {
                let before = mine.len();
                mine.extend(theirs.iter().cloned());
                mine.len() != before
            }
        }
    }

    /// `#[cfg(any(feature = ...))]`, or nothing for an item compiled always (an item that no
    /// API uses is compiled always too: it costs little and breaks nothing).
    pub fn attr(&self) -> TokenStream {
        match self {
            Gate::Any(features) if !features.is_empty() => {
                let features = features.iter();
                quote! { #[cfg(any(#(feature = #features),*))] }
            }
            _ => TokenStream::new(),
        }
    }
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
            let targets = fields.iter().filter_map(|field| field.target.as_ref());
            targets.fold(false, |changed, target| {
                types.entry(target.clone()).or_insert_with(Gate::unused).widen(gate) | changed
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

    /// The gate of a generated object type or enum (always, for [`Gates::default`]).
    pub fn ty(&self, path: &TypePath) -> Gate {
        self.types.get(path).cloned().unwrap_or(Gate::Always)
    }

    /// The gate of a module: any of its APIs, and any API of another family that uses a type
    /// living in it (payments' pages share `Amount` with a family that is off by default, whose
    /// module holds the one shared type: the module must exist whenever that type is compiled).
    pub fn module(&self, model: &Model, module: &Module) -> Gate {
        let mut gate = Gate::unused();
        for api in model.apis.iter().filter(|api| &api.module() == module) {
            gate.widen(&Gate::of(api));
        }
        for (path, type_gate) in &self.types {
            if &path.module == module {
                gate.widen(type_gate);
            }
        }
        gate
    }
}

/// Puts `attr` before every item of `tokens`.
pub fn gate_items(attr: &TokenStream, tokens: TokenStream) -> TokenStream {
    if attr.is_empty() {
        return tokens;
    }
    split_items(tokens).into_iter().map(|item| quote! { #attr #item }).collect()
}

/// Splits a sequence of items, as the emitters write them, where each ends: at a `;`, or at
/// the brace group of its body. A brace group after `<`, `,` or `=` (a const generic argument,
/// an initialiser) is not a body, nor is one inside an item that ends with `;` (`use`, `const`,
/// `static`, `type`).
fn split_items(tokens: TokenStream) -> Vec<TokenStream> {
    let mut items = Vec::new();
    let mut current: Vec<TokenTree> = Vec::new();
    let mut kind: Option<String> = None;
    for token in tokens {
        let ends_with_semicolon = kind.as_deref().is_some_and(|k| matches!(k, "use" | "const" | "static" | "type"));
        let end = match &token {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => {
                g.delimiter() == Delimiter::Brace && !ends_with_semicolon && !after_operator(&current)
            }
            TokenTree::Ident(ident) => {
                let word = ident.to_string();
                if kind.is_none() && !matches!(word.as_str(), "pub" | "unsafe" | "async" | "extern") {
                    kind = Some(word);
                }
                false
            }
            TokenTree::Literal(_) => false,
        };
        current.push(token);
        if end {
            items.push(current.drain(..).collect());
            kind = None;
        }
    }
    if !current.is_empty() {
        items.push(current.into_iter().collect());
    }
    items
}

fn after_operator(tokens: &[TokenTree]) -> bool {
    matches!(tokens.last(), Some(TokenTree::Punct(p)) if matches!(p.as_char(), '<' | ',' | '='))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(source: &str) -> Vec<String> {
        let tokens: TokenStream = source.parse().unwrap_or_default();
        split_items(tokens).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn items_end_at_their_body_or_semicolon() {
        let items = split(
            "#[doc = \"x\"] pub struct A { a: Digits<1, { i64::MAX }> } \
             impl Foo for Bar<0, { i64::MAX }> { fn f() {} } \
             pub use m::{A, B}; \
             pub const X: &[u8] = &[1, 2]; \
             const Y: S = S { a: 1 }; \
             ::vault_runtime::closed_enum!(E { A = \"A\" }); \
             pub(crate) enum E { A = 1 } \
             macro_rules! m { () => {} }",
        );
        assert_eq!(items.len(), 8, "{items:#?}");
        assert!(items[1].starts_with("impl Foo for Bar < 0 , { i64 :: MAX } >"));
        assert!(items[4].ends_with(";"));
    }

    #[test]
    fn gates_widen_to_always() {
        let mut gate = Gate::unused();
        assert!(gate.widen(&Gate::Any(BTreeSet::from(["a".to_owned()]))));
        assert_eq!(gate.attr().to_string(), "# [cfg (any (feature = \"a\"))]");
        assert!(gate.widen(&Gate::Always));
        assert!(gate.attr().is_empty());
    }
}
