//! The in-memory catalogue the ranking reads: every open course and demand,
//! converted once, indexed for ranking (`hocnghe_match::RankingIndex`) and
//! shared (an `Arc`) by all requests until a course or demand changes.
//!
//! Freshness: every course or demand write adds a `search_outbox` row in its
//! transaction, and outbox ids only grow (AUTOINCREMENT on SQLite, a sequence
//! on PostgreSQL). The indexer deletes the rows it has applied, but only
//! after recording the highest applied id in the index's commit payload. So
//! `max(highest outbox id present, index's last applied id)` is the id of the
//! newest committed write whichever stage the indexer is at, and never goes
//! down. A request reads that version (one cheap query) and, when the
//! snapshot was loaded at a lower one, waits for a snapshot loaded at least
//! at that version. A writer therefore sees its own write in its next
//! ranking request, and so does everyone who asks after the write committed.
//!
//! Rebuilds run in a task of their own, one at a time: a request that gives
//! up waiting (a client timeout) does not cancel the rebuild, which finishes
//! and serves the requests after it. A rebuild re-reads the version when it
//! starts, so one rebuild serves every request that was waiting for it.
//! Requests keep no snapshot older than the version they read: serving a
//! stale snapshot while the next one loads (stale-while-revalidate) would
//! break read-your-writes for the worker who asks right after an employer
//! posts, so the rebuild is made fast instead (bulk queries, see
//! `hocnghe_store::repo::ranking::load_catalogue`).
//!
//! (On PostgreSQL a transaction can commit after a later one and so appear
//! with an id below a version already seen; such a write shows at the next
//! change. The window is a few milliseconds between two concurrent writes.)

use std::sync::{Arc, RwLock};

use hocnghe_match::RankingIndex;
use hocnghe_search::SearchIndex;
use hocnghe_store::StoreError;
use hocnghe_store::repo::ranking::{self, RankingCatalogue};
use sea_orm::DatabaseConnection;
use tokio::sync::Mutex;

/// A catalogue snapshot with its ranking index.
#[derive(Debug, Default)]
pub struct Snapshot {
    pub catalogue: RankingCatalogue,
    pub index: RankingIndex,
}

#[derive(Default)]
pub struct RankingCache {
    current: RwLock<Option<(i64, Arc<Snapshot>)>>,
    rebuilding: Mutex<()>,
    /// When the current snapshot was built (for metrics).
    built_at: RwLock<Option<std::time::Instant>>,
}

impl RankingCache {
    pub fn new() -> Self {
        Self::default()
    }

    /// The snapshot, rebuilt first if a course or demand changed since it was loaded.
    pub async fn snapshot(
        self: &Arc<Self>,
        db: &DatabaseConnection,
        index: &Arc<SearchIndex>,
    ) -> Result<Arc<Snapshot>, StoreError> {
        let version = version(db, index).await?;
        if let Some(snapshot) = self.fresh(version) {
            return Ok(snapshot);
        }
        let cache = Arc::clone(self);
        let (db, index) = (db.clone(), Arc::clone(index));
        tokio::spawn(async move { cache.rebuild(version, &db, &index).await })
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "ranking snapshot rebuild task failed");
                Err(StoreError::Db(sea_orm::DbErr::Custom(
                    "ranking snapshot rebuild failed".into(),
                )))
            })
    }

    /// Load a snapshot at `wanted` or later, unless one already is.
    async fn rebuild(
        &self,
        wanted: i64,
        db: &DatabaseConnection,
        index: &SearchIndex,
    ) -> Result<Arc<Snapshot>, StoreError> {
        let _one_at_a_time = self.rebuilding.lock().await;
        if let Some(snapshot) = self.fresh(wanted) {
            return Ok(snapshot);
        }
        // Writes committed while this rebuild waited for the lock are
        // included too, so requests queued behind it need no other.
        let version = version(db, index).await?.max(wanted);
        let started = std::time::Instant::now();
        let catalogue = ranking::load_catalogue(db).await?;
        let loaded_ms = started.elapsed().as_millis() as u64;
        let snapshot = tokio::task::spawn_blocking(move || {
            let index = RankingIndex::new(&catalogue.courses, &catalogue.demands);
            Snapshot { catalogue, index }
        })
        .await
        .map_err(|_| StoreError::Db(sea_orm::DbErr::Custom("ranking index build failed".into())))?;
        let snapshot = Arc::new(snapshot);
        tracing::info!(
            courses = snapshot.catalogue.courses.len(),
            demands = snapshot.catalogue.demands.len(),
            version,
            loaded_ms,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "ranking snapshot rebuilt"
        );
        *self.current.write().unwrap_or_else(|e| e.into_inner()) =
            Some((version, Arc::clone(&snapshot)));
        *self.built_at.write().unwrap_or_else(|e| e.into_inner()) = Some(started);
        Ok(snapshot)
    }

    /// Seconds since the current snapshot was built, if there is one.
    pub fn age_seconds(&self) -> Option<f64> {
        self.built_at
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .map(|at| at.elapsed().as_secs_f64())
    }

    fn fresh(&self, version: i64) -> Option<Arc<Snapshot>> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .filter(|(loaded_at, _)| *loaded_at >= version)
            .map(|(_, snapshot)| Arc::clone(snapshot))
    }
}

/// The catalogue's version: the id of the newest committed course or demand write.
async fn version(db: &DatabaseConnection, index: &SearchIndex) -> Result<i64, StoreError> {
    let present = ranking::catalogue_version(db).await?;
    Ok(present.max(index.last_applied().unwrap_or(0)))
}
