//! The search outbox: every change to a course or demand writes a row here in
//! the same transaction, and the indexer drains it. The index is therefore
//! always derivable from the database.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::now;
use crate::entities::search_outbox;
use crate::error::{StoreResult, parse_stored};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Course,
    Demand,
}

impl EntityKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Course => "course",
            Self::Demand => "demand",
        }
    }
}

impl std::str::FromStr for EntityKind {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "course" => Ok(Self::Course),
            "demand" => Ok(Self::Demand),
            _ => Err(()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxEntry {
    pub id: i64,
    pub kind: EntityKind,
    pub entity_id: i64,
}

pub async fn enqueue(
    db: &impl ConnectionTrait,
    kind: EntityKind,
    entity_id: i64,
) -> StoreResult<()> {
    enqueue_many(db, kind, &[entity_id]).await
}

pub async fn enqueue_many(
    db: &impl ConnectionTrait,
    kind: EntityKind,
    entity_ids: &[i64],
) -> StoreResult<()> {
    let stamp = now();
    for chunk in entity_ids.chunks(super::BATCH) {
        let rows = chunk.iter().map(|id| search_outbox::ActiveModel {
            entity: Set(kind.as_str().to_owned()),
            entity_id: Set(*id),
            created_at: Set(stamp),
            ..Default::default()
        });
        search_outbox::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// The oldest pending entries. The indexer applies them and then removes
/// exactly these ids, so an entry committed late by a concurrent transaction
/// (with a smaller id than one already seen) is still picked up next time.
pub async fn pending(db: &impl ConnectionTrait, limit: u64) -> StoreResult<Vec<OutboxEntry>> {
    search_outbox::Entity::find()
        .order_by_asc(search_outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok(OutboxEntry {
                id: row.id,
                kind: parse_stored("search_outbox", "entity", &row.entity)?,
                entity_id: row.entity_id,
            })
        })
        .collect()
}

pub async fn remove(db: &impl ConnectionTrait, ids: &[i64]) -> StoreResult<()> {
    for chunk in ids.chunks(super::BATCH) {
        search_outbox::Entity::delete_many()
            .filter(search_outbox::Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Highest id ever handed out, or 0.
pub async fn max_id(db: &impl ConnectionTrait) -> StoreResult<i64> {
    let max: Option<Option<i64>> = search_outbox::Entity::find()
        .select_only()
        .column_as(search_outbox::Column::Id.max(), "max_id")
        .into_tuple()
        .one(db)
        .await?;
    Ok(max.flatten().unwrap_or(0))
}

/// When the oldest pending entry was written (how far the index lags), or
/// `None` when nothing is pending.
pub async fn oldest_created_at(
    db: &impl ConnectionTrait,
) -> StoreResult<Option<chrono::DateTime<chrono::Utc>>> {
    Ok(search_outbox::Entity::find()
        .order_by_asc(search_outbox::Column::Id)
        .one(db)
        .await?
        .map(|row| row.created_at))
}

pub async fn len(db: &impl ConnectionTrait) -> StoreResult<u64> {
    Ok(search_outbox::Entity::find().count(db).await?)
}

/// Ids of pending entries up to and including `upto`.
pub async fn ids_upto(db: &impl ConnectionTrait, upto: i64) -> StoreResult<Vec<i64>> {
    Ok(search_outbox::Entity::find()
        .select_only()
        .column(search_outbox::Column::Id)
        .filter(search_outbox::Column::Id.lte(upto))
        .into_tuple()
        .all(db)
        .await?)
}
