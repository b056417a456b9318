use std::collections::HashMap;

use hocnghe_domain::catalogue::{Employer, EmployerInput, Page, PageRequest, Valid};
use hocnghe_domain::{EmployerKind, ValidationErrors};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{catalogue_refs, communes, now, outbox};
use crate::db::begin_write;
use crate::entities::{demand, employer};
use crate::error::{StoreError, StoreResult, parse_stored};

#[derive(Debug, Clone, Default)]
pub struct EmployerFilter {
    pub commune_code: Option<String>,
    pub kind: Option<EmployerKind>,
    pub owner_user_id: Option<i64>,
}

pub async fn create(
    db: &DatabaseConnection,
    input: Valid<EmployerInput>,
    owner_user_id: Option<i64>,
) -> StoreResult<Employer> {
    let tx = begin_write(db).await?;
    let id = insert(&tx, input, owner_user_id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Insert within a caller's transaction (used by the demo loader and imports).
pub async fn insert(
    tx: &DatabaseTransaction,
    input: Valid<EmployerInput>,
    owner_user_id: Option<i64>,
) -> StoreResult<i64> {
    check_refs(tx, &input).await?;
    let stamp = now();
    let mut row = active_model(input.into_inner());
    row.owner_user_id = Set(owner_user_id);
    row.created_at = Set(stamp);
    row.updated_at = Set(stamp);
    Ok(row.insert(tx).await?.id)
}

/// Replace an employer's fields. Its demands are re-indexed because search
/// shows the employer's name.
pub async fn update(
    db: &DatabaseConnection,
    id: i64,
    input: Valid<EmployerInput>,
) -> StoreResult<Employer> {
    let tx = begin_write(db).await?;
    let existing = find(&tx, id).await?;
    check_refs(&tx, &input).await?;
    let mut row = active_model(input.into_inner());
    row.id = Set(existing.id);
    row.owner_user_id = Set(existing.owner_user_id);
    row.created_at = Set(existing.created_at);
    row.updated_at = Set(now());
    let saved = row.update(&tx).await?;
    let demand_ids: Vec<i64> = demand::Entity::find()
        .select_only()
        .column(demand::Column::Id)
        .filter(demand::Column::EmployerId.eq(id))
        .into_tuple()
        .all(&tx)
        .await?;
    outbox::enqueue_many(&tx, outbox::EntityKind::Demand, &demand_ids).await?;
    let view = build(saved, &communes::names(&tx).await?)?;
    tx.commit().await?;
    Ok(view)
}

pub async fn delete(db: &DatabaseConnection, id: i64) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    find(&tx, id).await?;
    let demands = demand::Entity::find()
        .filter(demand::Column::EmployerId.eq(id))
        .count(&tx)
        .await?;
    if demands > 0 {
        return Err(StoreError::conflict(
            format!("Nhà tuyển dụng còn {demands} nhu cầu tuyển dụng; hãy xóa chúng trước."),
            format!("The employer still has {demands} demand(s); delete them first."),
        ));
    }
    employer::Entity::delete_by_id(id).exec(&tx).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Employer> {
    let row = find(db, id).await?;
    build(row, &communes::names(db).await?)
}

pub async fn list(
    db: &impl ConnectionTrait,
    filter: &EmployerFilter,
    page: PageRequest,
) -> StoreResult<Page<Employer>> {
    let mut condition = Condition::all();
    if let Some(code) = &filter.commune_code {
        condition = condition.add(employer::Column::CommuneCode.eq(code.as_str()));
    }
    if let Some(kind) = filter.kind {
        condition = condition.add(employer::Column::Kind.eq(kind.as_str()));
    }
    if let Some(owner) = filter.owner_user_id {
        condition = condition.add(employer::Column::OwnerUserId.eq(owner));
    }
    let query = employer::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(employer::Column::Id)
        .offset(page.offset())
        .limit(u64::from(page.per_page))
        .all(db)
        .await?;
    let names = communes::names(db).await?;
    let items = rows
        .into_iter()
        .map(|r| build(r, &names))
        .collect::<StoreResult<_>>()?;
    Ok(Page::new(page, total, items))
}

/// Ids of the employers named exactly `name` (for imports that refer to them by name).
pub async fn ids_by_name(db: &impl ConnectionTrait, name: &str) -> StoreResult<Vec<i64>> {
    Ok(employer::Entity::find()
        .select_only()
        .column(employer::Column::Id)
        .filter(employer::Column::Name.eq(name))
        .order_by_asc(employer::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// The account that owns this employer, if any; `NotFound` if there is no such employer.
pub async fn owner(db: &impl ConnectionTrait, id: i64) -> StoreResult<Option<i64>> {
    Ok(find(db, id).await?.owner_user_id)
}

async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<employer::Model> {
    employer::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("employer", id))
}

async fn check_refs(db: &impl ConnectionTrait, input: &EmployerInput) -> StoreResult<()> {
    let mut errors = Vec::new();
    catalogue_refs::check_commune(db, &input.commune_code, &mut errors).await?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors(errors).into())
    }
}

fn active_model(input: EmployerInput) -> employer::ActiveModel {
    employer::ActiveModel {
        name: Set(input.name),
        kind: Set(input.kind.as_str().to_owned()),
        commune_code: Set(input.commune_code),
        address: Set(input.address),
        phone: Set(input.phone),
        website: Set(input.website),
        description: Set(input.description.unwrap_or_default()),
        ..Default::default()
    }
}

fn build(row: employer::Model, commune_names: &HashMap<String, String>) -> StoreResult<Employer> {
    Ok(Employer {
        kind: parse_stored("employers", "kind", &row.kind)?,
        commune_name: commune_names
            .get(&row.commune_code)
            .cloned()
            .unwrap_or_default(),
        id: row.id,
        name: row.name,
        commune_code: row.commune_code,
        address: row.address,
        phone: row.phone,
        website: row.website,
        description: row.description,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}
