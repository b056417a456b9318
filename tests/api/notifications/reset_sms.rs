//! A forgotten password, by SMS (development file sink): the code arrives
//! and works once; an unknown number gets the same answer and nothing.

use std::path::Path;
use std::time::{Duration, Instant};

use hocnghe_domain::Role;
use serde_json::Value;

use super::*;
use crate::helpers::{browser, html, post_form, spawn_app};

fn file_settings(path: &Path) -> NotifySettings {
    NotifySettings {
        enabled: true,
        sink: SinkKind::File,
        file_path: path.to_owned(),
        poll_interval_ms: 20,
        ..NotifySettings::default()
    }
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

async fn lines_until(path: &Path, n: usize) -> Vec<Value> {
    let started = Instant::now();
    loop {
        let lines = lines(path);
        if lines.len() >= n {
            return lines;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "{lines:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// "XXXX-XXXX" from the SMS text.
fn code_in(text: &str) -> String {
    let start = text.find("là ").unwrap() + "là ".len();
    text[start..].split(',').next().unwrap().to_owned()
}

async fn reset(app: &TestApp, login: &str, code: &str) -> reqwest::Response {
    post_form(
        &browser(),
        app,
        "/password/forgot",
        &[
            ("login", login),
            ("code", code),
            ("new_password", "mật khẩu mới 2027"),
        ],
    )
    .await
}

#[tokio::test]
async fn a_reset_code_sent_by_sms_arrives_and_works_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sms.jsonl");
    let app = notify_app(file_settings(&path), None).await;
    let worker = app.signup(Role::Worker).await;
    let visitor = browser();
    let (_, page) = html(&visitor, &app, "/password/forgot").await;
    assert!(page.contains(r#"action="/password/forgot/sms""#), "{page}");
    assert!(
        page.contains(r#"action="/password/forgot""#),
        "the counsellor's way stays"
    );

    let response = post_form(
        &visitor,
        &app,
        "/password/forgot/sms",
        &[("phone", &worker.login)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/password/forgot?sent=1");
    let (_, page) = html(&visitor, &app, "/password/forgot?sent=1").await;
    assert!(page.contains("Nếu số điện thoại này có tài khoản"));

    let sms = lines_until(&path, 1).await;
    assert_eq!(sms[0]["channel"], "sms");
    assert_eq!(sms[0]["to"], crate::applications::phone_of(&worker));
    let code = code_in(sms[0]["text"].as_str().unwrap());
    assert_eq!(code.len(), 9, "{code}");

    let response = reset(&app, &worker.login, &code).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/password/forgot?done=1");
    let response = reset(&app, &worker.login, &code).await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "used once"
    );
    app.login(&worker.login, "mật khẩu mới 2027").await;

    let rows = rows_until(&app, &worker, "sent", |r| statuses(r) == ["sent"]).await;
    assert_eq!(rows[0].item.kind, "reset_code");
    assert_eq!(rows[0].item.text, "", "the code is not kept once sent");
}

#[tokio::test]
async fn an_unknown_number_gets_the_same_answer_and_nothing_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sms.jsonl");
    let app = notify_app(file_settings(&path), None).await;
    let worker = app.signup(Role::Worker).await;
    let visitor = browser();

    let unknown = post_form(
        &visitor,
        &app,
        "/password/forgot/sms",
        &[("phone", "0399999999")],
    )
    .await;
    let known = post_form(
        &visitor,
        &app,
        "/password/forgot/sms",
        &[("phone", &worker.login)],
    )
    .await;
    assert_eq!(unknown.status(), known.status());
    assert_eq!(unknown.headers()["location"], known.headers()["location"]);
    let sms = lines_until(&path, 1).await;
    assert_eq!(sms.len(), 1, "only the known number gets a code: {sms:?}");
    assert_eq!(sms[0]["to"], crate::applications::phone_of(&worker));

    let bad = post_form(
        &visitor,
        &app,
        "/password/forgot/sms",
        &[("phone", "không có số")],
    )
    .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text()
            .await
            .unwrap()
            .contains("Số điện thoại không hợp lệ.")
    );

    // Three codes an hour per number, then 429 (the first was above).
    for _ in 0..2 {
        let again = post_form(
            &visitor,
            &app,
            "/password/forgot/sms",
            &[("phone", &worker.login)],
        )
        .await;
        assert_eq!(again.status(), StatusCode::SEE_OTHER);
    }
    let limited = post_form(
        &visitor,
        &app,
        "/password/forgot/sms",
        &[("phone", &worker.login)],
    )
    .await;
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn without_delivery_the_page_offers_no_sms_and_the_form_is_refused() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let visitor = browser();
    let (_, page) = html(&visitor, &app, "/password/forgot").await;
    assert!(!page.contains(r#"action="/password/forgot/sms""#));
    assert!(page.contains("Máy chủ này không gửi SMS."));
    let response = post_form(
        &visitor,
        &app,
        "/password/forgot/sms",
        &[("phone", &worker.login)],
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(rows(&app, &worker).await.is_empty());
}

#[tokio::test]
async fn the_api_sends_a_code_by_sms_with_one_answer_for_every_number_and_resets_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sms.jsonl");
    let app = notify_app(file_settings(&path), None).await;
    let worker = app.signup(Role::Worker).await;
    let forgot = |phone: &str| {
        let body = serde_json::json!({ "phone": phone });
        let app = &app;
        async move {
            app.client
                .post(app.url("/api/v1/auth/password/forgot"))
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };

    let unknown = forgot("0399999999").await;
    assert_eq!(unknown.status(), StatusCode::ACCEPTED);
    let unknown_body = unknown.text().await.unwrap();
    let known = forgot(&worker.login).await;
    assert_eq!(known.status(), StatusCode::ACCEPTED);
    assert_eq!(known.text().await.unwrap(), unknown_body, "the same answer");
    let sms = lines_until(&path, 1).await;
    assert_eq!(sms.len(), 1, "only the known number gets a code: {sms:?}");
    let code = code_in(sms[0]["text"].as_str().unwrap());

    let (status, error) = crate::helpers::read(forgot("không có số").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(crate::helpers::error_fields(&error), ["phone"]);
    assert_eq!(
        error["fields"][0]["message_vi"],
        "Số điện thoại không hợp lệ."
    );

    let reset = |code: String| {
        let body = serde_json::json!({
            "login": worker.login, "code": code, "new_password": "mật khẩu mới 2027"
        });
        let app = &app;
        async move {
            app.client
                .post(app.url("/api/v1/auth/password/reset"))
                .json(&body)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(reset(code.clone()).await.status(), StatusCode::NO_CONTENT);
    let (status, error) = crate::helpers::read(reset(code).await).await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "used once: {error}"
    );
    app.login(&worker.login, "mật khẩu mới 2027").await;

    // The page's limit: three codes an hour per number (one above), then 429.
    for _ in 0..2 {
        assert_eq!(forgot(&worker.login).await.status(), StatusCode::ACCEPTED);
    }
    assert_eq!(
        forgot(&worker.login).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn without_delivery_the_api_sends_no_code() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let (status, error) = app
        .post_json(
            "/api/v1/auth/password/forgot",
            &serde_json::json!({ "phone": worker.login }),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{error}");
    assert_eq!(error["code"], "sms_unavailable");
    assert!(rows(&app, &worker).await.is_empty());
}
