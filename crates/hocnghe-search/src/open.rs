//! Opening an on-disk index, deciding whether it can be reused, and wiping it
//! when it cannot.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::Index;

use crate::error::{Result, SearchError};
use crate::schema::{Fields, SCHEMA_VERSION};

/// What `SearchIndex::open` found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenOutcome {
    /// A usable index; replay the outbox after `last_applied`.
    Existing { last_applied: Option<i64> },
    /// The directory was wiped and now holds an empty index: rebuild it from the
    /// database.
    NeedsRebuild { reason: RebuildReason },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RebuildReason {
    /// No index in the directory.
    Missing,
    /// An index that was never committed by this crate (no payload).
    NeverCommitted,
    /// Built by another schema version (or with a schema that differs).
    SchemaVersion { found: Option<u32>, expected: u32 },
    /// Unreadable meta.json, payload or segment files.
    Corrupt(String),
}

/// Stored with every commit, read back on open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CommitPayload {
    pub schema_version: u32,
    pub last_outbox_id: i64,
}

impl CommitPayload {
    pub(crate) fn new(last_outbox_id: i64) -> Self {
        CommitPayload {
            schema_version: SCHEMA_VERSION,
            last_outbox_id,
        }
    }
}

/// Opens the index in `dir` if it is usable, telling why it is not otherwise.
pub(crate) fn open_usable(
    dir: &Path,
    fields: &Fields,
) -> std::result::Result<(Index, i64), RebuildReason> {
    if !dir.join("meta.json").exists() {
        return Err(RebuildReason::Missing);
    }
    let corrupt = |e: tantivy::TantivyError| RebuildReason::Corrupt(e.to_string());
    let index = Index::open_in_dir(dir).map_err(corrupt)?;
    // Tokenizers are not persisted: without them the writer dies on the first
    // document it indexes.
    crate::analyzers::register_analyzers(&index);
    let metas = index.load_metas().map_err(corrupt)?;
    let Some(payload) = metas.payload else {
        return Err(RebuildReason::NeverCommitted);
    };
    let payload: CommitPayload = match serde_json::from_str(&payload) {
        Ok(payload) => payload,
        Err(_) => {
            let found = serde_json::from_str::<serde_json::Value>(&payload)
                .ok()
                .and_then(|v| v.get("schema_version")?.as_u64())
                .and_then(|v| u32::try_from(v).ok());
            return Err(RebuildReason::SchemaVersion {
                found,
                expected: SCHEMA_VERSION,
            });
        }
    };
    if payload.schema_version != SCHEMA_VERSION || index.schema() != fields.schema {
        return Err(RebuildReason::SchemaVersion {
            found: Some(payload.schema_version),
            expected: SCHEMA_VERSION,
        });
    }
    Ok((index, payload.last_outbox_id))
}

/// Removes every file tantivy wrote in `dir`, refusing to touch a directory that
/// holds anything else (a misconfigured path must not cost someone their files).
pub(crate) fn wipe(dir: &Path) -> Result<()> {
    if !dir.exists() {
        return Ok(());
    }
    let mut doomed: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let owned = entry.file_type()?.is_file() && name.to_str().is_some_and(is_index_file);
        if !owned {
            return Err(SearchError::UnsafeIndexDir {
                path: dir.to_path_buf(),
            });
        }
        doomed.push(entry.path());
    }
    for path in doomed {
        std::fs::remove_file(path)?;
    }
    Ok(())
}

fn is_index_file(name: &str) -> bool {
    let segment_file = name.len() > 33
        && name.as_bytes()[32] == b'.'
        && name[..32].bytes().all(|b| b.is_ascii_hexdigit());
    segment_file
        || matches!(
            name,
            "meta.json" | ".managed.json" | ".tantivy-meta.lock" | ".tantivy-writer.lock"
        )
        || name.starts_with(".tmp")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_tantivy_files_only() {
        assert!(is_index_file("meta.json"));
        assert!(is_index_file(".managed.json"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.store"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.12.del"));
        assert!(!is_index_file("notes.txt"));
        assert!(!is_index_file("hocnghe.sqlite"));
    }

    #[test]
    fn refuses_to_wipe_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("meta.json"), "{}").unwrap();
        std::fs::write(dir.path().join("hocnghe.sqlite"), "data").unwrap();
        assert!(matches!(
            wipe(dir.path()),
            Err(SearchError::UnsafeIndexDir { .. })
        ));
        assert!(dir.path().join("hocnghe.sqlite").exists());
        std::fs::remove_file(dir.path().join("hocnghe.sqlite")).unwrap();
        wipe(dir.path()).unwrap();
        assert!(!dir.path().join("meta.json").exists());
    }
}
