pub mod auth;
pub mod catalogue;
pub mod counsellor;
pub mod employer;
pub mod home;
pub mod learning;
pub mod profile;
pub mod search;
