//! The worker's notifications page: receive inbox messages by SMS, Zalo or
//! not at all, with what is sent and when; "stop all" asks first on a plain
//! HTML page.

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::NotifyChannel;
use hocnghe_domain::notifications::{NotificationChoice, NotificationChoiceInput};
use serde::Deserialize;

use super::signed_in;
use crate::service::notifications;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormErrors;
use crate::web::render::{OrPage, PageResult, page, redirect};

#[derive(Template)]
#[template(path = "me_notifications.html")]
struct ChoicePage {
    ctx: Ctx,
    choice: NotificationChoice,
    channels: &'static [NotifyChannel],
    saved: bool,
    stopped: bool,
    errors: FormErrors,
}

#[derive(Deserialize)]
struct Flags {
    saved: Option<String>,
    stopped: Option<String>,
}

#[get("/me/notifications")]
async fn show(state: web::Data<AppState>, ctx: Ctx, flags: web::Query<Flags>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let choice = notifications::choice_of(&state, worker_id)
        .await
        .or_page(&ctx)?;
    render(
        &ctx,
        StatusCode::OK,
        choice,
        flags.saved.is_some(),
        flags.stopped.is_some(),
        FormErrors::default(),
    )
}

fn render(
    ctx: &Ctx,
    status: StatusCode,
    choice: NotificationChoice,
    saved: bool,
    stopped: bool,
    errors: FormErrors,
) -> PageResult {
    page(
        ctx,
        status,
        &ChoicePage {
            ctx: ctx.clone(),
            choice,
            channels: NotifyChannel::ALL,
            saved,
            stopped,
            errors,
        },
    )
}

#[derive(Deserialize)]
struct ChoiceForm {
    #[serde(default)]
    channel: String,
}

#[post("/me/notifications")]
async fn save(state: web::Data<AppState>, ctx: Ctx, form: web::Form<ChoiceForm>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let input = NotificationChoiceInput {
        channel: form.into_inner().channel,
    };
    match notifications::choose(&state, worker_id, &input).await {
        Ok(_) => Ok(redirect("/me/notifications?saved=1")),
        Err(error) => {
            let choice = notifications::choice_of(&state, worker_id)
                .await
                .or_page(&ctx)?;
            let status = error.status;
            render(
                &ctx,
                status,
                choice,
                false,
                false,
                FormErrors::from_api(ctx.lang, error),
            )
        }
    }
}

#[derive(Template)]
#[template(path = "notifications_stop.html")]
struct StopPage {
    ctx: Ctx,
    error: bool,
}

/// "Stop all": the confirmation step.
#[get("/me/notifications/stop")]
async fn confirm_stop(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    signed_in::worker_with_profile(&state, &ctx).await?;
    page(
        &ctx,
        StatusCode::OK,
        &StopPage {
            ctx: ctx.clone(),
            error: false,
        },
    )
}

#[derive(Deserialize)]
struct StopForm {
    confirm: Option<String>,
}

/// Stop every message outside the site: the channel becomes none and what
/// was still waiting is cancelled. Without the confirmation box ticked,
/// nothing changes and the page asks again (422).
#[post("/me/notifications/stop")]
async fn stop(state: web::Data<AppState>, ctx: Ctx, form: web::Form<StopForm>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    if form.confirm.as_deref() != Some("yes") {
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            &StopPage {
                ctx: ctx.clone(),
                error: true,
            },
        );
    }
    let input = NotificationChoiceInput {
        channel: NotifyChannel::None.as_str().to_owned(),
    };
    notifications::choose(&state, worker_id, &input)
        .await
        .or_page(&ctx)?;
    Ok(redirect("/me/notifications?stopped=1"))
}
