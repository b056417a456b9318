//! The city's targets year by year, over every year with a registered
//! worker up to `last_year` (at most [`MAX_YEARS`] years). Counts only.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Utc};
use hocnghe_domain::EnrolmentStatus;
use hocnghe_domain::insights::{
    CERTIFIED_TARGET, CommuneYears, TRAINED_TARGET, TargetsOverYears, YEARLY_ENROLMENT_TARGET,
    YEARS_DEFINITIONS_EN, YEARS_DEFINITIONS_VI, YearFigures,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use super::super::communes;
use super::super::enrolments::ADMITTED;
use crate::entities::{certificate, enrolment, worker};
use crate::error::StoreResult;

/// Years shown at most, ending with `last_year`.
pub const MAX_YEARS: i32 = 10;

/// What is known of one worker: the years things first happened.
#[derive(Default)]
struct History {
    commune: String,
    registered: i32,
    completed: Option<i32>,
    provider_certificate: Option<i32>,
    declared_certificate: Option<i32>,
}

fn earliest(slot: &mut Option<i32>, year: i32) {
    *slot = Some(slot.map_or(year, |y| y.min(year)));
}

pub async fn targets_over_years(
    db: &impl ConnectionTrait,
    last_year: i32,
) -> StoreResult<TargetsOverYears> {
    let workers: Vec<(i64, String, DateTime<Utc>)> = worker::Entity::find()
        .select_only()
        .columns([
            worker::Column::Id,
            worker::Column::CommuneCode,
            worker::Column::CreatedAt,
        ])
        .into_tuple()
        .all(db)
        .await?;
    let mut people: HashMap<i64, History> = workers
        .into_iter()
        .map(|(id, commune, created)| {
            (
                id,
                History {
                    commune,
                    registered: created.year(),
                    ..Default::default()
                },
            )
        })
        .collect();
    let completed: Vec<(i64, Option<DateTime<Utc>>)> = enrolment::Entity::find()
        .select_only()
        .columns([enrolment::Column::WorkerId, enrolment::Column::FinishedAt])
        .filter(enrolment::Column::Status.eq(EnrolmentStatus::Completed.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    for (worker_id, finished) in completed {
        if let (Some(h), Some(at)) = (people.get_mut(&worker_id), finished) {
            earliest(&mut h.completed, at.year());
        }
    }
    let certificates: Vec<(i64, bool, Option<i32>, DateTime<Utc>)> = certificate::Entity::find()
        .select_only()
        .columns([
            certificate::Column::WorkerId,
            certificate::Column::Verified,
            certificate::Column::IssuedYear,
            certificate::Column::CreatedAt,
        ])
        .into_tuple()
        .all(db)
        .await?;
    for (worker_id, verified, issued, created) in certificates {
        if let Some(h) = people.get_mut(&worker_id) {
            let year = issued.unwrap_or_else(|| created.year());
            if verified {
                earliest(&mut h.provider_certificate, year);
            } else {
                earliest(&mut h.declared_certificate, year);
            }
        }
    }
    let admitted: Vec<(i64, Option<DateTime<Utc>>)> = enrolment::Entity::find()
        .select_only()
        .columns([enrolment::Column::WorkerId, enrolment::Column::DecidedAt])
        .filter(enrolment::Column::Status.is_in(ADMITTED.map(|s| s.as_str())))
        .into_tuple()
        .all(db)
        .await?;

    let first_year = people
        .values()
        .map(|h| h.registered)
        .min()
        .unwrap_or(last_year)
        .max(last_year - MAX_YEARS + 1)
        .min(last_year);
    let years: Vec<i32> = (first_year..=last_year).collect();
    let blank = || -> Vec<YearFigures> {
        years
            .iter()
            .map(|&year| YearFigures {
                year,
                ..Default::default()
            })
            .collect()
    };
    let mut city = blank();
    let mut communes_seen: BTreeMap<String, Vec<YearFigures>> = BTreeMap::new();
    let by_year = |y: Option<i32>, year: i32| y.is_some_and(|y| y <= year);
    for h in people.values() {
        let rows = communes_seen.entry(h.commune.clone()).or_insert_with(blank);
        for (i, &year) in years.iter().enumerate() {
            if h.registered > year {
                continue;
            }
            let provider = by_year(h.provider_certificate, year);
            let declared = by_year(h.declared_certificate, year);
            let trained = by_year(h.completed, year) || provider || declared;
            for figures in [&mut city[i], &mut rows[i]] {
                figures.registered_workers += 1;
                figures.trained += i64::from(trained);
                figures.certified_by_provider += i64::from(provider);
                figures.certified_declared_only += i64::from(declared && !provider);
            }
        }
    }
    for (worker_id, decided) in admitted {
        let Some(year) = decided.map(|d| d.year()) else {
            continue;
        };
        let Some(i) = years.iter().position(|&y| y == year) else {
            continue;
        };
        city[i].enrolments += 1;
        if let Some(h) = people.get(&worker_id)
            && let Some(rows) = communes_seen.get_mut(&h.commune)
        {
            rows[i].enrolments += 1;
        }
    }
    let names = communes::names(db).await?;
    Ok(TargetsOverYears {
        trained_target: TRAINED_TARGET,
        certified_target: CERTIFIED_TARGET,
        yearly_enrolment_target: YEARLY_ENROLMENT_TARGET,
        city: city.into_iter().map(YearFigures::with_shares).collect(),
        by_commune: communes_seen
            .into_iter()
            .map(|(code, years)| CommuneYears {
                commune_name: names.get(&code).cloned().unwrap_or_default(),
                commune_code: code,
                years: years.into_iter().map(YearFigures::with_shares).collect(),
            })
            .collect(),
        definitions_vi: YEARS_DEFINITIONS_VI.to_owned(),
        definitions_en: YEARS_DEFINITIONS_EN.to_owned(),
    })
}
