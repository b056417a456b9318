//! The in-memory catalogue the ranking reads: every open course and demand,
//! converted once and shared (an `Arc`) by all requests until a course or
//! demand changes.
//!
//! Freshness: every course or demand write adds a `search_outbox` row in its
//! transaction, and outbox ids only grow (AUTOINCREMENT on SQLite, a sequence
//! on PostgreSQL). The indexer deletes the rows it has applied, but only
//! after recording the highest applied id in the index's commit payload. So
//! `max(highest outbox id present, index's last applied id)` is the id of the
//! newest committed write whichever stage the indexer is at, and never goes
//! down. A request reads that version (one cheap query) and rebuilds when the
//! snapshot was loaded at a lower one; the version is read before loading,
//! so a write that lands during a rebuild triggers the next one. A writer
//! therefore sees its own write in its next ranking request. One rebuild
//! runs at a time; requests arriving meanwhile wait for it and use its result.
//!
//! (On PostgreSQL a transaction can commit after a later one and so appear
//! with an id below a version already seen; such a write shows at the next
//! change. The window is a few milliseconds between two concurrent writes.)

use std::sync::{Arc, RwLock};

use hocnghe_search::SearchIndex;
use hocnghe_store::StoreError;
use hocnghe_store::repo::ranking::{self, RankingCatalogue};
use sea_orm::DatabaseConnection;
use tokio::sync::Mutex;

#[derive(Default)]
pub struct RankingCache {
    current: RwLock<Option<(i64, Arc<RankingCatalogue>)>>,
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
        index: &SearchIndex,
    ) -> Result<Arc<RankingCatalogue>, StoreError> {
        let present = ranking::catalogue_version(db).await?;
        let version = present.max(index.last_applied().unwrap_or(0));
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
            version,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "ranking snapshot rebuilt"
        );
        *self.current.write().unwrap_or_else(|e| e.into_inner()) =
            Some((version, Arc::clone(&loaded)));
        Ok(loaded)
    }

    fn fresh(&self, version: i64) -> Option<Arc<RankingCatalogue>> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .filter(|(loaded_at, _)| *loaded_at >= version)
            .map(|(_, snapshot)| Arc::clone(snapshot))
    }
}
