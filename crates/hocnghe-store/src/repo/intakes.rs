//! Intakes: the classes of a course. Every change re-indexes the course
//! (through the outbox, in the same transaction). Seats are counted in
//! `seats_taken` and taken with one conditional UPDATE, so two decisions on
//! the last seat cannot both win, on SQLite or PostgreSQL.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{Intake, IntakeInput, Valid};
use hocnghe_domain::{IntakeStatus, StudyTime};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};

use super::{catalogue_refs, communes, now, outbox};
use crate::db::begin_write;
use crate::entities::{course, course_intake, enrolment};
use crate::error::{StoreError, StoreResult, parse_stored};

/// Enrolment statuses that still concern an intake (a place asked for or held).
const LIVE_ENROLMENTS: [&str; 3] = ["applied", "accepted", "studying"];
/// Enrolment statuses that hold a seat of an intake not yet over.
const SEAT_HOLDERS: [&str; 2] = ["accepted", "studying"];

/// Insert the intakes of a new course within the caller's transaction.
pub(crate) async fn insert_many(
    db: &impl ConnectionTrait,
    course_id: i64,
    intakes: &[IntakeInput],
) -> StoreResult<()> {
    for intake in intakes {
        insert(db, course_id, intake).await?;
    }
    Ok(())
}

async fn insert(
    db: &impl ConnectionTrait,
    course_id: i64,
    input: &IntakeInput,
) -> StoreResult<i64> {
    let stamp = now();
    let row = course_intake::ActiveModel {
        course_id: Set(course_id),
        seats_taken: Set(0),
        created_at: Set(stamp),
        updated_at: Set(stamp),
        ..fields(input)
    };
    Ok(row.insert(db).await?.id)
}

fn fields(input: &IntakeInput) -> course_intake::ActiveModel {
    course_intake::ActiveModel {
        start_date: Set(input.start_date),
        weeks: Set(super::courses::to_i32(input.weeks)),
        schedule: Set(input.schedule.as_str().to_owned()),
        commune_code: Set(input.commune_code.clone()),
        address: Set(input.address.clone()),
        seats: Set(super::courses::to_i32(input.seats)),
        status: Set(input
            .status
            .unwrap_or(IntakeStatus::Open)
            .as_str()
            .to_owned()),
        ..Default::default()
    }
}

/// Add an intake to a course.
pub async fn create(
    db: &DatabaseConnection,
    course_id: i64,
    input: Valid<IntakeInput>,
) -> StoreResult<Intake> {
    let tx = begin_write(db).await?;
    find_course(&tx, course_id).await?;
    check_place(&tx, &input).await?;
    let id = insert(&tx, course_id, &input).await?;
    outbox::enqueue(&tx, outbox::EntityKind::Course, course_id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Replace an intake's dates, schedule, place, seats and status. Seats never
/// go below the places already given.
pub async fn update(
    db: &DatabaseConnection,
    id: i64,
    input: Valid<IntakeInput>,
) -> StoreResult<Intake> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    check_place(&tx, &input).await?;
    if input.seats < i64::from(row.seats_taken) {
        return Err(seats_below_taken(row.seats_taken));
    }
    update_row(&tx, row.clone(), &input).await?;
    outbox::enqueue(&tx, outbox::EntityKind::Course, row.course_id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Used by a course update given the single-intake fields: they change the
/// course's next intake.
pub(crate) async fn update_lead(
    db: &impl ConnectionTrait,
    course_id: i64,
    input: &IntakeInput,
) -> StoreResult<()> {
    let intakes = for_courses(db, &[course_id]).await?.remove(&course_id);
    let today = hocnghe_domain::hanoi_today();
    let Some(lead) = intakes
        .as_deref()
        .and_then(|i| hocnghe_domain::catalogue::lead_intake(i, today))
    else {
        insert(db, course_id, input).await?;
        return Ok(());
    };
    let row = find(db, lead.id).await?;
    if input.seats < i64::from(row.seats_taken) {
        return Err(seats_below_taken(row.seats_taken));
    }
    // The single-intake fields carry no status: the intake keeps its own.
    let mut input = input.clone();
    input.status = None;
    update_row(db, row, &input).await
}

async fn update_row(
    db: &impl ConnectionTrait,
    row: course_intake::Model,
    input: &IntakeInput,
) -> StoreResult<()> {
    let mut active = course_intake::ActiveModel {
        id: Set(row.id),
        course_id: Set(row.course_id),
        seats_taken: Set(row.seats_taken),
        created_at: Set(row.created_at),
        updated_at: Set(now()),
        ..fields(input)
    };
    if input.status.is_none() {
        active.status = Set(row.status.clone());
    }
    let moved = row.start_date != input.start_date
        || row.commune_code != input.commune_code
        || row.address != input.address;
    active.update(db).await?;
    if moved {
        tell_moved(db, &row).await?;
    }
    Ok(())
}

/// A class moved to another day or place: tell everyone who asked for or
/// holds a place in it, in the caller's transaction.
async fn tell_moved(db: &impl ConnectionTrait, before: &course_intake::Model) -> StoreResult<()> {
    let learners = enrolments_in(db, before.id, &LIVE_ENROLMENTS).await?;
    if learners.is_empty() {
        return Ok(());
    }
    let title = find_course(db, before.course_id).await?.title;
    let now_at = get(db, before.id).await?;
    let day = now_at.start_date.format("%d/%m/%Y");
    let place = super::reminders::place(&now_at);
    for learner in learners {
        super::inbox::post(
            db,
            learner.worker_id,
            hocnghe_domain::InboxKind::ClassReminder,
            &format!("Lớp của khóa \"{title}\" đổi lịch: khai giảng {day} tại {place}."),
            &format!("The class of \"{title}\" changed: it starts {day} at {place}."),
            &format!("/courses/{}", before.course_id),
        )
        .await?;
    }
    Ok(())
}

/// Open, close (full), run, finish or cancel an intake. Cancelling is refused
/// while learners hold a place in it (move them first); its applicants'
/// applications are closed, so they can apply to another class. Closing or cancelling tells every learner concerned in their
/// inbox, in the same transaction.
pub async fn set_status(
    db: &DatabaseConnection,
    id: i64,
    status: IntakeStatus,
) -> StoreResult<Intake> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    if status == IntakeStatus::Cancelled {
        let holding = enrolments_in(&tx, id, &SEAT_HOLDERS).await?.len();
        if holding > 0 {
            return Err(StoreError::conflict(
                format!(
                    "Lớp còn {holding} học viên đã được nhận hoặc đang học; hãy chuyển họ sang lớp khác trước khi hủy."
                ),
                format!(
                    "{holding} learners still have a place in this class; move them to another class before cancelling it."
                ),
            ));
        }
    }
    let course_id = row.course_id;
    let start = row.start_date;
    let told = match status {
        IntakeStatus::Full | IntakeStatus::Cancelled => {
            enrolments_in(&tx, id, &LIVE_ENROLMENTS).await?
        }
        _ => Vec::new(),
    };
    let mut active: course_intake::ActiveModel = row.into();
    active.status = Set(status.as_str().to_owned());
    active.updated_at = Set(now());
    active.update(&tx).await?;
    let title = find_course(&tx, course_id).await?.title;
    let day = start.format("%d/%m/%Y");
    for learner in told {
        let (vi, en) = if status == IntakeStatus::Cancelled {
            let mut declined: enrolment::ActiveModel = learner.clone().into();
            // Withdrawn, not rejected: they may apply to another class.
            declined.status = Set("withdrawn".to_owned());
            declined.finished_at = Set(Some(now()));
            declined.updated_at = Set(now());
            declined.update(&tx).await?;
            (
                format!(
                    "Lớp khai giảng {day} của khóa \"{title}\" đã bị hủy. Hãy chọn lớp khác của khóa học."
                ),
                format!(
                    "The class of \"{title}\" starting {day} was cancelled. Choose another class of the course."
                ),
            )
        } else {
            (
                format!("Lớp khai giảng {day} của khóa \"{title}\" đã ngừng nhận đăng ký."),
                format!("The class of \"{title}\" starting {day} stopped taking applications."),
            )
        };
        super::inbox::post(
            &tx,
            learner.worker_id,
            hocnghe_domain::InboxKind::Enrolment,
            &vi,
            &en,
            &format!("/courses/{course_id}"),
        )
        .await?;
    }
    outbox::enqueue(&tx, outbox::EntityKind::Course, course_id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Delete an intake nobody ever enrolled in; a course keeps at least one.
pub async fn delete(db: &DatabaseConnection, id: i64) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    let row = find(&tx, id).await?;
    let enrolments = enrolment::Entity::find()
        .filter(enrolment::Column::IntakeId.eq(id))
        .count(&tx)
        .await?;
    if enrolments > 0 {
        return Err(StoreError::conflict(
            "Lớp đã có người đăng ký nên không thể xóa; hãy hủy lớp.",
            "People enrolled in this class, so it cannot be deleted; cancel it instead.",
        ));
    }
    let siblings = course_intake::Entity::find()
        .filter(course_intake::Column::CourseId.eq(row.course_id))
        .count(&tx)
        .await?;
    if siblings <= 1 {
        return Err(StoreError::conflict(
            "Khóa học cần ít nhất một lớp.",
            "A course needs at least one class.",
        ));
    }
    course_intake::Entity::delete_by_id(id).exec(&tx).await?;
    outbox::enqueue(&tx, outbox::EntityKind::Course, row.course_id).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Intake> {
    let row = find(db, id).await?;
    let course = find_course(db, row.course_id).await?;
    let names = communes::names(db).await?;
    view(row, &course.commune_code, &names)
}

/// The course an intake belongs to; `NotFound` for an unknown intake.
pub async fn course_of(db: &impl ConnectionTrait, id: i64) -> StoreResult<i64> {
    Ok(find(db, id).await?.course_id)
}

/// Intakes of the given courses, each list by start date.
pub async fn for_courses(
    db: &impl ConnectionTrait,
    course_ids: &[i64],
) -> StoreResult<HashMap<i64, Vec<Intake>>> {
    let mut rows = Vec::new();
    let mut course_communes: HashMap<i64, String> = HashMap::new();
    for chunk in course_ids.chunks(super::BATCH) {
        rows.extend(
            course_intake::Entity::find()
                .filter(course_intake::Column::CourseId.is_in(chunk.iter().copied()))
                .order_by_asc(course_intake::Column::StartDate)
                .order_by_asc(course_intake::Column::Id)
                .all(db)
                .await?,
        );
        course_communes.extend(
            course::Entity::find()
                .filter(course::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?
                .into_iter()
                .map(|c| (c.id, c.commune_code)),
        );
    }
    let names = communes::names(db).await?;
    let mut out: HashMap<i64, Vec<Intake>> = HashMap::new();
    for row in rows {
        let commune = course_communes
            .get(&row.course_id)
            .cloned()
            .unwrap_or_default();
        out.entry(row.course_id)
            .or_default()
            .push(view(row, &commune, &names)?);
    }
    Ok(out)
}

fn view(
    row: course_intake::Model,
    course_commune: &str,
    names: &HashMap<String, String>,
) -> StoreResult<Intake> {
    let stored: IntakeStatus = parse_stored("course_intakes", "status", &row.status)?;
    let schedule: StudyTime = parse_stored("course_intakes", "schedule", &row.schedule)?;
    let (seats, taken) = (i64::from(row.seats), i64::from(row.seats_taken));
    let commune_code = row
        .commune_code
        .unwrap_or_else(|| course_commune.to_owned());
    Ok(Intake {
        id: row.id,
        course_id: row.course_id,
        start_date: row.start_date,
        end_date: Intake::end_of(row.start_date, i64::from(row.weeks)),
        weeks: i64::from(row.weeks),
        schedule,
        commune_name: names.get(&commune_code).cloned().unwrap_or_default(),
        commune_code,
        address: row.address,
        seats,
        seats_taken: taken,
        seats_left: std::cmp::max(seats - taken, 0),
        status: Intake::effective_status(stored, seats, taken),
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// Take one seat of the intake, or fail with 409 when none is left. One
/// conditional UPDATE: concurrent callers queue on the row, the loser sees
/// no row changed.
pub(crate) async fn take_seat(db: &impl ConnectionTrait, id: i64) -> StoreResult<()> {
    let changed = course_intake::Entity::update_many()
        .col_expr(
            course_intake::Column::SeatsTaken,
            Expr::col(course_intake::Column::SeatsTaken).add(1),
        )
        .col_expr(course_intake::Column::UpdatedAt, Expr::value(now()))
        .filter(course_intake::Column::Id.eq(id))
        .filter(
            Expr::col(course_intake::Column::SeatsTaken)
                .lt(Expr::col(course_intake::Column::Seats)),
        )
        .exec(db)
        .await?
        .rows_affected;
    if changed == 0 {
        return Err(no_seat_left());
    }
    let course_id = find(db, id).await?.course_id;
    outbox::enqueue(db, outbox::EntityKind::Course, course_id).await
}

/// Give a seat back (a learner withdrew, dropped out or moved).
pub(crate) async fn release_seat(db: &impl ConnectionTrait, id: i64) -> StoreResult<()> {
    course_intake::Entity::update_many()
        .col_expr(
            course_intake::Column::SeatsTaken,
            Expr::col(course_intake::Column::SeatsTaken).sub(1),
        )
        .col_expr(course_intake::Column::UpdatedAt, Expr::value(now()))
        .filter(course_intake::Column::Id.eq(id))
        .filter(course_intake::Column::SeatsTaken.gt(0))
        .exec(db)
        .await?;
    let course_id = find(db, id).await?.course_id;
    outbox::enqueue(db, outbox::EntityKind::Course, course_id).await
}

pub(crate) fn no_seat_left() -> StoreError {
    StoreError::conflict(
        "Lớp đã hết chỗ; hãy chọn lớp khác của khóa học.",
        "The class has no seats left; choose another class of the course.",
    )
}

fn seats_below_taken(taken: i32) -> StoreError {
    StoreError::conflict(
        format!("Lớp đã nhận {taken} học viên; số chỗ không thể ít hơn."),
        format!("{taken} learners already have a place; seats cannot be fewer."),
    )
}

/// The intake a worker asks a place in: the one named (it must belong to the
/// course and be open), or the course's next open one.
pub(crate) async fn pick_for_enrolment(
    db: &impl ConnectionTrait,
    course_id: i64,
    intake_id: Option<i64>,
) -> StoreResult<Intake> {
    let intakes = for_courses(db, &[course_id])
        .await?
        .remove(&course_id)
        .unwrap_or_default();
    let today = hocnghe_domain::hanoi_today();
    let chosen = match intake_id {
        Some(id) => intakes.into_iter().find(|i| i.id == id).ok_or_else(|| {
            super::enrolments::invalid(
                "intake_id",
                "Lớp này không thuộc khóa học.",
                "This class does not belong to the course.",
            )
        })?,
        None => {
            let lead = hocnghe_domain::catalogue::lead_intake(&intakes, today).cloned();
            lead.ok_or_else(|| {
                super::enrolments::invalid(
                    "course_id",
                    "Khóa học này không còn nhận đăng ký.",
                    "This course is not taking applications.",
                )
            })?
        }
    };
    let field = if intake_id.is_some() {
        "intake_id"
    } else {
        "course_id"
    };
    match chosen.status {
        IntakeStatus::Open => Ok(chosen),
        IntakeStatus::Full if chosen.seats_left == 0 => Err(super::enrolments::invalid(
            field,
            "Khóa học đã hết chỗ ở lớp này; hãy chọn lớp khác.",
            "The course has no seats left in this class; choose another class.",
        )),
        _ => Err(super::enrolments::invalid(
            field,
            "Lớp này không còn nhận đăng ký.",
            "This class is not taking applications.",
        )),
    }
}

/// The earliest intake of each course (bulk writers attach past enrolments to it).
pub(crate) async fn first_of(
    db: &impl ConnectionTrait,
    course_ids: impl Iterator<Item = i64>,
) -> StoreResult<HashMap<i64, i64>> {
    let ids: std::collections::BTreeSet<i64> = course_ids.collect();
    let ids: Vec<i64> = ids.into_iter().collect();
    let mut out = HashMap::new();
    for chunk in ids.chunks(super::BATCH) {
        let rows = course_intake::Entity::find()
            .filter(course_intake::Column::CourseId.is_in(chunk.iter().copied()))
            .order_by_desc(course_intake::Column::StartDate)
            .order_by_desc(course_intake::Column::Id)
            .all(db)
            .await?;
        out.extend(rows.into_iter().map(|r| (r.course_id, r.id)));
    }
    Ok(out)
}

/// Count the seats of these intakes again from their enrolments.
pub(crate) async fn recount_seats(
    db: &impl ConnectionTrait,
    intake_ids: impl Iterator<Item = i64>,
) -> StoreResult<()> {
    let ids: std::collections::BTreeSet<i64> = intake_ids.collect();
    for id in ids {
        let taken = enrolment::Entity::find()
            .filter(enrolment::Column::IntakeId.eq(id))
            .filter(enrolment::Column::Status.is_in(["accepted", "studying", "completed"]))
            .count(db)
            .await?;
        course_intake::Entity::update_many()
            .col_expr(
                course_intake::Column::SeatsTaken,
                Expr::value(i32::try_from(taken).unwrap_or(i32::MAX)),
            )
            .filter(course_intake::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    Ok(())
}

async fn enrolments_in(
    db: &impl ConnectionTrait,
    id: i64,
    statuses: &[&str],
) -> StoreResult<Vec<enrolment::Model>> {
    Ok(enrolment::Entity::find()
        .filter(enrolment::Column::IntakeId.eq(id))
        .filter(enrolment::Column::Status.is_in(statuses.iter().copied()))
        .order_by_asc(enrolment::Column::AppliedAt)
        .order_by_asc(enrolment::Column::Id)
        .all(db)
        .await?)
}

async fn check_place(db: &impl ConnectionTrait, input: &IntakeInput) -> StoreResult<()> {
    if let Some(code) = &input.commune_code {
        let mut errors = Vec::new();
        catalogue_refs::check_commune(db, code, &mut errors).await?;
        if !errors.is_empty() {
            for error in &mut errors {
                error.field = "commune_code".into();
            }
            return Err(hocnghe_domain::ValidationErrors(errors).into());
        }
    }
    Ok(())
}

async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<course_intake::Model> {
    course_intake::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("intake", id))
}

async fn find_course(db: &impl ConnectionTrait, id: i64) -> StoreResult<course::Model> {
    course::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("course", id))
}
