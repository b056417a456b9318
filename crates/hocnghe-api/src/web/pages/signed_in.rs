//! Who is looking at a worker page: the worker's profile id, or the page
//! error that explains why not (log in, wrong role, no profile yet).

use hocnghe_domain::Role;
use hocnghe_store::repo::workers;

use crate::auth::access::no_profile;
use crate::auth::identity::unauthenticated;
use crate::auth::policy::forbidden;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageError};

/// A signed-in worker's profile id, `None` before they make one. Other
/// visitors get 401 (log in) or 403.
pub async fn worker(state: &AppState, ctx: &Ctx) -> Result<Option<i64>, PageError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, unauthenticated()))?;
    if user.role != Role::Worker {
        return Err(PageError::new(ctx, forbidden()));
    }
    workers::id_of_user(&state.db, user.user_id)
        .await
        .or_page(ctx)
}

/// As [`worker`], and a profile is required (404 `no_profile` otherwise).
pub async fn worker_with_profile(state: &AppState, ctx: &Ctx) -> Result<i64, PageError> {
    worker(state, ctx)
        .await?
        .ok_or_else(|| PageError::new(ctx, no_profile()))
}

/// On public pages: the visitor's profile id when they are a worker with
/// one, `None` for everyone else.
pub async fn visiting_worker(state: &AppState, ctx: &Ctx) -> Result<Option<i64>, PageError> {
    match ctx.user.as_ref().filter(|u| u.role == Role::Worker) {
        Some(user) => workers::id_of_user(&state.db, user.user_id)
            .await
            .or_page(ctx),
        None => Ok(None),
    }
}
