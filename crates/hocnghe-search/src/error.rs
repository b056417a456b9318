use std::path::PathBuf;

/// Everything that can go wrong in the search crate.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("search index io error: {0}")]
    Io(#[from] std::io::Error),
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    #[error("the index writer is already taken")]
    WriterTaken,
    #[error("unknown commune code: {0}")]
    UnknownCommune(String),
    #[error("refusing to wipe {path}: it holds files that are not part of a search index")]
    UnsafeIndexDir { path: PathBuf },
    #[error("invalid stored document: {0}")]
    StoredDocument(#[from] serde_json::Error),
}

pub type Result<T, E = SearchError> = std::result::Result<T, E>;
