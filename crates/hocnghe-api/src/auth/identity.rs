use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpRequest, web};
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

impl FromRequest for Identity {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_or_cookie(req);
        Box::pin(async move { resolve(state, token).await?.ok_or_else(unauthenticated) })
    }
}

impl FromRequest for MaybeIdentity {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = bearer_or_cookie(req);
        Box::pin(async move { Ok(MaybeIdentity(resolve(state, token).await?)) })
    }
}
