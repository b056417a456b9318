use std::path::PathBuf;

use chrono::NaiveTime;
use serde::Deserialize;

use crate::error::NotifyError;
use crate::schedule::QuietHours;

/// The `[notify]` section of the configuration. Off by default.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct NotifySettings {
    /// Start the dispatcher. When false, choices are kept and messages
    /// queued, but nothing is sent.
    pub enabled: bool,
    pub sink: SinkKind,
    /// `sink = "file"`: one JSON line per message is appended here.
    pub file_path: PathBuf,
    /// `sink = "http"`: the gateway's endpoint and bearer token.
    pub gateway_url: String,
    pub gateway_token: String,
    /// Per request to the gateway.
    pub timeout_ms: u64,
    /// Attempts at one message before it is marked failed.
    pub max_attempts: u32,
    /// Wait before the first retry; doubled each time up to
    /// `backoff_max_ms`, then a random 50–100 % of it (jitter).
    pub backoff_base_ms: u64,
    pub backoff_max_ms: u64,
    /// Quiet hours in Hanoi time, "HH:MM"; equal values mean none.
    pub quiet_from: String,
    pub quiet_until: String,
    /// Messages per worker per Hanoi day (0: no cap).
    pub daily_cap: u32,
    /// How often the dispatcher looks for due messages.
    pub poll_interval_ms: u64,
    /// How long a claimed message is reserved for the dispatcher sending
    /// it; after that (the server died mid-send) it is sent again with the
    /// same idempotency key. Must be longer than `timeout_ms`.
    pub lease_seconds: i64,
    /// Put before a message's link ("/me/applications#a3").
    pub link_base: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SinkKind {
    File,
    Http,
}

impl Default for NotifySettings {
    fn default() -> Self {
        Self {
            enabled: false,
            sink: SinkKind::File,
            file_path: PathBuf::from("var/notifications.jsonl"),
            gateway_url: String::new(),
            gateway_token: String::new(),
            timeout_ms: 10_000,
            max_attempts: 6,
            backoff_base_ms: 30_000,
            backoff_max_ms: 3_600_000,
            quiet_from: "21:00".into(),
            quiet_until: "07:00".into(),
            daily_cap: 5,
            poll_interval_ms: 2_000,
            lease_seconds: 60,
            link_base: "http://127.0.0.1:8080".into(),
        }
    }
}

impl NotifySettings {
    pub fn quiet_hours(&self) -> Result<QuietHours, NotifyError> {
        Ok(QuietHours {
            from: time_of_day("quiet_from", &self.quiet_from)?,
            until: time_of_day("quiet_until", &self.quiet_until)?,
        })
    }

    /// Everything the dispatcher will need, checked before it starts.
    pub fn check(&self) -> Result<(), NotifyError> {
        self.quiet_hours()?;
        if self.sink == SinkKind::Http && !self.gateway_url.starts_with("http") {
            return Err(NotifyError::Config(
                "sink = \"http\" needs gateway_url (http:// or https://)".into(),
            ));
        }
        if self.max_attempts == 0 {
            return Err(NotifyError::Config(
                "max_attempts must be at least 1".into(),
            ));
        }
        if self.lease_seconds * 1000 <= self.timeout_ms as i64 {
            return Err(NotifyError::Config(
                "lease_seconds must be longer than timeout_ms, or a slow send is sent twice".into(),
            ));
        }
        Ok(())
    }
}

fn time_of_day(key: &str, value: &str) -> Result<NaiveTime, NotifyError> {
    NaiveTime::parse_from_str(value.trim(), "%H:%M")
        .map_err(|_| NotifyError::Config(format!("{key} must be HH:MM, got {value:?}")))
}
