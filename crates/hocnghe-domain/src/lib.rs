//! Domain types for hocnghe: enums with their wire names and Vietnamese labels,
//! values parsed once at the boundary, request shapes with their validation,
//! and text normalisation. No IO lives here.

pub mod accounts;
pub mod applications;
pub mod catalogue;
pub mod commune;
pub mod credits;
pub mod enrolments;
mod enums;
pub mod geo;
pub mod inbox;
pub mod insights;
pub mod notifications;
pub mod passport;
pub mod plans;
pub mod proposals;
pub mod saved_searches;
pub mod text;
pub mod time;
pub mod validation;
pub mod workers;

pub use commune::CommuneCode;
pub use enums::*;
pub use time::hanoi_today;
pub use validation::{FieldError, ValidationErrors};
