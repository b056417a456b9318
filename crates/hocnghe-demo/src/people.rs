//! Synthetic people: names and phone numbers in a block no real subscriber
//! is expected to hold (0900 1xx xxx).

use rand::Rng;
use rand::seq::IndexedRandom;

use crate::trades::{FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES};

pub fn name(rng: &mut impl Rng) -> String {
    let family = FAMILY_NAMES.choose(rng).copied().unwrap_or("Nguyễn");
    let middle = MIDDLE_NAMES.choose(rng).copied().unwrap_or("Văn");
    let given = GIVEN_NAMES.choose(rng).copied().unwrap_or("An");
    format!("{family} {middle} {given}")
}

/// The `n`-th synthetic worker's phone, n < 100 000.
pub fn worker_phone(n: usize) -> String {
    format!("09001{:05}", n % 100_000)
}
