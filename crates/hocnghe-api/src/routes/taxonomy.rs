use actix_web::{HttpResponse, get, web};
use hocnghe_domain::catalogue::{Occupation, Page, PageParams, Skill};
use hocnghe_domain::{Sector, SkillGroup};
use hocnghe_store::repo::taxonomy::{self, OccupationFilter, SkillFilter};
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(list_skills, get_skill, list_occupations, get_occupation))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(list_skills)
        .service(get_skill)
        .service(list_occupations)
        .service(get_occupation);
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SkillParams {
    /// Skill group, e.g. `digital`, `green_agriculture`.
    group: Option<SkillGroup>,
    /// Only skills this occupation needs (occupation code).
    occupation: Option<String>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Skills of the taxonomy.
#[utoipa::path(tag = "reference", params(SkillParams),
    responses((status = 200, body = Page<Skill>), (status = 422, body = ErrorBody)))]
#[get("/skills")]
async fn list_skills(
    state: web::Data<AppState>,
    params: ValidQuery<SkillParams>,
) -> ApiResult<HttpResponse> {
    let params = params.into_inner();
    let page = PageParams {
        page: params.page,
        per_page: params.per_page,
    }
    .validate()?;
    let filter = SkillFilter {
        group: params.group,
        occupation_code: params.occupation,
    };
    Ok(HttpResponse::Ok().json(taxonomy::list_skills(&state.db, &filter, page).await?))
}

#[utoipa::path(tag = "reference", params(("code" = String, Path)),
    responses((status = 200, body = Skill), (status = 404, body = ErrorBody)))]
#[get("/skills/{code}")]
async fn get_skill(state: web::Data<AppState>, code: web::Path<String>) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(taxonomy::get_skill(&state.db, &code).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OccupationParams {
    sector: Option<Sector>,
    /// ISCO-08 unit group, e.g. `7231`.
    isco: Option<String>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Occupations of the taxonomy.
#[utoipa::path(tag = "reference", params(OccupationParams),
    responses((status = 200, body = Page<Occupation>), (status = 422, body = ErrorBody)))]
#[get("/occupations")]
async fn list_occupations(
    state: web::Data<AppState>,
    params: ValidQuery<OccupationParams>,
) -> ApiResult<HttpResponse> {
    let params = params.into_inner();
    let page = PageParams {
        page: params.page,
        per_page: params.per_page,
    }
    .validate()?;
    let filter = OccupationFilter {
        sector: params.sector,
        isco_code: params.isco,
    };
    Ok(HttpResponse::Ok().json(taxonomy::list_occupations(&state.db, &filter, page).await?))
}

/// One occupation with the skills it needs (essential first).
#[utoipa::path(tag = "reference", params(("code" = String, Path)),
    responses((status = 200, body = Occupation), (status = 404, body = ErrorBody)))]
#[get("/occupations/{code}")]
async fn get_occupation(
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(taxonomy::get_occupation(&state.db, &code).await?))
}
