//! Enrolments: a worker applies, the provider accepts or rejects, records
//! the modules passed and issues the certificate. Stackable credits toward
//! certificates follow the domain's rule (`hocnghe_domain::credits`), which the
//! recommendations use too.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use hocnghe_domain::catalogue::Course;
use hocnghe_domain::credits::CompletedModule;
use hocnghe_domain::enrolments::{
    CreditProgress, Enrolment, IssuedCertificate, RecordedCompletion,
};
use hocnghe_domain::{CourseStatus, EnrolmentStatus, FieldError, ValidationErrors};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::{courses, intakes, now, taxonomy};
use crate::db::begin_write;
use crate::entities::{
    certificate, completion_skill, course, course_intake, enrolment, module_completion, provider,
    user, worker,
};
use crate::error::{StoreError, StoreResult, parse_stored};

use EnrolmentStatus as S;

/// Statuses that hold a seat on the course.
const SEAT_HOLDING: [S; 3] = [S::Accepted, S::Studying, S::Completed];
/// Statuses the provider admitted (the "enrolled" of performance figures).
pub const ADMITTED: [S; 4] = [S::Accepted, S::Studying, S::Completed, S::Dropped];

/// Who an enrolment concerns, for authorisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnrolmentParties {
    pub enrolment_id: i64,
    pub worker_id: i64,
    pub course_id: i64,
    /// The account owning the course's provider.
    pub provider_owner: Option<i64>,
}

pub async fn parties(db: &impl ConnectionTrait, id: i64) -> StoreResult<EnrolmentParties> {
    let row = find(db, id).await?;
    Ok(EnrolmentParties {
        enrolment_id: row.id,
        worker_id: row.worker_id,
        course_id: row.course_id,
        provider_owner: courses::owner(db, row.course_id).await?,
    })
}

/// Apply for a course, in the intake named or the course's next open one.
/// 404 for an unknown course, 422 when the course or intake is not open or
/// is full, 409 when the worker already has a place in the course (a
/// withdrawn application to the same intake is reopened instead).
pub async fn apply(
    db: &DatabaseConnection,
    worker_id: i64,
    course_id: i64,
    intake_id: Option<i64>,
) -> StoreResult<Enrolment> {
    let tx = begin_write(db).await?;
    let id = apply_in(&tx, worker_id, course_id, intake_id).await?;
    tx.commit().await?;
    get(db, id).await
}

/// [`apply`] inside the caller's transaction, for a caller that records
/// more in the same write (a counsellor enrolling a worker on their
/// behalf); returns the enrolment id.
pub async fn apply_in(
    tx: &DatabaseTransaction,
    worker_id: i64,
    course_id: i64,
    intake_id: Option<i64>,
) -> StoreResult<i64> {
    let course_row = course::Entity::find_by_id(course_id)
        .one(tx)
        .await?
        .ok_or_else(|| StoreError::not_found("course", course_id))?;
    let status: CourseStatus = parse_stored("courses", "status", &course_row.status)?;
    if status != CourseStatus::Open {
        return Err(invalid(
            "course_id",
            "Khóa học này không còn nhận đăng ký.",
            "This course is not taking applications.",
        ));
    }
    let intake = intakes::pick_for_enrolment(tx, course_id, intake_id).await?;
    let existing = enrolment::Entity::find()
        .filter(enrolment::Column::WorkerId.eq(worker_id))
        .filter(enrolment::Column::CourseId.eq(course_id))
        .all(tx)
        .await?;
    if let Some(row) = existing.iter().find(|r| r.status != S::Withdrawn.as_str()) {
        let current: S = parse_stored("enrolments", "status", &row.status)?;
        return Err(StoreError::conflict(
            format!(
                "Bạn đã đăng ký khóa học này (trạng thái: {}).",
                current.label_vi()
            ),
            format!(
                "You already applied for this course (status: {}).",
                current.label_en()
            ),
        ));
    }
    let stamp = now();
    let id = match existing
        .into_iter()
        .find(|r| r.intake_id == Some(intake.id))
    {
        Some(row) => {
            let mut active: enrolment::ActiveModel = row.into();
            active.status = Set(S::Applied.as_str().to_owned());
            active.applied_at = Set(stamp);
            active.decided_at = Set(None);
            active.updated_at = Set(stamp);
            active.update(tx).await?.id
        }
        None => {
            enrolment::ActiveModel {
                worker_id: Set(worker_id),
                course_id: Set(course_id),
                intake_id: Set(Some(intake.id)),
                status: Set(S::Applied.as_str().to_owned()),
                applied_at: Set(stamp),
                updated_at: Set(stamp),
                ..Default::default()
            }
            .insert(tx)
            .await?
            .id
        }
    };
    Ok(id)
}

/// Move a learner to another intake of the same course, keeping the place's
/// status (studying becomes accepted: the new class has not started) and
/// every module passed. A held seat moves with them: 422 when the new intake
/// is full or not open, 409 when a concurrent decision took its last seat.
pub async fn move_intake(
    db: &DatabaseConnection,
    id: i64,
    to_intake: i64,
) -> StoreResult<Enrolment> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let status: S = parse_stored("enrolments", "status", &row.status)?;
    if !matches!(status, S::Applied | S::Accepted | S::Studying) {
        return Err(StoreError::conflict(
            format!(
                "Chỉ chuyển lớp khi đang đăng ký, đã được nhận hoặc đang học (trạng thái: {}).",
                status.label_vi()
            ),
            format!(
                "Only an application, an accepted place or a learner still studying can change class (status: {}).",
                status.label_en()
            ),
        ));
    }
    if row.intake_id == Some(to_intake) {
        return Err(invalid(
            "intake_id",
            "Học viên đã ở lớp này.",
            "The learner is already in this class.",
        ));
    }
    let target = intakes::pick_for_enrolment(&tx, row.course_id, Some(to_intake)).await?;
    let taken = enrolment::Entity::find()
        .filter(enrolment::Column::WorkerId.eq(row.worker_id))
        .filter(enrolment::Column::IntakeId.eq(target.id))
        .count(&tx)
        .await?;
    if taken > 0 {
        return Err(StoreError::conflict(
            "Học viên đã từng đăng ký lớp này; hãy chọn lớp khác.",
            "The learner already had an enrolment in that class; choose another.",
        ));
    }
    if SEAT_HOLDING.contains(&status) {
        intakes::take_seat(&tx, target.id).await?;
        if let Some(from) = row.intake_id {
            intakes::release_seat(&tx, from).await?;
        }
    }
    let stamp = now();
    let mut active: enrolment::ActiveModel = row.into();
    active.intake_id = Set(Some(target.id));
    if status == S::Studying {
        active.status = Set(S::Accepted.as_str().to_owned());
        active.started_at = Set(None);
    }
    active.updated_at = Set(stamp);
    active.update(&tx).await?;
    tx.commit().await?;
    get(db, id).await
}

/// The worker withdraws an application or a place not yet started.
pub async fn withdraw(db: &DatabaseConnection, id: i64) -> StoreResult<Enrolment> {
    change_status(db, id, S::Withdrawn, None).await
}

/// A provider's decision: the allowed moves are applied → accepted or
/// rejected, accepted → studying, accepted or studying → dropped, studying →
/// completed (only when every module is passed).
/// The provider's decision. Accepting or declining tells the learner in
/// their inbox, with the `reason` given for a refusal.
pub async fn set_status(
    db: &DatabaseConnection,
    id: i64,
    to: S,
    reason: Option<&str>,
) -> StoreResult<Enrolment> {
    if to == S::Withdrawn || to == S::Applied {
        return Err(invalid(
            "status",
            "Cơ sở đào tạo chỉ có thể nhận, từ chối, ghi nhận đang học, bỏ học hoặc hoàn thành.",
            "A provider can only accept, reject, start, drop or complete an enrolment.",
        ));
    }
    change_status(db, id, to, reason).await
}

fn allowed(from: S, to: S) -> bool {
    matches!(
        (from, to),
        (S::Applied, S::Accepted | S::Rejected | S::Withdrawn)
            | (S::Accepted, S::Studying | S::Dropped | S::Withdrawn)
            | (S::Studying, S::Dropped | S::Completed)
    )
}

async fn change_status(
    db: &DatabaseConnection,
    id: i64,
    to: S,
    reason: Option<&str>,
) -> StoreResult<Enrolment> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let from: S = parse_stored("enrolments", "status", &row.status)?;
    if !allowed(from, to) {
        return Err(StoreError::conflict(
            format!(
                "Không thể chuyển từ \"{}\" sang \"{}\".",
                from.label_vi(),
                to.label_vi()
            ),
            format!(
                "Cannot go from \"{}\" to \"{}\".",
                from.label_en(),
                to.label_en()
            ),
        ));
    }
    if let Some(intake) = row.intake_id {
        match (SEAT_HOLDING.contains(&from), SEAT_HOLDING.contains(&to)) {
            (false, true) => intakes::take_seat(&tx, intake).await?,
            (true, false) => intakes::release_seat(&tx, intake).await?,
            _ => {}
        }
    }
    if to == S::Completed {
        let course = courses::get(&tx, row.course_id).await?;
        let missing = missing_modules(&tx, row.worker_id, &course).await?;
        if !missing.is_empty() {
            return Err(missing_conflict(&course, &missing));
        }
    }
    let (worker_id, course_id) = (row.worker_id, row.course_id);
    write_status(&tx, row, to).await?;
    if matches!(to, S::Accepted | S::Rejected) {
        tell_decision(&tx, worker_id, course_id, to, reason).await?;
    }
    tx.commit().await?;
    get(db, id).await
}

/// The learner's inbox message for an accepted or declined application.
async fn tell_decision(
    db: &impl ConnectionTrait,
    worker_id: i64,
    course_id: i64,
    to: S,
    reason: Option<&str>,
) -> StoreResult<()> {
    let title = course::Entity::find_by_id(course_id)
        .one(db)
        .await?
        .map(|c| c.title)
        .unwrap_or_default();
    let (mut vi, mut en) = if to == S::Accepted {
        (
            format!("Bạn đã được nhận vào khóa học \"{title}\"."),
            format!("You were accepted on the course \"{title}\"."),
        )
    } else {
        (
            format!("Cơ sở đào tạo không nhận bạn vào khóa học \"{title}\" lần này."),
            format!("The provider did not accept you on the course \"{title}\" this time."),
        )
    };
    if let Some(reason) = reason.map(str::trim).filter(|r| !r.is_empty()) {
        vi.push_str(&format!(" Lý do: {reason}"));
        en.push_str(&format!(" Reason: {reason}"));
    }
    super::inbox::post(
        db,
        worker_id,
        hocnghe_domain::InboxKind::Enrolment,
        &vi,
        &en,
        &format!("/courses/{course_id}"),
    )
    .await
}

async fn write_status(db: &impl ConnectionTrait, row: enrolment::Model, to: S) -> StoreResult<()> {
    let stamp = now();
    let mut active: enrolment::ActiveModel = row.into();
    match to {
        S::Accepted | S::Rejected => active.decided_at = Set(Some(stamp)),
        S::Studying => active.started_at = Set(Some(stamp)),
        S::Completed | S::Dropped | S::Withdrawn => active.finished_at = Set(Some(stamp)),
        S::Applied => {}
    }
    active.status = Set(to.as_str().to_owned());
    active.updated_at = Set(stamp);
    active.update(db).await?;
    Ok(())
}

/// Record a module of the enrolment's course as passed (verified, with the
/// module's credits and skills). An accepted learner becomes studying.
pub async fn record_completion(
    db: &DatabaseConnection,
    id: i64,
    module_code: &str,
    completed_on: NaiveDate,
    recorded_by: i64,
) -> StoreResult<RecordedCompletion> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let status: S = parse_stored("enrolments", "status", &row.status)?;
    if !matches!(status, S::Accepted | S::Studying) {
        return Err(StoreError::conflict(
            format!(
                "Chỉ ghi nhận mô-đun cho học viên đã được nhận hoặc đang học (trạng thái: {}).",
                status.label_vi()
            ),
            format!(
                "Modules can only be recorded for accepted or studying learners (status: {}).",
                status.label_en()
            ),
        ));
    }
    let course = courses::get(&tx, row.course_id).await?;
    let Some(module) = course.modules.iter().find(|m| m.code == module_code) else {
        let codes: Vec<&str> = course.modules.iter().map(|m| m.code.as_str()).collect();
        return Err(invalid(
            "module_code",
            format!(
                "Khóa học không có mô-đun {module_code}; các mô-đun: {}.",
                codes.join(", ")
            ),
            format!(
                "The course has no module {module_code}; its modules: {}.",
                codes.join(", ")
            ),
        ));
    };
    let duplicate = module_completion::Entity::find()
        .filter(module_completion::Column::EnrolmentId.eq(id))
        .filter(module_completion::Column::Code.eq(module_code))
        .count(&tx)
        .await?;
    if duplicate > 0 {
        return Err(StoreError::conflict(
            format!("Mô-đun {module_code} đã được ghi nhận."),
            format!("Module {module_code} is already recorded."),
        ));
    }
    let saved = module_completion::ActiveModel {
        worker_id: Set(row.worker_id),
        module_id: Set(Some(module.id)),
        code: Set(module.code.clone()),
        title: Set(module.title.clone()),
        credits: Set(i32::try_from(module.credits).unwrap_or(0)),
        certificate: Set(Some(certificate_name(&course))),
        completed_on: Set(Some(completed_on)),
        verified: Set(true),
        recorded_by: Set(Some(recorded_by)),
        created_at: Set(now()),
        enrolment_id: Set(Some(id)),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let codes: Vec<String> = module.skills.iter().map(|s| s.code.clone()).collect();
    let skill_ids = taxonomy::skill_ids(&tx, &codes).await?;
    completion_skill::Entity::insert_many(skill_ids.values().map(|skill_id| {
        completion_skill::ActiveModel {
            completion_id: Set(saved.id),
            skill_id: Set(*skill_id),
        }
    }))
    .exec_without_returning(&tx)
    .await?;
    if status == S::Accepted {
        write_status(&tx, row, S::Studying).await?;
    }
    tx.commit().await?;
    Ok(RecordedCompletion {
        id: saved.id,
        enrolment_id: id,
        module_code: saved.code,
        title: saved.title,
        credits: i64::from(saved.credits),
        completed_on,
    })
}

/// Issue the course's certificate. Every module must be passed (here or,
/// by the stacking rule, elsewhere); the enrolment becomes completed.
pub async fn issue_certificate(db: &DatabaseConnection, id: i64) -> StoreResult<IssuedCertificate> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let status: S = parse_stored("enrolments", "status", &row.status)?;
    if !matches!(status, S::Studying | S::Completed) {
        return Err(StoreError::conflict(
            format!(
                "Chỉ cấp chứng chỉ cho học viên đang học hoặc đã hoàn thành (trạng thái: {}).",
                status.label_vi()
            ),
            format!(
                "Certificates are only issued to studying or completed learners (status: {}).",
                status.label_en()
            ),
        ));
    }
    let already = certificate::Entity::find()
        .filter(certificate::Column::EnrolmentId.eq(id))
        .count(&tx)
        .await?;
    if already > 0 {
        return Err(StoreError::conflict(
            "Chứng chỉ đã được cấp cho lượt học này.",
            "The certificate was already issued for this enrolment.",
        ));
    }
    let course = courses::get(&tx, row.course_id).await?;
    let missing = missing_modules(&tx, row.worker_id, &course).await?;
    if !missing.is_empty() {
        return Err(missing_conflict(&course, &missing));
    }
    let stamp = now();
    let saved = certificate::ActiveModel {
        worker_id: Set(row.worker_id),
        name: Set(certificate_name(&course)),
        issuer: Set(Some(course.provider_name.clone())),
        issued_year: Set(Some(stamp.year())),
        course_id: Set(Some(course.id)),
        verified: Set(true),
        created_at: Set(stamp),
        enrolment_id: Set(Some(id)),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    if status == S::Studying {
        write_status(&tx, row, S::Completed).await?;
    }
    tx.commit().await?;
    Ok(IssuedCertificate {
        id: saved.id,
        enrolment_id: id,
        name: saved.name,
        issuer: course.provider_name,
        issued_year: stamp.year(),
    })
}

fn certificate_name(course: &Course) -> String {
    course
        .certificate
        .clone()
        .unwrap_or_else(|| course.title.clone())
}

/// "Not every module is passed": each missing module by code and title.
fn missing_conflict(course: &Course, missing: &[String]) -> StoreError {
    let missing: Vec<String> = missing
        .iter()
        .map(
            |code| match course.modules.iter().find(|m| &m.code == code) {
                Some(m) => format!("{} {}", m.code, m.title),
                None => code.clone(),
            },
        )
        .collect();
    StoreError::conflict(
        format!(
            "Chưa đủ mô-đun để cấp chứng chỉ; còn thiếu: {}.",
            missing.join(", ")
        ),
        format!(
            "Not every module is passed yet; missing: {}.",
            missing.join(", ")
        ),
    )
}

async fn missing_modules(
    db: &impl ConnectionTrait,
    worker_id: i64,
    course: &Course,
) -> StoreResult<Vec<String>> {
    let completed = completed_modules(db, worker_id).await?;
    Ok(course.modules_not_earned(&completed))
}

/// Modules a provider recorded as passed by the worker. Self-declared modules do not count toward certificates.
pub async fn completed_modules(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<CompletedModule>> {
    let rows = module_completion::Entity::find()
        .filter(module_completion::Column::WorkerId.eq(worker_id))
        .filter(module_completion::Column::Verified.eq(true))
        .order_by_asc(module_completion::Column::Id)
        .all(db)
        .await?;
    let enrolment_ids: Vec<i64> = rows.iter().filter_map(|r| r.enrolment_id).collect();
    let course_of: HashMap<i64, i64> = enrolment::Entity::find()
        .filter(enrolment::Column::Id.is_in(enrolment_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.course_id))
        .collect();
    let links = completion_skill::Entity::find()
        .filter(completion_skill::Column::CompletionId.is_in(rows.iter().map(|r| r.id)))
        .all(db)
        .await?;
    let skill_ids: Vec<i64> = links.iter().map(|l| l.skill_id).collect();
    let labels = taxonomy::skill_labels(db, &skill_ids).await?;
    let mut skills: HashMap<i64, Vec<String>> = HashMap::new();
    for link in links {
        if let Some(label) = labels.get(&link.skill_id) {
            skills
                .entry(link.completion_id)
                .or_default()
                .push(label.code.clone());
        }
    }
    Ok(rows
        .into_iter()
        .map(|r| CompletedModule {
            skills: skills.remove(&r.id).unwrap_or_default(),
            course_id: r.enrolment_id.and_then(|e| course_of.get(&e).copied()),
            code: r.code,
            credits: i64::from(r.credits),
            certificate: r.certificate,
        })
        .collect())
}

/// Progress toward the certificate of every course the worker has begun
/// (an enrolment not rejected or withdrawn), one line per certificate.
pub async fn credits(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<CreditProgress>> {
    let rows = enrolment::Entity::find()
        .filter(enrolment::Column::WorkerId.eq(worker_id))
        .filter(enrolment::Column::Status.is_not_in([S::Rejected.as_str(), S::Withdrawn.as_str()]))
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?;
    let course_ids: Vec<i64> = rows.iter().map(|r| r.course_id).collect();
    let mut courses_by_id: HashMap<i64, Course> = courses::load_many(db, &course_ids)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let completed = completed_modules(db, worker_id).await?;
    let held: HashSet<String> = certificate::Entity::find()
        .filter(certificate::Column::WorkerId.eq(worker_id))
        .filter(certificate::Column::Verified.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.name)
        .collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        let Some(course) = courses_by_id.remove(&row.course_id) else {
            continue;
        };
        let toward = course.credits_toward(&completed);
        if !seen.insert(toward.certificate.clone()) {
            continue;
        }
        let awarded = held.contains(&toward.certificate);
        out.push(CreditProgress::new(
            course.id,
            toward.certificate,
            toward.earned,
            toward.required,
            awarded,
        ));
    }
    Ok(out)
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Enrolment> {
    let row = find(db, id).await?;
    views(db, vec![row])
        .await?
        .pop()
        .ok_or_else(|| StoreError::not_found("enrolment", id))
}

pub async fn for_worker(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Vec<Enrolment>> {
    let rows = enrolment::Entity::find()
        .filter(enrolment::Column::WorkerId.eq(worker_id))
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?;
    views(db, rows).await
}

pub async fn for_course(db: &impl ConnectionTrait, course_id: i64) -> StoreResult<Vec<Enrolment>> {
    let rows = enrolment::Entity::find()
        .filter(enrolment::Column::CourseId.eq(course_id))
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?;
    views(db, rows).await
}

/// The worker's enrolment in a course, if any.
pub async fn of_worker_in_course(
    db: &impl ConnectionTrait,
    worker_id: i64,
    course_id: i64,
) -> StoreResult<Option<Enrolment>> {
    // A live place first, else the latest (a course may have one per intake).
    let mut rows = enrolment::Entity::find()
        .filter(enrolment::Column::WorkerId.eq(worker_id))
        .filter(enrolment::Column::CourseId.eq(course_id))
        .order_by_desc(enrolment::Column::UpdatedAt)
        .order_by_desc(enrolment::Column::Id)
        .all(db)
        .await?;
    let live = rows.iter().position(|r| r.status != S::Withdrawn.as_str());
    let row = match live {
        Some(i) => Some(rows.swap_remove(i)),
        None => rows.into_iter().next(),
    };
    Ok(views(db, row.into_iter().collect()).await?.pop())
}

/// True when the course has enrolments (it then cannot be deleted).
pub async fn course_has_enrolments(db: &impl ConnectionTrait, course_id: i64) -> StoreResult<bool> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::CourseId.eq(course_id))
        .count(db)
        .await?
        > 0)
}

async fn views(
    db: &impl ConnectionTrait,
    rows: Vec<enrolment::Model>,
) -> StoreResult<Vec<Enrolment>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let course_rows: HashMap<i64, course::Model> = course::Entity::find()
        .filter(course::Column::Id.is_in(rows.iter().map(|r| r.course_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let provider_names: HashMap<i64, String> = provider::Entity::find()
        .filter(provider::Column::Id.is_in(course_rows.values().map(|c| c.provider_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let worker_users: HashMap<i64, i64> = worker::Entity::find()
        .filter(worker::Column::Id.is_in(rows.iter().map(|r| r.worker_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|w| (w.id, w.user_id))
        .collect();
    let names: HashMap<i64, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(worker_users.values().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let classes: HashMap<i64, course_intake::Model> = course_intake::Entity::find()
        .filter(course_intake::Column::Id.is_in(rows.iter().filter_map(|r| r.intake_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    let mut passed: HashMap<i64, Vec<String>> = HashMap::new();
    for c in module_completion::Entity::find()
        .filter(module_completion::Column::EnrolmentId.is_in(ids.iter().copied()))
        .order_by_asc(module_completion::Column::Id)
        .all(db)
        .await?
    {
        if let Some(e) = c.enrolment_id {
            passed.entry(e).or_default().push(c.code);
        }
    }
    let certified: HashSet<i64> = certificate::Entity::find()
        .filter(certificate::Column::EnrolmentId.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|c| c.enrolment_id)
        .collect();
    rows.into_iter()
        .map(|r| {
            let status: S = parse_stored("enrolments", "status", &r.status)?;
            let course = course_rows.get(&r.course_id);
            let class = r.intake_id.and_then(|i| classes.get(&i));
            Ok(Enrolment {
                intake_id: r.intake_id,
                intake_start_date: class.map(|i| i.start_date),
                intake_schedule: class
                    .map(|i| parse_stored("course_intakes", "schedule", &i.schedule))
                    .transpose()?,
                id: r.id,
                worker_id: r.worker_id,
                worker_name: worker_users
                    .get(&r.worker_id)
                    .and_then(|u| names.get(u))
                    .cloned()
                    .unwrap_or_default(),
                course_id: r.course_id,
                course_title: course.map(|c| c.title.clone()).unwrap_or_default(),
                provider_id: course.map(|c| c.provider_id).unwrap_or_default(),
                provider_name: course
                    .and_then(|c| provider_names.get(&c.provider_id))
                    .cloned()
                    .unwrap_or_default(),
                certificate: course.and_then(|c| c.certificate.clone()),
                status,
                status_vi: status.label_vi().to_owned(),
                status_en: status.label_en().to_owned(),
                applied_at: r.applied_at,
                decided_at: r.decided_at,
                started_at: r.started_at,
                finished_at: r.finished_at,
                modules_passed: passed.remove(&r.id).unwrap_or_default(),
                certificate_issued: certified.contains(&r.id),
            })
        })
        .collect()
}

async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<enrolment::Model> {
    enrolment::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("enrolment", id))
}

pub(crate) fn invalid(field: &str, vi: impl Into<String>, en: impl Into<String>) -> StoreError {
    ValidationErrors::single(FieldError::invalid(field, vi, en)).into()
}
