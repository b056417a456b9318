//! Intakes: the classes of a course. Anyone can list them; the owner of the
//! course's provider adds, changes, closes and cancels them. Every change
//! reaches search through the outbox (a full or cancelled class leaves the
//! "open" listing without a rebuild).

use actix_web::{HttpResponse, delete, get, post, put, web};
use hocnghe_domain::catalogue::{Intake, IntakeInput, IntakeStatusInput};
use hocnghe_store::repo::{courses, intakes};
use utoipa::OpenApi;

use crate::auth::Identity;
use crate::auth::policy::require_owner;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidJson;
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
    require_owner(&identity, courses::owner(&state.db, *id).await?)?;
    let input = body.into_inner().validate()?;
    let intake = intakes::create(&state.db, *id, input).await?;
    state.search.indexer.poke();
    tracing::info!(intake_id = intake.id, "intake created");
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
    owner_of(&state, &identity, *id).await?;
    let input = body.into_inner().validate()?;
    let intake = intakes::update(&state.db, *id, input).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::Ok().json(intake))
}

/// Open, close (`full`), start (`running`), finish or cancel a class.
/// Cancelling a class with learners who applied or hold a place is refused
/// (409): move them to another class first.
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
    owner_of(&state, &identity, *id).await?;
    let intake = intakes::set_status(&state.db, *id, body.into_inner().status).await?;
    state.search.indexer.poke();
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
    owner_of(&state, &identity, *id).await?;
    intakes::delete(&state.db, *id).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::NoContent().finish())
}

async fn owner_of(state: &AppState, identity: &Identity, intake_id: i64) -> ApiResult<()> {
    let course_id = intakes::course_of(&state.db, intake_id).await?;
    require_owner(identity, courses::owner(&state.db, course_id).await?)
}
