//! The worker's inbox page. Opening it marks the messages read; the ones
//! that were new are shown as such this once.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use askama::Template;
use hocnghe_domain::inbox::Inbox;
use hocnghe_store::repo::inbox;

use super::signed_in;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageResult, page};

#[derive(Template)]
#[template(path = "inbox.html")]
struct InboxPage {
    ctx: Ctx,
    has_profile: bool,
    inbox: Inbox,
}

#[get("/me/inbox")]
async fn show(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let messages = match worker_id {
        Some(id) => {
            let messages = inbox::for_worker(&state.db, id).await.or_page(&ctx)?;
            inbox::mark_all_read(&state.db, id).await.or_page(&ctx)?;
            messages
        }
        None => Inbox {
            unread: 0,
            items: Vec::new(),
        },
    };
    let mut ctx = ctx;
    ctx.unread = 0;
    page(
        &ctx,
        StatusCode::OK,
        &InboxPage {
            ctx: ctx.clone(),
            has_profile: worker_id.is_some(),
            inbox: messages,
        },
    )
}
