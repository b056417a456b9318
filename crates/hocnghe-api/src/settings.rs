//! Configuration: `config/default.toml`, overridden by `HOCNGHE__SECTION__KEY`
//! environment variables (e.g. `HOCNGHE__DATABASE__URL`).

use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub search: SearchSettings,
    pub auth: AuthSettings,
    pub log: LogSettings,
    #[serde(default)]
    pub metrics: MetricsSettings,
    /// SMS/Zalo delivery of inbox messages and reset codes (off by default).
    #[serde(default)]
    pub notify: hocnghe_notify::NotifySettings,
    #[serde(default)]
    pub alerts: AlertSettings,
}

/// The background run that posts saved searches' new results and class
/// reminders to workers' inboxes (`service/alerts.rs`).
#[derive(Debug, Clone, Deserialize)]
pub struct AlertSettings {
    /// Seconds between runs; 0 turns the run off (tests call it directly).
    #[serde(default)]
    pub interval_seconds: u64,
    /// Remind learners this many days before their class starts (0–30).
    #[serde(default = "default_reminder_days")]
    pub reminder_days: i64,
}

impl Default for AlertSettings {
    fn default() -> Self {
        Self {
            interval_seconds: 0,
            reminder_days: default_reminder_days(),
        }
    }
}

fn default_reminder_days() -> i64 {
    3
}

/// Prometheus metrics at `/metrics`: off unless enabled, and then only with
/// `Authorization: Bearer <token>` when a token is set.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MetricsSettings {
    #[serde(default)]
    pub enabled: bool,
    /// Empty: no token asked (serve only on a private network).
    #[serde(default)]
    pub token: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub host: String,
    /// 0 picks a free port (tests).
    pub port: u16,
    /// HTTP worker threads; 0 means half the cores, at least one (searches
    /// and other CPU-bound work have threads of their own).
    #[serde(default)]
    pub workers: usize,
    /// Largest accepted request body, in bytes.
    pub body_limit_bytes: usize,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    #[serde(default)]
    pub trust_forwarded_for: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    /// How long a login lasts.
    pub session_ttl_hours: i64,
    /// Send the session cookie with `Secure` (behind HTTPS).
    pub cookie_secure: bool,
    /// Failed or successful logins allowed per account per minute (five
    /// times as many per client address).
    pub login_attempts_per_minute: u32,
    /// Self-registrations allowed per client address per hour.
    pub registrations_per_hour: u32,
    /// How many workers' contact details one employer may reveal per day.
    pub contact_reveals_per_day: u32,
    /// Password hashes (argon2id, 19 MiB each) running at once; others wait
    /// up to 10 s, then get 503. Bounds hashing memory to this x 19 MiB.
    #[serde(default = "default_hashing_concurrency")]
    pub hashing_concurrency: usize,
    /// Minutes a password reset code issued by a counsellor stays valid.
    #[serde(default = "default_reset_code_minutes")]
    pub reset_code_minutes: i64,
}

fn default_hashing_concurrency() -> usize {
    crate::auth::password::DEFAULT_CONCURRENCY
}

fn default_reset_code_minutes() -> i64 {
    30
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    /// `sqlite://var/hocnghe.db?mode=rwc` or `postgres://user@host/db`.
    pub url: String,
    pub max_connections: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SearchSettings {
    /// Directory of the tantivy index; derived data, rebuilt when missing.
    pub index_dir: PathBuf,
    /// How often the indexer looks for changes written by other processes.
    pub poll_interval_ms: u64,
    /// Serve the benchmark's PostgreSQL full-text baseline under
    /// `/api/v1/bench/pg/` (after `hocnghe bench pg-setup`). Off in production.
    #[serde(default)]
    pub enable_pg_baseline: bool,
    /// Threads running searches; 0 means one per core.
    #[serde(default)]
    pub threads: usize,
    /// Searches waiting for a thread; beyond this a search is answered 503 at once.
    #[serde(default = "default_search_queue")]
    pub queue: usize,
}

fn default_search_queue() -> usize {
    1024
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    /// `pretty` for people, `json` for machines.
    pub format: LogFormat,
    /// An `EnvFilter` directive; `RUST_LOG` wins when set.
    pub level: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

impl Settings {
    /// Load `path` (a TOML file) and apply environment overrides.
    pub fn load(path: &Path) -> Result<Self, config::ConfigError> {
        config::Config::builder()
            .add_source(config::File::from(path))
            .add_source(
                config::Environment::with_prefix("HOCNGHE")
                    .prefix_separator("__")
                    .separator("__"),
            )
            .build()?
            .try_deserialize()
    }

    /// Settings from `config/default.toml` next to the working directory,
    /// or the built-in defaults when there is no such file.
    pub fn load_default() -> Result<Self, config::ConfigError> {
        let path = Path::new("config/default.toml");
        if path.exists() {
            return Self::load(path);
        }
        config::Config::builder()
            .add_source(config::File::from_str(
                DEFAULT_TOML,
                config::FileFormat::Toml,
            ))
            .add_source(
                config::Environment::with_prefix("HOCNGHE")
                    .prefix_separator("__")
                    .separator("__"),
            )
            .build()?
            .try_deserialize()
    }
}

/// The shipped defaults, also compiled in so the binary runs from any directory.
pub const DEFAULT_TOML: &str = include_str!("../../../config/default.toml");
