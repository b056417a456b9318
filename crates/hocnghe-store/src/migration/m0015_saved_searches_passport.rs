//! Saved searches with the high-water mark of what they have told, class
//! reminders sent (one per enrolment and reminder), and skills passport share
//! links (stored hashed).

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
                    .table("saved_searches")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    // courses | jobs
                    .col(string("kind"))
                    .col(string_null("q"))
                    .col(string_null("commune_code"))
                    .col(double_null("radius_km"))
                    // The other filters, a JSON object of strings.
                    .col(text("filters"))
                    // Highest course or demand id already looked at: items
                    // above it are new to this search.
                    .col(big_integer("high_water"))
                    .col(timestamp_with_time_zone_null("last_run_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "saved_searches",
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
                    .table("class_reminders")
                    .col(big_pk_auto("id"))
                    .col(big_integer("enrolment_id"))
                    // Which reminder, e.g. `starts:2027-03-02`.
                    .col(string("reminder"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "class_reminders",
                        "enrolment_id",
                        "enrolments",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("passport_links")
                    .col(big_pk_auto("id"))
                    .col(big_integer("worker_id"))
                    .col(string("token_hash"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "passport_links",
                        "worker_id",
                        "workers",
                        "id",
                        Cascade,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                index("saved_searches", &["worker_id"]),
                unique_index("class_reminders", &["enrolment_id", "reminder"]),
                index("passport_links", &["worker_id"]),
                unique_index("passport_links", &["token_hash"]),
            ],
        )
        .await
    }
}
