//! What happens to what an account owned when the account is deleted.
//!
//! Each employer and provider has a single owner account, so there is nobody
//! to transfer it to: the organisation stays listed without an owner, and
//! what is still open closes, in the deletion's transaction.
//! - Employer: its open demands close; applications still waiting for an
//!   answer (sent or shortlisted) are turned down, with that step recorded.
//! - Provider: its classes not yet started (open or full) are cancelled and
//!   places asked for or given in them are declined; classes already running
//!   go on, and their learners are told to contact the provider directly.
//!
//! Every affected applicant and learner gets an inbox message.

use hocnghe_domain::{DemandStatus, EnrolmentStatus, InboxKind, IntakeStatus};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::{applications, inbox, now, outbox};
use crate::entities::{course, course_intake, demand, employer, enrolment, provider};
use crate::error::StoreResult;

/// Close what `user_id` owns, inside the caller's transaction, before the
/// account row goes.
pub(crate) async fn close_owned(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<()> {
    close_employers(db, user_id).await?;
    close_providers(db, user_id).await
}

async fn close_employers(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<()> {
    let employers = employer::Entity::find()
        .filter(employer::Column::OwnerUserId.eq(user_id))
        .all(db)
        .await?;
    for owned in employers {
        let open = demand::Entity::find()
            .filter(demand::Column::EmployerId.eq(owned.id))
            .filter(demand::Column::Status.eq(DemandStatus::Open.as_str()))
            .all(db)
            .await?;
        for row in open {
            let (id, title) = (row.id, row.title.clone());
            let mut active: demand::ActiveModel = row.into();
            active.status = Set(DemandStatus::Closed.as_str().to_owned());
            active.updated_at = Set(now());
            active.update(db).await?;
            outbox::enqueue(db, outbox::EntityKind::Demand, id).await?;
            for (application_id, worker_id) in applications::turn_down_open(db, id).await? {
                inbox::post(
                    db,
                    worker_id,
                    InboxKind::OwnerLeft,
                    &format!(
                        "“{title}” ({}): tin tuyển dụng đã đóng vì nhà tuyển dụng đã xóa tài khoản trên hocnghe; đơn của bạn không còn được xét. Hãy xem các việc khác hợp với bạn.",
                        owned.name
                    ),
                    &format!(
                        "“{title}” ({}): the job was closed because the employer deleted its hocnghe account; your application is no longer considered. Look at other jobs that suit you.",
                        owned.name
                    ),
                    &format!("/me/applications#a{application_id}"),
                )
                .await?;
            }
        }
    }
    Ok(())
}

async fn close_providers(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<()> {
    let providers = provider::Entity::find()
        .filter(provider::Column::OwnerUserId.eq(user_id))
        .all(db)
        .await?;
    for owned in providers {
        let courses = course::Entity::find()
            .filter(course::Column::ProviderId.eq(owned.id))
            .all(db)
            .await?;
        for taught in courses {
            close_course(db, &owned.name, &taught).await?;
        }
    }
    Ok(())
}

async fn close_course(
    db: &impl ConnectionTrait,
    provider_name: &str,
    taught: &course::Model,
) -> StoreResult<()> {
    let not_started = [IntakeStatus::Open.as_str(), IntakeStatus::Full.as_str()];
    let intakes = course_intake::Entity::find()
        .filter(course_intake::Column::CourseId.eq(taught.id))
        .all(db)
        .await?;
    let mut changed = false;
    for intake in intakes {
        let cancel = not_started.contains(&intake.status.as_str());
        let learners = enrolment::Entity::find()
            .filter(enrolment::Column::IntakeId.eq(intake.id))
            .filter(enrolment::Column::Status.is_in([
                EnrolmentStatus::Applied.as_str(),
                EnrolmentStatus::Accepted.as_str(),
                EnrolmentStatus::Studying.as_str(),
            ]))
            .all(db)
            .await?;
        let start = intake.start_date.format("%d/%m/%Y");
        for learner in learners {
            let studying = learner.status == EnrolmentStatus::Studying.as_str();
            if cancel && !studying {
                enrolment::Entity::update_many()
                    .col_expr(
                        enrolment::Column::Status,
                        Expr::value(EnrolmentStatus::Rejected.as_str()),
                    )
                    .col_expr(enrolment::Column::DecidedAt, Expr::value(now()))
                    .col_expr(enrolment::Column::UpdatedAt, Expr::value(now()))
                    .filter(enrolment::Column::Id.eq(learner.id))
                    .exec(db)
                    .await?;
            }
            let (vi, en) = if cancel && !studying {
                (
                    format!(
                        "Lớp “{}” khai giảng {start} ({provider_name}) đã hủy vì cơ sở đào tạo đã xóa tài khoản trên hocnghe. Hãy chọn khóa học khác.",
                        taught.title
                    ),
                    format!(
                        "The “{}” class starting {start} ({provider_name}) was cancelled because the provider deleted its hocnghe account. Choose another course.",
                        taught.title
                    ),
                )
            } else {
                (
                    format!(
                        "{provider_name} đã xóa tài khoản trên hocnghe; lớp “{}” của bạn không còn được quản lý trên hocnghe. Hãy liên hệ trực tiếp cơ sở đào tạo.",
                        taught.title
                    ),
                    format!(
                        "{provider_name} deleted its hocnghe account; your “{}” class is no longer managed on hocnghe. Contact the provider directly.",
                        taught.title
                    ),
                )
            };
            inbox::post(
                db,
                learner.worker_id,
                InboxKind::OwnerLeft,
                &vi,
                &en,
                "/me/learning",
            )
            .await?;
        }
        if cancel {
            let mut active: course_intake::ActiveModel = intake.into();
            active.status = Set(IntakeStatus::Cancelled.as_str().to_owned());
            active.updated_at = Set(now());
            active.update(db).await?;
            changed = true;
        }
    }
    if changed {
        outbox::enqueue(db, outbox::EntityKind::Course, taught.id).await?;
    }
    Ok(())
}
