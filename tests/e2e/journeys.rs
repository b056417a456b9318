use hocnghe_domain::Role;

use crate::browser::Browser;
use crate::helpers::{BA_VI, course_body, spawn_app};

pub async fn log_in(browser: &Browser, base: &str, login: &str) {
    browser.goto(&format!("{base}/login")).await;
    browser.fill("#login", login).await;
    browser.fill("#password", "mật khẩu thử nghiệm").await;
    browser
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;
}

#[tokio::test]
async fn an_employer_signs_up_and_posts_a_skill_need() {
    let app = spawn_app().await;
    let browser = Browser::start().await;
    browser.goto(&format!("{}/register", app.address)).await;
    browser.select("#role", "employer").await;
    browser.fill("#display_name", "Nguyễn Văn Hòa").await;
    browser.fill("#phone", "0912 000 111").await;
    browser.fill("#password", "mật khẩu thử nghiệm").await;
    browser.screenshot("register").await;
    browser
        .click("form[action='/register'] button[type=submit]")
        .await;
    browser.assert_path("/employer").await;

    browser.fill("#name", "Hợp tác xã rau an toàn Ba Vì").await;
    browser.select("#kind", "cooperative").await;
    browser.select("#commune_code", BA_VI).await;
    browser
        .click("form[action='/employer/organisations'] button[type=submit]")
        .await;
    browser.wait_for("a[href='/employer/demands/new']").await;
    browser
        .click_and_wait("a[href='/employer/demands/new']")
        .await;
    browser
        .fill("#title", "Tuyển 6 người trồng rau VietGAP")
        .await;
    browser.fill("#skill_e1", "an toan lao dong").await;
    browser.fill("#positions", "6").await;
    browser.fill("#wage_min_vnd", "6000000").await;
    browser.screenshot("employer-demand-form").await;
    browser
        .click("form[action='/employer/demands/new'] button[type=submit]")
        .await;

    browser.assert_path("/employer").await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Tuyển 6 người trồng rau VietGAP")
    );
    browser.screenshot("employer-dashboard").await;
    let (_, demands) = app.get_json("/api/v1/demands").await;
    assert_eq!(demands["items"][0]["skills"][0]["code"], "an-toan-lao-dong");
    browser.close().await;
}

#[tokio::test]
async fn a_counsellor_opens_the_labour_market_map() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    app.create_demand(&crate::helpers::demand_body(employer_id))
        .await;
    let counsellor = app.account(Role::Counsellor).await;
    let browser = Browser::start().await;
    log_in(&browser, &app.address, &counsellor.login).await;
    browser.assert_path("/counsellor").await;
    browser.click_and_wait("a[href='/counsellor/market']").await;
    assert_eq!(browser.count(".map svg path").await, 126);
    let ba_vi = browser
        .client
        .find(fantoccini::Locator::Css(&format!(
            "path[data-code='{BA_VI}']"
        )))
        .await
        .unwrap();
    assert_ne!(
        ba_vi.attr("fill").await.unwrap().as_deref(),
        Some("#e7ebe8"),
        "Ba Vì has open positions"
    );
    browser.screenshot("counsellor-map").await;
    browser.close().await;
}

#[tokio::test]
async fn a_worker_searches_sua_xe_may_and_opens_the_motorbike_repair_course() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let course = app.create_course(&course_body(provider_id)).await;
    app.search_until("courses", &[("q", "sua xe may")], |b| b["total"] == 1)
        .await;
    let worker = app.signup(Role::Worker).await;

    let browser = Browser::start().await;
    log_in(&browser, &app.address, &worker.login).await;
    browser.goto(&format!("{}/", app.address)).await;
    browser.screenshot("home").await;
    browser.fill("#q-courses", "sua xe may").await;
    browser
        .click("form[action='/courses'] button[type=submit]")
        .await;
    browser.assert_path("/courses?q=sua+xe+may").await;
    browser.screenshot("course-search").await;
    browser
        .click_and_wait(&format!("a[href='/courses/{}']", course["id"]))
        .await;
    assert_eq!(browser.text("h1").await, "Sửa chữa xe máy");
    assert!(
        browser
            .text("main")
            .await
            .contains("MĐ01 · Bảo dưỡng động cơ")
    );
    browser.screenshot("course-page").await;
    browser.close().await;
}

#[tokio::test]
async fn a_worker_applies_for_a_job_and_the_employer_calls_them_from_the_candidates_page() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let demand = app
        .create_demand(&crate::helpers::demand_body(employer_id))
        .await["id"]
        .as_i64()
        .unwrap();
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker
        .put_json(
            "/api/v1/workers/me",
            &serde_json::json!({
                "commune_code": BA_VI, "education": "lower_secondary",
                "skills": [{"code": "han-mig-mag", "certified": true}],
                "max_travel_km": 15, "share_with_counsellors": false, "share_with_employers": false
            }),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::OK, "{profile}");

    let browser = Browser::start().await;
    log_in(&browser, &app.address, &worker.login).await;
    browser
        .goto(&format!("{}/jobs/{demand}", app.address))
        .await;
    browser
        .fill("#message", "Tôi hàn MIG được 3 năm, ở Ba Vì.")
        .await;
    browser.screenshot("job-apply").await;
    browser
        .click(&format!(
            "form[action='/jobs/{demand}/apply'] button[type=submit]"
        ))
        .await;
    browser
        .wait_for_text("main", "Bạn đã ứng tuyển việc này")
        .await;
    browser.close().await;

    let employer = app.employer_owner().await;
    let browser = Browser::start().await;
    log_in(&browser, &app.address, &employer.login).await;
    browser.assert_path("/employer").await;
    browser
        .click_and_wait(&format!("a[href='/employer/demands/{demand}/candidates']"))
        .await;
    let page = browser.text("main").await;
    assert!(page.contains("Tôi hàn MIG được 3 năm, ở Ba Vì."), "{page}");
    assert!(page.contains("Có 1/1 kỹ năng bắt buộc (100%)"), "{page}");
    assert_eq!(
        browser
            .count(&format!("a[href='tel:+84{}']", &worker.login[1..]))
            .await,
        1,
        "the applicant's phone is a tap-to-call link"
    );
    browser.screenshot("employer-candidates").await;
    browser.close().await;
}
