//! A forgotten password, by SMS: the account holder gives their phone
//! number and, when this server delivers notifications, gets a one-time
//! reset code by SMS (the same code as a counsellor's: 8 characters, used
//! once, `auth.reset_code_minutes`). The answer is the same whether or not
//! the number has an account, so the form tells nobody which numbers do;
//! requests are limited per number and per client address.

use actix_web::HttpRequest;
use actix_web::http::StatusCode;
use chrono::{Duration, Utc};
use hocnghe_domain::FieldError;
use hocnghe_domain::accounts::{LoginId, RESET_CODE_LEN, normalize_phone};
use hocnghe_domain::notifications::reset_code_text;
use hocnghe_store::repo::{password_resets, users};

use super::{password, token};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub async fn send_reset_code(state: &AppState, req: &HttpRequest, phone: &str) -> ApiResult<()> {
    // Not offered here (no delivery configured): a 404, as for any service
    // this server does not run; the answer names the counsellor's code.
    if !state.settings.notify.enabled {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "sms_unavailable",
            "Máy chủ này không gửi tin nhắn SMS. Hãy nhờ cán bộ tư vấn cấp mã.",
            "This server sends no SMS. Ask a counsellor for a code.",
        ));
    }
    let phone = normalize_phone(phone).ok_or_else(|| {
        ApiError::field(FieldError::invalid(
            "phone",
            "Số điện thoại không hợp lệ.",
            "This is not a valid phone number.",
        ))
    })?;
    state.rate_limits.check_sms_code(req, &phone)?;
    let account = users::credentials(&state.db, &LoginId::Phone(phone)).await?;
    let Some(account) = account.filter(|a| !a.disabled) else {
        return Ok(());
    };
    let code = password::generate()
        .chars()
        .take(RESET_CODE_LEN)
        .collect::<String>();
    let minutes = state.settings.auth.reset_code_minutes.max(1);
    let shown = format!("{}-{}", &code[..4], &code[4..]);
    password_resets::issue_by_sms(
        &state.db,
        account.id,
        token::hash(&code),
        Utc::now() + Duration::minutes(minutes),
        reset_code_text(&shown, minutes),
    )
    .await?;
    if let Some(notify) = &state.notify {
        notify.poke();
    }
    tracing::info!(user_id = account.id, "password reset code queued for sms");
    Ok(())
}
