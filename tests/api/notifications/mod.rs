//! SMS/Zalo delivery of inbox messages and reset codes, against a fake
//! gateway started in the test (port 0) that can fail, refuse or hang.

mod choice;
mod delivery;
mod gateway;
mod holds;
mod reset_sms;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveTime, Utc};
use hocnghe_api::startup::BuildOptions;
use hocnghe_notify::{ManualClock, NotifySettings, SinkKind};
use hocnghe_store::repo::notifications::{self as outbox, OutboxRow};
use reqwest::StatusCode;
use serde_json::json;

use crate::applications::{apply, welding_demand, worker_with};
use crate::helpers::{TestApp, TestUser, spawn_app_with_options};
pub use gateway::{Gateway, Reply};

pub const LINK_BASE: &str = "https://hocnghe.test";
pub const TOKEN: &str = "test-token";

/// Delivery on, to `gateway`, retrying at once, no quiet hours and no cap
/// unless `tweak` says otherwise.
pub fn settings_for(gateway: &Gateway) -> NotifySettings {
    NotifySettings {
        enabled: true,
        sink: SinkKind::Http,
        gateway_url: gateway.url.clone(),
        gateway_token: TOKEN.into(),
        timeout_ms: 20_000,
        max_attempts: 4,
        backoff_base_ms: 0,
        backoff_max_ms: 0,
        quiet_from: "00:00".into(),
        quiet_until: "00:00".into(),
        daily_cap: 0,
        poll_interval_ms: 20,
        lease_seconds: 60,
        link_base: LINK_BASE.into(),
        ..NotifySettings::default()
    }
}

pub async fn notify_app(settings: NotifySettings, clock: Option<Arc<ManualClock>>) -> TestApp {
    spawn_app_with_options(
        |s| s.notify = settings,
        BuildOptions {
            clock: clock.map(|c| c as Arc<dyn hocnghe_notify::Clock>),
            ..BuildOptions::default()
        },
    )
    .await
}

/// A worker in Ba Vì who applied to a new welding demand, with `channel`
/// chosen (unless "none"). Returns the worker and the application id.
pub async fn applicant(app: &TestApp, channel: &str) -> (TestUser, i64) {
    let demand = welding_demand(app).await;
    let (worker, _) = worker_with(app, &[("han-mig-mag", false)], false).await;
    if channel != "none" {
        choose(&worker, channel).await;
    }
    let application = apply(&worker, demand, "Tôi muốn làm thợ hàn.").await;
    (worker, application["id"].as_i64().unwrap())
}

pub async fn choose(worker: &TestUser, channel: &str) {
    let (status, body) = worker
        .put_json("/api/v1/me/notifications", &json!({ "channel": channel }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["channel"], channel);
}

/// The employer moves the application on (`shortlisted`, `hired`,
/// `rejected`), which posts an inbox message to the worker.
pub async fn decide(app: &TestApp, application: i64, status: &str) {
    let (code, body) = app
        .employer_owner()
        .await
        .put_json(
            &format!("/api/v1/applications/{application}/status"),
            &json!({ "status": status }),
        )
        .await;
    assert_eq!(code, StatusCode::OK, "{body}");
}

pub async fn rows(app: &TestApp, user: &TestUser) -> Vec<OutboxRow> {
    outbox::rows_of(&app.db, user.id).await.unwrap()
}

/// Poll the user's outbox until `accept` holds (at most 30 s).
pub async fn rows_until(
    app: &TestApp,
    user: &TestUser,
    what: &str,
    accept: impl Fn(&[OutboxRow]) -> bool,
) -> Vec<OutboxRow> {
    let started = Instant::now();
    loop {
        let rows = rows(app, user).await;
        if accept(&rows) {
            return rows;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{what}: outbox still {rows:#?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

pub fn statuses(rows: &[OutboxRow]) -> Vec<&str> {
    rows.iter().map(|r| r.status.as_str()).collect()
}

/// The first moment after now when Hanoi's clock reads `h:m`.
pub fn next_hanoi(h: u32, m: u32) -> DateTime<Utc> {
    let hanoi = hocnghe_domain::time::HANOI;
    let local = Utc::now().with_timezone(&hanoi);
    let time = NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let mut day = local.date_naive();
    if local.time() >= time {
        day = day.succ_opt().unwrap();
    }
    day.and_time(time)
        .and_local_timezone(hanoi)
        .unwrap()
        .with_timezone(&Utc)
}
