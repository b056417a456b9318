//! New results of saved searches reach the inbox once per run that found
//! something, and never twice for the same item.

use reqwest::StatusCode;
use serde_json::json;

use super::{messages, run, save_welding_search, worker};
use crate::helpers::{BA_VI, course_body, demand_body, spawn_app};

#[tokio::test]
async fn a_new_matching_job_is_told_once_and_other_jobs_not_at_all() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    // Published before the search was saved: not new to it.
    app.create_demand(&demand_body(employer_id)).await;
    let user = worker(&app).await;
    let saved = save_welding_search(&user).await;

    let report = run(&app).await;
    assert_eq!(report.searches_told, 0);
    assert!(messages(&user, "new_matches").await.is_empty());

    let mut sewing = demand_body(employer_id);
    sewing["title"] = json!("Tuyển công nhân may công nghiệp");
    sewing["description"] = json!("May áo sơ mi xuất khẩu.");
    sewing["occupation_code"] = json!(null);
    sewing["skills"] = json!([{"code": "an-toan-lao-dong", "importance": "essential"}]);
    app.create_demand(&sewing).await;
    let report = run(&app).await;
    assert_eq!(report.searches_told, 0, "an unrelated job is not a match");

    let mut welding = demand_body(employer_id);
    welding["title"] = json!("Cần 2 thợ hàn điện");
    app.create_demand(&welding).await;
    app.create_demand(&welding).await;
    let report = run(&app).await;
    assert_eq!(report.searches_told, 1);
    let told = messages(&user, "new_matches").await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(
        told[0]["text_vi"],
        "2 việc làm mới khớp “thợ hàn” gần Ba Vì"
    );
    assert_eq!(told[0]["text_en"], "2 new jobs match “thợ hàn” near Ba Vì");
    assert_eq!(told[0]["link"], saved["link"]);
    assert_eq!(
        told[0]["link"],
        format!("/jobs?q=th%E1%BB%A3%20h%C3%A0n&commune={BA_VI}")
    );

    let report = run(&app).await;
    assert_eq!(report.searches_told, 0, "the same jobs are not told again");
    assert_eq!(messages(&user, "new_matches").await.len(), 1);

    // The inbox page shows it, linking to the search.
    let (status, page) =
        crate::helpers::html(&user.browser_session().await, &app, "/me/inbox").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("2 việc làm mới khớp “thợ hàn” gần Ba Vì"),
        "{page}"
    );
    assert!(page.contains("Kết quả mới cho tìm kiếm đã lưu"));
}

#[tokio::test]
async fn a_new_class_of_a_course_is_new_to_a_course_search() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let course_id = app.create_course(&course_body(provider_id)).await["id"]
        .as_i64()
        .unwrap();
    let user = worker(&app).await;
    let (status, saved) = user
        .post_json(
            "/api/v1/me/saved-searches",
            &json!({"kind": "courses", "q": "sửa xe máy"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    assert_eq!(run(&app).await.searches_told, 0);

    let (status, intake) = app
        .provider_owner()
        .await
        .post_json(
            &format!("/api/v1/courses/{course_id}/intakes"),
            &json!({"start_date": "2027-06-01", "weeks": 12, "schedule": "weekend", "seats": 20}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{intake}");
    assert_eq!(run(&app).await.searches_told, 1);
    let told = messages(&user, "new_matches").await;
    assert_eq!(told.len(), 1);
    assert_eq!(
        told[0]["text_vi"],
        "1 khóa học có lớp mới khớp “sửa xe máy”"
    );
    assert_eq!(told[0]["link"], "/courses?q=s%E1%BB%ADa%20xe%20m%C3%A1y");
    assert_eq!(run(&app).await.searches_told, 0);
    assert_eq!(messages(&user, "new_matches").await.len(), 1);
}
