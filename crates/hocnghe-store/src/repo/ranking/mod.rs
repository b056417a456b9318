//! What the ranking in hocnghe-match reads: every open course and demand as
//! ranking candidates, the skill labels, and a worker's profile as a
//! [`WorkerContext`].

use std::collections::HashMap;

use hocnghe_match::{CourseCandidate, DemandCandidate, Location, SkillCatalog, WorkerContext};
use sea_orm::ConnectionTrait;

use super::{communes, outbox, taxonomy};
use crate::error::{StoreError, StoreResult};

mod catalogue;
mod worker;

/// Open courses and demands, converted for ranking.
#[derive(Debug, Clone, Default)]
pub struct RankingCatalogue {
    pub courses: Vec<CourseCandidate>,
    pub demands: Vec<DemandCandidate>,
    pub skills: SkillCatalog,
}

/// Load every open course and demand: twelve bulk queries whatever the size of
/// the catalogue (see [`catalogue`]).
pub async fn load_catalogue(db: &impl ConnectionTrait) -> StoreResult<RankingCatalogue> {
    let places = centroids(db).await?;
    let at = |code: &str| located(&places, code);
    let skill_codes = catalogue::skill_codes(db).await?;
    let occupation_codes = catalogue::occupation_codes(db).await?;
    let courses = catalogue::open_courses(db, &at, &occupation_codes, &skill_codes).await?;
    let demands = catalogue::open_demands(db, &at, &occupation_codes, &skill_codes).await?;
    let skills = taxonomy::all_skills(db).await?.iter().collect();
    Ok(RankingCatalogue {
        courses,
        demands,
        skills,
    })
}

/// The highest outbox id present (see the API's ranking cache for why this
/// alone is not the catalogue's version).
pub async fn catalogue_version(db: &impl ConnectionTrait) -> StoreResult<i64> {
    outbox::max_id(db).await
}

/// The worker's profile as the ranking sees it, in a fixed number of queries.
pub async fn worker_context(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<WorkerContext> {
    worker::load(db, worker_id).await
}

/// A commune's centroid; a code missing from the communes table is corrupt
/// data (every write checks it), reported rather than placed at 0°, 0°.
pub(crate) fn located(places: &HashMap<String, Location>, code: &str) -> StoreResult<Location> {
    places
        .get(code)
        .copied()
        .ok_or_else(|| StoreError::Corrupt {
            table: "communes",
            column: "code",
            value: code.to_owned(),
        })
}

pub(crate) async fn centroids(db: &impl ConnectionTrait) -> StoreResult<HashMap<String, Location>> {
    Ok(communes::list(db)
        .await?
        .into_iter()
        .map(|c| (c.code, Location::new(c.lat, c.lon)))
        .collect())
}
