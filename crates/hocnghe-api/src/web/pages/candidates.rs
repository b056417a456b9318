//! The employer's candidates for one demand: ranked workers with their
//! reasons, applications with their messages, a button to reveal a phone
//! number (counted against the daily cap) and the employer's decisions.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::ApplicationStatus;
use hocnghe_store::repo::applications;

use crate::auth::policy::require_own;
use crate::error::ApiError;
use crate::service::candidates::{self, CandidateList};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormFields;
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

/// Candidates shown on the page.
const PAGE_LIMIT: usize = 50;

#[derive(Template)]
#[template(path = "candidates.html")]
struct CandidatesPage {
    ctx: Ctx,
    list: CandidateList,
    notice: Option<String>,
    now: chrono::DateTime<chrono::Utc>,
    applicants: usize,
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    demand_id: i64,
    status: StatusCode,
    notice: Option<String>,
) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))?;
    let list = candidates::list(state, user, demand_id, PAGE_LIMIT)
        .await
        .map_err(|e| PageError::new(ctx, e))?;
    page(
        ctx,
        status,
        &CandidatesPage {
            ctx: ctx.clone(),
            applicants: list
                .items
                .iter()
                .filter(|c| c.application.is_some())
                .count(),
            list,
            notice,
            now: chrono::Utc::now(),
        },
    )
}

#[get("/employer/demands/{id}/candidates")]
async fn show(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    render(&state, &ctx, *id, StatusCode::OK, None).await
}

/// "Show phone number": reveal, then back to the candidate on the page. At
/// the cap, the page again with the reason and 429.
#[post("/employer/demands/{id}/candidates/{worker_id}/contact")]
async fn reveal(state: web::Data<AppState>, ctx: Ctx, path: web::Path<(i64, i64)>) -> PageResult {
    let (demand_id, worker_id) = path.into_inner();
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, crate::auth::identity::unauthenticated()))?;
    match candidates::reveal(&state, user, demand_id, worker_id).await {
        Ok(_) => Ok(redirect(&format!(
            "/employer/demands/{demand_id}/candidates#w{worker_id}"
        ))),
        Err(error) if error.status == StatusCode::TOO_MANY_REQUESTS => {
            let message = ctx
                .t(&error.body.message_vi, &error.body.message_en)
                .to_owned();
            render(&state, &ctx, demand_id, error.status, Some(message)).await
        }
        Err(error) => Err(PageError::new(&ctx, error)),
    }
}

#[derive(Template)]
#[template(path = "decision_confirm.html")]
struct ConfirmPage {
    ctx: Ctx,
    application: hocnghe_domain::applications::Application,
    name: String,
    status: &'static str,
    verb_vi: &'static str,
    verb_en: &'static str,
}

#[derive(serde::Deserialize)]
struct DecisionQuery {
    /// Missing is answered like unknown: a 422 page, not a parser message.
    #[serde(default)]
    status: Option<String>,
}

/// "Hire X?" / "Turn X down?": the plain-HTML step before a decision the
/// worker is told of.
#[get("/employer/applications/{id}/confirm")]
async fn confirm_decision(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    query: web::Query<DecisionQuery>,
) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, crate::auth::identity::unauthenticated()))?;
    let parties = applications::parties(&state.db, *id).await.or_page(&ctx)?;
    require_own(user, parties.employer_owner).map_err(|e| PageError::new(&ctx, e))?;
    let (status, verb_vi, verb_en) = match query.status.as_deref().unwrap_or_default() {
        "hired" => ("hired", "Nhận vào làm", "Hire"),
        "rejected" => ("rejected", "Không chọn", "Turn down"),
        _ => return Err(PageError::new(&ctx, bad_status())),
    };
    let application = applications::get(&state.db, *id).await.or_page(&ctx)?;
    let name = applications::applicant_name(&state.db, application.worker_id)
        .await
        .or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &ConfirmPage {
            ctx: ctx.clone(),
            application,
            name,
            status,
            verb_vi,
            verb_en,
        },
    )
}

fn bad_status() -> ApiError {
    ApiError::field(hocnghe_domain::FieldError::invalid(
        "status",
        "Trạng thái không hợp lệ.",
        "Invalid status.",
    ))
}

/// Take back a hire or turn-down within the undo window.
#[post("/employer/applications/{id}/undo")]
async fn undo(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, crate::auth::identity::unauthenticated()))?;
    let parties = applications::parties(&state.db, *id).await.or_page(&ctx)?;
    require_own(user, parties.employer_owner).map_err(|e| PageError::new(&ctx, e))?;
    applications::undo_decision(&state.db, *id)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!(
        "/employer/demands/{}/candidates#w{}",
        parties.demand_id, parties.worker_id
    )))
}

/// Invite a suggested worker to apply.
#[post("/employer/demands/{id}/candidates/{worker_id}/invite")]
async fn invite(state: web::Data<AppState>, ctx: Ctx, path: web::Path<(i64, i64)>) -> PageResult {
    let (demand_id, worker_id) = path.into_inner();
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, crate::auth::identity::unauthenticated()))?;
    candidates::invite(&state, user, demand_id, worker_id)
        .await
        .map_err(|e| PageError::new(&ctx, e))?;
    Ok(redirect(&format!(
        "/employer/demands/{demand_id}/candidates#w{worker_id}"
    )))
}

/// Shortlist, hire or turn down an application.
#[post("/employer/applications/{id}/status")]
async fn decide(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, crate::auth::identity::unauthenticated()))?;
    let parties = applications::parties(&state.db, *id).await.or_page(&ctx)?;
    require_own(user, parties.employer_owner).map_err(|e| PageError::new(&ctx, e))?;
    let next: ApplicationStatus = FormFields::parse(&body)
        .one("status")
        .parse()
        .map_err(|_| PageError::new(&ctx, bad_status()))?;
    applications::decide(&state.db, *id, next)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!(
        "/employer/demands/{}/candidates#w{}",
        parties.demand_id, parties.worker_id
    )))
}
