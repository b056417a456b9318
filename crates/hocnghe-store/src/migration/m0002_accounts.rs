//! Accounts, sessions, ownership of providers and employers, and the audit
//! log of reads of personal data.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

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

        let mut users = Table::create();
        users
            .table("users")
            .col(big_pk_auto("id"))
            .col(string("role"))
            .col(string("display_name"))
            .col(string_null("phone"))
            .col(string_null("email"))
            .col(string("password_hash"))
            .col(boolean("must_change_password"))
            .col(boolean("disabled"))
            .col(big_integer_null("created_by"))
            .foreign_key(&mut foreign_key(
                "users",
                "created_by",
                "users",
                "id",
                SetNull,
            ));
        manager
            .create_table(audit_columns(&mut users).take())
            .await?;

        manager
            .create_table(
                Table::create()
                    .table("sessions")
                    .col(big_pk_auto("id"))
                    .col(string_uniq("token_hash"))
                    .col(big_integer("user_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(&mut foreign_key(
                        "sessions", "user_id", "users", "id", Cascade,
                    ))
                    .take(),
            )
            .await?;

        for table in ["providers", "employers"] {
            add_owner_column(manager, table).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .col(big_pk_auto("id"))
                    .col(big_integer_null("actor_user_id"))
                    .col(big_integer("subject_user_id"))
                    .col(string("action"))
                    .col(text("detail"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut foreign_key(
                        "audit_log",
                        "actor_user_id",
                        "users",
                        "id",
                        SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "audit_log",
                        "subject_user_id",
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
                unique_index("users", &["phone"]),
                unique_index("users", &["email"]),
                index("sessions", &["user_id"]),
                index("providers", &["owner_user_id"]),
                index("employers", &["owner_user_id"]),
                index("audit_log", &["subject_user_id"]),
            ],
        )
        .await
    }
}

/// SQLite cannot add a constraint to an existing table, but it accepts a
/// column-level REFERENCES clause on ADD COLUMN.
async fn add_owner_column(manager: &SchemaManager<'_>, table: &'static str) -> Result<(), DbErr> {
    if manager.get_database_backend() == sea_orm::DbBackend::Sqlite {
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "ALTER TABLE {table} ADD COLUMN owner_user_id integer NULL REFERENCES users(id) ON DELETE SET NULL"
            ))
            .await?;
        return Ok(());
    }
    manager
        .alter_table(
            Table::alter()
                .table(table)
                .add_column(big_integer_null("owner_user_id"))
                .add_foreign_key(
                    TableForeignKey::new()
                        .name(format!("fk_{table}_owner_user_id"))
                        .from_tbl(table)
                        .from_col("owner_user_id")
                        .to_tbl("users")
                        .to_col("id")
                        .on_delete(ForeignKeyAction::SetNull)
                        .on_update(ForeignKeyAction::Cascade),
                )
                .take(),
        )
        .await
}
