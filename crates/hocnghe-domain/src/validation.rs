//! Field-level validation errors with Vietnamese and English messages.

use serde::Serialize;
use utoipa::ToSchema;

use crate::commune::CommuneCode;
use crate::text::{char_len, clean_line, clean_text};

/// One problem with one field of a request, shown to a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// Path of the field, e.g. `modules[2].credits`.
    pub field: String,
    /// Stable machine-readable code, e.g. `required`, `too_long`.
    pub code: String,
    pub message_vi: String,
    pub message_en: String,
}

impl FieldError {
    pub fn new(
        field: impl Into<String>,
        code: &str,
        message_vi: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            message_vi: message_vi.into(),
            message_en: message_en.into(),
        }
    }

    pub fn required(field: impl Into<String>) -> Self {
        Self::new(
            field,
            "required",
            "Trường này là bắt buộc.",
            "This field is required.",
        )
    }

    pub fn too_long(field: impl Into<String>, max: usize) -> Self {
        Self::new(
            field,
            "too_long",
            format!("Tối đa {max} ký tự."),
            format!("At most {max} characters."),
        )
    }

    pub fn out_of_range(field: impl Into<String>, min: i64, max: i64) -> Self {
        Self::new(
            field,
            "out_of_range",
            format!("Giá trị phải từ {min} đến {max}."),
            format!("Must be between {min} and {max}."),
        )
    }

    pub fn too_many(field: impl Into<String>, max: usize) -> Self {
        Self::new(
            field,
            "too_many",
            format!("Tối đa {max} mục."),
            format!("At most {max} items."),
        )
    }

    pub fn invalid_commune(field: impl Into<String>) -> Self {
        Self::new(
            field,
            "invalid_commune",
            "Mã xã/phường phải gồm 5 chữ số và thuộc Hà Nội.",
            "The commune code must be five digits and belong to Hanoi.",
        )
    }

    pub fn unknown(field: impl Into<String>, what_vi: &str, what_en: &str, value: &str) -> Self {
        Self::new(
            field,
            "unknown_reference",
            format!("Không tìm thấy {what_vi} \"{value}\"."),
            format!("No {what_en} \"{value}\" exists."),
        )
    }

    pub fn duplicate(field: impl Into<String>, value: &str) -> Self {
        Self::new(
            field,
            "duplicate",
            format!("Giá trị \"{value}\" bị lặp lại."),
            format!("The value \"{value}\" is repeated."),
        )
    }

    pub fn invalid(
        field: impl Into<String>,
        message_vi: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        Self::new(field, "invalid", message_vi, message_en)
    }
}

/// All problems found in one request; never empty when returned as an error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema, thiserror::Error)]
#[error("{} invalid field(s): {}", .0.len(), .0.iter().map(|e| e.field.as_str()).collect::<Vec<_>>().join(", "))]
pub struct ValidationErrors(pub Vec<FieldError>);

impl ValidationErrors {
    pub fn single(error: FieldError) -> Self {
        Self(vec![error])
    }
}

/// Collects field errors while cleaning values, so one response lists every
/// problem in the request instead of only the first.
#[derive(Debug, Default)]
pub struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// A required single-line text: cleaned, non-empty, at most `max` characters.
    pub fn line(&mut self, field: &str, value: &str, max: usize) -> String {
        let cleaned = clean_line(value);
        if cleaned.is_empty() {
            self.push(FieldError::required(field));
        } else if char_len(&cleaned) > max {
            self.push(FieldError::too_long(field, max));
        }
        cleaned
    }

    /// An optional single-line text; blank becomes `None`.
    pub fn opt_line(&mut self, field: &str, value: Option<&str>, max: usize) -> Option<String> {
        let cleaned = clean_line(value?);
        if cleaned.is_empty() {
            return None;
        }
        if char_len(&cleaned) > max {
            self.push(FieldError::too_long(field, max));
        }
        Some(cleaned)
    }

    /// An optional free text (newlines kept); blank becomes empty.
    pub fn text(&mut self, field: &str, value: Option<&str>, max: usize) -> String {
        let cleaned = value.map(clean_text).unwrap_or_default();
        if char_len(&cleaned) > max {
            self.push(FieldError::too_long(field, max));
        }
        cleaned
    }

    pub fn range(&mut self, field: &str, value: i64, min: i64, max: i64) -> i64 {
        if value < min || value > max {
            self.push(FieldError::out_of_range(field, min, max));
        }
        value
    }

    pub fn commune(&mut self, field: &str, value: &str) -> Option<CommuneCode> {
        let parsed = CommuneCode::parse(value);
        if parsed.is_none() {
            self.push(FieldError::invalid_commune(field));
        }
        parsed
    }

    /// A list of codes: each cleaned and lowercased, blanks rejected, repeats rejected.
    pub fn codes(&mut self, field: &str, values: &[String], max_items: usize) -> Vec<String> {
        if values.len() > max_items {
            self.push(FieldError::too_many(field, max_items));
        }
        let mut seen = Vec::with_capacity(values.len());
        for (i, raw) in values.iter().enumerate() {
            let code = clean_line(raw);
            let item = format!("{field}[{i}]");
            if code.is_empty() {
                self.push(FieldError::required(item));
            } else if seen.contains(&code) {
                self.push(FieldError::duplicate(item, &code));
            } else if char_len(&code) > 120 {
                self.push(FieldError::too_long(item, 120));
            } else {
                seen.push(code);
            }
        }
        seen
    }

    pub fn finish<T>(self, value: T) -> Result<T, ValidationErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(ValidationErrors(self.errors))
        }
    }

    pub fn into_errors(self) -> Vec<FieldError> {
        self.errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_error() {
        let mut v = Validator::new();
        let name = v.line("name", "   ", 10);
        v.range("seats", 0, 1, 500);
        v.commune("commune_code", "12");
        let errors = v.finish(name).unwrap_err();
        let fields: Vec<_> = errors.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "seats", "commune_code"]);
        assert_eq!(errors.0[0].message_vi, "Trường này là bắt buộc.");
    }

    #[test]
    fn length_counts_composed_characters() {
        let mut v = Validator::new();
        let decomposed = "e\u{302}\u{301}".repeat(5);
        let value = v.line("title", &decomposed, 5);
        assert!(v.is_ok());
        assert_eq!(value, "ế".repeat(5));
    }

    #[test]
    fn codes_reject_duplicates_and_blanks() {
        let mut v = Validator::new();
        let codes = v.codes("skills", &["a".into(), " a ".into(), "".into()], 10);
        assert_eq!(codes, ["a"]);
        let errors = v.into_errors();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].field, "skills[1]");
        assert_eq!(errors[1].code, "required");
    }
}
