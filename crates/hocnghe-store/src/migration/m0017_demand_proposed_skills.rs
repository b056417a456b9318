//! Proposed skills on employers' demands: an employer types a skill the
//! taxonomy lacks and it is kept on the demand as "đề xuất" until an admin
//! curates it, like a worker's proposal.
//!
//! The same `proposed_skills` table holds both: a proposal belongs to a
//! worker or to a demand (exactly one, checked), so one group of words is
//! one group for the admin whoever proposed it, decided once by the id of
//! any of its proposals. `worker_id` becomes nullable; `demand_id` (deleted
//! with the demand) and `importance` (essential or optional, for demands)
//! are added. PostgreSQL alters the table in place; SQLite cannot relax a
//! NOT NULL or add a CHECK to an existing table, so the table is rebuilt
//! and its rows copied with their ids.

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::helpers::*;

const TABLE: &str = "proposed_skills";
const OLD: &str = "proposed_skills_before_m0017";
const ONE_OWNER: &str = "(CASE WHEN worker_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN demand_id IS NULL THEN 0 ELSE 1 END) = 1";
const COPIED: &str =
    "id, worker_id, label, label_key, status, skill_id, decided_by, created_at, decided_at";

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DbBackend::Sqlite {
            rebuild_on_sqlite(manager).await?;
        } else {
            alter_in_place(manager).await?;
        }
        create_indexes(manager, vec![index(TABLE, &["demand_id"])]).await
    }
}

async fn alter_in_place(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .alter_table(
            Table::alter()
                .table(TABLE)
                .modify_column(big_integer_null("worker_id"))
                .add_column(big_integer_null("demand_id"))
                .add_column(string_null("importance"))
                .add_foreign_key(
                    TableForeignKey::new()
                        .name("fk_proposed_skills_demand_id")
                        .from_tbl(TABLE)
                        .from_col("demand_id")
                        .to_tbl("demands")
                        .to_col("id")
                        .on_delete(ForeignKeyAction::Cascade)
                        .on_update(ForeignKeyAction::Cascade),
                )
                .take(),
        )
        .await?;
    manager
        .get_connection()
        .execute_unprepared(&format!(
            "ALTER TABLE {TABLE} ADD CONSTRAINT ck_proposed_skills_one_owner CHECK ({ONE_OWNER})"
        ))
        .await?;
    Ok(())
}

async fn rebuild_on_sqlite(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    db.execute_unprepared(&format!("ALTER TABLE {TABLE} RENAME TO {OLD}"))
        .await?;
    // The old table's indexes keep their names; free them for the new one.
    for old_index in [
        "ix_proposed_skills_worker_id",
        "ix_proposed_skills_status_label_key",
    ] {
        db.execute_unprepared(&format!("DROP INDEX IF EXISTS {old_index}"))
            .await?;
    }
    manager.create_table(new_table()).await?;
    db.execute_unprepared(&format!(
        "INSERT INTO {TABLE} ({COPIED}) SELECT {COPIED} FROM {OLD}"
    ))
    .await?;
    db.execute_unprepared(&format!("DROP TABLE {OLD}")).await?;
    create_indexes(
        manager,
        vec![
            index(TABLE, &["worker_id"]),
            index(TABLE, &["status", "label_key"]),
        ],
    )
    .await
}

/// The table as m0013 made it, with the owner columns of this migration.
fn new_table() -> TableCreateStatement {
    use ForeignKeyAction::{Cascade, SetNull};
    Table::create()
        .table(TABLE)
        .col(big_pk_auto("id"))
        .col(big_integer_null("worker_id"))
        .col(string("label"))
        .col(string("label_key"))
        .col(string("status"))
        .col(big_integer_null("skill_id"))
        .col(big_integer_null("decided_by"))
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone_null("decided_at"))
        .col(big_integer_null("demand_id"))
        // essential | optional, for a demand's proposal.
        .col(string_null("importance"))
        .check(("ck_proposed_skills_one_owner", Expr::cust(ONE_OWNER)))
        .foreign_key(&mut foreign_key(
            TABLE,
            "worker_id",
            "workers",
            "id",
            Cascade,
        ))
        .foreign_key(&mut foreign_key(TABLE, "skill_id", "skills", "id", SetNull))
        .foreign_key(&mut foreign_key(
            TABLE,
            "decided_by",
            "users",
            "id",
            SetNull,
        ))
        .foreign_key(&mut foreign_key(
            TABLE,
            "demand_id",
            "demands",
            "id",
            Cascade,
        ))
        .take()
}
