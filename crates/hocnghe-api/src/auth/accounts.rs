//! Creating accounts on someone's behalf (admins, counsellors, the CLI),
//! and an admin's view and switches of accounts (JSON routes and pages).

use hocnghe_domain::Role;
use hocnghe_domain::accounts::{Account, NewAccountInput};
use hocnghe_domain::catalogue::{Page, PageRequest};
use hocnghe_store::repo::{sessions, users};
use sea_orm::DatabaseConnection;
use serde::Serialize;
use utoipa::ToSchema;

use super::password;
use crate::error::ApiResult;

/// A created account, with its password when one was generated (shown once;
/// the person must change it at first login).
#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedAccount {
    pub account: Account,
    pub generated_password: Option<String>,
}

pub async fn create_account(
    db: &DatabaseConnection,
    input: NewAccountInput,
    created_by: Option<i64>,
) -> ApiResult<CreatedAccount> {
    let data = input.validate()?.into_inner();
    let generated = data.password.is_none().then(password::generate);
    let secret = data
        .password
        .clone()
        .or_else(|| generated.clone())
        .unwrap_or_default();
    let hash = password::hash(secret).await?;
    let account = users::create(db, &data, hash, generated.is_some(), created_by).await?;
    tracing::info!(user_id = account.id, role = %account.role, created_by, "account created on someone's behalf");
    Ok(CreatedAccount {
        account,
        generated_password: generated,
    })
}

/// A worker's phone and email are personal data the worker shared with
/// counsellors at most, never with admins: admins see them as null.
pub fn for_admin(mut account: Account) -> Account {
    if account.role == Role::Worker {
        account.phone = None;
        account.email = None;
    }
    account
}

/// A page of accounts as an admin sees them.
pub async fn list_for_admin(
    db: &DatabaseConnection,
    role: Option<Role>,
    page: PageRequest,
) -> ApiResult<Page<Account>> {
    let mut listed = users::list(db, role, page).await?;
    listed.items = listed.items.into_iter().map(for_admin).collect();
    Ok(listed)
}

/// One account as an admin sees it.
pub async fn get_for_admin(db: &DatabaseConnection, id: i64) -> ApiResult<Account> {
    Ok(for_admin(users::get(db, id).await?))
}

/// Disable an account and end its sessions, or enable it again. The last
/// active admin cannot be disabled (409).
pub async fn set_disabled(
    db: &DatabaseConnection,
    id: i64,
    disabled: bool,
    by: i64,
) -> ApiResult<Account> {
    let account = users::set_disabled(db, id, disabled).await?;
    if disabled {
        sessions::revoke_all(db, id, None).await?;
    }
    tracing::info!(user_id = id, disabled, by, "account switched by an admin");
    Ok(for_admin(account))
}
