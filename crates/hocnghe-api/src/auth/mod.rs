//! Authentication (who is calling) and authorisation (what they may do).
//!
//! Sessions are opaque 256-bit random tokens sent as `Authorization: Bearer`
//! or in the HttpOnly `hocnghe_session` cookie; only their SHA-256 is stored.
//! Passwords are hashed with argon2id (19 MiB, t=2) on the blocking pool.

pub mod access;
pub mod accounts;
pub mod identity;
pub mod password;
pub mod policy;
pub mod rate_limit;
pub mod recovery;
pub mod recovery_sms;
pub mod session;
pub mod token;

pub use identity::{CHANGE_PASSWORD_PAGE, Identity, MaybeIdentity, SESSION_COOKIE};
