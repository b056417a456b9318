//! A worker's access needs over the API and the profile page: consent,
//! validation, who sees them (only the worker), export and deletion.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, count_rows, error_fields, html, post_form, spawn_app};
use crate::workers::{profile_body, worker_with_profile};

fn with_access(needs: &[&str], consent: bool) -> Value {
    let mut body = profile_body();
    body["access"] = json!({"needs": needs, "consent": consent});
    body
}

fn kinds(consents: &Value, kind: &str) -> Vec<bool> {
    consents
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == kind)
        .map(|c| c["granted"].as_bool().unwrap())
        .collect()
}

#[tokio::test]
async fn a_worker_gives_access_needs_with_consent_and_withdraws_them() {
    let app = spawn_app().await;
    let body = with_access(&["step_free", "sign_language", "step_free"], true);
    let (worker, saved) = worker_with_profile(&app, &body).await;
    assert_eq!(
        saved["access"]["needs"],
        json!(["step_free", "sign_language"])
    );
    assert_eq!(
        saved["access"]["consent_purpose"],
        "Gợi ý khóa học có hỗ trợ phù hợp (Suggesting courses with suitable support)"
    );
    let consented_at = saved["access"]["consented_at"].clone();
    assert!(consented_at.is_string(), "{saved}");
    let (status, read) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(read, saved);

    // The same needs again keep the consent they were given under.
    let (status, again) = worker.put_json("/api/v1/workers/me", &body).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["access"]["consented_at"], consented_at);

    // Withdrawn: gone, and both steps are in the consent log.
    let mut withdrawn = body.clone();
    withdrawn["access"] = Value::Null;
    let (status, cleared) = worker.put_json("/api/v1/workers/me", &withdrawn).await;
    assert_eq!(status, StatusCode::OK, "{cleared}");
    assert!(cleared.get("access").is_none(), "{cleared}");
    let (_, consents) = worker.get_json("/api/v1/workers/me/consents").await;
    assert_eq!(kinds(&consents, "access"), [true, false]);

    // Consent to no need keeps nothing and records no grant.
    let (status, empty) = worker
        .put_json("/api/v1/workers/me", &with_access(&[], true))
        .await;
    assert_eq!(status, StatusCode::OK, "{empty}");
    assert!(empty.get("access").is_none(), "{empty}");
    let (_, consents) = worker.get_json("/api/v1/workers/me/consents").await;
    assert_eq!(kinds(&consents, "access"), [true, false]);
}

#[tokio::test]
async fn access_needs_without_consent_or_unknown_are_refused_and_nothing_is_written() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let (status, error) = worker
        .put_json("/api/v1/workers/me", &with_access(&["low_vision"], false))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["access.consent"]);
    let field = &error["fields"][0];
    assert_eq!(field["code"], "consent_required");
    assert!(
        field["message_vi"]
            .as_str()
            .unwrap()
            .contains("Chỉ lưu nhu cầu hỗ trợ khi học khi bạn đồng ý rõ ràng"),
        "{error}"
    );
    assert!(
        field["message_en"]
            .as_str()
            .unwrap()
            .contains("Access needs are only kept"),
        "{error}"
    );
    let (status, _) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nothing was written");

    let (status, error) = worker
        .put_json("/api/v1/workers/me", &with_access(&["wheelchair"], true))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let named = error_fields(&error);
    assert_eq!(named.len(), 1, "{error}");
    assert!(named[0].starts_with("access"), "{error}");
    assert_eq!(error["fields"][0]["code"], "invalid_choice", "{error}");

    // A refused change leaves the saved needs as they were.
    let (status, saved) = worker
        .put_json("/api/v1/workers/me", &with_access(&["easy_read"], true))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let mut refused = with_access(&["step_free"], false);
    refused["max_travel_km"] = json!(40);
    let (status, _) = worker.put_json("/api/v1/workers/me", &refused).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, now) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(now, saved);
}

#[tokio::test]
async fn counsellors_and_employers_never_see_access_needs_nor_give_them() {
    let app = spawn_app().await;
    let (worker, profile) = worker_with_profile(&app, &with_access(&["step_free"], true)).await;
    let id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;

    let (status, seen) = counsellor.get_json(&format!("/api/v1/workers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(seen.get("access").is_none(), "{seen}");
    assert!(!seen.to_string().contains("step_free"), "{seen}");
    let client = counsellor.browser_session().await;
    let (status, page) = html(&client, &app, &format!("/counsellor/workers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !page.contains("xe lăn"),
        "the counsellor's page names no need"
    );

    // Only the worker gives them: a counsellor's update is refused, and
    // one without them keeps what the worker gave.
    let (status, error) = counsellor
        .put_json(
            &format!("/api/v1/workers/{id}"),
            &with_access(&["low_vision"], true),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["access"]);
    assert_eq!(error["fields"][0]["code"], "worker_only");
    let (status, updated) = counsellor
        .put_json(&format!("/api/v1/workers/{id}"), &profile_body())
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    let (_, mine) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(mine["access"], profile["access"]);

    // Nor at registration, by API or by the form (which does not ask).
    let body = json!({"display_name": "Lò Văn Páo", "phone": "0977 555 112",
                      "profile": with_access(&["step_free"], true)});
    let (status, error) = counsellor
        .post_json("/api/v1/counsellor/workers", &body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["profile.access"]);
    let (_, form) = html(&client, &app, "/counsellor/register").await;
    assert!(!form.contains(r#"name="access_need""#));

    // Employers see none of it among the candidates.
    let employer = app.employer_owner().await;
    let employer_id = app.create_employer().await;
    let demand = app
        .create_demand(&crate::helpers::demand_body(employer_id))
        .await["id"]
        .as_i64()
        .unwrap();
    let (status, _) = worker
        .post_json(
            &format!("/api/v1/demands/{demand}/applications"),
            &json!({"message": "Xin việc"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, candidates) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    assert_eq!(status, StatusCode::OK, "{candidates}");
    assert!(
        !candidates.to_string().contains("step_free"),
        "{candidates}"
    );
}

#[tokio::test]
async fn the_export_holds_access_needs_and_deletion_removes_them() {
    let app = spawn_app().await;
    let (worker, _) =
        worker_with_profile(&app, &with_access(&["easy_read", "low_vision"], true)).await;
    let (status, export) = worker.get_json("/api/v1/workers/me/export").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        export["profile"]["access"]["needs"],
        json!(["low_vision", "easy_read"])
    );
    assert_eq!(kinds(&export["consents"], "access"), [true]);

    let (status, _) = worker.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let sql = "SELECT COUNT(*) AS n FROM workers WHERE access_needs IS NOT NULL \
               OR access_consent_purpose IS NOT NULL OR access_consented_at IS NOT NULL";
    assert_eq!(count_rows(&app.db, sql).await, 0);
}

#[tokio::test]
async fn the_profile_page_keeps_access_needs_apart_with_their_own_consent() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let client = worker.browser_session().await;
    let (status, page) = html(&client, &app, "/me/profile").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Gợi ý khóa học có hỗ trợ phù hợp"),
        "the purpose"
    );
    assert!(page.contains("cần lối đi không bậc, lớp ở tầng trệt"));

    let mut form = vec![
        ("commune_code", BA_VI),
        ("education", "lower_secondary"),
        ("max_travel_km", "20"),
        ("support", "disability"),
        ("support_consent", "on"),
        ("access_need", "step_free"),
        ("access_need", "low_vision"),
    ];
    // Without the access consent nothing is saved and every tick comes back.
    let response = post_form(&client, &app, "/me/profile", &form).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("Chỉ lưu nhu cầu hỗ trợ khi học khi bạn đồng ý rõ ràng"),
        "{body}"
    );
    for kept in [
        r#"name="access_need" value="step_free" checked"#,
        r#"name="access_need" value="low_vision" checked"#,
        r#"name="support" value="disability" checked"#,
        r#"name="support_consent" value="on" checked"#,
    ] {
        assert!(body.contains(kept), "{kept} not kept");
    }
    let (status, _) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nothing was written");

    form.push(("access_consent", "on"));
    let response = post_form(&client, &app, "/me/profile", &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, page) = html(&client, &app, "/me/profile").await;
    for checked in [
        r#"name="access_need" value="step_free" checked"#,
        r#"name="access_need" value="low_vision" checked"#,
        r#"name="access_consent" value="on" checked"#,
    ] {
        assert!(page.contains(checked), "{checked} not in the page");
    }
    assert!(!page.contains(r#"name="access_need" value="sign_language" checked"#));
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(
        profile["access"]["needs"],
        json!(["step_free", "low_vision"])
    );
    assert_eq!(profile["support"]["categories"], json!(["disability"]));

    // Unticking every need (the consent alone) withdraws them, and a
    // tampered value is a field error.
    let form = [
        ("commune_code", BA_VI),
        ("education", "lower_secondary"),
        ("max_travel_km", "20"),
        ("access_need", "thang_may"),
        ("access_consent", "on"),
    ];
    let response = post_form(&client, &app, "/me/profile", &form).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let form = &form[..3];
    let mut form = form.to_vec();
    form.push(("access_consent", "on"));
    let response = post_form(&client, &app, "/me/profile", &form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    assert!(profile.get("access").is_none(), "{profile}");
}

#[tokio::test]
async fn the_openapi_document_describes_access_needs_and_accessibility() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let schemas = &doc["components"]["schemas"];
    for (schema, field) in [
        ("WorkerProfileInput", "access"),
        ("WorkerProfile", "access"),
        ("CourseInput", "accessibility"),
        ("Course", "accessibility"),
    ] {
        assert!(
            schemas[schema]["properties"].get(field).is_some(),
            "{schema}.{field}"
        );
    }
    assert!(schemas.get("AccessInput").is_some());
    assert_eq!(
        schemas["AccessNeed"]["enum"],
        json!(["step_free", "sign_language", "low_vision", "easy_read"])
    );
}
