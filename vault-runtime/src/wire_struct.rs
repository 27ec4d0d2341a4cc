//! `wire_struct!`: the JSON form of a generated struct, from its field list. The generator
//! used to derive serde's `Serialize` and `Deserialize` on every struct; serde's derive reads each
//! struct again and writes a field enum, a visitor for maps and one for sequences per type
//! (about 390 lines for a `Deserialize`), which was most of what the compiler saw of a
//! generated crate. This writes one small impl per direction and leaves the per-field work to
//! the generic functions of [`crate::wire::fields`], picked by the field's kind.
//!
//! The JSON is the same: each field under its wire name, an unset optional field left out,
//! unknown names ignored, a repeated name or an absent required field an error.

/// The JSON form of a struct: `wire_struct!(both Name { field: "wireName" kind, .. })`.
///
/// The first word says what is implemented: `ser` (`Serialize`), `de` (`Deserialize`), `both`,
/// or `ser de if "feature"` (`Deserialize` only under that Cargo feature of the invoking crate).
/// Kinds are the modules of [`crate::wire::fields`]: `req`, `opt`, `req_lenient`,
/// `opt_lenient`, `req_seconds`, `opt_seconds`.
#[macro_export]
macro_rules! wire_struct {
    (ser $name:ident $fields:tt) => {
        $crate::__wire_ser!([] $name $fields);
    };
    (de $name:ident $fields:tt) => {
        $crate::__wire_de!([] $name $fields);
    };
    (both $name:ident $fields:tt) => {
        $crate::__wire_ser!([] $name $fields);
        $crate::__wire_de!([] $name $fields);
    };
    (ser de if $feature:literal $name:ident $fields:tt) => {
        $crate::__wire_ser!([] $name $fields);
        $crate::__wire_de!([#[cfg(feature = $feature)]] $name $fields);
    };
}

/// `Serialize` for `wire_struct!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __wire_ser {
    ([$($gate:tt)*] $name:ident { $($field:ident : $wire:literal $kind:ident),* $(,)? }) => {
        $($gate)*
        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                let len = 0 $(+ $crate::wire::fields::$kind::len(&self.$field))*;
                #[allow(unused_mut)]
                let mut out = serializer.serialize_struct(::std::stringify!($name), len)?;
                $($crate::wire::fields::$kind::put(&mut out, $wire, &self.$field)?;)*
                $crate::__private::serde::ser::SerializeStruct::end(out)
            }
        }
    };
}

/// `Deserialize` for `wire_struct!`.
#[doc(hidden)]
#[macro_export]
macro_rules! __wire_de {
    ([$($gate:tt)*] $name:ident { $($field:ident : $wire:literal $kind:ident),* $(,)? }) => {
        $($gate)*
        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                const __FIELDS: &[&str] = &[$($wire),*];
                struct __Visitor;
                impl<'de> $crate::__private::serde::de::Visitor<'de> for __Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(::std::concat!("struct ", ::std::stringify!($name)))
                    }
                    fn visit_map<A: $crate::__private::serde::de::MapAccess<'de>>(self, mut map: A) -> ::std::result::Result<$name, A::Error> {
                        $(let mut $field = ::std::option::Option::None;)*
                        while let ::std::option::Option::Some(key) = $crate::wire::fields::key(&mut map, __FIELDS)? {
                            match key {
                                $(::std::option::Option::Some($wire) => $crate::wire::fields::$kind::take(&mut map, &mut $field, $wire)?,)*
                                _ => $crate::wire::fields::skip(&mut map)?,
                            }
                        }
                        ::std::result::Result::Ok($name { $($field: $crate::wire::fields::$kind::finish::<_, A::Error>($field, $wire)?,)* })
                    }
                }
                deserializer.deserialize_struct(::std::stringify!($name), __FIELDS, __Visitor)
            }
        }
    };
}
