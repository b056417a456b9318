//! Saved searches: a worker keeps a course or job search and is told in the
//! inbox when something new matches it.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::enums::SearchKind;
use crate::text::{char_len, nfc};
use crate::validation::{FieldError, ValidationErrors};

/// Most saved searches one worker may keep.
pub const MAX_SAVED_SEARCHES: u64 = 20;
/// Longest free-text query, as for a search.
pub const MAX_QUERY_CHARS: usize = 200;
const MAX_FILTER_CHARS: usize = 100;

/// Filters a saved course search may keep, besides `q`, `commune` and `radius_km`.
pub const COURSE_FILTERS: &[&str] = &[
    "occupation",
    "skill",
    "level",
    "mode",
    "max_fee",
    "starts_within_days",
    "schedule",
];
/// Filters a saved job search may keep.
pub const JOB_FILTERS: &[&str] = &["occupation", "skill", "employment_type", "min_wage"];

/// A search to keep, as the search pages and API take it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SavedSearchInput {
    pub kind: SearchKind,
    /// Free text ("thợ hàn").
    #[serde(default)]
    pub q: Option<String>,
    /// Commune code to search near.
    #[serde(default)]
    pub commune: Option<String>,
    /// Only within this many km of `commune`.
    #[serde(default)]
    pub radius_km: Option<f64>,
    /// The search's other parameters by name, e.g. `{"min_wage": "8000000"}`:
    /// for courses `occupation`, `skill`, `level`, `mode`, `max_fee`,
    /// `starts_within_days`, `schedule`; for jobs `occupation`, `skill`,
    /// `employment_type`, `min_wage`.
    #[serde(default)]
    pub filters: BTreeMap<String, String>,
}

impl SavedSearchInput {
    /// Trim and normalise (NFC, blanks dropped), and check what needs no
    /// IO: lengths and the filter names allowed for the kind. The values
    /// themselves are checked as a search checks them.
    pub fn clean(mut self) -> Result<Self, ValidationErrors> {
        let mut errors = Vec::new();
        let present = |v: Option<String>| v.map(|v| nfc(v.trim())).filter(|v| !v.is_empty());
        self.q = present(self.q);
        self.commune = present(self.commune);
        if self
            .q
            .as_deref()
            .is_some_and(|q| char_len(q) > MAX_QUERY_CHARS)
        {
            errors.push(FieldError::too_long("q", MAX_QUERY_CHARS));
        }
        let allowed = match self.kind {
            SearchKind::Courses => COURSE_FILTERS,
            SearchKind::Jobs => JOB_FILTERS,
        };
        let mut filters = BTreeMap::new();
        for (key, value) in std::mem::take(&mut self.filters) {
            let field = format!("filters.{key}");
            if !allowed.contains(&key.as_str()) {
                errors.push(FieldError::new(
                    field,
                    "unknown_field",
                    format!(
                        "Bộ lọc này không dùng được; được phép: {}.",
                        allowed.join(", ")
                    ),
                    format!(
                        "Not a filter of this search; allowed: {}.",
                        allowed.join(", ")
                    ),
                ));
                continue;
            }
            let value = nfc(value.trim());
            if char_len(&value) > MAX_FILTER_CHARS {
                errors.push(FieldError::too_long(field, MAX_FILTER_CHARS));
            } else if !value.is_empty() {
                filters.insert(key, value);
            }
        }
        self.filters = filters;
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(ValidationErrors(errors))
        }
    }

    /// The search's query-string parameters, in a stable order.
    pub fn params(&self) -> Vec<(String, String)> {
        params(
            self.q.as_deref(),
            self.commune.as_deref(),
            self.radius_km,
            &self.filters,
        )
    }
}

fn params(
    q: Option<&str>,
    commune: Option<&str>,
    radius_km: Option<f64>,
    filters: &BTreeMap<String, String>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(q) = q {
        out.push(("q".to_owned(), q.to_owned()));
    }
    if let Some(c) = commune {
        out.push(("commune".to_owned(), c.to_owned()));
    }
    if let Some(r) = radius_km {
        out.push(("radius_km".to_owned(), r.to_string()));
    }
    out.extend(filters.iter().map(|(k, v)| (k.clone(), v.clone())));
    out
}

/// A kept search.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SavedSearch {
    pub id: i64,
    pub kind: SearchKind,
    pub q: Option<String>,
    pub commune_code: Option<String>,
    /// The commune's name, when the search has one.
    pub commune_name: Option<String>,
    pub radius_km: Option<f64>,
    pub filters: BTreeMap<String, String>,
    /// The search page with these parameters.
    pub link: String,
    pub created_at: DateTime<Utc>,
    /// When it was last looked at for new results.
    pub last_run_at: Option<DateTime<Utc>>,
}

impl SavedSearch {
    pub fn params(&self) -> Vec<(String, String)> {
        params(
            self.q.as_deref(),
            self.commune_code.as_deref(),
            self.radius_km,
            &self.filters,
        )
    }

    /// "'hàn' gần Sóc Sơn" / "'hàn' near Sóc Sơn", for a message or a list.
    pub fn describe(&self) -> (String, String) {
        let (mut vi, mut en) = match &self.q {
            Some(q) => (format!("“{q}”"), format!("“{q}”")),
            None => (
                format!("mọi {}", self.kind.label_vi().to_lowercase()),
                format!("all {}", self.kind.label_en().to_lowercase()),
            ),
        };
        if let Some(name) = &self.commune_name {
            match self.radius_km {
                Some(r) => {
                    vi.push_str(&format!(" trong {} km quanh {name}", fmt_km(r)));
                    en.push_str(&format!(" within {} km of {name}", fmt_km(r)));
                }
                None => {
                    vi.push_str(&format!(" gần {name}"));
                    en.push_str(&format!(" near {name}"));
                }
            }
        }
        if !self.filters.is_empty() {
            let n = self.filters.len();
            vi.push_str(&format!(" (+{n} bộ lọc)"));
            en.push_str(&format!(" (+{n} filter{})", if n == 1 { "" } else { "s" }));
        }
        (vi, en)
    }
}

/// The search page for these parameters: `/jobs?q=th%E1%BB%A3%20h%C3%A0n`.
pub fn search_link(kind: SearchKind, params: &[(String, String)]) -> String {
    let path = match kind {
        SearchKind::Courses => "/courses",
        SearchKind::Jobs => "/jobs",
    };
    let query: Vec<String> = params
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", query.join("&"))
    }
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn fmt_km(km: f64) -> String {
    if km.fract() == 0.0 {
        format!("{km:.0}")
    } else {
        format!("{km}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: SearchKind, filters: &[(&str, &str)]) -> SavedSearchInput {
        SavedSearchInput {
            kind,
            q: Some("  tho han ".into()),
            commune: Some(String::new()),
            radius_km: None,
            filters: filters
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn cleaning_trims_drops_blanks_and_refuses_filters_of_the_other_kind() {
        let clean = input(
            SearchKind::Jobs,
            &[("min_wage", " 8000000 "), ("skill", "")],
        )
        .clean()
        .unwrap();
        assert_eq!(clean.q.as_deref(), Some("tho han"));
        assert_eq!(clean.commune, None);
        assert_eq!(
            clean.params(),
            vec![
                ("q".to_owned(), "tho han".to_owned()),
                ("min_wage".to_owned(), "8000000".to_owned()),
            ]
        );
        let errors = input(SearchKind::Jobs, &[("max_fee", "1")])
            .clean()
            .unwrap_err();
        assert_eq!(errors.0[0].field, "filters.max_fee");
        assert_eq!(errors.0[0].code, "unknown_field");
    }

    #[test]
    fn links_percent_encode_vietnamese() {
        let link = search_link(
            SearchKind::Jobs,
            &[
                ("q".into(), "hàn".into()),
                ("radius_km".into(), "10".into()),
            ],
        );
        assert_eq!(link, "/jobs?q=h%C3%A0n&radius_km=10");
    }
}
