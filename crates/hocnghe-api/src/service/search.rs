//! Search as the application does it, for the JSON API and the pages alike:
//! the parameters checked once (every problem at once, bilingual), the query
//! run on a search thread, and the page of hits in the API's shape.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use chrono::NaiveDate;
use hocnghe_domain::hanoi_today;
use hocnghe_domain::text::nfc;
use hocnghe_domain::{
    CourseLevel, DeliveryMode, EmploymentType, FieldError, StudyTime, ValidationErrors,
};
use hocnghe_search::query::{MAX_PER_PAGE, MAX_RESULT_WINDOW};
use hocnghe_search::{
    CourseQuery, DemandQuery, Intent, Place, Relaxed, SearchError, SearchIndex, SearchResults,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::{ApiError, ApiResult};
use crate::service::search_pool::PoolError;
use crate::state::AppState;

/// Longest accepted free-text query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Largest accepted radius around a commune, in kilometres.
pub const MAX_RADIUS_KM: f64 = 200.0;
const DEFAULT_PER_PAGE: u32 = 20;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CourseSearchParams {
    /// Free text, with or without diacritics ("sua xe may", "sửa xe máy").
    q: Option<String>,
    /// Commune code of the learner: hits get `distance_km` and nearer ones rank a little higher.
    commune: Option<String>,
    /// Only courses whose commune centroid is within this many km (0–200) of `commune`.
    radius_km: Option<f64>,
    /// Occupation code.
    occupation: Option<String>,
    /// Skill code taught by one of the modules.
    skill: Option<String>,
    level: Option<CourseLevel>,
    mode: Option<DeliveryMode>,
    /// Highest fee the learner pays after subsidies (VND).
    #[param(minimum = 0)]
    max_fee: Option<i64>,
    /// Courses with an open class starting on or after this date.
    #[param(value_type = Option<String>, format = Date)]
    starts_after: Option<NaiveDate>,
    /// Courses with an open class starting within this many days from today
    /// in Hanoi (1–365): "khai giảng trong 30 ngày tới".
    #[param(minimum = 1, maximum = 365)]
    starts_within_days: Option<i64>,
    /// Courses with an open class at this time of the week (within the dates
    /// above, when given).
    schedule: Option<StudyTime>,
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 10000)]
    page: Option<u32>,
    /// Hits per page, 1 to 100 (default 20); `page × per_page` is at most 10,000.
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DemandSearchParams {
    /// Free text, with or without diacritics ("tho han", "thợ hàn").
    q: Option<String>,
    /// Commune code of the worker: hits get `distance_km` and nearer ones rank a little higher.
    commune: Option<String>,
    /// Only demands whose commune centroid is within this many km (0–200) of `commune`.
    radius_km: Option<f64>,
    /// Occupation code.
    occupation: Option<String>,
    /// Skill code the employer asks for.
    skill: Option<String>,
    employment_type: Option<EmploymentType>,
    /// Demands whose best offered wage (maximum, or minimum when there is none) reaches this (VND/month).
    #[param(minimum = 0)]
    min_wage: Option<i64>,
    #[param(minimum = 1, maximum = 10000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// One page of ranked hits and facet counts over all matches.
#[derive(Debug, Serialize, ToSchema)]
pub struct SearchPage<H> {
    /// Matches of the query and filters.
    pub total: usize,
    pub page: u32,
    pub per_page: u32,
    pub hits: Vec<H>,
    /// Facet → value → number of matches, e.g. `{"level": {"so_cap": 12}}`.
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
    /// Present when nothing matched every trade word of `q`: the hits then
    /// match only some of them (partial matches), and a page should say so.
    /// Filler words ("tôi muốn học", "tìm việc", "ở") are never required.
    pub relaxed: Option<RelaxedQuery>,
    /// A commune named in `q` ("sửa điện thoại ở Gia Lâm") when no `commune`
    /// was given: hits carry their distance from it and nearer ones rank
    /// higher. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<PlaceInQuery>,
    /// What the words of `q` ask for: `learn` ("học …", "khóa học …") or
    /// `work` ("tuyển …", "việc làm …"); absent when they do not say. A
    /// client may offer the other search when it differs from this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intent: Option<Intent>,
    /// Fewer than five hits matched every word of `q`: up to five that match
    /// all but its least telling qualifier ("hoa" courses under "trồng hoa
    /// lan"), to be shown apart as near matches. Not counted in `total` or
    /// the facets; first page only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub near: Option<NearPage<H>>,
}

/// Near matches: which words they have and may lack, and the hits.
#[derive(Debug, Serialize, ToSchema)]
pub struct NearPage<H> {
    pub words: RelaxedQuery,
    pub hits: Vec<H>,
}

/// A commune understood from the words of `q`.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlaceInQuery {
    #[schema(example = "00565")]
    pub commune_code: String,
    #[schema(example = "Gia Lâm")]
    pub name: String,
}

impl From<Place> for PlaceInQuery {
    fn from(p: Place) -> Self {
        Self {
            commune_code: p.commune_code,
            name: p.name,
        }
    }
}

/// The words of `q` that a partial match kept and dropped.
#[derive(Debug, Serialize, ToSchema)]
pub struct RelaxedQuery {
    /// Words (lowercased, in query order) every hit matches, with or without
    /// diacritics, as a typo or a synonym.
    pub required: Vec<String>,
    /// The other words of `q`: a hit may lack any of them.
    pub optional: Vec<String>,
}

impl From<Relaxed> for RelaxedQuery {
    fn from(r: Relaxed) -> Self {
        Self {
            required: r.required,
            optional: r.optional,
        }
    }
}

/// Parameters shared by both searches, checked once.
struct Common {
    q: Option<String>,
    commune: Option<String>,
    radius_km: Option<f64>,
    occupation: Option<String>,
    skill: Option<String>,
    page: u32,
    per_page: u32,
}

#[allow(clippy::too_many_arguments)]
fn check_common(
    index: &SearchIndex,
    errors: &mut Vec<FieldError>,
    q: Option<String>,
    commune: Option<String>,
    radius_km: Option<f64>,
    occupation: Option<String>,
    skill: Option<String>,
    page: Option<u32>,
    per_page: Option<u32>,
) -> Common {
    let present =
        |value: Option<String>| value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    // Phones send decomposed (NFD) Vietnamese; everything downstream expects NFC.
    let q = present(q).map(|q| nfc(&q));
    if q.as_ref()
        .is_some_and(|q| q.chars().count() > MAX_QUERY_CHARS)
    {
        errors.push(FieldError::too_long("q", MAX_QUERY_CHARS));
    }
    let commune = present(commune);
    if let Some(code) = &commune
        && !index.locator().contains(code)
    {
        errors.push(FieldError::unknown("commune", "xã/phường", "commune", code));
    }
    if let Some(radius) = radius_km {
        if !(radius.is_finite() && (0.0..=MAX_RADIUS_KM).contains(&radius)) {
            errors.push(FieldError::out_of_range(
                "radius_km",
                0,
                MAX_RADIUS_KM as i64,
            ));
        } else if commune.is_none() {
            errors.push(FieldError::new(
                "radius_km",
                "requires_commune",
                "Cần chọn xã/phường (commune) để lọc theo bán kính.",
                "A radius needs a commune (commune) to measure from.",
            ));
        }
    }
    let page = page.unwrap_or(1);
    let per_page = per_page.unwrap_or(DEFAULT_PER_PAGE);
    if page == 0 {
        errors.push(FieldError::out_of_range(
            "page",
            1,
            i64::from(MAX_RESULT_WINDOW),
        ));
    }
    if per_page == 0 || per_page > MAX_PER_PAGE {
        errors.push(FieldError::out_of_range(
            "per_page",
            1,
            i64::from(MAX_PER_PAGE),
        ));
    } else if u64::from(page) * u64::from(per_page) > u64::from(MAX_RESULT_WINDOW) {
        errors.push(FieldError::new(
            "page",
            "out_of_range",
            format!("Chỉ xem được {MAX_RESULT_WINDOW} kết quả đầu tiên; hãy thu hẹp tìm kiếm."),
            format!("Only the first {MAX_RESULT_WINDOW} results can be paged through; narrow the search."),
        ));
    }
    Common {
        q,
        commune,
        radius_km,
        occupation: present(occupation),
        skill: present(skill),
        page,
        per_page,
    }
}

fn non_negative(errors: &mut Vec<FieldError>, field: &str, value: Option<i64>) {
    if value.is_some_and(|v| v < 0) {
        errors.push(FieldError::out_of_range(field, 0, i64::MAX));
    }
}

/// Run a search on a search thread (`search_pool.rs`): searches are CPU-bound,
/// and tantivy's reads may block on disk.
pub(crate) async fn run_search<Q, H>(
    state: &AppState,
    query: Q,
    search: fn(&SearchIndex, &Q) -> Result<SearchResults<H>, SearchError>,
    page: u32,
    per_page: u32,
) -> ApiResult<SearchPage<H>>
where
    Q: Send + 'static,
    H: Send + 'static,
{
    pooled_search(state, query, search, (page, per_page), Ok).await
}

pub(crate) async fn pooled_search<Q, H, R>(
    state: &AppState,
    query: Q,
    search: fn(&SearchIndex, &Q) -> Result<SearchResults<H>, SearchError>,
    (page, per_page): (u32, u32),
    finish: impl FnOnce(SearchPage<H>) -> ApiResult<R> + Send + 'static,
) -> ApiResult<R>
where
    Q: Send + 'static,
    H: Send + 'static,
    R: Send + 'static,
{
    let index = state.search.index.clone();
    state
        .search
        .pool
        .run(move || {
            let results = search(&index, &query)?;
            finish(SearchPage {
                total: results.total,
                page,
                per_page,
                hits: results.hits,
                facets: results.facets,
                relaxed: results.relaxed.map(RelaxedQuery::from),
                place: results.place.map(PlaceInQuery::from),
                intent: results.intent,
                near: results.near.map(|n| NearPage {
                    words: RelaxedQuery::from(n.relaxed),
                    hits: n.hits,
                }),
            })
        })
        .await
        .map_err(|error| match error {
            PoolError::Busy => busy(),
            PoolError::Failed => {
                tracing::error!(%error, "search thread failed");
                ApiError::internal()
            }
        })?
}

/// Every search thread is busy and the queue is full: try again in a moment.
fn busy() -> ApiError {
    let mut error = ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "search_busy",
        "Hệ thống tìm kiếm đang quá tải. Vui lòng thử lại sau giây lát.",
        "Search is overloaded. Please try again in a moment.",
    );
    error.retry_after = Some(1);
    error
}

/// Checked course search parameters (every problem at once).
pub(crate) fn course_query(
    index: &SearchIndex,
    p: CourseSearchParams,
) -> Result<CourseQuery, ValidationErrors> {
    let mut errors = Vec::new();
    let common = check_common(
        index,
        &mut errors,
        p.q,
        p.commune,
        p.radius_km,
        p.occupation,
        p.skill,
        p.page,
        p.per_page,
    );
    non_negative(&mut errors, "max_fee", p.max_fee);
    let today = hanoi_today();
    let within = match p.starts_within_days {
        Some(days) if !(1..=365).contains(&days) => {
            errors.push(FieldError::out_of_range("starts_within_days", 1, 365));
            None
        }
        Some(days) => today.checked_add_days(chrono::Days::new(days.unsigned_abs())),
        None => None,
    };
    if !errors.is_empty() {
        return Err(ValidationErrors(errors));
    }
    let starts_after = match (p.starts_after, within) {
        (Some(after), _) => Some(after),
        (None, Some(_)) => Some(today),
        (None, None) => None,
    };
    let (page, per_page) = (common.page, common.per_page);
    Ok(CourseQuery {
        q: common.q,
        commune: common.commune,
        radius_km: common.radius_km,
        occupation: common.occupation,
        skill: common.skill,
        level: p.level,
        mode: p.mode,
        max_fee: p.max_fee,
        starts_after,
        starts_before: within,
        schedule: p.schedule,
        only_ids: None,
        page,
        per_page,
    })
}

/// Checked demand search parameters; expired demands are left out.
pub(crate) fn demand_query(
    index: &SearchIndex,
    p: DemandSearchParams,
) -> Result<DemandQuery, ValidationErrors> {
    let mut errors = Vec::new();
    let common = check_common(
        index,
        &mut errors,
        p.q,
        p.commune,
        p.radius_km,
        p.occupation,
        p.skill,
        p.page,
        p.per_page,
    );
    non_negative(&mut errors, "min_wage", p.min_wage);
    if !errors.is_empty() {
        return Err(ValidationErrors(errors));
    }
    let (page, per_page) = (common.page, common.per_page);
    Ok(DemandQuery {
        q: common.q,
        commune: common.commune,
        radius_km: common.radius_km,
        occupation: common.occupation,
        skill: common.skill,
        employment_type: p.employment_type,
        min_wage: p.min_wage,
        active_on: Some(hanoi_today()),
        only_ids: None,
        page,
        per_page,
    })
}
