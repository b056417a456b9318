//! Counsellors' action plans: one plan per worker (a goal in the worker's
//! words) with dated steps — a course intake, a job to apply for, a document
//! to get, or anything else — which the worker marks done. And the record of
//! what a counsellor did on a worker's behalf (an enrolment, an
//! application), so both can see it was not the worker's own click.

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
        use ForeignKeyAction::{Cascade, SetNull};
        manager
            .create_table(
                audit_columns(
                    Table::create()
                        .table("action_plans")
                        .col(big_pk_auto("id"))
                        .col(big_integer("worker_id"))
                        .col(text("goal"))
                        .col(big_integer_null("updated_by")),
                )
                .foreign_key(&mut foreign_key(
                    "action_plans",
                    "worker_id",
                    "workers",
                    "id",
                    Cascade,
                ))
                .foreign_key(&mut foreign_key(
                    "action_plans",
                    "updated_by",
                    "users",
                    "id",
                    SetNull,
                ))
                .take(),
            )
            .await?;
        manager
            .create_table(
                audit_columns(
                    Table::create()
                        .table("plan_steps")
                        .col(big_pk_auto("id"))
                        .col(big_integer("plan_id"))
                        .col(string("kind"))
                        .col(string("title"))
                        .col(big_integer_null("intake_id"))
                        .col(big_integer_null("demand_id"))
                        .col(date_null("due_on"))
                        .col(text("note"))
                        .col(timestamp_with_time_zone_null("done_at"))
                        .col(big_integer_null("done_by")),
                )
                .foreign_key(&mut foreign_key(
                    "plan_steps",
                    "plan_id",
                    "action_plans",
                    "id",
                    Cascade,
                ))
                .foreign_key(&mut foreign_key(
                    "plan_steps",
                    "intake_id",
                    "course_intakes",
                    "id",
                    SetNull,
                ))
                .foreign_key(&mut foreign_key(
                    "plan_steps",
                    "demand_id",
                    "demands",
                    "id",
                    SetNull,
                ))
                .foreign_key(&mut foreign_key(
                    "plan_steps",
                    "done_by",
                    "users",
                    "id",
                    SetNull,
                ))
                .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("on_behalf_actions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer_null("counsellor_id"))
                    .col(string("kind"))
                    .col(big_integer_null("enrolment_id"))
                    .col(big_integer_null("application_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "on_behalf_actions",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "on_behalf_actions",
                        "counsellor_id",
                        "users",
                        "id",
                        SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "on_behalf_actions",
                        "enrolment_id",
                        "enrolments",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "on_behalf_actions",
                        "application_id",
                        "applications",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                unique_index("action_plans", &["worker_id"]),
                index("plan_steps", &["plan_id", "due_on"]),
                index("on_behalf_actions", &["worker_id"]),
            ],
        )
        .await
    }
}
