//! A worker applies, withdraws and re-applies; the employer decides. Bad
//! input and the wrong people are refused with clear errors.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{apply, ids, welding_demand, worker_with};
use crate::helpers::{error_fields, spawn_app};

#[tokio::test]
async fn a_worker_applies_withdraws_and_reapplies_and_the_employer_decides() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (worker, worker_id) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let employer = app.employer_owner().await;

    let application = apply(&worker, demand, "  Tôi đã hàn 3 năm ở Sơn Tây.  ").await;
    let id = application["id"].as_i64().unwrap();
    assert_eq!(application["status"], "submitted");
    assert_eq!(application["status_vi"], "Đã nộp đơn");
    assert_eq!(application["message"], "Tôi đã hàn 3 năm ở Sơn Tây.");
    assert_eq!(application["demand_title"], "Tuyển 5 thợ hàn MIG");
    assert_eq!(application["employer_name"], "Hợp tác xã cơ khí Ba Vì");

    let (status, error) = worker
        .post_json(
            &format!("/api/v1/demands/{demand}/applications"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");

    let (status, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(mine[0]["id"], id);

    let decide = format!("/api/v1/applications/{id}/status");
    let (status, shortlisted) = employer
        .put_json(&decide, &json!({"status": "shortlisted"}))
        .await;
    assert_eq!(status, StatusCode::OK, "{shortlisted}");
    assert_eq!(shortlisted["status"], "shortlisted");

    let (status, withdrawn) = worker
        .post_json(&format!("/api/v1/applications/{id}/withdraw"), &Value::Null)
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["status"], "withdrawn");
    let (_, list) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    assert!(
        !ids(&list).contains(&worker_id),
        "a withdrawn, non-sharing worker is no longer a candidate"
    );
    let (status, _) = employer
        .put_json(&decide, &json!({"status": "hired"}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    let again = apply(&worker, demand, "Xin ứng tuyển lại.").await;
    assert_eq!(again["id"], id, "the withdrawn application is reopened");
    assert_eq!(again["status"], "submitted");
    let (status, hired) = employer
        .put_json(&decide, &json!({"status": "hired"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(hired["status_en"], "Hired");
    let (status, _) = worker
        .post_json(&format!("/api/v1/applications/{id}/withdraw"), &Value::Null)
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a decided application stays decided"
    );

    let (_, export) = worker.get_json("/api/v1/workers/me/export").await;
    assert_eq!(export["applications"][0]["status"], "hired");
}

#[tokio::test]
async fn bad_applications_get_clear_errors_and_change_nothing() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (worker, _) = worker_with(&app, &[], false).await;
    let path = format!("/api/v1/demands/{demand}/applications");

    let (status, error) = worker
        .post_json(&path, &json!({"message": "x".repeat(1_001)}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), vec!["message"]);
    let (status, error) = worker
        .post_json(&path, &json!({"message": "", "status": "hired"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, _) = worker
        .post_json("/api/v1/demands/999999/applications", &json!({}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let no_profile = app.signup(Role::Worker).await;
    let (status, error) = no_profile.post_json(&path, &json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error["code"], "no_profile");
    let stranger = app.signup(Role::Employer).await;
    let (status, _) = stranger.post_json(&path, &json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = stranger.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only workers have applications"
    );

    let mut closed = crate::helpers::demand_body(
        app.get_json(&format!("/api/v1/demands/{demand}")).await.1["employer_id"]
            .as_i64()
            .unwrap(),
    );
    closed["status"] = json!("closed");
    app.update_demand(demand, &closed).await;
    let (status, error) = worker.post_json(&path, &json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), vec!["demand_id"]);

    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(mine, json!([]));
}

#[tokio::test]
async fn bad_decisions_get_clear_errors_and_leave_the_application_as_it_was() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (worker, _) = worker_with(&app, &[], false).await;
    let id = apply(&worker, demand, "").await["id"].as_i64().unwrap();
    let employer = app.employer_owner().await;
    let decide = format!("/api/v1/applications/{id}/status");

    let (status, error) = employer
        .put_json(&decide, &json!({"status": "maybe"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), vec!["status"]);
    let (status, _) = employer
        .put_json(&decide, &json!({"status": "hired", "worker_id": 1}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    for not_the_employers_to_set in ["withdrawn", "submitted"] {
        let (status, _) = employer
            .put_json(&decide, &json!({"status": not_the_employers_to_set}))
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{not_the_employers_to_set}");
    }
    let (status, _) = employer
        .put_json(
            "/api/v1/applications/999999/status",
            &json!({"status": "hired"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = worker
        .post_json("/api/v1/applications/999999/withdraw", &Value::Null)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(mine[0]["status"], "submitted");
}
