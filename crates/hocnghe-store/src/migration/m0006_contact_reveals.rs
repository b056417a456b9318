//! Job applications and contact reveals come into use. m0003 created both
//! tables; this adds what their rules need: one reveal row per employer
//! account and worker (revealing the same person again does not count
//! against the daily cap), the worker's side of the reveals for export and
//! deletion, and when an application last changed.

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
        manager
            .alter_table(
                Table::alter()
                    .table("applications")
                    .add_column(timestamp_with_time_zone_null("updated_at"))
                    .take(),
            )
            .await?;
        create_indexes(
            manager,
            vec![
                unique_index("contact_reveals", &["employer_user_id", "worker_id"]),
                index("contact_reveals", &["worker_id"]),
            ],
        )
        .await
    }
}
