//! Quiet hours and the daily cap hold messages, then release them; a reset
//! code the account holder asked for is not held.

use std::sync::Arc;

use chrono::{Duration, Utc};
use hocnghe_notify::ManualClock;

use super::*;
use crate::helpers::{browser, post_form};

#[tokio::test]
async fn quiet_hours_hold_messages_until_morning_but_not_a_reset_code() {
    let gateway = Gateway::start(&[]).await;
    let night = next_hanoi(22, 30);
    let morning = night + Duration::minutes(8 * 60 + 30);
    let clock = Arc::new(ManualClock::new(night));
    let mut settings = settings_for(&gateway);
    settings.quiet_from = "21:00".into();
    settings.quiet_until = "07:00".into();
    let app = notify_app(settings, Some(clock.clone())).await;
    let (worker, application) = applicant(&app, "sms").await;

    decide(&app, application, "shortlisted").await;
    let held = rows_until(&app, &worker, "held", |r| {
        statuses(r) == ["pending"] && r[0].next_attempt_at > night
    })
    .await;
    assert_eq!(
        held[0].next_attempt_at, morning,
        "held until 07:00 Hanoi time"
    );
    assert_eq!(held[0].item.attempts, 0, "a hold is not an attempt");

    // The worker forgets their password that night: the code goes at once.
    let response = post_form(
        &browser(),
        &app,
        "/password/forgot/sms",
        &[("phone", &worker.login)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let received = gateway.wait_for(1).await;
    assert_eq!(received.len(), 1);
    assert!(
        received[0].text().contains("mã đặt lại mật khẩu"),
        "{}",
        received[0].text()
    );
    assert_eq!(
        rows(&app, &worker).await[0].status,
        "pending",
        "the status change still waits"
    );

    clock.set(morning + Duration::minutes(1));
    let rows = rows_until(&app, &worker, "released", |r| {
        statuses(r) == ["sent", "sent"]
    })
    .await;
    assert_eq!(rows[0].sent_at, Some(morning + Duration::minutes(1)));
    assert_eq!(gateway.received().len(), 2);
}

#[tokio::test]
async fn the_daily_cap_holds_the_excess_until_the_next_day() {
    let gateway = Gateway::start(&[]).await;
    let day = next_hanoi(10, 0);
    let clock = Arc::new(ManualClock::new(day));
    let mut settings = settings_for(&gateway);
    settings.daily_cap = 1;
    let app = notify_app(settings, Some(clock.clone())).await;
    let (worker, application) = applicant(&app, "sms").await;

    decide(&app, application, "shortlisted").await;
    rows_until(&app, &worker, "first sent", |r| statuses(r) == ["sent"]).await;
    decide(&app, application, "hired").await;
    let midnight = day + Duration::hours(14);
    let rows = rows_until(&app, &worker, "second held", |r| {
        statuses(r) == ["sent", "pending"] && r[1].next_attempt_at == midnight
    })
    .await;
    assert_eq!(rows[1].item.attempts, 0);
    assert_eq!(gateway.received().len(), 1, "one a day");

    clock.set(day + Duration::days(1));
    rows_until(&app, &worker, "sent the next day", |r| {
        statuses(r) == ["sent", "sent"]
    })
    .await;
    let received = gateway.received();
    assert_eq!(received.len(), 2);
    assert_ne!(
        received[0].key(),
        received[1].key(),
        "two messages, two keys"
    );
}

#[tokio::test]
async fn deleting_the_account_drops_its_waiting_messages() {
    let gateway = Gateway::start(&[]).await;
    let clock = Arc::new(ManualClock::new(next_hanoi(23, 0)));
    let mut settings = settings_for(&gateway);
    settings.quiet_from = "21:00".into();
    settings.quiet_until = "07:00".into();
    let app = notify_app(settings, Some(clock.clone())).await;
    let (worker, application) = applicant(&app, "sms").await;
    decide(&app, application, "shortlisted").await;
    rows_until(&app, &worker, "held", |r| {
        statuses(r) == ["pending"]
            && r[0].last_error.is_none()
            && r[0].item.attempts == 0
            && r[0].lease_until.is_none()
            && held_past(r)
    })
    .await;

    let (status, body) = worker.delete("/api/v1/workers/me").await;
    assert!(status.is_success(), "{status} {body}");
    assert!(rows(&app, &worker).await.is_empty(), "nothing left to send");
    clock.advance(Duration::hours(10));
    assert!(gateway.received().is_empty());
}

/// A pending row due later than now: it was claimed and held.
fn held_past(rows: &[OutboxRow]) -> bool {
    rows[0].next_attempt_at > Utc::now() + Duration::minutes(30)
}
