//! What a simulator answers from, under the feature of the `deserialize_requests` setting only
//! (a client's build compiles none of it): the response model of every API, as static data of
//! `vault_runtime::simulate` (`impl Model` on each response type and on each object type a
//! required response field holds), and `simulate`, which hands every API's request type to a
//! `Visit`. Data rather than code per type keeps it to one line per required field.

use super::gates::{Gate, Gates};
use super::paths::{Loc, type_path};
use crate::model::{Api, ApiItem, ApiKind, Field, Model, Object, Ty, TypePath};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

/// The items, gated by the simulator's feature; nothing when the setting names no feature
/// (the runtime's `simulate` module exists only with its own `simulator` feature).
pub fn emit(model: &Model, gates: &Gates) -> TokenStream {
    let Some(feature) = &model.deserialize_requests else { return TokenStream::new() };
    let calls: Vec<&Api> = model.apis.iter().filter(|api| api.kind == ApiKind::Call).collect();
    if calls.is_empty() {
        return TokenStream::new();
    }
    let objects: BTreeMap<&TypePath, &Object> = model.objects.values().map(|o| (&o.path, o)).collect();
    let mut reached = BTreeSet::new();
    let responses = calls.iter().map(|api| {
        reach(&api.response, &objects, &mut reached);
        model_impl(&api.path_of(ApiItem::Response), &api.response, &Gate::of(api))
    });
    let responses: Vec<TokenStream> = responses.collect();
    let objects =
        reached.iter().filter_map(|path| objects.get(path)).map(|o| model_impl(&o.path, &o.fields, &gates.ty(&o.path)));
    let visits = calls.iter().map(|api| {
        let (gate, request) = (Gate::of(api).attr(), type_path(&Loc::ROOT, &api.path_of(ApiItem::Request)));
        quote! { #gate visit.operation::<#request>(); }
    });
    quote! {
        /// Hands the request type of every API to `visit` (a simulator registers its handlers
        /// so); each response type's required fields and their limits are its
        /// `vault_runtime::simulate::Model`.
        #[cfg(feature = #feature)]
        pub fn simulate(visit: &mut impl ::vault_runtime::simulate::Visit) {
            #(#visits)*
        }

        #[cfg(feature = #feature)]
        mod __simulator_models {
            use ::vault_runtime::simulate::{Model, Shape, Value::*};
            #(#responses)*
            #(#objects)*
        }
    }
}

/// Adds the object types the required fields hold, and theirs.
fn reach<'m>(fields: &'m [Field], objects: &BTreeMap<&TypePath, &'m Object>, reached: &mut BTreeSet<&'m TypePath>) {
    for field in fields.iter().filter(|f| f.required) {
        if let Ty::Object(object) = field.ty.element()
            && reached.insert(&object.path)
            && let Some(found) = objects.get(&object.path)
        {
            reach(&found.fields, objects, reached);
        }
    }
}

/// `impl Model for T { const SHAPE: Shape = &[("name", value), ...]; }`, required fields only.
fn model_impl(path: &TypePath, fields: &[Field], gate: &Gate) -> TokenStream {
    let ty = type_path(&Loc::ROOT, path);
    let gate = gate.attr();
    let entries = fields.iter().filter(|f| f.required).map(|f| {
        let (name, value) = (&f.name, value(&f.ty));
        quote! { (#name, #value) }
    });
    quote! {
        #gate impl Model for super::#ty { const SHAPE: Shape = &[#(#entries),*]; }
    }
}

/// The `vault_runtime::simulate::Value` of a type.
fn value(ty: &Ty) -> TokenStream {
    let opt = |n: Option<usize>| match n {
        Some(n) => {
            let n = Literal::usize_unsuffixed(n);
            quote! { Some(#n) }
        }
        None => quote! { None },
    };
    let bound = |n: Option<i64>| match n {
        Some(n) => {
            let n = Literal::i64_unsuffixed(n);
            quote! { Some(#n) }
        }
        None => quote! { None },
    };
    let range = |r: Option<crate::model::Range>| {
        let (min, max) = (bound(r.map(|r| r.min)), bound(r.and_then(|r| r.max)));
        quote! { #min, #max }
    };
    match ty {
        Ty::Text { max } => {
            let max = opt(*max);
            quote! { Text(#max) }
        }
        Ty::Url { max } => {
            let max = opt(*max);
            quote! { Url(#max) }
        }
        Ty::Region => quote! { Region },
        Ty::Currency => quote! { Currency },
        Ty::Decimal { range: r } => {
            let r = range(*r);
            quote! { Decimal(#r) }
        }
        Ty::NumericText { range: r, max } => {
            let (r, max) = (range(Some(*r)), opt(*max));
            quote! { Digits(#r, #max) }
        }
        Ty::Fixed(value) => quote! { Fixed(#value) },
        Ty::Enum(list) => match list.values.first() {
            Some(first) => {
                let first = &first.value;
                quote! { OneOf(#first) }
            }
            None => quote! { Text(None) },
        },
        Ty::Bool => quote! { Bool },
        Ty::Integer { range: r } => {
            let r = range(*r);
            quote! { Int(#r) }
        }
        // A received date and time is never checked against a page's (too short) length.
        Ty::Datetime { .. } => quote! { DateTime },
        Ty::Map { .. } => quote! { Map },
        Ty::Object(object) => {
            let ty = type_path(&Loc::ROOT, &object.path);
            quote! { Object(<super::#ty as Model>::SHAPE) }
        }
        Ty::Array { item, max_items } => {
            let (item, max) = (value(item), opt(*max_items));
            quote! { List(&#item, #max) }
        }
        Ty::ApiResult => quote! { Result },
    }
}
