//! Keeps the search index in line with the database, which is the source of truth.
//!
//! Every course or demand write inserts a `search_outbox` row in the same
//! transaction. One task owns the index writer and drains the outbox in batches:
//! it loads the current rows (a row that is gone, a closed course or a demand
//! that is not open becomes a delete), applies the batch in one tantivy commit
//! whose payload records the outbox id reached, and only then deletes exactly
//! the outbox rows it applied. A crash anywhere therefore loses nothing: rows
//! not yet deleted are applied again on the next start, and applying a row
//! twice gives the same index. The task wakes when the API pokes it after a
//! write and polls every `search.poll_interval_ms` for writes made by other
//! processes.
//!
//! A missing, corrupt or outdated index is rebuilt from the database. The rebuild
//! commits with an *incomplete* payload first and records the outbox id it
//! covers in a second, empty commit, so an index whose rebuild was interrupted
//! is rebuilt again rather than trusted.

pub mod docs;
mod setup;

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hocnghe_search::{
    IndexOp, IndexWriterHandle, OpenOutcome, RebuildTimings, SearchError, SearchIndex,
};
use hocnghe_store::repo::outbox::{self, EntityKind, OutboxEntry};
use hocnghe_store::repo::{courses, demands};
use hocnghe_store::{DatabaseConnection, StoreError};
use serde::Serialize;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;
use utoipa::ToSchema;

pub use docs::SkillAliases;
pub use setup::{SearchSetup, index_size_bytes, load_setup, open_index, skill_suggester};

/// Outbox rows handled per commit, and rows loaded per query during a rebuild.
pub const BATCH: u64 = 500;

/// Batches a rebuild reads from the database at once, each on its own connection.
const READ_AHEAD: usize = 6;

/// Ids read per query when a rebuild lists every course and demand.
const ID_PAGE: u64 = 20_000;

/// Payload of a rebuild commit whose outbox position is not recorded yet.
const INCOMPLETE: i64 = -1;

/// Longest wait between retries after a failure.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum IndexerError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("index writer task failed: {0}")]
    Join(#[from] tokio::task::JoinError),
    #[error("simulated crash at {0:?}")]
    Crashed(CrashPoint),
}

/// Points where a test can make the indexer stop as if the process had died
/// there: the step is abandoned and the task ends.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashPoint {
    /// After loading a batch, before committing it to the index.
    BeforeApply,
    /// After the index commit, before the applied outbox rows are deleted.
    AfterApply,
    /// After a rebuild's commit, before its outbox position is recorded.
    RebuildBeforePayload,
}

/// What the index is doing, for `/health/ready`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IndexState {
    /// The indexer has not finished its first step yet.
    Starting,
    /// Rebuilding from the database; searches see an empty or partial index.
    Rebuilding,
    /// Up to date with the outbox as of the last step.
    Ok,
    /// The last step failed; it is retried with backoff.
    Failing,
    /// The indexer task has ended.
    Stopped,
}

/// How a rebuild went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RebuildReport {
    pub courses: usize,
    pub demands: usize,
    /// Outbox id the rebuilt index covers.
    pub upto_outbox_id: i64,
    pub elapsed: Duration,
    /// Time spent in database queries (rows, skills, names) and turning rows
    /// into search documents, on the reading side.
    pub reading: Duration,
    /// Where the writer's time went (it overlaps with the reading).
    pub writer: RebuildTimings,
}

/// The single owner of the index writer.
pub struct Indexer {
    db: DatabaseConnection,
    index: Arc<SearchIndex>,
    /// Taken while a blocking commit runs; re-acquired if that thread panicked.
    writer: Option<IndexWriterHandle>,
    aliases: Arc<SkillAliases>,
    crash_at: Arc<Mutex<Option<CrashPoint>>>,
}

impl Indexer {
    pub fn new(
        db: DatabaseConnection,
        index: Arc<SearchIndex>,
        aliases: Arc<SkillAliases>,
    ) -> Result<Self, IndexerError> {
        let writer = index.writer()?;
        Ok(Self {
            db,
            index,
            writer: Some(writer),
            aliases,
            crash_at: Arc::default(),
        })
    }

    /// Make the next step that reaches `point` stop there with [`IndexerError::Crashed`].
    #[doc(hidden)]
    pub fn crash_at(&self, point: Option<CrashPoint>) {
        *lock(&self.crash_at) = point;
    }

    fn crash_point(&self, point: CrashPoint) -> Result<(), IndexerError> {
        if *lock(&self.crash_at) == Some(point) {
            return Err(IndexerError::Crashed(point));
        }
        Ok(())
    }

    fn take_writer(&mut self) -> Result<IndexWriterHandle, IndexerError> {
        match self.writer.take() {
            Some(writer) => Ok(writer),
            None => Ok(self.index.writer()?),
        }
    }

    /// Apply `ops` and commit them with `upto` as the outbox position, off the
    /// async threads (a tantivy commit blocks on disk).
    async fn apply(&mut self, ops: Vec<IndexOp>, upto: i64) -> Result<(), IndexerError> {
        let mut writer = self.take_writer()?;
        let (writer, applied) = tokio::task::spawn_blocking(move || {
            let applied = writer.apply(ops, upto);
            (writer, applied)
        })
        .await?;
        self.writer = Some(writer);
        Ok(applied?)
    }

    /// Apply the oldest pending outbox rows (at most [`BATCH`]) and delete them.
    /// Returns how many rows were handled; 0 means the outbox was empty.
    pub async fn drain_batch(&mut self) -> Result<usize, IndexerError> {
        let entries = outbox::pending(&self.db, BATCH).await?;
        let Some(batch_max) = entries.iter().map(|e| e.id).max() else {
            return Ok(0);
        };
        let ops = self.ops_for(&entries).await?;
        let upto = batch_max.max(self.index.last_applied().unwrap_or(0));
        self.crash_point(CrashPoint::BeforeApply)?;
        let count = ops.len();
        self.apply(ops, upto).await?;
        self.crash_point(CrashPoint::AfterApply)?;
        let ids: Vec<i64> = entries.iter().map(|e| e.id).collect();
        outbox::remove(&self.db, &ids).await?;
        tracing::debug!(
            outbox_rows = ids.len(),
            ops = count,
            upto,
            "outbox batch indexed"
        );
        Ok(entries.len())
    }

    /// Drain until the outbox is empty (or `stop` says so between batches).
    pub async fn drain(&mut self, stop: impl Fn() -> bool) -> Result<usize, IndexerError> {
        let mut total = 0;
        loop {
            let handled = self.drain_batch().await?;
            total += handled;
            if (handled as u64) < BATCH || stop() {
                return Ok(total);
            }
        }
    }

    /// The current state of every course and demand named by `entries`.
    async fn ops_for(&self, entries: &[OutboxEntry]) -> Result<Vec<IndexOp>, IndexerError> {
        let ids_of = |kind| {
            entries
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| e.entity_id)
                .collect::<BTreeSet<i64>>()
                .into_iter()
                .collect::<Vec<_>>()
        };
        let course_ids = ids_of(EntityKind::Course);
        let demand_ids = ids_of(EntityKind::Demand);
        let mut ops = Vec::with_capacity(course_ids.len() + demand_ids.len());
        if !course_ids.is_empty() {
            let found: HashMap<i64, _> = courses::load_many(&self.db, &course_ids)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect();
            ops.extend(
                course_ids
                    .iter()
                    .map(|id| docs::course_op(*id, found.get(id), &self.aliases)),
            );
        }
        if !demand_ids.is_empty() {
            let found: HashMap<i64, _> = demands::load_many(&self.db, &demand_ids)
                .await?
                .into_iter()
                .map(|d| (d.id, d))
                .collect();
            ops.extend(
                demand_ids
                    .iter()
                    .map(|id| docs::demand_op(*id, found.get(id), &self.aliases)),
            );
        }
        Ok(ops)
    }

    /// Replace the whole index with every searchable course and demand.
    ///
    /// The outbox position is read before any row is loaded, so every change
    /// it covers is in the loaded rows; afterwards exactly the outbox rows that
    /// existed up to that position are deleted. Rows committed later (even with
    /// a smaller id, which PostgreSQL allows) stay and are drained normally.
    pub async fn rebuild(&mut self) -> Result<RebuildReport, IndexerError> {
        let started = Instant::now();
        let snapshot = outbox::max_id(&self.db).await?;
        let covered = outbox::ids_upto(&self.db, snapshot).await?;

        // Documents stream to the blocking writer so that memory stays flat.
        // Whole batches travel to the writer: one hand-over per 500 documents
        // instead of one wake-up of the writer thread per document.
        let (sender, mut receiver) = tokio::sync::mpsc::channel::<Vec<IndexOp>>(READ_AHEAD);
        let mut writer = self.take_writer()?;
        let build = tokio::task::spawn_blocking(move || {
            let ops = std::iter::from_fn(move || receiver.blocking_recv()).flatten();
            let built = writer.rebuild(ops, INCOMPLETE);
            (writer, built)
        });
        let loaded = self.stream_all(&sender).await;
        drop(sender);
        let (writer, built) = build.await?;
        self.writer = Some(writer);
        // A failed load leaves an index marked incomplete: it is rebuilt again.
        let (courses, demands, reading) = loaded?;
        let writer_timings = built?;

        self.crash_point(CrashPoint::RebuildBeforePayload)?;
        self.apply(Vec::new(), snapshot).await?;
        outbox::remove(&self.db, &covered).await?;
        let report = RebuildReport {
            courses,
            demands,
            upto_outbox_id: snapshot,
            elapsed: started.elapsed(),
            reading,
            writer: writer_timings,
        };
        tracing::info!(
            courses,
            demands,
            upto_outbox_id = snapshot,
            elapsed_ms = report.elapsed.as_millis() as u64,
            reading_ms = reading.as_millis() as u64,
            "search index rebuilt from the database"
        );
        Ok(report)
    }

    /// Send an upsert for every searchable course and demand; stops early when
    /// the writer has gone away (its error is reported by the caller). Returns
    /// the counts and the time spent waiting for rows and converting them (not
    /// sending).
    ///
    /// Batches are read [`READ_AHEAD`] at a time on separate connections: one
    /// batch is a few round trips of a few milliseconds each, and read one
    /// after another they left the index writer idle for a third of a rebuild.
    async fn stream_all(
        &self,
        sender: &tokio::sync::mpsc::Sender<Vec<IndexOp>>,
    ) -> Result<(usize, usize, Duration), IndexerError> {
        let mut reading = Duration::ZERO;
        let started = Instant::now();
        let course_ids = all_ids(|after| {
            let db = self.db.clone();
            async move { courses::ids_after(&db, after, ID_PAGE).await }
        })
        .await?;
        let demand_ids = all_ids(|after| {
            let db = self.db.clone();
            async move { demands::ids_after(&db, after, ID_PAGE).await }
        })
        .await?;
        reading += started.elapsed();

        let courses = send_upserts(
            read_ahead(&course_ids, |ids| {
                let db = self.db.clone();
                async move { courses::load_many(&db, &ids).await }
            }),
            |course| {
                docs::course_searchable(course)
                    .then(|| IndexOp::UpsertCourse(docs::course_doc(course, &self.aliases)))
            },
            sender,
            &mut reading,
        )
        .await?;
        let Some(courses) = courses else {
            return Ok((0, 0, reading));
        };
        let demands = send_upserts(
            read_ahead(&demand_ids, |ids| {
                let db = self.db.clone();
                async move { demands::load_many(&db, &ids).await }
            }),
            |demand| {
                docs::demand_searchable(demand)
                    .then(|| IndexOp::UpsertDemand(docs::demand_doc(demand, &self.aliases)))
            },
            sender,
            &mut reading,
        )
        .await?;
        Ok((courses, demands.unwrap_or(0), reading))
    }
}

/// Sends the upserts of every batch `rows` reads to the writer; how many were
/// sent, or `None` when the writer has gone away. Adds the time spent waiting
/// for rows and converting them to `reading`.
async fn send_upserts<T, F, Fut>(
    mut rows: ReadAhead<T, F>,
    upsert: impl Fn(&T) -> Option<IndexOp>,
    sender: &tokio::sync::mpsc::Sender<Vec<IndexOp>>,
    reading: &mut Duration,
) -> Result<Option<usize>, IndexerError>
where
    F: Fn(Vec<i64>) -> Fut,
    Fut: Future<Output = Result<Vec<T>, StoreError>> + Send + 'static,
    T: Send + 'static,
{
    let mut sent = 0;
    loop {
        let started = Instant::now();
        let Some(batch) = rows.next().await? else {
            return Ok(Some(sent));
        };
        let ops: Vec<IndexOp> = batch.iter().filter_map(&upsert).collect();
        *reading += started.elapsed();
        sent += ops.len();
        if sender.send(ops).await.is_err() {
            return Ok(None);
        }
    }
}

/// Every id of a table, ascending, read in pages of [`ID_PAGE`].
async fn all_ids<F, Fut>(ids_after: F) -> Result<Vec<i64>, StoreError>
where
    F: Fn(i64) -> Fut,
    Fut: Future<Output = Result<Vec<i64>, StoreError>>,
{
    let mut all = Vec::new();
    loop {
        let page = ids_after(all.last().copied().unwrap_or(0)).await?;
        let full = page.len() as u64 == ID_PAGE;
        all.extend(page);
        if !full {
            return Ok(all);
        }
    }
}

/// Loads `ids` in batches of [`BATCH`], [`READ_AHEAD`] batches in flight on
/// their own tasks, handed out in order.
fn read_ahead<T, F, Fut>(ids: &[i64], load: F) -> ReadAhead<T, F>
where
    F: Fn(Vec<i64>) -> Fut,
    Fut: Future<Output = Result<Vec<T>, StoreError>> + Send + 'static,
    T: Send + 'static,
{
    let mut reads = ReadAhead {
        batches: ids
            .chunks(BATCH as usize)
            .map(<[i64]>::to_vec)
            .collect::<Vec<_>>()
            .into_iter(),
        in_flight: VecDeque::with_capacity(READ_AHEAD),
        load,
    };
    for _ in 0..READ_AHEAD {
        reads.start_next();
    }
    reads
}

struct ReadAhead<T, F> {
    batches: std::vec::IntoIter<Vec<i64>>,
    in_flight: VecDeque<JoinHandle<Result<Vec<T>, StoreError>>>,
    load: F,
}

impl<T, F, Fut> ReadAhead<T, F>
where
    F: Fn(Vec<i64>) -> Fut,
    Fut: Future<Output = Result<Vec<T>, StoreError>> + Send + 'static,
    T: Send + 'static,
{
    fn start_next(&mut self) {
        if let Some(ids) = self.batches.next() {
            self.in_flight.push_back(tokio::spawn((self.load)(ids)));
        }
    }

    /// The next batch in id order; `None` after the last.
    async fn next(&mut self) -> Result<Option<Vec<T>>, IndexerError> {
        let Some(read) = self.in_flight.pop_front() else {
            return Ok(None);
        };
        self.start_next();
        Ok(Some(read.await??))
    }
}

/// Reads still in flight are not needed once the rebuild stops early.
impl<T, F> Drop for ReadAhead<T, F> {
    fn drop(&mut self) {
        self.in_flight.iter().for_each(JoinHandle::abort);
    }
}

/// Whether an index opened with `outcome` must be rebuilt before use.
pub fn needs_rebuild(outcome: &OpenOutcome) -> bool {
    match outcome {
        OpenOutcome::NeedsRebuild { .. } => true,
        OpenOutcome::Existing { last_applied } => last_applied.is_none_or(|id| id < 0),
    }
}

/// Shared with request handlers: wakes the indexer and reports its state.
#[derive(Clone)]
pub struct IndexerHandle {
    notify: Arc<Notify>,
    crash_at: Arc<Mutex<Option<CrashPoint>>>,
    state: Arc<Mutex<IndexState>>,
    shutdown: Arc<watch::Sender<bool>>,
    task: Arc<tokio::sync::Mutex<Option<JoinHandle<()>>>>,
}

impl IndexerHandle {
    /// Wake the indexer: a write was just committed.
    pub fn poke(&self) {
        self.notify.notify_one();
    }

    pub fn state(&self) -> IndexState {
        *lock(&self.state)
    }

    /// Make the indexer stop at `point` the next time it gets there, as if the
    /// process had died (tests only).
    #[doc(hidden)]
    pub fn crash_at(&self, point: Option<CrashPoint>) {
        *lock(&self.crash_at) = point;
    }

    /// Stop the indexer after its current step and wait for it (and its writer) to go.
    pub async fn shutdown(&self) {
        let _ = self.shutdown.send(true);
        if let Some(task) = self.task.lock().await.take() {
            let _ = task.await;
        }
    }
}

/// Start the indexer task: rebuild first when `rebuild` is set, then drain the
/// outbox whenever poked, and at least every `poll`.
pub fn spawn(indexer: Indexer, rebuild: bool, poll: Duration) -> IndexerHandle {
    let notify = Arc::new(Notify::new());
    let state = Arc::new(Mutex::new(if rebuild {
        IndexState::Rebuilding
    } else {
        IndexState::Starting
    }));
    let (shutdown, stop) = watch::channel(false);
    let crash_at = indexer.crash_at.clone();
    let task = tokio::spawn(run(
        indexer,
        rebuild,
        poll,
        notify.clone(),
        state.clone(),
        stop,
    ));
    IndexerHandle {
        notify,
        crash_at,
        state,
        shutdown: Arc::new(shutdown),
        task: Arc::new(tokio::sync::Mutex::new(Some(task))),
    }
}

async fn run(
    mut indexer: Indexer,
    mut rebuild: bool,
    poll: Duration,
    notify: Arc<Notify>,
    state: Arc<Mutex<IndexState>>,
    mut stop: watch::Receiver<bool>,
) {
    let set = |new: IndexState| *lock(&state) = new;
    let mut failures: u32 = 0;
    loop {
        if *stop.borrow() {
            break;
        }
        let step = if rebuild {
            set(IndexState::Rebuilding);
            indexer.rebuild().await.map(|_| rebuild = false)
        } else {
            let stopping = stop.clone();
            indexer.drain(move || *stopping.borrow()).await.map(|_| ())
        };
        match step {
            Ok(()) => {
                failures = 0;
                set(IndexState::Ok);
            }
            Err(IndexerError::Crashed(point)) => {
                tracing::warn!(?point, "indexer stopped by a simulated crash");
                break;
            }
            Err(error) => {
                failures = failures.saturating_add(1);
                tracing::error!(%error, failures, "search indexing failed; will retry");
                set(IndexState::Failing);
            }
        }
        let wait = if failures == 0 {
            poll
        } else {
            poll.saturating_mul(1 << failures.min(6)).min(MAX_BACKOFF)
        };
        tokio::select! {
            _ = notify.notified() => {}
            _ = tokio::time::sleep(wait) => {}
            changed = stop.changed() => {
                if changed.is_err() || *stop.borrow() {
                    break;
                }
            }
        }
    }
    set(IndexState::Stopped);
}

/// Open (or create) the index and start its indexer: the composition used by
/// the server.
pub async fn start(
    db: &DatabaseConnection,
    setup: &SearchSetup,
    index_dir: &std::path::Path,
    poll: Duration,
    crash_at: Option<CrashPoint>,
) -> Result<(Arc<SearchIndex>, IndexerHandle), IndexerError> {
    let (index, outcome) = open_index(index_dir, setup).await?;
    let index = Arc::new(index);
    let rebuild = needs_rebuild(&outcome);
    match &outcome {
        OpenOutcome::Existing { last_applied } if !rebuild => {
            tracing::info!(?last_applied, "search index opened; replaying the outbox");
        }
        other => tracing::info!(outcome = ?other, "search index will be rebuilt"),
    }
    let indexer = Indexer::new(db.clone(), index.clone(), setup.aliases.clone())?;
    indexer.crash_at(crash_at);
    Ok((index.clone(), spawn(indexer, rebuild, poll)))
}

/// A poisoned lock only means another thread panicked mid-update of a plain value.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Rebuild the on-disk index from the database, without a server (`hocnghe reindex`).
/// Fails if another process holds the index writer.
pub async fn reindex(
    db: &DatabaseConnection,
    index_dir: &std::path::Path,
) -> Result<RebuildReport, IndexerError> {
    let setup = load_setup(db).await?;
    let (index, _) = open_index(index_dir, &setup).await?;
    let mut indexer = Indexer::new(db.clone(), Arc::new(index), setup.aliases.clone())?;
    indexer.rebuild().await
}
