//! Employers' demands for skills.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{Demand, DemandInput, DemandSkill, Page, PageRequest, Valid};
use hocnghe_domain::{DemandStatus, EmploymentType, FieldError, ValidationErrors};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{catalogue_refs, communes, demand_proposals, now, outbox, taxonomy};
use crate::db::begin_write;
use crate::entities::{demand, demand_skill, employer};
use crate::error::{StoreError, StoreResult, parse_stored};

#[derive(Debug, Clone, Default)]
pub struct DemandFilter {
    pub employer_id: Option<i64>,
    pub commune_code: Option<String>,
    pub occupation_code: Option<String>,
    pub skill_code: Option<String>,
    pub employment_type: Option<EmploymentType>,
    pub status: Option<DemandStatus>,
}

pub async fn create(db: &DatabaseConnection, input: Valid<DemandInput>) -> StoreResult<Demand> {
    let tx = begin_write(db).await?;
    let id = insert(&tx, input).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Insert within a caller's transaction (used by bulk import).
pub async fn insert(tx: &DatabaseTransaction, input: Valid<DemandInput>) -> StoreResult<i64> {
    let refs = resolve_refs(tx, &input).await?;
    let input = input.into_inner();
    let stamp = now();
    let mut row = active_model(&input, refs.occupation_id);
    row.created_at = Set(stamp);
    row.updated_at = Set(stamp);
    let saved = row.insert(tx).await?;
    write_skills(tx, saved.id, &input, &refs.skill_ids).await?;
    write_proposals(tx, saved.id, &input).await?;
    outbox::enqueue(tx, outbox::EntityKind::Demand, saved.id).await?;
    Ok(saved.id)
}

pub async fn update(
    db: &DatabaseConnection,
    id: i64,
    input: Valid<DemandInput>,
) -> StoreResult<Demand> {
    let tx = begin_write(db).await?;
    let existing = find(&tx, id).await?;
    let refs = resolve_refs(&tx, &input).await?;
    let input = input.into_inner();
    let mut row = active_model(&input, refs.occupation_id);
    row.id = Set(existing.id);
    row.created_at = Set(existing.created_at);
    row.updated_at = Set(now());
    row.update(&tx).await?;
    demand_skill::Entity::delete_many()
        .filter(demand_skill::Column::DemandId.eq(id))
        .exec(&tx)
        .await?;
    write_skills(&tx, id, &input, &refs.skill_ids).await?;
    write_proposals(&tx, id, &input).await?;
    outbox::enqueue(&tx, outbox::EntityKind::Demand, id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

pub async fn delete(db: &DatabaseConnection, id: i64) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    find(&tx, id).await?;
    demand::Entity::delete_by_id(id).exec(&tx).await?;
    outbox::enqueue(&tx, outbox::EntityKind::Demand, id).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Demand> {
    load_many(db, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found("demand", id))
}

pub async fn list(
    db: &impl ConnectionTrait,
    filter: &DemandFilter,
    page: PageRequest,
) -> StoreResult<Page<Demand>> {
    let mut condition = Condition::all();
    if let Some(id) = filter.employer_id {
        condition = condition.add(demand::Column::EmployerId.eq(id));
    }
    if let Some(code) = &filter.commune_code {
        condition = condition.add(demand::Column::CommuneCode.eq(code.as_str()));
    }
    if let Some(code) = &filter.occupation_code {
        let id = taxonomy::occupation_id(db, code).await?.unwrap_or(-1);
        condition = condition.add(demand::Column::OccupationId.eq(id));
    }
    if let Some(code) = &filter.skill_code {
        let skill_id = taxonomy::skill_ids(db, std::slice::from_ref(code))
            .await?
            .get(code)
            .copied()
            .unwrap_or(-1);
        let demand_ids: Vec<i64> = demand_skill::Entity::find()
            .select_only()
            .column(demand_skill::Column::DemandId)
            .filter(demand_skill::Column::SkillId.eq(skill_id))
            .into_tuple()
            .all(db)
            .await?;
        condition = condition.add(demand::Column::Id.is_in(demand_ids));
    }
    if let Some(kind) = filter.employment_type {
        condition = condition.add(demand::Column::EmploymentType.eq(kind.as_str()));
    }
    if let Some(status) = filter.status {
        condition = condition.add(demand::Column::Status.eq(status.as_str()));
    }
    let query = demand::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let ids: Vec<i64> = query
        .select_only()
        .column(demand::Column::Id)
        .order_by_asc(demand::Column::Id)
        .offset(page.offset())
        .limit(u64::from(page.per_page))
        .into_tuple()
        .all(db)
        .await?;
    Ok(Page::new(page, total, load_many(db, &ids).await?))
}

/// Ids greater than `after`, ascending, at most `limit` (for re-indexing in batches).
pub async fn ids_after(db: &impl ConnectionTrait, after: i64, limit: u64) -> StoreResult<Vec<i64>> {
    Ok(demand::Entity::find()
        .select_only()
        .column(demand::Column::Id)
        .filter(demand::Column::Id.gt(after))
        .order_by_asc(demand::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?)
}

/// Full views of the given demands, in the order of `ids`; missing ids are skipped.
pub async fn load_many(db: &impl ConnectionTrait, ids: &[i64]) -> StoreResult<Vec<Demand>> {
    let mut rows = Vec::with_capacity(ids.len());
    let mut links = Vec::new();
    for chunk in ids.chunks(super::BATCH) {
        rows.extend(
            demand::Entity::find()
                .filter(demand::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
        links.extend(
            demand_skill::Entity::find()
                .filter(demand_skill::Column::DemandId.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    let mut employer_names = HashMap::new();
    let employer_ids: Vec<i64> = rows.iter().map(|r| r.employer_id).collect();
    for chunk in employer_ids.chunks(super::BATCH) {
        let names: Vec<(i64, String)> = employer::Entity::find()
            .select_only()
            .columns([employer::Column::Id, employer::Column::Name])
            .filter(employer::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        employer_names.extend(names);
    }
    let occupations = taxonomy::occupation_summaries(
        db,
        &rows
            .iter()
            .filter_map(|r| r.occupation_id)
            .collect::<Vec<_>>(),
    )
    .await?;
    let labels =
        taxonomy::skill_labels(db, &links.iter().map(|l| l.skill_id).collect::<Vec<_>>()).await?;
    let commune_names = communes::names(db).await?;
    let mut skills: HashMap<i64, Vec<DemandSkill>> = HashMap::new();
    for link in links {
        if let Some(label) = labels.get(&link.skill_id) {
            skills.entry(link.demand_id).or_default().push(DemandSkill {
                code: label.code.clone(),
                label_vi: label.label_vi.clone(),
                label_en: label.label_en.clone(),
                importance: parse_stored("demand_skills", "importance", &link.importance)?,
            });
        }
    }

    let mut by_id = HashMap::with_capacity(rows.len());
    for row in rows {
        let occupation = row.occupation_id.and_then(|id| occupations.get(&id));
        let mut demand_skills = skills.remove(&row.id).unwrap_or_default();
        demand_skills.sort_by(|a, b| {
            a.importance
                .cmp(&b.importance)
                .then_with(|| a.code.cmp(&b.code))
        });
        let view = Demand {
            employment_type: parse_stored("demands", "employment_type", &row.employment_type)?,
            status: parse_stored("demands", "status", &row.status)?,
            employer_name: employer_names
                .get(&row.employer_id)
                .cloned()
                .unwrap_or_default(),
            occupation_code: occupation.map(|o| o.0.clone()),
            occupation_name: occupation.map(|o| o.1.clone()),
            sector: occupation.and_then(|o| o.2),
            commune_name: commune_names
                .get(&row.commune_code)
                .cloned()
                .unwrap_or_default(),
            skills: demand_skills,
            id: row.id,
            employer_id: row.employer_id,
            title: row.title,
            description: row.description,
            positions: i64::from(row.positions),
            commune_code: row.commune_code,
            wage_min_vnd: row.wage_min_vnd,
            wage_max_vnd: row.wage_max_vnd,
            start_date: row.start_date,
            expires_on: row.expires_on,
            created_at: row.created_at,
            updated_at: row.updated_at,
        };
        by_id.insert(view.id, view);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

/// The account owning the demand's employer; `NotFound` if there is no such demand.
pub async fn owner(db: &impl ConnectionTrait, id: i64) -> StoreResult<Option<i64>> {
    let demand = find(db, id).await?;
    super::employers::owner(db, demand.employer_id).await
}

/// The demand row; `NotFound` if there is no such demand.
pub(crate) async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<demand::Model> {
    demand::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("demand", id))
}

struct Refs {
    occupation_id: Option<i64>,
    skill_ids: HashMap<String, i64>,
}

async fn resolve_refs(db: &impl ConnectionTrait, input: &DemandInput) -> StoreResult<Refs> {
    let mut errors = Vec::new();
    if employer::Entity::find_by_id(input.employer_id)
        .one(db)
        .await?
        .is_none()
    {
        errors.push(FieldError::unknown(
            "employer_id",
            "nhà tuyển dụng",
            "employer",
            &input.employer_id.to_string(),
        ));
    }
    catalogue_refs::check_commune(db, &input.commune_code, &mut errors).await?;
    let occupation_id =
        catalogue_refs::resolve_occupation(db, input.occupation_code.as_deref(), &mut errors)
            .await?;
    let codes: Vec<(String, String)> = input
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("skills[{i}].code"), s.code.clone()))
        .collect();
    let skill_ids = catalogue_refs::resolve_skills(db, &codes, &mut errors).await?;
    if errors.is_empty() {
        Ok(Refs {
            occupation_id,
            skill_ids,
        })
    } else {
        Err(ValidationErrors(errors).into())
    }
}

pub(crate) fn active_model(input: &DemandInput, occupation_id: Option<i64>) -> demand::ActiveModel {
    demand::ActiveModel {
        employer_id: Set(input.employer_id),
        title: Set(input.title.clone()),
        description: Set(input.description.clone().unwrap_or_default()),
        occupation_id: Set(occupation_id),
        positions: Set(i32::try_from(input.positions).unwrap_or(i32::MAX)),
        commune_code: Set(input.commune_code.clone()),
        wage_min_vnd: Set(input.wage_min_vnd),
        wage_max_vnd: Set(input.wage_max_vnd),
        employment_type: Set(input.employment_type.as_str().to_owned()),
        start_date: Set(input.start_date),
        expires_on: Set(input.expires_on),
        status: Set(input
            .status
            .unwrap_or(DemandStatus::Open)
            .as_str()
            .to_owned()),
        ..Default::default()
    }
}

async fn write_skills(
    tx: &DatabaseTransaction,
    demand_id: i64,
    input: &DemandInput,
    skill_ids: &HashMap<String, i64>,
) -> StoreResult<()> {
    let rows = input.skills.iter().filter_map(|s| {
        skill_ids
            .get(&s.code)
            .map(|skill_id| demand_skill::ActiveModel {
                demand_id: Set(demand_id),
                skill_id: Set(*skill_id),
                importance: Set(s.importance.as_str().to_owned()),
            })
    });
    demand_skill::Entity::insert_many(rows)
        .exec_without_returning(tx)
        .await?;
    Ok(())
}

/// The typed skills the list lacks, kept as the demand's proposals (left
/// as they are when the input does not list them).
async fn write_proposals(
    tx: &DatabaseTransaction,
    demand_id: i64,
    input: &DemandInput,
) -> StoreResult<()> {
    match &input.proposed_skills {
        Some(items) => demand_proposals::replace_for_demand(tx, demand_id, items).await,
        None => Ok(()),
    }
}
