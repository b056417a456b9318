//! The employer's ranked candidates: who is listed, in what order, with
//! what reasons, and what personal data is withheld.

use hocnghe_domain::Role;
use reqwest::StatusCode;

use super::{apply, ids, phone_of, welding_demand, worker_with};
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_employer_sees_consenting_holders_and_applicants_ranked_without_private_data() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (_, both) = worker_with(
        &app,
        &[("han-mig-mag", true), ("doc-ban-ve-ky-thuat-co-khi", false)],
        true,
    )
    .await;
    let (_, mig_only) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let (_, unrelated) = worker_with(&app, &[("bao-duong-dinh-ky-xe-may", false)], true).await;
    let (_, private_welder) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let (applicant_user, applicant) =
        worker_with(&app, &[("an-toan-lao-dong", false)], false).await;
    apply(&applicant_user, demand, "Tôi học hàn được, xin thử việc.").await;

    let employer = app.employer_owner().await;
    let path = format!("/api/v1/demands/{demand}/candidates");
    let (status, list) = employer.get_json(&path).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    assert_eq!(list["demand_title"], "Tuyển 5 thợ hàn MIG");
    assert_eq!(ids(&list), vec![both, mig_only, applicant]);
    for absent in [unrelated, private_welder] {
        assert!(
            !ids(&list).contains(&absent),
            "{absent} should not be listed"
        );
    }

    let first = &list["items"][0];
    assert_eq!(first["essential_match_pct"], 100);
    assert_eq!(first["optional_match_pct"], 100);
    assert_eq!(first["commune_name"], "Ba Vì");
    assert_eq!(first["distance_km"], 0.0);
    assert_eq!(
        first["summary_vi"],
        "Có 1/1 kỹ năng bắt buộc (100%), 1 kỹ năng có chứng chỉ; cách nơi làm việc 0,0 km."
    );
    assert_eq!(
        first["summary_en"],
        "Has 1 of 1 essential skills (100%), 1 certified; 0.0 km from the workplace."
    );
    assert!(first["contact"].is_null(), "{first}");
    assert!(first["application"].is_null());
    assert_eq!(list["items"][1]["optional_match_pct"], 0);

    let last = &list["items"][2];
    assert_eq!(last["essential_match_pct"], 0);
    assert_eq!(last["missing_skills"][0]["code"], "han-mig-mag");
    assert_eq!(
        last["application"]["message"],
        "Tôi học hàn được, xin thử việc."
    );
    assert_eq!(last["application"]["status"], "submitted");
    assert_eq!(last["contact_source"], "application");
    assert_eq!(last["contact"]["phone"], phone_of(&applicant_user));

    let text = list.to_string();
    for private in ["birth_year", "1992", "ethnicity"] {
        assert!(!text.contains(private), "{private} leaked: {text}");
    }

    let (status, limited) = employer.get_json(&format!("{path}?limit=1")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ids(&limited), vec![both]);
    let (status, error) = employer.get_json(&format!("{path}?limit=0")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["field"], "limit");
    let (status, _) = employer.get_json("/api/v1/demands/999999/candidates").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_the_demands_own_employer_may_list_candidates() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    worker_with(&app, &[("han-mig-mag", false)], true).await;
    let path = format!("/api/v1/demands/{demand}/candidates");
    for role in [Role::Employer, Role::Worker, Role::Provider] {
        let (status, _) = app.signup(role).await.get_json(&path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{role:?}");
    }
    for role in [Role::Counsellor, Role::Admin] {
        let (status, _) = app.account(role).await.get_json(&path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{role:?}");
    }
    let (status, _) = app.get_json(&path).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_deleted_account_leaves_the_candidates_and_its_reveals() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (welder, welder_id) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let (applicant, applicant_id) = worker_with(&app, &[], false).await;
    apply(&applicant, demand, "").await;
    let employer = app.employer_owner().await;
    let (status, _) = employer
        .post_json(
            &format!("/api/v1/demands/{demand}/candidates/{welder_id}/contact"),
            &serde_json::Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let path = format!("/api/v1/demands/{demand}/candidates");
    let (_, before) = employer.get_json(&path).await;
    assert_eq!(ids(&before), vec![welder_id, applicant_id]);
    assert_eq!(before["reveals_left"], 19);

    for user in [&welder, &applicant] {
        let (status, _) = user.delete("/api/v1/workers/me").await;
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
    let (_, after) = employer.get_json(&path).await;
    assert_eq!(ids(&after), Vec::<i64>::new());
    assert_eq!(
        after["reveals_left"], 20,
        "the reveal row went with the worker"
    );
}
