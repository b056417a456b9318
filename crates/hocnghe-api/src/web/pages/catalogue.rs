//! Course and job pages.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use askama::Template;
use hocnghe_domain::catalogue::{Course, Demand, Provider};
use hocnghe_store::repo::{courses, demands, providers};

use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageResult, page};

#[derive(Template)]
#[template(path = "course.html")]
struct CoursePage {
    ctx: Ctx,
    course: Course,
    provider: Option<Provider>,
}

#[get("/courses/{id}")]
async fn course(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let course = courses::get(&state.db, *id).await.or_page(&ctx)?;
    let provider = providers::get(&state.db, course.provider_id).await.ok();
    page(
        &ctx,
        StatusCode::OK,
        &CoursePage {
            ctx: ctx.clone(),
            course,
            provider,
        },
    )
}

#[derive(Template)]
#[template(path = "job.html")]
struct JobPage {
    ctx: Ctx,
    demand: Demand,
}

#[get("/jobs/{id}")]
async fn job(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let demand = demands::get(&state.db, *id).await.or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &JobPage {
            ctx: ctx.clone(),
            demand,
        },
    )
}
