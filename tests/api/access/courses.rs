//! What a course provides for learners with disabilities: set by the
//! provider through the API and the course form, shown on the course page.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{BA_VI, course_body, error_fields, html, post_form, spawn_app};

#[tokio::test]
async fn a_provider_declares_accessibility_through_the_api_and_the_page_shows_it() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let plain = app.create_course(&course_body(provider)).await;
    assert_eq!(plain["accessibility"], json!([]), "not stated by default");

    let mut body = course_body(provider);
    body["accessibility"] = json!(["easy_read", "step_free", "easy_read"]);
    let course = app.create_course(&body).await;
    let id = course["id"].as_i64().unwrap();
    assert_eq!(course["accessibility"], json!(["step_free", "easy_read"]));
    let (_, read) = app.get_json(&format!("/api/v1/courses/{id}")).await;
    assert_eq!(read["accessibility"], json!(["step_free", "easy_read"]));

    let (status, page) = html(&reqwest::Client::new(), &app, &format!("/courses/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(
            "Hỗ trợ người khuyết tật:</strong> lối đi cho xe lăn, tài liệu dễ hiểu và hướng dẫn từng bước"
        ),
        "{page}"
    );
    let plain_id = plain["id"].as_i64().unwrap();
    let (_, page) = html(
        &reqwest::Client::new(),
        &app,
        &format!("/courses/{plain_id}"),
    )
    .await;
    assert!(page.contains("Cơ sở đào tạo chưa nêu — hãy hỏi trước khi đăng ký."));

    body["accessibility"] = json!(["sign_language"]);
    let updated = app.update_course(id, &body).await;
    assert_eq!(updated["accessibility"], json!(["sign_language"]));

    // An unknown provision is a field error and changes nothing.
    body["accessibility"] = json!(["thang_may"]);
    let owner = app.provider_owner().await;
    let (status, error) = owner
        .put_json(&format!("/api/v1/courses/{id}"), &body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let named = error_fields(&error);
    assert!(
        named.iter().all(|f| f.starts_with("accessibility")),
        "{error}"
    );
    assert_eq!(named.len(), 1, "{error}");
    let (_, read) = app.get_json(&format!("/api/v1/courses/{id}")).await;
    assert_eq!(read["accessibility"], json!(["sign_language"]));
}

fn form<'a>(provider: &'a str, access: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("provider_id", provider),
        ("title", "Điện dân dụng"),
        ("level", "so_cap"),
        ("delivery_mode", "in_person"),
        ("occupation_code", "tho-dien-dan-dung"),
        ("commune_code", BA_VI),
        ("fee_vnd", "3.000.000"),
        ("subsidy_vnd", "0"),
        ("certificate", ""),
        ("description", ""),
        ("start_date", "2027-03-02"),
        ("weeks", "12"),
        ("schedule", "evening"),
        ("seats", "20"),
        ("module_code", "MĐ01"),
        ("module_title", "An toàn điện"),
        ("module_credits", "2"),
        ("module_hours", "45"),
        ("module_0_skill", "An toàn điện"),
        ("module_prerequisites", ""),
    ];
    form.extend(access.iter().map(|a| ("accessibility", *a)));
    form
}

#[tokio::test]
async fn a_provider_ticks_what_the_classes_provide_on_the_course_form() {
    let app = spawn_app().await;
    let owner = app.provider_owner().await.clone();
    let provider = app.create_provider().await.to_string();
    let client = owner.browser_session().await;
    let (status, page) = html(&client, &app, "/provider/courses/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"name="accessibility" value="step_free""#),
        "{page}"
    );
    assert!(page.contains("Hỗ trợ người khuyết tật"));

    // A tampered value comes back as a field error with the ticks kept.
    let response = post_form(
        &client,
        &app,
        "/provider/courses/new",
        &form(&provider, &["sign_language", "thang_may"]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Lựa chọn không hợp lệ."), "{page}");
    assert!(page.contains(r#"name="accessibility" value="sign_language" checked"#));
    assert_eq!(app.total("/api/v1/courses").await, 0, "nothing was written");

    let response = post_form(
        &client,
        &app,
        "/provider/courses/new",
        &form(&provider, &["sign_language", "step_free"]),
    )
    .await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );
    let (_, listed) = app.get_json("/api/v1/courses").await;
    let course = &listed["items"][0];
    assert_eq!(
        course["accessibility"],
        json!(["step_free", "sign_language"])
    );
    let id = course["id"].as_i64().unwrap();

    let (_, edit) = html(&client, &app, &format!("/provider/courses/{id}/edit")).await;
    assert!(edit.contains(r#"name="accessibility" value="step_free" checked"#));
    assert!(edit.contains(r#"name="accessibility" value="sign_language" checked"#));
    assert!(!edit.contains(r#"name="accessibility" value="low_vision" checked"#));

    // Unticking all says "not stated" again.
    let response = post_form(
        &client,
        &app,
        &format!("/provider/courses/{id}/edit"),
        &form(&provider, &[]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, read) = app.get_json(&format!("/api/v1/courses/{id}")).await;
    assert_eq!(read["accessibility"], json!([]));
}
