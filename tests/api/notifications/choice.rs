//! The worker's choice: JSON and the page, bad input, "stop all" through a
//! confirmation that cancels what is waiting, and a server with delivery off.

use std::sync::Arc;

use chrono::Duration;
use hocnghe_notify::ManualClock;

use super::*;
use crate::helpers::{error_fields, html, post_form, spawn_app};

#[tokio::test]
async fn the_choice_is_read_and_changed_and_an_unknown_channel_is_refused() {
    let app = spawn_app().await;
    let (worker, _) = worker_with(&app, &[], false).await;
    let (status, choice) = worker.get_json("/api/v1/me/notifications").await;
    assert_eq!(status, StatusCode::OK, "{choice}");
    assert_eq!(choice["channel"], "none", "opt-in: nothing until chosen");
    assert_eq!(choice["chosen_at"], serde_json::Value::Null);
    assert_eq!(choice["delivery_enabled"], false);
    assert_eq!(choice["quiet_from"], "21:00");
    assert_eq!(choice["quiet_until"], "07:00");

    choose(&worker, "zalo").await;
    let (_, choice) = worker.get_json("/api/v1/me/notifications").await;
    assert_eq!(choice["channel"], "zalo");
    assert!(choice["chosen_at"].is_string());

    for bad in [
        json!({"channel": "fax"}),
        json!({"channel": ""}),
        json!({"channel": 3}),
    ] {
        let (status, error) = worker.put_json("/api/v1/me/notifications", &bad).await;
        assert!(
            status == StatusCode::UNPROCESSABLE_ENTITY || status == StatusCode::BAD_REQUEST,
            "{bad}: {status} {error}"
        );
        if status == StatusCode::UNPROCESSABLE_ENTITY {
            assert_eq!(error_fields(&error), ["channel"], "{error}");
        }
    }
    let (status, error) = worker
        .put_json("/api/v1/me/notifications", &json!({"channel": "fax"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["code"], "unknown_channel");
    assert!(
        error["fields"][0]["message_vi"]
            .as_str()
            .unwrap()
            .contains("SMS")
    );
    let (_, choice) = worker.get_json("/api/v1/me/notifications").await;
    assert_eq!(choice["channel"], "zalo", "nothing written");
}

#[tokio::test]
async fn the_page_says_when_delivery_is_off_and_saves_the_choice() {
    let app = spawn_app().await;
    let (worker, _) = worker_with(&app, &[], false).await;
    let session = worker.browser_session().await;
    let (status, page) = html(&session, &app, "/me/notifications").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Nhận thông báo qua:"), "{page}");
    assert!(page.contains("Máy chủ này hiện không gửi SMS hay Zalo."));
    assert!(page.contains("21:00") && page.contains("07:00"));
    assert!(page.contains(r#"value="none" checked"#));
    let (_, profile) = html(&session, &app, "/me/profile").await;
    assert!(profile.contains(r#"href="/me/notifications""#));
    let (_, inbox) = html(&session, &app, "/me/inbox").await;
    assert!(inbox.contains(r#"href="/me/notifications""#));

    let response = post_form(&session, &app, "/me/notifications", &[("channel", "sms")]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, page) = html(&session, &app, "/me/notifications?saved=1").await;
    assert!(page.contains(r#"value="sms" checked"#));
    assert!(page.contains("Đã lưu lựa chọn."));

    let response = post_form(&session, &app, "/me/notifications", &[("channel", "fax")]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Hãy chọn Không, SMS hoặc Zalo.")
    );
    let (_, choice) = worker.get_json("/api/v1/me/notifications").await;
    assert_eq!(choice["channel"], "sms");
}

#[tokio::test]
async fn stop_all_asks_first_then_cancels_what_is_waiting() {
    let gateway = Gateway::start(&[]).await;
    let clock = Arc::new(ManualClock::new(next_hanoi(23, 0)));
    let mut settings = settings_for(&gateway);
    settings.quiet_from = "21:00".into();
    settings.quiet_until = "07:00".into();
    let app = notify_app(settings, Some(clock.clone())).await;
    let (worker, application) = applicant(&app, "sms").await;
    decide(&app, application, "shortlisted").await;
    rows_until(&app, &worker, "held for the night", |r| {
        statuses(r) == ["pending"]
            && r[0].item.attempts == 0
            && r[0].next_attempt_at > clock_now(&clock)
    })
    .await;

    let session = worker.browser_session().await;
    let (status, page) = html(&session, &app, "/me/notifications").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"href="/me/notifications/stop""#));
    assert!(
        !page.contains("Máy chủ này hiện không gửi"),
        "delivery is on"
    );
    let (status, confirm) = html(&session, &app, "/me/notifications/stop").await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains(r#"<form method="post" action="/me/notifications/stop">"#));
    assert!(confirm.contains(r#"name="confirm" value="yes""#));

    let response = post_form(&session, &app, "/me/notifications/stop", &[]).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "not confirmed"
    );
    assert_eq!(
        rows(&app, &worker).await[0].status,
        "pending",
        "nothing changed"
    );

    let response = post_form(
        &session,
        &app,
        "/me/notifications/stop",
        &[("confirm", "yes")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()["location"],
        "/me/notifications?stopped=1"
    );
    let (_, choice) = worker.get_json("/api/v1/me/notifications").await;
    assert_eq!(choice["channel"], "none");
    let rows = rows(&app, &worker).await;
    assert_eq!(statuses(&rows), ["cancelled"]);

    // Morning comes: the cancelled message stays unsent; a new change
    // queues nothing.
    clock.advance(Duration::hours(10));
    decide(&app, application, "hired").await;
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["items"].as_array().unwrap().len(), 2);
    assert_eq!(statuses(&super::rows(&app, &worker).await), ["cancelled"]);
    assert!(gateway.received().is_empty());
}

fn clock_now(clock: &ManualClock) -> chrono::DateTime<chrono::Utc> {
    hocnghe_notify::Clock::now(clock)
}
