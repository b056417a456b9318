//! Registration, login, logout, password change and a forgotten password.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use hocnghe_domain::accounts::{
    Account, LoginInput, PasswordChangeInput, PasswordResetInput, RegisterInput,
};
use hocnghe_store::repo::{sessions, users};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use crate::auth::{Identity, recovery, recovery_sms, session};
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidJson;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(
    register,
    login,
    logout,
    me,
    change_password,
    forgot_password,
    reset_password
))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(register)
        .service(login)
        .service(logout)
        .service(me)
        .service(change_password)
        .service(forgot_password)
        .service(reset_password);
}

/// A new session: send `token` as `Authorization: Bearer <token>`; browsers
/// also get it as an HttpOnly cookie.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionResponse {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub account: Account,
}

async fn start_session(
    state: &AppState,
    account: Account,
    status: StatusCode,
) -> ApiResult<HttpResponse> {
    let session = session::open(state, account.id).await?;
    Ok(HttpResponse::build(status)
        .cookie(session.cookie)
        .json(SessionResponse {
            token: session.token,
            expires_at: session.expires_at,
            account,
        }))
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
    let account = session::register(&state, &req, body.into_inner()).await?;
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
    let account = session::authenticate(&state, &req, body.into_inner()).await?;
    start_session(&state, account, StatusCode::OK).await
}

/// End this session.
#[utoipa::path(security(("bearer" = [])), tag = "accounts", responses((status = 204), (status = 401, body = ErrorBody)))]
#[post("/auth/logout")]
async fn logout(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    sessions::revoke(&state.db, identity.session_id).await?;
    Ok(HttpResponse::NoContent()
        .cookie(session::clearing_cookie(&state))
        .finish())
}

/// The logged-in account.
#[utoipa::path(security(("bearer" = [])), tag = "accounts", responses((status = 200, body = Account), (status = 401, body = ErrorBody)))]
#[get("/auth/me")]
async fn me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(users::get(&state.db, identity.user_id).await?))
}

/// Change the password; every other session of the account is revoked and
/// `must_change_password` is cleared. Rate-limited per account.
#[utoipa::path(security(("bearer" = [])), tag = "accounts", request_body = PasswordChangeInput,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 415, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody),
        (status = 503, body = ErrorBody)))]
#[post("/auth/password")]
#[tracing::instrument(skip_all)]
async fn change_password(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<PasswordChangeInput>,
) -> ApiResult<HttpResponse> {
    recovery::change_password(&state, &identity, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The phone number of an account whose password was forgotten.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordForgotInput {
    #[schema(example = "0912345678")]
    pub phone: String,
}

/// A forgotten password: when this server sends SMS, a one-time reset code
/// goes by SMS to the number if it has an account (then use it with
/// `/auth/password/reset`). The answer is the same 202 whether or not it
/// does; rate-limited per number and per address like the page
/// `/password/forgot`. 404 (`sms_unavailable`) when this server sends no SMS.
#[utoipa::path(tag = "accounts", request_body = PasswordForgotInput,
    responses((status = 202), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 415, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/auth/password/forgot")]
#[tracing::instrument(skip_all)]
async fn forgot_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<PasswordForgotInput>,
) -> ApiResult<HttpResponse> {
    recovery_sms::send_reset_code(&state, &req, &body.into_inner().phone).await?;
    Ok(HttpResponse::Accepted().finish())
}

/// Set a new password with the one-time code a counsellor gave in person
/// or that came by SMS (`/auth/password/forgot`).
/// A wrong, used or expired code and an unknown login get the same 422.
/// Every session of the account ends. Rate-limited per account and address.
#[utoipa::path(tag = "accounts", request_body = PasswordResetInput,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody), (status = 429, body = ErrorBody), (status = 503, body = ErrorBody)))]
#[post("/auth/password/reset")]
#[tracing::instrument(skip_all)]
async fn reset_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: ValidJson<PasswordResetInput>,
) -> ApiResult<HttpResponse> {
    recovery::reset_with_code(&state, &req, body.into_inner()).await?;
    Ok(HttpResponse::NoContent().finish())
}
