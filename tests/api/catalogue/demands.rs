//! Employers' skill demands.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{demand_body, error_fields, spawn_app};

#[tokio::test]
async fn demand_lifecycle() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let demand = app.create_demand(&demand_body(employer_id)).await;
    let id = demand["id"].as_i64().unwrap();
    assert_eq!(demand["employer_name"], "Hợp tác xã cơ khí Ba Vì");
    assert_eq!(demand["occupation_name"], "Thợ hàn");
    assert_eq!(demand["status"], "open");
    assert_eq!(demand["skills"][0]["code"], "han-mig-mag");
    assert_eq!(demand["skills"][0]["importance"], "essential");
    assert_eq!(demand["skills"][1]["importance"], "optional");
    assert_eq!(demand["wage_max_vnd"], 12_000_000);

    let mut changed = demand_body(employer_id);
    changed["positions"] = json!(2);
    changed["status"] = json!("filled");
    changed["skills"] = json!([{"code": "han-ho-quang-tay-smaw", "importance": "essential"}]);
    let (status, updated) = app
        .employer_owner()
        .await
        .put_json(&format!("/api/v1/demands/{id}"), &changed)
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["positions"], 2);
    assert_eq!(updated["skills"].as_array().unwrap().len(), 1);

    assert_eq!(app.total("/api/v1/demands?status=filled").await, 1);
    assert_eq!(app.total("/api/v1/demands?status=open").await, 0);
    assert_eq!(
        app.total("/api/v1/demands?skill=han-ho-quang-tay-smaw")
            .await,
        1
    );
    assert_eq!(app.total("/api/v1/demands?skill=han-mig-mag").await, 0);
    assert_eq!(
        app.total(&format!("/api/v1/demands?employer_id={employer_id}"))
            .await,
        1
    );

    let (status, _) = app
        .employer_owner()
        .await
        .delete(&format!("/api/v1/demands/{id}"))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get_json(&format!("/api/v1/demands/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn demand_with_bad_input_is_rejected_and_nothing_is_written() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;

    let mut bad = demand_body(employer_id);
    bad["positions"] = json!(0);
    bad["wage_min_vnd"] = json!(15_000_000);
    bad["skills"] = json!([]);
    bad["expires_on"] = json!("2027-01-01");
    let (status, error) = app
        .employer_owner()
        .await
        .post_json("/api/v1/demands", &bad)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = error_fields(&error);
    for expected in ["skills", "wage_max_vnd", "expires_on", "positions"] {
        assert!(
            fields.contains(&expected.to_string()),
            "{expected} missing in {fields:?}"
        );
    }

    let mut unknown = demand_body(employer_id);
    unknown["employer_id"] = json!(777);
    unknown["skills"][1]["code"] = json!("khong-co");
    let (status, error) = app
        .employer_owner()
        .await
        .post_json("/api/v1/demands", &unknown)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["employer_id", "skills[1].code"]);

    let mut bad_type = demand_body(employer_id);
    bad_type["employment_type"] = json!("full_time");
    let (status, error) = app
        .employer_owner()
        .await
        .post_json("/api/v1/demands", &bad_type)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["employment_type"]);

    let mut duplicate = demand_body(employer_id);
    duplicate["skills"][1]["code"] = json!("han-mig-mag");
    let (status, error) = app
        .employer_owner()
        .await
        .post_json("/api/v1/demands", &duplicate)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["skills[1].code"]);

    assert_eq!(app.total("/api/v1/demands").await, 0);
}
