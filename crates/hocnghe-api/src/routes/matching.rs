//! Course recommendations and job matches for a worker: the worker's own,
//! or a consenting worker's for a counsellor (audit-logged).

use std::sync::Arc;

use actix_web::{HttpResponse, get, web};
use chrono::Utc;
use hocnghe_domain::FieldError;
use hocnghe_match::{
    CourseCandidate, CourseRecommendation, JobMatch, Location, OccupationGap, OccupationSkills,
    WorkerContext, advise_courses_indexed, match_jobs_indexed, occupation_gap,
};
use hocnghe_store::repo::{communes, ranking, taxonomy};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::auth::Identity;
use crate::auth::access::{own_worker_id, worker_access};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::ranking::Snapshot;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(my_courses, worker_courses, my_jobs, worker_jobs, occupation_gap_route))]
pub struct Doc;

/// The `me` routes first, so that `me` is not read as an id.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(my_courses)
        .service(my_jobs)
        .service(worker_courses)
        .service(worker_jobs)
        .service(occupation_gap_route);
}

const DEFAULT_LIMIT: u32 = 10;
const MAX_LIMIT: u32 = 100;

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RankingParams {
    /// How many results, 1–100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<u32>,
}

impl RankingParams {
    fn limit(&self) -> ApiResult<usize> {
        Self::checked_limit(self.limit)
    }

    /// A result count of 1–100, 10 when not given.
    pub(crate) fn checked_limit(limit: Option<u32>) -> ApiResult<usize> {
        let limit = limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err(ApiError::field(FieldError::new(
                "limit",
                "out_of_range",
                format!("Số kết quả phải từ 1 đến {MAX_LIMIT}."),
                format!("The limit must be between 1 and {MAX_LIMIT}."),
            )));
        }
        Ok(limit as usize)
    }
}

/// A recommended course with where it is taught.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendedCourse {
    #[serde(flatten)]
    pub recommendation: CourseRecommendation,
    pub commune_code: String,
}

/// Course advice: what to tell the worker first, the recommendations, and
/// the options apart from them.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseRecommendations {
    pub worker_id: i64,
    /// `None` when the worker chose no trade; otherwise whether a course of
    /// a chosen trade is among the items.
    pub chosen_trade_fits: Option<bool>,
    /// Said first when `chosen_trade_fits` is false.
    pub notice_vi: Option<String>,
    pub notice_en: Option<String>,
    /// When no course of a chosen trade is among the items: the closest
    /// ones in those trades (up to three), each with what stands in the way.
    pub closest_in_chosen_trade: Vec<RecommendedCourse>,
    /// Best first: for a worker who chose a trade, courses of that trade
    /// (and business courses for an own business), or the best of all
    /// trades when none of it fits.
    pub items: Vec<RecommendedCourse>,
    /// For a worker who chose a trade: up to three courses of other trades
    /// that employers near them need, labelled as such.
    pub other_trades_in_demand: Vec<RecommendedCourse>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JobMatches {
    pub worker_id: i64,
    pub items: Vec<JobMatch>,
}

/// Courses recommended for the caller (a worker with a profile), best first,
/// each with its score, the factors and an explanation in Vietnamese and English.
#[utoipa::path(security(("bearer" = [])), tag = "matching", params(RankingParams),
    responses((status = 200, body = CourseRecommendations), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/workers/me/recommendations/courses")]
async fn my_courses(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<RankingParams>,
) -> ApiResult<HttpResponse> {
    let limit = params.into_inner().limit()?;
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(courses_for(&state, worker_id, limit).await?))
}

/// Courses recommended for a worker who shares their profile with counsellors
/// (counsellors only; the read is written to the worker's audit log).
#[utoipa::path(security(("bearer" = [])), tag = "matching", params(("id" = i64, Path, description = "Worker id"), RankingParams),
    responses((status = 200, body = CourseRecommendations), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/workers/{id}/recommendations/courses")]
async fn worker_courses(
    state: web::Data<AppState>,
    identity: Identity,
    path: web::Path<i64>,
    params: ValidQuery<RankingParams>,
) -> ApiResult<HttpResponse> {
    let limit = params.into_inner().limit()?;
    let worker_id = path.into_inner();
    worker_access(&state, &identity, worker_id, "read_course_recommendations").await?;
    Ok(HttpResponse::Ok().json(courses_for(&state, worker_id, limit).await?))
}

/// Open jobs within the caller's travel radius (a little beyond it when the
/// radius is a preference), of the trades the worker chose when they chose
/// one, ranked by the essential skills held (a close relative counting
/// half), the trade, then optional skills, distance, wage, employment type
/// and positions; each with its match figure, matched, partly matched and
/// missing skills, and the courses nearby that teach the missing ones.
#[utoipa::path(security(("bearer" = [])), tag = "matching", params(RankingParams),
    responses((status = 200, body = JobMatches), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/workers/me/matches/jobs")]
async fn my_jobs(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<RankingParams>,
) -> ApiResult<HttpResponse> {
    let limit = params.into_inner().limit()?;
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(jobs_for(&state, worker_id, limit).await?))
}

/// Job matches for a worker who shares their profile with counsellors
/// (counsellors only; audit-logged).
#[utoipa::path(security(("bearer" = [])), tag = "matching", params(("id" = i64, Path, description = "Worker id"), RankingParams),
    responses((status = 200, body = JobMatches), (status = 401, body = ErrorBody),
              (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/workers/{id}/matches/jobs")]
async fn worker_jobs(
    state: web::Data<AppState>,
    identity: Identity,
    path: web::Path<i64>,
    params: ValidQuery<RankingParams>,
) -> ApiResult<HttpResponse> {
    let limit = params.into_inner().limit()?;
    let worker_id = path.into_inner();
    worker_access(&state, &identity, worker_id, "read_job_matches").await?;
    Ok(HttpResponse::Ok().json(jobs_for(&state, worker_id, limit).await?))
}

pub(crate) async fn courses_for(
    state: &AppState,
    worker_id: i64,
    limit: usize,
) -> ApiResult<CourseRecommendations> {
    let (worker, snapshot) = worker_and_snapshot(state, worker_id).await?;
    let today = Utc::now().date_naive();
    let advice = web::block(move || {
        let catalogue = &snapshot.catalogue;
        let advice = advise_courses_indexed(
            &worker,
            &catalogue.courses,
            &catalogue.demands,
            &snapshot.index,
            &catalogue.skills,
            today,
            limit,
        );
        let placed = |list: Vec<CourseRecommendation>| with_commune(list, &catalogue.courses);
        CourseRecommendations {
            worker_id,
            chosen_trade_fits: advice.chosen_trade_fits,
            notice_vi: advice.notice_vi,
            notice_en: advice.notice_en,
            closest_in_chosen_trade: placed(advice.closest_in_chosen_trade),
            items: placed(advice.items),
            other_trades_in_demand: placed(advice.other_trades_in_demand),
        }
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(advice)
}

fn with_commune(
    list: Vec<CourseRecommendation>,
    courses: &[CourseCandidate],
) -> Vec<RecommendedCourse> {
    list.into_iter()
        .map(|recommendation| {
            let commune_code = courses
                .binary_search_by_key(&recommendation.course_id, |c| c.id)
                .map(|i| courses[i].commune_code.clone())
                .unwrap_or_default();
            RecommendedCourse {
                recommendation,
                commune_code,
            }
        })
        .collect()
}

/// The worker's profile and the catalogue snapshot, read concurrently.
async fn worker_and_snapshot(
    state: &AppState,
    worker_id: i64,
) -> ApiResult<(WorkerContext, Arc<Snapshot>)> {
    Ok(tokio::try_join!(
        ranking::worker_context(&state.db, worker_id),
        state.ranking.snapshot(&state.db, &state.search.index),
    )?)
}

pub(crate) async fn jobs_for(
    state: &AppState,
    worker_id: i64,
    limit: usize,
) -> ApiResult<JobMatches> {
    let (worker, snapshot) = worker_and_snapshot(state, worker_id).await?;
    let today = Utc::now().date_naive();
    let items = web::block(move || {
        let catalogue = &snapshot.catalogue;
        match_jobs_indexed(
            &worker,
            &catalogue.demands,
            &catalogue.courses,
            &snapshot.index,
            &catalogue.skills,
            today,
            limit,
        )
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(JobMatches { worker_id, items })
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct GapParams {
    /// The occupation the person has now (code).
    from: String,
    /// Commune code to measure course distances from (optional).
    commune: Option<String>,
    /// How many courses to list, 1–100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<u32>,
}

/// What separates occupation `from` from occupation `{code}`: the skills
/// shared and missing (essential first), the courses teaching missing
/// skills, and a small set of courses that together close the gap. Public:
/// it is about occupations and courses, not about any person.
#[utoipa::path(tag = "matching", params(("code" = String, Path, description = "Target occupation"), GapParams),
    responses((status = 200, body = OccupationGap), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/occupations/{code}/gap")]
async fn occupation_gap_route(
    state: web::Data<AppState>,
    code: web::Path<String>,
    params: ValidQuery<GapParams>,
) -> ApiResult<HttpResponse> {
    let params = params.into_inner();
    let limit = RankingParams {
        limit: params.limit,
    }
    .limit()?;
    let location = match &params.commune {
        None => None,
        Some(commune) => {
            let found = communes::get(&state.db, commune.trim())
                .await?
                .ok_or_else(|| {
                    ApiError::field(FieldError::new(
                        "commune",
                        "unknown_commune",
                        "Không có xã/phường với mã này.",
                        "No commune has this code.",
                    ))
                })?;
            Some(Location::new(found.lat, found.lon))
        }
    };
    let from = taxonomy::get_occupation(&state.db, params.from.trim()).await?;
    let to = taxonomy::get_occupation(&state.db, code.trim()).await?;
    let snapshot = state
        .ranking
        .snapshot(&state.db, &state.search.index)
        .await?;
    let today = Utc::now().date_naive();
    let gap = web::block(move || {
        occupation_gap(
            &OccupationSkills::from_occupation(&from.skills),
            &OccupationSkills::from_occupation(&to.skills),
            &snapshot.catalogue.courses,
            &snapshot.catalogue.skills,
            location,
            today,
            limit,
        )
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(HttpResponse::Ok().json(gap))
}
