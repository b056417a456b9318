//! Creating accounts on someone's behalf (admins, counsellors, the CLI).

use hocnghe_domain::accounts::{Account, NewAccountInput};
use hocnghe_store::repo::users;
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
