//! The counsellor's journey (issue 27) in a real browser: register a worker
//! at the desk, write their plan, enrol them in a class on their behalf
//! with their consent; then the worker signs in, reads the plan at
//! `/me/plan` and marks a step done.

use hocnghe_domain::Role;

use crate::browser::Browser;
use crate::helpers::{BA_VI, course_body, spawn_app};

#[tokio::test]
async fn a_counsellor_registers_a_worker_writes_a_plan_enrols_them_and_the_worker_marks_a_step_done()
 {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let course = app.create_course(&course_body(provider)).await;
    let course_title = course["title"].as_str().unwrap().to_owned();
    let desk = app.account(Role::Counsellor).await;

    let browser = Browser::start().await;
    browser.goto(&format!("{}/login", app.address)).await;
    browser.fill("#login", &desk.login).await;
    browser.fill("#password", "mật khẩu thử nghiệm").await;
    browser
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;

    // Register the worker at the desk, with their consent to share.
    browser
        .goto(&format!("{}/counsellor/register", app.address))
        .await;
    browser.fill("#display_name", "Lê Thị Hoa").await;
    browser.fill("#phone", "0911 222 555").await;
    browser.select("#commune_code", BA_VI).await;
    browser.click("input[name='share_with_counsellors']").await;
    browser
        .click("form[action='/counsellor/register'] button[type=submit]")
        .await;
    browser.wait_for_text(".success", "Mật khẩu tạm").await;
    let temporary = browser.text(".success p:nth-child(2) strong").await;
    browser.screenshot("counsellor-registered").await;
    browser
        .click_and_wait(".success a[href^='/counsellor/workers/']")
        .await;
    let worker_page = browser.path().await;

    // The plan: a goal, then the suggested class as a step.
    browser
        .fill("#goal", "Học sửa xe máy để mở tiệm ở xã")
        .await;
    browser
        .click("form[action$='/plan/goal'] button[type=submit]")
        .await;
    browser
        .wait_for_text("#goal", "Học sửa xe máy để mở tiệm ở xã")
        .await;
    browser.click("input[name='kind'][value='course']").await;
    let intake = course["intakes"][0]["id"].as_i64().unwrap().to_string();
    browser.select("#step-intake", &intake).await;
    browser
        .fill("#step-note", "Hỏi cơ sở về học phí được hỗ trợ")
        .await;
    browser.click("#add-step button[type=submit]").await;
    browser.wait_for_text("#plan-steps", &course_title).await;

    // Enrol on the worker's behalf, with their consent ticked.
    browser
        .click("#plan-steps form.act input[name='worker_agrees']")
        .await;
    browser
        .click("#plan-steps form.act button[type=submit]")
        .await;
    browser.wait_for_text("#enrolments", &course_title).await;
    let done = browser.text("#viec-da-lam-giup + ul").await;
    assert!(done.contains("Đăng ký học giúp"), "{done}");
    assert!(browser.path().await.starts_with(&worker_page));
    browser.screenshot("counsellor-plan").await;
    browser.close().await;

    // The worker signs in, sets their own password and reads the plan.
    let browser = Browser::start().await;
    browser.goto(&format!("{}/login", app.address)).await;
    browser.fill("#login", "0911222555").await;
    browser.fill("#password", &temporary).await;
    browser
        .click_and_wait("form[action='/login'] button[type=submit]")
        .await;
    browser
        .goto(&format!("{}/account/password", app.address))
        .await;
    browser.fill("#current_password", &temporary).await;
    browser.fill("#new_password", "mật khẩu của Hoa").await;
    browser.fill("#confirm_password", "mật khẩu của Hoa").await;
    browser
        .click_and_wait("form[action='/account/password'] button[type=submit]")
        .await;
    browser.goto(&format!("{}/me/plan", app.address)).await;
    assert_eq!(browser.text("h1").await, "Kế hoạch của tôi");
    let plan = browser.text("main").await;
    assert!(plan.contains("Học sửa xe máy để mở tiệm ở xã"), "{plan}");
    assert!(plan.contains(&course_title), "{plan}");
    assert!(plan.contains("Hỏi cơ sở về học phí được hỗ trợ"), "{plan}");
    browser
        .click("form[action^='/me/plan/steps/'] button[type=submit]")
        .await;
    browser.wait_for_text("ol.steps", "Đã xong").await;
    let history = browser.text("#history").await;
    assert!(
        history.contains("đã đánh dấu một bước là xong"),
        "{history}"
    );
    browser.screenshot("worker-plan").await;
    browser.close().await;
}
