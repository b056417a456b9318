//! Occupations, skills and which skills each occupation needs.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{
    Occupation, OccupationSkill, Page, PageRequest, Skill, SkillLabel,
};
use hocnghe_domain::{Importance, Sector, SkillGroup};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::db::begin_write;
use crate::entities::{occupation, occupation_skill, skill};
use crate::error::{StoreError, StoreResult, parse_stored};

#[derive(Debug, Clone, PartialEq)]
pub struct OccupationRecord {
    pub code: String,
    pub isco_code: String,
    pub name_vi: String,
    pub name_en: String,
    pub sector: Option<Sector>,
    pub esco_uri: Option<String>,
    pub description_vi: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SkillRecord {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub alt_labels: Vec<String>,
    pub group: SkillGroup,
    pub esco_uri: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RelationRecord {
    pub occupation_code: String,
    pub skill_code: String,
    pub importance: Importance,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Taxonomy {
    pub occupations: Vec<OccupationRecord>,
    pub skills: Vec<SkillRecord>,
    pub relations: Vec<RelationRecord>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TaxonomyReport {
    pub occupations: usize,
    pub skills: usize,
    pub relations: usize,
}

/// Insert or update every record by code, and replace the skill lists of the
/// occupations in `taxonomy`, in one transaction.
pub async fn upsert(db: &DatabaseConnection, taxonomy: &Taxonomy) -> StoreResult<TaxonomyReport> {
    let tx = begin_write(db).await?;
    for chunk in taxonomy.skills.chunks(super::BATCH) {
        let rows = chunk.iter().map(|s| skill::ActiveModel {
            code: Set(s.code.clone()),
            label_vi: Set(s.label_vi.clone()),
            label_en: Set(s.label_en.clone()),
            alt_labels: Set(s.alt_labels.join("|")),
            skill_group: Set(s.group.as_str().to_owned()),
            esco_uri: Set(s.esco_uri.clone()),
            ..Default::default()
        });
        skill::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(skill::Column::Code)
                    .update_columns([
                        skill::Column::LabelVi,
                        skill::Column::LabelEn,
                        skill::Column::AltLabels,
                        skill::Column::SkillGroup,
                        skill::Column::EscoUri,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
    }
    for chunk in taxonomy.occupations.chunks(super::BATCH) {
        let rows = chunk.iter().map(|o| occupation::ActiveModel {
            code: Set(o.code.clone()),
            isco_code: Set(o.isco_code.clone()),
            name_vi: Set(o.name_vi.clone()),
            name_en: Set(o.name_en.clone()),
            sector: Set(o.sector.map(|s| s.as_str().to_owned())),
            esco_uri: Set(o.esco_uri.clone()),
            description_vi: Set(o.description_vi.clone()),
            ..Default::default()
        });
        occupation::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(occupation::Column::Code)
                    .update_columns([
                        occupation::Column::IscoCode,
                        occupation::Column::NameVi,
                        occupation::Column::NameEn,
                        occupation::Column::Sector,
                        occupation::Column::EscoUri,
                        occupation::Column::DescriptionVi,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
    }

    let skill_ids = all_skill_ids(&tx).await?;
    let occupation_ids = all_occupation_ids(&tx).await?;
    let mut relations = Vec::with_capacity(taxonomy.relations.len());
    for r in &taxonomy.relations {
        let (Some(&occupation_id), Some(&skill_id)) = (
            occupation_ids.get(&r.occupation_code),
            skill_ids.get(&r.skill_code),
        ) else {
            return Err(StoreError::ReferenceData {
                file: "occupation skills".into(),
                detail: format!(
                    "unknown occupation {:?} or skill {:?}",
                    r.occupation_code, r.skill_code
                ),
            });
        };
        relations.push((occupation_id, skill_id, r.importance));
    }
    relations.sort_by_key(|(o, s, _)| (*o, *s));
    relations.dedup_by_key(|(o, s, _)| (*o, *s));

    let touched: Vec<i64> = taxonomy
        .occupations
        .iter()
        .filter_map(|o| occupation_ids.get(&o.code).copied())
        .collect();
    for chunk in touched.chunks(super::BATCH) {
        occupation_skill::Entity::delete_many()
            .filter(occupation_skill::Column::OccupationId.is_in(chunk.iter().copied()))
            .exec(&tx)
            .await?;
    }
    for chunk in relations.chunks(super::BATCH) {
        let rows = chunk.iter().map(|(occupation_id, skill_id, importance)| {
            occupation_skill::ActiveModel {
                occupation_id: Set(*occupation_id),
                skill_id: Set(*skill_id),
                importance: Set(importance.as_str().to_owned()),
            }
        });
        occupation_skill::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::columns([
                    occupation_skill::Column::OccupationId,
                    occupation_skill::Column::SkillId,
                ])
                .update_column(occupation_skill::Column::Importance)
                .to_owned(),
            )
            .exec_without_returning(&tx)
            .await?;
    }
    tx.commit().await?;
    Ok(TaxonomyReport {
        occupations: taxonomy.occupations.len(),
        skills: taxonomy.skills.len(),
        relations: relations.len(),
    })
}

pub async fn all_skill_ids(db: &impl ConnectionTrait) -> StoreResult<HashMap<String, i64>> {
    let rows: Vec<(i64, String)> = skill::Entity::find()
        .select_only()
        .columns([skill::Column::Id, skill::Column::Code])
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, code)| (code, id)).collect())
}

pub async fn all_occupation_ids(db: &impl ConnectionTrait) -> StoreResult<HashMap<String, i64>> {
    let rows: Vec<(i64, String)> = occupation::Entity::find()
        .select_only()
        .columns([occupation::Column::Id, occupation::Column::Code])
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, code)| (code, id)).collect())
}

/// Every skill, for building search synonyms, suggesters and label lookups.
pub async fn all_skills(db: &impl ConnectionTrait) -> StoreResult<Vec<Skill>> {
    skill::Entity::find()
        .order_by_asc(skill::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(skill_to_domain)
        .collect()
}

/// Every occupation without its skills.
pub async fn all_occupations(db: &impl ConnectionTrait) -> StoreResult<Vec<Occupation>> {
    occupation::Entity::find()
        .order_by_asc(occupation::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|o| occupation_to_domain(o, Vec::new()))
        .collect()
}

#[derive(Debug, Clone, Default)]
pub struct SkillFilter {
    pub group: Option<SkillGroup>,
    /// Codes of skills needed by this occupation.
    pub occupation_code: Option<String>,
}

pub async fn list_skills(
    db: &impl ConnectionTrait,
    filter: &SkillFilter,
    page: PageRequest,
) -> StoreResult<Page<Skill>> {
    let mut query = skill::Entity::find();
    if let Some(group) = filter.group {
        query = query.filter(skill::Column::SkillGroup.eq(group.as_str()));
    }
    if let Some(code) = &filter.occupation_code {
        let occupation_id = occupation_id(db, code).await?.unwrap_or(-1);
        let ids: Vec<i64> = occupation_skill::Entity::find()
            .select_only()
            .column(occupation_skill::Column::SkillId)
            .filter(occupation_skill::Column::OccupationId.eq(occupation_id))
            .into_tuple()
            .all(db)
            .await?;
        query = query.filter(skill::Column::Id.is_in(ids));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(skill::Column::Code)
        .offset(page.offset())
        .limit(u64::from(page.per_page))
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(skill_to_domain)
        .collect::<StoreResult<_>>()?;
    Ok(Page::new(page, total, items))
}

pub async fn get_skill(db: &impl ConnectionTrait, code: &str) -> StoreResult<Skill> {
    let row = skill::Entity::find()
        .filter(skill::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("skill", code))?;
    skill_to_domain(row)
}

#[derive(Debug, Clone, Default)]
pub struct OccupationFilter {
    pub sector: Option<Sector>,
    pub isco_code: Option<String>,
}

pub async fn list_occupations(
    db: &impl ConnectionTrait,
    filter: &OccupationFilter,
    page: PageRequest,
) -> StoreResult<Page<Occupation>> {
    let mut condition = Condition::all();
    if let Some(sector) = filter.sector {
        condition = condition.add(occupation::Column::Sector.eq(sector.as_str()));
    }
    if let Some(isco) = &filter.isco_code {
        condition = condition.add(occupation::Column::IscoCode.eq(isco.as_str()));
    }
    let query = occupation::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(occupation::Column::Code)
        .offset(page.offset())
        .limit(u64::from(page.per_page))
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(|o| occupation_to_domain(o, Vec::new()))
        .collect::<StoreResult<_>>()?;
    Ok(Page::new(page, total, items))
}

/// One occupation with the skills it needs, essential first.
pub async fn get_occupation(db: &impl ConnectionTrait, code: &str) -> StoreResult<Occupation> {
    let row = occupation::Entity::find()
        .filter(occupation::Column::Code.eq(code))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("occupation", code))?;
    let links = occupation_skill::Entity::find()
        .filter(occupation_skill::Column::OccupationId.eq(row.id))
        .all(db)
        .await?;
    let labels = skill_labels(db, &links.iter().map(|l| l.skill_id).collect::<Vec<_>>()).await?;
    let mut skills = Vec::with_capacity(links.len());
    for link in links {
        if let Some(label) = labels.get(&link.skill_id) {
            skills.push(OccupationSkill {
                code: label.code.clone(),
                label_vi: label.label_vi.clone(),
                label_en: label.label_en.clone(),
                importance: parse_stored("occupation_skills", "importance", &link.importance)?,
            });
        }
    }
    skills.sort_by(|a, b| {
        a.importance
            .cmp(&b.importance)
            .then_with(|| a.code.cmp(&b.code))
    });
    occupation_to_domain(row, skills)
}

/// Labels of the given skill ids.
pub async fn skill_labels(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<HashMap<i64, SkillLabel>> {
    let mut out = HashMap::with_capacity(ids.len());
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for chunk in ids.chunks(super::BATCH) {
        for s in skill::Entity::find()
            .filter(skill::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            out.insert(
                s.id,
                SkillLabel {
                    code: s.code,
                    label_vi: s.label_vi,
                    label_en: s.label_en,
                },
            );
        }
    }
    Ok(out)
}

/// Ids of the given skill codes; codes that do not exist are absent.
pub async fn skill_ids(
    db: &impl ConnectionTrait,
    codes: &[String],
) -> StoreResult<HashMap<String, i64>> {
    let mut out = HashMap::with_capacity(codes.len());
    for chunk in codes.chunks(super::BATCH) {
        let rows: Vec<(i64, String)> = skill::Entity::find()
            .select_only()
            .columns([skill::Column::Id, skill::Column::Code])
            .filter(skill::Column::Code.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|(id, code)| (code, id)));
    }
    Ok(out)
}

pub async fn occupation_id(db: &impl ConnectionTrait, code: &str) -> StoreResult<Option<i64>> {
    Ok(occupation::Entity::find()
        .select_only()
        .column(occupation::Column::Id)
        .filter(occupation::Column::Code.eq(code))
        .into_tuple()
        .one(db)
        .await?)
}

/// (code, name_vi, sector) of the given occupation ids.
pub async fn occupation_summaries(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<HashMap<i64, (String, String, Option<Sector>)>> {
    let mut out = HashMap::new();
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for chunk in ids.chunks(super::BATCH) {
        for o in occupation::Entity::find()
            .filter(occupation::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            let sector = o
                .sector
                .as_deref()
                .map(|s| parse_stored("occupations", "sector", s))
                .transpose()?;
            out.insert(o.id, (o.code, o.name_vi, sector));
        }
    }
    Ok(out)
}

pub async fn counts(db: &impl ConnectionTrait) -> StoreResult<(u64, u64)> {
    Ok((
        occupation::Entity::find().count(db).await?,
        skill::Entity::find().count(db).await?,
    ))
}

fn skill_to_domain(row: skill::Model) -> StoreResult<Skill> {
    Ok(Skill {
        group: parse_stored("skills", "skill_group", &row.skill_group)?,
        alt_labels: crate::reference::split_pipe(&row.alt_labels),
        code: row.code,
        label_vi: row.label_vi,
        label_en: row.label_en,
        esco_uri: row.esco_uri,
    })
}

fn occupation_to_domain(
    row: occupation::Model,
    skills: Vec<OccupationSkill>,
) -> StoreResult<Occupation> {
    Ok(Occupation {
        sector: row
            .sector
            .as_deref()
            .map(|s| parse_stored("occupations", "sector", s))
            .transpose()?,
        code: row.code,
        isco_code: row.isco_code,
        name_vi: row.name_vi,
        name_en: row.name_en,
        esco_uri: row.esco_uri,
        description_vi: row.description_vi,
        skills,
    })
}
