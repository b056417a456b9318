use hocnghe_domain::ValidationErrors;
use hocnghe_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("database error: {0}")]
    Db(#[from] sea_orm::DbErr),
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
