//! Intakes: the classes of a course. Anyone can list them; the owner of the
//! course's provider adds, changes, closes and cancels them. Every change
//! reaches search through the outbox (a full or cancelled class leaves the
//! "open" listing without a rebuild).

use actix_web::{HttpResponse, delete, get, post, put, web};
use hocnghe_domain::catalogue::{Intake, IntakeInput, IntakeStatusInput};
use hocnghe_store::repo::{courses, intakes};
use utoipa::OpenApi;

use crate::auth::Identity;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidJson;
use crate::service::training;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(list, create, update, set_status, remove))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(update)
        .service(set_status)
        .service(remove);
}

/// Every class of a course, by start date, with seats left and status.
#[utoipa::path(tag = "courses", params(("id" = i64, Path, description = "Course id")),
    responses((status = 200, body = Vec<Intake>), (status = 404, body = ErrorBody)))]
#[get("/courses/{id}/intakes")]
async fn list(state: web::Data<AppState>, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(courses::get(&state.db, *id).await?.intakes))
}

/// Open a new class of a course (the course's provider).
#[utoipa::path(security(("bearer" = [])), tag = "courses", params(("id" = i64, Path, description = "Course id")), request_body = IntakeInput,
    responses((status = 201, body = Intake), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/courses/{id}/intakes")]
#[tracing::instrument(skip(state, identity, body))]
async fn create(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<IntakeInput>,
) -> ApiResult<HttpResponse> {
    let intake = training::add_intake(&state, &identity, *id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(intake))
}

/// Change a class's dates, schedule, place or seats (never below the places
/// already given: 409).
#[utoipa::path(security(("bearer" = [])), tag = "courses", params(("id" = i64, Path, description = "Intake id")), request_body = IntakeInput,
    responses((status = 200, body = Intake), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/intakes/{id}")]
#[tracing::instrument(skip(state, identity, body))]
async fn update(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<IntakeInput>,
) -> ApiResult<HttpResponse> {
    let intake = training::edit_intake(&state, &identity, *id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(intake))
}

/// Open, close (`full`), start (`running`), finish or cancel a class.
/// Cancelling a class with learners who hold a place is refused (409): move
/// them to another class first. Its applicants' applications are closed.
/// Closing or cancelling tells the class's learners in their inbox.
#[utoipa::path(security(("bearer" = [])), tag = "courses", params(("id" = i64, Path, description = "Intake id")), request_body = IntakeStatusInput,
    responses((status = 200, body = Intake), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/intakes/{id}/status")]
#[tracing::instrument(skip(state, identity, body))]
async fn set_status(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<IntakeStatusInput>,
) -> ApiResult<HttpResponse> {
    let status = body.into_inner().status;
    let intake = training::set_intake_status(&state, &identity, *id, status).await?;
    Ok(HttpResponse::Ok().json(intake))
}

/// Delete a class nobody enrolled in (a course keeps at least one).
#[utoipa::path(security(("bearer" = [])), tag = "courses", params(("id" = i64, Path, description = "Intake id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[delete("/intakes/{id}")]
#[tracing::instrument(skip(state, identity))]
async fn remove(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    training::intake_owner(&state, &identity, *id).await?;
    intakes::delete(&state.db, *id).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::NoContent().finish())
}
