//! The constants of the scoring formula, in one place so that they can be
//! quoted, tuned and tested. See the crate documentation for how they combine.

/// Weight of a missing essential skill of a demand.
pub const ESSENTIAL: f64 = 1.0;
/// Weight of a missing optional skill of a demand.
pub const OPTIONAL: f64 = 0.4;

/// Wage factor bounds: a demand's wage midpoint divided by the median
/// midpoint of the demands near the worker, clamped to this range.
pub const WAGE_FACTOR_MIN: f64 = 0.6;
pub const WAGE_FACTOR_MAX: f64 = 1.6;

/// Distance factor at the edge of the worker's travel radius (1.0 at home,
/// falling linearly to this value at the edge).
pub const DISTANCE_AT_EDGE: f64 = 0.5;
/// Distance factor just beyond the radius; it keeps falling with distance.
pub const BEYOND_RADIUS: f64 = 0.1;

/// The course meets at a time the worker did not say they are free.
pub const SCHEDULE_MISMATCH: f64 = 0.3;
/// Season factor when none of the course's months is free from farm work;
/// it rises linearly to 1.0 when all are.
pub const SEASON_FLOOR: f64 = 0.2;
/// Fee factor over budget: `OVER_BUDGET_FLOOR + OVER_BUDGET_SLOPE × budget / fee`.
pub const OVER_BUDGET_FLOOR: f64 = 0.05;
pub const OVER_BUDGET_SLOPE: f64 = 0.1;
/// Prerequisites factor: this divided by the number of missing prerequisites.
pub const PREREQUISITE_MISSING: f64 = 0.3;
/// The worker's schooling is below what the course level requires.
pub const LEVEL_MISMATCH: f64 = 0.2;
/// Credits factor: `1 + CREDITS_BONUS × earned / required`.
pub const CREDITS_BONUS: f64 = 0.5;
/// The course's occupation is one the worker is interested in.
pub const INTEREST_BONUS: f64 = 1.3;
/// The worker already holds the certificate the course awards.
pub const CERTIFICATE_HELD: f64 = 0.2;

/// Job and candidate matching: the secondary score (0–1) that orders matches
/// with the same essential-skill percentage.
pub const MATCH_OPTIONAL: f64 = 0.35;
pub const MATCH_PROXIMITY: f64 = 0.25;
pub const MATCH_WAGE: f64 = 0.2;
pub const MATCH_EMPLOYMENT: f64 = 0.1;
pub const MATCH_CERTIFIED: f64 = 0.1;

/// Candidate ranking (one job, so no wage or employment type term).
pub const CANDIDATE_OPTIONAL: f64 = 0.5;
pub const CANDIDATE_PROXIMITY: f64 = 0.4;
pub const CANDIDATE_CERTIFIED: f64 = 0.1;
