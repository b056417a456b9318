use actix_web::{HttpResponse, delete, get, post, put, web};
use hocnghe_domain::catalogue::{Course, CourseInput, Page, PageParams};
use hocnghe_domain::{CourseLevel, CourseStatus, DeliveryMode};
use hocnghe_store::repo::courses::{self, CourseFilter};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{ValidJson, ValidQuery};
use crate::service::training;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(list, create, get_one, update, remove))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(update)
        .service(remove);
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    provider_id: Option<i64>,
    /// Commune code where the course is taught.
    commune: Option<String>,
    /// Occupation code.
    occupation: Option<String>,
    level: Option<CourseLevel>,
    mode: Option<DeliveryMode>,
    status: Option<CourseStatus>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Courses with their modules, oldest first. For ranked text search use `/courses/search`.
#[utoipa::path(tag = "courses", params(ListParams),
    responses((status = 200, body = Page<Course>), (status = 422, body = ErrorBody)))]
#[get("/courses")]
async fn list(
    state: web::Data<AppState>,
    params: ValidQuery<ListParams>,
) -> ApiResult<HttpResponse> {
    let p = params.into_inner();
    let page = PageParams {
        page: p.page,
        per_page: p.per_page,
    }
    .validate()?;
    let filter = CourseFilter {
        provider_id: p.provider_id,
        commune_code: p.commune,
        occupation_code: p.occupation,
        level: p.level,
        delivery_mode: p.mode,
        status: p.status,
    };
    Ok(HttpResponse::Ok().json(courses::list(&state.db, &filter, page).await?))
}

/// Create a course with its modules.
#[utoipa::path(security(("bearer" = [])), tag = "courses", request_body = CourseInput,
    responses((status = 201, body = Course), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/courses")]
#[tracing::instrument(skip_all)]
async fn create(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<CourseInput>,
) -> ApiResult<HttpResponse> {
    let course = training::create_course(&state, &identity, body.into_inner()).await?;
    Ok(HttpResponse::Created().json(course))
}

#[utoipa::path(tag = "courses", params(("id" = i64, Path)),
    responses((status = 200, body = Course), (status = 404, body = ErrorBody)))]
#[get("/courses/{id}")]
async fn get_one(state: web::Data<AppState>, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(courses::get(&state.db, *id).await?))
}

/// Replace a course; modules are matched by code.
#[utoipa::path(security(("bearer" = [])), tag = "courses", params(("id" = i64, Path)), request_body = CourseInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = Course), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/courses/{id}")]
#[tracing::instrument(skip(state, identity, body))]
async fn update(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<CourseInput>,
) -> ApiResult<HttpResponse> {
    let course = training::update_course(&state, &identity, *id, body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(course))
}

#[utoipa::path(security(("bearer" = [])), tag = "courses", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[delete("/courses/{id}")]
#[tracing::instrument(skip(state, identity))]
async fn remove(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    training::course_owner(&state, &identity, *id).await?;
    courses::delete(&state.db, *id).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::NoContent().finish())
}
