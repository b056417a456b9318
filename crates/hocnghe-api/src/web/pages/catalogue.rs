//! Course and job pages.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::applications::{Application, ApplicationInput};
use hocnghe_domain::catalogue::{Course, Demand, Employer, Provider};
use hocnghe_domain::enrolments::Enrolment;
use hocnghe_domain::{ApplicationStatus, DemandStatus, FieldError};
use hocnghe_store::repo::{applications, courses, demands, employers, enrolments, providers};

use super::job_fit::{self, JobFit};
use super::signed_in;
use crate::auth::policy::forbidden;
use crate::error::ApiError;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormFields;
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

impl CoursePage {
    /// What the course provides for learners with disabilities, in the
    /// page's language; empty when the provider has not said.
    fn accessibility(&self) -> String {
        let needs = &self.course.accessibility;
        if self.ctx.en() {
            hocnghe_domain::provisions_en(needs)
        } else {
            hocnghe_domain::provisions_vi(needs)
        }
    }
}

#[get("/courses/{id}")]
async fn course(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let course = courses::get(&state.db, *id).await.or_page(&ctx)?;
    let provider = providers::get(&state.db, course.provider_id).await.ok();
    let enrolment = match signed_in::visiting_worker(&state, &ctx).await? {
        Some(worker_id) => enrolments::of_worker_in_course(&state.db, worker_id, course.id)
            .await
            .or_page(&ctx)?,
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

/// The course page's "Enrol in this class" buttons (logged-in workers with a
/// profile); without `intake_id`, the course's next open class.
#[post("/courses/{id}/enrol")]
async fn enrol(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let intake_id = intake_field(&ctx, &body)?;
    enrolments::apply(&state.db, worker_id, *id, intake_id)
        .await
        .or_page(&ctx)?;
    state.search.indexer.poke();
    Ok(redirect(&format!("/courses/{}", *id)))
}

/// The course page's "Move to this class" buttons, for the worker's own place.
#[post("/courses/{id}/move")]
async fn move_class(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let Some(intake_id) = intake_field(&ctx, &body)? else {
        return Err(PageError::new(
            &ctx,
            ApiError::field(FieldError::required("intake_id")),
        ));
    };
    let enrolment = enrolments::of_worker_in_course(&state.db, worker_id, *id)
        .await
        .or_page(&ctx)?
        .ok_or_else(|| PageError::new(&ctx, forbidden()))?;
    enrolments::move_intake(&state.db, enrolment.id, intake_id)
        .await
        .or_page(&ctx)?;
    state.search.indexer.poke();
    Ok(redirect(&format!("/courses/{}", *id)))
}

fn intake_field(ctx: &Ctx, body: &[u8]) -> Result<Option<i64>, PageError> {
    let raw = FormFields::parse(body).one("intake_id");
    if raw.trim().is_empty() {
        return Ok(None);
    }
    raw.trim().parse().map(Some).map_err(|_| {
        PageError::new(
            ctx,
            ApiError::field(FieldError::invalid(
                "intake_id",
                "Lớp không hợp lệ.",
                "Not a valid class.",
            )),
        )
    })
}

#[derive(Template)]
#[template(path = "job.html")]
struct JobPage {
    ctx: Ctx,
    demand: Demand,
    /// The logged-in worker's application to this job, unless withdrawn.
    application: Option<Application>,
    has_profile: bool,
    /// A worker with a profile, no live application, and the job open.
    can_apply: bool,
    /// For a signed-in worker with a profile: distance and skills.
    fit: Option<JobFit>,
    /// The business's own contact, shown to signed-in workers.
    employer: Option<Employer>,
}

#[get("/jobs/{id}")]
async fn job(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let demand = demands::get(&state.db, *id).await.or_page(&ctx)?;
    let worker_id = signed_in::visiting_worker(&state, &ctx).await?;
    let application = match worker_id {
        Some(worker_id) => applications::of_worker_for_demand(&state.db, worker_id, demand.id)
            .await
            .or_page(&ctx)?
            .filter(|a| a.status != ApplicationStatus::Withdrawn),
        None => None,
    };
    let open = demand.status == DemandStatus::Open
        && demand
            .expires_on
            .is_none_or(|last| last >= crate::web::ctx::hanoi_today());
    let can_apply = worker_id.is_some() && application.is_none() && open;
    let fit = match worker_id {
        Some(worker_id) => Some(
            job_fit::for_worker(&state, worker_id, &demand)
                .await
                .or_page(&ctx)?,
        ),
        None => None,
    };
    let employer = if ctx.is("worker") {
        employers::get(&state.db, demand.employer_id).await.ok()
    } else {
        None
    };
    page(
        &ctx,
        StatusCode::OK,
        &JobPage {
            ctx: ctx.clone(),
            demand,
            application,
            has_profile: worker_id.is_some(),
            can_apply,
            fit,
            employer,
        },
    )
}

/// The job page's "Apply" form: an optional message to the employer.
#[post("/jobs/{id}/apply")]
async fn apply_for_job(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let input = ApplicationInput {
        message: Some(FormFields::parse(&body).one("message")),
    };
    let message = input
        .validate()
        .map_err(|e| PageError::new(&ctx, e.into()))?;
    applications::apply(&state.db, worker_id, *id, message)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!("/jobs/{}", *id)))
}
