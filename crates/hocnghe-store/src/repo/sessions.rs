//! Login sessions. Only the SHA-256 of a token is stored, so a copy of the
//! database does not let anyone log in.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::now;
use crate::entities::{session, user};
use crate::error::{StoreResult, parse_stored};
use hocnghe_domain::Role;

/// The account behind a valid session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionUser {
    pub session_id: i64,
    pub user_id: i64,
    pub role: Role,
    pub display_name: String,
    pub must_change_password: bool,
}

pub async fn create(
    db: &impl ConnectionTrait,
    user_id: i64,
    token_hash: String,
    expires_at: DateTime<Utc>,
) -> StoreResult<i64> {
    let row = session::ActiveModel {
        token_hash: Set(token_hash),
        user_id: Set(user_id),
        created_at: Set(now()),
        expires_at: Set(expires_at),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// The session for this token hash if it is neither expired nor revoked and
/// its account is not disabled.
pub async fn find_valid(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> StoreResult<Option<SessionUser>> {
    let Some(found) = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(account) = user::Entity::find_by_id(found.user_id).one(db).await? else {
        return Ok(None);
    };
    if account.disabled {
        return Ok(None);
    }
    Ok(Some(SessionUser {
        session_id: found.id,
        user_id: account.id,
        role: parse_stored("users", "role", &account.role)?,
        display_name: account.display_name,
        must_change_password: account.must_change_password,
    }))
}

pub async fn revoke(db: &impl ConnectionTrait, session_id: i64) -> StoreResult<()> {
    session::Entity::update_many()
        .col_expr(
            session::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(now()),
        )
        .filter(session::Column::Id.eq(session_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Revoke every session of an account, optionally keeping one.
pub async fn revoke_all(
    db: &impl ConnectionTrait,
    user_id: i64,
    except: Option<i64>,
) -> StoreResult<()> {
    let mut query = session::Entity::update_many()
        .col_expr(
            session::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(now()),
        )
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null());
    if let Some(keep) = except {
        query = query.filter(session::Column::Id.ne(keep));
    }
    query.exec(db).await?;
    Ok(())
}
