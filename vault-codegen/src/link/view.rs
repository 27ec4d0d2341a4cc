//! What one API sees: for each type name its fields reach, the description it means.

use crate::diag::Reported;
use crate::lower::page::Object;
use crate::model::Direction;
use std::collections::BTreeMap;

/// A type name in one direction.
pub type Name = (Direction, String);

/// The descriptions one API sees, and the names it reaches that nothing describes for it.
#[derive(Default)]
pub struct View<'a> {
    pub found: BTreeMap<Name, &'a Object>,
    /// Names no description could be found for, with the proof that this was reported.
    pub unknown: BTreeMap<Name, Reported>,
}
