//! The demand's employer sees consenting and applying workers, ranked, and
//! may reveal a candidate's contact within a daily cap.

use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::routes::matching::RankingParams;
use crate::service::candidates::{self, CandidateList, RevealedContact};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(list, reveal, invite))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list).service(reveal).service(invite);
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct CandidateParams {
    /// How many candidates, 1–100 (default 10).
    #[param(minimum = 1, maximum = 100)]
    limit: Option<u32>,
}

/// Workers for the caller's demand (its employer only): those who applied,
/// and those who share their profile with employers and hold one of its
/// skills, ranked by essential skills held, then optional skills, distance
/// and certified skills, each with a reason. Phone and email only for
/// applicants and contacts this account revealed.
#[utoipa::path(security(("bearer" = [])), tag = "applications", params(("id" = i64, Path, description = "Demand id"), CandidateParams),
    responses((status = 200, body = CandidateList), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/demands/{id}/candidates")]
async fn list(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    params: ValidQuery<CandidateParams>,
) -> ApiResult<HttpResponse> {
    let limit = RankingParams::checked_limit(params.into_inner().limit)?;
    Ok(HttpResponse::Ok().json(candidates::list(&state, &identity, *id, limit).await?))
}

/// Reveal a candidate's phone and email to the demand's employer. Free for
/// applicants and workers revealed before; otherwise counted, at most
/// `auth.contact_reveals_per_day` in 24 hours (then 429 with Retry-After).
/// The worker sees each reveal in their access log.
#[utoipa::path(security(("bearer" = [])), tag = "applications",
    params(("id" = i64, Path, description = "Demand id"), ("worker_id" = i64, Path)),
    responses((status = 200, body = RevealedContact), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/demands/{id}/candidates/{worker_id}/contact")]
#[tracing::instrument(skip(state, identity))]
async fn reveal(
    state: web::Data<AppState>,
    identity: Identity,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    let (demand_id, worker_id) = path.into_inner();
    Ok(HttpResponse::Ok().json(candidates::reveal(&state, &identity, demand_id, worker_id).await?))
}

/// Invite a suggested candidate to apply (the demand's employer only). The
/// worker finds the invitation in their inbox with a link to the job; their
/// contact stays hidden until they apply. Once per demand and worker.
#[utoipa::path(security(("bearer" = [])), tag = "applications",
    params(("id" = i64, Path, description = "Demand id"), ("worker_id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 204), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/demands/{id}/candidates/{worker_id}/invite")]
#[tracing::instrument(skip(state, identity))]
async fn invite(
    state: web::Data<AppState>,
    identity: Identity,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    let (demand_id, worker_id) = path.into_inner();
    candidates::invite(&state, &identity, demand_id, worker_id).await?;
    Ok(HttpResponse::NoContent().finish())
}
