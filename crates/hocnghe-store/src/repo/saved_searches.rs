//! Saved searches and the runs that tell their owners of new results. A run
//! moves a search's high-water mark (the highest demand or class id it has
//! looked at) and posts its inbox message in one transaction, and only from
//! the mark it read: two runs at once cannot tell the same item twice.

use std::collections::BTreeMap;

use hocnghe_domain::saved_searches::{
    MAX_SAVED_SEARCHES, SavedSearch, SavedSearchInput, search_link,
};
use hocnghe_domain::{FieldError, InboxKind, SearchKind, ValidationErrors};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{communes, now};
use crate::db::begin_write;
use crate::entities::{course_intake, demand, saved_search};
use crate::error::{StoreError, StoreResult, parse_stored};

/// New items one run reads per kind; a search further behind catches up on
/// the next run.
pub const RUN_BATCH: u64 = 2_000;

/// A saved search as a run sees it.
#[derive(Debug, Clone)]
pub struct Watch {
    pub worker_id: i64,
    pub high_water: i64,
    pub search: SavedSearch,
}

/// Keep a search for the worker; `high_water` is where "new" starts (the
/// newest demand or class id now). At most [`MAX_SAVED_SEARCHES`] each.
pub async fn create(
    db: &DatabaseConnection,
    worker_id: i64,
    input: &SavedSearchInput,
) -> StoreResult<SavedSearch> {
    let tx = begin_write(db).await?;
    let kept = saved_search::Entity::find()
        .filter(saved_search::Column::WorkerId.eq(worker_id))
        .count(&tx)
        .await?;
    if kept >= MAX_SAVED_SEARCHES {
        return Err(StoreError::Invalid(ValidationErrors::single(
            FieldError::new(
                "saved_searches",
                "limit_reached",
                format!(
                    "Bạn đã lưu {MAX_SAVED_SEARCHES} tìm kiếm, là mức tối đa. Hãy xóa bớt một tìm kiếm cũ trước."
                ),
                format!(
                    "You already keep {MAX_SAVED_SEARCHES} searches, the most allowed. Delete an old one first."
                ),
            ),
        )));
    }
    let high_water = newest_id(&tx, input.kind).await?;
    let row = saved_search::ActiveModel {
        worker_id: Set(worker_id),
        kind: Set(input.kind.as_str().to_owned()),
        q: Set(input.q.clone()),
        commune_code: Set(input.commune.clone()),
        radius_km: Set(input.radius_km),
        filters: Set(serde_json::to_string(&input.filters).unwrap_or_else(|_| "{}".into())),
        high_water: Set(high_water),
        last_run_at: Set(None),
        created_at: Set(now()),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let view = view(&tx, row).await?;
    tx.commit().await?;
    Ok(view)
}

/// The worker's saved searches, newest first.
pub async fn for_worker(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<Vec<SavedSearch>> {
    let rows = saved_search::Entity::find()
        .filter(saved_search::Column::WorkerId.eq(worker_id))
        .order_by_desc(saved_search::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push(view(db, row).await?);
    }
    Ok(out)
}

/// One of the worker's saved searches; someone else's is not found.
pub async fn get_own(
    db: &impl ConnectionTrait,
    worker_id: i64,
    id: i64,
) -> StoreResult<SavedSearch> {
    let row = saved_search::Entity::find_by_id(id)
        .filter(saved_search::Column::WorkerId.eq(worker_id))
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("saved search", id))?;
    view(db, row).await
}

/// Delete one of the worker's saved searches.
pub async fn delete(db: &DatabaseConnection, worker_id: i64, id: i64) -> StoreResult<()> {
    let result = saved_search::Entity::delete_many()
        .filter(saved_search::Column::Id.eq(id))
        .filter(saved_search::Column::WorkerId.eq(worker_id))
        .exec(db)
        .await?;
    if result.rows_affected == 0 {
        return Err(StoreError::not_found("saved search", id));
    }
    Ok(())
}

/// Every saved search, for a run.
pub async fn all(db: &impl ConnectionTrait) -> StoreResult<Vec<Watch>> {
    let rows = saved_search::Entity::find()
        .order_by_asc(saved_search::Column::Id)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let (worker_id, high_water) = (row.worker_id, row.high_water);
        out.push(Watch {
            worker_id,
            high_water,
            search: view(db, row).await?,
        });
    }
    Ok(out)
}

/// What is new above `above`, oldest first, at most [`RUN_BATCH`]:
/// `(new id, item id)`. For jobs both are the demand's id; for courses the
/// new id is an open class's and the item its course.
pub async fn new_since(
    db: &impl ConnectionTrait,
    kind: SearchKind,
    above: i64,
) -> StoreResult<Vec<(i64, i64)>> {
    Ok(match kind {
        SearchKind::Jobs => demand::Entity::find()
            .select_only()
            .column(demand::Column::Id)
            .filter(demand::Column::Id.gt(above))
            .order_by_asc(demand::Column::Id)
            .limit(RUN_BATCH)
            .into_tuple::<i64>()
            .all(db)
            .await?
            .into_iter()
            .map(|id| (id, id))
            .collect(),
        SearchKind::Courses => {
            course_intake::Entity::find()
                .select_only()
                .column(course_intake::Column::Id)
                .column(course_intake::Column::CourseId)
                .filter(course_intake::Column::Id.gt(above))
                .filter(course_intake::Column::Status.eq("open"))
                .order_by_asc(course_intake::Column::Id)
                .limit(RUN_BATCH)
                .into_tuple()
                .all(db)
                .await?
        }
    })
}

/// A run's result for one search: move its mark from `from` to `to` and, when
/// something new matched, post `message` (vi, en) to its owner, together.
/// `false` when another run moved the mark first (nothing is written).
pub async fn record_run(
    db: &DatabaseConnection,
    watch: &Watch,
    to: i64,
    message: Option<(String, String)>,
) -> StoreResult<bool> {
    let tx = begin_write(db).await?;
    let moved = saved_search::Entity::update_many()
        .col_expr(saved_search::Column::HighWater, Expr::value(to))
        .col_expr(saved_search::Column::LastRunAt, Expr::value(now()))
        .filter(saved_search::Column::Id.eq(watch.search.id))
        .filter(saved_search::Column::HighWater.eq(watch.high_water))
        .exec(&tx)
        .await?;
    if moved.rows_affected == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    if let Some((vi, en)) = message {
        super::inbox::post(
            &tx,
            watch.worker_id,
            InboxKind::NewMatches,
            &vi,
            &en,
            &watch.search.link,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

async fn newest_id(db: &impl ConnectionTrait, kind: SearchKind) -> StoreResult<i64> {
    let max: Option<Option<i64>> = match kind {
        SearchKind::Jobs => {
            demand::Entity::find()
                .select_only()
                .column_as(demand::Column::Id.max(), "max_id")
                .into_tuple()
                .one(db)
                .await?
        }
        SearchKind::Courses => {
            course_intake::Entity::find()
                .select_only()
                .column_as(course_intake::Column::Id.max(), "max_id")
                .into_tuple()
                .one(db)
                .await?
        }
    };
    Ok(max.flatten().unwrap_or(0))
}

async fn view(db: &impl ConnectionTrait, row: saved_search::Model) -> StoreResult<SavedSearch> {
    let kind: SearchKind = parse_stored("saved_searches", "kind", &row.kind)?;
    let filters: BTreeMap<String, String> =
        serde_json::from_str(&row.filters).map_err(|_| StoreError::Corrupt {
            table: "saved_searches",
            column: "filters",
            value: row.filters.clone(),
        })?;
    let commune_name = match &row.commune_code {
        Some(code) => communes::get(db, code).await?.map(|c| c.name),
        None => None,
    };
    let mut search = SavedSearch {
        id: row.id,
        kind,
        q: row.q,
        commune_code: row.commune_code,
        commune_name,
        radius_km: row.radius_km,
        filters,
        link: String::new(),
        created_at: row.created_at,
        last_run_at: row.last_run_at,
    };
    search.link = search_link(kind, &search.params());
    Ok(search)
}
