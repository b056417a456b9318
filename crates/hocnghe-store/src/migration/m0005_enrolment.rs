//! Enrolments in courses, what providers record against them (module
//! completions, certificates) and learners' outcomes afterwards.

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
        use ForeignKeyAction::{Cascade, Restrict, SetNull};

        manager
            .create_table(
                Table::create()
                    .table("enrolments")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer("course_id"))
                    .col(string("status"))
                    .col(timestamp_with_time_zone("applied_at"))
                    .col(timestamp_with_time_zone_null("decided_at"))
                    .col(timestamp_with_time_zone_null("started_at"))
                    .col(timestamp_with_time_zone_null("finished_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut foreign_key(
                        "enrolments",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    // A course with learners' history cannot be deleted.
                    .foreign_key(&mut foreign_key(
                        "enrolments",
                        "course_id",
                        "courses",
                        "id",
                        Restrict,
                    ))
                    .take(),
            )
            .await?;

        // Provider-recorded completions and certificates point at their
        // enrolment; worker-declared ones keep it null. SQLite cannot add a
        // foreign key to an existing table; rows go with the worker
        // (worker_id cascades) and enrolments are only deleted with the worker.
        manager
            .alter_table(
                Table::alter()
                    .table("module_completions")
                    .add_column(big_integer_null("enrolment_id"))
                    .take(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("certificates")
                    .add_column(big_integer_null("enrolment_id"))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("outcomes")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer("enrolment_id"))
                    .col(big_integer_null("recorded_by"))
                    .col(string("recorded_by_role"))
                    .col(integer("months_after"))
                    .col(string("status"))
                    .col(big_integer_null("monthly_income_vnd"))
                    .col(big_integer_null("employer_id"))
                    .col(timestamp_with_time_zone("recorded_at"))
                    .foreign_key(&mut foreign_key(
                        "outcomes",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "outcomes",
                        "enrolment_id",
                        "enrolments",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "outcomes",
                        "recorded_by",
                        "users",
                        "id",
                        SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "outcomes",
                        "employer_id",
                        "employers",
                        "id",
                        SetNull,
                    ))
                    .take(),
            )
            .await?;

        create_indexes(
            manager,
            vec![
                unique_index("enrolments", &["worker_id", "course_id"]),
                index("enrolments", &["course_id"]),
                index("module_completions", &["enrolment_id"]),
                index("certificates", &["enrolment_id"]),
                unique_index("outcomes", &["enrolment_id", "months_after"]),
                index("outcomes", &["worker_id"]),
            ],
        )
        .await
    }
}
