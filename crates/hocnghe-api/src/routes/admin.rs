//! Administration: accounts of every role.

use actix_web::{HttpResponse, get, post, web};
use hocnghe_domain::Role;
use hocnghe_domain::accounts::{Account, NewAccountInput};
use hocnghe_domain::catalogue::{Page, PageParams};
use hocnghe_domain::proposals::{DecisionOutcome, ProposalGroup, SkillDecision};
use hocnghe_store::repo::proposed_skills as proposals;
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::auth::accounts::{CreatedAccount, create_account, list_for_admin, set_disabled};
use crate::auth::policy::require_role;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(
    list_users,
    create_user,
    disable_user,
    enable_user,
    proposed_skills,
    decide_proposed_skill
))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_users)
        .service(create_user)
        .service(disable_user)
        .service(enable_user)
        .service(proposed_skills)
        .service(decide_proposed_skill);
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserParams {
    role: Option<Role>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Accounts (admins only). Workers' phone numbers and emails are null here:
/// admins do not see workers' personal data.
#[utoipa::path(security(("bearer" = [])), tag = "admin", params(UserParams),
    responses((status = 200, body = Page<Account>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/admin/users")]
async fn list_users(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<UserParams>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Admin])?;
    let p = params.into_inner();
    let page = PageParams {
        page: p.page,
        per_page: p.per_page,
    }
    .validate()?;
    Ok(HttpResponse::Ok().json(list_for_admin(&state.db, p.role, page).await?))
}

/// Create an account of any role (admins only), e.g. a counsellor.
#[utoipa::path(security(("bearer" = [])), tag = "admin", request_body = NewAccountInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = CreatedAccount), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/admin/users")]
#[tracing::instrument(skip_all)]
async fn create_user(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<NewAccountInput>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Admin])?;
    state.rate_limits.check_made_for_others(identity.user_id)?;
    let created = create_account(&state.db, body.into_inner(), Some(identity.user_id)).await?;
    Ok(HttpResponse::Created().json(created))
}

/// Disable an account and end its sessions (admins only). The last active
/// admin cannot be disabled (409).
#[utoipa::path(security(("bearer" = [])), tag = "admin", params(("id" = i64, Path)),
    responses((status = 200, body = Account), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/admin/users/{id}/disable")]
async fn disable_user(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Admin])?;
    let account = set_disabled(&state.db, *id, true, identity.user_id).await?;
    Ok(HttpResponse::Ok().json(account))
}

#[utoipa::path(security(("bearer" = [])), tag = "admin", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = Account), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[post("/admin/users/{id}/enable")]
async fn enable_user(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Admin])?;
    let account = set_disabled(&state.db, *id, false, identity.user_id).await?;
    Ok(HttpResponse::Ok().json(account))
}

/// Skills proposed in free text (by workers on their profiles, by employers
/// on their demands) and awaiting review, grouped by their unaccented words,
/// the most held first (admins only). Only labels and counts: no worker is
/// shown.
#[utoipa::path(security(("bearer" = [])), tag = "admin",
    responses((status = 200, body = Vec<ProposalGroup>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/admin/skills/proposed")]
async fn proposed_skills(
    state: web::Data<AppState>,
    identity: Identity,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Admin])?;
    Ok(HttpResponse::Ok().json(proposals::pending_groups(&state.db).await?))
}

/// Decide a proposal and every pending one with the same words: merge into
/// an existing skill, approve as a new local skill, or reject (admins only).
/// Workers are told in their inbox; a merged or approved skill is then used
/// for matching, and demands that proposed it now ask for it (re-indexed).
#[utoipa::path(security(("bearer" = [])), tag = "admin", params(("id" = i64, Path, description = "A proposal of the group")),
    request_body = SkillDecision,
    responses((status = 200, body = DecisionOutcome), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/admin/skills/proposed/{id}/decision")]
#[tracing::instrument(skip_all, fields(proposal = *id))]
async fn decide_proposed_skill(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<SkillDecision>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Admin])?;
    let decision = body.into_inner().validate()?;
    let outcome = crate::service::skills::decide(&state, *id, decision, identity.user_id).await?;
    tracing::info!(
        status = outcome.status.as_str(),
        profiles = outcome.profiles,
        demands = outcome.demands,
        "proposed skill decided"
    );
    Ok(HttpResponse::Ok().json(outcome))
}
