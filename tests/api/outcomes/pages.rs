//! The course page's Enrol button and the worker's learning page.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use reqwest::header::LOCATION;

use super::{ELECTRONICS, course_as, electronics_course, pass, set_status, worker};
use crate::helpers::{browser, html, spawn_app};

#[tokio::test]
async fn a_worker_enrols_from_the_course_page_and_follows_credits_on_the_learning_page() {
    let app = spawn_app().await;
    let provider = app.provider_owner().await.clone();
    let course = course_as(
        &provider,
        &electronics_course(app.create_provider().await, 25),
    )
    .await;
    let course_page = format!("/courses/{course}");

    let (_, anonymous) = html(&browser(), &app, &course_page).await;
    assert!(anonymous.contains("Đăng nhập bằng tài khoản người lao động"));
    assert!(!anonymous.contains("/enrol\""));

    let (learner, _) = worker(&app, false, false).await;
    let client = learner.browser_session().await;
    let (_, before) = html(&client, &app, &course_page).await;
    assert!(before.contains(&format!(r#"action="/courses/{course}/enrol""#)));
    assert!(before.contains("Đăng ký học</button>"));
    assert!(before.contains(r#"href="/me/learning""#));

    let response = client
        .post(app.url(&format!("{course_page}/enrol")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], course_page.as_str());
    let (_, after) = html(&client, &app, &course_page).await;
    assert!(after.contains("Bạn đã đăng ký khóa học này"));
    assert!(after.contains("Đã đăng ký"));
    assert!(!after.contains("Đăng ký học</button>"));
    // Enrolling twice shows the conflict instead of a second enrolment.
    let response = client
        .post(app.url(&format!("{course_page}/enrol")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CONFLICT);

    let (_, listed) = provider
        .get_json(&format!("/api/v1/courses/{course}/enrolments"))
        .await;
    let enrolment = listed[0]["id"].as_i64().unwrap();
    set_status(&provider, enrolment, "accepted").await;
    pass(&provider, enrolment, &["MĐ01"]).await;

    let (status, page) = html(&client, &app, "/me/learning").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!("4 / 12 tín chỉ</strong> · {ELECTRONICS}")),
        "{page}"
    );
    assert!(page.contains("Điện tử cơ bản"));
    assert!(page.contains("Đang học"));
    assert!(page.len() < 100_000);
    let (_, english) = html(&client, &app, "/me/learning?lang=en").await;
    assert!(english.contains("4 / 12 credits"));
    assert!(english.contains("Studying"));

    // Others cannot enrol from the page.
    let employer = app.signup(Role::Employer).await;
    let employer_client = employer.browser_session().await;
    let response = employer_client
        .post(app.url(&format!("{course_page}/enrol")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let (status, _) = html(&employer_client, &app, "/me/learning").await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The counsellor's market page shows the targets and links the CSV.
    let counsellor = app.account(Role::Counsellor).await;
    let counsellor_client = counsellor.browser_session().await;
    let (status, market) = html(&counsellor_client, &app, "/counsellor/market").await;
    assert_eq!(status, StatusCode::OK);
    assert!(market.contains("Chỉ tiêu đào tạo nghề năm"));
    assert!(
        market.contains("<td class=\"num\">1</td><td class=\"num\">20.000</td>"),
        "{market}"
    );
    assert!(market.contains("0,0 % (0/1)"), "Vietnamese number formats");
    assert!(market.contains("<td class=\"num\">80 %</td>"));
    let csv_link = market
        .split("href=\"")
        .find(|part| part.starts_with("/api/v1/insights/targets.csv"))
        .and_then(|part| part.split('"').next())
        .unwrap()
        .replace("&amp;", "&");
    let response = counsellor_client
        .get(app.url(&csv_link))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains(",Toàn thành phố,1,0,0,0,0,1")
    );
}
