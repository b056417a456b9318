//! Courses made of modules.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{course_body, error_fields, spawn_app};

#[tokio::test]
async fn course_with_modules_round_trips() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let course = app.create_course(&course_body(provider_id)).await;
    let id = course["id"].as_i64().unwrap();

    assert_eq!(course["title"], "Sửa chữa xe máy");
    assert_eq!(
        course["provider_name"],
        "Trung tâm Giáo dục nghề nghiệp Ba Vì"
    );
    assert_eq!(course["occupation_code"], "tho-sua-chua-xe-may");
    assert_eq!(course["occupation_name"], "Thợ sửa chữa xe máy");
    assert_eq!(course["sector"], "mechanics");
    assert_eq!(course["commune_name"], "Ba Vì");
    assert_eq!(course["total_credits"], 5);
    assert_eq!(course["total_hours"], 150);
    assert_eq!(course["subsidy_eligible"], true);
    assert_eq!(course["fee_after_subsidy_vnd"], 1_500_000);
    assert_eq!(course["status"], "open");
    let modules = course["modules"].as_array().unwrap();
    assert_eq!(modules.len(), 2);
    assert_eq!(modules[0]["code"], "MĐ01");
    assert_eq!(
        modules[0]["skills"][0]["label_vi"],
        "Bảo dưỡng, sửa chữa động cơ xe máy"
    );
    assert_eq!(modules[1]["prerequisites"], json!(["MĐ01"]));

    let (status, read) = app.get_json(&format!("/api/v1/courses/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read, course);
}

#[tokio::test]
async fn decomposed_vietnamese_is_stored_composed() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let mut body = course_body(provider_id);
    // "Sửa chữa xe máy" typed with combining marks (NFD), as some phone keyboards send it.
    body["title"] = json!("Su\u{31b}\u{309}a chu\u{31b}\u{303}a xe ma\u{301}y");
    let course = app.create_course(&body).await;
    assert_eq!(course["title"], "Sửa chữa xe máy");
}

#[tokio::test]
async fn update_keeps_modules_matched_by_code() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let course = app.create_course(&course_body(provider_id)).await;
    let id = course["id"].as_i64().unwrap();
    let first_module_id = course["modules"][0]["id"].clone();

    let mut body = course_body(provider_id);
    body["fee_vnd"] = json!(2_000_000);
    body["modules"] = json!([
        {"code": "MĐ01", "title": "Bảo dưỡng động cơ xe máy", "credits": 4, "hours": 120,
         "skills": ["bao-duong-sua-chua-dong-co-xe-may", "an-toan-lao-dong"]},
        {"code": "MĐ03", "title": "Hệ thống điện xe máy", "credits": 2, "hours": 60, "skills": []}
    ]);
    let (status, updated) = app
        .provider_owner()
        .await
        .put_json(&format!("/api/v1/courses/{id}"), &body)
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    let modules = updated["modules"].as_array().unwrap();
    assert_eq!(modules.len(), 2);
    assert_eq!(
        modules[0]["id"], first_module_id,
        "a kept module keeps its id"
    );
    assert_eq!(modules[0]["skills"].as_array().unwrap().len(), 2);
    assert_eq!(modules[1]["code"], "MĐ03");
    assert_eq!(updated["total_credits"], 6);
    assert_eq!(
        updated["fee_after_subsidy_vnd"], 0,
        "the subsidy covers the whole fee"
    );
}

#[tokio::test]
async fn course_with_bad_modules_reports_each_field_and_writes_nothing() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let mut body = course_body(provider_id);
    body["weeks"] = json!(0);
    body["fee_vnd"] = json!(-1);
    body["modules"][1]["code"] = json!("MĐ01");
    body["modules"][1]["credits"] = json!(0);
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = error_fields(&error);
    for expected in ["fee_vnd", "weeks", "modules[1].code", "modules[1].credits"] {
        assert!(
            fields.contains(&expected.to_string()),
            "{expected} missing in {fields:?}"
        );
    }

    let mut unknown_refs = course_body(provider_id);
    unknown_refs["provider_id"] = json!(9999);
    unknown_refs["occupation_code"] = json!("nghe-khong-co");
    unknown_refs["modules"][0]["skills"] = json!(["ky-nang-khong-co"]);
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &unknown_refs)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error_fields(&error),
        ["provider_id", "occupation_code", "modules[0].skills[0]"]
    );
    assert_eq!(error["fields"][2]["code"], "unknown_reference");

    let mut no_modules = course_body(provider_id);
    no_modules["modules"] = json!([]);
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &no_modules)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["modules"]);

    assert_eq!(app.total("/api/v1/courses").await, 0);
}

#[tokio::test]
async fn wrong_types_missing_and_unknown_fields_are_named() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;

    let mut wrong_type = course_body(provider_id);
    wrong_type["modules"][0]["credits"] = json!("ba");
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &wrong_type)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["modules[0].credits"]);

    let mut missing = course_body(provider_id);
    missing.as_object_mut().unwrap().remove("title");
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &missing)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["title"]);
    assert_eq!(error["fields"][0]["code"], "required");

    let mut unknown = course_body(provider_id);
    unknown["owner_id"] = json!(1);
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &unknown)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["owner_id"]);
    assert_eq!(error["fields"][0]["code"], "unknown_field");

    let mut bad_date = course_body(provider_id);
    bad_date["start_date"] = json!("02/03/2027");
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/courses", &bad_date)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["start_date"]);

    assert_eq!(app.total("/api/v1/courses").await, 0);
}

#[tokio::test]
async fn list_filters_and_pages() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    for i in 0..3 {
        let mut body = course_body(provider_id);
        body["title"] = json!(format!("Sửa chữa xe máy khóa {i}"));
        if i == 2 {
            body["level"] = json!("short_course");
            body["delivery_mode"] = json!("online");
        }
        app.create_course(&body).await;
    }
    let (_, page) = app.get_json("/api/v1/courses?per_page=2&page=2").await;
    assert_eq!(page["total"], 3);
    assert_eq!(page["page"], 2);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    assert_eq!(page["items"][0]["title"], "Sửa chữa xe máy khóa 2");

    assert_eq!(app.total("/api/v1/courses?level=short_course").await, 1);
    assert_eq!(app.total("/api/v1/courses?mode=in_person").await, 2);
    assert_eq!(
        app.total(&format!("/api/v1/courses?provider_id={provider_id}"))
            .await,
        3
    );
    assert_eq!(app.total("/api/v1/courses?occupation=tho-han").await, 0);

    let (status, _) = app.get_json("/api/v1/courses?per_page=1000").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = app.get_json("/api/v1/courses?level=dai_hoc").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn delete_and_not_found() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let id = app.create_course(&course_body(provider_id)).await["id"]
        .as_i64()
        .unwrap();
    let (status, _) = app
        .provider_owner()
        .await
        .delete(&format!("/api/v1/courses/{id}"))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for path in [format!("/api/v1/courses/{id}"), "/api/v1/courses/0".into()] {
        let (status, body) = app.get_json(&path).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(body["message_en"], "No such course.");
    }
    let (status, _) = app
        .provider_owner()
        .await
        .put_json(&format!("/api/v1/courses/{id}"), &course_body(provider_id))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .provider_owner()
        .await
        .delete(&format!("/api/v1/courses/{id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_json("/api/v1/courses/abc").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
