use actix_web::{HttpResponse, delete, get, post, put, web};
use hocnghe_domain::catalogue::{Demand, DemandInput, Page, PageParams};
use hocnghe_domain::proposals::{DemandProposal, OwnedDemand};
use hocnghe_domain::{DemandStatus, EmploymentType, Role};
use hocnghe_store::repo::demands::{self, DemandFilter};
use hocnghe_store::repo::{demand_proposals, employers};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::auth::policy::{require_owner, require_parent_owner, require_role};
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(list, create, get_one, update, remove, proposed_skills))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list)
        .service(create)
        .service(get_one)
        .service(proposed_skills)
        .service(update)
        .service(remove);
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    employer_id: Option<i64>,
    /// Commune code where the work is.
    commune: Option<String>,
    /// Occupation code.
    occupation: Option<String>,
    /// Skill code.
    skill: Option<String>,
    employment_type: Option<EmploymentType>,
    status: Option<DemandStatus>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Employers' skill demands, oldest first. For ranked text search use `/demands/search`.
#[utoipa::path(tag = "demands", params(ListParams),
    responses((status = 200, body = Page<Demand>), (status = 422, body = ErrorBody)))]
#[get("/demands")]
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
    let filter = DemandFilter {
        employer_id: p.employer_id,
        commune_code: p.commune,
        occupation_code: p.occupation,
        skill_code: p.skill,
        employment_type: p.employment_type,
        status: p.status,
    };
    Ok(HttpResponse::Ok().json(demands::list(&state.db, &filter, page).await?))
}

/// Post a skill demand: what skills, where, how many, at what wage. Skills
/// may also be typed in words (`proposed_skills`): the ones the list lacks
/// come back in `proposed_skills`, awaiting an admin's review.
#[utoipa::path(security(("bearer" = [])), tag = "demands", request_body = DemandInput,
    responses((status = 201, body = OwnedDemand), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/demands")]
#[tracing::instrument(skip_all)]
async fn create(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<DemandInput>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Employer])?;
    let input = body.into_inner().validate()?;
    require_parent_owner(
        &identity,
        employers::owner(&state.db, input.employer_id).await,
    )?;
    let input = crate::service::skills::settle_demand_skills(&state, input).await?;
    let demand = demands::create(&state.db, input).await?;
    state.search.indexer.poke();
    tracing::info!(demand_id = demand.id, "demand created");
    Ok(HttpResponse::Created().json(owned(&state, demand).await?))
}

#[utoipa::path(tag = "demands", params(("id" = i64, Path)),
    responses((status = 200, body = Demand), (status = 404, body = ErrorBody)))]
#[get("/demands/{id}")]
async fn get_one(state: web::Data<AppState>, id: web::Path<i64>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(demands::get(&state.db, *id).await?))
}

/// Replace a demand. Without `proposed_skills` its pending proposals are
/// kept; with it they become the ones listed that the list lacks.
#[utoipa::path(security(("bearer" = [])), tag = "demands", params(("id" = i64, Path)), request_body = DemandInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = OwnedDemand), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/demands/{id}")]
#[tracing::instrument(skip(state, identity, body))]
async fn update(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<DemandInput>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, demands::owner(&state.db, *id).await?)?;
    let input = body.into_inner().validate()?;
    require_parent_owner(
        &identity,
        employers::owner(&state.db, input.employer_id).await,
    )?;
    let input = crate::service::skills::settle_demand_skills(&state, input).await?;
    let demand = demands::update(&state.db, *id, input).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::Ok().json(owned(&state, demand).await?))
}

#[utoipa::path(security(("bearer" = [])), tag = "demands", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[delete("/demands/{id}")]
#[tracing::instrument(skip(state, identity))]
async fn remove(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, demands::owner(&state.db, *id).await?)?;
    demands::delete(&state.db, *id).await?;
    state.search.indexer.poke();
    Ok(HttpResponse::NoContent().finish())
}

/// The demand's skills proposed in free text and awaiting review ("đề xuất
/// – chờ duyệt"; only the employer who owns it). Not used for matching until
/// an admin merges or approves them; a rejected one is gone.
#[utoipa::path(security(("bearer" = [])), tag = "demands", params(("id" = i64, Path)),
    responses((status = 200, body = Vec<DemandProposal>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/demands/{id}/proposed-skills")]
async fn proposed_skills(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_owner(&identity, demands::owner(&state.db, *id).await?)?;
    Ok(HttpResponse::Ok().json(demand_proposals::pending_for_demand(&state.db, *id).await?))
}

async fn owned(state: &AppState, demand: Demand) -> ApiResult<OwnedDemand> {
    Ok(OwnedDemand {
        proposed_skills: demand_proposals::pending_for_demand(&state.db, demand.id).await?,
        demand,
    })
}
