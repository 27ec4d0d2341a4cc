//! Paths between generated items. The expansion is a small tree of modules (the root, one
//! module per API family with its `response` module and a submodule per API that sees a type
//! differently, and the hidden shared module); an item refers to another by a path relative to
//! its own module, so the expansion works wherever `generate!` is invoked.

use crate::model::{Module, RESPONSE_MODULE, SHARED_MODULE, TypePath};
use crate::names::field_ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// A module of the expansion: which module, and whether its `response` submodule.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// The root or a family module.
    pub module: Module,
    /// Inside its `response` submodule.
    pub response: bool,
}

impl Loc {
    /// The root of the expansion.
    pub const ROOT: Loc = Loc { module: Module::Root, response: false };

    /// Where a type is.
    pub fn of(path: &TypePath) -> Loc {
        Loc { module: path.module.clone(), response: path.response }
    }

    fn segments(&self) -> Vec<&str> {
        self.module.segments(self.response)
    }
}

/// The identifier of a module segment: a family (`payments`), an API's submodule (`pay`),
/// `response`, or the hidden `__shared`.
pub fn segment_ident(segment: &str) -> proc_macro2::Ident {
    match segment {
        RESPONSE_MODULE | SHARED_MODULE => format_ident!("{}", segment),
        other => field_ident(other),
    }
}

/// The path from code in `from` to the module `to`, ending in `::` (empty when they are the
/// same module).
pub fn module_prefix(from: &Loc, to: &Loc) -> TokenStream {
    let (from, to) = (from.segments(), to.segments());
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let ups = (common..from.len()).map(|_| quote! { super:: });
    let downs = to[common..].iter().map(|segment| {
        let ident = segment_ident(segment);
        quote! { #ident:: }
    });
    quote! { #(#ups)* #(#downs)* }
}

/// The path from code in `from` to a type.
pub fn type_path(from: &Loc, to: &TypePath) -> TokenStream {
    let prefix = module_prefix(from, &Loc::of(to));
    let name = crate::names::type_ident(&to.name);
    quote! { #prefix #name }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(from: Loc, module: Module, response: bool) -> String {
        type_path(&from, &TypePath { module, response, name: "T".to_owned() }).to_string().replace(' ', "")
    }

    #[test]
    fn relative_paths_between_modules() {
        let payments = || Module::Family("payments".to_owned());
        let in_payments = Loc { module: payments(), response: false };
        let in_payments_response = Loc { module: payments(), response: true };
        let shared = Module::Shared(None);
        let scoped = Module::Api { family: Some("payments".to_owned()), api: "pay".to_owned() };
        assert_eq!(
            path(Loc { module: scoped, response: true }, shared, true),
            "super::super::super::__shared::response::T"
        );
        assert_eq!(path(Loc::ROOT, Module::Root, false), "T");
        assert_eq!(path(Loc::ROOT, Module::Root, true), "response::T");
        assert_eq!(path(Loc::ROOT, payments(), true), "payments::response::T");
        assert_eq!(path(in_payments.clone(), Module::Root, false), "super::T");
        assert_eq!(path(in_payments.clone(), payments(), true), "response::T");
        assert_eq!(path(in_payments_response.clone(), Module::Root, true), "super::super::response::T");
        assert_eq!(path(in_payments_response, payments(), false), "super::T");
        assert_eq!(path(in_payments, Module::Family("vaults".to_owned()), false), "super::vaults::T");
    }
}
