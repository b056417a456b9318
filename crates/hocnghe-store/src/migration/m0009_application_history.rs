//! What happened to each application, a worker's inbox and employers'
//! invitations to apply.
//!
//! - `application_events`: one row per step of an application (sent, seen
//!   by the employer, shortlisted, hired, turned down, withdrawn), written
//!   in the transaction that makes the step. Existing applications get their
//!   "sent" step at `created_at` and, when already decided, their current
//!   status at `updated_at`.
//! - `inbox_messages`: what the worker is told (status changes,
//!   invitations), written in the transaction of the change; `read_at` is
//!   set when the worker opens them. A later SMS or Zalo sender reads this
//!   table as its outbox.
//! - `invitations`: an employer account invited a suggested worker to apply
//!   to a demand, once per demand and worker.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;

        manager
            .create_table(
                Table::create()
                    .table("application_events")
                    .col(big_pk_auto("id"))
                    .col(big_integer("application_id"))
                    .col(string("step"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "application_events",
                        "application_id",
                        "applications",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("inbox_messages")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(string("kind"))
                    .col(text("text_vi"))
                    .col(text("text_en"))
                    .col(string("link"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("read_at"))
                    .foreign_key(&mut foreign_key(
                        "inbox_messages",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("invitations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("demand_id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer("employer_user_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "invitations",
                        "demand_id",
                        "demands",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "invitations",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "invitations",
                        "employer_user_id",
                        "users",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("application_events", &["application_id"]),
                index("inbox_messages", &["worker_id", "read_at"]),
                unique_index("invitations", &["demand_id", "worker_id"]),
                index("invitations", &["worker_id"]),
            ],
        )
        .await?;

        let db = manager.get_connection();
        db.execute_unprepared(
            "INSERT INTO application_events (application_id, step, created_at) \
             SELECT id, 'submitted', created_at FROM applications",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO application_events (application_id, step, created_at) \
             SELECT id, status, COALESCE(updated_at, created_at) FROM applications \
             WHERE status <> 'submitted'",
        )
        .await?;
        Ok(())
    }
}
