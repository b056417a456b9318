//! A worker who forgot their password: a counsellor issues a one-time code in
//! person, the worker sets a new password at /password/forgot and signs in.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::browser::Browser;
use crate::helpers::{BA_VI, spawn_app};

async fn log_in(browser: &Browser, base: &str, login: &str, password: &str) {
    browser.goto(&format!("{base}/login")).await;
    browser.fill("#login", login).await;
    browser.fill("#password", password).await;
    browser
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;
}

#[tokio::test]
async fn a_counsellor_issues_a_code_and_the_worker_resets_a_forgotten_password() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker
        .put_json(
            "/api/v1/workers/me",
            &json!({
                "commune_code": BA_VI,
                "education": "lower_secondary",
                "skills": [],
                "max_travel_km": 15,
                "share_with_counsellors": true,
                "share_with_employers": false
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    let worker_id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;

    // The counsellor opens the worker and issues a code.
    let desk = Browser::start().await;
    log_in(
        &desk,
        &app.address,
        &counsellor.login,
        "mật khẩu thử nghiệm",
    )
    .await;
    desk.goto(&format!("{}/counsellor/workers/{worker_id}", app.address))
        .await;
    desk.click_and_wait(&format!(
        "form[action='/counsellor/workers/{worker_id}/reset-code'] button[type=submit]"
    ))
    .await;
    desk.wait_for("p.code strong").await;
    let code = desk.text("p.code strong").await;
    assert_eq!(code.len(), 9, "two groups of four: {code}");
    desk.screenshot("password-reset-code").await;
    desk.close().await;

    // The worker follows "forgot password" from the login page.
    let phone = Browser::start().await;
    phone.goto(&format!("{}/login", app.address)).await;
    phone.click_and_wait("a[href='/password/forgot']").await;
    phone.assert_path("/password/forgot").await;
    // A mistyped code first: the form says so and keeps the login.
    phone.fill("#login", &worker.login).await;
    phone.fill("#code", "zzzz-zzzz").await;
    phone.fill("#new_password", "mật khẩu mới tinh").await;
    phone
        .click("form[action='/password/forgot'] button[type=submit]")
        .await;
    phone
        .wait_for_text("main", "Mã không đúng, đã dùng hoặc đã hết hạn.")
        .await;
    // Then the code as read out, typed in lower case without the dash.
    phone
        .fill("#code", &code.replace('-', "").to_lowercase())
        .await;
    phone.fill("#new_password", "mật khẩu mới tinh").await;
    phone
        .click_and_wait("form[action='/password/forgot'] button[type=submit]")
        .await;
    phone.assert_path("/password/forgot?done=1").await;
    phone.wait_for_text("main", "Đã đặt mật khẩu mới.").await;
    phone.screenshot("password-reset-done").await;

    // The old password is refused, the new one signs in.
    phone.goto(&format!("{}/login", app.address)).await;
    phone.fill("#login", &worker.login).await;
    phone.fill("#password", "mật khẩu thử nghiệm").await;
    phone
        .click("form[action='/login'] button[type=submit]")
        .await;
    phone
        .wait_for_text("main", "Số điện thoại/email hoặc mật khẩu không đúng.")
        .await;
    log_in(&phone, &app.address, &worker.login, "mật khẩu mới tinh").await;
    let landed = phone.path().await;
    assert!(!landed.starts_with("/login"), "still on {landed}");
    phone.close().await;
}
