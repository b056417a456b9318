//! The city's targets: exact figures overall and by commune, who may read
//! them, bad parameters and the CSV export.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use super::{apply, certify, course_as, electronics_course, pass, set_status, worker};
use crate::helpers::{BA_VI, error_fields, spawn_app};

const NGOC_HA: &str = "00008";

#[tokio::test]
async fn targets_count_trained_and_certified_workers_by_commune_and_export_csv() {
    let app = spawn_app().await;
    let provider = app.provider_owner().await.clone();
    let course = course_as(
        &provider,
        &electronics_course(app.create_provider().await, 25),
    )
    .await;

    let (certified, _) = worker(&app, false, false).await;
    let (completed, _) = worker(&app, false, false).await;
    let (applied, _) = worker(&app, false, false).await;
    let (accepted, _) = worker(&app, false, false).await;
    let mut profile = crate::workers::profile_body();
    profile["commune_code"] = json!(NGOC_HA);
    profile["earned_modules"] = json!([]);
    crate::workers::worker_with_profile(&app, &profile).await; // holds a declared certificate

    let e1 = apply(&certified, course).await;
    let e2 = apply(&completed, course).await;
    apply(&applied, course).await;
    let e4 = apply(&accepted, course).await;
    let mut decided = Vec::new();
    for e in [e1, e2, e4] {
        decided.push(set_status(&provider, e, "accepted").await["decided_at"].clone());
    }
    // The year the enrolments were accepted in (this year, by the server's clock).
    let year = &decided[0].as_str().unwrap()[..4];
    for e in [e1, e2] {
        pass(&provider, e, &["MĐ01", "MĐ02", "MĐ03"]).await;
    }
    assert_eq!(certify(&provider, e1).await.0, StatusCode::CREATED);
    set_status(&provider, e2, "completed").await;

    let counsellor = app.account(Role::Counsellor).await;
    let (status, targets) = counsellor.get_json("/api/v1/insights/targets").await;
    assert_eq!(status, StatusCode::OK, "{targets}");
    assert_eq!(targets["enrolment_target"], 20_000);
    assert_eq!(targets["trained_target"], 0.8);
    assert_eq!(targets["certified_target"], 0.6);
    let overall = &targets["overall"];
    assert_eq!(overall["registered_workers"], 5);
    assert_eq!(overall["trained"], 3);
    assert_eq!(overall["trained_share"], 0.6);
    assert_eq!(overall["certified"], 2);
    assert_eq!(overall["certified_share"], 0.4);
    assert_eq!(overall["enrolments_in_year"], 3);
    let communes = targets["by_commune"].as_array().unwrap();
    assert_eq!(communes.len(), 2, "{targets}");
    assert_eq!(communes[0]["commune_code"], NGOC_HA);
    assert_eq!(communes[0]["registered_workers"], 1);
    assert_eq!(communes[0]["trained_share"], 1.0);
    assert_eq!(communes[0]["certified"], 1);
    assert_eq!(communes[0]["enrolments_in_year"], 0);
    assert_eq!(communes[1]["commune_code"], BA_VI);
    assert_eq!(communes[1]["commune_name"], "Ba Vì");
    assert_eq!(communes[1]["registered_workers"], 4);
    assert_eq!(communes[1]["trained"], 2);
    assert_eq!(communes[1]["trained_share"], 0.5);
    assert_eq!(communes[1]["certified_share"], 0.25);
    assert_eq!(communes[1]["enrolments_in_year"], 3);
    assert!(
        !targets.to_string().contains(&certified.login[1..]),
        "no phone numbers"
    );

    let (_, old) = counsellor
        .get_json("/api/v1/insights/targets?year=2001")
        .await;
    assert_eq!(old["overall"]["enrolments_in_year"], 0);
    assert_eq!(old["overall"]["trained"], 3);

    // Admins may read; workers, providers and anonymous callers may not.
    let admin = app.account(Role::Admin).await;
    assert_eq!(
        admin.get_json("/api/v1/insights/targets").await.0,
        StatusCode::OK
    );
    assert_eq!(
        certified.get_json("/api/v1/insights/targets").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        provider.get_json("/api/v1/insights/targets.csv").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_json("/api/v1/insights/targets").await.0,
        StatusCode::UNAUTHORIZED
    );

    for (query, field) in [("year=1999", "year"), ("format=xml", "format")] {
        let (status, error) = counsellor
            .get_json(&format!("/api/v1/insights/targets?{query}"))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
        assert_eq!(error_fields(&error), [field]);
    }
    let (status, _) = counsellor
        .get_json(&format!("/api/v1/insights/targets?yaer={year}"))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // CSV, both ways, with a BOM and a download name.
    let client = reqwest::Client::new();
    let mut bodies = Vec::new();
    for path in [
        format!("/api/v1/insights/targets?format=csv&year={year}"),
        format!("/api/v1/insights/targets.csv?year={year}"),
    ] {
        let response = client
            .get(app.url(&path))
            .bearer_auth(&counsellor.token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.headers()["content-type"],
            "text/csv; charset=utf-8"
        );
        assert_eq!(
            response.headers()["content-disposition"],
            format!("attachment; filename=\"hocnghe-chi-tieu-{year}.csv\"").as_str()
        );
        bodies.push(response.bytes().await.unwrap());
    }
    assert_eq!(bodies[0], bodies[1]);
    assert!(bodies[0].starts_with(&[0xEF, 0xBB, 0xBF]));
    let text = std::str::from_utf8(&bodies[0][3..]).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("ma_xa,xa_phuong,nguoi_lao_dong"));
    assert_eq!(lines[1], ",Toàn thành phố,5,3,0.6,2,0.4,3");
    assert_eq!(lines[2], "00008,Ngọc Hà,1,1,1,1,1,0");
    assert_eq!(lines[3], "09700,Ba Vì,4,2,0.5,1,0.25,3");
}
