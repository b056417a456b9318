//! Access needs: what a worker needs from a class (health data, sensitive,
//! kept only with a recorded consent for a stated purpose, like support
//! categories) and what a course accommodates (not personal data). Both are
//! comma-separated wire names; existing courses get an empty list (not
//! stated) and existing workers none.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one added column per ALTER TABLE.
        let worker_columns = [
            string_null("access_needs"),
            string_null("access_consent_purpose"),
            timestamp_with_time_zone_null("access_consented_at"),
        ];
        for column in worker_columns {
            manager
                .alter_table(Table::alter().table("workers").add_column(column).take())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("courses")
                    .add_column(string("accessibility").default("").take())
                    .take(),
            )
            .await?;
        Ok(())
    }
}
