//! Messages reach the gateway once: after retryable failures, not after a
//! permanent one, and once more with the same key when a send was killed.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{Duration, Utc};
use hocnghe_notify::ManualClock;

use super::*;
use crate::applications::phone_of;

#[tokio::test]
async fn a_status_change_reaches_the_gateway_once_with_the_channel_and_text() {
    let gateway = Gateway::start(&[]).await;
    let app = notify_app(settings_for(&gateway), None).await;
    let (worker, application) = applicant(&app, "sms").await;
    assert!(
        rows(&app, &worker).await.is_empty(),
        "applying tells the worker nothing"
    );

    decide(&app, application, "shortlisted").await;
    let sent = rows_until(&app, &worker, "shortlisted sent", |r| {
        statuses(r) == ["sent"]
    })
    .await;
    let received = gateway.received();
    assert_eq!(received.len(), 1, "{received:#?}");
    let message = &received[0];
    assert_eq!(message.body["channel"], "sms");
    assert_eq!(message.body["to"], phone_of(&worker));
    assert_eq!(message.authorization.as_deref(), Some("Bearer test-token"));
    assert_eq!(message.key_header.as_deref(), Some(message.key()));
    assert_eq!(message.key(), sent[0].item.idempotency_key);
    let text = message.text();
    assert!(text.starts_with("hocnghe: “Tuyển 5 thợ hàn MIG”"), "{text}");
    assert!(
        text.ends_with(&format!(" {LINK_BASE}/me/applications#a{application}")),
        "{text}"
    );
    assert_eq!(sent[0].item.attempts, 1);
    assert!(sent[0].sent_at.is_some());
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(
        inbox["items"].as_array().unwrap().len(),
        1,
        "the inbox has it too"
    );
}

#[tokio::test]
async fn retryable_failures_are_retried_and_the_message_delivered_once() {
    let gateway =
        Gateway::start(&[Reply::Status(500), Reply::Status(429), Reply::Status(503)]).await;
    let app = notify_app(settings_for(&gateway), None).await;
    let (worker, application) = applicant(&app, "zalo").await;

    decide(&app, application, "shortlisted").await;
    let sent = rows_until(&app, &worker, "sent after retries", |r| {
        statuses(r) == ["sent"]
    })
    .await;
    let received = gateway.received();
    assert_eq!(received.len(), 4, "three failures and one success");
    let keys: HashSet<&str> = received.iter().map(|r| r.key()).collect();
    assert_eq!(keys.len(), 1, "every attempt carries the same key");
    assert!(received.iter().all(|r| r.body["channel"] == "zalo"));
    assert_eq!(sent[0].item.attempts, 4);
    assert_eq!(sent[0].last_error.as_deref(), Some("gateway answered 503"));
}

#[tokio::test]
async fn a_permanent_failure_ends_failed_at_once_and_retries_stop_at_max_attempts() {
    let gateway = Gateway::start(&[
        Reply::Status(400),
        Reply::Status(500),
        Reply::Status(500),
        Reply::Status(500),
        Reply::Status(500),
    ])
    .await;
    let app = notify_app(settings_for(&gateway), None).await;
    let (worker, application) = applicant(&app, "sms").await;

    decide(&app, application, "shortlisted").await;
    let failed = rows_until(&app, &worker, "refused", |r| statuses(r) == ["failed"]).await;
    assert_eq!(gateway.received().len(), 1, "a 400 is not retried");
    assert_eq!(failed[0].item.attempts, 1);
    assert_eq!(
        failed[0].last_error.as_deref(),
        Some("gateway answered 400")
    );

    decide(&app, application, "hired").await;
    let rows = rows_until(&app, &worker, "gave up", |r| {
        statuses(r) == ["failed", "failed"]
    })
    .await;
    assert_eq!(rows[1].item.attempts, 4, "max_attempts");
    assert_eq!(gateway.received().len(), 1 + 4);
    assert_eq!(rows[1].last_error.as_deref(), Some("gateway answered 500"));
}

#[tokio::test]
async fn a_send_killed_midway_is_sent_again_with_the_same_key() {
    let gateway = Gateway::start(&[Reply::Hang]).await;
    let clock = Arc::new(ManualClock::new(Utc::now() + Duration::minutes(1)));
    let app = notify_app(settings_for(&gateway), Some(clock.clone())).await;
    let (worker, application) = applicant(&app, "sms").await;

    decide(&app, application, "shortlisted").await;
    gateway.wait_for(1).await;
    let claimed = rows(&app, &worker).await;
    assert_eq!(
        statuses(&claimed),
        ["sending"],
        "the gateway holds the first send"
    );

    // The server dies mid-send; a new one starts on the same database once
    // the first one's lease has run out.
    clock.advance(Duration::seconds(61));
    let app = app
        .restart_with(
            BuildOptions {
                clock: Some(clock.clone()),
                ..BuildOptions::default()
            },
            true,
        )
        .await;
    let sent = rows_until(&app, &worker, "resent", |r| statuses(r) == ["sent"]).await;
    let received = gateway.received();
    assert_eq!(received.len(), 2, "{received:#?}");
    let keys: HashSet<&str> = received.iter().map(|r| r.key()).collect();
    assert_eq!(
        keys.len(),
        1,
        "one distinct key: the gateway can drop the duplicate"
    );
    assert_eq!(
        keys.into_iter().next(),
        Some(sent[0].item.idempotency_key.as_str())
    );
    assert_eq!(sent[0].item.attempts, 2);
}

#[tokio::test]
async fn a_worker_who_chose_none_gets_nothing() {
    let gateway = Gateway::start(&[]).await;
    let app = notify_app(settings_for(&gateway), None).await;
    let (quiet_worker, quiet_application) = applicant(&app, "none").await;
    let (texted_worker, texted_application) = applicant(&app, "sms").await;

    decide(&app, quiet_application, "shortlisted").await;
    decide(&app, texted_application, "shortlisted").await;
    rows_until(&app, &texted_worker, "the other worker's", |r| {
        statuses(r) == ["sent"]
    })
    .await;
    assert!(rows(&app, &quiet_worker).await.is_empty());
    let received = gateway.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body["to"], phone_of(&texted_worker));
    let (_, inbox) = quiet_worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 1, "the inbox still has the message");
}
