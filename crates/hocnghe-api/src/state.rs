use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::auth::rate_limit::RateLimits;
use crate::settings::Settings;

/// Shared by every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub rate_limits: RateLimits,
}
