//! Reading spreadsheet cells: trimmed text, numbers with thousands
//! separators, dates as YYYY-MM-DD or DD/MM/YYYY, lists separated by `|`.

use std::collections::HashMap;
use std::str::FromStr;

use chrono::NaiveDate;
use hocnghe_domain::FieldError;
use hocnghe_domain::text::clean_line;

use crate::ImportError;

pub struct Sheet {
    pub rows: Vec<Row>,
}

pub struct Row {
    /// Line number in the file (header = 1).
    pub line: usize,
    cells: HashMap<String, String>,
}

impl Sheet {
    /// Parse `text`; every header must be in `allowed` and every name in
    /// `required` must be present.
    pub fn parse(text: &str, allowed: &[&str], required: &[&str]) -> Result<Self, ImportError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| ImportError::Csv(e.to_string()))?
            .iter()
            .map(|h| clean_line(h).to_lowercase())
            .collect();
        if let Some(unknown) = headers.iter().find(|h| !allowed.contains(&h.as_str())) {
            return Err(ImportError::Csv(format!(
                "unknown column {unknown:?}; allowed: {}",
                allowed.join(", ")
            )));
        }
        if let Some(missing) = required.iter().find(|r| !headers.iter().any(|h| h == *r)) {
            return Err(ImportError::Csv(format!("missing column {missing:?}")));
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| ImportError::Csv(e.to_string()))?;
            let line = record
                .position()
                .map(|p| usize::try_from(p.line()).unwrap_or(usize::MAX))
                .unwrap_or(0);
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let cells = headers
                .iter()
                .cloned()
                .zip(record.iter().map(clean_line))
                .collect();
            rows.push(Row { line, cells });
        }
        Ok(Self { rows })
    }
}

impl Row {
    /// The cell, or `None` when empty or the column is absent.
    pub fn text(&self, column: &str) -> Option<String> {
        self.cells.get(column).filter(|c| !c.is_empty()).cloned()
    }

    pub fn required(&self, column: &str, errors: &mut Vec<FieldError>) -> String {
        self.text(column).unwrap_or_else(|| {
            errors.push(FieldError::required(column));
            String::new()
        })
    }

    /// Digits with optional `.`, `,` or space thousands separators.
    pub fn number(&self, column: &str, errors: &mut Vec<FieldError>) -> Option<i64> {
        let raw = self.text(column)?;
        let digits: String = raw.chars().filter(|c| !". ,".contains(*c)).collect();
        match digits.parse() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(FieldError::invalid(
                    column,
                    format!("\"{raw}\" không phải là số."),
                    format!("\"{raw}\" is not a number."),
                ));
                None
            }
        }
    }

    pub fn required_number(&self, column: &str, errors: &mut Vec<FieldError>) -> i64 {
        if self.text(column).is_none() {
            errors.push(FieldError::required(column));
            return 0;
        }
        self.number(column, errors).unwrap_or(0)
    }

    pub fn date(&self, column: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
        let raw = self.text(column)?;
        let parsed = NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(&raw, "%d/%m/%Y"));
        match parsed {
            Ok(d) => Some(d),
            Err(_) => {
                errors.push(FieldError::invalid(
                    column,
                    format!("\"{raw}\" không phải ngày hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY)."),
                    format!("\"{raw}\" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)."),
                ));
                None
            }
        }
    }

    /// A vocabulary value by its wire name.
    pub fn vocabulary<T: FromStr<Err = hocnghe_domain::UnknownVariant>>(
        &self,
        column: &str,
        errors: &mut Vec<FieldError>,
    ) -> Option<T> {
        let raw = self.text(column)?;
        match raw.parse() {
            Ok(v) => Some(v),
            Err(e) => {
                let e: hocnghe_domain::UnknownVariant = e;
                errors.push(FieldError::invalid(
                    column,
                    format!(
                        "Giá trị \"{raw}\" không hợp lệ; chọn một trong: {}.",
                        e.allowed
                    ),
                    format!("Invalid value \"{raw}\"; use one of: {}.", e.allowed),
                ));
                None
            }
        }
    }

    /// A `|`-separated list of wire names of one vocabulary; each unknown
    /// name is a field error.
    pub fn vocabulary_list<T: FromStr<Err = hocnghe_domain::UnknownVariant>>(
        &self,
        column: &str,
        errors: &mut Vec<FieldError>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for raw in self.list(column) {
            match raw.parse() {
                Ok(v) => out.push(v),
                Err(e) => {
                    let e: hocnghe_domain::UnknownVariant = e;
                    errors.push(FieldError::invalid(
                        column,
                        format!("Giá trị \"{raw}\" không hợp lệ; chọn trong: {}.", e.allowed),
                        format!("Invalid value \"{raw}\"; use any of: {}.", e.allowed),
                    ));
                }
            }
        }
        out
    }

    pub fn list(&self, column: &str) -> Vec<String> {
        self.text(column)
            .map(|c| {
                c.split('|')
                    .map(clean_line)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }
}
