//! The constructor and draft conversions of every generated request-side type, written once
//! here instead of being expanded field by field for each type: [`request_impls!`](crate::request_impls).

/// `new` (and `Default` when nothing is required), [`FromDraft`](crate::FromDraft) and
/// `TryFrom<Draft>` of a request-side type, from its field list in declaration order:
///
/// ```ignore
/// vault_runtime::request_impls!(PayRequest(PayRequired) from PayDraft {
///     product_code: fixed,
///     payment_request_id: required "paymentRequestId",
///     order: optional "order",
/// });
/// vault_runtime::request_impls!(PaymentFactor from PaymentFactorDraft { is_authorization: optional "isAuthorization" });
/// ```
///
/// A `required` field comes from the `Required` struct and must be present in the draft (else
/// it is reported missing); an `optional` one starts unset; a `fixed` one holds its only value
/// and an `unset` one (an optional fixed field) starts unset, neither having a draft field. The
/// draft conversion checks every field, in order, before it builds anything, so the error lists
/// every broken constraint.
#[macro_export]
macro_rules! request_impls {
    ($name:ident($required:ident) from $draft:ident { $($field:ident: $kind:ident $($wire:literal)?),* $(,)? }) => {
        impl $name {
            /// Builds the value from its required fields; optional fields start unset and
            /// fixed fields hold their value.
            pub fn new(required: $required) -> Self {
                Self { $($field: $crate::__new_field!($kind, required.$field)),* }
            }
        }
        $crate::try_from_draft!($name, $draft { $($field: $kind $($wire)?),* });
    };
    ($name:ident from $draft:ident { $($field:ident: $kind:ident $($wire:literal)?),* $(,)? }) => {
        impl $name {
            /// Builds the value with every optional field unset.
            pub fn new() -> Self {
                Self { $($field: $crate::__new_field!($kind)),* }
            }
        }
        impl ::std::default::Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
        $crate::try_from_draft!($name, $draft { $($field: $kind $($wire)?),* });
    };
}

/// The value a field of a new request-side value starts with.
#[doc(hidden)]
#[macro_export]
macro_rules! __new_field {
    (required, $value:expr) => {
        $value
    };
    (fixed $(, $value:expr)?) => {
        $crate::Fixed::VALUE
    };
    (optional $(, $value:expr)?) => {
        ::std::option::Option::None
    };
    (unset $(, $value:expr)?) => {
        ::std::option::Option::None
    };
}

/// [`FromDraft`](crate::FromDraft) and `TryFrom<Draft>` of a request-side type, from its field
/// list in declaration order (the field kinds of [`request_impls!`](crate::request_impls), which
/// calls it after `new`):
///
/// ```ignore
/// vault_runtime::try_from_draft!(PaymentFactor, PaymentFactorDraft { is_authorization: optional "isAuthorization" });
/// ```
#[macro_export]
macro_rules! try_from_draft {
    ($name:ident, $draft:ident { $($field:ident: $kind:ident $($wire:literal)?),* }) => {
        impl $crate::FromDraft for $name {
            type Draft = $draft;

            fn from_draft(draft: $draft, validator: &mut $crate::Validator) -> ::std::option::Option<Self> {
                $(let $field = $crate::__check_field!(validator, $kind $($wire)?, draft.$field);)*
                // One match over every outcome: with a `?` per field, each early return would
                // drop the fields checked so far, which made the code quadratic in the fields.
                #[allow(unreachable_patterns)]
                match ($($field,)*) {
                    ($(::std::option::Option::Some($field),)*) => ::std::option::Option::Some(Self { $($field),* }),
                    _ => ::std::option::Option::None,
                }
            }
        }

        impl ::std::convert::TryFrom<$draft> for $name {
            type Error = $crate::ValidationErrors;

            /// Checks every field; the error lists every broken constraint.
            fn try_from(draft: $draft) -> ::std::result::Result<Self, Self::Error> {
                <Self as $crate::FromDraft>::validate(draft)
            }
        }
    };
}

/// The outcome of checking one field of a draft (`None`: something was reported).
#[doc(hidden)]
#[macro_export]
macro_rules! __check_field {
    ($validator:ident, required $wire:literal, $value:expr) => {
        $validator.required($wire, $value)
    };
    ($validator:ident, optional $wire:literal, $value:expr) => {
        $validator.optional($wire, $value)
    };
    ($validator:ident, fixed, $value:expr) => {
        ::std::option::Option::Some($crate::Fixed::VALUE)
    };
    ($validator:ident, unset, $value:expr) => {
        ::std::option::Option::Some(::std::option::Option::None)
    };
}
