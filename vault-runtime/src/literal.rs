//! Literal macros: a value written in the source is checked against the field's constraint
//! when the code is compiled, so a broken literal is a compile error rather than a runtime one.
//!
//! The field's type (and so its limit) is inferred from where the literal goes. The check runs
//! in a `const` block, which rustc evaluates when it generates code: `cargo build` and
//! `cargo test` report a broken literal, `cargo check` does not (post-monomorphization errors).

/// A [`Text`](crate::Text) literal, e.g. `vaulting_request_id: text!("REQ-0001")`; a
/// literal longer than the field's maximum length does not compile.
#[macro_export]
macro_rules! text {
    ($value:literal) => {
        const { $crate::Text::__literal($value) }
    };
}

/// An [`HttpUrl`](crate::HttpUrl) literal, e.g. `url!("https://merchant.example/notify")`; a
/// literal that is not an absolute http(s) URL or is too long does not compile.
#[macro_export]
macro_rules! url {
    ($value:literal) => {
        const { $crate::HttpUrl::__literal($value) }
    };
}

/// A [`Region`](crate::Region) literal, e.g. `region!("SG")`; anything but an assigned
/// upper-case ISO 3166-1 alpha-2 code does not compile.
#[macro_export]
macro_rules! region {
    ($value:literal) => {
        const { $crate::Region::__literal($value) }
    };
}

/// A [`Fixed`](crate::Fixed) literal; anything but the field's one value does not compile.
/// Fixed fields are set by the constructors already, so this only serves to pin the rule.
#[macro_export]
macro_rules! fixed {
    ($value:literal) => {
        const { $crate::Fixed::__literal($value) }
    };
}

/// An [`Int`](crate::Int) literal; a number outside the field's value range does not compile.
#[macro_export]
macro_rules! int {
    ($value:literal) => {
        const { $crate::Int::__literal($value) }
    };
}

/// A [`Digits`](crate::Digits) literal (a numeric string field such as an amount in minor
/// units), e.g. `value: digits!(1314)`; a number outside the field's value range does not
/// compile.
#[macro_export]
macro_rules! digits {
    ($value:literal) => {
        const { $crate::Digits::__literal($value) }
    };
}

/// A [`List`](crate::List) written in the source, e.g. `tags: list![text!("a"), text!("b")]`;
/// more elements than the field's maximum size does not compile.
#[macro_export]
macro_rules! list {
    ($($item:expr),* $(,)?) => {
        $crate::List::__from_array([$($item),*])
    };
}
