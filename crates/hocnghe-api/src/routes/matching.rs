//! Course recommendations and job matches for a worker: the worker's own,
//! or a consenting worker's for a counsellor (audit-logged).

use actix_web::{HttpResponse, get, web};
use chrono::Utc;
use hocnghe_domain::FieldError;
use hocnghe_match::{Location, OccupationGap, OccupationSkills, occupation_gap};
use hocnghe_store::repo::{communes, taxonomy};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::auth::access::{own_worker_id, worker_access};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::service::matching::{CourseRecommendations, JobMatches, Viewer, courses_for, jobs_for};
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
    Ok(HttpResponse::Ok().json(courses_for(&state, worker_id, limit, Viewer::Worker).await?))
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
    Ok(HttpResponse::Ok().json(courses_for(&state, worker_id, limit, Viewer::Counsellor).await?))
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
