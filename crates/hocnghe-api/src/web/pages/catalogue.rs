//! Course and job pages.

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::Role;
use hocnghe_domain::catalogue::{Course, Demand, Provider};
use hocnghe_domain::enrolments::Enrolment;
use hocnghe_store::repo::{courses, demands, enrolments, providers, workers};

use crate::auth::access::no_profile;
use crate::auth::identity::unauthenticated;
use crate::auth::policy::forbidden;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

#[derive(Template)]
#[template(path = "course.html")]
struct CoursePage {
    ctx: Ctx,
    course: Course,
    provider: Option<Provider>,
    /// The logged-in worker's enrolment in this course.
    enrolment: Option<Enrolment>,
}

#[get("/courses/{id}")]
async fn course(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let course = courses::get(&state.db, *id).await.or_page(&ctx)?;
    let provider = providers::get(&state.db, course.provider_id).await.ok();
    let enrolment = match ctx.user.as_ref().filter(|u| u.role == Role::Worker) {
        Some(user) => match workers::id_of_user(&state.db, user.user_id)
            .await
            .or_page(&ctx)?
        {
            Some(worker_id) => enrolments::of_worker_in_course(&state.db, worker_id, course.id)
                .await
                .or_page(&ctx)?,
            None => None,
        },
        None => None,
    };
    page(
        &ctx,
        StatusCode::OK,
        &CoursePage {
            ctx: ctx.clone(),
            course,
            provider,
            enrolment,
        },
    )
}

/// The course page's "Enrol" button (logged-in workers with a profile).
#[post("/courses/{id}/enrol")]
async fn enrol(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, unauthenticated()))?;
    if user.role != Role::Worker {
        return Err(PageError::new(&ctx, forbidden()));
    }
    let worker_id = workers::id_of_user(&state.db, user.user_id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| PageError::new(&ctx, no_profile()))?;
    enrolments::apply(&state.db, worker_id, *id)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!("/courses/{}", *id)))
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
