use std::sync::Arc;

use hocnghe_search::{LiveSuggester, SearchIndex, Suggester};
use sea_orm::DatabaseConnection;

use crate::auth::rate_limit::RateLimits;
use crate::service::ranking::RankingCache;
use crate::service::search_pool::SearchPool;
use crate::settings::Settings;
use hocnghe_indexer::IndexerHandle;

/// Shared by every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub rate_limits: RateLimits,
    pub search: SearchState,
    /// Open courses and demands for recommendations and matches.
    pub ranking: Arc<RankingCache>,
    /// Prometheus metrics (served at /metrics when enabled).
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The notification dispatcher, when `notify.enabled`.
    pub notify: Option<hocnghe_notify::DispatcherHandle>,
}

/// The search index (written only by the indexer task) and the typeahead lists.
#[derive(Clone)]
pub struct SearchState {
    pub index: Arc<SearchIndex>,
    pub indexer: IndexerHandle,
    /// Replaced when an admin approves a new skill.
    pub skills: Arc<LiveSuggester>,
    pub occupations: Arc<Suggester>,
    /// The threads that run searches.
    pub pool: Arc<SearchPool>,
}
