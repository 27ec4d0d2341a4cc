//! `List<T, MAX>`: at most `MAX` elements, the page's "Maximum size".

use crate::validation::{FromDraft, Validator, Violation};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A list of at most `MAX` elements, each itself checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct List<T, const MAX: usize>(Vec<T>);

impl<T, const MAX: usize> List<T, MAX> {
    /// Checks the number of elements.
    pub fn new(items: Vec<T>) -> Result<Self, Violation> {
        if items.len() > MAX {
            return Err(Violation::TooManyItems { max: MAX, actual: items.len() });
        }
        Ok(List(items))
    }

    /// The elements.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    /// A list written in the source, checked when the code is compiled (see
    /// [`list!`](crate::list)). Not meant to be called directly.
    #[doc(hidden)]
    pub fn __from_array<const N: usize>(items: [T; N]) -> Self {
        const { Self::__count(N) }
        List(Vec::from(items))
    }

    /// Checks the number of elements of a list written in the source; evaluated in a const
    /// context (by [`list!`](crate::list), and in a free `const` item by the constructor
    /// macros, which `cargo check` evaluates too). Not meant to be called directly.
    #[doc(hidden)]
    pub const fn __count(count: usize) {
        if count > MAX {
            const_panic::concat_panic!("list literal has ", count, " elements; this field's maximum size is ", MAX);
        }
    }
}

impl<T, const MAX: usize> Default for List<T, MAX> {
    fn default() -> Self {
        List(Vec::new())
    }
}

impl<T: Serialize, const MAX: usize> Serialize for List<T, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>, const MAX: usize> Deserialize<'de> for List<T, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(deserializer)?;
        Self::new(items).map_err(serde::de::Error::custom)
    }
}

impl<T: FromDraft, const MAX: usize> FromDraft for List<T, MAX> {
    type Draft = Vec<T::Draft>;

    fn from_draft(draft: Self::Draft, validator: &mut Validator) -> Option<Self> {
        let count = draft.len();
        let items = Vec::<T>::from_draft(draft, validator);
        if count > MAX {
            validator.report(Violation::TooManyItems { max: MAX, actual: count });
            return None;
        }
        items.map(List)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_literal_list_within_its_size() {
        let list: List<u8, 3> = crate::list![1, 2, 3];
        assert_eq!(list.as_slice(), [1, 2, 3]);
        assert_eq!(List::<u8, 2>::new(vec![1, 2, 3]), Err(Violation::TooManyItems { max: 2, actual: 3 }));
    }
}
