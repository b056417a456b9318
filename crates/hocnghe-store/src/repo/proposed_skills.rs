//! Proposed skills: kept on a worker's profile (or an employer's demand, see
//! [`super::demand_proposals`]) while pending, grouped by key for an admin,
//! and decided for the whole group at once. A merge or an approval gives
//! every holder the skill (then used for matching; a demand is queued for
//! re-indexing); a rejection removes the proposal. Each worker is told in
//! their inbox; an employer sees it on the demand.

use std::collections::BTreeMap;

use hocnghe_domain::proposals::{
    DecisionOutcome, ProposalGroup, ProposedSkill, SkillDecision, proposal_key,
};
use hocnghe_domain::text::slugify;
use hocnghe_domain::{InboxKind, ProposalStatus, SkillGroup};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder,
};

use super::{inbox, now};
use crate::db::begin_write;
use crate::entities::{proposed_skill, skill, worker_skill};
use crate::error::{StoreError, StoreResult, parse_stored};

/// Make `labels` the worker's pending proposals, inside the caller's
/// transaction: new ones are added, pending ones not listed are dropped,
/// decided ones are left as they are.
pub(crate) async fn replace_for_worker(
    db: &impl ConnectionTrait,
    worker_id: i64,
    labels: &[String],
) -> StoreResult<()> {
    let pending = pending_rows(db, Holder::Worker(worker_id)).await?;
    let wanted: Vec<(String, &String)> = labels.iter().map(|l| (proposal_key(l), l)).collect();
    let dropped: Vec<i64> = pending
        .iter()
        .filter(|p| !wanted.iter().any(|(key, _)| *key == p.label_key))
        .map(|p| p.id)
        .collect();
    if !dropped.is_empty() {
        proposed_skill::Entity::delete_many()
            .filter(proposed_skill::Column::Id.is_in(dropped))
            .exec(db)
            .await?;
    }
    for (key, label) in wanted {
        if pending.iter().any(|p| p.label_key == key) {
            continue;
        }
        insert_pending(db, Holder::Worker(worker_id), label, key, None).await?;
    }
    Ok(())
}

/// Who holds a proposal: a worker's profile or an employer's demand.
#[derive(Clone, Copy)]
pub(crate) enum Holder {
    Worker(i64),
    Demand(i64),
}

/// The holder's proposals awaiting review, oldest first.
pub(crate) async fn pending_rows(
    db: &impl ConnectionTrait,
    holder: Holder,
) -> StoreResult<Vec<proposed_skill::Model>> {
    let held_by = match holder {
        Holder::Worker(id) => proposed_skill::Column::WorkerId.eq(id),
        Holder::Demand(id) => proposed_skill::Column::DemandId.eq(id),
    };
    Ok(proposed_skill::Entity::find()
        .filter(held_by)
        .filter(proposed_skill::Column::Status.eq(ProposalStatus::Pending.as_str()))
        .order_by_asc(proposed_skill::Column::Id)
        .all(db)
        .await?)
}

/// A new pending proposal of `label` (keyed `key`) for `holder`.
pub(crate) async fn insert_pending(
    db: &impl ConnectionTrait,
    holder: Holder,
    label: &str,
    key: String,
    importance: Option<&str>,
) -> StoreResult<()> {
    let (worker_id, demand_id) = match holder {
        Holder::Worker(id) => (Some(id), None),
        Holder::Demand(id) => (None, Some(id)),
    };
    proposed_skill::ActiveModel {
        worker_id: Set(worker_id),
        demand_id: Set(demand_id),
        importance: Set(importance.map(str::to_owned)),
        label: Set(label.to_owned()),
        label_key: Set(key),
        status: Set(ProposalStatus::Pending.as_str().to_owned()),
        skill_id: Set(None),
        decided_by: Set(None),
        created_at: Set(now()),
        decided_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The worker's proposals still awaiting review.
pub async fn pending_for_worker(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<ProposedSkill>> {
    pending_rows(db, Holder::Worker(worker_id))
        .await?
        .into_iter()
        .map(|row| {
            Ok(ProposedSkill {
                id: row.id,
                status: parse_stored("proposed_skills", "status", &row.status)?,
                label: row.label,
                created_at: row.created_at,
            })
        })
        .collect()
}

/// Pending proposals (of workers and demands) grouped by key, the most
/// held first.
pub async fn pending_groups(db: &impl ConnectionTrait) -> StoreResult<Vec<ProposalGroup>> {
    let rows = proposed_skill::Entity::find()
        .filter(proposed_skill::Column::Status.eq(ProposalStatus::Pending.as_str()))
        .order_by_asc(proposed_skill::Column::Id)
        .all(db)
        .await?;
    let mut groups: BTreeMap<String, ProposalGroup> = BTreeMap::new();
    for row in rows {
        let on_demand = u64::from(row.demand_id.is_some());
        let group = groups
            .entry(row.label_key.clone())
            .or_insert(ProposalGroup {
                id: row.id,
                label: row.label,
                key: row.label_key,
                count: 0,
                profiles: 0,
                demands: 0,
                first_proposed_at: row.created_at,
            });
        group.count += 1;
        group.demands += on_demand;
        group.profiles += 1 - on_demand;
    }
    let mut out: Vec<ProposalGroup> = groups.into_values().collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    Ok(out)
}

/// The pending group the proposal `id` belongs to (404 when it is not
/// pending any more).
pub async fn pending_group(db: &impl ConnectionTrait, id: i64) -> StoreResult<ProposalGroup> {
    let row = proposed_skill::Entity::find_by_id(id)
        .one(db)
        .await?
        .filter(|r| r.status == ProposalStatus::Pending.as_str())
        .ok_or_else(|| StoreError::not_found("proposed skill", id))?;
    pending_groups(db)
        .await?
        .into_iter()
        .find(|g| g.key == row.label_key)
        .ok_or_else(|| StoreError::not_found("proposed skill", id))
}

/// Decide the pending group of proposal `id`, in one transaction.
pub async fn decide(
    db: &DatabaseConnection,
    id: i64,
    decision: SkillDecision,
    admin_user_id: i64,
) -> StoreResult<DecisionOutcome> {
    let tx = begin_write(db).await?;
    let group = pending_group(&tx, id).await?;
    let (status, target) = match &decision {
        SkillDecision::Merge { skill_code } => {
            let target = skill::Entity::find()
                .filter(skill::Column::Code.eq(skill_code.as_str()))
                .one(&tx)
                .await?
                .ok_or_else(|| {
                    StoreError::Invalid(hocnghe_domain::ValidationErrors::single(
                        hocnghe_domain::FieldError::unknown(
                            "skill_code",
                            "kỹ năng",
                            "skill",
                            skill_code,
                        ),
                    ))
                })?;
            (ProposalStatus::Merged, Some(target))
        }
        SkillDecision::Approve { label_vi, label_en } => (
            ProposalStatus::Approved,
            Some(new_local_skill(&tx, label_vi, label_en).await?),
        ),
        SkillDecision::Reject => (ProposalStatus::Rejected, None),
    };
    let rows = proposed_skill::Entity::find()
        .filter(proposed_skill::Column::Status.eq(ProposalStatus::Pending.as_str()))
        .filter(proposed_skill::Column::LabelKey.eq(group.key.as_str()))
        .all(&tx)
        .await?;
    let stamp = now();
    let (mut profiles, mut demands) = (0, 0);
    for row in &rows {
        if let Some(demand_id) = row.demand_id {
            demands += 1;
            if let Some(target) = &target {
                super::demand_proposals::attach_skill(&tx, row, demand_id, target).await?;
            }
        }
        if let Some(worker_id) = row.worker_id {
            profiles += 1;
            tell_worker(&tx, row, worker_id, target.as_ref()).await?;
        }
    }
    proposed_skill::Entity::update_many()
        .col_expr(proposed_skill::Column::Status, Expr::value(status.as_str()))
        .col_expr(
            proposed_skill::Column::SkillId,
            Expr::value(target.as_ref().map(|t| t.id)),
        )
        .col_expr(
            proposed_skill::Column::DecidedBy,
            Expr::value(admin_user_id),
        )
        .col_expr(proposed_skill::Column::DecidedAt, Expr::value(stamp))
        .filter(proposed_skill::Column::Status.eq(ProposalStatus::Pending.as_str()))
        .filter(proposed_skill::Column::LabelKey.eq(group.key.as_str()))
        .exec(&tx)
        .await?;
    tx.commit().await?;
    Ok(DecisionOutcome {
        status,
        skill_code: target.map(|t| t.code),
        profiles,
        demands,
    })
}

/// Give the worker the decided skill (if any) and tell them in their inbox.
async fn tell_worker(
    tx: &impl ConnectionTrait,
    row: &proposed_skill::Model,
    worker_id: i64,
    target: Option<&skill::Model>,
) -> StoreResult<()> {
    if let Some(target) = target {
        let held = worker_skill::Entity::find()
            .filter(worker_skill::Column::WorkerId.eq(worker_id))
            .filter(worker_skill::Column::SkillId.eq(target.id))
            .one(tx)
            .await?;
        if held.is_none() {
            worker_skill::ActiveModel {
                worker_id: Set(worker_id),
                skill_id: Set(target.id),
                certified: Set(false),
            }
            .insert(tx)
            .await?;
        }
    }
    let (vi, en) = match target {
        Some(t) => (
            format!(
                "Kỹ năng bạn đề xuất “{}” đã được duyệt: hồ sơ của bạn giờ có kỹ năng “{}”, dùng để gợi ý việc làm và khóa học.",
                row.label, t.label_vi
            ),
            format!(
                "Your proposed skill “{}” was accepted: your profile now has the skill “{}”, used for job and course suggestions.",
                row.label, t.label_en
            ),
        ),
        None => (
            format!(
                "Kỹ năng bạn đề xuất “{}” không được duyệt và đã được bỏ khỏi hồ sơ. Bạn có thể chọn một kỹ năng có sẵn gần giống.",
                row.label
            ),
            format!(
                "Your proposed skill “{}” was not accepted and was removed from your profile. You can choose a similar listed skill.",
                row.label
            ),
        ),
    };
    inbox::post(
        tx,
        worker_id,
        InboxKind::ProposedSkill,
        &vi,
        &en,
        "/me/profile",
    )
    .await
}

/// A local skill (no ESCO URI) with a code made from its label.
async fn new_local_skill(
    db: &impl ConnectionTrait,
    label_vi: &str,
    label_en: &str,
) -> StoreResult<skill::Model> {
    let base = format!("de-xuat-{}", slugify(label_vi));
    let mut code = base.clone();
    let mut n = 2;
    while skill::Entity::find()
        .filter(skill::Column::Code.eq(code.as_str()))
        .one(db)
        .await?
        .is_some()
    {
        code = format!("{base}-{n}");
        n += 1;
    }
    Ok(skill::ActiveModel {
        code: Set(code),
        label_vi: Set(label_vi.to_owned()),
        label_en: Set(label_en.to_owned()),
        alt_labels: Set(String::new()),
        skill_group: Set(SkillGroup::Other.as_str().to_owned()),
        esco_uri: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}
