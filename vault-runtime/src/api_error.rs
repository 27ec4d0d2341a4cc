//! The implementations every generated per-API error enum has, written once here instead of
//! being expanded for each API: [`api_error!`](crate::api_error).

/// [`ApiError`](crate::ApiError) (classification of a result, parts, the code table, the
/// API's next-step rules), `Display` and `Error` for a per-API error enum, after its
/// definition. One row per documented failure code, `Variant = "CODE" status`, then the
/// common codes' enum (when the enum has a `Common` variant) and the page's whole code table
/// (`"CODE" status "message" "further action"`, `SUCCESS` included):
///
/// ```ignore
/// vault_runtime::api_error!(InquireVaultingError {
///     VaultingNotExist = "VAULTING_NOT_EXIST" F,
///     UnknownException = "UNKNOWN_EXCEPTION" U,
/// } common super::CommonCode, codes [
///     "SUCCESS" S "Success" "Read the status.",
///     "VAULTING_NOT_EXIST" F "No such request." "Check the id.",
///     "UNKNOWN_EXCEPTION" U "Unknown." "Inquire again.",
/// ]);
/// ```
///
/// A result maps to a code's variant only when its status letter is the documented one; a
/// common code with its own status maps to `Common`; anything else is `Undocumented`.
///
/// Codes that carry response fields name them, `Variant = "CODE" U { field, other }`, and the
/// fields follow the code table as `carried { field: Type, .. }` (with their `#[serde]`
/// attributes): they are decoded from every failure's body, and a body where they do not
/// decode is an error. An API whose page prescribes other next steps than the protocol's
/// default ends with `next_step { Variant => Step, ..; U => Step }` (code rules, then status
/// rules).
#[macro_export]
macro_rules! api_error {
    // No code carries a field: the trait's `from_response` (which ignores the body) serves.
    (
        $name:ident { $($variant:ident = $code:literal $status:ident),* $(,)? }
        $(common $common:path,)? codes [$($table:tt)*]
        $(, next_step { $($rules:tt)* })? $(,)?
    ) => {
        impl $crate::ApiError for $name {
            fn from_result(result: $crate::ApiResult) -> Self {
                let $crate::ApiResult { result_code: code, result_status: status, result_message: message } = result;
                match (code.as_str(), status) {
                    $(($code, $crate::ResultStatus::$status) => Self::$variant { message },)*
                    (_, status) => $crate::__api_error_other!($name, code, status, message $(, $common)?),
                }
            }

            $crate::__api_error_items!($name { $($variant = $code $status),* } $(common $common,)? codes [$($table)*] $(, next_step { $($rules)* })?);
        }

        $crate::__api_error_display!($name);
    };
    // Some codes carry fields: they are decoded once from the body, into a struct private to
    // this API (an anonymous constant's), so that two APIs of one module each have their own.
    (
        $name:ident { $($variant:ident = $code:literal $status:ident $({ $($taken:ident),* $(,)? })?),* $(,)? }
        $(common $common:path,)? codes [$($table:tt)*],
        carried { $($(#[$attr:meta])* $field:ident: $field_ty:ty),* $(,)? }
        $(, next_step { $($rules:tt)* })? $(,)?
    ) => {
        const _: () = {
            /// The response fields that some failure codes carry.
            #[derive(::std::default::Default, $crate::__private::serde::Deserialize)]
            #[serde(crate = "::vault_runtime::__private::serde", rename_all = "camelCase", default)]
            struct Carried {
                $($(#[$attr])* $field: $field_ty,)*
            }

            /// The variant of a result, given the fields its code may carry.
            fn classify(result: $crate::ApiResult, carried: Carried) -> $name {
                let $crate::ApiResult { result_code: code, result_status: status, result_message: message } = result;
                match (code.as_str(), status) {
                    $(($code, $crate::ResultStatus::$status) => $name::$variant { message $($(, $taken: carried.$taken)*)? },)*
                    (_, status) => $crate::__api_error_other!($name, code, status, message $(, $common)?),
                }
            }

            impl $crate::ApiError for $name {
                fn from_response(
                    result: $crate::ApiResult,
                    body: &[u8],
                ) -> ::std::result::Result<Self, $crate::__private::serde_json::Error> {
                    let carried: Carried = $crate::__private::serde_json::from_slice(body)?;
                    ::std::result::Result::Ok(classify(result, carried))
                }

                fn from_result(result: $crate::ApiResult) -> Self {
                    classify(result, ::std::default::Default::default())
                }

                $crate::__api_error_items!($name { $($variant = $code $status),* } $(common $common,)? codes [$($table)*] $(, next_step { $($rules)* })?);
            }
        };

        $crate::__api_error_display!($name);
    };
}

/// A result no row of the page lists: a common code with its own status, else `Undocumented`.
#[doc(hidden)]
#[macro_export]
macro_rules! __api_error_other {
    ($name:ident, $code:ident, $status:ident, $message:ident) => {
        $name::Undocumented { code: $code, status: $status, message: $message }
    };
    ($name:ident, $code:ident, $status:ident, $message:ident, $common:path) => {
        match <$common>::of(&$code).filter(|common| common.status() == $status) {
            ::std::option::Option::Some(code) => $name::Common { code, message: $message },
            ::std::option::Option::None => $name::Undocumented { code: $code, status: $status, message: $message },
        }
    };
}

/// The items of `ApiError` that do not depend on carried fields: the code tables, `parts` and
/// the next-step rules.
#[doc(hidden)]
#[macro_export]
macro_rules! __api_error_items {
    (
        $name:ident { $($variant:ident = $code:literal $status:ident),* }
        $(common $common:path,)?
        codes [$($row:literal $row_status:ident $message:literal $action:literal),* $(,)?]
        $(, next_step { $($step_variant:ident => $step:ident),* $(; $($when:ident => $status_step:ident),*)? })?
    ) => {
        const CODES: &'static [$crate::CodeInfo] = &[$($crate::CodeInfo {
            code: $row,
            status: $crate::ResultStatus::$row_status,
            message: $message,
            further_action: $action,
        }),*];
        $(const COMMON_CODES: &'static [$crate::CodeInfo] = <$common>::CODES;)?

        fn parts(&self) -> (&str, $crate::ResultStatus, &str) {
            match self {
                $(Self::$variant { message, .. } => ($code, $crate::ResultStatus::$status, message),)*
                $(Self::Common { code, message } => (<$common>::as_str(*code), <$common>::status(*code), message),)?
                Self::Undocumented { code, status, message } => (code, *status, message),
            }
        }

        $(fn next_step(&self) -> $crate::NextStep {
            match self {
                $(Self::$step_variant { .. } => $crate::NextStep::$step,)*
                _ => match $crate::ApiError::status(self) {
                    $($($crate::ResultStatus::$when => $crate::NextStep::$status_step,)*)?
                    other => $crate::default_next_step(other),
                },
            }
        })?
    };
}

/// `Display` (`CODE (F): message — further action`) and `Error`.
#[doc(hidden)]
#[macro_export]
macro_rules! __api_error_display {
    ($name:ident) => {
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::display_api_error(self, f)
            }
        }

        impl ::std::error::Error for $name {}
    };
}
