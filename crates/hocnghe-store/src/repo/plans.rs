//! Action plans, the things a counsellor did on a worker's behalf, and the
//! caseload built from them. Every change is written to the worker's audit
//! log in the same transaction, so the worker can read who changed what.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use hocnghe_domain::applications::Application;
use hocnghe_domain::catalogue::{Page, PageRequest};
use hocnghe_domain::enrolments::Enrolment;
use hocnghe_domain::plans::{
    ActionPlan, CaseEvidence, CaseFilter, CaseRow, OnBehalfRecord, PlanStep, STEPS_MAX, ValidStep,
};
use hocnghe_domain::text::fold;
use hocnghe_domain::{ApplicationStatus, EmploymentStatus, EnrolmentStatus, OnBehalfKind};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::{BATCH, applications, audit, communes, enrolments, now};
use crate::db::begin_write;
use crate::entities::{
    action_plan, application, course, course_intake, demand, enrolment, guidance_note,
    on_behalf_action, outcome, plan_step, user, worker,
};
use crate::error::{StoreError, StoreResult, parse_stored};

/// Audit actions written by this module; the pages put them in words.
pub mod actions {
    pub const GOAL: &str = "plan.goal";
    pub const STEP_ADD: &str = "plan.step_add";
    pub const STEP_DONE: &str = "plan.step_done";
    pub const STEP_UNDONE: &str = "plan.step_undone";
    pub const STEP_DELETE: &str = "plan.step_delete";
    pub const ENROL: &str = "on_behalf.enrol";
    pub const APPLY: &str = "on_behalf.apply";
    /// Every action above.
    pub const ALL: [&str; 7] = [
        GOAL,
        STEP_ADD,
        STEP_DONE,
        STEP_UNDONE,
        STEP_DELETE,
        ENROL,
        APPLY,
    ];
}

/// A worker's plan; an empty one when none was written yet.
pub async fn plan(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<ActionPlan> {
    let Some(row) = find_plan(db, worker_id).await? else {
        return Ok(ActionPlan {
            worker_id,
            goal: String::new(),
            updated_at: None,
            updated_by_name: None,
            steps: Vec::new(),
        });
    };
    let rows = plan_step::Entity::find()
        .filter(plan_step::Column::PlanId.eq(row.id))
        .order_by_asc(plan_step::Column::Id)
        .all(db)
        .await?;
    let mut people: HashSet<i64> = rows.iter().filter_map(|s| s.done_by).collect();
    people.extend(row.updated_by);
    let names = user_names(db, people.into_iter().collect()).await?;
    let intake_ids: Vec<i64> = rows.iter().filter_map(|s| s.intake_id).collect();
    let course_of: HashMap<i64, i64> = course_intake::Entity::find()
        .filter(course_intake::Column::Id.is_in(intake_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i.course_id))
        .collect();
    let mut steps = Vec::with_capacity(rows.len());
    for s in rows {
        steps.push(PlanStep {
            id: s.id,
            kind: parse_stored("plan_steps", "kind", &s.kind)?,
            title: s.title,
            course_id: s.intake_id.and_then(|i| course_of.get(&i).copied()),
            intake_id: s.intake_id,
            demand_id: s.demand_id,
            due_on: s.due_on,
            note: s.note,
            done_at: s.done_at,
            done_by_name: s.done_by.and_then(|u| names.get(&u).cloned()),
        });
    }
    // Undone before done; by due date, undated last; then in writing order.
    steps.sort_by_key(|s| (s.is_done(), s.due_on.is_none(), s.due_on, s.id));
    Ok(ActionPlan {
        worker_id,
        goal: row.goal,
        updated_at: Some(row.updated_at),
        updated_by_name: row.updated_by.and_then(|u| names.get(&u).cloned()),
        steps,
    })
}

/// Set the plan's goal (creating the plan).
pub async fn set_goal(
    db: &DatabaseConnection,
    worker_id: i64,
    actor: i64,
    goal: String,
) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    let plan = plan_for_change(&tx, worker_id, actor).await?;
    let subject = plan_subject(&tx, worker_id).await?;
    let mut active: action_plan::ActiveModel = plan.into();
    active.goal = Set(goal.clone());
    active.update(&tx).await?;
    audit::record(&tx, Some(actor), subject, actions::GOAL, &goal).await?;
    tx.commit().await?;
    Ok(())
}

/// Add a step. A step linked to a class or a job is named after it when
/// its title was left blank; an unknown class or job is a field error.
pub async fn add_step(
    db: &DatabaseConnection,
    worker_id: i64,
    actor: i64,
    step: ValidStep,
) -> StoreResult<i64> {
    let tx = begin_write(db).await?;
    let plan = plan_for_change(&tx, worker_id, actor).await?;
    let count = plan_step::Entity::find()
        .filter(plan_step::Column::PlanId.eq(plan.id))
        .count(&tx)
        .await?;
    if count >= STEPS_MAX as u64 {
        return Err(super::enrolments::invalid(
            "title",
            format!("Một kế hoạch có tối đa {STEPS_MAX} bước."),
            format!("A plan holds at most {STEPS_MAX} steps."),
        ));
    }
    let linked = linked_title(&tx, &step).await?;
    let title = if step.title.is_empty() {
        linked.unwrap_or_default()
    } else {
        step.title
    };
    let stamp = now();
    let saved = plan_step::ActiveModel {
        plan_id: Set(plan.id),
        kind: Set(step.kind.as_str().to_owned()),
        title: Set(title.clone()),
        intake_id: Set(step.intake_id),
        demand_id: Set(step.demand_id),
        due_on: Set(step.due_on),
        note: Set(step.note),
        done_at: Set(None),
        done_by: Set(None),
        created_at: Set(stamp),
        updated_at: Set(stamp),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let subject = plan_subject(&tx, worker_id).await?;
    audit::record(&tx, Some(actor), subject, actions::STEP_ADD, &title).await?;
    tx.commit().await?;
    Ok(saved.id)
}

/// One step of the worker's plan; `NotFound` when it belongs to another.
pub async fn step(
    db: &impl ConnectionTrait,
    worker_id: i64,
    step_id: i64,
) -> StoreResult<PlanStep> {
    plan(db, worker_id)
        .await?
        .steps
        .into_iter()
        .find(|s| s.id == step_id)
        .ok_or_else(|| StoreError::not_found("plan step", step_id))
}

/// Mark a step done or not done.
pub async fn set_done(
    db: &DatabaseConnection,
    worker_id: i64,
    step_id: i64,
    actor: i64,
    done: bool,
) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    let row = find_step(&tx, worker_id, step_id).await?;
    let title = row.title.clone();
    let stamp = now();
    let mut active: plan_step::ActiveModel = row.into();
    active.done_at = Set(done.then_some(stamp));
    active.done_by = Set(done.then_some(actor));
    active.updated_at = Set(stamp);
    active.update(&tx).await?;
    touch_plan(&tx, worker_id, actor).await?;
    let subject = plan_subject(&tx, worker_id).await?;
    let action = if done {
        actions::STEP_DONE
    } else {
        actions::STEP_UNDONE
    };
    audit::record(&tx, Some(actor), subject, action, &title).await?;
    tx.commit().await?;
    Ok(())
}

/// Delete a step (after the page asked for confirmation).
pub async fn delete_step(
    db: &DatabaseConnection,
    worker_id: i64,
    step_id: i64,
    actor: i64,
) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    let row = find_step(&tx, worker_id, step_id).await?;
    let title = row.title.clone();
    plan_step::Entity::delete_by_id(row.id).exec(&tx).await?;
    touch_plan(&tx, worker_id, actor).await?;
    let subject = plan_subject(&tx, worker_id).await?;
    audit::record(&tx, Some(actor), subject, actions::STEP_DELETE, &title).await?;
    tx.commit().await?;
    Ok(())
}

/// A counsellor enrols a worker in a course (a given class, or the next
/// open one) with the same rules as the worker's own application; the
/// enrolment, the record that the counsellor made it and the audit entry
/// are one write.
pub async fn enrol_on_behalf(
    db: &DatabaseConnection,
    worker_id: i64,
    counsellor_id: i64,
    course_id: i64,
    intake_id: Option<i64>,
) -> StoreResult<Enrolment> {
    let tx = begin_write(db).await?;
    let id = enrolments::apply_in(&tx, worker_id, course_id, intake_id).await?;
    record_on_behalf(
        &tx,
        worker_id,
        counsellor_id,
        OnBehalfKind::Enrolment,
        Some(id),
        None,
    )
    .await?;
    let title = course::Entity::find_by_id(course_id)
        .one(&tx)
        .await?
        .map(|c| c.title)
        .unwrap_or_default();
    let subject = plan_subject(&tx, worker_id).await?;
    audit::record(&tx, Some(counsellor_id), subject, actions::ENROL, &title).await?;
    tx.commit().await?;
    enrolments::get(db, id).await
}

/// A counsellor applies for a job for a worker, with the same rules as the
/// worker's own application.
pub async fn apply_on_behalf(
    db: &DatabaseConnection,
    worker_id: i64,
    counsellor_id: i64,
    demand_id: i64,
    message: String,
) -> StoreResult<Application> {
    let tx = begin_write(db).await?;
    let application = applications::apply_in(&tx, worker_id, demand_id, message).await?;
    record_on_behalf(
        &tx,
        worker_id,
        counsellor_id,
        OnBehalfKind::Application,
        None,
        Some(application.id),
    )
    .await?;
    let subject = plan_subject(&tx, worker_id).await?;
    audit::record(
        &tx,
        Some(counsellor_id),
        subject,
        actions::APPLY,
        &application.demand_title,
    )
    .await?;
    tx.commit().await?;
    Ok(application)
}

/// What counsellors did for the worker, newest first.
pub async fn on_behalf_for(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<OnBehalfRecord>> {
    let rows = on_behalf_action::Entity::find()
        .filter(on_behalf_action::Column::WorkerId.eq(worker_id))
        .order_by_desc(on_behalf_action::Column::Id)
        .all(db)
        .await?;
    let names = user_names(db, rows.iter().filter_map(|r| r.counsellor_id).collect()).await?;
    rows.into_iter()
        .map(|r| {
            Ok(OnBehalfRecord {
                kind: parse_stored("on_behalf_actions", "kind", &r.kind)?,
                counsellor_name: r.counsellor_id.and_then(|c| names.get(&c).cloned()),
                enrolment_id: r.enrolment_id,
                application_id: r.application_id,
                created_at: r.created_at,
            })
        })
        .collect()
}

/// Workers who share with counsellors, with their derived status, last
/// contact and next action, filtered and paged. A query of digits searches
/// phone numbers, of these workers only; each match is written to the
/// matched worker's audit log, as a phone the counsellor learnt.
pub async fn caseload(
    db: &impl ConnectionTrait,
    counsellor_id: i64,
    filter: &CaseFilter,
    page: PageRequest,
) -> StoreResult<Page<CaseRow>> {
    let mut query = worker::Entity::find().filter(worker::Column::ShareWithCounsellors.eq(true));
    if let Some(code) = &filter.commune_code {
        query = query.filter(worker::Column::CommuneCode.eq(code.as_str()));
    }
    let rows = query.order_by_asc(worker::Column::Id).all(db).await?;
    let users = users_of(db, rows.iter().map(|w| w.user_id).collect()).await?;
    let phone_digits = filter.q.as_deref().and_then(phone_fragment);
    let needle = filter
        .q
        .as_deref()
        .filter(|_| phone_digits.is_none())
        .map(|q| fold(q).trim().to_owned())
        .filter(|q| !q.is_empty());
    let mut phone_matches = Vec::new();
    let rows: Vec<(worker::Model, user::Model)> = rows
        .into_iter()
        .filter_map(|w| {
            let u = users.get(&w.user_id)?.clone();
            if let Some(n) = &needle
                && !fold(&u.display_name).contains(n.as_str())
            {
                return None;
            }
            if let Some(digits) = &phone_digits {
                let own: String = u
                    .phone
                    .as_deref()
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect();
                if !own.contains(digits.as_str()) {
                    return None;
                }
                phone_matches.push(u.id);
            }
            Some((w, u))
        })
        .collect();
    let ids: Vec<i64> = rows.iter().map(|(w, _)| w.id).collect();
    let evidence = Evidence::load(db, &ids).await?;
    let commune_names = communes::names(db).await?;
    let mut matching: Vec<CaseRow> = rows
        .into_iter()
        .map(|(w, u)| {
            let next = evidence.next.get(&w.id);
            CaseRow {
                worker_id: w.id,
                display_name: u.display_name,
                commune_name: commune_names
                    .get(&w.commune_code)
                    .cloned()
                    .unwrap_or_default(),
                commune_code: w.commune_code,
                registered_by_me: w.registered_by == Some(counsellor_id),
                status: evidence.status(w.id),
                last_contact: evidence.last_contact.get(&w.id).copied(),
                next_action: next.map(|n| n.0.clone()),
                next_due: next.and_then(|n| n.1),
            }
        })
        .filter(|row| filter.status.is_none_or(|s| row.status == s))
        .filter(|row| {
            filter
                .due_by
                .is_none_or(|day| row.next_due.is_some_and(|due| due <= day))
        })
        .collect();
    // Soonest next action first; then those without one, by name.
    matching.sort_by(|a, b| {
        (
            a.next_due.is_none(),
            a.next_due,
            fold(&a.display_name),
            a.worker_id,
        )
            .cmp(&(
                b.next_due.is_none(),
                b.next_due,
                fold(&b.display_name),
                b.worker_id,
            ))
    });
    for subject in phone_matches {
        audit::record(db, Some(counsellor_id), subject, "phone.search", "").await?;
    }
    let total = matching.len() as u64;
    let items = matching
        .into_iter()
        .skip(usize::try_from(page.offset()).unwrap_or(usize::MAX))
        .take(page.per_page as usize)
        .collect();
    Ok(Page::new(page, total, items))
}

/// The digits of a query that is a phone fragment (at least four digits and
/// nothing but digits, spaces, dots, dashes and a plus), without a leading
/// 0 or 84 so that "0912 345" finds "+84912345678".
fn phone_fragment(q: &str) -> Option<String> {
    let q = q.trim();
    if q.is_empty()
        || q.chars()
            .any(|c| !(c.is_ascii_digit() || " .-+".contains(c)))
    {
        return None;
    }
    let digits: String = q.chars().filter(char::is_ascii_digit).collect();
    let national = if q.starts_with('+') {
        digits.strip_prefix("84").unwrap_or(&digits).to_owned()
    } else {
        digits.strip_prefix('0').unwrap_or(&digits).to_owned()
    };
    (national.len() >= 4).then_some(national)
}

/// What the caseload statuses and dates are derived from, per worker.
#[derive(Default)]
struct Evidence {
    employed: HashSet<i64>,
    studying: HashSet<i64>,
    advised: HashSet<i64>,
    last_contact: HashMap<i64, DateTime<Utc>>,
    next: HashMap<i64, (String, Option<NaiveDate>)>,
}

impl Evidence {
    fn status(&self, worker_id: i64) -> hocnghe_domain::CaseStatus {
        CaseEvidence {
            has_job: self.employed.contains(&worker_id),
            studying: self.studying.contains(&worker_id),
            advised: self.advised.contains(&worker_id),
        }
        .status()
    }

    fn contact(&mut self, worker_id: i64, at: DateTime<Utc>) {
        let slot = self.last_contact.entry(worker_id).or_insert(at);
        if at > *slot {
            *slot = at;
        }
    }

    async fn load(db: &impl ConnectionTrait, ids: &[i64]) -> StoreResult<Self> {
        let mut out = Self::default();
        for chunk in ids.chunks(BATCH) {
            let chunk = chunk.iter().copied();
            for a in application::Entity::find()
                .filter(application::Column::WorkerId.is_in(chunk.clone()))
                .filter(application::Column::Status.eq(ApplicationStatus::Hired.as_str()))
                .all(db)
                .await?
            {
                out.employed.insert(a.worker_id);
            }
            for o in outcome::Entity::find()
                .filter(outcome::Column::WorkerId.is_in(chunk.clone()))
                .filter(outcome::Column::Status.is_in([
                    EmploymentStatus::Employed.as_str(),
                    EmploymentStatus::SelfEmployed.as_str(),
                ]))
                .all(db)
                .await?
            {
                out.employed.insert(o.worker_id);
            }
            for e in enrolment::Entity::find()
                .filter(enrolment::Column::WorkerId.is_in(chunk.clone()))
                .filter(enrolment::Column::Status.is_in([
                    EnrolmentStatus::Accepted.as_str(),
                    EnrolmentStatus::Studying.as_str(),
                ]))
                .all(db)
                .await?
            {
                out.studying.insert(e.worker_id);
            }
            for n in guidance_note::Entity::find()
                .filter(guidance_note::Column::WorkerId.is_in(chunk.clone()))
                .all(db)
                .await?
            {
                out.advised.insert(n.worker_id);
                out.contact(n.worker_id, n.created_at);
            }
            for a in on_behalf_action::Entity::find()
                .filter(on_behalf_action::Column::WorkerId.is_in(chunk.clone()))
                .all(db)
                .await?
            {
                out.advised.insert(a.worker_id);
                out.contact(a.worker_id, a.created_at);
            }
            let plans = action_plan::Entity::find()
                .filter(action_plan::Column::WorkerId.is_in(chunk))
                .all(db)
                .await?;
            let worker_of: HashMap<i64, i64> = plans.iter().map(|p| (p.id, p.worker_id)).collect();
            for p in &plans {
                out.advised.insert(p.worker_id);
                out.contact(p.worker_id, p.updated_at);
            }
            let mut steps = plan_step::Entity::find()
                .filter(plan_step::Column::PlanId.is_in(worker_of.keys().copied()))
                .filter(plan_step::Column::DoneAt.is_null())
                .all(db)
                .await?;
            steps.sort_by_key(|s| (s.due_on.is_none(), s.due_on, s.id));
            for s in steps {
                if let Some(w) = worker_of.get(&s.plan_id) {
                    out.next.entry(*w).or_insert((s.title, s.due_on));
                }
            }
        }
        Ok(out)
    }
}

async fn find_plan(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Option<action_plan::Model>> {
    Ok(action_plan::Entity::find()
        .filter(action_plan::Column::WorkerId.eq(worker_id))
        .one(db)
        .await?)
}

/// The plan, created when missing, stamped as changed now by `actor`.
async fn plan_for_change(
    tx: &DatabaseTransaction,
    worker_id: i64,
    actor: i64,
) -> StoreResult<action_plan::Model> {
    let stamp = now();
    match find_plan(tx, worker_id).await? {
        Some(row) => {
            let mut active: action_plan::ActiveModel = row.into();
            active.updated_at = Set(stamp);
            active.updated_by = Set(Some(actor));
            Ok(active.update(tx).await?)
        }
        None => Ok(action_plan::ActiveModel {
            worker_id: Set(worker_id),
            goal: Set(String::new()),
            updated_by: Set(Some(actor)),
            created_at: Set(stamp),
            updated_at: Set(stamp),
            ..Default::default()
        }
        .insert(tx)
        .await?),
    }
}

async fn touch_plan(tx: &DatabaseTransaction, worker_id: i64, actor: i64) -> StoreResult<()> {
    plan_for_change(tx, worker_id, actor).await.map(|_| ())
}

async fn find_step(
    tx: &DatabaseTransaction,
    worker_id: i64,
    step_id: i64,
) -> StoreResult<plan_step::Model> {
    let plan = find_plan(tx, worker_id)
        .await?
        .ok_or_else(|| StoreError::not_found("plan step", step_id))?;
    plan_step::Entity::find_by_id(step_id)
        .one(tx)
        .await?
        .filter(|s| s.plan_id == plan.id)
        .ok_or_else(|| StoreError::not_found("plan step", step_id))
}

/// The user whose audit log records changes to the worker's plan.
async fn plan_subject(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<i64> {
    Ok(worker::Entity::find_by_id(worker_id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("worker", worker_id))?
        .user_id)
}

async fn linked_title(db: &impl ConnectionTrait, step: &ValidStep) -> StoreResult<Option<String>> {
    if let Some(id) = step.intake_id {
        let intake = course_intake::Entity::find_by_id(id).one(db).await?;
        let Some(intake) = intake else {
            return Err(super::enrolments::invalid(
                "intake_id",
                "Không tìm thấy lớp học này.",
                "No such class.",
            ));
        };
        let title = course::Entity::find_by_id(intake.course_id)
            .one(db)
            .await?
            .map(|c| c.title)
            .unwrap_or_default();
        return Ok(Some(format!(
            "{title} ({})",
            intake.start_date.format("%d/%m/%Y")
        )));
    }
    if let Some(id) = step.demand_id {
        let found = demand::Entity::find_by_id(id).one(db).await?;
        let Some(found) = found else {
            return Err(super::enrolments::invalid(
                "demand_id",
                "Không tìm thấy việc làm này.",
                "No such job.",
            ));
        };
        return Ok(Some(found.title));
    }
    Ok(None)
}

async fn record_on_behalf(
    tx: &DatabaseTransaction,
    worker_id: i64,
    counsellor_id: i64,
    kind: OnBehalfKind,
    enrolment_id: Option<i64>,
    application_id: Option<i64>,
) -> StoreResult<()> {
    on_behalf_action::ActiveModel {
        worker_id: Set(worker_id),
        counsellor_id: Set(Some(counsellor_id)),
        kind: Set(kind.as_str().to_owned()),
        enrolment_id: Set(enrolment_id),
        application_id: Set(application_id),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(tx)
    .await?;
    Ok(())
}

async fn users_of(
    db: &impl ConnectionTrait,
    ids: Vec<i64>,
) -> StoreResult<HashMap<i64, user::Model>> {
    let mut out = HashMap::new();
    for chunk in ids.chunks(BATCH) {
        for u in user::Entity::find()
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            out.insert(u.id, u);
        }
    }
    Ok(out)
}

async fn user_names(db: &impl ConnectionTrait, ids: Vec<i64>) -> StoreResult<HashMap<i64, String>> {
    Ok(users_of(db, ids)
        .await?
        .into_iter()
        .map(|(id, u)| (id, u.display_name))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::phone_fragment;

    #[test]
    fn phone_fragments_drop_the_trunk_or_country_prefix() {
        assert_eq!(phone_fragment("0912 345").as_deref(), Some("912345"));
        assert_eq!(phone_fragment("+84 9123").as_deref(), Some("9123"));
        assert_eq!(phone_fragment("0912"), None, "too short to search");
        assert_eq!(phone_fragment("Nụ"), None);
    }
}
