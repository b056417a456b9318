//! Delivery of notifications outside the site: the workers' channel choice
//! (opt-in; no row means none) and an outbox the dispatcher drains. The
//! outbox keeps no phone number: it is read from the account when sending.

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
                    .table("notification_choices")
                    .col(big_integer("worker_id").primary_key())
                    // none | sms | zalo
                    .col(string("channel"))
                    .col(timestamp_with_time_zone("chosen_at"))
                    .foreign_key(&mut foreign_key(
                        "notification_choices",
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
                    .table("notification_outbox")
                    .col(big_pk_auto("id"))
                    // The account (a worker's, or any account asking for a
                    // reset code); its rows go with it.
                    .col(big_integer("user_id"))
                    // sms | zalo
                    .col(string("channel"))
                    // An inbox kind, or `reset_code`.
                    .col(string("kind"))
                    .col(text("text"))
                    // A page of the site, appended to the text when sending.
                    .col(string("link"))
                    .col(string("idempotency_key"))
                    // pending | sending | sent | failed | cancelled
                    .col(string("status"))
                    .col(integer("attempts"))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(timestamp_with_time_zone_null("lease_until"))
                    // The gateway's status or a short reason, never the text.
                    .col(string_null("last_error"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .foreign_key(&mut foreign_key(
                        "notification_outbox",
                        "user_id",
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
                unique_index("notification_outbox", &["idempotency_key"]),
                index("notification_outbox", &["status", "next_attempt_at"]),
                index("notification_outbox", &["user_id", "status"]),
            ],
        )
        .await
    }
}
