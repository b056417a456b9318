//! A worker saves a job search, a matching job is published, and the next
//! alerts run tells them in the inbox, which links back to the search.

use hocnghe_api::service::alerts::run_once;
use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::browser::Browser;
use crate::helpers::{BA_VI, demand_body, spawn_app};

#[tokio::test]
async fn save_a_search_a_job_appears_and_the_inbox_says_so() {
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
                "share_with_counsellors": false,
                "share_with_employers": false
            }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{profile}");

    // Without JavaScript: the save button is a plain form.
    let phone = Browser::start_without_js().await;
    phone.goto(&format!("{}/login", app.address)).await;
    phone.fill("#login", &worker.login).await;
    phone.fill("#password", "mật khẩu thử nghiệm").await;
    phone
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;
    phone
        .goto(&format!("{}/jobs?q=th%E1%BB%A3+h%C3%A0n", app.address))
        .await;
    phone
        .click_and_wait("form[action='/me/searches'] button[type=submit]")
        .await;
    phone.assert_path("/me/searches?saved=1").await;
    phone.wait_for_text("main", "“thợ hàn” gần Ba Vì").await;
    phone.screenshot("saved-search-list").await;

    let employer_id = app.create_employer().await;
    let mut job = demand_body(employer_id);
    job["title"] = json!("Cần thợ hàn khung thép");
    app.create_demand(&job).await;
    app.wait_until_ready().await;
    let report = run_once(&app.state).await.unwrap();
    assert_eq!(report.searches_told, 1);

    phone.goto(&format!("{}/me/inbox", app.address)).await;
    phone
        .wait_for_text("main", "1 việc làm mới khớp “thợ hàn” gần Ba Vì")
        .await;
    phone.screenshot("saved-search-inbox").await;
    phone.click_and_wait("main .card a[href^='/jobs?q=']").await;
    phone
        .assert_path(&format!("/jobs?q=th%E1%BB%A3%20h%C3%A0n&commune={BA_VI}"))
        .await;
    phone.wait_for_text("main", "Cần thợ hàn khung thép").await;
    phone.close().await;
}
