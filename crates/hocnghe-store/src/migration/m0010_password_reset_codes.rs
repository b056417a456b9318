//! One-time password reset codes, issued in person by a counsellor. Only the
//! code's SHA-256 is stored; a code is used once and expires.

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
                    .table("password_reset_codes")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(string("code_hash"))
                    .col(big_integer_null("issued_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(&mut foreign_key(
                        "password_reset_codes",
                        "user_id",
                        "users",
                        "id",
                        Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "password_reset_codes",
                        "issued_by",
                        "users",
                        "id",
                        SetNull,
                    ))
                    .take(),
            )
            .await?;
        create_indexes(manager, vec![index("password_reset_codes", &["user_id"])]).await
    }
}
