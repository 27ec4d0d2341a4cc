//! The conversions of the generated enums of fields with a list of values: one macro per kind
//! instead of a hand-expanded block per enum, so that the generated code stays short.
//!
//! - [`closed_enum!`](crate::closed_enum): what the merchant sends; only listed values exist.
//! - [`open_enum!`](crate::open_enum): what Antom sends; a value the page does not list is kept
//!   in `Undocumented(String)` instead of failing to decode.

use crate::validation::Violation;
use serde::{Deserialize, Deserializer};
use std::str::FromStr;

/// Deserialises a closed enum from its wire string, with the enum's own error message.
pub fn deserialize_parsed<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr<Err = Violation>,
{
    let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    value.parse().map_err(serde::de::Error::custom)
}

/// The conversions of a closed enum (`VALUES`, `as_str`, `Display`, `FromStr`, serde, drafts):
/// `closed_enum!(TerminalType { Web = "WEB", Wap = "WAP" });` after the enum's definition.
#[macro_export]
macro_rules! closed_enum {
    ($name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $name {
            /// Every valid value, in page order.
            pub const VALUES: &'static [&'static str] = &[$($wire),*];

            /// The value on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $wire,)* }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::Violation;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                match value {
                    $($wire => ::std::result::Result::Ok(Self::$variant),)*
                    _ => ::std::result::Result::Err($crate::Violation::NotOneOf {
                        allowed: Self::VALUES,
                        actual: $crate::Violation::echo(value),
                    }),
                }
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                $crate::value::enums::deserialize_parsed(deserializer)
            }
        }

        impl $crate::FromDraft for $name {
            type Draft = ::std::string::String;

            fn from_draft(draft: ::std::string::String, validator: &mut $crate::Validator) -> ::std::option::Option<Self> {
                validator.check(draft.parse())
            }
        }
    };
}

/// The conversions of an open enum (`as_str`, `Display`, `From<String>`, `FromStr` that never
/// fails, `Default`, serde): `open_enum!(VaultingStatus { Success = "SUCCESS" });` after the
/// enum's definition, which ends with `Undocumented(String)`.
#[macro_export]
macro_rules! open_enum {
    ($name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $name {
            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Undocumented(value) => value,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// An empty value (`Undocumented("")`), for the `Default` of the types that hold it.
        impl ::std::default::Default for $name {
            fn default() -> Self {
                Self::Undocumented(::std::string::String::new())
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $($wire => Self::$variant,)*
                    _ => Self::Undocumented(value),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;

            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(value.to_owned()))
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <::std::string::String as $crate::__private::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    };
}
