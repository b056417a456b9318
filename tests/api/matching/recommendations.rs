use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, TestApp, TestUser, course_body, demand_body, error_fields, spawn_app};
use crate::workers::worker_with_profile;

/// Phường Sơn Tây, 18.1 km from Ba Vì's centroid.
const SON_TAY: &str = "09574";
pub(super) const CERTIFICATE: &str = "Chứng chỉ sơ cấp Sửa chữa xe máy";
const ENGINE: &str = "bao-duong-sua-chua-dong-co-xe-may";
pub(super) const BRAKES: &str = "sua-chua-he-thong-phanh-xe-may";

/// Has passed module MĐ01 (engine servicing, 3 credits) of the motorbike
/// certificate; can travel 30 km, pay 2,000,000 đ, study in the evening.
fn profile(share_with_counsellors: bool) -> Value {
    json!({
        "commune_code": BA_VI,
        "education": "lower_secondary",
        "earned_modules": [
            {"code": "MĐ01", "title": "Bảo dưỡng động cơ", "credits": 3, "skills": [ENGINE],
             "certificate": CERTIFICATE, "completed_on": "2025-06-30"}
        ],
        "max_travel_km": 30,
        "study_times": ["evening"],
        "max_fee_vnd": 2_000_000,
        "share_with_counsellors": share_with_counsellors,
        "share_with_employers": true
    })
}

pub(super) struct World {
    pub(super) near: i64,
    pub(super) far: i64,
    welding: i64,
    expensive: i64,
    pub(super) worker: TestUser,
    pub(super) worker_id: i64,
    pub(super) employer_id: i64,
}

/// Four courses; no demands yet.
pub(super) async fn world(app: &TestApp) -> World {
    let provider = app.create_provider().await;
    let course = |commune: &str, fee: i64, subsidy: i64| {
        let mut body = course_body(provider);
        body["commune_code"] = json!(commune);
        body["fee_vnd"] = json!(fee);
        body["subsidy_vnd"] = json!(subsidy);
        body
    };
    let near = app
        .create_course(&course(BA_VI, 4_500_000, 3_000_000))
        .await["id"]
        .as_i64()
        .unwrap();
    let far = app
        .create_course(&course(SON_TAY, 4_500_000, 3_000_000))
        .await["id"]
        .as_i64()
        .unwrap();
    let mut welding = course(BA_VI, 4_500_000, 3_000_000);
    welding["title"] = json!("Hàn MIG cơ bản");
    welding["occupation_code"] = json!("tho-han");
    welding["certificate"] = json!("Chứng chỉ sơ cấp Hàn");
    welding["modules"] = json!([{"code": "H01", "title": "Hàn MIG", "credits": 4, "hours": 120,
                                 "skills": ["han-mig-mag"]}]);
    let welding = app.create_course(&welding).await["id"].as_i64().unwrap();
    let expensive = app.create_course(&course(BA_VI, 9_000_000, 0)).await["id"]
        .as_i64()
        .unwrap();
    let (worker, body) = worker_with_profile(app, &profile(true)).await;
    World {
        near,
        far,
        welding,
        expensive,
        worker,
        worker_id: body["id"].as_i64().unwrap(),
        employer_id: app.create_employer().await,
    }
}

/// An open demand in Ba Vì for `positions` people with the given essential skills.
pub(super) async fn demand(
    app: &TestApp,
    employer_id: i64,
    title: &str,
    positions: i64,
    essential: &[&str],
) -> i64 {
    let body = demand_needing(
        employer_id,
        title,
        "tho-sua-chua-xe-may",
        positions,
        essential,
    );
    app.create_demand(&body).await["id"].as_i64().unwrap()
}

/// A demand body in Ba Vì of `occupation` for `positions` people with the
/// given essential skills.
pub(super) fn demand_needing(
    employer_id: i64,
    title: &str,
    occupation: &str,
    positions: i64,
    essential: &[&str],
) -> Value {
    let mut body = demand_body(employer_id);
    body["title"] = json!(title);
    body["occupation_code"] = json!(occupation);
    body["positions"] = json!(positions);
    body["skills"] = essential
        .iter()
        .map(|code| json!({"code": code, "importance": "essential"}))
        .collect();
    body
}

fn ids(body: &Value, key: &str) -> Vec<i64> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[key].as_i64().unwrap())
        .collect()
}

fn item(body: &Value, key: &str, id: i64) -> Value {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item[key] == json!(id))
        .unwrap_or_else(|| panic!("{key} {id} in {body}"))
        .clone()
}

#[tokio::test]
async fn recommendations_explain_positions_distance_fee_and_credits_and_see_new_demands() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let path = "/api/v1/workers/me/recommendations/courses";

    let (status, before) = w.worker.get_json(path).await;
    assert_eq!(status, StatusCode::OK, "{before}");
    let near = item(&before, "course_id", w.near);
    assert_eq!(near["explanation"]["open_positions_nearby"], 0, "{near}");

    // Read-your-writes: the next request sees the demand just posted.
    let brakes_job = demand(
        &app,
        w.employer_id,
        "Tuyển thợ sửa phanh xe máy",
        4,
        &[BRAKES],
    )
    .await;
    let (status, body) = w.worker.get_json(path).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["worker_id"], w.worker_id);

    // The same course in Ba Vì and in Sơn Tây is one card, the nearer
    // intake, naming the other; a course teaching what employers nearby
    // need beats one nobody needs; the one over budget comes last.
    assert_eq!(
        ids(&body, "course_id"),
        vec![w.near, w.welding, w.expensive],
        "{body}"
    );

    let near = item(&body, "course_id", w.near);
    let e = &near["explanation"];
    assert_eq!(near["commune_code"], BA_VI);
    assert_eq!(e["open_positions_nearby"], 4, "{near}");
    assert_eq!(e["demands_nearby"], 1);
    assert_eq!(e["jobs_unlocked"][0]["demand_id"], brakes_job);
    assert_eq!(e["jobs_unlocked"][0]["positions"], 4);
    // Only the brake skill is new: the engine module is already passed.
    let gained: Vec<&str> = e["skills_gained"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(gained, vec![BRAKES]);
    assert_eq!(e["skills_gained"][0]["positions_nearby"], 4);
    assert_eq!(e["distance_km"], 0.0);
    assert_eq!(e["fee_after_subsidy_vnd"], 1_500_000);
    assert_eq!(e["within_budget"], true);
    assert_eq!(
        e["credits_toward"],
        json!({"certificate": CERTIFICATE, "earned": 3, "required": 5})
    );
    let vi = e["summary_vi"].as_str().unwrap();
    for part in [
        "4 vị trí",
        "mở ra 1 việc làm",
        "cách nhà 0,0 km",
        "1.500.000 đ",
        "3/5 tín chỉ",
    ] {
        assert!(vi.contains(part), "{part:?} in {vi}");
    }
    let en = e["summary_en"].as_str().unwrap();
    assert!(
        en.contains(&format!("3 of 5 credits toward {CERTIFICATE}")),
        "{en}"
    );
    assert!(near["score"].as_f64().unwrap() > 0.0);
    assert!(near["factors"]["demand"].as_f64().unwrap() > 1.0, "{near}");

    let other_intakes = near["other_intakes"].as_array().unwrap();
    assert_eq!(other_intakes.len(), 1, "{near}");
    assert_eq!(other_intakes[0]["course_id"], w.far);
    assert_eq!(other_intakes[0]["commune_code"], SON_TAY);
    assert_eq!(other_intakes[0]["fits"], true);

    let welding = item(&body, "course_id", w.welding);
    assert_eq!(welding["explanation"]["open_positions_nearby"], 0);

    let expensive = item(&body, "course_id", w.expensive);
    assert_eq!(expensive["explanation"]["within_budget"], false);
    assert_eq!(expensive["explanation"]["fee_after_subsidy_vnd"], 9_000_000);
    assert!(
        !expensive["explanation"]["concerns"]
            .as_array()
            .unwrap()
            .is_empty(),
        "{expensive}"
    );

    let (_, top) = w.worker.get_json(&format!("{path}?limit=1")).await;
    assert_eq!(ids(&top, "course_id"), vec![w.near]);
}

#[tokio::test]
async fn job_matches_rank_by_essential_coverage_and_name_missing_skills_and_courses() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let brakes_job = demand(&app, w.employer_id, "Tuyển thợ sửa phanh", 2, &[BRAKES]).await;
    let engine_job = demand(&app, w.employer_id, "Tuyển thợ bảo dưỡng", 3, &[ENGINE]).await;
    let both_job = demand(
        &app,
        w.employer_id,
        "Tuyển thợ xe máy",
        1,
        &[ENGINE, BRAKES],
    )
    .await;

    let (status, body) = w.worker.get_json("/api/v1/workers/me/matches/jobs").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        ids(&body, "demand_id"),
        vec![engine_job, both_job, brakes_job],
        "{body}"
    );

    let engine = item(&body, "demand_id", engine_job);
    assert_eq!(engine["essential_match_pct"], 100);
    assert_eq!(engine["matched_skills"][0]["code"], ENGINE);
    assert_eq!(engine["matched_skills"][0]["certified"], true);
    assert_eq!(engine["missing_skills"], json!([]));

    let both = item(&body, "demand_id", both_job);
    assert_eq!(both["essential_match_pct"], 50);
    assert_eq!(both["missing_skills"][0]["code"], BRAKES);
    let vi = both["summary_vi"].as_str().unwrap();
    assert!(vi.contains("Bạn có 1/2 kỹ năng bắt buộc (50%)"), "{vi}");

    let brakes = item(&body, "demand_id", brakes_job);
    assert_eq!(brakes["essential_match_pct"], 0);
    assert_eq!(brakes["distance_km"], 0.0);
    // The nearest course teaching the missing skill is the one in Ba Vì.
    assert_eq!(brakes["courses"][0]["course_id"], w.near, "{brakes}");
    assert_eq!(brakes["courses"][0]["teaches"][0]["code"], BRAKES);
}

#[tokio::test]
async fn only_the_worker_and_consented_counsellors_see_recommendations() {
    let app = spawn_app().await;
    let w = world(&app).await;
    let (_, private) = worker_with_profile(&app, &profile(false)).await;
    let private_id = private["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;
    let other_worker = app.signup(Role::Worker).await;
    let employer = app.signup(Role::Employer).await;

    for kind in ["recommendations/courses", "matches/jobs"] {
        let shared = format!("/api/v1/workers/{}/{kind}", w.worker_id);
        let (status, body) = counsellor.get_json(&shared).await;
        assert_eq!(status, StatusCode::OK, "{kind}: {body}");
        assert_eq!(body["worker_id"], w.worker_id);

        let (status, _) = counsellor
            .get_json(&format!("/api/v1/workers/{private_id}/{kind}"))
            .await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "{kind}: counsellor without consent"
        );
        for (who, user) in [("other worker", &other_worker), ("employer", &employer)] {
            let (status, _) = user.get_json(&shared).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{kind}: {who}");
        }
        let (status, _) = app.get_json(&shared).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{kind}: anonymous");
        // A worker without a profile is told to make one.
        let (status, body) = other_worker
            .get_json(&format!("/api/v1/workers/me/{kind}"))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{kind}");
        assert_eq!(body["code"], "no_profile");
    }

    // The counsellor's reads are in the worker's audit log.
    let (status, audit) = w.worker.get_json("/api/v1/workers/me/audit").await;
    assert_eq!(status, StatusCode::OK, "{audit}");
    let text = audit.to_string();
    assert!(text.contains("read_course_recommendations"), "{text}");
    assert!(text.contains("read_job_matches"), "{text}");
}

#[tokio::test]
async fn bad_limits_are_422_with_the_field_named() {
    let app = spawn_app().await;
    let w = world(&app).await;
    for query in [
        "limit=0",
        "limit=101",
        "limit=abc",
        "limit=-1",
        "page_size=5",
    ] {
        for kind in ["recommendations/courses", "matches/jobs"] {
            let (status, body) = w
                .worker
                .get_json(&format!("/api/v1/workers/me/{kind}?{query}"))
                .await;
            assert_eq!(
                status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{kind}?{query}: {body}"
            );
            assert!(!error_fields(&body).is_empty(), "{body}");
            assert!(body["message_vi"].is_string() && body["message_en"].is_string());
        }
    }
    let (status, body) = w
        .worker
        .get_json("/api/v1/workers/me/matches/jobs?limit=100")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn the_openapi_document_lists_the_matching_routes() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    for path in [
        "/api/v1/workers/me/recommendations/courses",
        "/api/v1/workers/{id}/recommendations/courses",
        "/api/v1/workers/me/matches/jobs",
        "/api/v1/workers/{id}/matches/jobs",
        "/api/v1/occupations/{code}/gap",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path} missing");
    }
}
