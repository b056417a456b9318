//! The worker's inbox: status changes of their applications and employers'
//! invitations to apply.

use actix_web::{HttpResponse, get, post, web};
use hocnghe_domain::inbox::Inbox;
use hocnghe_store::repo::inbox;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::auth::Identity;
use crate::auth::access::own_worker_id;
use crate::error::{ApiResult, ErrorBody};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(my_inbox, mark_read))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(my_inbox).service(mark_read);
}

/// The caller's latest 100 messages, newest first, and how many are unread.
#[utoipa::path(security(("bearer" = [])), tag = "workers",
    responses((status = 401, body = ErrorBody), (status = 200, body = Inbox), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/me/inbox")]
async fn my_inbox(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(inbox::for_worker(&state.db, worker_id).await?))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MarkedRead {
    /// Messages that were unread.
    pub marked: u64,
}

/// Mark every message of the caller read.
#[utoipa::path(security(("bearer" = [])), tag = "workers",
    responses((status = 401, body = ErrorBody), (status = 200, body = MarkedRead), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[post("/workers/me/inbox/read")]
async fn mark_read(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    let marked = inbox::mark_all_read(&state.db, worker_id).await?;
    Ok(HttpResponse::Ok().json(MarkedRead { marked }))
}
