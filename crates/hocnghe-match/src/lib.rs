//! Ranking for hocnghe: which course a rural worker should take next, which
//! jobs near them fit, which workers fit a job, and what separates one
//! occupation from another — each with reasons a person can read, in
//! Vietnamese first and English second.
//!
//! Everything here is pure and deterministic: no IO, no clock (today's date
//! is an argument), no randomness, and no hash-map order in any result. Ties
//! are broken by id. The constants named below live in [`weights`].
//!
//! # Course recommendation ([`recommend_courses`])
//!
//! A course's score is the **product of named factors**, all returned in
//! [`CourseFactors`] so that the score can always be explained:
//!
//! ```text
//! score = demand × distance × schedule × season × fee
//!       × prerequisites × level × credits × interest × certificate
//! ```
//!
//! **demand** = 1 + ln(1 + W), where W (the *weighted positions*) measures
//! local demand for the skills the course teaches that the worker lacks.
//! Only open demands (not past `expires_on`) within the worker's
//! `max_travel_km` count. Each such demand is worth
//! `positions × wage factor`, where the wage factor is the demand's wage
//! midpoint divided by the median midpoint of those nearby demands, clamped
//! to [0.6, 1.6] (1.0 when the wage is unknown). That value is **shared out**
//! among the skills the worker lacks for the demand: the essential share
//! (weight 1.0) split equally among the missing essential skills, the optional
//! share (weight 0.4) among the missing optional ones. A course earns the
//! shares of the skills it teaches. So a demand counts at most once per
//! course: a course that closes the whole gap earns the demand in full (1.0
//! for its essentials, 0.4 more for its optionals), one that teaches one of
//! four missing essential skills earns a quarter, and teaching several skills
//! of one big demand never counts it twice. (Counting a demand in full as
//! soon as a course teaches *any* of its skills would make a course that
//! closes one of five gaps look as good as one that closes all five, and it
//! cannot be precomputed per skill.) The shares are computed once per call,
//! in O(demands × skills); scoring a course is then a sum over its skills.
//! The logarithm gives diminishing returns: one worker fills one job, so
//! beyond a few dozen openings whether they can attend matters more.
//! Skills the worker holds (self-reported, certified, or taught by a
//! completed module) are never counted as gained.
//!
//! The feasibility factors are 1.0 when nothing stands in the way:
//! - **distance**: online courses 1.0; in person or blended, from 1.0 at home
//!   falling linearly to 0.5 at the edge of `max_travel_km`; beyond it
//!   0.1 × (1 + radius) / (1 + distance), a strong penalty that keeps falling.
//! - **schedule**: 0.3 when the course's study time is not one the worker gave.
//! - **season**: 0.2 + 0.8 × the share of the course's calendar months (from
//!   its start to start + weeks) that are among the worker's free months.
//! - **fee**: over budget (fee − subsidy, never below zero, above
//!   `max_fee_vnd`), 0.05 + 0.1 × budget / fee.
//! - **prerequisites**: 0.3 ÷ the number of prerequisite modules not met. A
//!   prerequisite is met by another module of the same course, by a completed
//!   module with that code, or by a completed module teaching every skill of a
//!   module with that code among the candidate courses.
//! - **level**: 0.2 when the worker's schooling is below what the level
//!   requires (cao đẳng: upper secondary; trung cấp: lower secondary; sơ cấp
//!   and short courses: none).
//! - **certificate**: 0.2 when the worker already holds the course's certificate.
//!
//! And two bonuses:
//! - **credits**: 1 + 0.5 × earned ÷ required, where *earned* is the credits
//!   of the course's modules the worker has already passed (a completed module
//!   of the same certificate with the same code, or one teaching all the
//!   module's skills) — stackable credits, reported as "12 of 20 credits
//!   toward …".
//! - **interest**: 1.3 when the course's occupation is one the worker chose.
//!
//! Courses that start before today are left out. Only the top `limit`
//! courses get the costlier explanation: the positions and demands nearby
//! that ask for the skills gained, and the jobs the course *unlocks* (nearby
//! demands for which it teaches every essential skill the worker lacks).
//!
//! # Cost
//!
//! At 10,000 courses and 100,000 demands the work is dominated by reading
//! skill codes, each a separate heap string, and by distances. A
//! [`RankingIndex`], built once per catalogue snapshot, removes both from
//! the per-request path: skill codes are interned to dense `u32` ids (every
//! demand's and module's skills become id slices), demands and courses are
//! grouped by place (they sit at commune centroids, so one distance per
//! place replaces one per demand), and each course's calendar months are
//! counted once. [`recommend_courses_indexed`] and [`match_jobs_indexed`]
//! take the index and return exactly what [`recommend_courses`] and
//! [`match_jobs`] return (tested on seeded random worlds); an index built
//! from other slices is detected and ignored.
//!
//! Within a call, the weights are computed once from the demands within
//! reach; courses are then scored exactly in order of an upper bound on
//! their score (their cheap factors times the heaviest skill weights they
//! could collect), taken from a heap, stopping when no remaining course can
//! enter the top `limit` — the result is the same as scoring every course.
//! Job suggestions look at the courses that pass the cheap feasibility
//! checks first. Without an index, codes are hashed by their length and
//! three 8-byte windows with a fixed (not random) hasher; no hash map is
//! ever iterated into a result.
//!
//! # Job matching ([`match_jobs`]) and candidates ([`rank_candidates`])
//!
//! Ordered **strictly by essential-skill coverage** (the integer percentage
//! of essential skills held, rounded down), then by a secondary score in
//! [0, 1]: for jobs, 0.35 × optional coverage + 0.25 × proximity (1 at home,
//! 0 at the edge of the radius) + 0.2 × relative wage + 0.1 × employment type
//! (permanent 1, contract 0.75, seasonal 0.5) + 0.1 × share of matched skills
//! that are certified; for candidates, 0.5 × optional coverage + 0.4 ×
//! proximity + 0.1 × certified share. The score is `percentage + 0.99 ×
//! secondary`, so sorting by it is that lexicographic order. Jobs beyond the
//! worker's radius, and workers whose own radius does not reach the job, are
//! left out.
//!
//! # Occupation gap ([`occupation_gap`])
//!
//! Shared and missing skills (essential first), courses ranked by how many
//! missing essential skills they teach, then optional, then distance; and a
//! greedy set cover: the course teaching the most still-uncovered essential
//! skills (then the most optional ones, then the nearest) is picked until
//! none is left that helps.

mod asked;
mod candidates;
mod common;
mod courses;
mod feasibility;
pub mod format;
mod gap;
mod index;
mod jobs;
mod model;
mod relations;
mod support;
pub mod weights;

pub use asked::TradeFit;
pub use candidates::{CandidateMatch, rank_candidates};
pub use courses::{
    CourseAdvice, CourseExplanation, CourseFactors, CourseRecommendation, CreditsToward,
    GainedSkill, Intake, UnlockedJob, advise_courses, advise_courses_indexed, credits_earned,
    modules_not_earned, recommend_courses, recommend_courses_indexed,
};
pub use feasibility::{Concern, required_education};
pub use gap::{GapCourse, OccupationGap, occupation_gap};
pub use index::RankingIndex;
pub use jobs::{CourseSuggestion, JobMatch, MatchedSkill, match_jobs, match_jobs_indexed};
pub use model::{
    CandidateWorker, CompletedModule, CourseCandidate, CourseModule, DemandCandidate, Evidence,
    HeldSkill, Location, OccupationSkills, SkillCatalog, WorkerContext,
};
pub use relations::{RELATED_TRADE_OVERLAP, Relations};
pub use support::support_cap_vnd;
