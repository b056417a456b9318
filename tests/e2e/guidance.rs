//! Career guidance journeys (issue 29), in a real browser without relying on
//! JavaScript: a school leaver takes the interest explorer and opens an
//! occupation page; a worker without skills runs skills discovery and then
//! gets job matches.

use hocnghe_domain::Role;
use serde_json::json;

use crate::browser::Browser;
use crate::helpers::{BA_VI, course_body, demand_body, spawn_app};

#[tokio::test]
async fn a_school_leaver_takes_the_interest_explorer_and_opens_an_occupation_page() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    app.create_course(&course_body(provider)).await;
    let (_, questions) = app.get_json("/api/v1/guidance/interests").await;

    let browser = Browser::start().await;
    browser.goto(&format!("{}/nghe", app.address)).await;
    browser.click_and_wait("a[href='/so-thich']").await;
    // Likes taking machines apart and finding out why they broke.
    for item in questions["items"].as_array().unwrap() {
        let answer = match item["theme"].as_str().unwrap() {
            "R" | "I" => "2",
            "C" => "1",
            _ => "0",
        };
        browser
            .click(&format!(
                "input[name='{}'][value='{answer}']",
                item["code"].as_str().unwrap()
            ))
            .await;
    }
    browser.select("#commune", BA_VI).await;
    browser.screenshot("explorer-questions").await;
    browser
        .click_and_wait("form[action='/so-thich/ket-qua'] button[type=submit]")
        .await;
    browser
        .wait_for_text("h1", "Kết quả khám phá sở thích")
        .await;
    let result = browser.text("main").await;
    assert!(result.contains("Cách tính"), "{result}");
    browser.screenshot("explorer-result").await;
    // The motorbike course near Ba Vì lifts motorbike repair to the top.
    browser
        .click_and_wait("#suggestions li:first-child a")
        .await;
    browser.assert_path("/nghe/tho-sua-chua-xe-may").await;
    assert_eq!(browser.text("h1").await, "Thợ sửa chữa xe máy");
    let page = browser.text("main").await;
    assert!(page.contains("Con đường học nghề"), "{page}");
    assert!(
        page.contains("Sửa chữa xe máy"),
        "the course is on the route"
    );
    browser.screenshot("occupation-page").await;
    browser.close().await;
}

#[tokio::test]
async fn a_worker_without_skills_runs_discovery_then_gets_job_matches() {
    let app = spawn_app().await;
    let employer = app.create_employer().await;
    let mut pigs = demand_body(employer);
    pigs["title"] = json!("Tuyển 3 người nuôi lợn thịt");
    pigs["occupation_code"] = json!("nguoi-chan-nuoi-lon");
    pigs["skills"] = json!([{"code": "nuoi-lon-thit", "importance": "essential"}]);
    let demand = app.create_demand(&pigs).await["id"].as_i64().unwrap();
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker
        .put_json(
            "/api/v1/workers/me",
            &json!({"commune_code": BA_VI, "education": "lower_secondary", "max_travel_km": 20,
                    "share_with_counsellors": false, "share_with_employers": false}),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::OK, "{profile}");

    let browser = Browser::start().await;
    browser.goto(&format!("{}/login", app.address)).await;
    browser.fill("#login", &worker.login).await;
    browser.fill("#password", "mật khẩu thử nghiệm").await;
    browser
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;
    browser
        .goto(&format!("{}/kham-pha-ky-nang", app.address))
        .await;
    browser.click("input[value='nuoi-lon']").await;
    browser.click("input[value='trong-lua-rau-mau']").await;
    browser.screenshot("discovery-checklist").await;
    browser
        .click("form[action='/kham-pha-ky-nang'] button[type=submit]")
        .await;
    browser.wait_for_text("h1", "Kỹ năng của bạn").await;
    assert!(browser.text("main").await.contains("Nuôi lợn thịt"));
    browser.screenshot("discovery-confirm").await;
    browser
        .click("form[action='/kham-pha-ky-nang/luu'] button[type=submit]")
        .await;
    browser
        .wait_for_text("h1", "Đã thêm kỹ năng vào hồ sơ")
        .await;
    browser.click_and_wait("a[href='/me/jobs']").await;
    browser
        .wait_for_text("main", "Tuyển 3 người nuôi lợn thịt")
        .await;
    let page = browser.text("main").await;
    assert!(page.contains("Phù hợp 100%"), "{page}");
    assert_eq!(browser.count(&format!("a[href='/jobs/{demand}']")).await, 1);
    browser.screenshot("discovery-jobs").await;
    browser.close().await;
}
