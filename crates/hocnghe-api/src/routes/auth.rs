//! Registration, login, logout and password change.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{DateTime, Duration, Utc};
use hocnghe_domain::accounts::{Account, LoginInput, PasswordChangeInput, RegisterInput};
use hocnghe_store::repo::{sessions, users};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::auth::{Identity, SESSION_COOKIE, password, token};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::ValidJson;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(register, login, logout, me, change_password))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(register)
        .service(login)
        .service(logout)
        .service(me)
        .service(change_password);
}

/// A new session: send `token` as `Authorization: Bearer <token>`; browsers
/// also get it as an HttpOnly cookie.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionResponse {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub account: Account,
}

/// Create a session for an account and build the response carrying it.
pub async fn start_session(
    state: &AppState,
    account: Account,
    status: StatusCode,
) -> ApiResult<HttpResponse> {
    let ttl = Duration::hours(state.settings.auth.session_ttl_hours);
    let expires_at = Utc::now() + ttl;
    let (token, hashed) = token::new_token();
    sessions::create(&state.db, account.id, hashed, expires_at).await?;
    let cookie = session_cookie(
        state,
        token.clone(),
        time::Duration::hours(state.settings.auth.session_ttl_hours),
    );
    Ok(HttpResponse::build(status)
        .cookie(cookie)
        .json(SessionResponse {
            token,
            expires_at,
            account,
        }))
}

fn session_cookie(state: &AppState, value: String, max_age: time::Duration) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(state.settings.auth.cookie_secure)
        .same_site(SameSite::Lax)
        .max_age(max_age)
        .finish()
}

/// Register a worker, employer or provider account and log in.
#[utoipa::path(tag = "accounts", request_body = RegisterInput,
    responses((status = 201, body = SessionResponse), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/auth/register")]
#[tracing::instrument(skip_all)]
async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<RegisterInput>,
) -> ApiResult<HttpResponse> {
    state.rate_limits.check_register(&req)?;
    let data = body.into_inner().validate()?.into_inner();
    let hash = password::hash(data.password.clone().unwrap_or_default()).await?;
    let account = users::create(&state.db, &data, hash, false, None).await?;
    tracing::info!(user_id = account.id, role = %account.role, "account registered");
    start_session(&state, account, StatusCode::CREATED).await
}

/// Log in with a phone number or an email.
#[utoipa::path(tag = "accounts", request_body = LoginInput,
    responses((status = 200, body = SessionResponse), (status = 401, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/auth/login")]
#[tracing::instrument(skip_all)]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<LoginInput>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let login_id = input.login_id()?;
    state
        .rate_limits
        .check_login(&req, &format!("{login_id:?}"))?;
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
            start_session(&state, account, StatusCode::OK).await
        }
        _ => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_credentials",
            "Số điện thoại/email hoặc mật khẩu không đúng.",
            "Wrong phone number/email or password.",
        )),
    }
}

/// End this session.
#[utoipa::path(tag = "accounts", responses((status = 204), (status = 401, body = ErrorBody)))]
#[post("/auth/logout")]
async fn logout(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    sessions::revoke(&state.db, identity.session_id).await?;
    let expired = session_cookie(&state, String::new(), time::Duration::ZERO);
    Ok(HttpResponse::NoContent().cookie(expired).finish())
}

/// The logged-in account.
#[utoipa::path(tag = "accounts", responses((status = 200, body = Account), (status = 401, body = ErrorBody)))]
#[get("/auth/me")]
async fn me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(users::get(&state.db, identity.user_id).await?))
}

/// Change the password; every other session of the account is revoked.
#[utoipa::path(tag = "accounts", request_body = PasswordChangeInput,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/auth/password")]
#[tracing::instrument(skip_all)]
async fn change_password(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<PasswordChangeInput>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    input.validate()?;
    let credentials = users::credentials_by_id(&state.db, identity.user_id).await?;
    if !password::verify(input.current_password, Some(credentials.password_hash)).await? {
        return Err(ApiError::field(hocnghe_domain::FieldError::new(
            "current_password",
            "wrong_password",
            "Mật khẩu hiện tại không đúng.",
            "The current password is wrong.",
        )));
    }
    let hash = password::hash(input.new_password).await?;
    users::set_password(&state.db, identity.user_id, hash).await?;
    sessions::revoke_all(&state.db, identity.user_id, Some(identity.session_id)).await?;
    tracing::info!(user_id = identity.user_id, "password changed");
    Ok(HttpResponse::NoContent().finish())
}
