//! Extending the taxonomy with ESCO occupations, skills and their relations.
//! Concepts are matched by ESCO URI: curated ones (which carry their URI)
//! are left exactly as they are; new ones get a code derived from the URI,
//! their English label, and a Vietnamese label that is the English one marked
//! with " (EN)" until someone translates it. Idempotent: a rerun inserts
//! nothing.

use std::collections::HashMap;

use hocnghe_domain::{Importance, SkillGroup};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect,
};

use crate::db::begin_write;
use crate::entities::{occupation, occupation_skill, skill};
use crate::error::StoreResult;

/// Suffix of a Vietnamese label that is still the English one.
pub const UNTRANSLATED_MARK: &str = " (EN)";

#[derive(Debug, Clone, PartialEq)]
pub struct EscoSkill {
    pub uri: String,
    pub label_en: String,
    pub alt_labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EscoOccupation {
    pub uri: String,
    pub isco_code: String,
    pub label_en: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EscoRelation {
    pub occupation_uri: String,
    pub skill_uri: String,
    pub importance: Importance,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct EscoReport {
    pub skills_added: usize,
    pub occupations_added: usize,
    pub relations_added: usize,
    /// Concepts already present (curated or imported before), left unchanged.
    pub skills_kept: usize,
    pub occupations_kept: usize,
}

const BATCH: usize = 400;

/// Skills, then occupations, then relations of imported (not curated)
/// occupations; one transaction per batch. Relations of curated occupations
/// are skipped: the curated lists are authoritative and reloaded at start.
pub async fn import(
    db: &DatabaseConnection,
    skills: &[EscoSkill],
    occupations: &[EscoOccupation],
    relations: &[EscoRelation],
) -> StoreResult<EscoReport> {
    let mut report = EscoReport::default();
    let known_skills = uris::<skill::Entity>(db, skill::Column::EscoUri, skill::Column::Id).await?;
    let new_skills: Vec<&EscoSkill> = skills
        .iter()
        .filter(|s| !known_skills.contains_key(&s.uri))
        .collect();
    report.skills_kept = skills.len() - new_skills.len();
    for chunk in new_skills.chunks(BATCH) {
        let tx = begin_write(db).await?;
        let rows = chunk.iter().map(|s| skill::ActiveModel {
            code: Set(code_for("esco-skill", &s.uri)),
            label_vi: Set(format!("{}{UNTRANSLATED_MARK}", s.label_en)),
            label_en: Set(s.label_en.clone()),
            alt_labels: Set(s.alt_labels.join("|")),
            skill_group: Set(SkillGroup::Other.as_str().to_owned()),
            esco_uri: Set(Some(s.uri.clone())),
            ..Default::default()
        });
        skill::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(skill::Column::Code)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
        tx.commit().await?;
        report.skills_added += chunk.len();
    }

    let known_occupations =
        uris::<occupation::Entity>(db, occupation::Column::EscoUri, occupation::Column::Id).await?;
    let new_occupations: Vec<&EscoOccupation> = occupations
        .iter()
        .filter(|o| !known_occupations.contains_key(&o.uri))
        .collect();
    report.occupations_kept = occupations.len() - new_occupations.len();
    for chunk in new_occupations.chunks(BATCH) {
        let tx = begin_write(db).await?;
        let rows = chunk.iter().map(|o| occupation::ActiveModel {
            code: Set(code_for("esco-occupation", &o.uri)),
            isco_code: Set(o.isco_code.clone()),
            name_vi: Set(format!("{}{UNTRANSLATED_MARK}", o.label_en)),
            name_en: Set(o.label_en.clone()),
            sector: Set(None),
            esco_uri: Set(Some(o.uri.clone())),
            description_vi: Set(o.description.clone()),
            ..Default::default()
        });
        occupation::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(occupation::Column::Code)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
        tx.commit().await?;
        report.occupations_added += chunk.len();
    }

    // Only occupations this importer created (their code says so) get ESCO's
    // skill lists.
    let skill_ids = uris::<skill::Entity>(db, skill::Column::EscoUri, skill::Column::Id).await?;
    let imported: HashMap<String, i64> = occupation::Entity::find()
        .select_only()
        .columns([occupation::Column::EscoUri, occupation::Column::Id])
        .filter(occupation::Column::Code.starts_with("esco-occupation-"))
        .into_tuple::<(Option<String>, i64)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(uri, id)| uri.map(|u| (u, id)))
        .collect();
    let existing: std::collections::HashSet<(i64, i64)> = occupation_skill::Entity::find()
        .select_only()
        .columns([
            occupation_skill::Column::OccupationId,
            occupation_skill::Column::SkillId,
        ])
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut rows: Vec<(i64, i64, Importance)> = relations
        .iter()
        .filter_map(|r| {
            let occupation_id = *imported.get(&r.occupation_uri)?;
            let skill_id = *skill_ids.get(&r.skill_uri)?;
            (!existing.contains(&(occupation_id, skill_id))).then_some((
                occupation_id,
                skill_id,
                r.importance,
            ))
        })
        .collect();
    rows.sort_by_key(|(o, s, _)| (*o, *s));
    rows.dedup_by_key(|(o, s, _)| (*o, *s));
    for chunk in rows.chunks(BATCH) {
        let tx = begin_write(db).await?;
        let models = chunk
            .iter()
            .map(|(o, s, importance)| occupation_skill::ActiveModel {
                occupation_id: Set(*o),
                skill_id: Set(*s),
                importance: Set(importance.as_str().to_owned()),
            });
        occupation_skill::Entity::insert_many(models)
            .on_conflict(
                OnConflict::columns([
                    occupation_skill::Column::OccupationId,
                    occupation_skill::Column::SkillId,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
        tx.commit().await?;
        report.relations_added += chunk.len();
    }
    Ok(report)
}

/// "http://data.europa.eu/esco/skill/0005c151-…" → "esco-skill-0005c151-…".
fn code_for(prefix: &str, uri: &str) -> String {
    let id = uri.rsplit('/').next().unwrap_or(uri);
    format!("{prefix}-{id}")
}

async fn uris<E: EntityTrait>(
    db: &impl ConnectionTrait,
    uri: E::Column,
    id: E::Column,
) -> StoreResult<HashMap<String, i64>> {
    let rows: Vec<(Option<String>, i64)> = E::find()
        .select_only()
        .column(uri)
        .column(id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(uri, id)| uri.map(|u| (u, id)))
        .collect())
}
