//! Enrolments: workers apply and withdraw; the course's provider accepts or
//! rejects, records modules passed and issues the certificate; stackable
//! credits; outcomes after the course; course and provider results.

use actix_web::{HttpResponse, get, post, put, web};
use hocnghe_domain::Role;
use hocnghe_domain::catalogue::MoveIntakeInput;
use hocnghe_domain::enrolments::{
    ApplyInput, CompletionInput, CreditProgress, Enrolment, EnrolmentStatusInput,
    IssuedCertificate, Outcome, OutcomeInput, Performance, RecordedCompletion,
};
use hocnghe_store::repo::enrolments;
use hocnghe_store::repo::{outcomes, workers};
use utoipa::OpenApi;

use crate::auth::Identity;
use crate::auth::access::{own_worker_id, worker_access, worker_access_or_forbidden};
use crate::auth::policy::{forbidden, require_owner};
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{OptionalJson, ValidJson};
use crate::service::training;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(
    apply,
    my_enrolments,
    my_credits,
    worker_credits,
    withdraw,
    move_intake,
    course_enrolments,
    set_status,
    record_completion,
    issue_certificate,
    record_outcome,
    list_outcomes,
    course_performance,
    provider_performance
))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(apply)
        .service(my_enrolments)
        // Before `/workers/{id}/credits`, which would take `me` as an id.
        .service(my_credits)
        .service(worker_credits)
        .service(withdraw)
        .service(move_intake)
        .service(course_enrolments)
        .service(set_status)
        .service(record_completion)
        .service(issue_certificate)
        .service(record_outcome)
        .service(list_outcomes)
        .service(course_performance)
        .service(provider_performance);
}

/// Apply for a course (workers), in the class named by `intake_id` or, with
/// no body, the course's next open class. 409 when already applied to the
/// course, 422 when the course or class is not open or has no seats left.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path, description = "Course id")),
    request_body(content = Option<ApplyInput>, description = "Optional: the class to join"),
    responses((status = 401, body = ErrorBody), (status = 201, body = Enrolment), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/courses/{id}/enrolments")]
#[tracing::instrument(skip(state, identity, body))]
async fn apply(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: OptionalJson<ApplyInput>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    let intake_id = body.0.and_then(|b| b.intake_id);
    let enrolment = enrolments::apply(&state.db, worker_id, *id, intake_id).await?;
    tracing::info!(enrolment_id = enrolment.id, "applied for a course");
    Ok(HttpResponse::Created().json(enrolment))
}

/// The caller's enrolments, oldest first.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments",
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<Enrolment>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/me/enrolments")]
async fn my_enrolments(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(enrolments::for_worker(&state.db, worker_id).await?))
}

/// Stackable credits: for each certificate the caller has begun, "12 of 20
/// credits toward …". Modules passed at any provider count when they have
/// the same code in the same programme or teach all of a module's skills.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments",
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<CreditProgress>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/me/credits")]
async fn my_credits(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(enrolments::credits(&state.db, worker_id).await?))
}

/// A worker's stackable credits, for a counsellor they share with (logged).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path, description = "Worker id")),
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<CreditProgress>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/{id}/credits")]
async fn worker_credits(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    worker_access(&state, &identity, *id, "credits.read").await?;
    Ok(HttpResponse::Ok().json(enrolments::credits(&state.db, *id).await?))
}

/// Withdraw an application or a place not yet started (the worker).
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = Enrolment), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/enrolments/{id}/withdraw")]
#[tracing::instrument(skip(state, identity))]
async fn withdraw(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let parties = enrolments::parties(&state.db, *id).await?;
    let own = workers::id_of_user(&state.db, identity.user_id).await?;
    if identity.role != Role::Worker || own != Some(parties.worker_id) {
        return Err(forbidden());
    }
    let enrolment = enrolments::withdraw(&state.db, *id).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::Ok().json(enrolment))
}

/// Move to another class of the same course (the learner, or the course's
/// provider). Modules passed stay; a place held moves with the learner. 422
/// when the new class is full or not open, 409 when another decision takes
/// its last seat first.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)), request_body = MoveIntakeInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = Enrolment), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/enrolments/{id}/move")]
#[tracing::instrument(skip(state, identity, body))]
async fn move_intake(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<MoveIntakeInput>,
) -> ApiResult<HttpResponse> {
    let parties = enrolments::parties(&state.db, *id).await?;
    let own = workers::id_of_user(&state.db, identity.user_id).await?;
    let learner = identity.role == Role::Worker && own == Some(parties.worker_id);
    if !learner {
        require_owner(&identity, parties.provider_owner)?;
    }
    let to = body.into_inner().intake_id;
    let enrolment = enrolments::move_intake(&state.db, *id, to).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::Ok().json(enrolment))
}

/// Enrolments in a course (the owner of the course's provider). Learners
/// appear by display name only.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path, description = "Course id")),
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<Enrolment>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/courses/{id}/enrolments")]
async fn course_enrolments(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    training::course_owner(&state, &identity, *id).await?;
    Ok(HttpResponse::Ok().json(enrolments::for_course(&state.db, *id).await?))
}

/// The provider's decision: accept or reject an application, record that
/// the learner started, dropped out or completed every module. Accepting or
/// declining (with an optional `reason`) tells the learner in their inbox.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)), request_body = EnrolmentStatusInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = Enrolment), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/enrolments/{id}/status")]
#[tracing::instrument(skip(state, identity, body))]
async fn set_status(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<EnrolmentStatusInput>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let enrolment = training::decide(&state, &identity, *id, input.status, input.reason).await?;
    Ok(HttpResponse::Ok().json(enrolment))
}

/// Record a module of the course as passed (the course's provider); its
/// credits are earned. An accepted learner becomes studying.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)), request_body = CompletionInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = RecordedCompletion), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/enrolments/{id}/completions")]
#[tracing::instrument(skip(state, identity, body))]
async fn record_completion(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<CompletionInput>,
) -> ApiResult<HttpResponse> {
    let saved = training::record_module(&state, &identity, *id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(saved))
}

/// Issue the course's certificate (the course's provider). 409 with the
/// missing modules when not every module is passed.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 201, body = IssuedCertificate), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/enrolments/{id}/certificate")]
#[tracing::instrument(skip(state, identity))]
async fn issue_certificate(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let issued = training::issue_certificate(&state, &identity, *id).await?;
    Ok(HttpResponse::Created().json(issued))
}

/// Record what the learner does 0, 3 or 6 months after the course: by the
/// worker, a counsellor they share with, the course's provider, or an employer who hired them
/// (naming one of its employers; only for workers who share with employers).
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)), request_body = OutcomeInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = Outcome), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/enrolments/{id}/outcomes")]
#[tracing::instrument(skip(state, identity, body))]
async fn record_outcome(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<OutcomeInput>,
) -> ApiResult<HttpResponse> {
    let saved = training::record_outcome(&state, &identity, *id, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(saved))
}

/// Outcomes of an enrolment: for the worker, a counsellor they share with,
/// or an employer that recorded one of them.
#[utoipa::path(security(("bearer" = [])), tag = "enrolments", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<Outcome>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/enrolments/{id}/outcomes")]
async fn list_outcomes(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let parties = enrolments::parties(&state.db, *id).await?;
    if identity.role == Role::Employer {
        training::employer_may_see(&state, &parties).await?;
        if !outcomes::recorded_by(&state.db, *id, identity.user_id).await? {
            return Err(forbidden());
        }
    } else {
        worker_access_or_forbidden(&state, &identity, parties.worker_id, "outcome.read").await?;
    }
    Ok(HttpResponse::Ok().json(outcomes::for_enrolment(&state.db, *id).await?))
}

/// A course's results: enrolled, completed, certified, employment and
/// income 6 months after. Aggregates only; definitions in the response.
#[utoipa::path(tag = "courses", params(("id" = i64, Path)),
    responses((status = 200, body = Performance), (status = 404, body = ErrorBody)))]
#[get("/courses/{id}/performance")]
async fn course_performance(
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(outcomes::course_performance(&state.db, *id).await?))
}

/// A provider's results over all its courses, as for a course.
#[utoipa::path(tag = "providers", params(("id" = i64, Path)),
    responses((status = 200, body = Performance), (status = 404, body = ErrorBody)))]
#[get("/providers/{id}/performance")]
async fn provider_performance(
    state: web::Data<AppState>,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(outcomes::provider_performance(&state.db, *id).await?))
}
