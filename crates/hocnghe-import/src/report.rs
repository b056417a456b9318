use std::fmt::Write as _;

use hocnghe_domain::{FieldError, ValidationErrors};
use hocnghe_store::{DatabaseConnection, DatabaseTransaction, StoreError, begin_write};
use serde::Serialize;

use crate::ImportError;

/// Field errors with the CSV lines they belong to.
pub(crate) type Located = Vec<(Vec<usize>, FieldError)>;

/// One problem with one course or demand.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RowError {
    /// CSV line numbers (the header is line 1).
    pub rows: Vec<usize>,
    /// The course key, or the demand title, to find it in the sheet.
    pub item: String,
    pub field: String,
    pub message_vi: String,
    pub message_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// "courses" or "demands".
    pub kind: &'static str,
    pub dry_run: bool,
    /// Items that passed (and, unless a dry run, were written).
    pub imported: usize,
    pub failed: usize,
    /// Ids of the written items, in file order (empty in a dry run).
    pub ids: Vec<i64>,
    pub errors: Vec<RowError>,
}

impl ImportReport {
    pub(crate) fn new(kind: &'static str, dry_run: bool) -> Self {
        Self {
            kind,
            dry_run,
            imported: 0,
            failed: 0,
            ids: Vec::new(),
            errors: Vec::new(),
        }
    }

    pub(crate) fn fail(&mut self, item: &str, errors: Vec<(Vec<usize>, FieldError)>) {
        self.failed += 1;
        self.errors
            .extend(errors.into_iter().map(|(rows, e)| RowError {
                rows,
                item: item.to_owned(),
                field: e.field,
                message_vi: e.message_vi,
                message_en: e.message_en,
            }));
    }

    /// Validate one item and write it in its own transaction (rolled back on
    /// a dry run, so references are checked exactly as on import), counting
    /// it as imported or failed. `locate` places field errors on CSV lines.
    pub(crate) async fn write<I, V>(
        &mut self,
        db: &DatabaseConnection,
        item: &str,
        input: Result<V, ValidationErrors>,
        insert: I,
        locate: impl Fn(ValidationErrors) -> Located,
    ) -> Result<(), ImportError>
    where
        I: AsyncFnOnce(&DatabaseTransaction, V) -> Result<i64, StoreError>,
    {
        let valid = match input {
            Ok(valid) => valid,
            Err(e) => {
                self.fail(item, locate(e));
                return Ok(());
            }
        };
        let tx = begin_write(db).await?;
        match insert(&tx, valid).await {
            Ok(id) => {
                if self.dry_run {
                    tx.rollback().await?;
                } else {
                    tx.commit().await?;
                    self.ids.push(id);
                }
                self.imported += 1;
            }
            Err(StoreError::Invalid(e)) => {
                tx.rollback().await?;
                self.fail(item, locate(e));
            }
            Err(other) => return Err(other.into()),
        }
        Ok(())
    }

    /// A plain-text table for the terminal.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let verb = if self.dry_run { "valid" } else { "imported" };
        let _ = writeln!(
            out,
            "{}: {} {verb}, {} failed",
            self.kind, self.imported, self.failed
        );
        if self.errors.is_empty() {
            return out;
        }
        let _ = writeln!(
            out,
            "{:<10} {:<28} {:<28} message (vi / en)",
            "rows", "item", "field"
        );
        for e in &self.errors {
            let rows = e
                .rows
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(",");
            let _ = writeln!(
                out,
                "{:<10} {:<28} {:<28} {} / {}",
                rows,
                truncate(&e.item, 28),
                truncate(&e.field, 28),
                e.message_vi,
                e.message_en
            );
        }
        out
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        s.chars()
            .take(max - 1)
            .chain(std::iter::once('…'))
            .collect()
    }
}
