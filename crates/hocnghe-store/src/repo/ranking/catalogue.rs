//! Loading the whole open catalogue for ranking in a fixed number of bulk
//! queries: one per table, each joined to its open parents and reading only
//! the columns ranking needs (no descriptions, no commune names).
//!
//! The result is exactly what converting the catalogue views
//! (`courses::load_many`, `demands::load_many`) would give: courses and
//! demands in id order, modules in course order, a module's skills and
//! prerequisites sorted by code, a demand's skills split by importance and
//! sorted by code.

use std::collections::HashMap;

use hocnghe_domain::{CourseStatus, DemandStatus, Importance, IntakeStatus};
use hocnghe_match::{CourseCandidate, CourseModule, DemandCandidate, Location};
use sea_orm::prelude::Date;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::{
    course, course_intake, course_module, demand, demand_skill, employer, module_prerequisite,
    module_skill, occupation, provider, skill,
};
use crate::error::{StoreResult, parse_stored};

#[derive(FromQueryResult)]
struct DemandRow {
    id: i64,
    employer_id: i64,
    title: String,
    occupation_id: Option<i64>,
    positions: i32,
    commune_code: String,
    wage_min_vnd: Option<i64>,
    wage_max_vnd: Option<i64>,
    employment_type: String,
    expires_on: Option<Date>,
}

#[derive(FromQueryResult)]
struct CourseRow {
    id: i64,
    provider_id: i64,
    title: String,
    level: String,
    occupation_id: Option<i64>,
    commune_code: String,
    delivery_mode: String,
    fee_vnd: i64,
    subsidy_vnd: i64,
    certificate: Option<String>,
    accessibility: String,
}

#[derive(FromQueryResult)]
struct IntakeRow {
    id: i64,
    course_id: i64,
    start_date: Date,
    weeks: i32,
    schedule: String,
    commune_code: Option<String>,
    seats: i32,
    seats_taken: i32,
}

#[derive(FromQueryResult)]
struct ModuleRow {
    id: i64,
    course_id: i64,
    code: String,
    title: String,
    credits: i32,
}

/// Every open demand, in id order.
pub(super) async fn open_demands(
    db: &impl ConnectionTrait,
    at: &impl Fn(&str) -> StoreResult<Location>,
    occupations: &HashMap<i64, String>,
    skills: &HashMap<i64, String>,
) -> StoreResult<Vec<DemandCandidate>> {
    let open = DemandStatus::Open.as_str();
    let rows: Vec<DemandRow> = demand::Entity::find()
        .select_only()
        .columns([
            demand::Column::Id,
            demand::Column::EmployerId,
            demand::Column::Title,
            demand::Column::OccupationId,
            demand::Column::Positions,
            demand::Column::CommuneCode,
            demand::Column::WageMinVnd,
            demand::Column::WageMaxVnd,
            demand::Column::EmploymentType,
            demand::Column::ExpiresOn,
        ])
        .filter(demand::Column::Status.eq(open))
        .order_by_asc(demand::Column::Id)
        .into_model()
        .all(db)
        .await?;
    let links: Vec<(i64, i64, String)> = demand_skill::Entity::find()
        .select_only()
        .columns([
            demand_skill::Column::DemandId,
            demand_skill::Column::SkillId,
            demand_skill::Column::Importance,
        ])
        .join(
            JoinType::InnerJoin,
            demand_skill::Entity::belongs_to(demand::Entity)
                .from(demand_skill::Column::DemandId)
                .to(demand::Column::Id)
                .into(),
        )
        .filter(demand::Column::Status.eq(open))
        .into_tuple()
        .all(db)
        .await?;
    let employers: HashMap<i64, String> = employer::Entity::find()
        .select_only()
        .columns([employer::Column::Id, employer::Column::Name])
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();

    let mut by_demand: HashMap<i64, Vec<(Importance, &str)>> = HashMap::with_capacity(rows.len());
    for (demand_id, skill_id, importance) in &links {
        if let Some(code) = skills.get(skill_id) {
            by_demand.entry(*demand_id).or_default().push((
                parse_stored("demand_skills", "importance", importance)?,
                code.as_str(),
            ));
        }
    }
    rows.into_iter()
        .map(|row| {
            let mut linked = by_demand.remove(&row.id).unwrap_or_default();
            linked.sort_unstable();
            let codes = |importance: Importance| {
                linked
                    .iter()
                    .filter(|(i, _)| *i == importance)
                    .map(|(_, code)| (*code).to_owned())
                    .collect()
            };
            let place = at(&row.commune_code)?;
            Ok(DemandCandidate {
                id: row.id,
                employer_name: employers.get(&row.employer_id).cloned().unwrap_or_default(),
                occupation_code: row
                    .occupation_id
                    .and_then(|id| occupations.get(&id).cloned()),
                lat: place.lat,
                lon: place.lon,
                positions: i64::from(row.positions),
                wage_min_vnd: row.wage_min_vnd,
                wage_max_vnd: row.wage_max_vnd,
                employment_type: parse_stored("demands", "employment_type", &row.employment_type)?,
                expires_on: row.expires_on,
                essential_skills: codes(Importance::Essential),
                optional_skills: codes(Importance::Optional),
                title: row.title,
                commune_code: row.commune_code,
            })
        })
        .collect()
}

/// Every open intake of every open course, as one candidate each (with its
/// course's modules), in course id order and then by start date.
pub(super) async fn open_courses(
    db: &impl ConnectionTrait,
    at: &impl Fn(&str) -> StoreResult<Location>,
    occupations: &HashMap<i64, String>,
    skills: &HashMap<i64, String>,
) -> StoreResult<Vec<CourseCandidate>> {
    let open = CourseStatus::Open.as_str();
    let rows: Vec<CourseRow> = course::Entity::find()
        .select_only()
        .columns([
            course::Column::Id,
            course::Column::ProviderId,
            course::Column::Title,
            course::Column::Level,
            course::Column::OccupationId,
            course::Column::CommuneCode,
            course::Column::DeliveryMode,
            course::Column::FeeVnd,
            course::Column::SubsidyVnd,
            course::Column::Certificate,
            course::Column::Accessibility,
        ])
        .filter(course::Column::Status.eq(open))
        .order_by_asc(course::Column::Id)
        .into_model()
        .all(db)
        .await?;
    let of_open_course = || -> sea_orm::RelationDef {
        course_module::Entity::belongs_to(course::Entity)
            .from(course_module::Column::CourseId)
            .to(course::Column::Id)
            .into()
    };
    let intakes: Vec<IntakeRow> = course_intake::Entity::find()
        .select_only()
        .columns([
            course_intake::Column::Id,
            course_intake::Column::CourseId,
            course_intake::Column::StartDate,
            course_intake::Column::Weeks,
            course_intake::Column::Schedule,
            course_intake::Column::CommuneCode,
            course_intake::Column::Seats,
            course_intake::Column::SeatsTaken,
        ])
        .join(
            JoinType::InnerJoin,
            course_intake::Entity::belongs_to(course::Entity)
                .from(course_intake::Column::CourseId)
                .to(course::Column::Id)
                .into(),
        )
        .filter(course::Column::Status.eq(open))
        .filter(course_intake::Column::Status.eq(IntakeStatus::Open.as_str()))
        .order_by_asc(course_intake::Column::CourseId)
        .order_by_asc(course_intake::Column::StartDate)
        .order_by_asc(course_intake::Column::Id)
        .into_model()
        .all(db)
        .await?;
    let mut classes: HashMap<i64, Vec<IntakeRow>> = HashMap::with_capacity(rows.len());
    for intake in intakes.into_iter().filter(|i| i.seats_taken < i.seats) {
        classes.entry(intake.course_id).or_default().push(intake);
    }
    let modules: Vec<ModuleRow> = course_module::Entity::find()
        .select_only()
        .columns([
            course_module::Column::Id,
            course_module::Column::CourseId,
            course_module::Column::Code,
            course_module::Column::Title,
            course_module::Column::Credits,
        ])
        .join(JoinType::InnerJoin, of_open_course())
        .filter(course::Column::Status.eq(open))
        .order_by_asc(course_module::Column::CourseId)
        .order_by_asc(course_module::Column::Position)
        .into_model()
        .all(db)
        .await?;
    let skill_links: Vec<(i64, i64)> = module_skill::Entity::find()
        .select_only()
        .columns([
            module_skill::Column::ModuleId,
            module_skill::Column::SkillId,
        ])
        .join(
            JoinType::InnerJoin,
            module_skill::Entity::belongs_to(course_module::Entity)
                .from(module_skill::Column::ModuleId)
                .to(course_module::Column::Id)
                .into(),
        )
        .join(JoinType::InnerJoin, of_open_course())
        .filter(course::Column::Status.eq(open))
        .into_tuple()
        .all(db)
        .await?;
    let prerequisite_links: Vec<(i64, String)> = module_prerequisite::Entity::find()
        .select_only()
        .columns([
            module_prerequisite::Column::ModuleId,
            module_prerequisite::Column::PrerequisiteCode,
        ])
        .join(
            JoinType::InnerJoin,
            module_prerequisite::Entity::belongs_to(course_module::Entity)
                .from(module_prerequisite::Column::ModuleId)
                .to(course_module::Column::Id)
                .into(),
        )
        .join(JoinType::InnerJoin, of_open_course())
        .filter(course::Column::Status.eq(open))
        .into_tuple()
        .all(db)
        .await?;
    let providers: HashMap<i64, String> = provider::Entity::find()
        .select_only()
        .columns([provider::Column::Id, provider::Column::Name])
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();

    let mut module_skills: HashMap<i64, Vec<String>> = HashMap::with_capacity(modules.len());
    for (module_id, skill_id) in skill_links {
        if let Some(code) = skills.get(&skill_id) {
            module_skills
                .entry(module_id)
                .or_default()
                .push(code.clone());
        }
    }
    let mut prerequisites: HashMap<i64, Vec<String>> = HashMap::new();
    for (module_id, code) in prerequisite_links {
        prerequisites.entry(module_id).or_default().push(code);
    }
    let mut course_modules: HashMap<i64, Vec<CourseModule>> = HashMap::with_capacity(rows.len());
    for m in modules {
        let mut skills = module_skills.remove(&m.id).unwrap_or_default();
        skills.sort();
        let mut prerequisites = prerequisites.remove(&m.id).unwrap_or_default();
        prerequisites.sort();
        course_modules
            .entry(m.course_id)
            .or_default()
            .push(CourseModule {
                code: m.code,
                title: m.title,
                credits: i64::from(m.credits),
                skills,
                prerequisites,
            });
    }
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let modules = course_modules.remove(&row.id).unwrap_or_default();
        let level = parse_stored("courses", "level", &row.level)?;
        let delivery_mode = parse_stored("courses", "delivery_mode", &row.delivery_mode)?;
        let accessibility = crate::repo::courses::parse_accessibility(&row.accessibility)?;
        for intake in classes.remove(&row.id).unwrap_or_default() {
            let commune_code = intake
                .commune_code
                .unwrap_or_else(|| row.commune_code.clone());
            let place = at(&commune_code)?;
            out.push(CourseCandidate {
                id: row.id,
                intake_id: Some(intake.id),
                provider_name: providers.get(&row.provider_id).cloned().unwrap_or_default(),
                level,
                occupation_code: row
                    .occupation_id
                    .and_then(|id| occupations.get(&id).cloned()),
                lat: place.lat,
                lon: place.lon,
                delivery_mode,
                start_date: intake.start_date,
                weeks: i64::from(intake.weeks),
                schedule: parse_stored("course_intakes", "schedule", &intake.schedule)?,
                fee_vnd: row.fee_vnd,
                subsidy_vnd: row.subsidy_vnd,
                certificate: row.certificate.clone(),
                accessibility: accessibility.clone(),
                seats: i64::from(intake.seats - intake.seats_taken),
                modules: modules.clone(),
                title: row.title.clone(),
                commune_code,
            });
        }
    }
    Ok(out)
}

/// Skill codes by id.
pub(super) async fn skill_codes(db: &impl ConnectionTrait) -> StoreResult<HashMap<i64, String>> {
    Ok(skill::Entity::find()
        .select_only()
        .columns([skill::Column::Id, skill::Column::Code])
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// Occupation codes by id.
pub(super) async fn occupation_codes(
    db: &impl ConnectionTrait,
) -> StoreResult<HashMap<i64, String>> {
    Ok(occupation::Entity::find()
        .select_only()
        .columns([occupation::Column::Id, occupation::Column::Code])
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}
