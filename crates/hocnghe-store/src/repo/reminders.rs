//! Class reminders: a few days before a class starts, each learner holding a
//! place in it is told in the inbox, once per enrolment and reminder (a
//! unique key written in the transaction that posts the message).

use chrono::NaiveDate;
use hocnghe_domain::InboxKind;
use hocnghe_domain::catalogue::Intake;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder,
};

use super::now;
use crate::db::begin_write;
use crate::entities::{class_reminder, course, course_intake, enrolment};
use crate::error::StoreResult;

/// A learner to remind of a class.
#[derive(Debug, Clone)]
pub struct Due {
    pub enrolment_id: i64,
    pub worker_id: i64,
    pub course_id: i64,
    pub course_title: String,
    pub intake_id: i64,
    pub start_date: NaiveDate,
}

impl Due {
    /// The reminder's key: a class moved to another day is a new reminder.
    pub fn key(&self) -> String {
        format!("starts:{}", self.start_date)
    }
}

/// Learners with a place in a class starting between `from` and `to`
/// (inclusive) that is neither cancelled nor over.
pub async fn due(
    db: &impl ConnectionTrait,
    from: NaiveDate,
    to: NaiveDate,
) -> StoreResult<Vec<Due>> {
    let intakes = course_intake::Entity::find()
        .filter(course_intake::Column::StartDate.gte(from))
        .filter(course_intake::Column::StartDate.lte(to))
        .filter(course_intake::Column::Status.is_in(["open", "full", "running"]))
        .order_by_asc(course_intake::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::new();
    for intake in intakes {
        let Some(course) = course::Entity::find_by_id(intake.course_id).one(db).await? else {
            continue;
        };
        let learners = enrolment::Entity::find()
            .filter(enrolment::Column::IntakeId.eq(intake.id))
            .filter(enrolment::Column::Status.eq("accepted"))
            .order_by_asc(enrolment::Column::Id)
            .all(db)
            .await?;
        out.extend(learners.into_iter().map(|e| Due {
            enrolment_id: e.id,
            worker_id: e.worker_id,
            course_id: course.id,
            course_title: course.title.clone(),
            intake_id: intake.id,
            start_date: intake.start_date,
        }));
    }
    Ok(out)
}

/// Remind one learner unless this reminder was already sent; `true` when
/// it was sent now.
pub async fn send(db: &DatabaseConnection, due: &Due, today: NaiveDate) -> StoreResult<bool> {
    let tx = begin_write(db).await?;
    let inserted = class_reminder::Entity::insert(class_reminder::ActiveModel {
        enrolment_id: Set(due.enrolment_id),
        reminder: Set(due.key()),
        created_at: Set(now()),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            class_reminder::Column::EnrolmentId,
            class_reminder::Column::Reminder,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&tx)
    .await?;
    if inserted == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    let intake = super::intakes::get(&tx, due.intake_id).await?;
    let days = (due.start_date - today).num_days();
    let (when_vi, when_en) = match days {
        0 => ("hôm nay".to_owned(), "today".to_owned()),
        1 => ("ngày mai".to_owned(), "tomorrow".to_owned()),
        n => (format!("sau {n} ngày nữa"), format!("in {n} days")),
    };
    let day = due.start_date.format("%d/%m/%Y");
    let title = &due.course_title;
    let place = place(&intake);
    super::inbox::post(
        &tx,
        due.worker_id,
        InboxKind::ClassReminder,
        &format!("Nhắc lịch: lớp \"{title}\" khai giảng {when_vi} ({day}) tại {place}."),
        &format!("Reminder: the class of \"{title}\" starts {when_en} ({day}) at {place}."),
        &format!("/courses/{}", due.course_id),
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Where a class meets: its address and commune.
pub(crate) fn place(intake: &Intake) -> String {
    match &intake.address {
        Some(address) if !address.is_empty() => format!("{address}, {}", intake.commune_name),
        _ => intake.commune_name.clone(),
    }
}
