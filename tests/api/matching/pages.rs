//! "Courses for me" and "Jobs for me": the reasons a worker reads on the page.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use reqwest::header::LOCATION;

use super::recommendations::{BRAKES, CERTIFICATE, demand, world};
use crate::helpers::{TestApp, browser, spawn_app};

pub(super) async fn logged_in_as(app: &TestApp, login: &str) -> reqwest::Client {
    let client = browser();
    let response = client
        .post(app.url("/login"))
        .form(&[("login", login), ("password", "mật khẩu thử nghiệm")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/me/courses");
    client
}

pub(super) async fn page(client: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

fn position(body: &str, needle: &str) -> usize {
    body.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not on the page: {body}"))
}

#[tokio::test]
async fn a_worker_reads_why_a_course_and_a_job_are_suggested() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let brakes_job = demand(&app, w.employer_id, "Tuyển thợ sửa phanh", 4, &[BRAKES]).await;
    let client = logged_in_as(&app, &w.worker.login).await;

    let body = page(&client, &app, "/me/courses").await;
    // Near before far, with the numbers behind the suggestion.
    assert!(
        position(&body, &format!("/courses/{}\"", w.near))
            < position(&body, &format!("/courses/{}\"", w.far))
    );
    for part in [
        "Khóa học cho tôi",
        "Sửa chữa hệ thống phanh xe máy (4 chỗ làm gần bạn)",
        "1.500.000 đ",
        &format!("3 trên 5 tín chỉ hướng tới {CERTIFICATE}"),
        &format!("/jobs/{brakes_job}\""),
    ] {
        assert!(body.contains(part), "{part:?} in /me/courses");
    }
    let english = page(&client, &app, "/me/courses?lang=en").await;
    assert!(english.contains(&format!("3 of 5 credits toward {CERTIFICATE}")));
    assert!(english.contains("(4 positions near you)"));

    let body = page(&client, &app, "/me/jobs?lang=vi").await;
    for part in [
        "Việc cho tôi",
        &format!("/jobs/{brakes_job}\""),
        "Phù hợp 0%",
        "Sửa chữa hệ thống phanh xe máy (thiết yếu)",
        &format!("/courses/{}\"", w.near),
    ] {
        assert!(body.contains(part), "{part:?} in /me/jobs");
    }
}

#[tokio::test]
async fn the_pages_ask_for_a_profile_first_and_are_for_workers_only() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let client = logged_in_as(&app, &worker.login).await;
    for path in ["/me/courses", "/me/jobs"] {
        let body = page(&client, &app, path).await;
        assert!(body.contains(r#"href="/me/profile""#), "{path}");
    }

    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = anonymous.get(app.url("/me/courses")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/login?next=%2Fme%2Fcourses");

    let employer = app.signup(Role::Employer).await;
    let client = employer.browser_session().await;
    let response = client.get(app.url("/me/jobs")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_counsellor_sees_a_consenting_workers_suggestions() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let brakes_job = demand(&app, w.employer_id, "Tuyển thợ sửa phanh", 4, &[BRAKES]).await;
    let counsellor = app.account(Role::Counsellor).await;
    let client = counsellor.browser_session().await;

    let body = page(
        &client,
        &app,
        &format!("/counsellor/workers/{}", w.worker_id),
    )
    .await;
    assert!(
        position(&body, "Khóa học nên học") < position(&body, &format!("/courses/{}\"", w.near))
    );
    assert!(
        position(&body, "Việc làm phù hợp") < position(&body, &format!("/jobs/{brakes_job}\""))
    );
    assert!(body.contains("1.500.000 đ"));
}
