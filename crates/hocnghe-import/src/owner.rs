//! The `provider` / `employer` column: an id, or the exact name.

use hocnghe_domain::FieldError;
use hocnghe_store::repo::{employers, providers};
use hocnghe_store::{DatabaseConnection, StoreError};

use super::cells::Row;
use crate::ImportError;

#[derive(Debug, Clone, Copy)]
pub enum Owner {
    Provider,
    Employer,
}

impl Owner {
    fn column(self) -> &'static str {
        match self {
            Self::Provider => "provider",
            Self::Employer => "employer",
        }
    }

    fn label_vi(self) -> &'static str {
        match self {
            Self::Provider => "cơ sở đào tạo",
            Self::Employer => "nhà tuyển dụng",
        }
    }
}

/// The id the row refers to; 0 with an error pushed when there is none or
/// the name is ambiguous.
pub async fn resolve(
    db: &DatabaseConnection,
    row: &Row,
    owner: Owner,
    errors: &mut Vec<FieldError>,
) -> Result<i64, ImportError> {
    let column = owner.column();
    let Some(value) = row.text(column) else {
        errors.push(FieldError::required(column));
        return Ok(0);
    };
    let ids = match value.parse::<i64>() {
        Ok(id) => {
            let found = match owner {
                Owner::Provider => providers::get(db, id).await.map(|_| ()),
                Owner::Employer => employers::get(db, id).await.map(|_| ()),
            };
            match found {
                Ok(()) => vec![id],
                Err(StoreError::NotFound { .. }) => Vec::new(),
                Err(other) => return Err(other.into()),
            }
        }
        Err(_) => match owner {
            Owner::Provider => providers::ids_by_name(db, &value).await?,
            Owner::Employer => employers::ids_by_name(db, &value).await?,
        },
    };
    match ids.as_slice() {
        [id] => Ok(*id),
        [] => {
            errors.push(FieldError::unknown(
                column,
                owner.label_vi(),
                column,
                &value,
            ));
            Ok(0)
        }
        _ => {
            errors.push(FieldError::invalid(
                column,
                format!(
                    "Có {} {} cùng tên \"{value}\"; hãy ghi mã số (id) thay cho tên.",
                    ids.len(),
                    owner.label_vi()
                ),
                format!(
                    "{} {column}s are named \"{value}\"; give the id instead.",
                    ids.len()
                ),
            ));
            Ok(0)
        }
    }
}
