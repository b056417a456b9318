//! Workers apply to employers' demands and withdraw; the demand's employer
//! shortlists, hires or turns applications down.

use actix_web::{HttpResponse, get, post, put, web};
use hocnghe_domain::applications::{Application, ApplicationInput, ApplicationStatusInput};
use hocnghe_store::repo::{applications, workers};
use utoipa::OpenApi;

use crate::auth::Identity;
use crate::auth::access::own_worker_id;
use crate::auth::policy::{forbidden, require_own};
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidJson;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(apply, my_applications, withdraw, decide, undo))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(apply)
        .service(my_applications)
        .service(withdraw)
        .service(decide)
        .service(undo);
}

/// Apply for a job (workers with a profile). The employer then sees the
/// worker among the demand's candidates with their phone number and the
/// message. 409 when already applied, 422 when the demand is closed.
#[utoipa::path(security(("bearer" = [])), tag = "applications", params(("id" = i64, Path, description = "Demand id")),
    request_body = ApplicationInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = Application), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/demands/{id}/applications")]
#[tracing::instrument(skip(state, identity, body))]
async fn apply(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<ApplicationInput>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    let message = body.into_inner().validate()?;
    let application = applications::apply(&state.db, worker_id, *id, message).await?;
    tracing::info!(application_id = application.id, "applied for a job");
    Ok(HttpResponse::Created().json(application))
}

/// The caller's applications, newest first.
#[utoipa::path(security(("bearer" = [])), tag = "applications",
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<Application>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/me/applications")]
async fn my_applications(
    state: web::Data<AppState>,
    identity: Identity,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(applications::for_worker(&state.db, worker_id).await?))
}

/// Withdraw an application still waiting for an answer (the worker who
/// made it). The employer no longer sees the phone number unless they had
/// revealed it.
#[utoipa::path(security(("bearer" = [])), tag = "applications", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = Application), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/applications/{id}/withdraw")]
#[tracing::instrument(skip(state, identity))]
async fn withdraw(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let parties = applications::parties(&state.db, *id).await?;
    if workers::id_of_user(&state.db, identity.user_id).await? != Some(parties.worker_id) {
        return Err(forbidden());
    }
    Ok(HttpResponse::Ok().json(applications::withdraw(&state.db, *id).await?))
}

/// The demand's employer shortlists, hires or turns down an application.
#[utoipa::path(security(("bearer" = [])), tag = "applications", params(("id" = i64, Path)), request_body = ApplicationStatusInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = Application), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/applications/{id}/status")]
#[tracing::instrument(skip(state, identity, body))]
async fn decide(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<ApplicationStatusInput>,
) -> ApiResult<HttpResponse> {
    let parties = applications::parties(&state.db, *id).await?;
    require_own(&identity, parties.employer_owner)?;
    let next = body.into_inner().status;
    Ok(HttpResponse::Ok().json(applications::decide(&state.db, *id, next).await?))
}

/// The demand's employer takes back a hire or turn-down made less than ten
/// minutes ago; the application returns to its previous status (409 later,
/// or when there is no decision to take back).
#[utoipa::path(security(("bearer" = [])), tag = "applications", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = Application), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/applications/{id}/undo")]
#[tracing::instrument(skip(state, identity))]
async fn undo(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let parties = applications::parties(&state.db, *id).await?;
    require_own(&identity, parties.employer_owner)?;
    Ok(HttpResponse::Ok().json(applications::undo_decision(&state.db, *id).await?))
}
