//! Ranking for hocnghe: which course a rural worker should take next, which
//! jobs near them fit, which workers fit a job, and what separates one
//! occupation from another — each with reasons a person can read, in
//! Vietnamese first and English second.
//!
//! Everything here is pure and deterministic: no IO, no clock (today's date
//! is an argument), no randomness, and no hash-map order in any result. Ties
//! are broken by id. The constants named below live in [`weights`].
//!
//! # Course recommendation ([`recommend_courses`], [`advise_courses`])
//!
//! Advice starts from what the person asked for: the trades they chose
//! (`occupations_of_interest`; for a worker who wants a certificate, the
//! trade they practise too), their goal, and which of their limits cannot
//! bend. Local demand orders the options within that and is the reason to
//! suggest another trade, never the other way round.
//!
//! **Which courses.** Courses that start before today, that break a hard
//! limit (`hard_limits`: distance, budget, study times, delivery), whose
//! certificate the worker holds, or that award none and teach nothing new
//! are never recommended. A worker who chose a trade and is not just
//! exploring gets courses of that trade (and, wanting their own business,
//! courses at least half of whose skills are business skills); up to three
//! courses of other trades that employers nearby need come apart, labelled
//! "Nghề khác đang cần nhiều người gần bạn". When no course of the chosen
//! trade is left, [`CourseAdvice`] says so first, names the closest ones of
//! that trade with what stands in their way (hard limits included), and
//! the list offers only what can stand in for it: related trades,
//! foundation courses (a course of no trade that teaches a skill a chosen
//! trade lists as essential, such as digital payments for shop work,
//! labelled "Kỹ năng nền tảng mà nghề bạn chọn cần") and, for a business,
//! business courses (other trades still come apart, labelled, never as the
//! answer to the trade asked for). A course offered in
//! several intakes (same provider, title, level, certificate, delivery, fee
//! and modules) appears once, as its best intake, naming the others.
//!
//! A course's score is the **product of named factors**, all returned in
//! [`CourseFactors`] so that the score can always be explained:
//!
//! ```text
//! score = interest × goal × demand × distance × schedule × delivery × season
//!       × start × fee × prerequisites × level × credits × certificate × access
//! ```
//!
//! - **interest**: 4 for a chosen trade, 2 for a related one (trades that
//!   share at least a fifth of their skills, [`Relations`]), else 1.
//! - **goal**: 2 for a business course when the worker wants their own
//!   business; for a certificate in the trade practised, 1.5 for a course of
//!   at most four weeks, 0.7 for a trung cấp or cao đẳng diploma.
//! - **demand** = 1 + 0.5 × ln(1 + W), where W (the *weighted positions*)
//!   measures local demand for the skills the course teaches that the
//!   worker lacks. Only open demands (not past `expires_on`) count: in full
//!   within the worker's `max_travel_km`; beyond a preferred radius fading
//!   as exp(−km beyond ÷ (5 + radius ÷ 4)), up to one such scale past it
//!   (the reach jobs use too); beyond a hard radius not at all. A limit is
//!   a slope, not a cliff: forty jobs 3 km past a 15 km radius are still
//!   local demand. Each such demand is worth
//!   `distance weight × positions × wage factor`, where the wage factor is the demand's wage
//!   midpoint divided by the median midpoint of those nearby demands,
//!   clamped to [0.6, 1.6] (1.0 when the wage is unknown). That value is
//!   **shared out** among the skills the worker lacks for the demand: the
//!   essential share (weight 1.0) split equally among the missing essential
//!   skills, the optional share (weight 0.4) among the missing optional
//!   ones. A course earns the shares of the skills it teaches, so a demand
//!   counts at most once per course. The logarithm gives diminishing
//!   returns, and the 0.5 keeps demand from outweighing what was asked for.
//!   Skills the worker holds (self-reported, certified, or taught by a
//!   completed module) are never counted as gained.
//!
//! The feasibility factors are 1.0 when nothing stands in the way; a limit
//! that is a preference weighs, a hard one excludes:
//! - **distance**: online courses 1.0; in person or blended, from 1.0 at home
//!   falling linearly to 0.6 at the edge of `max_travel_km`, then
//!   0.6 × exp(−km beyond ÷ (5 + radius ÷ 4)).
//! - **schedule**: 0.3 when the course's study time is not one the worker gave.
//! - **delivery**: 0.3 when its delivery mode is not one the worker can take
//!   (blended counts as in person).
//! - **season**: 0.2 + 0.8 × the share of the course's days that fall in the
//!   worker's free months.
//! - **start**: 1.0 within 60 days, falling linearly to 0.7 a year away.
//! - **fee**: over budget (fee after subsidy above `max_fee_vnd`),
//!   exp(−3 × (fee ÷ budget − 1)), never below 0.03. The fee after subsidy
//!   uses the worker's support categories: the highest cap of
//!   `data/support/tuition_support.csv` (QĐ 46/2015) that applies to the
//!   course's level, when higher than the course's own subsidy.
//! - **prerequisites**: 0.3 ÷ the number of prerequisite modules not met. A
//!   prerequisite is met by another module of the same course, by a completed
//!   module with that code, or by a completed module teaching every skill of a
//!   module with that code among the candidate courses.
//! - **level**: 0.2 when the worker's schooling is below what the level
//!   requires (cao đẳng: upper secondary; trung cấp: lower secondary; sơ cấp
//!   and short courses: none).
//! - **access**: 0.3 when the worker gave access needs (consented, health
//!   data) and the course has not said it accommodates every one; an online
//!   course counts as step-free. A soft factor, never an exclusion: "not
//!   said" is not "cannot", so the course stays with a warning to ask the
//!   provider (see `weights::ACCESS_UNMET`); one that meets every need says
//!   so ("Lớp có hỗ trợ: lối đi cho xe lăn").
//! - **certificate**: kept for the record; a course whose certificate is
//!   held is left out.
//! - **credits**: 1 + 0.5 × earned ÷ required, where *earned* is the credits
//!   of the course's modules the worker has already passed (a completed module
//!   of the same certificate with the same code, or one teaching all the
//!   module's skills) — stackable credits, reported as "12 of 20 credits
//!   toward …".
//!
//! Only the top `limit` courses get the costlier explanation: the positions
//! and demands nearby that ask for the skills gained, the jobs the course
//! *unlocks* (nearby demands for which it teaches every essential skill the
//! worker lacks), why it is on the list (`reason_vi`, `reason_en`) and its
//! other intakes.
//!
//! The constants were set from these principles and checked on the whole
//! judged panel in `bench/advice/` (see `docs/recommendations.md`), never on
//! one example.
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
//! Jobs: a worker who chose a trade and is not just exploring sees jobs of
//! that trade and of related trades. Each job's score (0–100) is
//! `100 × (0.55 × essential fit + 0.25 × trade + 0.2 × secondary − 0.3 ×
//! beyond)`: the essential fit is the share of essential skills held, a
//! skill the worker lacks but has a close relative of (curated pairs in
//! `data/taxonomy/related_skills.csv`) counting half; the trade is 1 for a
//! chosen trade, 0.5 for a related one; the secondary score mixes optional
//! fit (0.3), proximity (0.25, 1 at home, 0 at the edge of the radius),
//! relative wage (0.1, times the essential fit: a wage the worker cannot
//! yet earn is no reason to put a job first; the rest of that 0.1 goes to
//! the number hired), employment type (0.1;
//! permanent 1, contract 0.75,
//! seasonal 0.5), certified skills (0.1) and how many people are hired
//! (0.15, on a log scale up to 50); *beyond* rises from 0 at the edge of a
//! preferred radius to 1 one scale (5 km + a quarter of the radius) past
//! it, where jobs stop. A hard radius leaves out every job beyond it. The
//! figure shown, `match_pct`, is the weighted share of the job's skills the
//! worker has, essential skills counting twice, related ones half.
//!
//! Candidates: ordered **strictly by essential-skill coverage** (the
//! integer percentage of essential skills held, rounded down), then by a
//! secondary score in [0, 1]: 0.5 × optional coverage + 0.4 × proximity +
//! 0.1 × certified share. The score is `percentage + 0.99 × secondary`.
//! Workers whose own radius does not reach the job are left out unless they
//! applied.
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
pub mod guide;
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
    GainedSkill, Intake, UnlockedJob, advise_courses, advise_courses_indexed, recommend_courses,
    recommend_courses_indexed,
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
