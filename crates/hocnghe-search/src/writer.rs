//! The single owner of tantivy's `IndexWriter`.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use tantivy::indexer::{LogMergePolicy, NoMergePolicy};
use tantivy::{IndexWriter, Term};

use crate::documents::IndexOp;
use crate::engine::Shared;
use crate::error::Result;
use crate::open::CommitPayload;
use crate::schema::Kind;

/// Memory for tantivy's indexing buffers, shared by its threads. A thread writes
/// a segment whenever its share fills up: with 64 MB a rebuild of 110k documents
/// made 9 segments to merge. Arenas grow on demand, so small batches use little.
const WRITER_HEAP_BYTES: usize = 300_000_000;
const WRITER_THREADS: usize = 2;

/// Applies changes and commits them with the outbox id they bring the index up to.
/// Dropping the handle discards uncommitted changes and frees the writer slot.
pub struct IndexWriterHandle {
    writer: IndexWriter,
    shared: Arc<Shared>,
    // Declared last so it is dropped after the tantivy writer released its lock.
    _slot: WriterSlot,
}

impl IndexWriterHandle {
    pub(crate) fn new(shared: Arc<Shared>) -> Result<Self> {
        let writer = shared
            .index
            .writer_with_num_threads(WRITER_THREADS, WRITER_HEAP_BYTES)?;
        let slot = WriterSlot(Arc::clone(&shared));
        Ok(IndexWriterHandle {
            writer,
            shared,
            _slot: slot,
        })
    }

    /// Applies `ops` in order (an upsert replaces any previous version) and commits
    /// them, recording `upto_outbox_id`; the changes are searchable on return.
    /// On error nothing is committed.
    pub fn apply(&mut self, ops: Vec<IndexOp>, upto_outbox_id: i64) -> Result<()> {
        let count = ops.len();
        self.staged(|handle| {
            for op in ops {
                handle.stage(op, None)?;
            }
            Ok(())
        })?;
        self.commit(upto_outbox_id)?;
        tracing::debug!(ops = count, upto_outbox_id, "search index changes applied");
        Ok(())
    }

    /// Replaces the whole index content with `ops` in one commit, then merges it
    /// into one segment; tells where the time went.
    pub fn rebuild(
        &mut self,
        ops: impl IntoIterator<Item = IndexOp>,
        upto_outbox_id: i64,
    ) -> Result<RebuildTimings> {
        let mut timings = RebuildTimings::default();
        // No background merge may start on the new segments: the explicit merge
        // below takes all of them, and two merges of one segment make the second
        // fail ("segments that were merged could not be found").
        self.writer.set_merge_policy(Box::new(NoMergePolicy));
        let rebuilt = self
            .staged(|handle| {
                handle.writer.delete_all_documents()?;
                // Keys added so far: only a key seen twice needs a delete term (each
                // one is applied to every segment at commit time).
                let mut added = HashSet::new();
                let mut ops = ops.into_iter();
                loop {
                    let asked = Instant::now();
                    let Some(op) = ops.next() else { break };
                    let got = Instant::now();
                    timings.waiting += got - asked;
                    handle.stage(op, Some(&mut added))?;
                    timings.staging += got.elapsed();
                    timings.ops += 1;
                }
                Ok(())
            })
            .and_then(|()| {
                let started = Instant::now();
                self.commit(upto_outbox_id)?;
                timings.commit = started.elapsed();
                let started = Instant::now();
                timings.merged_segments = self.merge_all()?;
                timings.merge = started.elapsed();
                Ok(())
            });
        self.writer
            .set_merge_policy(Box::new(LogMergePolicy::default()));
        rebuilt?;
        tracing::info!(
            ops = timings.ops,
            upto_outbox_id,
            waiting_ms = timings.waiting.as_millis() as u64,
            staging_ms = timings.staging.as_millis() as u64,
            commit_ms = timings.commit.as_millis() as u64,
            merge_ms = timings.merge.as_millis() as u64,
            merged_segments = timings.merged_segments,
            "search index rebuilt"
        );
        Ok(timings)
    }

    /// Merges every segment into one: a freshly rebuilt index is otherwise split
    /// into several segments, and every query pays a little for each of them.
    /// The merge keeps the last commit's payload. Only called while no merge
    /// policy runs, so nothing else holds these segments.
    fn merge_all(&mut self) -> Result<usize> {
        let segments = self.shared.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            self.writer.merge(&segments).wait()?;
            self.shared.reader.reload()?;
        }
        Ok(segments.len())
    }

    fn staged(&mut self, stage: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let staged = stage(self);
        if staged.is_err() {
            self.writer.rollback()?;
        }
        staged
    }

    /// Stages one change. `added` (during a rebuild, after every document was
    /// deleted) holds the keys added since: a key not in it has no document to delete.
    fn stage(&mut self, op: IndexOp, added: Option<&mut HashSet<(Kind, i64)>>) -> Result<()> {
        let fields = &self.shared.fields;
        let (kind, id, document) = match op {
            IndexOp::UpsertCourse(course) => (
                Kind::Course,
                course.id,
                Some(fields.course_document(&course)?),
            ),
            IndexOp::UpsertDemand(demand) => (
                Kind::Demand,
                demand.id,
                Some(fields.demand_document(&demand)?),
            ),
            IndexOp::DeleteCourse(id) => (Kind::Course, id, None),
            IndexOp::DeleteDemand(id) => (Kind::Demand, id, None),
        };
        let present = match added {
            None => true,
            Some(added) if document.is_some() => !added.insert((kind, id)),
            Some(added) => added.remove(&(kind, id)),
        };
        if present {
            let key = Term::from_field_text(fields.key, &kind.key(id));
            self.writer.delete_term(key);
        }
        if let Some(document) = document {
            self.writer.add_document(document)?;
        }
        Ok(())
    }

    fn commit(&mut self, upto_outbox_id: i64) -> Result<()> {
        let payload = serde_json::to_string(&CommitPayload::new(upto_outbox_id))?;
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.shared.reader.reload()?;
        *self
            .shared
            .last_applied
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(upto_outbox_id);
        Ok(())
    }
}

/// Where a rebuild's time went, on the writer's side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RebuildTimings {
    pub ops: usize,
    /// Waiting for the next change from the caller (reading the database).
    pub waiting: Duration,
    /// Turning changes into tantivy documents (NFC, JSON source, analysis) and
    /// handing them to tantivy's indexing threads, which may make us wait.
    pub staging: Duration,
    /// The commit: the indexing threads finish and write their segments.
    pub commit: Duration,
    /// Merging the new segments into one.
    pub merge: Duration,
    pub merged_segments: usize,
}

struct WriterSlot(Arc<Shared>);

impl Drop for WriterSlot {
    fn drop(&mut self) {
        self.0.writer_taken.store(false, Ordering::Release);
    }
}
