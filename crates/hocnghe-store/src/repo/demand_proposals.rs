//! Proposed skills on employers' demands: words an employer typed that
//! match no skill of the taxonomy, kept on the demand as "đề xuất" (not
//! used for matching, not indexed) until an admin decides them with the
//! workers' proposals of the same words (see [`super::proposed_skills`]).

use std::collections::{BTreeSet, HashMap};

use hocnghe_domain::proposals::{DemandProposal, LabelledSkillInput, proposal_key};
use hocnghe_domain::{Importance, ProposalStatus};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};

use super::outbox;
use super::proposed_skills::{Holder, insert_pending, pending_rows};
use crate::entities::{demand_skill, proposed_skill, skill};
use crate::error::{StoreResult, parse_stored};

/// Make `items` the demand's pending proposals, inside the caller's
/// transaction: new ones are added, listed ones keep their id (and take the
/// importance given), pending ones not listed are dropped, decided ones are
/// left as they are.
pub(crate) async fn replace_for_demand(
    db: &impl ConnectionTrait,
    demand_id: i64,
    items: &[LabelledSkillInput],
) -> StoreResult<()> {
    let pending = pending_rows(db, Holder::Demand(demand_id)).await?;
    let wanted: Vec<(String, &LabelledSkillInput)> =
        items.iter().map(|i| (proposal_key(&i.label), i)).collect();
    for row in pending {
        match wanted.iter().find(|(key, _)| *key == row.label_key) {
            None => {
                proposed_skill::Entity::delete_by_id(row.id)
                    .exec(db)
                    .await?;
            }
            Some((_, item)) if row.importance.as_deref() != Some(item.importance.as_str()) => {
                let mut active: proposed_skill::ActiveModel = row.into();
                active.importance = Set(Some(item.importance.as_str().to_owned()));
                active.update(db).await?;
            }
            Some(_) => {}
        }
    }
    let kept: BTreeSet<String> = pending_rows(db, Holder::Demand(demand_id))
        .await?
        .into_iter()
        .map(|r| r.label_key)
        .collect();
    for (key, item) in wanted {
        if kept.contains(&key) {
            continue;
        }
        let importance = Some(item.importance.as_str());
        insert_pending(db, Holder::Demand(demand_id), &item.label, key, importance).await?;
    }
    Ok(())
}

/// The demand's proposals still awaiting review (for its owner only).
pub async fn pending_for_demand(
    db: &impl ConnectionTrait,
    demand_id: i64,
) -> StoreResult<Vec<DemandProposal>> {
    pending_rows(db, Holder::Demand(demand_id))
        .await?
        .into_iter()
        .map(view)
        .collect()
}

/// The pending proposals of each of the demands (for their owner only).
pub async fn pending_for_demands(
    db: &impl ConnectionTrait,
    demand_ids: &[i64],
) -> StoreResult<HashMap<i64, Vec<DemandProposal>>> {
    let mut out: HashMap<i64, Vec<DemandProposal>> = HashMap::new();
    for chunk in demand_ids.chunks(super::BATCH) {
        let rows = proposed_skill::Entity::find()
            .filter(proposed_skill::Column::DemandId.is_in(chunk.iter().copied()))
            .filter(proposed_skill::Column::Status.eq(ProposalStatus::Pending.as_str()))
            .order_by_asc(proposed_skill::Column::Id)
            .all(db)
            .await?;
        for row in rows {
            let demand_id = row.demand_id.unwrap_or_default();
            out.entry(demand_id).or_default().push(view(row)?);
        }
    }
    Ok(out)
}

fn view(row: proposed_skill::Model) -> StoreResult<DemandProposal> {
    Ok(DemandProposal {
        id: row.id,
        status: parse_stored("proposed_skills", "status", &row.status)?,
        importance: parse_stored(
            "proposed_skills",
            "importance",
            row.importance
                .as_deref()
                .unwrap_or(Importance::Essential.as_str()),
        )?,
        label: row.label,
        created_at: row.created_at,
    })
}

/// Give the demand of a decided proposal the skill it was merged into or
/// approved as (with the proposal's importance, unless the demand already
/// asks for that skill), inside the decision's transaction, and queue the
/// demand for re-indexing.
pub(crate) async fn attach_skill(
    db: &impl ConnectionTrait,
    row: &proposed_skill::Model,
    demand_id: i64,
    target: &skill::Model,
) -> StoreResult<()> {
    let held = demand_skill::Entity::find()
        .filter(demand_skill::Column::DemandId.eq(demand_id))
        .filter(demand_skill::Column::SkillId.eq(target.id))
        .one(db)
        .await?;
    if held.is_none() {
        demand_skill::ActiveModel {
            demand_id: Set(demand_id),
            skill_id: Set(target.id),
            importance: Set(row
                .importance
                .clone()
                .unwrap_or_else(|| Importance::Essential.as_str().to_owned())),
        }
        .insert(db)
        .await?;
    }
    outbox::enqueue(db, outbox::EntityKind::Demand, demand_id).await
}
