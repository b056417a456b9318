//! Proposed skills: free text a worker typed that matches no skill of the
//! taxonomy, kept as "đề xuất" until an admin merges it into a skill,
//! approves it as a new local skill or rejects it. Not used for matching
//! while pending.

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
                Table::create()
                    .table("proposed_skills")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    // As typed (NFC, one line), and folded (no accents,
                    // lower case) so the same proposal groups together.
                    .col(string("label"))
                    .col(string("label_key"))
                    // pending | merged | approved | rejected
                    .col(string("status"))
                    .col(big_integer_null("skill_id"))
                    .col(big_integer_null("decided_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("decided_at"))
                    .foreign_key(&mut foreign_key(
                        "proposed_skills",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "proposed_skills",
                        "skill_id",
                        "skills",
                        "id",
                        SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "proposed_skills",
                        "decided_by",
                        "users",
                        "id",
                        SetNull,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("proposed_skills", &["worker_id"]),
                index("proposed_skills", &["status", "label_key"]),
            ],
        )
        .await
    }
}
