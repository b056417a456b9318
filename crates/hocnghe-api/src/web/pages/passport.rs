//! The skills passport page (printable), its share links, and the shared
//! view anyone with a live link can open.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, get, post, web};
use askama::Template;
use hocnghe_domain::passport::{Passport, ShareLink, ShareLinkInput};
use hocnghe_store::repo::passport;

use super::signed_in;
use crate::service;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormFields;
use crate::web::render::{OrPage, PageResult, page, redirect};

#[derive(Template)]
#[template(path = "passport.html")]
struct PassportPage {
    ctx: Ctx,
    passport: Passport,
    /// The owner's own page (links and buttons), not the shared view.
    own: bool,
    links: Vec<ShareLink>,
    /// A link just made, shown this once.
    new_link: Option<String>,
}

#[get("/me/passport")]
async fn show(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    own_page(&state, ctx, None).await
}

async fn own_page(state: &AppState, ctx: Ctx, new_link: Option<String>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(state, &ctx).await?;
    let passport = passport::load(&state.db, worker_id).await.or_page(&ctx)?;
    let links = passport::links(&state.db, worker_id).await.or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &PassportPage {
            ctx: ctx.clone(),
            passport,
            own: true,
            links,
            new_link,
        },
    )
}

/// Make a share link (7, 30 or 90 days) and show it once.
#[post("/me/passport/links")]
async fn create_link(
    state: web::Data<AppState>,
    ctx: Ctx,
    req: HttpRequest,
    body: Bytes,
) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let days = FormFields::parse(&body).one("days").parse().unwrap_or(0);
    let link = service::passport::create_link(&state, worker_id, &ShareLinkInput { days })
        .await
        .or_page(&ctx)?;
    let url = {
        let info = req.connection_info();
        format!("{}://{}{}", info.scheme(), info.host(), link.path)
    };
    own_page(&state, ctx, Some(url)).await
}

#[derive(Template)]
#[template(path = "passport_revoke.html")]
struct RevokePage {
    ctx: Ctx,
    link: ShareLink,
}

/// "Revoke this link?"
#[get("/me/passport/links/{id}/revoke")]
async fn confirm_revoke(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let link = passport::own_link(&state.db, worker_id, *id)
        .await
        .or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &RevokePage {
            ctx: ctx.clone(),
            link,
        },
    )
}

#[post("/me/passport/links/{id}/revoke")]
async fn revoke(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    passport::revoke(&state.db, worker_id, *id)
        .await
        .or_page(&ctx)?;
    Ok(redirect("/me/passport#links"))
}

/// The passport as anyone with a live link sees it; each view is written to
/// the worker's access log.
#[get("/passport/{token}")]
async fn shared(state: web::Data<AppState>, ctx: Ctx, token: web::Path<String>) -> PageResult {
    let passport = service::passport::shared(&state, &token)
        .await
        .or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &PassportPage {
            ctx: ctx.clone(),
            passport,
            own: false,
            links: Vec::new(),
            new_link: None,
        },
    )
}
