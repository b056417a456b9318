//! Changing a password and recovering a forgotten one, shared by the JSON API
//! and the pages. Every path here hashes, so each is rate-limited before the
//! hash and the hash itself waits for a slot (`password::bounded`).
//!
//! A forgotten password is reset with a one-time code a counsellor reads out
//! in person (for a worker who shares with counsellors): 8 characters, valid
//! `auth.reset_code_minutes`, used once, stored as its SHA-256, and the
//! issue is written to the worker's audit log.

use actix_web::HttpRequest;
use chrono::{Duration, Utc};
use hocnghe_domain::FieldError;
use hocnghe_domain::accounts::{
    PasswordChangeInput, PasswordResetCode, PasswordResetInput, RESET_CODE_LEN,
};
use hocnghe_store::repo::{audit, password_resets, users};

use super::access::{Viewer, worker_access};
use super::policy::forbidden;
use super::{Identity, password, token};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Change the caller's password after checking the current one; the other
/// sessions of the account end. Clears `must_change_password`.
pub async fn change_password(
    state: &AppState,
    identity: &Identity,
    input: PasswordChangeInput,
) -> ApiResult<()> {
    input.validate()?;
    state.rate_limits.check_password_change(identity.user_id)?;
    let credentials = users::credentials_by_id(&state.db, identity.user_id).await?;
    if !password::verify(input.current_password, Some(credentials.password_hash)).await? {
        return Err(ApiError::field(FieldError::new(
            "current_password",
            "wrong_password",
            "Mật khẩu hiện tại không đúng.",
            "The current password is wrong.",
        )));
    }
    let hash = password::hash(input.new_password).await?;
    users::replace_password(&state.db, identity.user_id, hash, Some(identity.session_id)).await?;
    tracing::info!(user_id = identity.user_id, "password changed");
    Ok(())
}

/// A counsellor issues a reset code for a worker who shares with counsellors.
/// Any earlier unused code of that worker stops working.
pub async fn issue_reset_code(
    state: &AppState,
    identity: &Identity,
    worker_id: i64,
) -> ApiResult<PasswordResetCode> {
    super::policy::require_exact_role(identity, hocnghe_domain::Role::Counsellor)?;
    let (sharing, viewer) =
        worker_access(state, identity, worker_id, "password.reset_code").await?;
    if viewer != Viewer::Counsellor {
        return Err(forbidden());
    }
    state.rate_limits.check_made_for_others(identity.user_id)?;
    let code = password::generate()
        .chars()
        .take(RESET_CODE_LEN)
        .collect::<String>();
    let expires_at = Utc::now() + Duration::minutes(state.settings.auth.reset_code_minutes.max(1));
    password_resets::issue(
        &state.db,
        sharing.user_id,
        token::hash(&code),
        identity.user_id,
        expires_at,
    )
    .await?;
    tracing::info!(
        worker_id,
        counsellor = identity.user_id,
        "password reset code issued"
    );
    Ok(PasswordResetCode {
        code: format!("{}-{}", &code[..4], &code[4..]),
        expires_at,
    })
}

/// Set a new password with a reset code. Wrong login, wrong code, used or
/// expired code all get the same answer, so the form tells nobody which
/// accounts exist. Every session of the account ends.
pub async fn reset_with_code(
    state: &AppState,
    req: &HttpRequest,
    input: PasswordResetInput,
) -> ApiResult<()> {
    let (login, code) = input.validate()?;
    state.rate_limits.check_reset(req, &format!("{login:?}"))?;
    let code_hash = token::hash(&code);
    let account = users::credentials(&state.db, &login).await?;
    let Some(account) = account.filter(|a| !a.disabled) else {
        return Err(invalid_code());
    };
    if !password_resets::has_usable(&state.db, account.id, &code_hash).await? {
        return Err(invalid_code());
    }
    let hash = password::hash(input.new_password).await?;
    if !password_resets::redeem(&state.db, account.id, &code_hash, hash).await? {
        return Err(invalid_code());
    }
    audit::record(&state.db, None, account.id, "password.reset", "").await?;
    tracing::info!(user_id = account.id, "password reset with a code");
    Ok(())
}

fn invalid_code() -> ApiError {
    ApiError::field(FieldError::new(
        "code",
        "invalid_code",
        "Mã không đúng, đã dùng hoặc đã hết hạn. Hãy nhờ cán bộ tư vấn cấp mã mới.",
        "The code is wrong, used or expired. Ask a counsellor for a new one.",
    ))
}
