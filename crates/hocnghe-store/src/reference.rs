//! Reference data shipped with the binary: Hanoi's communes and the curated
//! Vietnamese taxonomy. Loading is idempotent and runs at every start.

use hocnghe_domain::text::clean_line;
use hocnghe_domain::{CommuneKind, Importance, Sector, SkillGroup};
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use crate::error::{StoreError, StoreResult};
use crate::repo::communes::{self, CommuneRecord};
use crate::repo::taxonomy::{self, OccupationRecord, RelationRecord, SkillRecord, Taxonomy};

const COMMUNES_CSV: &str = include_str!("../../../data/hanoi_communes.csv");
const OCCUPATIONS_CSV: &str = include_str!("../../../data/taxonomy/occupations.csv");
const SKILLS_CSV: &str = include_str!("../../../data/taxonomy/skills.csv");
const RELATIONS_CSV: &str = include_str!("../../../data/taxonomy/occupation_skills.csv");
/// Groups of `|`-separated search terms that mean the same thing.
pub const SYNONYMS_CSV: &str = include_str!("../../../data/taxonomy/synonyms.csv");

/// Load communes and the curated taxonomy into the database.
pub async fn load(db: &DatabaseConnection) -> StoreResult<()> {
    communes::upsert(db, &parse_communes(COMMUNES_CSV)?).await?;
    taxonomy::upsert(db, &curated_taxonomy()?).await?;
    Ok(())
}

pub fn curated_taxonomy() -> StoreResult<Taxonomy> {
    parse_curated_taxonomy(OCCUPATIONS_CSV, SKILLS_CSV, RELATIONS_CSV)
}

/// Synonym groups from the shipped `synonyms.csv`.
pub fn synonym_groups() -> StoreResult<Vec<Vec<String>>> {
    #[derive(Deserialize)]
    struct Row {
        terms: String,
    }
    let rows: Vec<Row> = read_csv("synonyms.csv", SYNONYMS_CSV)?;
    Ok(rows
        .into_iter()
        .map(|r| split_pipe(&r.terms))
        .filter(|g| g.len() > 1)
        .collect())
}

#[derive(Deserialize)]
struct CommuneRow {
    code: String,
    name: String,
    full_name: String,
    kind: String,
    name_en: String,
    codename: String,
    lat: f64,
    lon: f64,
    area_km2: f64,
}

pub fn parse_communes(csv_text: &str) -> StoreResult<Vec<CommuneRecord>> {
    let rows: Vec<CommuneRow> = read_csv("hanoi_communes.csv", csv_text)?;
    rows.into_iter()
        .map(|r| {
            let kind: CommuneKind = r.kind.parse().map_err(|e| bad("hanoi_communes.csv", e))?;
            Ok(CommuneRecord {
                code: r.code,
                name: clean_line(&r.name),
                full_name: clean_line(&r.full_name),
                kind,
                name_en: r.name_en,
                codename: r.codename,
                lat: r.lat,
                lon: r.lon,
                area_km2: r.area_km2,
            })
        })
        .collect()
}

#[derive(Deserialize)]
struct OccupationRow {
    code: String,
    isco_code: String,
    name_vi: String,
    name_en: String,
    sector: String,
    esco_uri: String,
    description_vi: String,
}

#[derive(Deserialize)]
struct SkillRow {
    code: String,
    label_vi: String,
    label_en: String,
    alt_labels: String,
    group: String,
    esco_uri: String,
}

#[derive(Deserialize)]
struct RelationRow {
    occupation_code: String,
    skill_code: String,
    relation: String,
}

pub fn parse_curated_taxonomy(
    occupations: &str,
    skills: &str,
    relations: &str,
) -> StoreResult<Taxonomy> {
    let occupations = read_csv::<OccupationRow>("occupations.csv", occupations)?
        .into_iter()
        .map(|r| {
            let sector: Sector = r.sector.parse().map_err(|e| bad("occupations.csv", e))?;
            Ok(OccupationRecord {
                code: r.code,
                isco_code: r.isco_code,
                name_vi: clean_line(&r.name_vi),
                name_en: clean_line(&r.name_en),
                sector: Some(sector),
                esco_uri: non_empty(r.esco_uri),
                description_vi: clean_line(&r.description_vi),
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let skills = read_csv::<SkillRow>("skills.csv", skills)?
        .into_iter()
        .map(|r| {
            let group: SkillGroup = r.group.parse().map_err(|e| bad("skills.csv", e))?;
            Ok(SkillRecord {
                code: r.code,
                label_vi: clean_line(&r.label_vi),
                label_en: clean_line(&r.label_en),
                alt_labels: split_pipe(&r.alt_labels),
                group,
                esco_uri: non_empty(r.esco_uri),
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let relations = read_csv::<RelationRow>("occupation_skills.csv", relations)?
        .into_iter()
        .map(|r| {
            let importance: Importance = r
                .relation
                .parse()
                .map_err(|e| bad("occupation_skills.csv", e))?;
            Ok(RelationRecord {
                occupation_code: r.occupation_code,
                skill_code: r.skill_code,
                importance,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Taxonomy {
        occupations,
        skills,
        relations,
    })
}

pub(crate) fn read_csv<T: for<'de> Deserialize<'de>>(
    file: &str,
    text: &str,
) -> StoreResult<Vec<T>> {
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .enumerate()
        .map(|(i, row)| row.map_err(|e| bad(file, format!("row {}: {e}", i + 2))))
        .collect()
}

pub(crate) fn split_pipe(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in s.split('|').map(clean_line) {
        if !part.is_empty() && !out.contains(&part) {
            out.push(part);
        }
    }
    out
}

fn non_empty(s: String) -> Option<String> {
    let s = s.trim().to_owned();
    (!s.is_empty()).then_some(s)
}

fn bad(file: &str, detail: impl ToString) -> StoreError {
    StoreError::ReferenceData {
        file: file.to_owned(),
        detail: detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_communes_are_hanoi_126_units() {
        let communes = parse_communes(COMMUNES_CSV).unwrap();
        assert_eq!(communes.len(), 126);
        assert_eq!(
            communes
                .iter()
                .filter(|c| c.kind == CommuneKind::Ward)
                .count(),
            51
        );
        assert!(
            communes
                .iter()
                .all(|c| hocnghe_domain::CommuneCode::parse(&c.code).is_some())
        );
    }

    #[test]
    fn shipped_taxonomy_parses_and_references_resolve() {
        let taxonomy = curated_taxonomy().unwrap();
        assert!(taxonomy.occupations.len() >= 60);
        assert!(taxonomy.skills.len() >= 300);
        let skill_codes: std::collections::HashSet<_> =
            taxonomy.skills.iter().map(|s| s.code.as_str()).collect();
        assert!(
            taxonomy
                .relations
                .iter()
                .all(|r| skill_codes.contains(r.skill_code.as_str()))
        );
        assert!(synonym_groups().unwrap().len() >= 60);
    }

    #[test]
    fn pipe_lists_are_cleaned_and_deduplicated() {
        assert_eq!(split_pipe(" a | b|a||c "), ["a", "b", "c"]);
    }
}
