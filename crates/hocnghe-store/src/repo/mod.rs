//! Repository functions: each takes `&impl ConnectionTrait` (a pool or a
//! transaction) and speaks in domain types.

pub mod applications;
pub mod audit;
pub mod bulk;
pub mod candidates;
pub mod catalogue_refs;
pub mod communes;
pub mod courses;
pub mod demand_proposals;
pub mod demands;
pub mod departures;
pub mod discovered_skills;
pub mod employers;
pub mod enrolments;
pub mod esco;
#[cfg(feature = "bench")]
pub mod fts_baseline;
pub mod history;
pub mod inbox;
pub mod insights;
pub mod intakes;
pub mod invitations;
pub mod notifications;
pub mod occupation_skills;
pub mod outbox;
pub mod outcomes;
pub mod passport;
pub mod password_resets;
pub mod plans;
pub mod proposed_skills;
pub mod providers;
pub mod ranking;
pub mod reminders;
pub mod saved_searches;
pub mod sessions;
pub mod stats;
pub mod taxonomy;
pub mod users;
pub mod workers;

use chrono::{DateTime, SubsecRound, Utc};

/// Current time truncated to microseconds, the precision both SQLite text
/// and PostgreSQL timestamptz keep, so a value read back equals the value written.
pub(crate) fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// Batch size for `IN (...)` lists and multi-row inserts: well under SQLite's
/// and PostgreSQL's bound-parameter limits.
pub(crate) const BATCH: usize = 500;
