//! Delivers workers' notifications outside the site, by SMS or Zalo.
//!
//! Messages are queued in the `notification_outbox` table by the repository
//! function that makes the change (`hocnghe_store::repo::inbox::post`, and
//! `password_resets::issue_by_sms` for a reset code), in its transaction.
//! This crate drains that table ([`dispatcher`]) through a [`Notifier`]:
//! [`HttpGateway`] for a real SMS/Zalo gateway, [`FileSink`] for
//! development. Off unless `[notify] enabled = true`.
//!
//! # The gateway's wire format
//!
//! One `POST` to `gateway_url` per message, with `Authorization: Bearer
//! <gateway_token>` (when a token is set), `Content-Type: application/json`,
//! an `Idempotency-Key` header, and the body:
//!
//! ```json
//! {"channel": "sms", "to": "+84912345678", "text": "hocnghe: … https://…/me/applications#a3", "idempotency_key": "inbox-42"}
//! ```
//!
//! - `channel`: `sms` or `zalo`; `to`: E.164; `text`: UTF-8, Vietnamese.
//! - `idempotency_key`: the same on every attempt at one message, including
//!   a resend after the server died mid-send; the gateway should accept a
//!   key it has seen once and not deliver it again.
//! - Any 2xx: delivered. 408, 429, 5xx, a timeout or a connection failure:
//!   tried again later with exponential backoff and jitter, up to
//!   `max_attempts`. Any other answer (e.g. 400 for a number it cannot
//!   reach): failed at once, not retried.
//!
//! The file sink writes the same JSON object, one per line.
//!
//! Logs name a message only by its outbox id, channel, status and attempt;
//! never the phone number or the text.

pub mod clock;
pub mod dispatcher;
mod error;
mod file;
mod http;
mod notifier;
pub mod schedule;
mod settings;

pub use clock::{Clock, ManualClock, SystemClock};
pub use dispatcher::{Dispatcher, DispatcherHandle};
pub use error::NotifyError;
pub use file::FileSink;
pub use http::{HttpGateway, classify};
pub use notifier::{Notifier, Outgoing};
pub use settings::{NotifySettings, SinkKind};

use std::sync::Arc;
use std::time::Duration;

use hocnghe_store::DatabaseConnection;

/// Build the notifier the settings name and start the dispatcher on `clock`.
pub fn start(
    db: DatabaseConnection,
    settings: &NotifySettings,
    clock: Arc<dyn Clock>,
) -> Result<DispatcherHandle, NotifyError> {
    settings.check()?;
    let notifier: Arc<dyn Notifier> = match settings.sink {
        SinkKind::File => Arc::new(FileSink::new(settings.file_path.clone())),
        SinkKind::Http => Arc::new(HttpGateway::new(
            &settings.gateway_url,
            &settings.gateway_token,
            Duration::from_millis(settings.timeout_ms),
        )?),
    };
    let dispatcher = Dispatcher::new(db, settings, notifier, clock)?;
    tracing::info!(sink = ?settings.sink, "notification dispatcher started");
    Ok(dispatcher::start(
        dispatcher,
        Duration::from_millis(settings.poll_interval_ms.max(10)),
    ))
}
