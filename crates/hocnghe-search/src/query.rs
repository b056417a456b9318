//! Public query and result types.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use hocnghe_domain::{CourseLevel, DeliveryMode, EmploymentType, Sector, StudyTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Largest page size honoured; larger requests are clamped.
pub const MAX_PER_PAGE: u32 = 100;
/// Deepest result reachable by paging (`page * per_page`), to keep queries bounded.
pub const MAX_RESULT_WINDOW: u32 = 10_000;

/// A course search. Every filter is exact; `q` is free text.
///
/// * `commune` alone: no distance filter, hits carry `distance_km`, and nearer
///   hits get a mild boost that reorders hits of similar relevance but never
///   lifts a hit over one that matches the query clearly better.
/// * `commune` + `radius_km`: only hits whose commune centroid is within the radius.
/// * no `q`: every course passing the filters, nearest first when `commune` is
///   given, else newest (highest id) first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CourseQuery {
    pub q: Option<String>,
    pub commune: Option<String>,
    pub radius_km: Option<f64>,
    /// Occupation code.
    pub occupation: Option<String>,
    /// Skill code.
    pub skill: Option<String>,
    pub level: Option<CourseLevel>,
    pub mode: Option<DeliveryMode>,
    /// Upper bound (inclusive) on `fee_after_subsidy_vnd`, what the learner pays.
    pub max_fee: Option<i64>,
    /// Courses with an open class starting on or after this date…
    pub starts_after: Option<NaiveDate>,
    /// …and on or before this one (both bounds hold for the same class).
    pub starts_before: Option<NaiveDate>,
    /// Courses with an open class at this time of the week (within the dates
    /// above, when given).
    pub schedule: Option<StudyTime>,
    /// Only these courses (a saved search looking at what is new).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_ids: Option<Vec<i64>>,
    /// 1-based; 0 is read as 1.
    pub page: u32,
    /// Clamped to `1..=MAX_PER_PAGE`; 0 is read as 10.
    pub per_page: u32,
}

/// A job demand search; see [`CourseQuery`] for `q`, `commune` and `radius_km`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DemandQuery {
    pub q: Option<String>,
    pub commune: Option<String>,
    pub radius_km: Option<f64>,
    pub occupation: Option<String>,
    pub skill: Option<String>,
    pub employment_type: Option<EmploymentType>,
    /// Demands whose best wage (`wage_max_vnd`, or `wage_min_vnd` when there is no
    /// maximum) reaches this amount; demands without any wage are excluded.
    pub min_wage: Option<i64>,
    /// Excludes demands that expired before this date (`expires_on < active_on`).
    pub active_on: Option<NaiveDate>,
    /// Only these demands (a saved search looking at what is new).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_ids: Option<Vec<i64>>,
    pub page: u32,
    pub per_page: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults<H> {
    /// Number of documents matching the query and filters.
    pub total: usize,
    pub hits: Vec<H>,
    /// Facet name → value → number of matching documents, over all matches.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    /// Set when no document matched every trade word of the query and the
    /// hits are those matching only some of them: partial matches, to be
    /// shown as such.
    pub relaxed: Option<Relaxed>,
    /// A commune named in the query ("… ở Gia Lâm") when the search gave none:
    /// hits carry their distance from it and nearer ones rank a little higher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// What the query's own words say the person is after ("học …" a course,
    /// "tuyển …", "việc làm …" a job), when they say it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<Intent>,
    /// Few documents matched every word: the best of those that match all
    /// but the least telling ones, apart from the hits and not counted in
    /// `total` or the facets (first page only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near: Option<NearMatches<H>>,
}

/// Documents matching part of a query, offered under its few full matches.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NearMatches<H> {
    /// Which words they match and which they may lack.
    pub relaxed: Relaxed,
    pub hits: Vec<H>,
}

/// What a query asks for, from its words about asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = QueryIntent)]
pub enum Intent {
    /// "học", "khóa học": a course.
    Learn,
    /// "tuyển", "việc làm", "tìm việc": a job.
    Work,
}

/// A place understood from the query's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub commune_code: String,
    /// The commune's name as in the reference data.
    pub name: String,
}

/// Which words of a relaxed query the hits contain, so that a person is told
/// the hits are partial matches instead of wondering why they look unrelated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relaxed {
    /// Query words (lowercased, in query order) that every hit matches, in one
    /// of their forms: with or without diacritics, a typo or a synonym.
    pub required: Vec<String>,
    /// The other query words: a hit may lack any of them.
    pub optional: Vec<String>,
}

/// A course found, as the API and the pages show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = CourseSearchHit)]
pub struct CourseHit {
    pub id: i64,
    pub score: f32,
    pub title: String,
    /// HTML-escaped title or description excerpt with matches in `<mark>…</mark>`.
    pub highlight: Option<String>,
    /// From the query's commune centroid to this course's commune centroid.
    pub distance_km: Option<f64>,
    pub commune_code: String,
    pub level: CourseLevel,
    pub delivery_mode: DeliveryMode,
    pub schedule: StudyTime,
    pub fee_vnd: i64,
    pub fee_after_subsidy_vnd: i64,
    pub start_date: NaiveDate,
    pub weeks: u32,
    pub provider_name: String,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<Sector>,
    pub credits: u32,
    /// Classes open for enrolment, by start date (the hit's `start_date`,
    /// `weeks` and `schedule` are the first one's).
    pub intakes: Vec<crate::documents::IntakeDoc>,
}

/// A job demand found, as the API and the pages show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[schema(as = DemandSearchHit)]
pub struct DemandHit {
    pub id: i64,
    pub score: f32,
    pub title: String,
    /// HTML-escaped title or description excerpt with matches in `<mark>…</mark>`.
    pub highlight: Option<String>,
    /// From the query's commune centroid to the demand's commune centroid.
    pub distance_km: Option<f64>,
    pub commune_code: String,
    pub employer_name: String,
    pub positions: u32,
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    pub employment_type: EmploymentType,
    pub start_date: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<Sector>,
}

/// Page parameters after clamping: how many hits to skip and to return.
pub(crate) fn page_window(page: u32, per_page: u32) -> Result<(usize, usize), crate::SearchError> {
    let per_page = if per_page == 0 {
        10
    } else {
        per_page.min(MAX_PER_PAGE)
    };
    let page = page.max(1);
    let end = page
        .checked_mul(per_page)
        .filter(|end| *end <= MAX_RESULT_WINDOW);
    let Some(end) = end else {
        return Err(crate::SearchError::InvalidQuery(format!(
            "page {page} of {per_page} goes past the first {MAX_RESULT_WINDOW} results"
        )));
    };
    Ok(((end - per_page) as usize, per_page as usize))
}
