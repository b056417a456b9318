//! Notifications sent outside the site (SMS, Zalo): the workers' channel
//! choice and the outbox the dispatcher (crate `hocnghe-notify`) drains.
//!
//! A row is written in the transaction of the change it tells of (an inbox
//! message, a reset code), so nothing is lost; its idempotency key is fixed
//! at that moment, so a row sent again after a crash carries the same key and
//! the gateway can drop the duplicate. The phone number is not copied here:
//! the dispatcher reads it from the account when it sends. Rows go with the
//! account (foreign key), and choosing "none" cancels the pending ones.
//!
//! Functions the dispatcher calls take `now` from its clock, so tests can
//! move time.

use chrono::{DateTime, Duration, Utc};
use hocnghe_domain::notifications::sms_text;
use hocnghe_domain::{InboxKind, NotifyChannel};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait,
    DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::now;
use crate::entities::{notification_choice, notification_outbox, user, worker};
use crate::error::{StoreResult, parse_stored};

/// The outbox kind of a reset code (other rows carry their inbox kind).
pub const RESET_CODE_KIND: &str = "reset_code";

pub const PENDING: &str = "pending";
pub const SENDING: &str = "sending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";
pub const CANCELLED: &str = "cancelled";

/// A claimed row, as the dispatcher sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxItem {
    pub id: i64,
    pub user_id: i64,
    pub channel: NotifyChannel,
    pub kind: String,
    pub text: String,
    pub link: String,
    pub idempotency_key: String,
    /// Including the attempt just claimed.
    pub attempts: i32,
}

impl OutboxItem {
    /// A reset code the account holder asked for: neither quiet hours nor
    /// the daily cap hold it.
    pub fn is_urgent(&self) -> bool {
        self.kind == RESET_CODE_KIND
    }
}

/// A row with its state (for tests and operators).
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxRow {
    pub item: OutboxItem,
    pub status: String,
    pub next_attempt_at: DateTime<Utc>,
    pub lease_until: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// The worker's channel and when they chose it; `none` before they do.
pub async fn choice(
    db: &impl ConnectionTrait,
    worker_id: i64,
) -> StoreResult<(NotifyChannel, Option<DateTime<Utc>>)> {
    match notification_choice::Entity::find_by_id(worker_id)
        .one(db)
        .await?
    {
        Some(row) => Ok((
            parse_stored("notification_choices", "channel", &row.channel)?,
            Some(row.chosen_at),
        )),
        None => Ok((NotifyChannel::None, None)),
    }
}

/// Record the worker's choice; choosing `none` cancels what is still
/// waiting to be sent. One transaction.
pub async fn choose(
    db: &DatabaseConnection,
    worker_id: i64,
    channel: NotifyChannel,
) -> StoreResult<(NotifyChannel, Option<DateTime<Utc>>)> {
    let txn = crate::begin_write(db).await?;
    let stamp = now();
    let existing = notification_choice::Entity::find_by_id(worker_id)
        .one(&txn)
        .await?;
    let row = notification_choice::ActiveModel {
        worker_id: Set(worker_id),
        channel: Set(channel.as_str().to_owned()),
        chosen_at: Set(stamp),
    };
    if existing.is_some() {
        row.update(&txn).await?;
    } else {
        row.insert(&txn).await?;
    }
    if channel == NotifyChannel::None
        && let Some(user_id) = user_of_worker(&txn, worker_id).await?
    {
        cancel_pending(&txn, user_id).await?;
    }
    txn.commit().await?;
    Ok((channel, Some(stamp)))
}

async fn user_of_worker(db: &impl ConnectionTrait, worker_id: i64) -> StoreResult<Option<i64>> {
    Ok(worker::Entity::find_by_id(worker_id)
        .select_only()
        .column(worker::Column::UserId)
        .into_tuple()
        .one(db)
        .await?)
}

/// Cancel the account's rows still waiting (not one being sent right now).
pub async fn cancel_pending(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<u64> {
    let result = notification_outbox::Entity::update_many()
        .col_expr(notification_outbox::Column::Status, Expr::value(CANCELLED))
        .col_expr(
            notification_outbox::Column::LastError,
            Expr::value("cancelled by the worker"),
        )
        .filter(notification_outbox::Column::UserId.eq(user_id))
        .filter(notification_outbox::Column::Status.eq(PENDING))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Queue an inbox message for the worker's channel, inside the caller's
/// transaction; nothing when they chose none.
pub(crate) async fn enqueue_inbox(
    db: &impl ConnectionTrait,
    worker_id: i64,
    message_id: i64,
    kind: InboxKind,
    text_vi: &str,
    link: &str,
) -> StoreResult<()> {
    let (channel, _) = choice(db, worker_id).await?;
    if channel == NotifyChannel::None {
        return Ok(());
    }
    let Some(user_id) = user_of_worker(db, worker_id).await? else {
        return Ok(());
    };
    insert(
        db,
        user_id,
        channel,
        kind.as_str(),
        sms_text(text_vi),
        link,
        format!("inbox-{message_id}"),
    )
    .await
}

/// Queue a reset code for SMS, inside the caller's transaction. The key
/// names the code's row, so the same code is never sent under two keys.
pub(crate) async fn enqueue_reset_code(
    db: &impl ConnectionTrait,
    user_id: i64,
    code_id: i64,
    text: String,
) -> StoreResult<()> {
    insert(
        db,
        user_id,
        NotifyChannel::Sms,
        RESET_CODE_KIND,
        text,
        "",
        format!("reset-{code_id}"),
    )
    .await
}

async fn insert(
    db: &impl ConnectionTrait,
    user_id: i64,
    channel: NotifyChannel,
    kind: &str,
    text: String,
    link: &str,
    idempotency_key: String,
) -> StoreResult<()> {
    let stamp = now();
    notification_outbox::ActiveModel {
        user_id: Set(user_id),
        channel: Set(channel.as_str().to_owned()),
        kind: Set(kind.to_owned()),
        text: Set(text),
        link: Set(link.to_owned()),
        idempotency_key: Set(idempotency_key),
        status: Set(PENDING.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(stamp),
        lease_until: Set(None),
        last_error: Set(None),
        created_at: Set(stamp),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Rows a dispatcher may take at `now`: pending and due, or being sent by a
/// dispatcher whose lease ran out (it died mid-send).
fn claimable(now: DateTime<Utc>) -> Condition {
    use notification_outbox::Column;
    Condition::any()
        .add(
            Condition::all()
                .add(Column::Status.eq(PENDING))
                .add(Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(Column::Status.eq(SENDING))
                .add(Column::LeaseUntil.lt(now)),
        )
}

/// Claim up to `limit` due rows until `now + lease`, oldest due first. Each
/// row is taken with a conditional update, so two dispatchers never both
/// take one.
pub async fn claim_due(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> StoreResult<Vec<OutboxItem>> {
    use notification_outbox::Column;
    let candidates = notification_outbox::Entity::find()
        .filter(claimable(now))
        .order_by_asc(Column::NextAttemptAt)
        .order_by_asc(Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for row in candidates {
        let taken = notification_outbox::Entity::update_many()
            .col_expr(Column::Status, Expr::value(SENDING))
            .col_expr(Column::LeaseUntil, Expr::value(now + lease))
            .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
            .filter(Column::Id.eq(row.id))
            .filter(claimable(now))
            .exec(db)
            .await?;
        if taken.rows_affected == 1 {
            let mut item = to_item(row)?;
            item.attempts += 1;
            claimed.push(item);
        }
    }
    Ok(claimed)
}

fn to_item(row: notification_outbox::Model) -> StoreResult<OutboxItem> {
    Ok(OutboxItem {
        channel: parse_stored("notification_outbox", "channel", &row.channel)?,
        id: row.id,
        user_id: row.user_id,
        kind: row.kind,
        text: row.text,
        link: row.link,
        idempotency_key: row.idempotency_key,
        attempts: row.attempts,
    })
}

/// Give a claimed row back, due at `until` (quiet hours, daily cap); the
/// claim does not count as an attempt.
pub async fn hold(db: &impl ConnectionTrait, id: i64, until: DateTime<Utc>) -> StoreResult<()> {
    use notification_outbox::Column;
    notification_outbox::Entity::update_many()
        .col_expr(Column::Status, Expr::value(PENDING))
        .col_expr(Column::NextAttemptAt, Expr::value(until))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).sub(1))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(SENDING))
        .exec(db)
        .await?;
    Ok(())
}

/// A retryable failure: pending again at `at`.
pub async fn retry_at(
    db: &impl ConnectionTrait,
    id: i64,
    at: DateTime<Utc>,
    error: &str,
) -> StoreResult<()> {
    use notification_outbox::Column;
    notification_outbox::Entity::update_many()
        .col_expr(Column::Status, Expr::value(PENDING))
        .col_expr(Column::NextAttemptAt, Expr::value(at))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::LastError, Expr::value(error))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(SENDING))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn mark_sent(db: &impl ConnectionTrait, id: i64, now: DateTime<Utc>) -> StoreResult<()> {
    finish(db, id, SENT, None, Some(now)).await
}

/// Given up (a permanent failure, attempts used up, or nobody to send to).
pub async fn mark_failed(db: &impl ConnectionTrait, id: i64, error: &str) -> StoreResult<()> {
    finish(db, id, FAILED, Some(error), None).await
}

/// Nothing to send any more (the account has no phone, or stopped).
pub async fn mark_cancelled(db: &impl ConnectionTrait, id: i64, reason: &str) -> StoreResult<()> {
    finish(db, id, CANCELLED, Some(reason), None).await
}

/// End a row; a reset code's text (the code itself) is forgotten then.
async fn finish(
    db: &impl ConnectionTrait,
    id: i64,
    status: &str,
    error: Option<&str>,
    sent_at: Option<DateTime<Utc>>,
) -> StoreResult<()> {
    use notification_outbox::Column;
    let mut update = notification_outbox::Entity::update_many()
        .col_expr(Column::Status, Expr::value(status))
        .col_expr(
            Column::LeaseUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::SentAt, Expr::value(sent_at));
    if let Some(error) = error {
        update = update.col_expr(Column::LastError, Expr::value(error));
    }
    update
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(SENDING))
        .exec(db)
        .await?;
    notification_outbox::Entity::update_many()
        .col_expr(Column::Text, Expr::value(""))
        .filter(Column::Id.eq(id))
        .filter(Column::Kind.eq(RESET_CODE_KIND))
        .filter(Column::Status.ne(SENDING))
        .exec(db)
        .await?;
    Ok(())
}

/// Messages sent to the account since `since` (the start of its day).
pub async fn sent_since(
    db: &impl ConnectionTrait,
    user_id: i64,
    since: DateTime<Utc>,
) -> StoreResult<u64> {
    Ok(notification_outbox::Entity::find()
        .filter(notification_outbox::Column::UserId.eq(user_id))
        .filter(notification_outbox::Column::Status.eq(SENT))
        .filter(notification_outbox::Column::SentAt.gte(since))
        .count(db)
        .await?)
}

/// The account's phone number when it may receive messages: not disabled.
pub async fn phone_of(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<Option<String>> {
    Ok(user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .filter(|u| !u.disabled)
        .and_then(|u| u.phone))
}

/// Every row of the account, oldest first.
pub async fn rows_of(db: &impl ConnectionTrait, user_id: i64) -> StoreResult<Vec<OutboxRow>> {
    notification_outbox::Entity::find()
        .filter(notification_outbox::Column::UserId.eq(user_id))
        .order_by_asc(notification_outbox::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            let (status, next_attempt_at, lease_until, last_error, sent_at) = (
                row.status.clone(),
                row.next_attempt_at,
                row.lease_until,
                row.last_error.clone(),
                row.sent_at,
            );
            Ok(OutboxRow {
                item: to_item(row)?,
                status,
                next_attempt_at,
                lease_until,
                last_error,
                sent_at,
            })
        })
        .collect()
}
