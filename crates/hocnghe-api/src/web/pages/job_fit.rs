//! How a job fits the signed-in worker looking at it: how far it is from
//! home, which of its skills they hold (declared, or taught by a module
//! they passed) and which they lack, each lacking skill linked to a course
//! search for it.

use hocnghe_domain::Importance;
use hocnghe_domain::catalogue::Demand;
use hocnghe_domain::geo::haversine_km;
use hocnghe_store::repo::{communes, workers};

use crate::error::ApiResult;
use crate::state::AppState;

pub(crate) struct SkillLine {
    pub(crate) label_vi: String,
    pub(crate) label_en: String,
    pub(crate) essential: bool,
    /// Course search for this skill, for skills the worker lacks.
    pub(crate) courses_href: String,
}

pub(crate) struct JobFit {
    /// Straight-line distance from the worker's commune, in km.
    pub(crate) distance_km: Option<f64>,
    /// The worker's own travel limit.
    pub(crate) max_travel_km: i64,
    pub(crate) has: Vec<SkillLine>,
    pub(crate) lacks: Vec<SkillLine>,
}

impl JobFit {
    pub(crate) fn too_far(&self) -> bool {
        self.distance_km
            .is_some_and(|km| km > self.max_travel_km as f64)
    }
}

pub(crate) async fn for_worker(
    state: &AppState,
    worker_id: i64,
    demand: &Demand,
) -> ApiResult<JobFit> {
    let profile = workers::load(&state.db, worker_id).await?;
    let home = communes::get(&state.db, &profile.commune_code).await?;
    let work = communes::get(&state.db, &demand.commune_code).await?;
    let distance_km = match (home, work) {
        (Some(h), Some(w)) => Some(haversine_km(h.lat, h.lon, w.lat, w.lon)),
        _ => None,
    };
    let held: std::collections::HashSet<&str> = profile
        .skills
        .iter()
        .map(|s| s.code.as_str())
        .chain(
            profile
                .earned_modules
                .iter()
                .flat_map(|m| m.skills.iter().map(String::as_str)),
        )
        .collect();
    let (mut has, mut lacks) = (Vec::new(), Vec::new());
    for skill in &demand.skills {
        let query: String = form_urlencoded::byte_serialize(skill.label_vi.as_bytes()).collect();
        let line = SkillLine {
            label_vi: skill.label_vi.clone(),
            label_en: skill.label_en.clone(),
            essential: skill.importance == Importance::Essential,
            courses_href: format!("/courses?q={query}"),
        };
        if held.contains(skill.code.as_str()) {
            has.push(line);
        } else {
            lacks.push(line);
        }
    }
    Ok(JobFit {
        distance_km,
        max_travel_km: profile.max_travel_km,
        has,
        lacks,
    })
}
