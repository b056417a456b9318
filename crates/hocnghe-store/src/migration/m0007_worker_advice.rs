//! What a counsellor needs to advise a worker: their goal, the trade they
//! practise now, how they can study, which limits cannot bend, and the
//! support categories that change the fee after subsidy (sensitive, kept
//! only with a recorded consent for a stated purpose, like ethnicity).
//! Lists are comma-separated wire names, as `study_times` is; existing rows
//! get no goal and empty lists.

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
        let columns = [
            string_null("goal"),
            string_null("current_occupation_code"),
            string("delivery_modes").default("").take(),
            string("hard_limits").default("").take(),
            string_null("support_categories"),
            string_null("support_consent_purpose"),
            timestamp_with_time_zone_null("support_consented_at"),
        ];
        for column in columns {
            manager
                .alter_table(Table::alter().table("workers").add_column(column).take())
                .await?;
        }
        Ok(())
    }
}
