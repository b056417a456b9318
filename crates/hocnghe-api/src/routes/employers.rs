use actix_web::{HttpResponse, delete, get, post, put, web};
use hocnghe_domain::catalogue::{Employer, EmployerInput, Page, PageParams};
use hocnghe_domain::{EmployerKind, Role};
use hocnghe_store::repo::employers::{self, EmployerFilter};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::policy::{require_owner, require_role};
use crate::auth::{Identity, MaybeIdentity};
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{ValidJson, ValidQuery};
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
    /// Commune code.
    commune: Option<String>,
    kind: Option<EmployerKind>,
    /// Only the caller's own (requires login).
    mine: Option<bool>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Training employers.
#[utoipa::path(tag = "employers", params(ListParams),
    responses((status = 401, body = ErrorBody, description = "`mine=true` without a session"), (status = 200, body = Page<Employer>), (status = 422, body = ErrorBody)))]
#[get("/employers")]
async fn list(
    state: web::Data<AppState>,
    identity: MaybeIdentity,
    params: ValidQuery<ListParams>,
) -> ApiResult<HttpResponse> {
    let params = params.into_inner();
    let page = PageParams {
        page: params.page,
        per_page: params.per_page,
    }
    .validate()?;
    let owner_user_id = match (params.mine, identity.0) {
        (Some(true), Some(me)) => Some(me.user_id),
        (Some(true), None) => return Err(crate::auth::identity::unauthenticated()),
        _ => None,
    };
    let filter = EmployerFilter {
        commune_code: params.commune,
        kind: params.kind,
        owner_user_id,
    };
    Ok(HttpResponse::Ok().json(employers::list(&state.db, &filter, page).await?))
}

#[utoipa::path(security(("bearer" = [])), tag = "employers", request_body = EmployerInput,
    responses((status = 201, body = Employer), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/employers")]
#[tracing::instrument(skip_all)]
async fn create(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<EmployerInput>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Employer])?;
    let input = body.into_inner().validate()?;
    let employer = employers::create(&state.db, input, Some(identity.user_id)).await?;
    tracing::info!(employer_id = employer.id, "employer created");
    Ok(HttpResponse::Created().json(employer))
}

#[utoipa::path(tag = "employers", params(("id" = i64, Path)),
    responses((status = 200, body = Employer), (status = 404, body = ErrorBody)))]
#[get("/employers/{id}")]
async fn get_one(state: web::Data<AppState>, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(employers::get(&state.db, *id).await?))
}

/// Replace an employer.
#[utoipa::path(security(("bearer" = [])), tag = "employers", params(("id" = i64, Path)), request_body = EmployerInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = Employer), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/employers/{id}")]
#[tracing::instrument(skip(state, identity, body))]
async fn update(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<EmployerInput>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, employers::owner(&state.db, *id).await?)?;
    let input = body.into_inner().validate()?;
    // Its demands show the employer's name: they are queued for re-indexing.
    let employer = employers::update(&state.db, *id, input).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::Ok().json(employer))
}

/// Delete an employer that has no demands (409 otherwise).
#[utoipa::path(security(("bearer" = [])), tag = "employers", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[delete("/employers/{id}")]
#[tracing::instrument(skip(state, identity))]
async fn remove(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, employers::owner(&state.db, *id).await?)?;
    employers::delete(&state.db, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
