#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Store(#[from] hocnghe_store::StoreError),
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
    /// The file cannot be read as the expected CSV (encoding, columns).
    #[error("csv: {0}")]
    Csv(String),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
}
