//! The in-memory catalogue the ranking reads: every open course and demand,
//! converted once and shared (an `Arc`) by all requests until a course or
//! demand changes.
//!
//! Freshness: every course or demand write adds a `search_outbox` row in its
//! transaction, and outbox ids only grow (AUTOINCREMENT on SQLite, a sequence
//! on PostgreSQL). A request reads the highest outbox id present (one cheap
//! query) and rebuilds when it differs from the id the snapshot was loaded
//! at. "Differs", not "is above": the indexer deletes rows it has applied,
//! so a write followed by the indexer's cleanup shows as a *lower* maximum
//! (often 0), which must also count as a change. A writer therefore sees
//! its own write in its next ranking request. One rebuild runs at a time;
//! requests arriving meanwhile wait for it and then use its result.

use std::sync::{Arc, RwLock};

use hocnghe_store::StoreError;
use hocnghe_store::repo::ranking::{self, RankingCatalogue};
use sea_orm::DatabaseConnection;
use tokio::sync::Mutex;

#[derive(Default)]
pub struct RankingCache {
    current: RwLock<Option<Arc<RankingCatalogue>>>,
    rebuilding: Mutex<()>,
}

impl RankingCache {
    pub fn new() -> Self {
        Self::default()
    }

    /// The snapshot, rebuilt first if a course or demand changed since it was loaded.
    pub async fn snapshot(
        &self,
        db: &DatabaseConnection,
    ) -> Result<Arc<RankingCatalogue>, StoreError> {
        let version = ranking::catalogue_version(db).await?;
        if let Some(snapshot) = self.fresh(version) {
            return Ok(snapshot);
        }
        let _one_at_a_time = self.rebuilding.lock().await;
        if let Some(snapshot) = self.fresh(version) {
            return Ok(snapshot);
        }
        let started = std::time::Instant::now();
        let loaded = Arc::new(ranking::load_catalogue(db).await?);
        tracing::info!(
            courses = loaded.courses.len(),
            demands = loaded.demands.len(),
            outbox_id = loaded.outbox_id,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "ranking snapshot rebuilt"
        );
        *self.current.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::clone(&loaded));
        Ok(loaded)
    }

    fn fresh(&self, version: i64) -> Option<Arc<RankingCatalogue>> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .filter(|snapshot| snapshot.outbox_id == version)
            .map(Arc::clone)
    }
}
