//! Ranked Vietnamese text search over courses and job demands, served from the
//! tantivy index that the indexer keeps in line with the database.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, route, web};
use chrono::NaiveDate;
use hocnghe_domain::hanoi_today;
use hocnghe_domain::text::nfc;
use hocnghe_domain::{
    CourseLevel, DeliveryMode, EmploymentType, FieldError, StudyTime, ValidationErrors,
};
use hocnghe_search::query::{MAX_PER_PAGE, MAX_RESULT_WINDOW};
use hocnghe_search::{
    CourseHit, CourseQuery, DemandHit, DemandQuery, Place, Relaxed, SearchError, SearchIndex,
    SearchResults,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::routes::gzip_json::{BodyEncoding, EncodedJson};
use crate::search_pool::PoolError;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(search_courses, search_demands))]
pub struct Doc;

/// Registered before `/courses/{id}` and `/demands/{id}` so that `search` is not read as an id.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(search_courses)
        .service(search_demands)
        .service(other_methods_on_course_search)
        .service(other_methods_on_demand_search);
}

/// Another method on a search path is 405 with `Allow: GET`. Without these,
/// `PUT /courses/search` would reach the `/courses/{id}` routes and ask for
/// a session (401) before finding that `search` is no id.
#[route(
    "/courses/search",
    method = "POST",
    method = "PUT",
    method = "PATCH",
    method = "DELETE"
)]
async fn other_methods_on_course_search(req: HttpRequest) -> HttpResponse {
    crate::fallback::not_found_or_wrong_method(req).await
}

#[route(
    "/demands/search",
    method = "POST",
    method = "PUT",
    method = "PATCH",
    method = "DELETE"
)]
async fn other_methods_on_demand_search(req: HttpRequest) -> HttpResponse {
    crate::fallback::not_found_or_wrong_method(req).await
}

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

#[derive(Debug, Serialize, ToSchema)]
pub struct CourseSearchHit {
    pub id: i64,
    pub score: f32,
    pub title: String,
    /// HTML-escaped title or description excerpt with matches in `<mark>…</mark>`.
    pub highlight: Option<String>,
    /// From the query's commune centroid to the course's commune centroid.
    pub distance_km: Option<f64>,
    pub commune_code: String,
    pub level: String,
    pub delivery_mode: String,
    pub schedule: String,
    pub fee_vnd: i64,
    pub fee_after_subsidy_vnd: i64,
    pub start_date: NaiveDate,
    pub weeks: u32,
    pub credits: u32,
    pub provider_name: String,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<String>,
    /// Classes open for enrolment, by start date (the hit's `start_date`,
    /// `weeks` and `schedule` are the first one's).
    pub intakes: Vec<IntakeHit>,
}

/// A class of a course open for enrolment.
#[derive(Debug, Serialize, ToSchema)]
pub struct IntakeHit {
    pub id: i64,
    pub start_date: NaiveDate,
    pub weeks: u32,
    pub schedule: String,
    pub seats_left: u32,
}

impl From<CourseHit> for CourseSearchHit {
    fn from(h: CourseHit) -> Self {
        Self {
            id: h.id,
            score: h.score,
            title: h.title,
            highlight: h.highlight,
            distance_km: h.distance_km,
            commune_code: h.commune_code,
            level: h.level,
            delivery_mode: h.delivery_mode,
            schedule: h.schedule,
            fee_vnd: h.fee_vnd,
            fee_after_subsidy_vnd: h.fee_after_subsidy_vnd,
            start_date: h.start_date,
            weeks: h.weeks,
            credits: h.credits,
            provider_name: h.provider_name,
            occupation_code: h.occupation_code,
            occupation_name: h.occupation_name,
            sector: h.sector,
            intakes: h
                .intakes
                .into_iter()
                .map(|i| IntakeHit {
                    id: i.id,
                    start_date: i.start_date,
                    weeks: i.weeks,
                    schedule: i.schedule,
                    seats_left: i.seats_left,
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DemandSearchHit {
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
    pub employment_type: String,
    pub start_date: Option<NaiveDate>,
    pub expires_on: Option<NaiveDate>,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    pub sector: Option<String>,
}

impl From<DemandHit> for DemandSearchHit {
    fn from(h: DemandHit) -> Self {
        Self {
            id: h.id,
            score: h.score,
            title: h.title,
            highlight: h.highlight,
            distance_km: h.distance_km,
            commune_code: h.commune_code,
            employer_name: h.employer_name,
            positions: h.positions,
            wage_min_vnd: h.wage_min_vnd,
            wage_max_vnd: h.wage_max_vnd,
            employment_type: h.employment_type,
            start_date: h.start_date,
            expires_on: h.expires_on,
            occupation_code: h.occupation_code,
            occupation_name: h.occupation_name,
            sector: h.sector,
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

/// Today in Hanoi (UTC+7): demands expiring before it are hidden.
/// Run a search on a search thread (`search_pool.rs`): searches are CPU-bound,
/// and tantivy's reads may block on disk.
pub(crate) async fn run_search<Q, H, V>(
    state: &AppState,
    query: Q,
    search: fn(&SearchIndex, &Q) -> Result<SearchResults<H>, SearchError>,
    page: u32,
    per_page: u32,
) -> ApiResult<SearchPage<V>>
where
    Q: Send + 'static,
    H: Send + 'static,
    V: From<H> + Send + 'static,
{
    pooled_search(state, query, search, (page, per_page), Ok).await
}

/// Run a search and encode its page as the response body, both on the same
/// search thread (see [`EncodedJson`]).
async fn search_response<Q, H, V>(
    state: &AppState,
    query: Q,
    search: fn(&SearchIndex, &Q) -> Result<SearchResults<H>, SearchError>,
    (page, per_page): (u32, u32),
    encoding: BodyEncoding,
) -> ApiResult<HttpResponse>
where
    Q: Send + 'static,
    H: Send + 'static,
    V: From<H> + Serialize + Send + 'static,
{
    let body = pooled_search(state, query, search, (page, per_page), move |found| {
        EncodedJson::new(&found as &SearchPage<V>, encoding).map_err(|error| {
            tracing::error!(%error, "search response encoding failed");
            ApiError::internal()
        })
    })
    .await?;
    Ok(body.into_response())
}

async fn pooled_search<Q, H, V, R>(
    state: &AppState,
    query: Q,
    search: fn(&SearchIndex, &Q) -> Result<SearchResults<H>, SearchError>,
    (page, per_page): (u32, u32),
    finish: impl FnOnce(SearchPage<V>) -> ApiResult<R> + Send + 'static,
) -> ApiResult<R>
where
    Q: Send + 'static,
    H: Send + 'static,
    V: From<H> + Send + 'static,
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
                hits: results.hits.into_iter().map(V::from).collect(),
                facets: results.facets,
                relaxed: results.relaxed.map(RelaxedQuery::from),
                place: results.place.map(PlaceInQuery::from),
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

/// Search courses: free text in Vietnamese with or without diacritics, exact
/// filters, distance from a commune, facets over every match.
#[utoipa::path(tag = "search", params(CourseSearchParams),
    responses((status = 200, body = SearchPage<CourseSearchHit>), (status = 422, body = ErrorBody),
        (status = 503, body = ErrorBody, description = "Every search thread is busy and the queue is full")))]
#[get("/courses/search")]
#[tracing::instrument(skip_all)]
async fn search_courses(
    state: web::Data<AppState>,
    params: ValidQuery<CourseSearchParams>,
    req: HttpRequest,
) -> ApiResult<HttpResponse> {
    let query = course_query(&state.search.index, params.into_inner())?;
    let pages = (query.page, query.per_page);
    let encoding = BodyEncoding::of(&req);
    search_response::<_, _, CourseSearchHit>(
        &state,
        query,
        SearchIndex::search_courses,
        pages,
        encoding,
    )
    .await
}

/// Search job demands that are open and not expired (in Hanoi's calendar).
#[utoipa::path(tag = "search", params(DemandSearchParams),
    responses((status = 200, body = SearchPage<DemandSearchHit>), (status = 422, body = ErrorBody),
        (status = 503, body = ErrorBody, description = "Every search thread is busy and the queue is full")))]
#[get("/demands/search")]
#[tracing::instrument(skip_all)]
async fn search_demands(
    state: web::Data<AppState>,
    params: ValidQuery<DemandSearchParams>,
    req: HttpRequest,
) -> ApiResult<HttpResponse> {
    let query = demand_query(&state.search.index, params.into_inner())?;
    let pages = (query.page, query.per_page);
    let encoding = BodyEncoding::of(&req);
    search_response::<_, _, DemandSearchHit>(
        &state,
        query,
        SearchIndex::search_demands,
        pages,
        encoding,
    )
    .await
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
        level: p.level.map(|v| v.as_str().to_owned()),
        mode: p.mode.map(|v| v.as_str().to_owned()),
        max_fee: p.max_fee,
        starts_after,
        starts_before: within,
        schedule: p.schedule.map(|s| s.as_str().to_owned()),
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
        employment_type: p.employment_type.map(|v| v.as_str().to_owned()),
        min_wage: p.min_wage,
        active_on: Some(hanoi_today()),
        page,
        per_page,
    })
}
