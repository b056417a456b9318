//! The application layer: what the JSON routes (`routes/`) and the pages
//! (`web/pages/`) both do, so a page never calls a route handler and a rule is
//! written once. Functions here take the shared [`AppState`](crate::state::AppState)
//! and return the API's error type, which both edges turn into their answer
//! (a JSON error body, or a page with the message in Vietnamese and English).

pub mod alerts;
pub mod candidates;
pub mod guidance;
pub mod matching;
pub mod notifications;
pub mod passport;
pub mod ranking;
pub mod saved_searches;
pub mod search;
pub mod search_pool;
pub mod skills;
pub mod training;
