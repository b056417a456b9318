//! Every occupation's skills in two queries, for related occupations.

use std::collections::{BTreeMap, HashMap};

use hocnghe_domain::Importance;
use hocnghe_match::OccupationSkills;
use sea_orm::{ConnectionTrait, EntityTrait, QuerySelect};

use super::taxonomy;
use crate::entities::occupation_skill;
use crate::error::{StoreResult, parse_stored};

/// (occupation code, its skills), ordered by code.
pub async fn all(db: &impl ConnectionTrait) -> StoreResult<Vec<(String, OccupationSkills)>> {
    let occupations: HashMap<i64, String> = taxonomy::all_occupation_ids(db)
        .await?
        .into_iter()
        .map(|(code, id)| (id, code))
        .collect();
    let skills: HashMap<i64, String> = taxonomy::all_skill_ids(db)
        .await?
        .into_iter()
        .map(|(code, id)| (id, code))
        .collect();
    let links: Vec<(i64, i64, String)> = occupation_skill::Entity::find()
        .select_only()
        .columns([
            occupation_skill::Column::OccupationId,
            occupation_skill::Column::SkillId,
            occupation_skill::Column::Importance,
        ])
        .into_tuple()
        .all(db)
        .await?;
    let mut out: BTreeMap<String, OccupationSkills> = occupations
        .values()
        .map(|code| (code.clone(), OccupationSkills::default()))
        .collect();
    for (occupation_id, skill_id, importance) in links {
        let (Some(occupation), Some(skill)) =
            (occupations.get(&occupation_id), skills.get(&skill_id))
        else {
            continue;
        };
        let entry = out.entry(occupation.clone()).or_default();
        match parse_stored::<Importance>("occupation_skills", "importance", &importance)? {
            Importance::Essential => entry.essential.push(skill.clone()),
            Importance::Optional => entry.optional.push(skill.clone()),
        }
    }
    for s in out.values_mut() {
        s.essential.sort();
        s.optional.sort();
    }
    Ok(out.into_iter().collect())
}
