use actix_web::http::StatusCode;
use actix_web::{get, web};
use askama::Template;
use hocnghe_store::repo::stats;

use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageResult, page};

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    ctx: Ctx,
    courses: u64,
    positions: i64,
}

#[get("/")]
async fn home(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let (courses, positions) = stats::catalogue_totals(&state.db, crate::web::ctx::hanoi_today())
        .await
        .or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &Home {
            ctx: ctx.clone(),
            courses,
            positions,
        },
    )
}
