//! Access to a worker's personal data: the worker always; a counsellor only
//! when the worker shares with counsellors, and every such access is written
//! to the audit log the worker can read. Nobody else.

use hocnghe_domain::Role;
use hocnghe_store::repo::{audit, workers};

use super::Identity;
use super::policy::forbidden;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// What the caller is to the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Viewer {
    TheWorker,
    Counsellor,
}

/// Check access to `worker_id` and audit it when it is not the worker.
/// Whether a worker exists is itself private: a worker the caller may not
/// see answers 404, exactly like an id nobody has.
pub async fn worker_access(
    state: &AppState,
    identity: &Identity,
    worker_id: i64,
    action: &str,
) -> ApiResult<(workers::Sharing, Viewer)> {
    access(state, identity, worker_id, action)
        .await
        .map_err(|error| {
            if error.status == actix_web::http::StatusCode::FORBIDDEN {
                ApiError::not_found("người lao động", "worker")
            } else {
                error
            }
        })
}

/// Like [`worker_access`], for objects the caller already knows exist (an
/// enrolment's outcomes): refusal is 403.
pub async fn worker_access_or_forbidden(
    state: &AppState,
    identity: &Identity,
    worker_id: i64,
    action: &str,
) -> ApiResult<(workers::Sharing, Viewer)> {
    access(state, identity, worker_id, action).await
}

async fn access(
    state: &AppState,
    identity: &Identity,
    worker_id: i64,
    action: &str,
) -> ApiResult<(workers::Sharing, Viewer)> {
    let sharing = workers::sharing(&state.db, worker_id).await?;
    if sharing.user_id == identity.user_id {
        return Ok((sharing, Viewer::TheWorker));
    }
    if identity.role == Role::Counsellor && sharing.with_counsellors {
        audit::record(
            &state.db,
            Some(identity.user_id),
            sharing.user_id,
            action,
            "",
        )
        .await?;
        tracing::info!(
            worker_id,
            counsellor = identity.user_id,
            action,
            "counsellor access"
        );
        return Ok((sharing, Viewer::Counsellor));
    }
    Err(forbidden())
}

/// The caller's own worker profile id, or 404 when they have not made one.
pub async fn own_worker_id(state: &AppState, identity: &Identity) -> ApiResult<i64> {
    super::policy::require_exact_role(identity, Role::Worker)?;
    workers::id_of_user(&state.db, identity.user_id)
        .await?
        .ok_or_else(no_profile)
}

pub fn no_profile() -> ApiError {
    ApiError::new(
        actix_web::http::StatusCode::NOT_FOUND,
        "no_profile",
        "Bạn chưa tạo hồ sơ người lao động.",
        "You have not created a worker profile yet.",
    )
}
