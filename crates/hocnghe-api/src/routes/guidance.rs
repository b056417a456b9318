//! Career guidance over JSON: occupations by sector group and one
//! occupation's guide, skills discovery from everyday activities, and the
//! interest explorer. The pages `/nghe`, `/kham-pha-ky-nang` and `/so-thich`
//! show the same data.

use actix_web::{HttpResponse, get, post, web};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::auth::access::{own_worker_id, worker_access};
use crate::error::{ApiResult, ErrorBody};
use crate::extract::{ValidJson, ValidQuery};
use crate::service::guidance::{
    self, ActivityView, AddedSkills, ConfirmedSkills, DiscoverInput, Discovery, Exploration,
    ExplorerAnswers, OccupationGuide, Questionnaire, SectorGroup,
};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(
    browse,
    occupation_guide,
    activities,
    discover,
    add_my_skills,
    add_worker_skills,
    questionnaire,
    explore
))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(browse)
        .service(occupation_guide)
        .service(activities)
        .service(discover)
        .service(add_my_skills)
        .service(add_worker_skills)
        .service(questionnaire)
        .service(explore);
}

/// Every occupation in four sector groups (agriculture; industry,
/// construction, mechanics and crafts; services; digital), with open
/// positions and open courses.
#[utoipa::path(tag = "guidance", responses((status = 200, body = Vec<SectorGroup>)))]
#[get("/guidance/occupations")]
async fn browse(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(guidance::browse(&state).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct GuideParams {
    /// Commune code to measure course distances from.
    commune: Option<String>,
}

/// One occupation: what the work is, its skills, open positions by commune
/// and the wage range of real demands, the courses that lead there ordered
/// as a route (shortest level and fewest credits first; empty when none is
/// offered yet) and occupations that share its skills.
#[utoipa::path(tag = "guidance", params(("code" = String, Path), GuideParams),
    responses((status = 200, body = OccupationGuide), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/guidance/occupations/{code}")]
async fn occupation_guide(
    state: web::Data<AppState>,
    code: web::Path<String>,
    params: ValidQuery<GuideParams>,
) -> ApiResult<HttpResponse> {
    let location = match params.into_inner().commune {
        Some(c) => Some(guidance::commune_location(&state, "commune", &c).await?),
        None => None,
    };
    Ok(HttpResponse::Ok().json(guidance::occupation_guide(&state, &code, location).await?))
}

/// The "Bạn đã từng làm gì?" checklist: everyday and informal activities,
/// each with the taxonomy skills it stands for.
#[utoipa::path(tag = "guidance", responses((status = 200, body = Vec<ActivityView>)))]
#[get("/guidance/activities")]
async fn activities(state: web::Data<AppState>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(guidance::activities(&state).await?))
}

/// The skills behind the activities a person ticked, for them to confirm.
/// Saves nothing.
#[utoipa::path(tag = "guidance", request_body = DiscoverInput,
    responses((status = 200, body = Discovery), (status = 422, body = ErrorBody)))]
#[post("/guidance/discover")]
async fn discover(
    state: web::Data<AppState>,
    body: ValidJson<DiscoverInput>,
) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(guidance::discover(&state, &body.into_inner()).await?))
}

/// Add skills the worker confirmed to their own profile, as self-reported.
#[utoipa::path(security(("bearer" = [])), tag = "workers", request_body = ConfirmedSkills,
    responses((status = 401, body = ErrorBody), (status = 200, body = AddedSkills), (status = 401, body = ErrorBody),
              (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/workers/me/skills/discovered")]
async fn add_my_skills(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<ConfirmedSkills>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok()
        .json(guidance::add_confirmed(&state, worker_id, &body.into_inner()).await?))
}

/// A counsellor running discovery with a worker who shares with counsellors
/// adds the skills the worker confirmed (written to the worker's audit log).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path)), request_body = ConfirmedSkills,
    responses((status = 401, body = ErrorBody), (status = 200, body = AddedSkills), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/workers/{id}/skills/discovered")]
async fn add_worker_skills(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<ConfirmedSkills>,
) -> ApiResult<HttpResponse> {
    worker_access(&state, &identity, *id, "skills.discovered").await?;
    Ok(HttpResponse::Ok().json(guidance::add_confirmed(&state, *id, &body.into_inner()).await?))
}

/// The interest explorer's six themes and its statements.
#[utoipa::path(tag = "guidance", responses((status = 200, body = Questionnaire)))]
#[get("/guidance/interests")]
async fn questionnaire() -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(guidance::questionnaire()?))
}

/// Score the answers (each theme: its answers over the highest possible)
/// and rank occupations by fit × (0.5 + 0.5·demand) × (0.75 + 0.25·training).
#[utoipa::path(tag = "guidance", request_body = ExplorerAnswers,
    responses((status = 200, body = Exploration), (status = 422, body = ErrorBody)))]
#[post("/guidance/interests")]
async fn explore(
    state: web::Data<AppState>,
    body: ValidJson<ExplorerAnswers>,
) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(guidance::explore(&state, &body.into_inner()).await?))
}
