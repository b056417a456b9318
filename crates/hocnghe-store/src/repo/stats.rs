//! Small aggregates for pages: catalogue totals and open positions by commune.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
};

use crate::entities::{course, demand, employer, provider};
use crate::error::StoreResult;

pub(crate) fn open_demands(today: NaiveDate) -> Condition {
    Condition::all().add(demand::Column::Status.eq("open")).add(
        Condition::any()
            .add(demand::Column::ExpiresOn.is_null())
            .add(demand::Column::ExpiresOn.gte(today)),
    )
}

/// True when there are no providers, employers, courses or demands at all
/// (the demo set is only loaded into an empty catalogue).
pub async fn catalogue_is_empty(db: &impl ConnectionTrait) -> StoreResult<bool> {
    Ok(provider::Entity::find().count(db).await? == 0
        && employer::Entity::find().count(db).await? == 0
        && course::Entity::find().count(db).await? == 0
        && demand::Entity::find().count(db).await? == 0)
}

/// Open courses, and open positions in open, unexpired demands.
pub async fn catalogue_totals(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> StoreResult<(u64, i64)> {
    let courses = course::Entity::find()
        .filter(course::Column::Status.eq("open"))
        .count(db)
        .await?;
    let positions: Option<Option<i64>> = demand::Entity::find()
        .select_only()
        .column_as(
            demand::Column::Positions.sum().cast_as("bigint"),
            "positions",
        )
        .filter(open_demands(today))
        .into_tuple()
        .one(db)
        .await?;
    Ok((courses, positions.flatten().unwrap_or(0)))
}

/// Open positions per commune code (communes without any are absent).
pub async fn open_positions_by_commune(
    db: &impl ConnectionTrait,
    today: NaiveDate,
) -> StoreResult<HashMap<String, i64>> {
    let rows: Vec<(String, Option<i64>)> = demand::Entity::find()
        .select_only()
        .column(demand::Column::CommuneCode)
        .column_as(
            demand::Column::Positions.sum().cast_as("bigint"),
            "positions",
        )
        .filter(open_demands(today))
        .group_by(demand::Column::CommuneCode)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(code, n)| (code, n.unwrap_or(0)))
        .collect())
}
