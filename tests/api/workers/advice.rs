//! What a counsellor needs to advise: goal, current trade, delivery, hard
//! limits, and support categories (sensitive, consented, the worker's only).

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{profile_body, worker_with_profile};
use crate::helpers::{count_rows, error_fields, spawn_app};

fn advice_body() -> Value {
    let mut body = profile_body();
    body["goal"] = json!("certify_current_trade");
    body["current_occupation"] = json!("tho-sua-chua-xe-may");
    body["delivery_modes"] = json!(["online", "in_person", "online"]);
    body["hard_limits"] = json!(["schedule", "distance"]);
    body["support"] = json!({"categories": ["near_poor_household", "disability"], "consent": true});
    body
}

#[tokio::test]
async fn a_worker_saves_goal_trade_delivery_limits_and_support_and_reads_them_back() {
    let app = spawn_app().await;
    let (worker, saved) = worker_with_profile(&app, &advice_body()).await;
    let (status, profile) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(profile, saved);
    assert_eq!(profile["goal"], "certify_current_trade");
    assert_eq!(profile["current_occupation"]["code"], "tho-sua-chua-xe-may");
    assert_eq!(
        profile["current_occupation"]["name_vi"],
        "Thợ sửa chữa xe máy"
    );
    assert_eq!(profile["delivery_modes"], json!(["in_person", "online"]));
    assert_eq!(profile["hard_limits"], json!(["distance", "schedule"]));
    assert_eq!(
        profile["support"]["categories"],
        json!(["disability", "near_poor_household"])
    );
    assert!(
        profile["support"]["consent_purpose"]
            .as_str()
            .unwrap()
            .contains("diện chính sách")
    );
    let consented_at = profile["support"]["consented_at"].clone();
    assert!(consented_at.is_string());

    // Saving the same categories again keeps the consent they were given
    // under; withdrawing them is recorded.
    let (status, again) = worker.put_json("/api/v1/workers/me", &advice_body()).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["support"]["consented_at"], consented_at);
    let mut cleared = advice_body();
    for field in ["goal", "current_occupation", "support"] {
        cleared[field] = Value::Null;
    }
    cleared["delivery_modes"] = json!([]);
    cleared["hard_limits"] = json!([]);
    let (status, cleared) = worker.put_json("/api/v1/workers/me", &cleared).await;
    assert_eq!(status, StatusCode::OK, "{cleared}");
    assert_eq!(cleared["goal"], Value::Null);
    assert_eq!(cleared["current_occupation"], Value::Null);
    assert_eq!(cleared["delivery_modes"], json!([]));
    assert_eq!(cleared["hard_limits"], json!([]));
    assert!(cleared.get("support").is_none(), "{cleared}");
    let (_, consents) = worker.get_json("/api/v1/workers/me/consents").await;
    let support: Vec<bool> = consents
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "support")
        .map(|c| c["granted"].as_bool().unwrap())
        .collect();
    assert_eq!(support, [true, false]);

    // A profile saved without the new fields at all still works.
    let (status, plain) = worker.put_json("/api/v1/workers/me", &profile_body()).await;
    assert_eq!(status, StatusCode::OK, "{plain}");
    assert_eq!(plain["delivery_modes"], json!([]));
}

#[tokio::test]
async fn bad_advice_fields_are_rejected_field_by_field() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;

    let mut no_consent = advice_body();
    no_consent["support"] = json!({"categories": ["poor_household"], "consent": false});
    let (status, error) = worker.put_json("/api/v1/workers/me", &no_consent).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["support.consent"]);
    assert_eq!(error["fields"][0]["code"], "consent_required");
    assert!(
        !error["fields"][0]["message_vi"]
            .as_str()
            .unwrap()
            .is_empty()
    );
    assert!(
        !error["fields"][0]["message_en"]
            .as_str()
            .unwrap()
            .is_empty()
    );

    let mut unknown_trade = advice_body();
    unknown_trade["current_occupation"] = json!("khong-co-nghe");
    let (status, error) = worker.put_json("/api/v1/workers/me", &unknown_trade).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["current_occupation"]);

    for (field, value) in [
        ("goal", json!("get_rich")),
        ("delivery_modes", json!(["by_post"])),
        ("hard_limits", json!(["weather"])),
        (
            "support",
            json!({"categories": ["veteran"], "consent": true}),
        ),
    ] {
        let mut bad = advice_body();
        bad[field] = value;
        let (status, error) = worker.put_json("/api/v1/workers/me", &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let named = error_fields(&error);
        assert_eq!(named.len(), 1, "{error}");
        assert!(named[0].starts_with(field), "{field}: {error}");
        assert_eq!(error["fields"][0]["code"], "invalid_choice", "{error}");
    }

    let (status, _) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nothing was written");
}

#[tokio::test]
async fn counsellors_see_the_goal_but_never_support_categories_nor_change_them() {
    let app = spawn_app().await;
    let (worker, profile) = worker_with_profile(&app, &advice_body()).await;
    let id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;

    let (status, seen) = counsellor.get_json(&format!("/api/v1/workers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["goal"], "certify_current_trade");
    assert_eq!(seen["current_occupation"]["code"], "tho-sua-chua-xe-may");
    assert_eq!(seen["delivery_modes"], json!(["in_person", "online"]));
    assert_eq!(seen["hard_limits"], json!(["distance", "schedule"]));
    assert!(seen.get("support").is_none(), "{seen}");
    assert!(!seen.to_string().contains("near_poor_household"));

    // A counsellor cannot give support categories, and their update keeps
    // what the worker gave.
    let (status, error) = counsellor
        .put_json(&format!("/api/v1/workers/{id}"), &advice_body())
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["support"]);
    let mut update = profile_body();
    update["goal"] = json!("wage_job");
    let (status, updated) = counsellor
        .put_json(&format!("/api/v1/workers/{id}"), &update)
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["goal"], "wage_job");
    assert!(updated.get("support").is_none(), "{updated}");
    let (_, mine) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(mine["goal"], "wage_job");
    assert_eq!(mine["support"], profile["support"]);

    // Nor in an assisted registration.
    let body =
        json!({"display_name": "Lò Văn Páo", "phone": "0977 555 111", "profile": advice_body()});
    let (status, error) = counsellor
        .post_json("/api/v1/counsellor/workers", &body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["profile.support"]);
    let mut allowed = body.clone();
    allowed["profile"]["support"] = Value::Null;
    let (status, registered) = counsellor
        .post_json("/api/v1/counsellor/workers", &allowed)
        .await;
    assert_eq!(status, StatusCode::CREATED, "{registered}");
    assert_eq!(registered["profile"]["goal"], "certify_current_trade");
    assert_eq!(
        registered["profile"]["hard_limits"],
        json!(["distance", "schedule"])
    );

    // Employers see none of it among the candidates.
    let employer = app.employer_owner().await;
    let employer_id = app.create_employer().await;
    let demand = app
        .create_demand(&crate::helpers::demand_body(employer_id))
        .await["id"]
        .as_i64()
        .unwrap();
    worker
        .post_json(
            &format!("/api/v1/demands/{demand}/applications"),
            &json!({"message": "Xin việc"}),
        )
        .await;
    let (status, candidates) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    assert_eq!(status, StatusCode::OK, "{candidates}");
    let text = candidates.to_string();
    for private in ["near_poor_household", "disability", "consent_purpose"] {
        assert!(!text.contains(private), "{private} in {text}");
    }
}

#[tokio::test]
async fn the_export_holds_the_advice_fields_and_deletion_removes_them() {
    let app = spawn_app().await;
    let (worker, _) = worker_with_profile(&app, &advice_body()).await;
    let (status, export) = worker.get_json("/api/v1/workers/me/export").await;
    assert_eq!(status, StatusCode::OK);
    let profile = &export["profile"];
    assert_eq!(profile["goal"], "certify_current_trade");
    assert_eq!(profile["current_occupation"]["code"], "tho-sua-chua-xe-may");
    assert_eq!(profile["delivery_modes"], json!(["in_person", "online"]));
    assert_eq!(profile["hard_limits"], json!(["distance", "schedule"]));
    assert_eq!(
        profile["support"]["categories"],
        json!(["disability", "near_poor_household"])
    );
    assert!(
        export["consents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "support" && c["granted"] == true),
        "{export}"
    );

    let (status, _) = worker.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let sql = "SELECT COUNT(*) AS n FROM workers WHERE support_categories IS NOT NULL \
               OR goal IS NOT NULL OR hard_limits <> ''";
    assert_eq!(count_rows(&app.db, sql).await, 0);
}

#[tokio::test]
async fn the_openapi_document_describes_the_advice_fields() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let schemas = &doc["components"]["schemas"];
    for field in [
        "goal",
        "current_occupation",
        "delivery_modes",
        "hard_limits",
        "support",
    ] {
        assert!(
            schemas["WorkerProfileInput"]["properties"]
                .get(field)
                .is_some(),
            "input {field}"
        );
        assert!(
            schemas["WorkerProfile"]["properties"].get(field).is_some(),
            "view {field}"
        );
    }
    assert!(schemas.get("SupportInput").is_some());
    assert!(schemas.get("WorkerGoal").is_some());
}
