//! After applying: the employer shortlists, the worker finds it in the inbox
//! and on "My applications"; deleting an account with JavaScript off.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::browser::Browser;
use crate::helpers::{BA_VI, TestApp, TestUser, demand_body, spawn_app};

async fn log_in(browser: &Browser, base: &str, login: &str) {
    browser.goto(&format!("{base}/login")).await;
    browser.fill("#login", login).await;
    browser.fill("#password", "mật khẩu thử nghiệm").await;
    browser
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;
}

async fn welder(app: &TestApp) -> TestUser {
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker
        .put_json(
            "/api/v1/workers/me",
            &json!({
                "commune_code": BA_VI,
                "education": "lower_secondary",
                "skills": [{"code": "han-mig-mag", "certified": false}],
                "max_travel_km": 15,
                "share_with_counsellors": false,
                "share_with_employers": false
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    worker
}

#[tokio::test]
async fn a_worker_applies_the_employer_shortlists_and_the_worker_sees_it_in_the_inbox() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let demand = app.create_demand(&demand_body(employer_id)).await["id"]
        .as_i64()
        .unwrap();
    let worker = welder(&app).await;

    let worker_browser = Browser::start().await;
    log_in(&worker_browser, &app.address, &worker.login).await;
    worker_browser
        .goto(&format!("{}/jobs/{demand}", app.address))
        .await;
    worker_browser
        .fill("#message", "Tôi hàn MIG được 3 năm.")
        .await;
    worker_browser
        .click(&format!(
            "form[action='/jobs/{demand}/apply'] button[type=submit]"
        ))
        .await;
    worker_browser
        .wait_for_text("main", "Bạn đã ứng tuyển việc này")
        .await;
    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    let id = mine[0]["id"].as_i64().unwrap();

    let employer_browser = Browser::start().await;
    log_in(
        &employer_browser,
        &app.address,
        &app.employer_owner().await.login,
    )
    .await;
    employer_browser
        .goto(&format!(
            "{}/employer/demands/{demand}/candidates",
            app.address
        ))
        .await;
    assert!(
        employer_browser
            .text("main")
            .await
            .contains("Người đã ứng tuyển (1)")
    );
    employer_browser
        .click(&format!(
            "form[action='/employer/applications/{id}/status'] button[type=submit]"
        ))
        .await;
    employer_browser
        .wait_for_text(&format!("#w{}", mine[0]["worker_id"]), "Được mời phỏng vấn")
        .await;
    employer_browser.screenshot("employer-shortlisted").await;
    employer_browser.close().await;

    worker_browser.goto(&format!("{}/", app.address)).await;
    assert!(worker_browser.text("header").await.contains("Hộp thư 1"));
    worker_browser.click_and_wait("a[href='/me/inbox']").await;
    assert!(
        worker_browser
            .text("main")
            .await
            .contains("Được mời phỏng vấn")
    );
    worker_browser.screenshot("worker-inbox").await;
    worker_browser
        .click_and_wait(&format!("main a[href='/me/applications#a{id}']"))
        .await;
    let list = worker_browser.text("main").await;
    assert!(list.contains("Nhà tuyển dụng đã xem"), "{list}");
    assert!(list.contains("Được mời phỏng vấn"));
    assert!(list.contains("Chuẩn bị giấy tờ tùy thân"));
    assert!(!worker_browser.text("header").await.contains("Hộp thư 1"));
    // The phone menu: one row that scrolls, the current page marked.
    let header = worker_browser
        .client
        .find(fantoccini::Locator::Css("header.top"))
        .await
        .unwrap();
    let (_, _, _, height) = header.rectangle().await.unwrap();
    assert!(height < 780.0 / 3.0, "the header takes {height}px of 780");
    assert_eq!(
        worker_browser
            .count("nav a[aria-current=page][href='/me/applications']")
            .await,
        1
    );
    assert_eq!(worker_browser.count("nav a[aria-current=page]").await, 1);
    worker_browser.screenshot("worker-applications").await;
    worker_browser.close().await;
}

#[tokio::test]
async fn a_worker_deletes_the_account_with_javascript_off() {
    let app = spawn_app().await;
    let worker = welder(&app).await;
    let browser = Browser::start_without_js().await;
    log_in(&browser, &app.address, &worker.login).await;
    browser.goto(&format!("{}/me/profile", app.address)).await;
    browser.click_and_wait("a[href='/me/delete']").await;
    assert!(browser.text("main").await.contains("Không thể khôi phục"));
    browser.click("input[name=confirm]").await;
    browser.screenshot("delete-confirm").await;
    browser
        .click("form[action='/me/delete'] button[type=submit]")
        .await;
    browser.assert_path("/").await;
    let (status, _): (StatusCode, Value) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the account is gone");
    browser.close().await;
}

#[tokio::test]
async fn an_employer_invites_a_suggested_worker_who_finds_the_job_in_the_inbox() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let demand = app.create_demand(&demand_body(employer_id)).await["id"]
        .as_i64()
        .unwrap();
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker
        .put_json(
            "/api/v1/workers/me",
            &json!({
                "commune_code": BA_VI,
                "education": "lower_secondary",
                "skills": [{"code": "han-mig-mag", "certified": true}],
                "max_travel_km": 15,
                "share_with_counsellors": false,
                "share_with_employers": true
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    let worker_id = profile["id"].as_i64().unwrap();

    let employer_browser = Browser::start().await;
    log_in(
        &employer_browser,
        &app.address,
        &app.employer_owner().await.login,
    )
    .await;
    employer_browser
        .goto(&format!(
            "{}/employer/demands/{demand}/candidates",
            app.address
        ))
        .await;
    let card = format!("#w{worker_id}");
    assert!(
        !employer_browser.text(&card).await.contains("+84"),
        "no phone before applying"
    );
    employer_browser
        .click(&format!(
            "form[action='/employer/demands/{demand}/candidates/{worker_id}/invite'] button"
        ))
        .await;
    employer_browser
        .wait_for_text(&card, "Đã mời ứng tuyển")
        .await;
    employer_browser.screenshot("employer-invited").await;
    employer_browser.close().await;

    let worker_browser = Browser::start().await;
    log_in(&worker_browser, &app.address, &worker.login).await;
    worker_browser
        .goto(&format!("{}/me/inbox", app.address))
        .await;
    assert!(
        worker_browser
            .text("main")
            .await
            .contains("mời bạn ứng tuyển")
    );
    worker_browser
        .click_and_wait(&format!("main a[href='/jobs/{demand}']"))
        .await;
    assert_eq!(
        worker_browser
            .count(&format!("form[action='/jobs/{demand}/apply']"))
            .await,
        1
    );
    worker_browser.close().await;
}
