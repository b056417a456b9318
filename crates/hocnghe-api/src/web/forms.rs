//! Field errors shown next to form inputs, in the visitor's language.

use hocnghe_domain::FieldError;
use hocnghe_domain::text::clean_line;

use super::ctx::Lang;
use crate::error::ApiError;
pub use crate::service::skills::skill_choice;

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

    /// One field's messages as one line, to show beside its input.
    pub fn joined(&self, name: &str) -> String {
        self.for_field(name).join(" ")
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

    /// Every field in order, repeated keys included.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.0
    }

    pub fn checked(&self, name: &str) -> bool {
        self.0.iter().any(|(k, v)| k == name && !v.is_empty())
    }
}

/// A whole number typed in a form ("4.500.000" and "4,500,000" read as
/// 4500000); blank is `None`, anything else a field error.
pub fn typed_number(errors: &mut Vec<FieldError>, field: &str, raw: &str) -> Option<i64> {
    let raw = raw.trim().replace(['.', ',', ' '], "");
    if raw.is_empty() {
        return None;
    }
    let parsed = raw.parse::<i64>().ok();
    if parsed.is_none() {
        errors.push(FieldError::invalid(
            field,
            "Hãy nhập một số.",
            "Enter a number.",
        ));
    }
    parsed
}

/// A date typed in a form (YYYY-MM-DD from a date input); blank is `None`.
pub fn typed_date(
    errors: &mut Vec<FieldError>,
    field: &str,
    raw: &str,
) -> Option<chrono::NaiveDate> {
    if raw.trim().is_empty() {
        return None;
    }
    let parsed = raw.trim().parse().ok();
    if parsed.is_none() {
        errors.push(FieldError::invalid(
            field,
            "Ngày không hợp lệ.",
            "Invalid date.",
        ));
    }
    parsed
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use hocnghe_domain::SkillGroup;
    use hocnghe_domain::catalogue::Skill;

    use super::*;

    fn skill(code: &str, vi: &str, en: &str) -> Skill {
        Skill {
            code: code.into(),
            label_vi: vi.into(),
            label_en: en.into(),
            alt_labels: vec![],
            group: SkillGroup::Transversal,
            esco_uri: None,
        }
    }

    #[test]
    fn unaccented_partial_words_find_the_one_skill_or_name_the_candidates() {
        let skills = [
            skill("han-mig-mag", "Hàn MIG/MAG", "MIG/MAG welding"),
            skill("han-tig", "Hàn TIG", "TIG welding"),
            skill(
                "trong-rau-thuy-canh-tinh",
                "Trồng rau thủy canh tĩnh",
                "Static hydroponics",
            ),
        ];
        assert_eq!(
            skill_choice(&skills, "han mig", "s").unwrap(),
            "han-mig-mag"
        );
        assert_eq!(
            skill_choice(&skills, "trong rau", "s").unwrap(),
            "trong-rau-thuy-canh-tinh"
        );
        let e = skill_choice(&skills, "han", "s").unwrap_err();
        assert_eq!(e.code, "ambiguous");
        assert!(
            e.message_vi.contains("Hàn MIG/MAG; Hàn TIG"),
            "{}",
            e.message_vi
        );
        assert_eq!(
            skill_choice(&skills, "nail", "s").unwrap_err().code,
            "unknown_reference"
        );
    }
}
