//! Demand against supply by skill, by occupation and by commune.
//! Everything is read once and counted in memory: a city has a few
//! thousand open demands and tens of thousands of workers at most, and
//! counting in Rust keeps SQLite and PostgreSQL giving the same figures.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use hocnghe_domain::EnrolmentStatus;
use hocnghe_domain::insights::{
    CommuneBalance, LabourMarket, MARKET_DEFINITIONS_EN, MARKET_DEFINITIONS_VI, OccupationBalance,
    SkillBalance,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::entities::{
    course, course_module, demand, demand_skill, enrolment, module_skill, occupation, worker,
    worker_interest, worker_skill,
};
use crate::error::StoreResult;
use crate::repo::{BATCH, communes, stats, taxonomy};

/// An open, unexpired demand: what the breakdowns need of it.
struct OpenDemand {
    positions: i64,
    occupation_id: Option<i64>,
    commune_code: String,
    /// Skills asked for, essential or optional.
    skills: Vec<i64>,
}

/// Who holds and who is learning which skill, and who studies what.
struct Supply {
    /// (worker, skill) on the worker's profile.
    held: HashSet<(i64, i64)>,
    /// (worker, skill) taught by a course the worker is accepted or studying
    /// in, and not held.
    training: HashSet<(i64, i64)>,
    /// (worker, course) accepted or studying.
    studying: Vec<(i64, i64)>,
}

/// Demand against supply by skill, by occupation and by commune (see the
/// definitions in the result).
pub async fn labour_market(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> StoreResult<LabourMarket> {
    let open = open_demands(db, today).await?;
    let supply = supply(db).await?;
    Ok(LabourMarket {
        by_skill: by_skill(db, &open, &supply).await?,
        by_occupation: by_occupation(db, &open, &supply).await?,
        by_commune: by_commune(db, &open, &supply).await?,
        definitions_vi: MARKET_DEFINITIONS_VI.to_owned(),
        definitions_en: MARKET_DEFINITIONS_EN.to_owned(),
    })
}

async fn open_demands(db: &impl ConnectionTrait, today: NaiveDate) -> StoreResult<Vec<OpenDemand>> {
    let rows: Vec<(i64, i32, Option<i64>, String)> = demand::Entity::find()
        .select_only()
        .columns([
            demand::Column::Id,
            demand::Column::Positions,
            demand::Column::OccupationId,
            demand::Column::CommuneCode,
        ])
        .filter(stats::open_demands(today))
        .into_tuple()
        .all(db)
        .await?;
    let mut skills: HashMap<i64, Vec<i64>> = HashMap::new();
    for link in demand_skill::Entity::find().all(db).await? {
        skills
            .entry(link.demand_id)
            .or_default()
            .push(link.skill_id);
    }
    Ok(rows
        .into_iter()
        .map(|(id, positions, occupation_id, commune_code)| OpenDemand {
            positions: i64::from(positions),
            occupation_id,
            commune_code,
            skills: skills.remove(&id).unwrap_or_default(),
        })
        .collect())
}

async fn supply(db: &impl ConnectionTrait) -> StoreResult<Supply> {
    let held: HashSet<(i64, i64)> = worker_skill::Entity::find()
        .select_only()
        .columns([
            worker_skill::Column::WorkerId,
            worker_skill::Column::SkillId,
        ])
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let studying: Vec<(i64, i64)> = enrolment::Entity::find()
        .select_only()
        .columns([enrolment::Column::WorkerId, enrolment::Column::CourseId])
        .filter(enrolment::Column::Status.is_in([
            EnrolmentStatus::Accepted.as_str(),
            EnrolmentStatus::Studying.as_str(),
        ]))
        .into_tuple()
        .all(db)
        .await?;
    let module_course: HashMap<i64, i64> = course_module::Entity::find()
        .select_only()
        .columns([course_module::Column::Id, course_module::Column::CourseId])
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let mut course_skills: HashMap<i64, HashSet<i64>> = HashMap::new();
    for link in module_skill::Entity::find().all(db).await? {
        if let Some(course) = module_course.get(&link.module_id) {
            course_skills
                .entry(*course)
                .or_default()
                .insert(link.skill_id);
        }
    }
    let mut training = HashSet::new();
    for (worker, course) in &studying {
        for skill in course_skills.get(course).into_iter().flatten() {
            if !held.contains(&(*worker, *skill)) {
                training.insert((*worker, *skill));
            }
        }
    }
    Ok(Supply {
        held,
        training,
        studying,
    })
}

async fn by_skill(
    db: &impl ConnectionTrait,
    open: &[OpenDemand],
    supply: &Supply,
) -> StoreResult<Vec<SkillBalance>> {
    let mut demand_by_skill: HashMap<i64, i64> = HashMap::new();
    for d in open {
        for skill in &d.skills {
            *demand_by_skill.entry(*skill).or_default() += d.positions;
        }
    }
    let holding = count_by_second(&supply.held);
    let in_training = count_by_second(&supply.training);
    let ids = union_of_keys([&demand_by_skill, &holding, &in_training]);
    let labels = taxonomy::skill_labels(db, &ids).await?;
    let mut out: Vec<SkillBalance> = ids
        .into_iter()
        .filter_map(|id| {
            let label = labels.get(&id)?;
            let demand = demand_by_skill.get(&id).copied().unwrap_or(0);
            let holding = holding.get(&id).copied().unwrap_or(0);
            let training = in_training.get(&id).copied().unwrap_or(0);
            Some(SkillBalance {
                skill_code: label.code.clone(),
                label_vi: label.label_vi.clone(),
                label_en: label.label_en.clone(),
                demand_positions: demand,
                workers_holding: holding,
                workers_in_training: training,
                supply: holding + training,
                shortage: demand - holding - training,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.shortage
            .cmp(&a.shortage)
            .then_with(|| a.skill_code.cmp(&b.skill_code))
    });
    Ok(out)
}

async fn by_occupation(
    db: &impl ConnectionTrait,
    open: &[OpenDemand],
    supply: &Supply,
) -> StoreResult<Vec<OccupationBalance>> {
    let mut demand_by_occupation: HashMap<i64, i64> = HashMap::new();
    for d in open {
        if let Some(occupation) = d.occupation_id {
            *demand_by_occupation.entry(occupation).or_default() += d.positions;
        }
    }
    let interested: HashSet<(i64, i64)> = worker_interest::Entity::find()
        .select_only()
        .columns([
            worker_interest::Column::WorkerId,
            worker_interest::Column::OccupationId,
        ])
        .into_tuple()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let course_occupation: HashMap<i64, i64> = course::Entity::find()
        .select_only()
        .columns([course::Column::Id, course::Column::OccupationId])
        .filter(course::Column::OccupationId.is_not_null())
        .into_tuple::<(i64, Option<i64>)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(course, occupation)| Some((course, occupation?)))
        .collect();
    let training: HashSet<(i64, i64)> = supply
        .studying
        .iter()
        .filter_map(|(worker, course)| Some((*worker, *course_occupation.get(course)?)))
        .filter(|pair| !interested.contains(pair))
        .collect();
    let interested = count_by_second(&interested);
    let in_training = count_by_second(&training);
    let ids = union_of_keys([&demand_by_occupation, &interested, &in_training]);
    let names = occupation_names(db, &ids).await?;
    let mut out: Vec<OccupationBalance> = ids
        .into_iter()
        .filter_map(|id| {
            let (code, name_vi, name_en) = names.get(&id)?;
            let demand = demand_by_occupation.get(&id).copied().unwrap_or(0);
            let interested = interested.get(&id).copied().unwrap_or(0);
            let training = in_training.get(&id).copied().unwrap_or(0);
            Some(OccupationBalance {
                occupation_code: code.clone(),
                name_vi: name_vi.clone(),
                name_en: name_en.clone(),
                demand_positions: demand,
                workers_interested: interested,
                workers_in_training: training,
                supply: interested + training,
                shortage: demand - interested - training,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.shortage
            .cmp(&a.shortage)
            .then_with(|| a.occupation_code.cmp(&b.occupation_code))
    });
    Ok(out)
}

async fn by_commune(
    db: &impl ConnectionTrait,
    open: &[OpenDemand],
    supply: &Supply,
) -> StoreResult<Vec<CommuneBalance>> {
    // Positions and the skills asked for, per commune with open positions.
    let mut asked: HashMap<&str, (i64, HashSet<i64>)> = HashMap::new();
    for d in open {
        let (positions, skills) = asked.entry(d.commune_code.as_str()).or_default();
        *positions += d.positions;
        skills.extend(d.skills.iter().copied());
    }
    let workers: Vec<(i64, String)> = worker::Entity::find()
        .select_only()
        .columns([worker::Column::Id, worker::Column::CommuneCode])
        .into_tuple()
        .all(db)
        .await?;
    let mut holding: HashMap<&str, i64> = HashMap::new();
    let mut in_training: HashMap<&str, i64> = HashMap::new();
    for (id, commune) in &workers {
        let Some((code, (_, skills))) = asked.get_key_value(commune.as_str()) else {
            continue;
        };
        if skills.iter().any(|s| supply.held.contains(&(*id, *s))) {
            *holding.entry(code).or_default() += 1;
        } else if skills.iter().any(|s| supply.training.contains(&(*id, *s))) {
            *in_training.entry(code).or_default() += 1;
        }
    }
    let names = communes::names(db).await?;
    let mut out: Vec<CommuneBalance> = asked
        .iter()
        .map(|(code, (positions, _))| {
            let holding = holding.get(code).copied().unwrap_or(0);
            let training = in_training.get(code).copied().unwrap_or(0);
            CommuneBalance {
                commune_code: (*code).to_owned(),
                commune_name: names.get(*code).cloned().unwrap_or_default(),
                demand_positions: *positions,
                workers_holding: holding,
                workers_in_training: training,
                supply: holding + training,
                shortage: positions - holding - training,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.shortage
            .cmp(&a.shortage)
            .then_with(|| a.commune_code.cmp(&b.commune_code))
    });
    Ok(out)
}

/// (code, name_vi, name_en) of the given occupation ids.
async fn occupation_names(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> StoreResult<HashMap<i64, (String, String, String)>> {
    let mut out = HashMap::with_capacity(ids.len());
    for chunk in ids.chunks(BATCH) {
        let rows: Vec<(i64, String, String, String)> = occupation::Entity::find()
            .select_only()
            .columns([
                occupation::Column::Id,
                occupation::Column::Code,
                occupation::Column::NameVi,
                occupation::Column::NameEn,
            ])
            .filter(occupation::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        out.extend(
            rows.into_iter()
                .map(|(id, code, vi, en)| (id, (code, vi, en))),
        );
    }
    Ok(out)
}

/// How many pairs name each second element (workers per skill or occupation).
fn count_by_second(pairs: &HashSet<(i64, i64)>) -> HashMap<i64, i64> {
    let mut out: HashMap<i64, i64> = HashMap::new();
    for (_, key) in pairs {
        *out.entry(*key).or_default() += 1;
    }
    out
}

/// The keys of all the maps, sorted, each once.
fn union_of_keys<const N: usize>(maps: [&HashMap<i64, i64>; N]) -> Vec<i64> {
    let mut ids: Vec<i64> = maps.iter().flat_map(|m| m.keys().copied()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}
