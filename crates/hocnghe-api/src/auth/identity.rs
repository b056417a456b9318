use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};
use hocnghe_domain::Role;
use hocnghe_store::repo::sessions;

use super::token;
use crate::error::ApiError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "hocnghe_session";

/// The logged-in account making the request. Extracting it fails with 401
/// when there is no valid session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub user_id: i64,
    pub role: Role,
    pub display_name: String,
    pub session_id: i64,
    pub must_change_password: bool,
}

impl Identity {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }
}

/// An optional identity, for pages and endpoints open to everyone that show
/// more to a logged-in account.
#[derive(Debug, Clone)]
pub struct MaybeIdentity(pub Option<Identity>);

fn bearer_or_cookie(req: &HttpRequest) -> Option<String> {
    let header = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if let Some(value) = header {
        let (scheme, token) = value.split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then(|| token.trim().to_owned());
    }
    req.cookie(SESSION_COOKIE).map(|c| c.value().to_owned())
}

async fn resolve(
    state: Option<web::Data<AppState>>,
    token: Option<String>,
) -> Result<Option<Identity>, ApiError> {
    let (Some(state), Some(token)) = (state, token) else {
        return Ok(None);
    };
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let found = sessions::find_valid(&state.db, &token::hash(&token)).await?;
    Ok(found.map(|s| Identity {
        user_id: s.user_id,
        role: s.role,
        display_name: s.display_name,
        session_id: s.session_id,
        must_change_password: s.must_change_password,
    }))
}

pub fn unauthenticated() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthenticated",
        "Bạn cần đăng nhập (phiên đăng nhập không có hoặc đã hết hạn).",
        "You need to log in (no session, or it has expired).",
    )
}

/// The identity found for a request, kept in its extensions so the session
/// is looked up once (by [`password_change_gate`]) however many extractors ask.
#[derive(Clone)]
struct Resolved(Option<Identity>);

/// Who is calling, looked up once per request.
pub async fn of_request(req: &HttpRequest) -> Result<Option<Identity>, ApiError> {
    if let Some(Resolved(found)) = req.extensions().get::<Resolved>() {
        return Ok(found.clone());
    }
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let found = resolve(state, bearer_or_cookie(req)).await?;
    req.extensions_mut().insert(Resolved(found.clone()));
    Ok(found)
}

impl FromRequest for Identity {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { of_request(&req).await?.ok_or_else(unauthenticated) })
    }
}

impl FromRequest for MaybeIdentity {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(MaybeIdentity(of_request(&req).await?)) })
    }
}

/// Where an account that must change its password may still go: the
/// password change (API and page), logout, and the page's stylesheet and script.
const OPEN_WHILE_PASSWORD_MUST_CHANGE: &[&str] = &[
    "/api/v1/auth/password",
    "/api/v1/auth/logout",
    CHANGE_PASSWORD_PAGE,
    "/logout",
    "/static/app.css",
    "/static/app.js",
];

/// The page where a password is changed.
pub const CHANGE_PASSWORD_PAGE: &str = "/account/password";

/// An account with a password someone else chose (made by a counsellor or an
/// admin) must change it before anything else: the API answers 403
/// `password_change_required`, pages send the visitor to the change page.
pub async fn password_change_gate(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    let must_change = match of_request(req.request()).await {
        Ok(Some(identity)) => identity.must_change_password,
        Ok(None) => false,
        Err(error) => return Ok(req.error_response(error).map_into_boxed_body()),
    };
    if must_change && !OPEN_WHILE_PASSWORD_MUST_CHANGE.contains(&req.path()) {
        let response = if req.path().starts_with("/api/") {
            actix_web::ResponseError::error_response(&password_change_required())
        } else {
            crate::web::render::redirect(CHANGE_PASSWORD_PAGE)
        };
        return Ok(req.into_response(response).map_into_boxed_body());
    }
    next.call(req).await.map(|res| res.map_into_boxed_body())
}

pub fn password_change_required() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "password_change_required",
        "Bạn cần đổi mật khẩu tạm trước khi tiếp tục (POST /api/v1/auth/password).",
        "You must change your temporary password before going on (POST /api/v1/auth/password).",
    )
}
