use actix_web::{HttpResponse, get, web};
use hocnghe_domain::catalogue::Commune;
use hocnghe_store::repo::communes;
use utoipa::OpenApi;

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(list, get_one))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list).service(get_one);
}

/// Hanoi's 126 commune-level units (phường and xã), with centroids.
#[utoipa::path(tag = "reference", responses((status = 200, body = Vec<Commune>)))]
#[get("/communes")]
async fn list(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(communes::list(&state.db).await?))
}

#[utoipa::path(tag = "reference", params(("code" = String, Path, description = "Five-digit commune code")),
    responses((status = 200, body = Commune), (status = 404, body = ErrorBody)))]
#[get("/communes/{code}")]
async fn get_one(state: web::Data<AppState>, code: web::Path<String>) -> ApiResult<HttpResponse> {
    let commune = communes::get(&state.db, &code)
        .await?
        .ok_or_else(|| ApiError::not_found("xã/phường", "commune"))?;
    Ok(HttpResponse::Ok().json(commune))
}
