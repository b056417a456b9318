//! One-time password reset codes. The caller passes the code's hash; a code
//! works once, before it expires, and issuing a new one voids the old.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter,
};

use super::{audit, notifications, now, sessions, users};
use crate::entities::password_reset_code;
use crate::error::StoreResult;

/// Store a new code for `user_id` and void any unused earlier one, in one
/// transaction.
pub async fn issue(
    db: &DatabaseConnection,
    user_id: i64,
    code_hash: String,
    issued_by: i64,
    expires_at: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = crate::begin_write(db).await?;
    issue_in(&txn, user_id, code_hash, Some(issued_by), expires_at).await?;
    txn.commit().await?;
    Ok(())
}

/// Issue a code the account holder asked for by SMS: the code, its SMS in
/// the notification outbox (`sms_text` holds the code, forgotten once sent)
/// and an audit entry, in one transaction.
pub async fn issue_by_sms(
    db: &DatabaseConnection,
    user_id: i64,
    code_hash: String,
    expires_at: DateTime<Utc>,
    sms_text: String,
) -> StoreResult<()> {
    let txn = crate::begin_write(db).await?;
    let code_id = issue_in(&txn, user_id, code_hash, None, expires_at).await?;
    notifications::enqueue_reset_code(&txn, user_id, code_id, sms_text).await?;
    audit::record(&txn, None, user_id, "password.reset_code_sms", "").await?;
    txn.commit().await?;
    Ok(())
}

async fn issue_in(
    db: &impl ConnectionTrait,
    user_id: i64,
    code_hash: String,
    issued_by: Option<i64>,
    expires_at: DateTime<Utc>,
) -> StoreResult<i64> {
    void_unused(db, user_id).await?;
    let row = password_reset_code::ActiveModel {
        user_id: Set(user_id),
        code_hash: Set(code_hash),
        issued_by: Set(issued_by),
        created_at: Set(now()),
        expires_at: Set(expires_at),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

async fn void_unused(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<()> {
    password_reset_code::Entity::update_many()
        .col_expr(password_reset_code::Column::UsedAt, Expr::value(now()))
        .filter(password_reset_code::Column::UserId.eq(user_id))
        .filter(password_reset_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Use the code: when `code_hash` is an unused, unexpired code of `user_id`,
/// mark it used, set the new password hash and end every session, all in one
/// transaction, and return true. Two requests with the same code cannot both
/// win: the code is claimed with a conditional update.
pub async fn redeem(
    db: &DatabaseConnection,
    user_id: i64,
    code_hash: &str,
    password_hash: String,
) -> StoreResult<bool> {
    let txn = crate::begin_write(db).await?;
    let claimed = password_reset_code::Entity::update_many()
        .col_expr(password_reset_code::Column::UsedAt, Expr::value(now()))
        .filter(password_reset_code::Column::UserId.eq(user_id))
        .filter(password_reset_code::Column::CodeHash.eq(code_hash))
        .filter(password_reset_code::Column::UsedAt.is_null())
        .filter(password_reset_code::Column::ExpiresAt.gt(now()))
        .exec(&txn)
        .await?;
    if claimed.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(false);
    }
    users::set_password(&txn, user_id, password_hash).await?;
    sessions::revoke_all(&txn, user_id, None).await?;
    txn.commit().await?;
    Ok(true)
}

/// Whether `user_id` has a code that could still be used (checked before
/// spending a password hash on a request that cannot succeed).
pub async fn has_usable(
    db: &impl ConnectionTrait,
    user_id: i64,
    code_hash: &str,
) -> StoreResult<bool> {
    Ok(password_reset_code::Entity::find()
        .filter(password_reset_code::Column::UserId.eq(user_id))
        .filter(password_reset_code::Column::CodeHash.eq(code_hash))
        .filter(password_reset_code::Column::UsedAt.is_null())
        .filter(password_reset_code::Column::ExpiresAt.gt(now()))
        .one(db)
        .await?
        .is_some())
}
