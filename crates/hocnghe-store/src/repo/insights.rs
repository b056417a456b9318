//! Aggregates over enrolments, certificates, demands and skills for the
//! city's targets and the labour market.
//! Counts only; no worker is named.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{NaiveDate, TimeZone, Utc};
use hocnghe_domain::EnrolmentStatus;
use hocnghe_domain::enrolments::rate;
use hocnghe_domain::insights::{
    CERTIFIED_TARGET, CommuneTargets, TARGET_DEFINITIONS_EN, TARGET_DEFINITIONS_VI, TRAINED_TARGET,
    TargetFigures, Targets, YEARLY_ENROLMENT_TARGET,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::communes;
use super::enrolments::ADMITTED;
use crate::entities::{certificate, enrolment, worker};
use crate::error::{StoreError, StoreResult};

mod market;
mod years;

pub use market::labour_market;
pub use years::targets_over_years;

#[derive(Default)]
struct Tally {
    workers: i64,
    trained: i64,
    certified: i64,
    enrolments: i64,
}

impl Tally {
    fn figures(&self) -> TargetFigures {
        TargetFigures {
            registered_workers: self.workers,
            trained: self.trained,
            trained_share: rate(self.trained, self.workers),
            certified: self.certified,
            certified_share: rate(self.certified, self.workers),
            enrolments_in_year: self.enrolments,
        }
    }
}

pub async fn targets(db: &impl ConnectionTrait, year: i32) -> StoreResult<Targets> {
    let start = year_start(year)?;
    let end = year_start(year + 1)?;
    let workers: Vec<(i64, String)> = worker::Entity::find()
        .select_only()
        .columns([worker::Column::Id, worker::Column::CommuneCode])
        .into_tuple()
        .all(db)
        .await?;
    let completed: HashSet<i64> = enrolment::Entity::find()
        .select_only()
        .column(enrolment::Column::WorkerId)
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Completed.as_str()))
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let certified: HashSet<i64> = certificate::Entity::find()
        .select_only()
        .column(certificate::Column::WorkerId)
        .into_tuple::<i64>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let in_year: Vec<i64> = enrolment::Entity::find()
        .select_only()
        .column(enrolment::Column::WorkerId)
        .filter(enrolment::Column::Status.is_in(ADMITTED.map(|s| s.as_str())))
        .filter(enrolment::Column::DecidedAt.gte(start))
        .filter(enrolment::Column::DecidedAt.lt(end))
        .into_tuple()
        .all(db)
        .await?;

    let commune_of: HashMap<i64, &str> = workers.iter().map(|(id, c)| (*id, c.as_str())).collect();
    let mut overall = Tally::default();
    let mut by_commune: BTreeMap<&str, Tally> = BTreeMap::new();
    for (id, commune) in &workers {
        let t = by_commune.entry(commune.as_str()).or_default();
        let trained = completed.contains(id) || certified.contains(id);
        let holds = certified.contains(id);
        for tally in [&mut overall, t] {
            tally.workers += 1;
            tally.trained += i64::from(trained);
            tally.certified += i64::from(holds);
        }
    }
    for worker_id in in_year {
        overall.enrolments += 1;
        if let Some(commune) = commune_of.get(&worker_id) {
            by_commune.entry(*commune).or_default().enrolments += 1;
        }
    }
    let names = communes::names(db).await?;
    Ok(Targets {
        year,
        enrolment_target: YEARLY_ENROLMENT_TARGET,
        enrolment_progress: rate(overall.enrolments, YEARLY_ENROLMENT_TARGET),
        trained_target: TRAINED_TARGET,
        certified_target: CERTIFIED_TARGET,
        overall: overall.figures(),
        by_commune: by_commune
            .into_iter()
            .map(|(code, tally)| CommuneTargets {
                commune_name: names.get(code).cloned().unwrap_or_default(),
                commune_code: code.to_owned(),
                figures: tally.figures(),
            })
            .collect(),
        definitions_vi: TARGET_DEFINITIONS_VI.to_owned(),
        definitions_en: TARGET_DEFINITIONS_EN.to_owned(),
    })
}

fn year_start(year: i32) -> StoreResult<chrono::DateTime<Utc>> {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| Utc.from_utc_datetime(&t))
        .ok_or_else(|| StoreError::not_found("year", year))
}
