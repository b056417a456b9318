//! Registration, login, sessions, password change, expiry, rate limits,
//! admin account management.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{error_fields, read, spawn_app, spawn_app_with};

#[tokio::test]
async fn register_login_me_logout() {
    let app = spawn_app().await;
    let body = json!({
        "role": "worker", "display_name": "  Nguyễn Thị Hoa ", "phone": "0912 345 678",
        "email": "Hoa@Example.VN", "password": "rau sạch Văn Đức"
    });
    let response = app
        .client
        .post(app.url("/api/v1/auth/register"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let cookie = response
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("hocnghe_session="), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let (status, session) = read(response).await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    assert_eq!(session["account"]["phone"], "+84912345678");
    assert_eq!(session["account"]["email"], "hoa@example.vn");
    assert_eq!(session["account"]["display_name"], "Nguyễn Thị Hoa");
    assert_eq!(session["token"].as_str().unwrap().len(), 64);
    assert!(session["account"].get("password_hash").is_none());

    // The cookie alone authenticates the browser client.
    let (status, me) = app.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["role"], "worker");

    // Login with the phone typed differently, and with the email.
    let user = app.login("+84 912 345 678", "rau sạch Văn Đức").await;
    let also = app.login("HOA@example.vn", "rau sạch Văn Đức").await;
    let (status, _) = user.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK);

    let (status, _) = user.post_json("/api/v1/auth/logout", &json!({})).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, error) = user.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(error["code"], "unauthenticated");
    // Other sessions are untouched by one logout.
    let (status, _) = also.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn wrong_password_and_unknown_account_get_the_same_401() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let (status, wrong) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": worker.login, "password": "sai mật khẩu"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, unknown) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "0987654321", "password": "sai mật khẩu"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong, unknown);

    let (status, error) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "không phải số", "password": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["login"]);
}

#[tokio::test]
async fn registration_rejects_privileged_roles_unknown_fields_and_duplicates() {
    let app = spawn_app().await;
    let base = json!({"role": "worker", "display_name": "An", "phone": "0911111111", "password": "mật khẩu dài"});

    let mut admin = base.clone();
    admin["role"] = json!("admin");
    let (status, error) = app.post_json("/api/v1/auth/register", &admin).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["code"], "forbidden_role");

    let mut smuggled = base.clone();
    smuggled["disabled"] = json!(false);
    let (status, error) = app.post_json("/api/v1/auth/register", &smuggled).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["disabled"]);

    let mut weak = base.clone();
    weak["password"] = json!("1234");
    let (status, error) = app.post_json("/api/v1/auth/register", &weak).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["password"]);

    let (status, _) = app.post_json("/api/v1/auth/register", &base).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut same_phone = base.clone();
    same_phone["phone"] = json!("+84 911 111 111");
    let (status, error) = app.post_json("/api/v1/auth/register", &same_phone).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["code"], "taken");
}

#[tokio::test]
async fn password_change_revokes_other_sessions() {
    let app = spawn_app().await;
    let first = app.signup(Role::Employer).await;
    let second = app.login(&first.login, "mật khẩu thử nghiệm").await;

    let (status, error) = first
        .post_json(
            "/api/v1/auth/password",
            &json!({"current_password": "sai", "new_password": "mật khẩu mới hơn"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["current_password"]);

    let change =
        json!({"current_password": "mật khẩu thử nghiệm", "new_password": "mật khẩu mới hơn"});
    let (status, _) = first.post_json("/api/v1/auth/password", &change).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = first.get_json("/api/v1/auth/me").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the session that changed the password stays"
    );
    let (status, _) = second.get_json("/api/v1/auth/me").await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "other sessions are revoked"
    );

    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": first.login, "password": "mật khẩu thử nghiệm"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    app.login(&first.login, "mật khẩu mới hơn").await;
}

#[tokio::test]
async fn expired_sessions_are_refused() {
    let app = spawn_app_with(|s| s.auth.session_ttl_hours = 0).await;
    let user = app.signup(Role::Worker).await;
    let (status, _) = user.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn garbage_tokens_are_refused() {
    let app = spawn_app().await;
    for header in [
        "Bearer abc",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        &format!("Bearer {}", "0".repeat(64)),
    ] {
        let response = app
            .client
            .get(app.url("/api/v1/auth/me"))
            .header("authorization", header)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{header}");
    }
}

#[tokio::test]
async fn login_attempts_are_rate_limited_per_account() {
    let app = spawn_app_with(|s| s.auth.login_attempts_per_minute = 3).await;
    let user = app.signup(Role::Worker).await;
    let attempt = json!({"login": user.login, "password": "đoán mò"});
    for _ in 0..3 {
        let (status, _) = app.post_json("/api/v1/auth/login", &attempt).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let response = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .json(&attempt)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    let (_, error) = read(response).await;
    assert_eq!(error["code"], "rate_limited");
    assert!(error["message_vi"].as_str().unwrap().contains("giây"));
}

#[tokio::test]
async fn registrations_are_rate_limited_per_address() {
    let app = spawn_app_with(|s| s.auth.registrations_per_hour = 2).await;
    app.signup(Role::Worker).await;
    app.signup(Role::Worker).await;
    let body = json!({"role": "worker", "display_name": "Ba", "phone": "0933333333", "password": "mật khẩu dài"});
    let (status, _) = app.post_json("/api/v1/auth/register", &body).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn admins_create_counsellors_with_a_generated_password_and_can_disable_accounts() {
    let app = spawn_app().await;
    let admin = app.account(Role::Admin).await;
    let worker = app.signup(Role::Worker).await;

    for (who, expected) in [(&worker, StatusCode::FORBIDDEN)] {
        let (status, _) = who.get_json("/api/v1/admin/users").await;
        assert_eq!(status, expected);
    }
    let (status, _) = app.get_json("/api/v1/admin/users").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, created) = admin
        .post_json("/api/v1/admin/users", &json!({"role": "counsellor", "display_name": "Cán bộ tư vấn Lan", "email": "lan@hanoi.gov.vn"}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["account"]["must_change_password"], true);
    let password = created["generated_password"].as_str().unwrap().to_owned();
    assert_eq!(password.len(), 12);
    let counsellor = app.login("lan@hanoi.gov.vn", &password).await;
    crate::passwords::change(&counsellor, &password, "mật khẩu của Lan").await;
    let (_, me) = counsellor.get_json("/api/v1/auth/me").await;
    assert_eq!(me["role"], "counsellor");

    let (status, list) = admin.get_json("/api/v1/admin/users?role=counsellor").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["total"], 1);

    let (status, disabled) = admin
        .post_json(
            &format!("/api/v1/admin/users/{}/disable", worker.id),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(disabled["disabled"], true);
    let (status, _) = worker.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": worker.login, "password": "mật khẩu thử nghiệm"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, _) = worker
        .post_json(
            &format!("/api/v1/admin/users/{}/enable", worker.id),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = counsellor
        .post_json(
            &format!("/api/v1/admin/users/{}/enable", worker.id),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = admin
        .post_json("/api/v1/admin/users/999999/disable", &json!({}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
