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
pub const DISTANCE_AT_EDGE: f64 = 0.6;
/// Beyond a preferred radius the distance factor keeps falling as
/// `DISTANCE_AT_EDGE × exp(−km beyond / scale)`, with
/// `scale = BEYOND_RADIUS_KM + BEYOND_RADIUS_SHARE × radius`: 4 km beyond a
/// 20 km radius keeps two thirds of the edge value, 20 km beyond a tenth.
pub const BEYOND_RADIUS_KM: f64 = 5.0;
pub const BEYOND_RADIUS_SHARE: f64 = 0.25;

/// The course meets at a time the worker did not say they are free (a
/// preference; a hard limit leaves the course out).
pub const SCHEDULE_MISMATCH: f64 = 0.3;
/// The course is taught in a way the worker did not choose (a preference).
pub const DELIVERY_MISMATCH: f64 = 0.3;
/// The course has not said it accommodates every access need the worker
/// gave (an online course counts as step-free). The step of the other
/// preference limits that say "this class may not be one you can take as it
/// is" (schedule, delivery), and for the same reason a factor, never an
/// exclusion: an empty list means the provider has not said, not that it
/// cannot help, and the worker may ask and still choose the course. Lower
/// (the fee floor, the level's 0.2) would treat "not said" as "cannot";
/// higher (the start's 0.7) would let a little more local demand put a
/// class that has not said above an otherwise equal one that has. Applied
/// once per course, whatever the number of needs unmet: it stands for one
/// fact, the question to ask the provider. A chosen trade (×4) still
/// outweighs it, so the worker's trade stays first.
pub const ACCESS_UNMET: f64 = 0.3;
/// Season factor when none of the course's months is free from farm work;
/// it rises linearly to 1.0 when all are.
pub const SEASON_FLOOR: f64 = 0.2;
/// Start factor: 1.0 for a course starting within `START_SOON_DAYS`,
/// falling linearly to `START_LATE` for one starting `START_LATE_DAYS` or
/// more away.
pub const START_SOON_DAYS: f64 = 60.0;
pub const START_LATE_DAYS: f64 = 365.0;
pub const START_LATE: f64 = 0.7;
/// Fee factor over a preferred budget: `exp(−OVER_BUDGET_STEEPNESS × (fee ÷
/// budget − 1))`, never below `OVER_BUDGET_FLOOR`: 10 % over keeps three
/// quarters, 50 % over a fifth, twice the budget the floor.
pub const OVER_BUDGET_STEEPNESS: f64 = 3.0;
pub const OVER_BUDGET_FLOOR: f64 = 0.03;
/// Prerequisites factor: this divided by the number of missing prerequisites.
pub const PREREQUISITE_MISSING: f64 = 0.3;
/// The worker's schooling is below what the course level requires.
pub const LEVEL_MISMATCH: f64 = 0.2;
/// Credits factor: `1 + CREDITS_BONUS × earned / required`.
pub const CREDITS_BONUS: f64 = 0.5;
/// Local demand: `demand = 1 + DEMAND_SCALE × ln(1 + weighted positions)`.
/// Below one so that demand orders courses within what the worker asked
/// for and does not outweigh it (100 positions give 3.3, not 5.6).
pub const DEMAND_SCALE: f64 = 0.5;
/// The course is in a trade the worker chose (or, for a worker who wants a
/// certificate, the trade they practise).
pub const INTEREST_BONUS: f64 = 4.0;
/// The course is in a trade related to one the worker chose or practises.
pub const RELATED_TRADE_BONUS: f64 = 2.0;
/// Own-business goal: the course teaches starting, running or selling.
pub const BUSINESS_GOAL_BONUS: f64 = 2.0;
/// Certificate goal, a course in the worker's trade: one of at most
/// `CERTIFY_SHORT_WEEKS` weeks (an assessment, a short top-up) certifies
/// what they already do quickly; a longer elementary course is neutral; a
/// trung cấp or cao đẳng diploma is years of what they know.
pub const CERTIFY_SHORT: f64 = 1.5;
pub const CERTIFY_SHORT_WEEKS: i64 = 4;
pub const CERTIFY_LONG: f64 = 0.7;
/// The worker already holds the certificate the course awards.
pub const CERTIFICATE_HELD: f64 = 0.2;

/// A skill the worker lacks but has a close relative of (curated pairs in
/// `data/taxonomy/related_skills.csv`) counts this much toward a job.
pub const RELATED_SKILL_CREDIT: f64 = 0.5;

/// Job matches: `score = 100 × (JOB_SKILLS × essential fit + JOB_TRADE ×
/// trade + JOB_SECONDARY × secondary)`, where the trade is 1 for a trade
/// the worker chose, 0.5 for a related one, 0 otherwise.
pub const JOB_SKILLS: f64 = 0.55;
pub const JOB_TRADE: f64 = 0.25;
pub const JOB_SECONDARY: f64 = 0.2;
/// Taken off a job's score, in full one scale beyond a preferred radius
/// (see `BEYOND_RADIUS_KM`), in part before.
pub const JOB_BEYOND_RADIUS: f64 = 0.3;

/// Job and candidate matching: the secondary score (0–1) mixing optional
/// skills, proximity, wage, employment type and certified skills. For jobs
/// the wage term is scaled by the essential fit: to someone who holds none
/// of a job's essential skills its wage is not yet theirs to earn, and
/// ranking by it would put skilled jobs before the entry-level ones they
/// can get. The weight the wage loses goes to the number hired.
pub const MATCH_OPTIONAL: f64 = 0.3;
pub const MATCH_PROXIMITY: f64 = 0.25;
pub const MATCH_WAGE: f64 = 0.1;
pub const MATCH_EMPLOYMENT: f64 = 0.1;
pub const MATCH_CERTIFIED: f64 = 0.1;
pub const MATCH_POSITIONS: f64 = 0.15;
/// Positions at which the positions term is full.
pub const MATCH_POSITIONS_FULL: f64 = 50.0;

/// Candidate ranking (one job, so no wage or employment type term).
pub const CANDIDATE_OPTIONAL: f64 = 0.5;
pub const CANDIDATE_PROXIMITY: f64 = 0.4;
pub const CANDIDATE_CERTIFIED: f64 = 0.1;
