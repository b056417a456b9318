//! Registration, login, logout and password change.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::{DateTime, Utc};
use hocnghe_domain::accounts::{Account, LoginInput, PasswordChangeInput, RegisterInput};
use hocnghe_store::repo::{sessions, users};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::auth::{Identity, password, session};
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
#[utoipa::path(tag = "accounts", responses((status = 204), (status = 401, body = ErrorBody)))]
#[post("/auth/logout")]
async fn logout(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    sessions::revoke(&state.db, identity.session_id).await?;
    Ok(HttpResponse::NoContent()
        .cookie(session::clearing_cookie(&state))
        .finish())
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
