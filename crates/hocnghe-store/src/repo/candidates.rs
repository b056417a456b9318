//! Workers an employer may consider for a demand, and revealing a worker's
//! contact under a daily cap. The pool never carries birth year, ethnicity
//! or contact details; contacts are read separately, only when allowed.

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use hocnghe_domain::applications::{Contact, ContactRevealRecord};
use hocnghe_match::{CandidateWorker, Evidence, HeldSkill};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{BATCH, audit, now, users, workers};
use crate::db::begin_write;
use crate::entities::{
    completion_skill, contact_reveal, demand, demand_skill, module_completion, skill, user, worker,
    worker_skill,
};
use crate::error::StoreResult;

/// How long a reveal counts against the employer's cap.
const CAP_WINDOW_HOURS: i64 = 24;

/// Workers who share their profile with employers and hold at least one of
/// the demand's skills (declared, or taught by a module they passed), plus
/// every worker in `applicants` whatever they share. Skills a provider
/// verified, or the worker holds as certified, count as certified.
pub async fn pool(
    db: &impl ConnectionTrait,
    demand_id: i64,
    applicants: &BTreeSet<i64>,
) -> StoreResult<Vec<CandidateWorker>> {
    let skill_ids: Vec<i64> = demand_skill::Entity::find()
        .filter(demand_skill::Column::DemandId.eq(demand_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    let mut ids: BTreeSet<i64> = applicants.clone();
    for worker_id in holders(db, &skill_ids).await? {
        ids.insert(worker_id);
    }
    let ids: Vec<i64> = ids.into_iter().collect();

    let mut rows = Vec::new();
    for chunk in ids.chunks(BATCH) {
        rows.extend(
            worker::Entity::find()
                .filter(worker::Column::Id.is_in(chunk.iter().copied()))
                .order_by_asc(worker::Column::Id)
                .all(db)
                .await?
                .into_iter()
                .filter(|w| w.share_with_employers || applicants.contains(&w.id)),
        );
    }
    let names = display_names(db, rows.iter().map(|w| w.user_id)).await?;
    let places = super::ranking::centroids(db).await?;
    let mut skills = held_skills(db, rows.iter().map(|w| w.id).collect()).await?;
    rows.into_iter()
        .map(|w| {
            let place = super::ranking::located(&places, &w.commune_code)?;
            Ok(CandidateWorker {
                worker_id: w.id,
                display_name: names.get(&w.user_id).cloned().unwrap_or_default(),
                commune_code: w.commune_code,
                lat: place.lat,
                lon: place.lon,
                skills: skills.remove(&w.id).unwrap_or_default(),
                max_travel_km: f64::from(w.max_travel_km),
                applied: applicants.contains(&w.id),
            })
        })
        .collect()
}

/// Workers sharing with employers who hold one of `skill_ids`.
async fn holders(db: &impl ConnectionTrait, skill_ids: &[i64]) -> StoreResult<Vec<i64>> {
    let mut out: BTreeSet<i64> = BTreeSet::new();
    for chunk in skill_ids.chunks(BATCH) {
        out.extend(
            worker_skill::Entity::find()
                .select_only()
                .column(worker_skill::Column::WorkerId)
                .filter(worker_skill::Column::SkillId.is_in(chunk.iter().copied()))
                .into_tuple::<i64>()
                .all(db)
                .await?,
        );
        let completions: Vec<i64> = completion_skill::Entity::find()
            .select_only()
            .column(completion_skill::Column::CompletionId)
            .filter(completion_skill::Column::SkillId.is_in(chunk.iter().copied()))
            .into_tuple::<i64>()
            .all(db)
            .await?;
        for ids in completions.chunks(BATCH) {
            out.extend(
                module_completion::Entity::find()
                    .select_only()
                    .column(module_completion::Column::WorkerId)
                    .filter(module_completion::Column::Id.is_in(ids.iter().copied()))
                    .into_tuple::<i64>()
                    .all(db)
                    .await?,
            );
        }
    }
    let ids: Vec<i64> = out.into_iter().collect();
    let mut sharing = Vec::new();
    for chunk in ids.chunks(BATCH) {
        sharing.extend(
            worker::Entity::find()
                .select_only()
                .column(worker::Column::Id)
                .filter(worker::Column::Id.is_in(chunk.iter().copied()))
                .filter(worker::Column::ShareWithEmployers.eq(true))
                .into_tuple::<i64>()
                .all(db)
                .await?,
        );
    }
    Ok(sharing)
}

/// Each worker's skills with the strongest evidence held.
async fn held_skills(
    db: &impl ConnectionTrait,
    worker_ids: Vec<i64>,
) -> StoreResult<HashMap<i64, Vec<HeldSkill>>> {
    let mut evidence: HashMap<(i64, i64), Evidence> = HashMap::new();
    for chunk in worker_ids.chunks(BATCH) {
        for s in worker_skill::Entity::find()
            .filter(worker_skill::Column::WorkerId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            let e = if s.certified {
                Evidence::Certified
            } else {
                Evidence::SelfReported
            };
            keep_strongest(&mut evidence, (s.worker_id, s.skill_id), e);
        }
        let completions: HashMap<i64, module_completion::Model> = module_completion::Entity::find()
            .filter(module_completion::Column::WorkerId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let completion_ids: Vec<i64> = completions.keys().copied().collect();
        for ids in completion_ids.chunks(BATCH) {
            for link in completion_skill::Entity::find()
                .filter(completion_skill::Column::CompletionId.is_in(ids.iter().copied()))
                .all(db)
                .await?
            {
                if let Some(c) = completions.get(&link.completion_id) {
                    let e = if c.verified {
                        Evidence::Certified
                    } else {
                        Evidence::SelfReported
                    };
                    keep_strongest(&mut evidence, (c.worker_id, link.skill_id), e);
                }
            }
        }
    }
    let skill_ids: Vec<i64> = evidence
        .keys()
        .map(|(_, s)| *s)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut codes: HashMap<i64, String> = HashMap::new();
    for chunk in skill_ids.chunks(BATCH) {
        for s in skill::Entity::find()
            .filter(skill::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            codes.insert(s.id, s.code);
        }
    }
    let mut out: HashMap<i64, Vec<HeldSkill>> = HashMap::new();
    for ((worker_id, skill_id), e) in evidence {
        if let Some(code) = codes.get(&skill_id) {
            out.entry(worker_id).or_default().push(HeldSkill {
                code: code.clone(),
                evidence: e,
            });
        }
    }
    for list in out.values_mut() {
        list.sort_by(|a, b| a.code.cmp(&b.code));
    }
    Ok(out)
}

fn keep_strongest(map: &mut HashMap<(i64, i64), Evidence>, key: (i64, i64), e: Evidence) {
    let slot = map.entry(key).or_insert(e);
    if e > *slot {
        *slot = e;
    }
}

async fn display_names(
    db: &impl ConnectionTrait,
    user_ids: impl Iterator<Item = i64>,
) -> StoreResult<HashMap<i64, String>> {
    let ids: Vec<i64> = user_ids.collect();
    let mut names = HashMap::new();
    for chunk in ids.chunks(BATCH) {
        for (id, name) in user::Entity::find()
            .select_only()
            .column(user::Column::Id)
            .column(user::Column::DisplayName)
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple::<(i64, String)>()
            .all(db)
            .await?
        {
            names.insert(id, name);
        }
    }
    Ok(names)
}

/// A worker's phone and email. Callers check that the reader may see them.
pub async fn contact(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Contact> {
    let account = users::get(db, workers::sharing(db, worker_id).await?.user_id).await?;
    Ok(Contact {
        phone: account.phone,
        email: account.email,
    })
}

/// Which of `worker_ids` the employer account has already revealed.
pub async fn revealed_among(
    db: &impl ConnectionTrait,
    employer_user_id: i64,
    worker_ids: &[i64],
) -> StoreResult<HashSet<i64>> {
    let mut out = HashSet::new();
    for chunk in worker_ids.chunks(BATCH) {
        out.extend(
            contact_reveal::Entity::find()
                .select_only()
                .column(contact_reveal::Column::WorkerId)
                .filter(contact_reveal::Column::EmployerUserId.eq(employer_user_id))
                .filter(contact_reveal::Column::WorkerId.is_in(chunk.iter().copied()))
                .into_tuple::<i64>()
                .all(db)
                .await?,
        );
    }
    Ok(out)
}

/// What happened to a reveal request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    /// Recorded now; counts against the cap.
    New,
    /// The employer had revealed this worker before; nothing new counted.
    Again,
    /// The cap is reached; a new reveal is possible after this many seconds.
    CapReached { retry_after_secs: u64 },
}

/// Record that the employer account reveals a worker's contact for a
/// demand, unless `per_day` reveals were already made in the last 24 hours.
/// The worker's access log gets an entry. Serialised per employer account
/// (a row lock on PostgreSQL, the write lock on SQLite), so concurrent
/// requests cannot pass the cap together.
pub async fn reveal(
    db: &DatabaseConnection,
    employer_user_id: i64,
    worker_id: i64,
    demand_id: i64,
    per_day: u32,
) -> StoreResult<Reveal> {
    let tx = begin_write(db).await?;
    user::Entity::find_by_id(employer_user_id)
        .lock_exclusive()
        .one(&tx)
        .await?;
    let before = contact_reveal::Entity::find()
        .filter(contact_reveal::Column::EmployerUserId.eq(employer_user_id))
        .filter(contact_reveal::Column::WorkerId.eq(worker_id))
        .one(&tx)
        .await?;
    if before.is_some() {
        tx.commit().await?;
        return Ok(Reveal::Again);
    }
    let stamp = now();
    let window_start = stamp - Duration::hours(CAP_WINDOW_HOURS);
    let recent: Vec<DateTime<Utc>> = contact_reveal::Entity::find()
        .select_only()
        .column(contact_reveal::Column::CreatedAt)
        .filter(contact_reveal::Column::EmployerUserId.eq(employer_user_id))
        .filter(contact_reveal::Column::CreatedAt.gt(window_start))
        .order_by_asc(contact_reveal::Column::CreatedAt)
        .into_tuple::<DateTime<Utc>>()
        .all(&tx)
        .await?;
    if recent.len() >= per_day as usize {
        // The oldest reveals leave the window first; once enough have, one more fits.
        let frees_at = recent
            .get(recent.len() - per_day as usize)
            .map_or(stamp, |oldest_that_matters| *oldest_that_matters)
            + Duration::hours(CAP_WINDOW_HOURS);
        let secs = (frees_at - stamp).num_seconds().max(1);
        return Ok(Reveal::CapReached {
            retry_after_secs: u64::try_from(secs).unwrap_or(1),
        });
    }
    let worker_user = workers::sharing(&tx, worker_id).await?.user_id;
    contact_reveal::ActiveModel {
        employer_user_id: Set(employer_user_id),
        worker_id: Set(worker_id),
        demand_id: Set(demand_id),
        created_at: Set(stamp),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    audit::record(
        &tx,
        Some(employer_user_id),
        worker_user,
        "contact.reveal",
        &format!("demand {demand_id}"),
    )
    .await?;
    tx.commit().await?;
    Ok(Reveal::New)
}

/// Every reveal of the worker's contact, newest first, for their export.
pub async fn reveals_of(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<ContactRevealRecord>> {
    let rows = contact_reveal::Entity::find()
        .filter(contact_reveal::Column::WorkerId.eq(worker_id))
        .order_by_desc(contact_reveal::Column::CreatedAt)
        .all(db)
        .await?;
    let names = display_names(db, rows.iter().map(|r| r.employer_user_id)).await?;
    let mut titles = HashMap::new();
    for r in &rows {
        if let std::collections::hash_map::Entry::Vacant(slot) = titles.entry(r.demand_id) {
            let title = demand::Entity::find_by_id(r.demand_id)
                .one(db)
                .await?
                .map(|d| d.title)
                .unwrap_or_default();
            slot.insert(title);
        }
    }
    Ok(rows
        .into_iter()
        .map(|r| ContactRevealRecord {
            employer_account_name: names.get(&r.employer_user_id).cloned().unwrap_or_default(),
            demand_id: r.demand_id,
            demand_title: titles.get(&r.demand_id).cloned().unwrap_or_default(),
            revealed_at: r.created_at,
        })
        .collect())
}

/// How many reveals the employer account made in the last 24 hours.
pub async fn reveals_in_window(
    db: &impl ConnectionTrait,
    employer_user_id: i64,
) -> StoreResult<u64> {
    use sea_orm::PaginatorTrait;
    Ok(contact_reveal::Entity::find()
        .filter(contact_reveal::Column::EmployerUserId.eq(employer_user_id))
        .filter(contact_reveal::Column::CreatedAt.gt(now() - Duration::hours(CAP_WINDOW_HOURS)))
        .count(db)
        .await?)
}
