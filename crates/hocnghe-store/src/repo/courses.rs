//! Courses and their modules.

use std::collections::{BTreeMap, HashMap};

use hocnghe_domain::catalogue::{
    Course, CourseInput, Module, ModuleInput, Page, PageRequest, Valid, lead_intake,
};
use hocnghe_domain::{
    AccessNeed, CourseLevel, CourseStatus, DeliveryMode, FieldError, IntakeStatus,
    ValidationErrors, hanoi_today,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{catalogue_refs, communes, intakes, now, outbox, taxonomy};
use crate::db::begin_write;
use crate::entities::{course, course_module, module_prerequisite, module_skill, provider};
use crate::error::{StoreError, StoreResult, parse_stored};

#[derive(Debug, Clone, Default)]
pub struct CourseFilter {
    pub provider_id: Option<i64>,
    pub commune_code: Option<String>,
    pub occupation_code: Option<String>,
    pub level: Option<CourseLevel>,
    pub delivery_mode: Option<DeliveryMode>,
    pub status: Option<CourseStatus>,
}

pub async fn create(db: &DatabaseConnection, input: Valid<CourseInput>) -> StoreResult<Course> {
    let tx = begin_write(db).await?;
    let id = insert(&tx, input).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Insert within a caller's transaction (used by bulk import).
pub async fn insert(tx: &DatabaseTransaction, input: Valid<CourseInput>) -> StoreResult<i64> {
    let refs = resolve_refs(tx, &input).await?;
    let input = input.into_inner();
    let stamp = now();
    let mut row = active_model(&input, refs.occupation_id);
    row.created_at = Set(stamp);
    row.updated_at = Set(stamp);
    let saved = row.insert(tx).await?;
    write_modules(tx, saved.id, &input.modules, &refs.skill_ids).await?;
    intakes::insert_many(tx, saved.id, &input.intakes).await?;
    outbox::enqueue(tx, outbox::EntityKind::Course, saved.id).await?;
    Ok(saved.id)
}

/// Replace a course. Modules are matched by code: kept modules keep their id
/// (completions recorded against them stay valid), new codes are added and
/// missing ones removed.
pub async fn update(
    db: &DatabaseConnection,
    id: i64,
    input: Valid<CourseInput>,
) -> StoreResult<Course> {
    let tx = begin_write(db).await?;
    let existing = find(&tx, id).await?;
    if !input.uses_single_intake_fields() {
        return Err(ValidationErrors::single(FieldError::invalid(
            "intakes",
            "Sửa các lớp tại /api/v1/courses/{id}/intakes và /api/v1/intakes/{id}.",
            "Change classes at /api/v1/courses/{id}/intakes and /api/v1/intakes/{id}.",
        ))
        .into());
    }
    let refs = resolve_refs(&tx, &input).await?;
    let input = input.into_inner();
    let mut row = active_model(&input, refs.occupation_id);
    row.id = Set(existing.id);
    row.created_at = Set(existing.created_at);
    row.updated_at = Set(now());
    row.update(&tx).await?;
    write_modules(&tx, id, &input.modules, &refs.skill_ids).await?;
    if let Some(intake) = input.intakes.first() {
        intakes::update_lead(&tx, id, intake).await?;
    }
    outbox::enqueue(&tx, outbox::EntityKind::Course, id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

pub async fn delete(db: &DatabaseConnection, id: i64) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    find(&tx, id).await?;
    if super::enrolments::course_has_enrolments(&tx, id).await? {
        return Err(StoreError::conflict(
            "Khóa học đã có người đăng ký học nên không thể xóa; hãy đóng tuyển sinh.",
            "The course has enrolments and cannot be deleted; close it instead.",
        ));
    }
    course::Entity::delete_by_id(id).exec(&tx).await?;
    outbox::enqueue(&tx, outbox::EntityKind::Course, id).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Course> {
    load_many(db, &[id])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found("course", id))
}

pub async fn list(
    db: &impl ConnectionTrait,
    filter: &CourseFilter,
    page: PageRequest,
) -> StoreResult<Page<Course>> {
    let mut condition = Condition::all();
    if let Some(id) = filter.provider_id {
        condition = condition.add(course::Column::ProviderId.eq(id));
    }
    if let Some(code) = &filter.commune_code {
        condition = condition.add(course::Column::CommuneCode.eq(code.as_str()));
    }
    if let Some(code) = &filter.occupation_code {
        let id = taxonomy::occupation_id(db, code).await?.unwrap_or(-1);
        condition = condition.add(course::Column::OccupationId.eq(id));
    }
    if let Some(level) = filter.level {
        condition = condition.add(course::Column::Level.eq(level.as_str()));
    }
    if let Some(mode) = filter.delivery_mode {
        condition = condition.add(course::Column::DeliveryMode.eq(mode.as_str()));
    }
    if let Some(status) = filter.status {
        condition = condition.add(course::Column::Status.eq(status.as_str()));
    }
    let query = course::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let ids: Vec<i64> = query
        .select_only()
        .column(course::Column::Id)
        .order_by_asc(course::Column::Id)
        .offset(page.offset())
        .limit(u64::from(page.per_page))
        .into_tuple()
        .all(db)
        .await?;
    Ok(Page::new(page, total, load_many(db, &ids).await?))
}

/// Ids greater than `after`, ascending, at most `limit` (for re-indexing in batches).
pub async fn ids_after(db: &impl ConnectionTrait, after: i64, limit: u64) -> StoreResult<Vec<i64>> {
    Ok(course::Entity::find()
        .select_only()
        .column(course::Column::Id)
        .filter(course::Column::Id.gt(after))
        .order_by_asc(course::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?)
}

/// Full views of the given courses, in the order of `ids`; missing ids are skipped.
pub async fn load_many(db: &impl ConnectionTrait, ids: &[i64]) -> StoreResult<Vec<Course>> {
    let mut rows = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(super::BATCH) {
        rows.extend(
            course::Entity::find()
                .filter(course::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    let provider_ids: Vec<i64> = rows.iter().map(|r| r.provider_id).collect();
    let mut provider_names = HashMap::new();
    for chunk in provider_ids.chunks(super::BATCH) {
        let names: Vec<(i64, String)> = provider::Entity::find()
            .select_only()
            .columns([provider::Column::Id, provider::Column::Name])
            .filter(provider::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        provider_names.extend(names);
    }
    let occupation_ids: Vec<i64> = rows.iter().filter_map(|r| r.occupation_id).collect();
    let occupations = taxonomy::occupation_summaries(db, &occupation_ids).await?;
    let commune_names = communes::names(db).await?;
    let row_ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut modules = load_modules(db, &row_ids).await?;
    let mut classes = intakes::for_courses(db, &row_ids).await?;
    let today = hanoi_today();

    let mut by_id: HashMap<i64, Course> = HashMap::with_capacity(rows.len());
    for row in rows {
        let occupation = row.occupation_id.and_then(|id| occupations.get(&id));
        let modules = modules.remove(&row.id).unwrap_or_default();
        let intakes = classes.remove(&row.id).unwrap_or_default();
        let Some(lead) = lead_intake(&intakes, today).cloned() else {
            return Err(StoreError::Corrupt {
                table: "course_intakes",
                column: "course_id",
                value: format!("course {} has no intake", row.id),
            });
        };
        let published: CourseStatus = parse_stored("courses", "status", &row.status)?;
        let enrolling = published == CourseStatus::Open
            && intakes.iter().any(|i| i.status == IntakeStatus::Open);
        let course = Course {
            level: parse_stored("courses", "level", &row.level)?,
            delivery_mode: parse_stored("courses", "delivery_mode", &row.delivery_mode)?,
            schedule: lead.schedule,
            status: if enrolling {
                CourseStatus::Open
            } else {
                CourseStatus::Closed
            },
            provider_name: provider_names
                .get(&row.provider_id)
                .cloned()
                .unwrap_or_default(),
            occupation_code: occupation.map(|o| o.0.clone()),
            occupation_name: occupation.map(|o| o.1.clone()),
            sector: occupation.and_then(|o| o.2),
            commune_name: commune_names
                .get(&row.commune_code)
                .cloned()
                .unwrap_or_default(),
            subsidy_eligible: row.subsidy_vnd > 0,
            fee_after_subsidy_vnd: Course::fee_after_subsidy(row.fee_vnd, row.subsidy_vnd),
            total_credits: modules.iter().map(|m| m.credits).sum(),
            total_hours: modules.iter().map(|m| m.hours).sum(),
            modules,
            id: row.id,
            provider_id: row.provider_id,
            title: row.title,
            description: row.description,
            commune_code: row.commune_code,
            start_date: lead.start_date,
            weeks: lead.weeks,
            fee_vnd: row.fee_vnd,
            subsidy_vnd: row.subsidy_vnd,
            seats: lead.seats,
            certificate: row.certificate,
            accessibility: parse_accessibility(&row.accessibility)?,
            next_intake_id: Some(lead.id),
            intakes,
            created_at: row.created_at,
            updated_at: row.updated_at,
        };
        by_id.insert(course.id, course);
    }
    Ok(ids.iter().filter_map(|id| by_id.remove(id)).collect())
}

async fn load_modules(
    db: &impl ConnectionTrait,
    course_ids: &[i64],
) -> StoreResult<HashMap<i64, Vec<Module>>> {
    let mut rows = Vec::new();
    for chunk in course_ids.chunks(super::BATCH) {
        rows.extend(
            course_module::Entity::find()
                .filter(course_module::Column::CourseId.is_in(chunk.iter().copied()))
                .order_by_asc(course_module::Column::CourseId)
                .order_by_asc(course_module::Column::Position)
                .all(db)
                .await?,
        );
    }
    let module_ids: Vec<i64> = rows.iter().map(|m| m.id).collect();
    let mut skill_links: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    let mut prerequisites: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for chunk in module_ids.chunks(super::BATCH) {
        for link in module_skill::Entity::find()
            .filter(module_skill::Column::ModuleId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            skill_links
                .entry(link.module_id)
                .or_default()
                .push(link.skill_id);
        }
        for pre in module_prerequisite::Entity::find()
            .filter(module_prerequisite::Column::ModuleId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            prerequisites
                .entry(pre.module_id)
                .or_default()
                .push(pre.prerequisite_code);
        }
    }
    let all_skill_ids: Vec<i64> = skill_links.values().flatten().copied().collect();
    let labels = taxonomy::skill_labels(db, &all_skill_ids).await?;
    let mut out: HashMap<i64, Vec<Module>> = HashMap::new();
    for row in rows {
        let mut skills: Vec<_> = skill_links
            .get(&row.id)
            .map(|ids| {
                ids.iter()
                    .filter_map(|id| labels.get(id).cloned())
                    .collect()
            })
            .unwrap_or_default();
        skills.sort_by(|a: &hocnghe_domain::catalogue::SkillLabel, b| a.code.cmp(&b.code));
        let mut prereqs = prerequisites.remove(&row.id).unwrap_or_default();
        prereqs.sort();
        out.entry(row.course_id).or_default().push(Module {
            id: row.id,
            code: row.code,
            title: row.title,
            credits: i64::from(row.credits),
            hours: i64::from(row.hours),
            skills,
            prerequisites: prereqs,
        });
    }
    Ok(out)
}

/// The account owning the course's provider; `NotFound` if there is no such course.
pub async fn owner(db: &impl ConnectionTrait, id: i64) -> StoreResult<Option<i64>> {
    let course = find(db, id).await?;
    super::providers::owner(db, course.provider_id).await
}

async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<course::Model> {
    course::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("course", id))
}

struct Refs {
    occupation_id: Option<i64>,
    skill_ids: HashMap<String, i64>,
}

async fn resolve_refs(db: &impl ConnectionTrait, input: &CourseInput) -> StoreResult<Refs> {
    let mut errors = Vec::new();
    if provider::Entity::find_by_id(input.provider_id)
        .one(db)
        .await?
        .is_none()
    {
        errors.push(FieldError::unknown(
            "provider_id",
            "cơ sở đào tạo",
            "provider",
            &input.provider_id.to_string(),
        ));
    }
    catalogue_refs::check_commune(db, &input.commune_code, &mut errors).await?;
    let occupation_id =
        catalogue_refs::resolve_occupation(db, input.occupation_code.as_deref(), &mut errors)
            .await?;
    let codes: Vec<(String, String)> = input
        .modules
        .iter()
        .enumerate()
        .flat_map(|(i, m)| {
            m.skills
                .iter()
                .enumerate()
                .map(move |(j, code)| (format!("modules[{i}].skills[{j}]"), code.clone()))
        })
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

pub(crate) fn active_model(input: &CourseInput, occupation_id: Option<i64>) -> course::ActiveModel {
    course::ActiveModel {
        provider_id: Set(input.provider_id),
        title: Set(input.title.clone()),
        description: Set(input.description.clone().unwrap_or_default()),
        level: Set(input.level.as_str().to_owned()),
        occupation_id: Set(occupation_id),
        commune_code: Set(input.commune_code.clone()),
        delivery_mode: Set(input.delivery_mode.as_str().to_owned()),
        fee_vnd: Set(input.fee_vnd),
        subsidy_vnd: Set(input.subsidy_vnd),
        certificate: Set(input.certificate.clone()),
        accessibility: Set(input
            .accessibility
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(",")),
        status: Set(input
            .status
            .unwrap_or(CourseStatus::Open)
            .as_str()
            .to_owned()),
        ..Default::default()
    }
}

/// A course's comma-separated access needs (not personal data).
pub(crate) fn parse_accessibility(s: &str) -> StoreResult<Vec<AccessNeed>> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| parse_stored("courses", "accessibility", t))
        .collect()
}

/// Validated values are small (weeks ≤ 156, seats ≤ 5000, credits ≤ 60…).
pub(crate) fn to_i32(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

async fn write_modules(
    tx: &DatabaseTransaction,
    course_id: i64,
    modules: &[ModuleInput],
    skill_ids: &HashMap<String, i64>,
) -> StoreResult<()> {
    let existing: HashMap<String, i64> = course_module::Entity::find()
        .filter(course_module::Column::CourseId.eq(course_id))
        .all(tx)
        .await?
        .into_iter()
        .map(|m| (m.code, m.id))
        .collect();
    let stale: Vec<i64> = existing
        .iter()
        .filter(|(code, _)| !modules.iter().any(|m| &m.code == *code))
        .map(|(_, id)| *id)
        .collect();
    if !stale.is_empty() {
        course_module::Entity::delete_many()
            .filter(course_module::Column::Id.is_in(stale))
            .exec(tx)
            .await?;
    }
    for (position, module) in modules.iter().enumerate() {
        let mut row = course_module::ActiveModel {
            course_id: Set(course_id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            code: Set(module.code.clone()),
            title: Set(module.title.clone()),
            credits: Set(to_i32(module.credits)),
            hours: Set(to_i32(module.hours)),
            ..Default::default()
        };
        let module_id = match existing.get(&module.code) {
            Some(&id) => {
                row.id = Set(id);
                row.update(tx).await?;
                module_skill::Entity::delete_many()
                    .filter(module_skill::Column::ModuleId.eq(id))
                    .exec(tx)
                    .await?;
                module_prerequisite::Entity::delete_many()
                    .filter(module_prerequisite::Column::ModuleId.eq(id))
                    .exec(tx)
                    .await?;
                id
            }
            None => row.insert(tx).await?.id,
        };
        let skills = module
            .skills
            .iter()
            .filter_map(|code| skill_ids.get(code))
            .map(|skill_id| module_skill::ActiveModel {
                module_id: Set(module_id),
                skill_id: Set(*skill_id),
            });
        module_skill::Entity::insert_many(skills)
            .exec_without_returning(tx)
            .await?;
        let prereqs = module
            .prerequisites
            .iter()
            .map(|code| module_prerequisite::ActiveModel {
                module_id: Set(module_id),
                prerequisite_code: Set(code.clone()),
            });
        module_prerequisite::Entity::insert_many(prereqs)
            .exec_without_returning(tx)
            .await?;
    }
    Ok(())
}
