//! Value types that cannot hold a value the page forbids.

pub mod decimal;
pub mod digits;
pub mod enums;
pub mod fixed;
pub mod int;
pub mod list;
pub mod money;
pub mod region;
pub mod secret;
pub mod text;
pub mod url;
