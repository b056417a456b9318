//! The skills passport and its share links. A link's token is random and
//! only its hash is stored; opening a shared passport is written to the
//! worker's access log.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use hocnghe_domain::passport::{
    MAX_LIVE_LINKS, Passport, PassportCertificate, PassportModule, PassportSkill, ShareLink,
};
use hocnghe_domain::{Attestation, FieldError, ValidationErrors};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::{now, taxonomy};
use crate::db::begin_write;
use crate::entities::{
    certificate, completion_skill, course, enrolment, module_completion, passport_link, provider,
    user, worker, worker_skill,
};
use crate::error::{StoreError, StoreResult};

/// Audit action of a view through a share link.
pub const VIEW_ACTION: &str = "passport.view";

/// The worker's passport: verified lines first, then self-declared ones.
pub async fn load(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Passport> {
    let row = worker::Entity::find_by_id(worker_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", worker_id))?;
    let account = user::Entity::find_by_id(row.user_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("user", row.user_id))?;
    let completions = module_completion::Entity::find()
        .filter(module_completion::Column::WorkerId.eq(worker_id))
        .order_by_asc(module_completion::Column::Id)
        .all(db)
        .await?;
    let mut issuers: HashMap<i64, String> = HashMap::new();
    for c in completions.iter().filter(|c| c.verified) {
        if let Some(e) = c.enrolment_id
            && let Some(name) = provider_of_enrolment(db, e).await?
        {
            issuers.insert(c.id, name);
        }
    }
    let modules = completions
        .iter()
        .map(|c| PassportModule {
            code: c.code.clone(),
            title: c.title.clone(),
            credits: i64::from(c.credits),
            attestation: attestation(c.verified),
            issuer: issuers.get(&c.id).cloned(),
            completed_on: c.completed_on,
        })
        .collect();

    // A skill is verified when a module a provider recorded taught it.
    let mut verified_skill: BTreeMap<i64, (Option<String>, Option<NaiveDate>)> = BTreeMap::new();
    for c in completions.iter().filter(|c| c.verified) {
        let links = completion_skill::Entity::find()
            .filter(completion_skill::Column::CompletionId.eq(c.id))
            .all(db)
            .await?;
        for link in links {
            verified_skill
                .entry(link.skill_id)
                .or_insert_with(|| (issuers.get(&c.id).cloned(), c.completed_on));
        }
    }
    let declared: Vec<i64> = worker_skill::Entity::find()
        .filter(worker_skill::Column::WorkerId.eq(worker_id))
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.skill_id)
        .collect();
    let mut ids: Vec<i64> = verified_skill.keys().copied().collect();
    ids.extend(
        declared
            .iter()
            .copied()
            .filter(|id| !verified_skill.contains_key(id)),
    );
    let labels = taxonomy::skill_labels(db, &ids).await?;
    let mut skills: Vec<PassportSkill> = ids
        .iter()
        .filter_map(|id| {
            let label = labels.get(id)?;
            let (attestation, issuer, date) = match verified_skill.get(id) {
                Some((issuer, date)) => (Attestation::Verified, issuer.clone(), *date),
                None => (Attestation::Declared, None, None),
            };
            Some(PassportSkill {
                code: label.code.clone(),
                label_vi: label.label_vi.clone(),
                label_en: label.label_en.clone(),
                attestation,
                issuer,
                date,
            })
        })
        .collect();
    skills.sort_by(|a, b| (a.attestation, &a.label_vi).cmp(&(b.attestation, &b.label_vi)));

    let certificates = certificate::Entity::find()
        .filter(certificate::Column::WorkerId.eq(worker_id))
        .order_by_desc(certificate::Column::Verified)
        .order_by_asc(certificate::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| PassportCertificate {
            name: c.name,
            attestation: attestation(c.verified),
            issuer: c.issuer,
            issued_year: c.issued_year,
        })
        .collect();
    Ok(Passport {
        display_name: account.display_name,
        skills,
        modules,
        certificates,
    })
}

fn attestation(verified: bool) -> Attestation {
    if verified {
        Attestation::Verified
    } else {
        Attestation::Declared
    }
}

async fn provider_of_enrolment(
    db: &impl ConnectionTrait,
    enrolment_id: i64,
) -> StoreResult<Option<String>> {
    let Some(e) = enrolment::Entity::find_by_id(enrolment_id).one(db).await? else {
        return Ok(None);
    };
    let Some(c) = course::Entity::find_by_id(e.course_id).one(db).await? else {
        return Ok(None);
    };
    Ok(provider::Entity::find_by_id(c.provider_id)
        .one(db)
        .await?
        .map(|p| p.name))
}

/// Store a new link (its token's hash) lasting until `expires_at`.
pub async fn create_link(
    db: &DatabaseConnection,
    worker_id: i64,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> StoreResult<ShareLink> {
    let tx = begin_write(db).await?;
    let stamp = now();
    let live = passport_link::Entity::find()
        .filter(passport_link::Column::WorkerId.eq(worker_id))
        .filter(passport_link::Column::RevokedAt.is_null())
        .filter(passport_link::Column::ExpiresAt.gt(stamp))
        .count(&tx)
        .await?;
    if live >= MAX_LIVE_LINKS {
        return Err(StoreError::Invalid(ValidationErrors::single(
            FieldError::new(
                "days",
                "limit_reached",
                format!("Bạn đang có {MAX_LIVE_LINKS} liên kết chia sẻ còn hạn; hãy thu hồi bớt."),
                format!("You already have {MAX_LIVE_LINKS} live share links; revoke one first."),
            ),
        )));
    }
    let row = passport_link::ActiveModel {
        worker_id: Set(worker_id),
        token_hash: Set(token_hash.to_owned()),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
        created_at: Set(stamp),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    tx.commit().await?;
    Ok(link_view(row, stamp))
}

/// The worker's links, newest first.
pub async fn links(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Vec<ShareLink>> {
    let stamp = now();
    Ok(passport_link::Entity::find()
        .filter(passport_link::Column::WorkerId.eq(worker_id))
        .order_by_desc(passport_link::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| link_view(row, stamp))
        .collect())
}

/// One of the worker's links; someone else's is not found.
pub async fn own_link(
    db: &impl ConnectionTrait,
    worker_id: i64,
    id: i64,
) -> StoreResult<ShareLink> {
    passport_link::Entity::find_by_id(id)
        .filter(passport_link::Column::WorkerId.eq(worker_id))
        .one(db)
        .await?
        .map(|row| link_view(row, now()))
        .ok_or_else(|| StoreError::not_found("share link", id))
}

/// Revoke one of the worker's links (again is harmless).
pub async fn revoke(db: &DatabaseConnection, worker_id: i64, id: i64) -> StoreResult<ShareLink> {
    let tx = begin_write(db).await?;
    own_link(&tx, worker_id, id).await?;
    passport_link::Entity::update_many()
        .col_expr(passport_link::Column::RevokedAt, Expr::value(now()))
        .filter(passport_link::Column::Id.eq(id))
        .filter(passport_link::Column::RevokedAt.is_null())
        .exec(&tx)
        .await?;
    let view = own_link(&tx, worker_id, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Open a shared passport: the worker's passport when the link is live, and
/// the view written to the worker's access log in the same transaction.
pub async fn open_shared(
    db: &DatabaseConnection,
    token_hash: &str,
) -> StoreResult<Option<Passport>> {
    let tx = begin_write(db).await?;
    let Some(link) = passport_link::Entity::find()
        .filter(passport_link::Column::TokenHash.eq(token_hash))
        .filter(passport_link::Column::RevokedAt.is_null())
        .filter(passport_link::Column::ExpiresAt.gt(now()))
        .one(&tx)
        .await?
    else {
        return Ok(None);
    };
    let owner = worker::Entity::find_by_id(link.worker_id)
        .one(&tx)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", link.worker_id))?;
    let passport = load(&tx, link.worker_id).await?;
    super::audit::record(
        &tx,
        None,
        owner.user_id,
        VIEW_ACTION,
        &format!("link {}", link.id),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(passport))
}

fn link_view(row: passport_link::Model, stamp: DateTime<Utc>) -> ShareLink {
    ShareLink {
        id: row.id,
        created_at: row.created_at,
        expires_at: row.expires_at,
        live: row.revoked_at.is_none() && row.expires_at > stamp,
        revoked_at: row.revoked_at,
    }
}
