//! A worker's profile as the ranking sees it, in six queries whatever the
//! profile holds (the full profile of `workers::load` also reads the account,
//! labels and names, which ranking does not need).

use std::collections::HashMap;

use hocnghe_match::{CompletedModule, Evidence, HeldSkill, WorkerContext};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::{
    certificate, commune, completion_skill, module_completion, occupation, skill, worker,
    worker_interest, worker_skill,
};
use crate::error::{StoreError, StoreResult, parse_stored};
use crate::repo::workers::{
    parse_access, parse_delivery_modes, parse_hard_limits, parse_months, parse_study_times,
    parse_support,
};

#[derive(FromQueryResult)]
struct WorkerRow {
    commune_code: String,
    education: String,
    max_travel_km: i32,
    free_months: String,
    study_times: String,
    max_fee_vnd: Option<i64>,
    goal: Option<String>,
    current_occupation_code: Option<String>,
    delivery_modes: String,
    hard_limits: String,
    /// Read only to compute the fee after subsidy for this worker.
    support_categories: Option<String>,
    /// Read only to rank courses that accommodate them first.
    access_needs: Option<String>,
    /// `None` when the commune is missing (a left join).
    lat: Option<f64>,
    lon: Option<f64>,
}

pub(super) async fn load(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<WorkerContext> {
    let row: WorkerRow = worker::Entity::find_by_id(worker_id)
        .select_only()
        .columns([
            worker::Column::CommuneCode,
            worker::Column::Education,
            worker::Column::MaxTravelKm,
            worker::Column::FreeMonths,
            worker::Column::StudyTimes,
            worker::Column::MaxFeeVnd,
            worker::Column::Goal,
            worker::Column::CurrentOccupationCode,
            worker::Column::DeliveryModes,
            worker::Column::HardLimits,
            worker::Column::SupportCategories,
            worker::Column::AccessNeeds,
        ])
        .columns([commune::Column::Lat, commune::Column::Lon])
        .join(
            JoinType::LeftJoin,
            worker::Entity::belongs_to(commune::Entity)
                .from(worker::Column::CommuneCode)
                .to(commune::Column::Code)
                .into(),
        )
        .into_model()
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", worker_id))?;
    let (Some(lat), Some(lon)) = (row.lat, row.lon) else {
        return Err(StoreError::not_found("commune", &row.commune_code));
    };

    let skills: Vec<(String, bool)> = worker_skill::Entity::find()
        .select_only()
        .column(skill::Column::Code)
        .column(worker_skill::Column::Certified)
        .join(
            JoinType::InnerJoin,
            worker_skill::Entity::belongs_to(skill::Entity)
                .from(worker_skill::Column::SkillId)
                .to(skill::Column::Id)
                .into(),
        )
        .filter(worker_skill::Column::WorkerId.eq(worker_id))
        .order_by_asc(skill::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let completions: Vec<(i64, String, i32, Option<String>)> = module_completion::Entity::find()
        .select_only()
        .columns([
            module_completion::Column::Id,
            module_completion::Column::Code,
            module_completion::Column::Credits,
            module_completion::Column::Certificate,
        ])
        .filter(module_completion::Column::WorkerId.eq(worker_id))
        .order_by_asc(module_completion::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    let completion_skills: Vec<(i64, String)> = completion_skill::Entity::find()
        .select_only()
        .column(completion_skill::Column::CompletionId)
        .column(skill::Column::Code)
        .join(
            JoinType::InnerJoin,
            completion_skill::Entity::belongs_to(skill::Entity)
                .from(completion_skill::Column::SkillId)
                .to(skill::Column::Id)
                .into(),
        )
        .join(
            JoinType::InnerJoin,
            completion_skill::Entity::belongs_to(module_completion::Entity)
                .from(completion_skill::Column::CompletionId)
                .to(module_completion::Column::Id)
                .into(),
        )
        .filter(module_completion::Column::WorkerId.eq(worker_id))
        .order_by_asc(skill::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let interests: Vec<String> = worker_interest::Entity::find()
        .select_only()
        .column(occupation::Column::Code)
        .join(
            JoinType::InnerJoin,
            worker_interest::Entity::belongs_to(occupation::Entity)
                .from(worker_interest::Column::OccupationId)
                .to(occupation::Column::Id)
                .into(),
        )
        .filter(worker_interest::Column::WorkerId.eq(worker_id))
        .order_by_asc(occupation::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let certificates: Vec<String> = certificate::Entity::find()
        .select_only()
        .column(certificate::Column::Name)
        .filter(certificate::Column::WorkerId.eq(worker_id))
        .order_by_asc(certificate::Column::Id)
        .into_tuple()
        .all(db)
        .await?;

    let mut skills_of: HashMap<i64, Vec<String>> = HashMap::new();
    for (completion_id, code) in completion_skills {
        skills_of.entry(completion_id).or_default().push(code);
    }
    Ok(WorkerContext {
        education: parse_stored("workers", "education", &row.education)?,
        skills: skills
            .into_iter()
            .map(|(code, certified)| HeldSkill {
                code,
                evidence: if certified {
                    Evidence::Certified
                } else {
                    Evidence::SelfReported
                },
            })
            .collect(),
        completed_modules: completions
            .into_iter()
            .map(|(id, code, credits, certificate)| CompletedModule {
                code,
                credits: i64::from(credits),
                skills: skills_of.remove(&id).unwrap_or_default(),
                certificate,
                course_id: None,
            })
            .collect(),
        certificates,
        occupations_of_interest: interests,
        max_travel_km: f64::from(row.max_travel_km),
        free_months: parse_months(&row.free_months),
        study_times: parse_study_times(&row.study_times)?,
        max_fee_vnd: row.max_fee_vnd,
        goal: row
            .goal
            .as_deref()
            .map(|g| parse_stored("workers", "goal", g))
            .transpose()?,
        current_occupation: row.current_occupation_code,
        delivery_modes: parse_delivery_modes(&row.delivery_modes)?,
        hard_limits: parse_hard_limits(&row.hard_limits)?,
        support_categories: row
            .support_categories
            .as_deref()
            .map(parse_support)
            .transpose()?
            .unwrap_or_default(),
        access_needs: row
            .access_needs
            .as_deref()
            .map(parse_access)
            .transpose()?
            .unwrap_or_default(),
        lat,
        lon,
        commune_code: row.commune_code,
    })
}
