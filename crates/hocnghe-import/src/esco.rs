//! ESCO v1.1.1 CSV files (occupations_en.csv, skills_en.csv and
//! occupationSkillRelations[_en].csv) into the taxonomy.

use std::path::Path;

use hocnghe_domain::Importance;
use hocnghe_domain::text::clean_line;
use hocnghe_store::DatabaseConnection;
use hocnghe_store::repo::esco::{self, EscoOccupation, EscoRelation, EscoReport, EscoSkill};
use serde::Deserialize;

use crate::ImportError;

#[derive(Deserialize)]
struct SkillRow {
    #[serde(rename = "conceptUri")]
    uri: String,
    #[serde(rename = "preferredLabel")]
    label: String,
    #[serde(rename = "altLabels", default)]
    alt_labels: String,
    #[serde(default)]
    status: String,
}

#[derive(Deserialize)]
struct OccupationRow {
    #[serde(rename = "conceptUri")]
    uri: String,
    #[serde(rename = "iscoGroup")]
    isco_group: String,
    #[serde(rename = "preferredLabel")]
    label: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    status: String,
}

#[derive(Deserialize)]
struct RelationRow {
    #[serde(rename = "occupationUri")]
    occupation_uri: String,
    #[serde(rename = "relationType")]
    relation_type: String,
    #[serde(rename = "skillUri")]
    skill_uri: String,
}

/// Read the three files from `dir` and import them.
pub async fn import(db: &DatabaseConnection, dir: &Path) -> Result<EscoReport, ImportError> {
    let skills: Vec<EscoSkill> = read::<SkillRow>(&dir.join("skills_en.csv"))?
        .into_iter()
        .filter(|r| r.status != "obsolete")
        .map(|r| EscoSkill {
            uri: r.uri,
            label_en: clean_line(&r.label),
            alt_labels: r
                .alt_labels
                .lines()
                .map(clean_line)
                .filter(|l| !l.is_empty())
                .collect(),
        })
        .collect();
    let occupations: Vec<EscoOccupation> = read::<OccupationRow>(&dir.join("occupations_en.csv"))?
        .into_iter()
        .filter(|r| r.status != "obsolete")
        .map(|r| EscoOccupation {
            uri: r.uri,
            isco_code: r.isco_group,
            label_en: clean_line(&r.label),
            description: r.description.trim().to_owned(),
        })
        .collect();
    let relations_file = [
        "occupationSkillRelations_en.csv",
        "occupationSkillRelations.csv",
    ]
    .iter()
    .map(|name| dir.join(name))
    .find(|path| path.exists())
    .unwrap_or_else(|| dir.join("occupationSkillRelations_en.csv"));
    let relations: Vec<EscoRelation> = read::<RelationRow>(&relations_file)?
        .into_iter()
        .filter_map(|r| {
            let importance = match r.relation_type.as_str() {
                "essential" => Importance::Essential,
                "optional" => Importance::Optional,
                _ => return None,
            };
            Some(EscoRelation {
                occupation_uri: r.occupation_uri,
                skill_uri: r.skill_uri,
                importance,
            })
        })
        .collect();
    Ok(esco::import(db, &skills, &occupations, &relations).await?)
}

fn read<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, ImportError> {
    let mut reader = csv::Reader::from_path(path)
        .map_err(|e| ImportError::Csv(format!("{}: {e}", path.display())))?;
    reader
        .deserialize()
        .map(|row| row.map_err(|e| ImportError::Csv(format!("{}: {e}", path.display()))))
        .collect()
}
