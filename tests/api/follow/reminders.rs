//! A learner with a place in a class is reminded once before it starts, and
//! told when the class moves.

use hocnghe_domain::hanoi_today;
use reqwest::StatusCode;
use serde_json::json;

use super::{messages, run, worker};
use crate::helpers::{BA_VI, course_body, spawn_app};

#[tokio::test]
async fn a_learner_is_reminded_once_and_told_when_the_class_moves() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let in_two_days = hanoi_today() + chrono::Days::new(2);
    let mut body = course_body(provider_id);
    body["start_date"] = json!(in_two_days.to_string());
    let course_id = app.create_course(&body).await["id"].as_i64().unwrap();
    let learner = worker(&app).await;
    let applicant = worker(&app).await;
    let mut enrolments = Vec::new();
    for user in [&learner, &applicant] {
        let (status, enrolment) = user
            .post_json(
                &format!("/api/v1/courses/{course_id}/enrolments"),
                &json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{enrolment}");
        enrolments.push(enrolment);
    }
    let provider = app.provider_owner().await;
    let (status, accepted) = provider
        .put_json(
            &format!("/api/v1/enrolments/{}/status", enrolments[0]["id"]),
            &json!({"status": "accepted"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{accepted}");

    let report = run(&app).await;
    assert_eq!(report.reminders_sent, 1, "only the learner with a place");
    let reminded = messages(&learner, "class_reminder").await;
    assert_eq!(reminded.len(), 1);
    let day = in_two_days.format("%d/%m/%Y");
    assert_eq!(
        reminded[0]["text_vi"],
        format!("Nhắc lịch: lớp \"Sửa chữa xe máy\" khai giảng sau 2 ngày nữa ({day}) tại Ba Vì.")
    );
    assert_eq!(reminded[0]["link"], format!("/courses/{course_id}"));
    assert!(messages(&applicant, "class_reminder").await.is_empty());

    assert_eq!(run(&app).await.reminders_sent, 0);
    assert_eq!(messages(&learner, "class_reminder").await.len(), 1);

    // The class moves a day earlier and to an address: both are told at
    // once, and the new day is a new reminder.
    let (_, intakes) = app
        .get_json(&format!("/api/v1/courses/{course_id}/intakes"))
        .await;
    let intake_id = intakes[0]["id"].as_i64().unwrap();
    let tomorrow = hanoi_today() + chrono::Days::new(1);
    let (status, moved) = provider
        .put_json(
            &format!("/api/v1/intakes/{intake_id}"),
            &json!({"start_date": tomorrow.to_string(), "weeks": 12, "schedule": "evening",
                    "commune_code": BA_VI, "address": "Thôn Tản Lĩnh", "seats": 25}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    let told = messages(&learner, "class_reminder").await;
    assert_eq!(told.len(), 2);
    let new_day = tomorrow.format("%d/%m/%Y");
    assert_eq!(
        told[0]["text_vi"],
        format!(
            "Lớp của khóa \"Sửa chữa xe máy\" đổi lịch: khai giảng {new_day} tại Thôn Tản Lĩnh, Ba Vì."
        )
    );
    assert_eq!(
        messages(&applicant, "class_reminder").await.len(),
        1,
        "applicants are told of a move too"
    );

    assert_eq!(run(&app).await.reminders_sent, 1);
    assert_eq!(run(&app).await.reminders_sent, 0);
    let told = messages(&learner, "class_reminder").await;
    assert_eq!(told.len(), 3);
    assert!(
        told[0]["text_vi"].as_str().unwrap().contains("ngày mai"),
        "{told:?}"
    );
}
