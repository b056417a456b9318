//! Worker profiles and everything personal around them: skills held,
//! interests, credits and certificates earned, consents, counsellors'
//! guidance notes, job applications and employers' contact reveals.

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

        let mut workers = Table::create();
        workers
            .table("workers")
            .col(big_pk_auto("id"))
            .col(big_integer_uniq("user_id"))
            .col(string("commune_code"))
            .col(integer_null("birth_year"))
            .col(string("education"))
            .col(integer("max_travel_km"))
            .col(string("free_months"))
            .col(string("study_times"))
            .col(big_integer_null("max_fee_vnd"))
            .col(boolean("share_with_counsellors"))
            .col(boolean("share_with_employers"))
            .col(string_null("ethnicity"))
            .col(string_null("ethnicity_consent_purpose"))
            .col(timestamp_with_time_zone_null("ethnicity_consented_at"))
            .col(big_integer_null("registered_by"))
            .foreign_key(&mut foreign_key(
                "workers", "user_id", "users", "id", Cascade,
            ))
            .foreign_key(&mut foreign_key(
                "workers",
                "commune_code",
                "communes",
                "code",
                Restrict,
            ))
            .foreign_key(&mut foreign_key(
                "workers",
                "registered_by",
                "users",
                "id",
                SetNull,
            ));
        manager
            .create_table(audit_columns(&mut workers).take())
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("worker_skills")
                    .col(big_integer("worker_id"))
                    .col(big_integer("skill_id"))
                    .col(boolean("certified"))
                    .primary_key(Index::create().col("worker_id").col("skill_id"))
                    .foreign_key(&mut foreign_key(
                        "worker_skills",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "worker_skills",
                        "skill_id",
                        "skills",
                        "id",
                        Restrict,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("worker_interests")
                    .col(big_integer("worker_id"))
                    .col(big_integer("occupation_id"))
                    .primary_key(Index::create().col("worker_id").col("occupation_id"))
                    .foreign_key(&mut foreign_key(
                        "worker_interests",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "worker_interests",
                        "occupation_id",
                        "occupations",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        // A module a worker has completed: verified when a provider recorded
        // it against one of its course modules, self-reported otherwise.
        manager
            .create_table(
                Table::create()
                    .table("module_completions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer_null("module_id"))
                    .col(string("code"))
                    .col(string("title"))
                    .col(integer("credits"))
                    .col(string_null("certificate"))
                    .col(date_null("completed_on"))
                    .col(boolean("verified"))
                    .col(big_integer_null("recorded_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "module_completions",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "module_completions",
                        "module_id",
                        "course_modules",
                        "id",
                        SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "module_completions",
                        "recorded_by",
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
                    .table("completion_skills")
                    .col(big_integer("completion_id"))
                    .col(big_integer("skill_id"))
                    .primary_key(Index::create().col("completion_id").col("skill_id"))
                    .foreign_key(&mut foreign_key(
                        "completion_skills",
                        "completion_id",
                        "module_completions",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "completion_skills",
                        "skill_id",
                        "skills",
                        "id",
                        Restrict,
                    ))
                    .take(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("certificates")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(string("name"))
                    .col(string_null("issuer"))
                    .col(integer_null("issued_year"))
                    .col(big_integer_null("course_id"))
                    .col(boolean("verified"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "certificates",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "certificates",
                        "course_id",
                        "courses",
                        "id",
                        SetNull,
                    ))
                    .take(),
            )
            .await?;

        // Every grant or withdrawal of consent, with its purpose and time.
        manager
            .create_table(
                Table::create()
                    .table("consents")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string("kind"))
                    .col(boolean("granted"))
                    .col(text("purpose"))
                    .col(big_integer_null("recorded_by"))
                    .col(timestamp_with_time_zone("recorded_at"))
                    .foreign_key(&mut foreign_key(
                        "consents", "user_id", "users", "id", Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "consents",
                        "recorded_by",
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
                    .table("guidance_notes")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer_null("counsellor_id"))
                    .col(text("body"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "guidance_notes",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "guidance_notes",
                        "counsellor_id",
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
                    .table("applications")
                    .col(big_pk_auto("id"))
                    .col(big_integer("demand_id"))
                    .col(big_integer("worker_id"))
                    .col(text("message"))
                    .col(string("status"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "applications",
                        "demand_id",
                        "demands",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "applications",
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
                    .table("contact_reveals")
                    .col(big_pk_auto("id"))
                    .col(big_integer("employer_user_id"))
                    .col(big_integer("worker_id"))
                    .col(big_integer("demand_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "contact_reveals",
                        "employer_user_id",
                        "users",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "contact_reveals",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "contact_reveals",
                        "demand_id",
                        "demands",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;

        create_indexes(
            manager,
            vec![
                index("workers", &["commune_code"]),
                index("worker_skills", &["skill_id"]),
                index("module_completions", &["worker_id"]),
                index("module_completions", &["module_id"]),
                index("certificates", &["worker_id"]),
                index("consents", &["user_id"]),
                index("guidance_notes", &["worker_id"]),
                unique_index("applications", &["demand_id", "worker_id"]),
                index("applications", &["worker_id"]),
                index("contact_reveals", &["employer_user_id", "created_at"]),
            ],
        )
        .await
    }
}
