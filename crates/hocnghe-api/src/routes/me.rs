//! The worker's saved searches and skills passport with its share links.

use actix_web::{HttpResponse, delete, get, post, web};
use hocnghe_domain::passport::{NewShareLink, Passport, ShareLink, ShareLinkInput};
use hocnghe_domain::saved_searches::{SavedSearch, SavedSearchInput};
use hocnghe_store::repo::{passport, saved_searches};
use utoipa::OpenApi;

use crate::auth::Identity;
use crate::auth::access::own_worker_id;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidJson;
use crate::service;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(
    list_searches,
    save_search,
    delete_search,
    my_passport,
    list_links,
    create_link,
    revoke_link
))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_searches)
        .service(save_search)
        .service(delete_search)
        .service(my_passport)
        .service(list_links)
        .service(create_link)
        .service(revoke_link);
}

/// The caller's saved searches (at most 20), newest first.
#[utoipa::path(security(("bearer" = [])), tag = "workers",
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<SavedSearch>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/me/saved-searches")]
async fn list_searches(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(saved_searches::for_worker(&state.db, worker_id).await?))
}

/// Save a course or job search. A background run then posts one inbox
/// message per run when courses with new classes or new jobs match it.
/// The parameters are checked as the search checks them (422 with the
/// fields); 422 `limit_reached` beyond 20 saved searches.
#[utoipa::path(security(("bearer" = [])), tag = "workers", request_body = SavedSearchInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = SavedSearch), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/me/saved-searches")]
#[tracing::instrument(skip(state, identity, body))]
async fn save_search(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<SavedSearchInput>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    let saved = service::saved_searches::save(&state, worker_id, body.into_inner()).await?;
    tracing::info!(saved_search = saved.id, "search saved");
    Ok(HttpResponse::Created().json(saved))
}

/// Delete one of the caller's saved searches (404 for anyone else's).
#[utoipa::path(security(("bearer" = [])), tag = "workers", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[delete("/me/saved-searches/{id}")]
#[tracing::instrument(skip(state, identity))]
async fn delete_search(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    saved_searches::delete(&state.db, worker_id, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The caller's skills passport: skills, modules passed and certificates,
/// each `verified` (recorded or issued by a provider) or `declared`.
#[utoipa::path(security(("bearer" = [])), tag = "workers",
    responses((status = 401, body = ErrorBody), (status = 200, body = Passport), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/me/passport")]
async fn my_passport(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(passport::load(&state.db, worker_id).await?))
}

/// The caller's passport share links, newest first (tokens are never shown again).
#[utoipa::path(security(("bearer" = [])), tag = "workers",
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<ShareLink>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/me/passport/links")]
async fn list_links(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(passport::links(&state.db, worker_id).await?))
}

/// Make a link that shows the passport (without personal data) to anyone
/// who has it, for 7, 30 or 90 days; each view is written to the caller's
/// access log. At most 10 live links (422 `limit_reached`).
#[utoipa::path(security(("bearer" = [])), tag = "workers", request_body = ShareLinkInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = NewShareLink), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/me/passport/links")]
#[tracing::instrument(skip(state, identity, body))]
async fn create_link(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<ShareLinkInput>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    let link = service::passport::create_link(&state, worker_id, &body.into_inner()).await?;
    Ok(HttpResponse::Created().json(link))
}

/// Revoke one of the caller's share links: it stops working at once.
#[utoipa::path(security(("bearer" = [])), tag = "workers", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = ShareLink), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[post("/me/passport/links/{id}/revoke")]
#[tracing::instrument(skip(state, identity))]
async fn revoke_link(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(passport::revoke(&state.db, worker_id, *id).await?))
}
