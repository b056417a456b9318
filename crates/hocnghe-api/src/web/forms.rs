//! Field errors shown next to form inputs, in the visitor's language.

use hocnghe_domain::FieldError;
use hocnghe_domain::catalogue::Skill;
use hocnghe_domain::text::{clean_line, fold};

use super::ctx::Lang;
use crate::error::ApiError;

#[derive(Debug, Clone, Default)]
pub struct FormErrors {
    lang: Option<Lang>,
    fields: Vec<FieldError>,
    /// A message not tied to one field.
    pub general: Option<String>,
}

impl FormErrors {
    pub fn from_api(lang: Lang, error: ApiError) -> Self {
        let general = if error.body.fields.is_empty() {
            Some(if lang == Lang::En {
                error.body.message_en.clone()
            } else {
                error.body.message_vi.clone()
            })
        } else {
            None
        };
        Self {
            lang: Some(lang),
            fields: error.body.fields,
            general,
        }
    }

    /// Messages for one field (or every field under it, e.g. `skills`
    /// collects `skills[0]`, `skills[1].code`).
    pub fn for_field(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|f| {
                f.field == name
                    || f.field.starts_with(&format!("{name}["))
                    || f.field.starts_with(&format!("{name}."))
            })
            .map(|f| {
                if self.lang == Some(Lang::En) {
                    f.message_en.clone()
                } else {
                    f.message_vi.clone()
                }
            })
            .collect()
    }

    /// Every field message, for a summary at the top of a long form.
    pub fn all(&self) -> Vec<String> {
        self.fields
            .iter()
            .map(|f| {
                if self.lang == Some(Lang::En) {
                    f.message_en.clone()
                } else {
                    f.message_vi.clone()
                }
            })
            .collect()
    }
}

/// A urlencoded form body with repeated keys (checkbox groups).
pub struct FormFields(Vec<(String, String)>);

impl FormFields {
    pub fn parse(body: &[u8]) -> Self {
        Self(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), clean_line(&v)))
                .collect(),
        )
    }

    /// The first value of a field, or empty.
    pub fn one(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn checked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }
}

/// The skill a person meant by what they typed: its code, its Vietnamese or
/// English label, or one of its other names, with or without diacritics.
pub fn skill_code_for(skills: &[Skill], typed: &str) -> Option<String> {
    let wanted = fold(typed.trim());
    if wanted.is_empty() {
        return None;
    }
    skills
        .iter()
        .find(|s| {
            s.code == typed.trim() || fold(&s.label_vi) == wanted || fold(&s.label_en) == wanted
        })
        .or_else(|| {
            skills
                .iter()
                .find(|s| s.alt_labels.iter().any(|a| fold(a) == wanted))
        })
        .map(|s| s.code.clone())
}

/// A vocabulary as (wire name, Vietnamese label, English label) for radio
/// buttons, checkboxes and selects.
pub fn choices<T: Copy>(
    all: &[T],
    label: impl Fn(T) -> (&'static str, &'static str, &'static str),
) -> Vec<(&'static str, &'static str, &'static str)> {
    all.iter().map(|v| label(*v)).collect()
}

/// Ticked or chosen wire names of a vocabulary; blanks are skipped and an
/// unknown name is a field error (a tampered or stale form).
pub fn parse_choices<T: std::str::FromStr>(
    errors: &mut Vec<FieldError>,
    field: &str,
    values: &[String],
) -> Vec<T> {
    let mut out = Vec::with_capacity(values.len());
    for value in values.iter().filter(|v| !v.trim().is_empty()) {
        match value.parse() {
            Ok(parsed) => out.push(parsed),
            Err(_) => errors.push(FieldError::invalid(
                field,
                "Lựa chọn không hợp lệ.",
                "Not one of the choices.",
            )),
        }
    }
    out
}
