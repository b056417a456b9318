//! The single owner of tantivy's `IndexWriter`.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use tantivy::{IndexWriter, Term};

use crate::documents::IndexOp;
use crate::engine::Shared;
use crate::error::Result;
use crate::open::CommitPayload;
use crate::schema::Kind;

/// Memory for tantivy's indexing buffers, shared by its threads.
const WRITER_HEAP_BYTES: usize = 64_000_000;
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
                handle.stage(op)?;
            }
            Ok(())
        })?;
        self.commit(upto_outbox_id)?;
        tracing::debug!(ops = count, upto_outbox_id, "search index changes applied");
        Ok(())
    }

    /// Replaces the whole index content with `ops` in one commit.
    pub fn rebuild(
        &mut self,
        ops: impl IntoIterator<Item = IndexOp>,
        upto_outbox_id: i64,
    ) -> Result<()> {
        let mut count = 0usize;
        self.staged(|handle| {
            handle.writer.delete_all_documents()?;
            for op in ops {
                handle.stage(op)?;
                count += 1;
            }
            Ok(())
        })?;
        self.commit(upto_outbox_id)?;
        self.merge_all()?;
        tracing::info!(ops = count, upto_outbox_id, "search index rebuilt");
        Ok(())
    }

    /// Merges every segment into one: a freshly rebuilt index is otherwise split
    /// into many small segments, and every query pays a little for each of them.
    /// The merge keeps the last commit's payload.
    /// The rebuild is already committed, so a failed merge (say, a background merge
    /// took some of the segments first) only costs speed: it is logged, not returned.
    fn merge_all(&mut self) -> Result<()> {
        let segments = self.shared.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            if let Err(error) = self.writer.merge(&segments).wait() {
                tracing::warn!(%error, segments = segments.len(), "search index merge after rebuild failed");
            }
            self.shared.reader.reload()?;
        }
        Ok(())
    }

    fn staged(&mut self, stage: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        let staged = stage(self);
        if staged.is_err() {
            self.writer.rollback()?;
        }
        staged
    }

    fn stage(&mut self, op: IndexOp) -> Result<()> {
        let fields = &self.shared.fields;
        let key = |kind: Kind, id: i64| Term::from_field_text(fields.key, &kind.key(id));
        match op {
            IndexOp::UpsertCourse(course) => {
                self.writer.delete_term(key(Kind::Course, course.id));
                self.writer.add_document(fields.course_document(&course)?)?;
            }
            IndexOp::UpsertDemand(demand) => {
                self.writer.delete_term(key(Kind::Demand, demand.id));
                self.writer.add_document(fields.demand_document(&demand)?)?;
            }
            IndexOp::DeleteCourse(id) => {
                self.writer.delete_term(key(Kind::Course, id));
            }
            IndexOp::DeleteDemand(id) => {
                self.writer.delete_term(key(Kind::Demand, id));
            }
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

struct WriterSlot(Arc<Shared>);

impl Drop for WriterSlot {
    fn drop(&mut self) {
        self.0.writer_taken.store(false, Ordering::Release);
    }
}
