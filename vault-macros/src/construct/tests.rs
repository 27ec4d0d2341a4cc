//! The constructor's expansion of nested objects and lists, read as text.

use super::expand2;
use quote::quote;

fn expanded(body: proc_macro2::TokenStream) -> String {
    let input = quote! {
        [$crate] [payments::PayRequest] [payments::PayRequired]
        [payment_request_id req text 64, order req object __object_order,
         regions opt list 3 region, goods opt vec object __object_goods, note opt any]
        { #body }
    };
    expand2(input).to_string()
}

/// A nested object becomes a call of its own constructor macro with the caller's braces; a
/// list of objects one call per element; a list of checked literals one check per element
/// and one of its count against the maximum size.
#[test]
fn nested_objects_and_lists_are_built_by_their_shapes() {
    let out = expanded(quote! {
        payment_request_id: "R-1",
        order: { reference_order_id: "O-1" },
        regions: ["SG", "US"],
        goods: [{ goods_name: "a" }, existing],
    });
    assert!(out.contains("$ crate :: __object_order ! { { reference_order_id : \"O-1\" } }"), "{out}");
    assert!(out.contains("$ crate :: __object_goods ! { { goods_name : \"a\" } } , existing"), "{out}");
    assert!(out.contains("__VaultChecked :: __count (2)"), "{out}");
    assert!(out.contains("List < () , 3 >"), "{out}");
    assert_eq!(out.matches("__VaultChecked :: __literal (\"SG\")").count(), 1, "{out}");
    assert_eq!(out.matches("const _").count(), 4, "{out}");
}

/// An expression stays one: a block, an array variable, a call.
#[test]
fn other_values_are_taken_as_written() {
    let out = expanded(quote! {
        payment_request_id: "R-1",
        order: { make_order() },
        regions: existing_regions,
        note: { "x".to_owned() },
    });
    assert!(out.contains("order : { make_order () }"), "{out}");
    assert!(out.contains("Some (existing_regions)"), "{out}");
    assert!(!out.contains("__object_order"), "{out}");
}

/// A nested object's missing required field is named with its type.
#[test]
fn a_nested_object_names_its_missing_field() {
    let input = quote! {
        [$crate] [payments::Order] [payments::OrderRequired]
        [reference_order_id req text 64, order_amount req any]
        object { reference_order_id: "O-1" }
    };
    let out = expand2(input).to_string();
    assert!(out.contains("missing required field `order_amount` of `Order`"), "{out}");
}
