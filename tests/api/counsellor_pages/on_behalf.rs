use reqwest::StatusCode;
use serde_json::Value;

use super::{audit_actions, counsellor, json_id, page, post_form, section, worker};
use crate::helpers::{BA_VI, course_body, demand_body, spawn_app};

#[tokio::test]
async fn a_counsellor_enrols_and_applies_for_a_consenting_worker_and_it_says_so() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let course = app.create_course(&course_body(provider)).await;
    let course_id = json_id(&course);
    let employer = app.create_employer().await;
    let demand_id = json_id(&app.create_demand(&demand_body(employer)).await);
    let (_, desk) = counsellor(&app).await;
    let (me, id, _) = worker(&app, true, BA_VI).await;
    let (_, private_id, _) = worker(&app, false, BA_VI).await;
    let course_field = course_id.to_string();
    let demand_field = demand_id.to_string();

    // Without the worker's consent ticked, nothing is done.
    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{id}/enrol"),
        &[("course_id", course_field.as_str())],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Chỉ làm giúp khi người lao động đồng ý"),
        "{body}"
    );
    let (_, enrolments) = me.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(enrolments.as_array().unwrap().len(), 0);

    // With it, the worker is enrolled by the same rules as their own click.
    let agreed = [
        ("course_id", course_field.as_str()),
        ("worker_agrees", "on"),
    ];
    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{id}/enrol"),
        &agreed,
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, enrolments) = me.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(enrolments[0]["course_id"], Value::from(course_id));
    assert_eq!(enrolments[0]["status"], "applied");
    // Twice is the worker's own rule: already applied.
    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{id}/enrol"),
        &agreed,
    )
    .await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("đã đăng ký khóa học này")
    );

    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{id}/apply"),
        &[
            ("demand_id", demand_field.as_str()),
            ("message", "Anh ấy đã làm hàn 2 năm."),
            ("worker_agrees", "on"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, applications) = me.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(applications[0]["demand_id"], Value::from(demand_id));

    let view = page(&desk, &app, &format!("/counsellor/workers/{id}")).await;
    let done = section(&view, "id=\"viec-da-lam-giup\"", "</ul>");
    assert!(done.contains("Đăng ký học giúp"), "{done}");
    assert!(done.contains("Nộp đơn giúp"), "{done}");
    let enrolled = section(&view, "id=\"enrolments\"", "</ul>");
    assert!(
        enrolled.contains(course["title"].as_str().unwrap()),
        "{enrolled}"
    );
    assert!(enrolled.contains("Đã đăng ký"));
    let applied = section(&view, "id=\"applications\"", "</ul>");
    assert!(applied.contains("Đã nộp đơn"), "{applied}");
    assert!(section(&view, "id=\"interests\"", "</p>").contains("Thợ sửa chữa xe máy"));
    assert!(section(&view, "id=\"certificates\"", "</ul>").contains("người lao động tự khai"));
    let log = audit_actions(&me).await;
    assert!(log.contains(&"on_behalf.enrol".to_owned()), "{log:?}");
    assert!(log.contains(&"on_behalf.apply".to_owned()), "{log:?}");

    // A worker who does not share is not there to act for.
    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{private_id}/enrol"),
        &agreed,
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
