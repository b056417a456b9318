//! Opening and closing sessions, shared by the JSON API and the web pages.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use chrono::{DateTime, Duration, Utc};
use hocnghe_domain::accounts::{Account, LoginInput, RegisterInput};
use hocnghe_store::repo::{sessions, users};

use super::{SESSION_COOKIE, password, token};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

pub struct NewSession {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub cookie: Cookie<'static>,
}

pub async fn open(state: &AppState, user_id: i64) -> ApiResult<NewSession> {
    let hours = state.settings.auth.session_ttl_hours;
    let expires_at = Utc::now() + Duration::hours(hours);
    let (token, hashed) = token::new_token();
    sessions::create(&state.db, user_id, hashed, expires_at).await?;
    let cookie = cookie(state, token.clone(), time::Duration::hours(hours));
    Ok(NewSession {
        token,
        expires_at,
        cookie,
    })
}

/// A cookie that makes the browser forget its session.
pub fn clearing_cookie(state: &AppState) -> Cookie<'static> {
    cookie(state, String::new(), time::Duration::ZERO)
}

fn cookie(state: &AppState, value: String, max_age: time::Duration) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(state.settings.auth.cookie_secure)
        .same_site(SameSite::Lax)
        .max_age(max_age)
        .finish()
}

/// Check a login (rate-limited) and return the account.
pub async fn authenticate(
    state: &AppState,
    req: &HttpRequest,
    input: LoginInput,
) -> ApiResult<Account> {
    let login_id = input.login_id()?;
    state
        .rate_limits
        .check_login(req, &format!("{login_id:?}"))?;
    let found = users::credentials(&state.db, &login_id).await?;
    let valid = password::verify(
        input.password,
        found.as_ref().map(|c| c.password_hash.clone()),
    )
    .await?;
    match found {
        Some(credentials) if valid && !credentials.disabled => {
            let account = users::get(&state.db, credentials.id).await?;
            tracing::info!(user_id = account.id, "logged in");
            Ok(account)
        }
        _ => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
            "Số điện thoại/email hoặc mật khẩu không đúng.",
            "Wrong phone number/email or password.",
        )),
    }
}

/// Self-registration (rate-limited).
pub async fn register(
    state: &AppState,
    req: &HttpRequest,
    input: RegisterInput,
) -> ApiResult<Account> {
    state.rate_limits.check_register(req)?;
    let data = input.validate()?.into_inner();
    let hash = password::hash(data.password.clone().unwrap_or_default()).await?;
    let account = users::create(&state.db, &data, hash, false, None).await?;
    tracing::info!(user_id = account.id, role = %account.role, "account registered");
    Ok(account)
}
