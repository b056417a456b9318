//! The benchmark's PostgreSQL full-text baseline, served like the real search
//! (same parameters, validation and page shape) under `/api/v1/bench/pg/…`.
//! Registered only with `search.enable_pg_baseline = true`, after
//! `hocnghe bench pg-setup`; never part of the documented API.

use actix_web::{HttpResponse, get, web};
use hocnghe_search::SearchIndex;
use hocnghe_store::repo::fts_baseline::{
    self, FtsCourseFilters, FtsDemandFilters, FtsFilters, FtsResults,
};
use serde::Serialize;

use crate::error::ApiResult;
use crate::extract::ValidQuery;
use crate::service::search::{
    CourseSearchParams, DemandSearchParams, SearchPage, course_query, demand_query,
};
use crate::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(courses).service(demands);
}

#[derive(Debug, Serialize)]
struct BaselineHit {
    id: i64,
    score: f32,
    title: String,
}

fn filters(
    index: &SearchIndex,
    q: Option<String>,
    commune: Option<&str>,
    radius_km: Option<f64>,
    occupation: Option<String>,
    skill: Option<String>,
    (page, per_page): (u32, u32),
) -> FtsFilters {
    // The same exact radius filter as the index: communes whose centroid is within it.
    let communes = match (commune, radius_km) {
        (Some(code), Some(radius)) => {
            Some(index.locator().within(code, radius).unwrap_or_default())
        }
        _ => None,
    };
    FtsFilters {
        q,
        communes,
        occupation,
        skill,
        offset: u64::from(page.saturating_sub(1)) * u64::from(per_page),
        limit: u64::from(per_page),
    }
}

fn page(found: FtsResults, page: u32, per_page: u32) -> SearchPage<BaselineHit> {
    SearchPage {
        total: usize::try_from(found.total).unwrap_or(usize::MAX),
        page,
        per_page,
        hits: found
            .hits
            .into_iter()
            .map(|h| BaselineHit {
                id: h.id,
                score: h.rank,
                title: h.title,
            })
            .collect(),
        facets: found.facets,
        relaxed: None,
        place: None,
        intent: None,
        near: None,
    }
}

#[get("/bench/pg/courses/search")]
async fn courses(
    state: web::Data<AppState>,
    params: ValidQuery<CourseSearchParams>,
) -> ApiResult<HttpResponse> {
    let q = course_query(&state.search.index, params.into_inner())?;
    let common = filters(
        &state.search.index,
        q.q,
        q.commune.as_deref(),
        q.radius_km,
        q.occupation,
        q.skill,
        (q.page, q.per_page),
    );
    let course = FtsCourseFilters {
        level: q.level.map(|v| v.as_str().to_owned()),
        mode: q.mode.map(|v| v.as_str().to_owned()),
        max_fee: q.max_fee,
        starts_after: q.starts_after,
    };
    let found = fts_baseline::search_courses(&state.db, &common, &course).await?;
    Ok(HttpResponse::Ok().json(page(found, q.page, q.per_page)))
}

#[get("/bench/pg/demands/search")]
async fn demands(
    state: web::Data<AppState>,
    params: ValidQuery<DemandSearchParams>,
) -> ApiResult<HttpResponse> {
    let q = demand_query(&state.search.index, params.into_inner())?;
    let common = filters(
        &state.search.index,
        q.q,
        q.commune.as_deref(),
        q.radius_km,
        q.occupation,
        q.skill,
        (q.page, q.per_page),
    );
    let demand = FtsDemandFilters {
        employment_type: q.employment_type.map(|v| v.as_str().to_owned()),
        min_wage: q.min_wage,
        active_on: q.active_on,
    };
    let found = fts_baseline::search_demands(&state.db, &common, &demand).await?;
    Ok(HttpResponse::Ok().json(page(found, q.page, q.per_page)))
}
