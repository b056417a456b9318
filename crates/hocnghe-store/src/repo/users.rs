//! Accounts. Password hashing happens in the API crate (off the async
//! threads); this module stores and finds the hash.

use hocnghe_domain::Role;
use hocnghe_domain::accounts::{Account, AccountData, LoginId};
use hocnghe_domain::catalogue::{Page, PageRequest};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{departures, now};
use crate::entities::user;
use crate::error::{StoreError, StoreResult, parse_stored};
use hocnghe_domain::{FieldError, ValidationErrors};

/// What authentication needs to know about an account.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub id: i64,
    pub role: Role,
    pub password_hash: String,
    pub disabled: bool,
}

pub async fn create(
    db: &impl ConnectionTrait,
    data: &AccountData,
    password_hash: String,
    must_change_password: bool,
    created_by: Option<i64>,
) -> StoreResult<Account> {
    let mut clashes = Vec::new();
    if let Some(phone) = &data.phone
        && find_id(db, &LoginId::Phone(phone.clone())).await?.is_some()
    {
        clashes.push(FieldError::new(
            "phone",
            "taken",
            "Số điện thoại này đã có tài khoản.",
            "This phone number already has an account.",
        ));
    }
    if let Some(email) = &data.email
        && find_id(db, &LoginId::Email(email.clone())).await?.is_some()
    {
        clashes.push(FieldError::new(
            "email",
            "taken",
            "Email này đã có tài khoản.",
            "This email already has an account.",
        ));
    }
    if !clashes.is_empty() {
        return Err(ValidationErrors(clashes).into());
    }
    let stamp = now();
    let row = user::ActiveModel {
        role: Set(data.role.as_str().to_owned()),
        display_name: Set(data.display_name.clone()),
        phone: Set(data.phone.clone()),
        email: Set(data.email.clone()),
        password_hash: Set(password_hash),
        must_change_password: Set(must_change_password),
        disabled: Set(false),
        created_by: Set(created_by),
        created_at: Set(stamp),
        updated_at: Set(stamp),
        ..Default::default()
    }
    .insert(db)
    .await?;
    to_domain(row)
}

async fn find_id(db: &impl ConnectionTrait, login: &LoginId) -> StoreResult<Option<i64>> {
    let query = user::Entity::find().select_only().column(user::Column::Id);
    let query = match login {
        LoginId::Phone(p) => query.filter(user::Column::Phone.eq(p.as_str())),
        LoginId::Email(e) => query.filter(user::Column::Email.eq(e.as_str())),
    };
    Ok(query.into_tuple().one(db).await?)
}

pub async fn credentials(
    db: &impl ConnectionTrait,
    login: &LoginId,
) -> StoreResult<Option<Credentials>> {
    let query = user::Entity::find();
    let query = match login {
        LoginId::Phone(p) => query.filter(user::Column::Phone.eq(p.as_str())),
        LoginId::Email(e) => query.filter(user::Column::Email.eq(e.as_str())),
    };
    query.one(db).await?.map(credentials_of).transpose()
}

pub async fn credentials_by_id(db: &impl ConnectionTrait, id: i64) -> StoreResult<Credentials> {
    let row = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("user", id))?;
    credentials_of(row)
}

fn credentials_of(row: user::Model) -> StoreResult<Credentials> {
    Ok(Credentials {
        role: parse_stored("users", "role", &row.role)?,
        id: row.id,
        password_hash: row.password_hash,
        disabled: row.disabled,
    })
}

pub async fn get(db: &impl ConnectionTrait, id: i64) -> StoreResult<Account> {
    let row = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("user", id))?;
    to_domain(row)
}

pub async fn set_password(
    db: &impl ConnectionTrait,
    id: i64,
    password_hash: String,
) -> StoreResult<()> {
    let row = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("user", id))?;
    let mut active: user::ActiveModel = row.into();
    active.password_hash = Set(password_hash);
    active.must_change_password = Set(false);
    active.updated_at = Set(now());
    active.update(db).await?;
    Ok(())
}

/// Set a new password and end every other session (all but `keep`), in one
/// transaction.
pub async fn replace_password(
    db: &sea_orm::DatabaseConnection,
    id: i64,
    password_hash: String,
    keep: Option<i64>,
) -> StoreResult<()> {
    let txn = crate::begin_write(db).await?;
    set_password(&txn, id, password_hash).await?;
    super::sessions::revoke_all(&txn, id, keep).await?;
    txn.commit().await?;
    Ok(())
}

/// Refuse to disable or delete the last active admin: nobody could then
/// manage accounts without the command line.
async fn keep_an_admin(db: &impl ConnectionTrait, row: &user::Model) -> StoreResult<()> {
    if row.role == Role::Admin.as_str() && !row.disabled && count_active_admins(db).await? <= 1 {
        return Err(StoreError::conflict(
            "Đây là quản trị viên cuối cùng còn hoạt động; hãy tạo hoặc bật một quản trị viên khác trước.",
            "This is the last active admin; create or enable another admin first.",
        ));
    }
    Ok(())
}

/// Admin accounts that are not disabled.
pub async fn count_active_admins(db: &impl ConnectionTrait) -> StoreResult<u64> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .filter(user::Column::Disabled.eq(false))
        .count(db)
        .await?)
}

pub async fn set_disabled(
    db: &impl ConnectionTrait,
    id: i64,
    disabled: bool,
) -> StoreResult<Account> {
    let row = user::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| StoreError::not_found("user", id))?;
    if disabled {
        keep_an_admin(db, &row).await?;
    }
    let mut active: user::ActiveModel = row.into();
    active.disabled = Set(disabled);
    active.updated_at = Set(now());
    to_domain(active.update(db).await?)
}

/// Remove an account, in one transaction. Sessions and audit entries about
/// it go with it (foreign keys cascade); organisations it owned lose their
/// owner, and what they still had open closes (`departures`).
pub async fn delete(db: &DatabaseConnection, id: i64) -> StoreResult<()> {
    let txn = crate::begin_write(db).await?;
    let row = user::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| StoreError::not_found("user", id))?;
    keep_an_admin(&txn, &row).await?;
    departures::close_owned(&txn, id).await?;
    user::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn list(
    db: &impl ConnectionTrait,
    role: Option<Role>,
    page: PageRequest,
) -> StoreResult<Page<Account>> {
    let mut query = user::Entity::find();
    if let Some(role) = role {
        query = query.filter(user::Column::Role.eq(role.as_str()));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(user::Column::Id)
        .offset(page.offset())
        .limit(u64::from(page.per_page))
        .all(db)
        .await?;
    let items = rows
        .into_iter()
        .map(to_domain)
        .collect::<StoreResult<_>>()?;
    Ok(Page::new(page, total, items))
}

pub async fn count(db: &impl ConnectionTrait) -> StoreResult<u64> {
    Ok(user::Entity::find().count(db).await?)
}

fn to_domain(row: user::Model) -> StoreResult<Account> {
    Ok(Account {
        role: parse_stored("users", "role", &row.role)?,
        id: row.id,
        display_name: row.display_name,
        phone: row.phone,
        email: row.email,
        must_change_password: row.must_change_password,
        disabled: row.disabled,
        created_at: row.created_at,
    })
}
