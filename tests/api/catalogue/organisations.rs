//! Providers and employers: create, read, list, replace, delete.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{
    BA_VI, course_body, demand_body, employer_body, error_fields, provider_body, spawn_app,
};

#[tokio::test]
async fn provider_lifecycle() {
    let app = spawn_app().await;
    let (status, created) = app
        .provider_owner()
        .await
        .post_json("/api/v1/providers", &provider_body())
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["commune_name"], "Ba Vì");
    assert_eq!(created["kind"], "vocational_center");

    let (status, read) = app.get_json(&format!("/api/v1/providers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read, created);

    let mut changed = provider_body();
    changed["name"] = json!("Trường Cao đẳng nghề Sơn Tây");
    changed["kind"] = json!("college");
    changed["commune_code"] = json!("09574");
    let (status, updated) = app
        .provider_owner()
        .await
        .put_json(&format!("/api/v1/providers/{id}"), &changed)
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["name"], "Trường Cao đẳng nghề Sơn Tây");
    assert_eq!(updated["commune_name"], "Sơn Tây");
    assert_eq!(updated["created_at"], created["created_at"]);

    let (_, list) = app.get_json("/api/v1/providers?commune=09574").await;
    assert_eq!(list["total"], 1);
    let (_, list) = app
        .get_json(&format!("/api/v1/providers?commune={BA_VI}"))
        .await;
    assert_eq!(list["total"], 0);

    let (status, _) = app
        .provider_owner()
        .await
        .delete(&format!("/api/v1/providers/{id}"))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get_json(&format!("/api/v1/providers/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn provider_with_bad_fields_is_rejected_and_nothing_is_written() {
    let app = spawn_app().await;
    let body = json!({
        "name": "   ",
        "kind": "vocational_center",
        "commune_code": "12345",
        "phone": "gọi tôi",
        "email": "khong-phai-email"
    });
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/providers", &body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["code"], "validation_failed");
    assert_eq!(error_fields(&error), ["name", "phone", "email"]);
    assert_eq!(error["fields"][0]["message_vi"], "Trường này là bắt buộc.");
    assert_eq!(error["fields"][0]["message_en"], "This field is required.");

    // Shape is fine, but the commune does not exist in Hanoi.
    let mut unknown_commune = provider_body();
    unknown_commune["commune_code"] = json!("12345");
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/providers", &unknown_commune)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["commune_code"]);

    let mut bad_kind = provider_body();
    bad_kind["kind"] = json!("university");
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/providers", &bad_kind)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["kind"]);
    assert_eq!(error["fields"][0]["code"], "invalid_choice");

    assert_eq!(app.total("/api/v1/providers").await, 0);
}

#[tokio::test]
async fn provider_update_with_bad_input_leaves_it_unchanged() {
    let app = spawn_app().await;
    let id = app.create_provider().await;
    let (_, before) = app.get_json(&format!("/api/v1/providers/{id}")).await;
    let mut bad = provider_body();
    bad["commune_code"] = json!("00000");
    let (status, _) = app
        .provider_owner()
        .await
        .put_json(&format!("/api/v1/providers/{id}"), &bad)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, after) = app.get_json(&format!("/api/v1/providers/{id}")).await;
    assert_eq!(before, after);

    let (status, _) = app
        .provider_owner()
        .await
        .put_json("/api/v1/providers/999999", &provider_body())
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .provider_owner()
        .await
        .delete("/api/v1/providers/999999")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn provider_with_courses_cannot_be_deleted() {
    let app = spawn_app().await;
    let id = app.create_provider().await;
    app.create_course(&course_body(id)).await;
    let (status, error) = app
        .provider_owner()
        .await
        .delete(&format!("/api/v1/providers/{id}"))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(error["message_vi"].as_str().unwrap().contains("1 khóa học"));
    assert_eq!(app.total("/api/v1/providers").await, 1);
}

#[tokio::test]
async fn employer_lifecycle_and_errors() {
    let app = spawn_app().await;
    let (status, created) = app
        .employer_owner()
        .await
        .post_json("/api/v1/employers", &employer_body())
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["kind"], "cooperative");

    let mut changed = employer_body();
    changed["name"] = json!("Công ty TNHH Gốm Bát Tràng");
    changed["kind"] = json!("craft_village");
    changed["commune_code"] = json!("00577");
    let (status, updated) = app
        .employer_owner()
        .await
        .put_json(&format!("/api/v1/employers/{id}"), &changed)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(updated["commune_name"], "Bát Tràng");

    let (_, list) = app.get_json("/api/v1/employers?kind=craft_village").await;
    assert_eq!(list["total"], 1);

    let (status, error) = app
        .employer_owner()
        .await
        .post_json(
            "/api/v1/employers",
            &json!({"name": "X", "kind": "company"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["commune_code"]);
    assert_eq!(error["fields"][0]["code"], "required");

    app.create_demand(&demand_body(id)).await;
    let (status, _) = app
        .employer_owner()
        .await
        .delete(&format!("/api/v1/employers/{id}"))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = app.get_json("/api/v1/employers/424242").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.total("/api/v1/employers").await, 1);
}
