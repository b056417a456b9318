use actix_web::{HttpResponse, delete, get, post, put, web};
use hocnghe_domain::catalogue::{Page, PageParams, Provider, ProviderInput};
use hocnghe_domain::{ProviderKind, Role};
use hocnghe_store::repo::providers::{self, ProviderFilter};
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
    kind: Option<ProviderKind>,
    /// Only the caller's own (requires login).
    mine: Option<bool>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Training providers.
#[utoipa::path(tag = "providers", params(ListParams),
    responses((status = 401, body = ErrorBody, description = "`mine=true` without a session"), (status = 200, body = Page<Provider>), (status = 422, body = ErrorBody)))]
#[get("/providers")]
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
    let filter = ProviderFilter {
        commune_code: params.commune,
        kind: params.kind,
        owner_user_id,
    };
    Ok(HttpResponse::Ok().json(providers::list(&state.db, &filter, page).await?))
}

#[utoipa::path(security(("bearer" = [])), tag = "providers", request_body = ProviderInput,
    responses((status = 201, body = Provider), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/providers")]
#[tracing::instrument(skip_all)]
async fn create(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<ProviderInput>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Provider])?;
    let input = body.into_inner().validate()?;
    let provider = providers::create(&state.db, input, Some(identity.user_id)).await?;
    tracing::info!(provider_id = provider.id, "provider created");
    Ok(HttpResponse::Created().json(provider))
}

#[utoipa::path(tag = "providers", params(("id" = i64, Path)),
    responses((status = 200, body = Provider), (status = 404, body = ErrorBody)))]
#[get("/providers/{id}")]
async fn get_one(state: web::Data<AppState>, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(providers::get(&state.db, *id).await?))
}

/// Replace a provider.
#[utoipa::path(security(("bearer" = [])), tag = "providers", params(("id" = i64, Path)), request_body = ProviderInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = Provider), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/providers/{id}")]
#[tracing::instrument(skip(state, identity, body))]
async fn update(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<ProviderInput>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, providers::owner(&state.db, *id).await?)?;
    let input = body.into_inner().validate()?;
    // Its courses show the provider's name: they are queued for re-indexing.
    let provider = providers::update(&state.db, *id, input).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::Ok().json(provider))
}

/// Delete a provider that has no courses (409 otherwise).
#[utoipa::path(security(("bearer" = [])), tag = "providers", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[delete("/providers/{id}")]
#[tracing::instrument(skip(state, identity))]
async fn remove(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, providers::owner(&state.db, *id).await?)?;
    providers::delete(&state.db, *id).await?;
    Ok(HttpResponse::NoContent().finish())
}
