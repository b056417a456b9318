use hocnghe_domain::ValidationErrors;
use hocnghe_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
    /// The file cannot be read as the expected CSV (encoding, columns).
    #[error("csv: {0}")]
    Csv(String),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    /// A generated item failed domain validation: a bug in the generator.
    #[error("generated {what} is invalid: {errors}")]
    Invalid {
        what: String,
        errors: ValidationErrors,
    },
}

impl DemoError {
    pub(crate) fn invalid(what: impl Into<String>, errors: ValidationErrors) -> Self {
        Self::Invalid {
            what: what.into(),
            errors,
        }
    }
}
