//! The job page's Apply form and the employer's candidates page.

use reqwest::StatusCode;
use reqwest::header::LOCATION;

use super::{phone_of, welding_demand, worker_with};
use crate::helpers::{browser, html, spawn_app_with};

#[tokio::test]
async fn a_worker_applies_on_the_job_page_and_the_employer_reveals_and_hires_on_theirs() {
    let app = spawn_app_with(|s| s.auth.contact_reveals_per_day = 1).await;
    let demand = welding_demand(&app).await;
    let job_page = format!("/jobs/{demand}");
    let (_, anonymous) = html(&browser(), &app, &job_page).await;
    assert!(anonymous.contains("Đăng nhập bằng tài khoản người lao động để ứng tuyển"));
    assert!(!anonymous.contains("/apply\""));

    let (applicant, applicant_id) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let worker_browser = applicant.browser_session().await;
    let (_, form) = html(&worker_browser, &app, &job_page).await;
    assert_eq!(
        form.matches(&format!("action=\"/jobs/{demand}/apply\""))
            .count(),
        1
    );
    assert!(
        form.contains("số điện thoại của bạn"),
        "the page says what applying shares"
    );
    let response = worker_browser
        .post(app.url(&format!("{job_page}/apply")))
        .form(&[("message", "Tôi ở Ba Vì, đi làm được ngay.")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], job_page.as_str());
    let (_, applied) = html(&worker_browser, &app, &job_page).await;
    assert_eq!(applied.matches("Bạn đã ứng tuyển việc này").count(), 1);
    assert!(applied.contains("Đã nộp đơn"));
    assert!(!applied.contains("/apply\""));

    let (sharer, sharer_id) = worker_with(&app, &[("han-mig-mag", true)], true).await;
    let (_, second_sharer) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let employer_browser = app.employer_owner().await.browser_session().await;
    let page_path = format!("/employer/demands/{demand}/candidates");
    let (status, page) = html(&employer_browser, &app, &page_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.len() < 100_000);
    assert!(page.contains("Tôi ở Ba Vì, đi làm được ngay."));
    assert!(
        page.contains(&phone_of(&applicant)),
        "an applicant's phone is shown"
    );
    assert!(
        !page.contains(&phone_of(&sharer)),
        "a sharer's phone waits for a reveal"
    );
    assert!(page.contains("1/1"));
    let (_, dashboard) = html(&employer_browser, &app, "/employer").await;
    assert!(dashboard.contains(&format!("href=\"{page_path}\"")));

    let reveal = |worker: i64| app.url(&format!("{page_path}/{worker}/contact"));
    let response = employer_browser
        .post(reveal(sharer_id))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, page) = html(&employer_browser, &app, &page_path).await;
    assert!(page.contains(&phone_of(&sharer)));
    assert!(page.contains("0/1"));
    let response = employer_browser
        .post(reveal(second_sharer))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.text().await.unwrap().contains("trong 24 giờ qua"));

    let (_, api) = app
        .employer_owner()
        .await
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    let application_id = api["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["worker_id"] == applicant_id)
        .unwrap()["application"]["id"]
        .as_i64()
        .unwrap();
    let response = employer_browser
        .post(app.url(&format!("/employer/applications/{application_id}/status")))
        .form(&[("status", "hired")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, hired) = html(&worker_browser, &app, &job_page).await;
    assert!(hired.contains("Đã được tuyển"));

    let (status, _) = html(&worker_browser, &app, &page_path).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "workers cannot open the candidates page"
    );
}
