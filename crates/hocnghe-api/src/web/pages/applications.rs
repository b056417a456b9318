//! "My applications": every job application with its steps and what to do
//! next, every course enrolment request with its dates, and withdrawing an
//! application through a confirmation page that needs no JavaScript.

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::EnrolmentStatus;
use hocnghe_domain::applications::Application;
use hocnghe_domain::enrolments::Enrolment;
use hocnghe_store::repo::{applications, enrolments};

use super::signed_in;
use crate::auth::policy::forbidden;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

/// A course enrolment request as the page lists it.
struct EnrolmentRow {
    course_id: i64,
    course_title: String,
    provider_name: String,
    status_vi: String,
    status_en: String,
    /// (label vi, label en, when) oldest first.
    steps: Vec<(&'static str, &'static str, chrono::DateTime<chrono::Utc>)>,
    next_vi: &'static str,
    next_en: &'static str,
}

impl From<Enrolment> for EnrolmentRow {
    fn from(e: Enrolment) -> Self {
        let mut steps = vec![("Đã đăng ký", "Applied", e.applied_at)];
        if let Some(at) = e.decided_at {
            let (vi, en) = match e.status {
                EnrolmentStatus::Rejected => ("Không được nhận", "Not accepted"),
                EnrolmentStatus::Withdrawn => ("Đã rút đăng ký", "Withdrawn"),
                _ => ("Được nhận vào học", "Accepted"),
            };
            steps.push((vi, en, at));
        }
        if let Some(at) = e.started_at {
            steps.push(("Bắt đầu học", "Started", at));
        }
        if let Some(at) = e.finished_at {
            let (vi, en) = match e.status {
                EnrolmentStatus::Dropped => ("Bỏ học", "Dropped out"),
                _ => ("Học xong", "Finished"),
            };
            steps.push((vi, en, at));
        }
        let (next_vi, next_en) = enrolment_next(e.status);
        Self {
            course_id: e.course_id,
            course_title: e.course_title,
            provider_name: e.provider_name,
            status_vi: e.status_vi,
            status_en: e.status_en,
            steps,
            next_vi,
            next_en,
        }
    }
}

fn enrolment_next(status: EnrolmentStatus) -> (&'static str, &'static str) {
    use EnrolmentStatus as S;
    match status {
        S::Applied => (
            "Chờ cơ sở đào tạo xác nhận. Họ sẽ gọi cho bạn.",
            "Wait for the provider to confirm. They will call you.",
        ),
        S::Accepted => (
            "Bạn đã được nhận: chờ ngày khai giảng, cơ sở sẽ báo lịch.",
            "You are accepted: wait for the start date, the provider will tell you the schedule.",
        ),
        S::Studying => (
            "Đang học: xem các mô-đun đã đạt ở trang Việc học.",
            "Studying: see the modules you passed on the Learning page.",
        ),
        S::Completed => (
            "Đã học xong: xem chứng chỉ ở trang Việc học và tìm việc hợp với bạn.",
            "Finished: see your certificate on the Learning page and look for jobs that suit you.",
        ),
        S::Rejected | S::Dropped | S::Withdrawn => (
            "Bạn có thể tìm và đăng ký khóa học khác.",
            "You can find and apply for another course.",
        ),
    }
}

#[derive(Template)]
#[template(path = "me_applications.html")]
struct ApplicationsPage {
    ctx: Ctx,
    has_profile: bool,
    applications: Vec<Application>,
    enrolments: Vec<EnrolmentRow>,
}

#[get("/me/applications")]
async fn list(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let (applications, enrolments) = match worker_id {
        Some(id) => (
            applications::for_worker(&state.db, id)
                .await
                .or_page(&ctx)?,
            enrolments::for_worker(&state.db, id)
                .await
                .or_page(&ctx)?
                .into_iter()
                .map(EnrolmentRow::from)
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    page(
        &ctx,
        StatusCode::OK,
        &ApplicationsPage {
            ctx: ctx.clone(),
            has_profile: worker_id.is_some(),
            applications,
            enrolments,
        },
    )
}

/// The worker's own application, or the page error saying why not.
async fn own_application(state: &AppState, ctx: &Ctx, id: i64) -> Result<Application, PageError> {
    let worker_id = signed_in::worker_with_profile(state, ctx).await?;
    let parties = applications::parties(&state.db, id).await.or_page(ctx)?;
    if parties.worker_id != worker_id {
        return Err(PageError::new(ctx, forbidden()));
    }
    applications::get(&state.db, id).await.or_page(ctx)
}

#[derive(Template)]
#[template(path = "withdraw_confirm.html")]
struct WithdrawPage {
    ctx: Ctx,
    application: Application,
}

/// "Withdraw?": what withdrawing does, and the button that does it.
#[get("/me/applications/{id}/withdraw")]
async fn confirm_withdraw(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let application = own_application(&state, &ctx, *id).await?;
    if !application.status.is_open() {
        return Ok(redirect(&format!("/me/applications#a{}", application.id)));
    }
    page(
        &ctx,
        StatusCode::OK,
        &WithdrawPage {
            ctx: ctx.clone(),
            application,
        },
    )
}

/// The confirmation page's button: withdraw, then back to the list.
#[post("/me/applications/{id}/withdraw")]
async fn withdraw(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let application = own_application(&state, &ctx, *id).await?;
    applications::withdraw(&state.db, application.id)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!("/me/applications#a{}", application.id)))
}
