//! The skills passport and its share links, for the JSON API and the pages.

use chrono::{Duration, Utc};
use hocnghe_domain::passport::{NewShareLink, Passport, ShareLinkInput};
use hocnghe_store::repo::passport;

use crate::auth::token;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Make a share link lasting 7, 30 or 90 days; its token is seen only now.
pub async fn create_link(
    state: &AppState,
    worker_id: i64,
    input: &ShareLinkInput,
) -> ApiResult<NewShareLink> {
    let days = input.check()?;
    let (token, hash) = token::new_token();
    let expires_at = Utc::now() + Duration::days(days);
    let link = passport::create_link(&state.db, worker_id, &hash, expires_at).await?;
    tracing::info!(
        worker_id,
        link_id = link.id,
        days,
        "passport share link created"
    );
    Ok(NewShareLink {
        id: link.id,
        path: format!("/passport/{token}"),
        expires_at: link.expires_at,
    })
}

/// A passport opened through its share link (the view is audited for the
/// worker); an unknown, expired or revoked link is simply not found.
pub async fn shared(state: &AppState, link_token: &str) -> ApiResult<Passport> {
    let well_formed = link_token.len() == 64 && link_token.bytes().all(|b| b.is_ascii_hexdigit());
    if !well_formed {
        return Err(gone());
    }
    passport::open_shared(&state.db, &token::hash(link_token))
        .await?
        .ok_or_else(gone)
}

fn gone() -> ApiError {
    ApiError::not_found(
        "hộ chiếu kỹ năng (liên kết sai, đã hết hạn hoặc đã bị thu hồi)",
        "skills passport (the link is wrong, expired or revoked)",
    )
}
