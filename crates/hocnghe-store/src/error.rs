use hocnghe_domain::ValidationErrors;
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("{entity} {id} not found")]
    NotFound { entity: &'static str, id: String },
    #[error(transparent)]
    Invalid(#[from] ValidationErrors),
    /// The change would break data that depends on the row (for example
    /// deleting a provider that still has courses).
    #[error("conflict: {message_en}")]
    Conflict {
        message_vi: String,
        message_en: String,
    },
    /// The caller may not make this change (a rule about the data, such as
    /// who may record an outcome for whom).
    #[error("forbidden: {message_en}")]
    Forbidden {
        message_vi: String,
        message_en: String,
    },
    #[error("corrupt value in {table}.{column}: {value:?}")]
    Corrupt {
        table: &'static str,
        column: &'static str,
        value: String,
    },
    #[error("reference data {file}: {detail}")]
    ReferenceData { file: String, detail: String },
}

impl StoreError {
    pub fn not_found(entity: &'static str, id: impl ToString) -> Self {
        Self::NotFound {
            entity,
            id: id.to_string(),
        }
    }

    pub fn conflict(message_vi: impl Into<String>, message_en: impl Into<String>) -> Self {
        Self::Conflict {
            message_vi: message_vi.into(),
            message_en: message_en.into(),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Parse a stored vocabulary value; a value the code does not know means the
/// row was written by something else, which is reported rather than guessed.
pub(crate) fn parse_stored<T: std::str::FromStr>(
    table: &'static str,
    column: &'static str,
    value: &str,
) -> StoreResult<T> {
    value.parse().map_err(|_| StoreError::Corrupt {
        table,
        column,
        value: value.to_owned(),
    })
}
