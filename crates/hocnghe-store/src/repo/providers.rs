use std::collections::HashMap;

use hocnghe_domain::catalogue::{Page, PageRequest, Provider, ProviderInput, Valid};
use hocnghe_domain::{ProviderKind, ValidationErrors};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, DatabaseTransaction, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::{catalogue_refs, communes, now, outbox};
use crate::db::begin_write;
use crate::entities::{course, provider};
use crate::error::{StoreError, StoreResult, parse_stored};

#[derive(Debug, Clone, Default)]
pub struct ProviderFilter {
    pub commune_code: Option<String>,
    pub kind: Option<ProviderKind>,
    pub owner_user_id: Option<i64>,
}

pub async fn create(
    db: &DatabaseConnection,
    input: Valid<ProviderInput>,
    owner_user_id: Option<i64>,
) -> StoreResult<Provider> {
    let tx = begin_write(db).await?;
    let id = insert(&tx, input, owner_user_id).await?;
    let view = get(&tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Insert within a caller's transaction (used by the demo loader and imports).
pub async fn insert(
    tx: &DatabaseTransaction,
    input: Valid<ProviderInput>,
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

/// Replace a provider's fields. Its courses are re-indexed because search
/// shows the provider's name.
pub async fn update(
    db: &DatabaseConnection,
    id: i64,
    input: Valid<ProviderInput>,
) -> StoreResult<Provider> {
    let tx = begin_write(db).await?;
    let existing = find(&tx, id).await?;
    check_refs(&tx, &input).await?;
    let mut row = active_model(input.into_inner());
    row.id = Set(existing.id);
    row.owner_user_id = Set(existing.owner_user_id);
    row.created_at = Set(existing.created_at);
    row.updated_at = Set(now());
    let saved = row.update(&tx).await?;
    let course_ids: Vec<i64> = course::Entity::find()
        .select_only()
        .column(course::Column::Id)
        .filter(course::Column::ProviderId.eq(id))
        .into_tuple()
        .all(&tx)
        .await?;
    outbox::enqueue_many(&tx, outbox::EntityKind::Course, &course_ids).await?;
    let view = to_domain(&tx, saved).await?;
    tx.commit().await?;
    Ok(view)
}

pub async fn delete(db: &DatabaseConnection, id: i64) -> StoreResult<()> {
    let tx = begin_write(db).await?;
    find(&tx, id).await?;
    let courses = course::Entity::find()
        .filter(course::Column::ProviderId.eq(id))
        .count(&tx)
        .await?;
    if courses > 0 {
        return Err(StoreError::conflict(
            format!("Cơ sở đào tạo còn {courses} khóa học; hãy xóa các khóa học trước."),
            format!("The provider still has {courses} course(s); delete them first."),
        ));
    }
    provider::Entity::delete_by_id(id).exec(&tx).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Provider> {
    let row = find(db, id).await?;
    to_domain(db, row).await
}

pub async fn list(
    db: &impl ConnectionTrait,
    filter: &ProviderFilter,
    page: PageRequest,
) -> StoreResult<Page<Provider>> {
    let mut condition = Condition::all();
    if let Some(code) = &filter.commune_code {
        condition = condition.add(provider::Column::CommuneCode.eq(code.as_str()));
    }
    if let Some(kind) = filter.kind {
        condition = condition.add(provider::Column::Kind.eq(kind.as_str()));
    }
    if let Some(owner) = filter.owner_user_id {
        condition = condition.add(provider::Column::OwnerUserId.eq(owner));
    }
    let query = provider::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(provider::Column::Id)
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

/// Ids of the providers named exactly `name` (for imports that refer to them by name).
pub async fn ids_by_name(db: &impl ConnectionTrait, name: &str) -> StoreResult<Vec<i64>> {
    Ok(provider::Entity::find()
        .select_only()
        .column(provider::Column::Id)
        .filter(provider::Column::Name.eq(name))
        .order_by_asc(provider::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// The account that owns this provider, if any; `NotFound` if there is no such provider.
pub async fn owner(db: &impl ConnectionTrait, id: i64) -> StoreResult<Option<i64>> {
    Ok(find(db, id).await?.owner_user_id)
}

async fn find(db: &impl ConnectionTrait, id: i64) -> StoreResult<provider::Model> {
    provider::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("provider", id))
}

async fn check_refs(db: &impl ConnectionTrait, input: &ProviderInput) -> StoreResult<()> {
    let mut errors = Vec::new();
    catalogue_refs::check_commune(db, &input.commune_code, &mut errors).await?;
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors(errors).into())
    }
}

fn active_model(input: ProviderInput) -> provider::ActiveModel {
    provider::ActiveModel {
        name: Set(input.name),
        kind: Set(input.kind.as_str().to_owned()),
        commune_code: Set(input.commune_code),
        address: Set(input.address),
        phone: Set(input.phone),
        email: Set(input.email),
        website: Set(input.website),
        description: Set(input.description.unwrap_or_default()),
        ..Default::default()
    }
}

async fn to_domain(db: &impl ConnectionTrait, row: provider::Model) -> StoreResult<Provider> {
    build(row, &communes::names(db).await?)
}

fn build(row: provider::Model, commune_names: &HashMap<String, String>) -> StoreResult<Provider> {
    Ok(Provider {
        kind: parse_stored("providers", "kind", &row.kind)?,
        commune_name: commune_names
            .get(&row.commune_code)
            .cloned()
            .unwrap_or_default(),
        id: row.id,
        name: row.name,
        commune_code: row.commune_code,
        address: row.address,
        phone: row.phone,
        email: row.email,
        website: row.website,
        description: row.description,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}
