//! What the ranking in hocnghe-match reads: every open course and demand as
//! ranking candidates, the skill labels, and a worker's profile as a
//! [`WorkerContext`].

use std::collections::HashMap;

use hocnghe_domain::workers::WorkerProfile;
use hocnghe_domain::{CourseStatus, DemandStatus};
use hocnghe_match::{
    CompletedModule, CourseCandidate, DemandCandidate, Evidence, HeldSkill, Location, SkillCatalog,
    WorkerContext,
};
use sea_orm::ConnectionTrait;

use super::{communes, courses, demands, outbox, taxonomy};
use crate::error::{StoreError, StoreResult};

/// Rows read per query while loading the whole catalogue.
const CHUNK: u64 = 2_000;

/// Open courses and demands, converted for ranking.
#[derive(Debug, Clone, Default)]
pub struct RankingCatalogue {
    pub courses: Vec<CourseCandidate>,
    pub demands: Vec<DemandCandidate>,
    pub skills: SkillCatalog,
}

/// Load every open course and demand.
pub async fn load_catalogue(db: &impl ConnectionTrait) -> StoreResult<RankingCatalogue> {
    let places = centroids(db).await?;
    let at = |code: &str| places.get(code).copied().unwrap_or(Location::new(0.0, 0.0));

    let mut course_list = Vec::new();
    let mut after = 0;
    loop {
        let ids = courses::ids_after(db, after, CHUNK).await?;
        let Some(&last) = ids.last() else { break };
        after = last;
        course_list.extend(
            courses::load_many(db, &ids)
                .await?
                .iter()
                .filter(|c| c.status == CourseStatus::Open)
                .map(|c| CourseCandidate::from_view(c, at(&c.commune_code))),
        );
    }

    let mut demand_list = Vec::new();
    let mut after = 0;
    loop {
        let ids = demands::ids_after(db, after, CHUNK).await?;
        let Some(&last) = ids.last() else { break };
        after = last;
        demand_list.extend(
            demands::load_many(db, &ids)
                .await?
                .iter()
                .filter(|d| d.status == DemandStatus::Open)
                .map(|d| DemandCandidate::from_view(d, at(&d.commune_code))),
        );
    }

    let skills = taxonomy::all_skills(db).await?.iter().collect();
    Ok(RankingCatalogue {
        courses: course_list,
        demands: demand_list,
        skills,
    })
}

/// The highest outbox id present (see the API's ranking cache for why this
/// alone is not the catalogue's version).
pub async fn catalogue_version(db: &impl ConnectionTrait) -> StoreResult<i64> {
    outbox::max_id(db).await
}

/// The worker's profile as the ranking sees it.
pub async fn worker_context(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<WorkerContext> {
    let profile = super::workers::load(db, worker_id).await?;
    let home = communes::get(db, &profile.commune_code)
        .await?
        .ok_or_else(|| StoreError::not_found("commune", &profile.commune_code))?;
    Ok(context_of(&profile, Location::new(home.lat, home.lon)))
}

fn context_of(profile: &WorkerProfile, home: Location) -> WorkerContext {
    WorkerContext {
        commune_code: profile.commune_code.clone(),
        lat: home.lat,
        lon: home.lon,
        education: profile.education,
        skills: profile
            .skills
            .iter()
            .map(|s| HeldSkill {
                code: s.code.clone(),
                evidence: if s.certified {
                    Evidence::Certified
                } else {
                    Evidence::SelfReported
                },
            })
            .collect(),
        completed_modules: profile
            .earned_modules
            .iter()
            .map(|m| CompletedModule {
                code: m.code.clone(),
                credits: m.credits,
                skills: m.skills.clone(),
                certificate: m.certificate.clone(),
                course_id: None,
            })
            .collect(),
        certificates: profile
            .certificates
            .iter()
            .map(|c| c.name.clone())
            .collect(),
        occupations_of_interest: profile.interests.iter().map(|i| i.code.clone()).collect(),
        max_travel_km: profile.max_travel_km as f64,
        free_months: profile.free_months.clone(),
        study_times: profile.study_times.clone(),
        max_fee_vnd: profile.max_fee_vnd,
    }
}

async fn centroids(db: &impl ConnectionTrait) -> StoreResult<HashMap<String, Location>> {
    Ok(communes::list(db)
        .await?
        .into_iter()
        .map(|c| (c.code, Location::new(c.lat, c.lon)))
        .collect())
}
