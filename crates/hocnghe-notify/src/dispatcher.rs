//! The dispatcher: a task that drains the notification outbox.
//!
//! Each round claims the due rows with a lease, and for each: holds it to
//! the end of the quiet hours or to the next day when the worker's daily cap
//! is reached (a reset code the account holder asked for waits for neither),
//! reads the phone number from the account, sends, and records the outcome.
//! A retryable failure is tried again after an exponential backoff with
//! jitter, until `max_attempts`; a permanent one ends the row at once. A row
//! whose lease ran out (the server died mid-send) is claimed again and sent
//! with its same idempotency key.

use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use chrono::Duration;
use hocnghe_store::repo::notifications::{self as outbox, OutboxItem};
use hocnghe_store::{DatabaseConnection, StoreResult};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::error::NotifyError;
use crate::notifier::{Notifier, Outgoing};
use crate::schedule::{QuietHours, backoff, hanoi_day_start, next_hanoi_midnight};
use crate::settings::NotifySettings;

/// Rows claimed per round.
const BATCH: u64 = 20;

pub struct Dispatcher {
    db: DatabaseConnection,
    notifier: Arc<dyn Notifier>,
    clock: Arc<dyn Clock>,
    quiet: QuietHours,
    daily_cap: u32,
    max_attempts: u32,
    backoff_base: Duration,
    backoff_max: Duration,
    lease: Duration,
    link_base: String,
}

impl Dispatcher {
    pub fn new(
        db: DatabaseConnection,
        settings: &NotifySettings,
        notifier: Arc<dyn Notifier>,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, NotifyError> {
        settings.check()?;
        Ok(Self {
            db,
            notifier,
            clock,
            quiet: settings.quiet_hours()?,
            daily_cap: settings.daily_cap,
            max_attempts: settings.max_attempts,
            backoff_base: Duration::milliseconds(settings.backoff_base_ms as i64),
            backoff_max: Duration::milliseconds(settings.backoff_max_ms as i64),
            lease: Duration::seconds(settings.lease_seconds),
            link_base: settings.link_base.trim_end_matches('/').to_owned(),
        })
    }

    /// One round: claim what is due and deal with each row. Returns how
    /// many rows were claimed.
    pub async fn run_once(&self) -> StoreResult<usize> {
        let claimed = outbox::claim_due(&self.db, self.clock.now(), self.lease, BATCH).await?;
        let count = claimed.len();
        for item in claimed {
            self.deliver(item).await?;
        }
        Ok(count)
    }

    async fn deliver(&self, item: OutboxItem) -> StoreResult<()> {
        let now = self.clock.now();
        if !item.is_urgent() {
            if let Some(until) = self.quiet.end_if_quiet(now) {
                tracing::debug!(id = item.id, %until, "notification held: quiet hours");
                return outbox::hold(&self.db, item.id, until).await;
            }
            if self.daily_cap > 0
                && outbox::sent_since(&self.db, item.user_id, hanoi_day_start(now)).await?
                    >= u64::from(self.daily_cap)
            {
                let until = next_hanoi_midnight(now);
                tracing::debug!(id = item.id, %until, "notification held: daily cap");
                return outbox::hold(&self.db, item.id, until).await;
            }
        }
        let Some(phone) = outbox::phone_of(&self.db, item.user_id).await? else {
            tracing::info!(
                id = item.id,
                status = "cancelled",
                "notification: no phone number"
            );
            return outbox::mark_cancelled(&self.db, item.id, "no phone number").await;
        };
        let text = if item.link.is_empty() {
            item.text.clone()
        } else {
            format!("{} {}{}", item.text, self.link_base, item.link)
        };
        let sent = self
            .notifier
            .send(Outgoing {
                channel: item.channel,
                to: &phone,
                text: &text,
                idempotency_key: &item.idempotency_key,
            })
            .await;
        let (id, channel, attempt) = (item.id, item.channel.as_str(), item.attempts);
        match sent {
            Ok(()) => {
                tracing::info!(id, channel, attempt, status = "sent", "notification sent");
                outbox::mark_sent(&self.db, id, self.clock.now()).await
            }
            Err(error) if error.is_retryable() && attempt < self.max_attempts as i32 => {
                let at = self.clock.now() + backoff(attempt, self.backoff_base, self.backoff_max);
                tracing::warn!(id, channel, attempt, status = "retry", reason = error.reason(), %at, "notification not sent");
                outbox::retry_at(&self.db, id, at, error.reason()).await
            }
            Err(error) => {
                tracing::warn!(
                    id,
                    channel,
                    attempt,
                    status = "failed",
                    reason = error.reason(),
                    "notification failed"
                );
                outbox::mark_failed(&self.db, id, error.reason()).await
            }
        }
    }
}

/// The running dispatcher: poke it after queueing something urgent, stop
/// it on shutdown.
#[derive(Clone)]
pub struct DispatcherHandle {
    wake: Arc<Notify>,
    task: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl DispatcherHandle {
    pub fn poke(&self) {
        self.wake.notify_one();
    }

    /// Stop at once, even mid-send: a row being sent stays claimed until its
    /// lease runs out, then is sent again with the same key.
    pub fn shutdown(&self) {
        if let Ok(mut task) = self.task.lock()
            && let Some(task) = task.take()
        {
            task.abort();
        }
    }
}

/// Start the dispatcher task, polling every `poll`.
pub fn start(dispatcher: Dispatcher, poll: StdDuration) -> DispatcherHandle {
    let wake = Arc::new(Notify::new());
    let woken = wake.clone();
    let task = tokio::spawn(async move {
        loop {
            match dispatcher.run_once().await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "notification round failed"),
            }
            tokio::select! {
                _ = woken.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    });
    DispatcherHandle {
        wake,
        task: Arc::new(Mutex::new(Some(task))),
    }
}
