//! Passwords: a password someone else chose must be changed first (API and
//! pages), changing it on the web, resetting a forgotten one with a code a
//! counsellor reads out, and the rate limits in front of every hash.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use reqwest::header::LOCATION;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestUser, browser, html, spawn_app, spawn_app_with};
use crate::workers::profile_body;

/// Change `user`'s password over the API.
pub async fn change(user: &TestUser, current: &str, new: &str) {
    let (status, body) = user
        .post_json(
            "/api/v1/auth/password",
            &json!({"current_password": current, "new_password": new}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
}

/// A worker registered by a counsellor: (counsellor, login, temporary password, worker id).
async fn registered_by_counsellor(app: &TestApp) -> (TestUser, String, String, i64) {
    let counsellor = app.account(Role::Counsellor).await;
    let n = rand::random::<u32>() % 100_000_000;
    let login = format!("09{n:08}");
    let body = json!({"display_name": "Hà Thị Mai", "phone": login, "profile": profile_body()});
    let (status, registered) = counsellor
        .post_json("/api/v1/counsellor/workers", &body)
        .await;
    assert_eq!(status, StatusCode::CREATED, "{registered}");
    let password = registered["generated_password"]
        .as_str()
        .unwrap()
        .to_owned();
    let id = registered["profile"]["id"].as_i64().unwrap();
    (counsellor, login, password, id)
}

#[tokio::test]
async fn a_temporary_password_must_be_changed_before_anything_else_on_the_api() {
    let app = spawn_app().await;
    let (_, login, password, _) = registered_by_counsellor(&app).await;
    let worker = app.login(&login, &password).await;

    for path in [
        "/api/v1/workers/me",
        "/api/v1/auth/me",
        "/api/v1/courses/search?q=han",
    ] {
        let (status, error) = worker.get_json(path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}: {error}");
        assert_eq!(error["code"], "password_change_required", "{path}");
        assert!(
            error["message_vi"]
                .as_str()
                .unwrap()
                .contains("đổi mật khẩu")
        );
    }
    let (status, _) = worker.put_json("/api/v1/workers/me", &profile_body()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Anonymous requests are not affected.
    let (status, _) = app.get_json("/api/v1/courses/search?q=han").await;
    assert_eq!(status, StatusCode::OK);

    change(&worker, &password, "mật khẩu riêng của Mai").await;
    let (status, me) = worker.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["must_change_password"], false);

    // Logout stays open while the change is pending.
    let other = app.login(&login, "mật khẩu riêng của Mai").await;
    let (status, _) = read_status(other.post_raw("/api/v1/auth/logout").await);
    assert_eq!(status, StatusCode::NO_CONTENT);
}

fn read_status(response: reqwest::Response) -> (StatusCode, ()) {
    (response.status(), ())
}

#[tokio::test]
async fn pages_send_a_temporary_password_to_the_change_page_until_it_is_changed() {
    let app = spawn_app().await;
    let (_, login, password, _) = registered_by_counsellor(&app).await;
    let client = browser();
    let response = client
        .post(app.url("/login"))
        .form(&[("login", login.as_str()), ("password", password.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for path in ["/me/profile", "/", "/courses?q=han"] {
        let response = client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(response.headers()[LOCATION], "/account/password", "{path}");
    }
    let (status, page) = html(&client, &app, "/account/password").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Mật khẩu của bạn do người khác đặt"),
        "{page}"
    );

    // Two different new passwords: the form says so, nothing changes.
    let response = client
        .post(app.url("/account/password"))
        .form(&[
            ("current_password", password.as_str()),
            ("new_password", "mật khẩu mới của Mai"),
            ("confirm_password", "mật khẩu khác"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Hai lần nhập mật khẩu mới không giống nhau."),
        "{page}"
    );
    // A wrong current password.
    let response = client
        .post(app.url("/account/password"))
        .form(&[
            ("current_password", "không phải mật khẩu"),
            ("new_password", "mật khẩu mới của Mai"),
            ("confirm_password", "mật khẩu mới của Mai"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Mật khẩu hiện tại không đúng.")
    );

    let response = client
        .post(app.url("/account/password"))
        .form(&[
            ("current_password", password.as_str()),
            ("new_password", "mật khẩu mới của Mai"),
            ("confirm_password", "mật khẩu mới của Mai"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/account/password?done=1");
    let (status, page) = html(&client, &app, "/account/password?done=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Đã đổi mật khẩu."), "{page}");
    let (status, _) = html(&client, &app, "/me/profile").await;
    assert_eq!(status, StatusCode::OK);
    // The old password no longer works, the new one does.
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": login, "password": password}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    app.login(&login, "mật khẩu mới của Mai").await;
}

#[tokio::test]
async fn password_changes_are_rate_limited_per_account() {
    let app = spawn_app_with(|s| s.auth.login_attempts_per_minute = 3).await;
    let worker = app.signup(Role::Worker).await;
    let wrong = json!({"current_password": "không đúng đâu", "new_password": "mật khẩu mới dài"});
    for _ in 0..3 {
        let (status, body) = worker.post_json("/api/v1/auth/password", &wrong).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    let (status, body) = worker.post_json("/api/v1/auth/password", &wrong).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["code"], "rate_limited");
    // Another account is not held back.
    let other = app.signup(Role::Worker).await;
    let (status, _) = other.post_json("/api/v1/auth/password", &wrong).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn issue_code(counsellor: &TestUser, worker_id: i64) -> (StatusCode, Value) {
    counsellor
        .post_json(
            &format!("/api/v1/workers/{worker_id}/reset-code"),
            &json!({}),
        )
        .await
}

async fn reset(app: &TestApp, login: &str, code: &str, new: &str) -> (StatusCode, Value) {
    app.post_json(
        "/api/v1/auth/password/reset",
        &json!({"login": login, "code": code, "new_password": new}),
    )
    .await
}

#[tokio::test]
async fn a_counsellor_issues_a_one_time_reset_code_in_person() {
    let app = spawn_app().await;
    let (counsellor, login, password, worker_id) = registered_by_counsellor(&app).await;
    let worker = app.login(&login, &password).await;
    change(&worker, &password, "mật khẩu đã quên").await;

    // Any counsellor (the worker shares with counsellors), nobody else.
    let another_counsellor = app.account(Role::Counsellor).await;
    let (status, code) = issue_code(&another_counsellor, worker_id).await;
    assert_eq!(status, StatusCode::CREATED, "{code}");
    for who in [
        app.signup(Role::Employer).await,
        app.signup(Role::Worker).await,
        app.account(Role::Admin).await,
        worker.clone(),
    ] {
        let (status, _) = issue_code(&who, worker_id).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let (status, _) = app
        .post_json(
            &format!("/api/v1/workers/{worker_id}/reset-code"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (_, private) = crate::workers::worker_with_profile(&app, &{
        let mut body = profile_body();
        body["share_with_counsellors"] = json!(false);
        body
    })
    .await;
    let (status, _) = issue_code(&counsellor, private["id"].as_i64().unwrap()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A new code voids the earlier one.
    let earlier = code["code"].as_str().unwrap().to_owned();
    let (status, issued) = issue_code(&counsellor, worker_id).await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let code = issued["code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 9, "two groups of four: {code}");
    assert!(issued["expires_at"].as_str().is_some());
    let (status, error) = reset(&app, &login, &earlier, "mật khẩu mới tinh").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["fields"][0]["code"], "invalid_code");

    // Wrong code, unknown login, short password: the same kind of answer.
    let (status, error) = reset(&app, &login, "aaaa-aaaa", "mật khẩu mới tinh").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["code"], "invalid_code");
    let (status, error) = reset(&app, "0999999999", &code, "mật khẩu mới tinh").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["code"], "invalid_code");
    let (status, error) = reset(&app, &login, &code, "ngắn").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["field"], "new_password");

    // Typed loosely (upper case, no dash): it works once.
    let typed = code.replace('-', " ").to_uppercase();
    let (status, body) = reset(&app, &login, &typed, "mật khẩu mới tinh").await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (status, _) = worker.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "every session ended");
    let (status, _) = reset(&app, &login, &code, "mật khẩu khác nữa").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "used once");
    let worker = app.login(&login, "mật khẩu mới tinh").await;

    // The worker sees who issued codes and when.
    let (_, log) = worker.get_json("/api/v1/workers/me/audit").await;
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "password.reset_code")
            .count(),
        2,
        "{log}"
    );
    assert!(actions.contains(&"password.reset"), "{log}");
}

#[tokio::test]
async fn reset_attempts_are_rate_limited_per_account() {
    let app = spawn_app_with(|s| s.auth.login_attempts_per_minute = 2).await;
    let worker = app.signup(Role::Worker).await;
    for _ in 0..2 {
        let (status, _) = reset(&app, &worker.login, "aaaa-aaaa", "mật khẩu mới tinh").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let (status, body) = reset(&app, &worker.login, "aaaa-aaaa", "mật khẩu mới tinh").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
}

#[tokio::test]
async fn a_forgotten_password_is_reset_on_the_web_with_the_counsellors_code() {
    let app = spawn_app().await;
    let (counsellor, login, password, worker_id) = registered_by_counsellor(&app).await;
    let worker = app.login(&login, &password).await;
    change(&worker, &password, "mật khẩu đã quên").await;

    let desk = counsellor.browser_session().await;
    let (status, page) = html(&desk, &app, &format!("/counsellor/workers/{worker_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("/counsellor/workers/{worker_id}/reset-code")));
    let response = desk
        .post(app.url(&format!("/counsellor/workers/{worker_id}/reset-code")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let page = response.text().await.unwrap();
    let code = between(&page, "<p class=\"code\"><strong>", "</strong>");
    assert_eq!(code.len(), 9, "{page}");
    assert!(page.contains("Hết hạn lúc"), "{page}");

    let visitor = browser();
    let (status, page) = html(&visitor, &app, "/login").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("href=\"/password/forgot\""));
    let response = visitor
        .post(app.url("/password/forgot"))
        .form(&[
            ("login", login.as_str()),
            ("code", "zzzz-zzzz"),
            ("new_password", "mật khẩu mới tinh"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Mã không đúng, đã dùng hoặc đã hết hạn.")
    );
    let response = visitor
        .post(app.url("/password/forgot"))
        .form(&[
            ("login", login.as_str()),
            ("code", code.as_str()),
            ("new_password", "mật khẩu mới tinh"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/password/forgot?done=1");
    let (_, page) = html(&visitor, &app, "/password/forgot?done=1").await;
    assert!(page.contains("Đã đặt mật khẩu mới."));
    app.login(&login, "mật khẩu mới tinh").await;
}

fn between(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).map(|i| i + start.len()).unwrap_or(0);
    let to = text[from..].find(end).map(|i| from + i).unwrap_or(from);
    text[from..to].to_owned()
}

#[tokio::test]
async fn an_expired_reset_code_is_refused() {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};

    let app = spawn_app().await;
    let (counsellor, login, password, worker_id) = registered_by_counsellor(&app).await;
    let (status, issued) = issue_code(&counsellor, worker_id).await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    let code = issued["code"].as_str().unwrap().to_owned();

    // The code's time runs out: its expiry moves one minute into the past.
    let backend = app.db.get_database_backend();
    let placeholder = if backend == DbBackend::Postgres {
        "$1"
    } else {
        "?"
    };
    let past = chrono::Utc::now() - chrono::Duration::minutes(1);
    let changed = app
        .db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "UPDATE password_reset_codes SET expires_at = {placeholder} WHERE used_at IS NULL"
            ),
            [past.into()],
        ))
        .await
        .unwrap();
    assert_eq!(changed.rows_affected(), 1);

    let (status, error) = reset(&app, &login, &code, "mật khẩu mới tinh").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["fields"][0]["code"], "invalid_code");
    // Nothing changed: the old password still works, the new one does not.
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": login, "password": "mật khẩu mới tinh"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    app.login(&login, &password).await;
}
