//! Curated guidance data shipped with the binary (`data/guidance/`): the
//! everyday-activity checklist with its skills, the interest themes and
//! items, and each occupation's interest themes. Parsed once, on first use.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use hocnghe_domain::text::clean_line;
use hocnghe_match::guide::discovery::Activity;
use serde::Deserialize;

use crate::error::{StoreError, StoreResult};
use crate::reference::read_csv;

const ACTIVITIES_CSV: &str = include_str!("../../../data/guidance/activities.csv");
const ACTIVITY_SKILLS_CSV: &str = include_str!("../../../data/guidance/activity_skills.csv");
const THEMES_CSV: &str = include_str!("../../../data/guidance/interest_themes.csv");
const ITEMS_CSV: &str = include_str!("../../../data/guidance/interest_items.csv");
const OCCUPATION_THEMES_CSV: &str = include_str!("../../../data/guidance/occupation_interests.csv");

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct InterestTheme {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub description_vi: String,
    pub description_en: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct InterestItem {
    pub code: String,
    pub theme: String,
    pub text_vi: String,
    pub text_en: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuidanceData {
    pub activities: Vec<Activity>,
    pub themes: Vec<InterestTheme>,
    pub items: Vec<InterestItem>,
    /// Occupation code → theme letters, strongest first.
    pub occupation_themes: BTreeMap<String, String>,
}

impl GuidanceData {
    pub fn activity(&self, code: &str) -> Option<&Activity> {
        self.activities.iter().find(|a| a.code == code)
    }

    pub fn theme(&self, code: &str) -> Option<&InterestTheme> {
        self.themes.iter().find(|t| t.code == code)
    }
}

static DATA: LazyLock<Result<GuidanceData, (String, String)>> = LazyLock::new(|| {
    parse().map_err(|e| match e {
        StoreError::ReferenceData { file, detail } => (file, detail),
        other => ("guidance".to_owned(), other.to_string()),
    })
});

/// The shipped guidance data.
pub fn data() -> StoreResult<&'static GuidanceData> {
    DATA.as_ref()
        .map_err(|(file, detail)| StoreError::ReferenceData {
            file: file.clone(),
            detail: detail.clone(),
        })
}

#[derive(Deserialize)]
struct ActivityRow {
    code: String,
    group: String,
    label_vi: String,
    label_en: String,
}

#[derive(Deserialize)]
struct LinkRow {
    activity_code: String,
    skill_code: String,
}

#[derive(Deserialize)]
struct OccupationThemesRow {
    occupation_code: String,
    themes: String,
}

fn parse() -> StoreResult<GuidanceData> {
    let links: Vec<LinkRow> = read_csv("activity_skills.csv", ACTIVITY_SKILLS_CSV)?;
    let activities = read_csv::<ActivityRow>("activities.csv", ACTIVITIES_CSV)?
        .into_iter()
        .map(|r| Activity {
            skills: links
                .iter()
                .filter(|l| l.activity_code == r.code)
                .map(|l| l.skill_code.clone())
                .collect(),
            code: r.code,
            group: r.group,
            label_vi: clean_line(&r.label_vi),
            label_en: clean_line(&r.label_en),
        })
        .collect();
    let occupation_themes =
        read_csv::<OccupationThemesRow>("occupation_interests.csv", OCCUPATION_THEMES_CSV)?
            .into_iter()
            .map(|r| (r.occupation_code, r.themes))
            .collect();
    Ok(GuidanceData {
        activities,
        themes: read_csv("interest_themes.csv", THEMES_CSV)?,
        items: read_csv("interest_items.csv", ITEMS_CSV)?,
        occupation_themes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::curated_taxonomy;

    #[test]
    fn shipped_data_refers_only_to_the_taxonomy_and_covers_every_occupation() {
        let data = data().unwrap();
        let taxonomy = curated_taxonomy().unwrap();
        for a in &data.activities {
            assert!(!a.skills.is_empty(), "{} has no skill", a.code);
            for s in &a.skills {
                assert!(taxonomy.skills.iter().any(|k| &k.code == s), "{s}");
            }
        }
        for o in &taxonomy.occupations {
            assert!(data.occupation_themes.contains_key(&o.code), "{}", o.code);
        }
        assert_eq!(data.themes.len(), 6);
        for t in hocnghe_match::guide::interests::THEMES {
            let n = data.items.iter().filter(|i| i.theme.starts_with(t)).count();
            assert!(n >= 2, "theme {t} has {n} items");
        }
    }
}
