//! A training provider's journey in a real browser: publish a course with a
//! class, accept a worker who applied, record every module, issue the
//! certificate and record a 6-month outcome; the worker sees the certificate.

use hocnghe_domain::Role;
use serde_json::json;

use crate::browser::Browser;
use crate::helpers::{BA_VI, spawn_app};
use crate::journeys::log_in;

const CERTIFICATE: &str = "Chứng chỉ sơ cấp Sửa chữa xe máy";

#[tokio::test]
async fn a_provider_publishes_a_course_accepts_a_learner_and_certifies_them() {
    let app = spawn_app().await;
    let provider = app.signup(Role::Provider).await;
    let browser = Browser::start().await;
    log_in(&browser, &app.address, &provider.login).await;
    browser.assert_path("/provider").await;

    browser.fill("#name", "Trung tâm GDNN huyện Ba Vì").await;
    browser.select("#kind", "vocational_center").await;
    browser.select("#commune_code", BA_VI).await;
    browser
        .click("form[action='/provider/organisations'] button[type=submit]")
        .await;
    browser.wait_for("a[href='/provider/courses/new']").await;
    browser
        .click_and_wait("a[href='/provider/courses/new']")
        .await;

    browser.fill("#title", "Sửa chữa xe máy").await;
    browser
        .select("#occupation_code", "tho-sua-chua-xe-may")
        .await;
    browser.fill("#fee_vnd", "4.500.000").await;
    browser.fill("#subsidy_vnd", "3000000").await;
    browser.fill("#certificate", CERTIFICATE).await;
    // Date inputs take keys in the browser's locale order; set the value.
    browser
        .client
        .execute(
            "document.getElementById('start_date').value = '2027-03-02';",
            vec![],
        )
        .await
        .unwrap();
    browser.fill("#weeks", "12").await;
    browser.fill("#seats", "20").await;
    browser.fill("#module_code_0", "MĐ01").await;
    browser.fill("#module_title_0", "Bảo dưỡng động cơ").await;
    browser.fill("#module_credits_0", "3").await;
    browser.fill("#module_hours_0", "90").await;
    browser.fill("#module_0_skill_0", "dong co xe may").await;
    browser.fill("#module_code_1", "MĐ02").await;
    browser.fill("#module_title_1", "Sửa chữa phanh").await;
    browser.fill("#module_credits_1", "2").await;
    browser.fill("#module_hours_1", "60").await;
    browser.fill("#module_1_skill_0", "phanh xe may").await;
    browser.fill("#module_prerequisites_1", "MĐ01").await;
    browser.screenshot("provider-course-form").await;
    browser
        .click("form[action='/provider/courses/new'] button[type=submit]")
        .await;
    browser.wait_for_text("main", "Sửa chữa xe máy").await;
    let dashboard = browser.text("main").await;
    assert!(dashboard.contains("0/20"), "{dashboard}");

    let (_, courses) = app.get_json("/api/v1/courses").await;
    let course = &courses["items"][0];
    let course_id = course["id"].as_i64().unwrap();
    let intake_id = course["intakes"][0]["id"].as_i64().unwrap();
    assert_eq!(
        course["modules"][0]["skills"][0]["code"],
        "bao-duong-sua-chua-dong-co-xe-may"
    );
    assert_eq!(course["modules"][1]["prerequisites"], json!(["MĐ01"]));

    // A worker applies from the course page.
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker
        .put_json(
            "/api/v1/workers/me",
            &json!({
                "commune_code": BA_VI, "education": "lower_secondary", "skills": [],
                "max_travel_km": 15, "share_with_counsellors": false, "share_with_employers": false
            }),
        )
        .await;
    assert_eq!(status, reqwest::StatusCode::OK, "{profile}");
    let learner = Browser::start().await;
    log_in(&learner, &app.address, &worker.login).await;
    learner
        .goto(&format!("{}/courses/{course_id}", app.address))
        .await;
    learner
        .click(&format!(
            "form[action='/courses/{course_id}/enrol'] button[type=submit]"
        ))
        .await;
    learner
        .wait_for_text("main", "Bạn đã đăng ký khóa học này")
        .await;

    // The provider accepts them after the confirmation step.
    browser
        .click_and_wait(&format!("a[href='/provider/intakes/{intake_id}']"))
        .await;
    let (_, enrolments) = provider
        .get_json(&format!("/api/v1/courses/{course_id}/enrolments"))
        .await;
    let enrolment = enrolments[0]["id"].as_i64().unwrap();
    browser
        .click_and_wait(&format!(
            "a[href='/provider/enrolments/{enrolment}/decide?status=accepted']"
        ))
        .await;
    browser.screenshot("provider-accept-confirm").await;
    browser
        .click_and_wait(&format!(
            "form[action='/provider/enrolments/{enrolment}/decide'] button[type=submit]"
        ))
        .await;
    browser.wait_for(&format!("#e{enrolment}")).await;
    assert_eq!(browser.text("#seats").await, "1/20");

    for code in ["MĐ01", "MĐ02"] {
        browser
            .click(&format!("#e{enrolment} button[data-module='{code}']"))
            .await;
        for _ in 0..100 {
            if browser
                .count(&format!("#e{enrolment} button[data-module='{code}']"))
                .await
                == 0
            {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    browser
        .click(&format!(
            "form[action='/provider/enrolments/{enrolment}/certificate'] button"
        ))
        .await;
    browser
        .wait_for_text(&format!("#e{enrolment}"), "Đã cấp chứng chỉ")
        .await;

    browser.click(&format!("#e{enrolment} summary")).await;
    browser.select(&format!("#months_{enrolment}"), "6").await;
    browser
        .select(&format!("#status_{enrolment}"), "employed")
        .await;
    browser
        .fill(&format!("#income_{enrolment}"), "7000000")
        .await;
    browser.screenshot("provider-outcome-form").await;
    browser
        .click(&format!(
            "form[action='/provider/enrolments/{enrolment}/outcomes'] button[type=submit]"
        ))
        .await;
    browser
        .wait_for_text(&format!("#e{enrolment}"), "Sau 6 tháng: Có việc làm")
        .await;
    let row = browser.text(&format!("#e{enrolment}")).await;
    assert!(row.contains("7.000.000"), "{row}");
    let results = browser.text(".figures .certificate").await;
    assert!(results.ends_with("(1)"), "{results}");
    browser.screenshot("provider-class").await;
    browser.close().await;

    learner.goto(&format!("{}/me/learning", app.address)).await;
    let page = learner.text("main").await;
    assert!(page.contains(CERTIFICATE), "{page}");
    assert!(page.contains("Do cơ sở đào tạo cấp"), "{page}");
    learner.screenshot("worker-certificate").await;
    learner.close().await;
}
