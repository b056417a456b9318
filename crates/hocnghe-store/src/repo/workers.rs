//! Worker profiles and the personal data around them.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{Page, PageRequest, Valid};
use hocnghe_domain::text::fold;
use hocnghe_domain::workers::{
    ACCESS_PURPOSE, AccessView, Certificate, ConsentRecord, ETHNICITY_PURPOSE, EarnedModule,
    EthnicityView, GuidanceNote, HeldSkill, Interest, SUPPORT_PURPOSE, SupportView, WorkerProfile,
    WorkerProfileInput, WorkerSummary,
};
use hocnghe_domain::{
    AccessNeed, DeliveryMode, FieldError, LimitKind, StudyTime, SupportCategory, ValidationErrors,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
};

use super::{catalogue_refs, communes, now, taxonomy};
use crate::db::begin_write;
use crate::entities::{
    certificate, completion_skill, consent, guidance_note, module_completion, occupation, user,
    worker, worker_interest, worker_skill,
};
use crate::error::{StoreError, StoreResult, parse_stored};

/// Consent kinds recorded in the `consents` table.
pub const SHARE_WITH_COUNSELLORS: &str = "share_with_counsellors";
pub const SHARE_WITH_EMPLOYERS: &str = "share_with_employers";
pub const ETHNICITY: &str = "ethnicity";
pub const SUPPORT: &str = "support";
pub const ACCESS: &str = "access";

/// Create or replace the profile of `user_id`. Consent changes are recorded
/// with who recorded them (the worker, or the counsellor helping them).
/// Only the worker gives or withdraws sensitive data (ethnicity, support
/// categories, access needs): when someone else saves the profile, what the worker gave
/// is kept as it is.
pub async fn save_profile(
    db: &DatabaseConnection,
    user_id: i64,
    input: Valid<WorkerProfileInput>,
    recorded_by: i64,
) -> StoreResult<WorkerProfile> {
    let tx = begin_write(db).await?;
    let profile = save_profile_in(&tx, user_id, input, recorded_by).await?;
    tx.commit().await?;
    Ok(profile)
}

/// [`save_profile`] inside a caller's transaction (assisted registration
/// creates the account and the profile together).
pub async fn save_profile_in(
    tx: &DatabaseTransaction,
    user_id: i64,
    input: Valid<WorkerProfileInput>,
    recorded_by: i64,
) -> StoreResult<WorkerProfile> {
    let input = input.into_inner();
    let refs = resolve_refs(tx, &input).await?;
    let existing = worker::Entity::find()
        .filter(worker::Column::UserId.eq(user_id))
        .one(tx)
        .await?;
    let stamp = now();

    record_consent_change(
        tx,
        user_id,
        SHARE_WITH_COUNSELLORS,
        existing.as_ref().map(|w| w.share_with_counsellors),
        input.share_with_counsellors,
        "Cho phép cán bộ tư vấn xem hồ sơ để tư vấn học nghề, việc làm (Let counsellors see the profile to give guidance)",
        recorded_by,
    )
    .await?;
    record_consent_change(
        tx,
        user_id,
        SHARE_WITH_EMPLOYERS,
        existing.as_ref().map(|w| w.share_with_employers),
        input.share_with_employers,
        "Cho phép nhà tuyển dụng thấy hồ sơ (không có số điện thoại) khi tìm ứng viên (Let employers see the profile, without contact details, when looking for candidates)",
        recorded_by,
    )
    .await?;
    let by_worker = recorded_by == user_id;
    let sensitive = match (&existing, by_worker) {
        (Some(old), false) => Sensitive::kept(old),
        _ => Sensitive::given(tx, user_id, &input, existing.as_ref(), stamp, recorded_by).await?,
    };
    let mut row = worker::ActiveModel {
        user_id: Set(user_id),
        commune_code: Set(input.commune_code.clone()),
        birth_year: Set(input.birth_year),
        education: Set(input.education.as_str().to_owned()),
        max_travel_km: Set(i32::try_from(input.max_travel_km).unwrap_or(0)),
        free_months: Set(input
            .free_months
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(",")),
        study_times: Set(join_wire(input.study_times.iter().map(|s| s.as_str()))),
        max_fee_vnd: Set(input.max_fee_vnd),
        share_with_counsellors: Set(input.share_with_counsellors),
        share_with_employers: Set(input.share_with_employers),
        ethnicity: Set(sensitive.ethnicity),
        ethnicity_consent_purpose: Set(sensitive.ethnicity_purpose),
        ethnicity_consented_at: Set(sensitive.ethnicity_consented_at),
        goal: Set(input.goal.map(|g| g.as_str().to_owned())),
        current_occupation_code: Set(input.current_occupation.clone()),
        delivery_modes: Set(join_wire(input.delivery_modes.iter().map(|d| d.as_str()))),
        hard_limits: Set(join_wire(input.hard_limits.iter().map(|l| l.as_str()))),
        support_categories: Set(sensitive.support),
        support_consent_purpose: Set(sensitive.support_purpose),
        support_consented_at: Set(sensitive.support_consented_at),
        access_needs: Set(sensitive.access),
        access_consent_purpose: Set(sensitive.access_purpose),
        access_consented_at: Set(sensitive.access_consented_at),
        updated_at: Set(stamp),
        ..Default::default()
    };
    let worker_id = match &existing {
        Some(old) => {
            row.id = Set(old.id);
            row.registered_by = Set(old.registered_by);
            row.created_at = Set(old.created_at);
            row.update(tx).await?.id
        }
        None => {
            row.registered_by = Set((recorded_by != user_id).then_some(recorded_by));
            row.created_at = Set(stamp);
            row.insert(tx).await?.id
        }
    };

    worker_skill::Entity::delete_many()
        .filter(worker_skill::Column::WorkerId.eq(worker_id))
        .exec(tx)
        .await?;
    let skills = input.skills.iter().filter_map(|s| {
        refs.skill_ids
            .get(&s.code)
            .map(|id| worker_skill::ActiveModel {
                worker_id: Set(worker_id),
                skill_id: Set(*id),
                certified: Set(s.certified),
            })
    });
    worker_skill::Entity::insert_many(skills)
        .exec_without_returning(tx)
        .await?;
    if let Some(labels) = &input.proposed_skills {
        super::proposed_skills::replace_for_worker(tx, worker_id, labels).await?;
    }

    worker_interest::Entity::delete_many()
        .filter(worker_interest::Column::WorkerId.eq(worker_id))
        .exec(tx)
        .await?;
    let interests = input.interests.iter().filter_map(|code| {
        refs.occupation_ids
            .get(code)
            .map(|id| worker_interest::ActiveModel {
                worker_id: Set(worker_id),
                occupation_id: Set(*id),
            })
    });
    worker_interest::Entity::insert_many(interests)
        .exec_without_returning(tx)
        .await?;

    // Self-reported modules and certificates are replaced; verified ones
    // (recorded by providers) are kept.
    module_completion::Entity::delete_many()
        .filter(module_completion::Column::WorkerId.eq(worker_id))
        .filter(module_completion::Column::Verified.eq(false))
        .exec(tx)
        .await?;
    for m in &input.earned_modules {
        let saved = module_completion::ActiveModel {
            worker_id: Set(worker_id),
            module_id: Set(None),
            code: Set(m.code.clone()),
            title: Set(m.title.clone()),
            credits: Set(i32::try_from(m.credits).unwrap_or(0)),
            certificate: Set(m.certificate.clone()),
            completed_on: Set(m.completed_on),
            verified: Set(false),
            recorded_by: Set(Some(recorded_by)),
            created_at: Set(stamp),
            ..Default::default()
        }
        .insert(tx)
        .await?;
        let links = m.skills.iter().filter_map(|code| {
            refs.skill_ids
                .get(code)
                .map(|id| completion_skill::ActiveModel {
                    completion_id: Set(saved.id),
                    skill_id: Set(*id),
                })
        });
        completion_skill::Entity::insert_many(links)
            .exec_without_returning(tx)
            .await?;
    }
    certificate::Entity::delete_many()
        .filter(certificate::Column::WorkerId.eq(worker_id))
        .filter(certificate::Column::Verified.eq(false))
        .exec(tx)
        .await?;
    let certificates = input.certificates.iter().map(|c| certificate::ActiveModel {
        worker_id: Set(worker_id),
        name: Set(c.name.clone()),
        issuer: Set(c.issuer.clone()),
        issued_year: Set(c.issued_year),
        course_id: Set(None),
        verified: Set(false),
        created_at: Set(stamp),
        ..Default::default()
    });
    certificate::Entity::insert_many(certificates)
        .exec_without_returning(tx)
        .await?;

    load(tx, worker_id).await
}

/// Ethnicity, support categories and access needs as they will be stored,
/// each with the purpose and time of the consent it was given under.
struct Sensitive {
    ethnicity: Option<String>,
    ethnicity_purpose: Option<String>,
    ethnicity_consented_at: Option<chrono::DateTime<chrono::Utc>>,
    support: Option<String>,
    support_purpose: Option<String>,
    support_consented_at: Option<chrono::DateTime<chrono::Utc>>,
    access: Option<String>,
    access_purpose: Option<String>,
    access_consented_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl Sensitive {
    /// What the worker gave before, untouched.
    fn kept(old: &worker::Model) -> Self {
        Self {
            ethnicity: old.ethnicity.clone(),
            ethnicity_purpose: old.ethnicity_consent_purpose.clone(),
            ethnicity_consented_at: old.ethnicity_consented_at,
            support: old.support_categories.clone(),
            support_purpose: old.support_consent_purpose.clone(),
            support_consented_at: old.support_consented_at,
            access: old.access_needs.clone(),
            access_purpose: old.access_consent_purpose.clone(),
            access_consented_at: old.access_consented_at,
        }
    }

    /// What the worker gives now. A consent is recorded when data is given
    /// or withdrawn; an unchanged value keeps the consent it was given under.
    async fn given(
        tx: &DatabaseTransaction,
        user_id: i64,
        input: &WorkerProfileInput,
        existing: Option<&worker::Model>,
        stamp: chrono::DateTime<chrono::Utc>,
        recorded_by: i64,
    ) -> StoreResult<Self> {
        record_consent_change(
            tx,
            user_id,
            ETHNICITY,
            existing.map(|w| w.ethnicity.is_some()),
            input.ethnicity.is_some(),
            ETHNICITY_PURPOSE,
            recorded_by,
        )
        .await?;
        let support = input
            .support
            .as_ref()
            .map(|s| join_wire(s.categories.iter().map(|c| c.as_str())));
        record_consent_change(
            tx,
            user_id,
            SUPPORT,
            existing.map(|w| w.support_categories.is_some()),
            support.is_some(),
            SUPPORT_PURPOSE,
            recorded_by,
        )
        .await?;
        let access = input
            .access
            .as_ref()
            .map(|a| join_wire(a.needs.iter().map(|n| n.as_str())));
        record_consent_change(
            tx,
            user_id,
            ACCESS,
            existing.map(|w| w.access_needs.is_some()),
            access.is_some(),
            ACCESS_PURPOSE,
            recorded_by,
        )
        .await?;
        let (ethnicity, ethnicity_purpose, ethnicity_consented_at) =
            match (&input.ethnicity, existing) {
                (Some(e), Some(old)) if old.ethnicity.as_deref() == Some(e.value.as_str()) => (
                    Some(e.value.clone()),
                    old.ethnicity_consent_purpose.clone(),
                    old.ethnicity_consented_at,
                ),
                (Some(e), _) => (
                    Some(e.value.clone()),
                    Some(ETHNICITY_PURPOSE.to_owned()),
                    Some(stamp),
                ),
                (None, _) => (None, None, None),
            };
        let (support, support_purpose, support_consented_at) = match (support, existing) {
            (Some(s), Some(old)) if old.support_categories.as_deref() == Some(s.as_str()) => (
                Some(s),
                old.support_consent_purpose.clone(),
                old.support_consented_at,
            ),
            (Some(s), _) => (Some(s), Some(SUPPORT_PURPOSE.to_owned()), Some(stamp)),
            (None, _) => (None, None, None),
        };
        let (access, access_purpose, access_consented_at) = match (access, existing) {
            (Some(a), Some(old)) if old.access_needs.as_deref() == Some(a.as_str()) => (
                Some(a),
                old.access_consent_purpose.clone(),
                old.access_consented_at,
            ),
            (Some(a), _) => (Some(a), Some(ACCESS_PURPOSE.to_owned()), Some(stamp)),
            (None, _) => (None, None, None),
        };
        Ok(Self {
            ethnicity,
            ethnicity_purpose,
            ethnicity_consented_at,
            support,
            support_purpose,
            support_consented_at,
            access,
            access_purpose,
            access_consented_at,
        })
    }
}

/// Wire names stored comma-separated, as `study_times` is.
fn join_wire<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(",")
}

struct Refs {
    skill_ids: HashMap<String, i64>,
    occupation_ids: HashMap<String, i64>,
}

async fn resolve_refs(db: &impl ConnectionTrait, input: &WorkerProfileInput) -> StoreResult<Refs> {
    let mut errors = Vec::new();
    catalogue_refs::check_commune(db, &input.commune_code, &mut errors).await?;
    let mut codes: Vec<(String, String)> = input
        .skills
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("skills[{i}]"), s.code.clone()))
        .collect();
    for (i, m) in input.earned_modules.iter().enumerate() {
        codes.extend(
            m.skills
                .iter()
                .enumerate()
                .map(|(j, c)| (format!("earned_modules[{i}].skills[{j}]"), c.clone())),
        );
    }
    let skill_ids = catalogue_refs::resolve_skills(db, &codes, &mut errors).await?;
    let known = taxonomy::all_occupation_ids(db).await?;
    let mut occupation_ids = HashMap::new();
    for (i, code) in input.interests.iter().enumerate() {
        match known.get(code) {
            Some(id) => {
                occupation_ids.insert(code.clone(), *id);
            }
            None => errors.push(FieldError::unknown(
                format!("interests[{i}]"),
                "nghề",
                "occupation",
                code,
            )),
        }
    }
    if let Some(code) = &input.current_occupation
        && !known.contains_key(code)
    {
        errors.push(FieldError::unknown(
            "current_occupation",
            "nghề",
            "occupation",
            code,
        ));
    }
    if errors.is_empty() {
        Ok(Refs {
            skill_ids,
            occupation_ids,
        })
    } else {
        Err(ValidationErrors(errors).into())
    }
}

async fn record_consent_change(
    tx: &DatabaseTransaction,
    user_id: i64,
    kind: &str,
    before: Option<bool>,
    after: bool,
    purpose: &str,
    recorded_by: i64,
) -> StoreResult<()> {
    if before == Some(after) || (before.is_none() && !after) {
        return Ok(());
    }
    consent::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.to_owned()),
        granted: Set(after),
        purpose: Set(purpose.to_owned()),
        recorded_by: Set(Some(recorded_by)),
        recorded_at: Set(now()),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(())
}

/// The full profile, as the worker sees it.
pub async fn load(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<WorkerProfile> {
    let row = worker::Entity::find_by_id(worker_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", worker_id))?;
    let account = user::Entity::find_by_id(row.user_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("user", row.user_id))?;
    let held = worker_skill::Entity::find()
        .filter(worker_skill::Column::WorkerId.eq(worker_id))
        .all(db)
        .await?;
    let completions = module_completion::Entity::find()
        .filter(module_completion::Column::WorkerId.eq(worker_id))
        .order_by_asc(module_completion::Column::Id)
        .all(db)
        .await?;
    // One query for every completion's skills (a profile has a handful of
    // completions, well under the bound-parameter limit).
    let mut completion_links: HashMap<i64, Vec<i64>> = HashMap::new();
    for chunk in completions.chunks(super::BATCH) {
        for link in completion_skill::Entity::find()
            .filter(completion_skill::Column::CompletionId.is_in(chunk.iter().map(|c| c.id)))
            .all(db)
            .await?
        {
            completion_links
                .entry(link.completion_id)
                .or_default()
                .push(link.skill_id);
        }
    }
    let mut all_skill_ids: Vec<i64> = held.iter().map(|h| h.skill_id).collect();
    all_skill_ids.extend(completion_links.values().flatten());
    let labels = taxonomy::skill_labels(db, &all_skill_ids).await?;

    let mut skills: Vec<HeldSkill> = held
        .iter()
        .filter_map(|h| {
            labels.get(&h.skill_id).map(|l| HeldSkill {
                code: l.code.clone(),
                label_vi: l.label_vi.clone(),
                label_en: l.label_en.clone(),
                certified: h.certified,
            })
        })
        .collect();
    skills.sort_by(|a, b| a.code.cmp(&b.code));

    let interest_ids: Vec<i64> = worker_interest::Entity::find()
        .filter(worker_interest::Column::WorkerId.eq(worker_id))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.occupation_id)
        .collect();
    // The interests and the current trade in one query.
    let mut named =
        Condition::any().add(occupation::Column::Id.is_in(interest_ids.iter().copied()));
    if let Some(code) = &row.current_occupation_code {
        named = named.add(occupation::Column::Code.eq(code.as_str()));
    }
    let mut interests = Vec::with_capacity(interest_ids.len());
    let mut current_occupation = None;
    for o in occupation::Entity::find().filter(named).all(db).await? {
        let occupation = Interest {
            code: o.code,
            name_vi: o.name_vi,
            name_en: o.name_en,
        };
        if row.current_occupation_code.as_deref() == Some(occupation.code.as_str()) {
            current_occupation = Some(occupation.clone());
        }
        if interest_ids.contains(&o.id) {
            interests.push(occupation);
        }
    }
    interests.sort_by(|a, b| a.code.cmp(&b.code));

    let earned_modules = completions
        .into_iter()
        .map(|c| {
            let mut codes: Vec<String> = completion_links
                .get(&c.id)
                .map(|ids| {
                    ids.iter()
                        .filter_map(|id| labels.get(id).map(|l| l.code.clone()))
                        .collect()
                })
                .unwrap_or_default();
            codes.sort();
            EarnedModule {
                id: c.id,
                code: c.code,
                title: c.title,
                credits: i64::from(c.credits),
                skills: codes,
                certificate: c.certificate,
                completed_on: c.completed_on,
                verified: c.verified,
                module_id: c.module_id,
            }
        })
        .collect();
    let certificates = certificate::Entity::find()
        .filter(certificate::Column::WorkerId.eq(worker_id))
        .order_by_asc(certificate::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Certificate {
            id: c.id,
            name: c.name,
            issuer: c.issuer,
            issued_year: c.issued_year,
            course_id: c.course_id,
            verified: c.verified,
        })
        .collect();
    let commune_name = communes::get(db, &row.commune_code)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let ethnicity = match (
        row.ethnicity,
        row.ethnicity_consent_purpose,
        row.ethnicity_consented_at,
    ) {
        (Some(value), Some(consent_purpose), Some(consented_at)) => Some(EthnicityView {
            value,
            consent_purpose,
            consented_at,
        }),
        _ => None,
    };
    let support = match (
        row.support_categories.as_deref(),
        row.support_consent_purpose,
        row.support_consented_at,
    ) {
        (Some(categories), Some(consent_purpose), Some(consented_at)) => Some(SupportView {
            categories: parse_support(categories)?,
            consent_purpose,
            consented_at,
        }),
        _ => None,
    };
    let access = match (
        row.access_needs.as_deref(),
        row.access_consent_purpose,
        row.access_consented_at,
    ) {
        (Some(needs), Some(consent_purpose), Some(consented_at)) => Some(AccessView {
            needs: parse_access(needs)?,
            consent_purpose,
            consented_at,
        }),
        _ => None,
    };
    Ok(WorkerProfile {
        id: row.id,
        user_id: row.user_id,
        display_name: account.display_name,
        phone: account.phone,
        commune_code: row.commune_code,
        commune_name,
        birth_year: row.birth_year,
        education: parse_stored("workers", "education", &row.education)?,
        skills,
        proposed_skills: super::proposed_skills::pending_for_worker(db, worker_id).await?,
        interests,
        earned_modules,
        certificates,
        max_travel_km: i64::from(row.max_travel_km),
        free_months: parse_months(&row.free_months),
        study_times: parse_study_times(&row.study_times)?,
        max_fee_vnd: row.max_fee_vnd,
        share_with_counsellors: row.share_with_counsellors,
        share_with_employers: row.share_with_employers,
        ethnicity,
        goal: row
            .goal
            .as_deref()
            .map(|g| parse_stored("workers", "goal", g))
            .transpose()?,
        current_occupation,
        delivery_modes: parse_delivery_modes(&row.delivery_modes)?,
        hard_limits: parse_hard_limits(&row.hard_limits)?,
        support,
        access,
        registered_by: row.registered_by,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

pub(crate) fn parse_months(s: &str) -> Vec<u32> {
    s.split(',').filter_map(|m| m.trim().parse().ok()).collect()
}

pub(crate) fn parse_study_times(s: &str) -> StoreResult<Vec<StudyTime>> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| parse_stored("workers", "study_times", t))
        .collect()
}

pub(crate) fn parse_delivery_modes(s: &str) -> StoreResult<Vec<DeliveryMode>> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| parse_stored("workers", "delivery_modes", t))
        .collect()
}

pub(crate) fn parse_hard_limits(s: &str) -> StoreResult<Vec<LimitKind>> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| parse_stored("workers", "hard_limits", t))
        .collect()
}

/// Support categories are sensitive: a stored value that does not parse is
/// reported without the value, so that it cannot reach a log.
pub(crate) fn parse_support(s: &str) -> StoreResult<Vec<SupportCategory>> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse().map_err(|_| StoreError::Corrupt {
                table: "workers",
                column: "support_categories",
                value: "(hidden)".to_owned(),
            })
        })
        .collect()
}

/// Access needs are sensitive (health data): a stored value that does not
/// parse is reported without the value, so that it cannot reach a log.
pub(crate) fn parse_access(s: &str) -> StoreResult<Vec<AccessNeed>> {
    s.split(',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.parse().map_err(|_| StoreError::Corrupt {
                table: "workers",
                column: "access_needs",
                value: "(hidden)".to_owned(),
            })
        })
        .collect()
}

/// The worker id of an account, if it has a profile.
pub async fn id_of_user(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<Option<i64>> {
    Ok(worker::Entity::find()
        .filter(worker::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .map(|w| w.id))
}

/// Who a worker profile belongs to and whom it is shared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sharing {
    pub worker_id: i64,
    pub user_id: i64,
    pub with_counsellors: bool,
    pub with_employers: bool,
}

pub async fn sharing(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Sharing> {
    let row = worker::Entity::find_by_id(worker_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", worker_id))?;
    Ok(Sharing {
        worker_id: row.id,
        user_id: row.user_id,
        with_counsellors: row.share_with_counsellors,
        with_employers: row.share_with_employers,
    })
}

/// Workers who share their profile with counsellors, filtered by a
/// diacritic-insensitive name fragment and a commune.
pub async fn find_for_counsellor(
    db: &impl ConnectionTrait,
    counsellor_id: i64,
    name: Option<&str>,
    commune_code: Option<&str>,
    page: PageRequest,
) -> StoreResult<Page<WorkerSummary>> {
    let mut query = worker::Entity::find().filter(worker::Column::ShareWithCounsellors.eq(true));
    if let Some(code) = commune_code {
        query = query.filter(worker::Column::CommuneCode.eq(code));
    }
    let rows = query.order_by_asc(worker::Column::Id).all(db).await?;
    let user_ids: Vec<i64> = rows.iter().map(|w| w.user_id).collect();
    let mut names = HashMap::new();
    for chunk in user_ids.chunks(super::BATCH) {
        for u in user::Entity::find()
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            names.insert(u.id, u.display_name);
        }
    }
    let commune_names = communes::names(db).await?;
    let needle = name.map(fold).filter(|n| !n.trim().is_empty());
    let matching: Vec<WorkerSummary> = rows
        .into_iter()
        .filter_map(|w| {
            let display_name = names.get(&w.user_id)?.clone();
            if let Some(n) = &needle
                && !fold(&display_name).contains(n.trim())
            {
                return None;
            }
            Some(WorkerSummary {
                id: w.id,
                display_name,
                commune_name: commune_names
                    .get(&w.commune_code)
                    .cloned()
                    .unwrap_or_default(),
                commune_code: w.commune_code,
                registered_by_me: w.registered_by == Some(counsellor_id),
            })
        })
        .collect();
    let total = matching.len() as u64;
    let items = matching
        .into_iter()
        .skip(usize::try_from(page.offset()).unwrap_or(usize::MAX))
        .take(page.per_page as usize)
        .collect();
    Ok(Page::new(page, total, items))
}

pub async fn consents(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<Vec<ConsentRecord>> {
    Ok(consent::Entity::find()
        .filter(consent::Column::UserId.eq(user_id))
        .order_by_asc(consent::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|c| ConsentRecord {
            kind: c.kind,
            granted: c.granted,
            purpose: c.purpose,
            recorded_by: c.recorded_by,
            recorded_at: c.recorded_at,
        })
        .collect())
}

pub async fn add_note(
    db: &impl ConnectionTrait,
    worker_id: i64,
    counsellor_id: i64,
    body: String,
) -> StoreResult<GuidanceNote> {
    let saved = guidance_note::ActiveModel {
        worker_id: Set(worker_id),
        counsellor_id: Set(Some(counsellor_id)),
        body: Set(body),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let name = user::Entity::find_by_id(counsellor_id)
        .one(db)
        .await?
        .map(|u| u.display_name);
    Ok(GuidanceNote {
        id: saved.id,
        counsellor_id: saved.counsellor_id,
        counsellor_name: name,
        body: saved.body,
        created_at: saved.created_at,
    })
}

pub async fn notes(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Vec<GuidanceNote>> {
    let rows = guidance_note::Entity::find()
        .filter(guidance_note::Column::WorkerId.eq(worker_id))
        .order_by_desc(guidance_note::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for n in rows {
        let name = match n.counsellor_id {
            Some(id) => user::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|u| u.display_name),
            None => None,
        };
        out.push(GuidanceNote {
            id: n.id,
            counsellor_id: n.counsellor_id,
            counsellor_name: name,
            body: n.body,
            created_at: n.created_at,
        });
    }
    Ok(out)
}
