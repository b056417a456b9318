//! Requests that change the catalogue (providers, courses, employers,
//! demands), their validation, and the shapes returned to clients.

mod inputs;
mod intakes;
mod paging;
mod views;

pub use inputs::*;
pub use intakes::*;
pub use paging::*;
pub use views::*;

/// A request that passed validation: its text is NFC-normalised and trimmed,
/// numbers are in range, codes are cleaned. Only `validate` builds one.
#[derive(Debug, Clone, PartialEq)]
pub struct Valid<T>(T);

impl<T> Valid<T> {
    /// Only for values produced by a `validate` function of this crate.
    pub(crate) fn new(value: T) -> Self {
        Self(value)
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Valid<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
