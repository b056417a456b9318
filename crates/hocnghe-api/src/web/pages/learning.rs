//! A worker's learning: enrolments, credits toward certificates, certificates.

use actix_web::get;
use actix_web::http::StatusCode;
use actix_web::web;
use askama::Template;
use hocnghe_domain::enrolments::{CreditProgress, Enrolment};
use hocnghe_domain::workers::Certificate;
use hocnghe_store::repo::{enrolments, workers};

use super::signed_in;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageResult, page};

#[derive(Template)]
#[template(path = "learning.html")]
struct LearningPage {
    ctx: Ctx,
    has_profile: bool,
    enrolments: Vec<Enrolment>,
    credits: Vec<CreditProgress>,
    certificates: Vec<Certificate>,
}

#[get("/me/learning")]
async fn learning(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let (enrolments, credits, certificates) = match worker_id {
        Some(id) => (
            enrolments::for_worker(&state.db, id).await.or_page(&ctx)?,
            enrolments::credits(&state.db, id).await.or_page(&ctx)?,
            workers::load(&state.db, id)
                .await
                .or_page(&ctx)?
                .certificates,
        ),
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    page(
        &ctx,
        StatusCode::OK,
        &LearningPage {
            ctx: ctx.clone(),
            has_profile: worker_id.is_some(),
            enrolments,
            credits,
            certificates,
        },
    )
}
