//! Enrolment, modules passed, certificates, stackable credits, outcomes
//! and course and provider results, driven over HTTP.

mod enrolment;
mod market;
mod pages;
mod results;
mod targets;

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, TestApp, TestUser, course_body, provider_body};
use crate::workers::profile_body;

pub const ELECTRONICS: &str = "Chứng chỉ sơ cấp Điện tử cơ bản";
pub const ASSEMBLY: &str = "Chứng chỉ sơ cấp Lắp ráp điện tử";

/// Electronics basics: MĐ01 (4 credits), MĐ02 multimeter (3), MĐ03 (5) = 12.
pub fn electronics_course(provider_id: i64, seats: i64) -> Value {
    let mut body = course_body(provider_id);
    body["title"] = json!("Điện tử cơ bản");
    body["occupation_code"] = Value::Null;
    body["seats"] = json!(seats);
    body["certificate"] = json!(ELECTRONICS);
    body["modules"] = json!([
        {"code": "MĐ01", "title": "Linh kiện điện tử", "credits": 4, "hours": 60,
         "skills": ["nhan-biet-linh-kien-dien-tu-co-ban"]},
        {"code": "MĐ02", "title": "Đồng hồ vạn năng", "credits": 3, "hours": 45,
         "skills": ["su-dung-dong-ho-van-nang"]},
        {"code": "MĐ03", "title": "Hàn linh kiện", "credits": 5, "hours": 75,
         "skills": ["han-linh-kien-dien-tu"]}
    ]);
    body
}

/// Electronics assembly at another provider: M1 measuring (2 credits, the
/// same skill as MĐ02 above), M2 (6), M3 (2) = 10.
pub fn assembly_course(provider_id: i64) -> Value {
    let mut body = course_body(provider_id);
    body["title"] = json!("Lắp ráp điện tử");
    body["occupation_code"] = Value::Null;
    body["certificate"] = json!(ASSEMBLY);
    body["modules"] = json!([
        {"code": "M1", "title": "Đo kiểm mạch", "credits": 2, "hours": 30,
         "skills": ["su-dung-dong-ho-van-nang"]},
        {"code": "M2", "title": "Lắp ráp bo mạch", "credits": 6, "hours": 90,
         "skills": ["lap-rap-bo-mach-dien-tu-theo-quy-trinh"]},
        {"code": "M3", "title": "Chống tĩnh điện", "credits": 2, "hours": 30,
         "skills": ["phong-chong-tinh-dien-esd-trong-san-xuat-dien-tu"]}
    ]);
    body
}

/// A second provider with its own owner account.
pub async fn other_provider(app: &TestApp) -> (TestUser, i64) {
    let owner = app.signup(Role::Provider).await;
    let mut body = provider_body();
    body["name"] = json!("Trường Trung cấp nghề Sơn Tây");
    let (status, provider) = owner.post_json("/api/v1/providers", &body).await;
    assert_eq!(status, StatusCode::CREATED, "{provider}");
    (owner, provider["id"].as_i64().unwrap())
}

pub async fn course_as(owner: &TestUser, body: &Value) -> i64 {
    let (status, course) = owner.post_json("/api/v1/courses", body).await;
    assert_eq!(status, StatusCode::CREATED, "{course}");
    course["id"].as_i64().unwrap()
}

/// A worker with a profile; `counsellors` / `employers` set the sharing.
pub async fn worker(app: &TestApp, counsellors: bool, employers: bool) -> (TestUser, i64) {
    let mut body = profile_body();
    body["commune_code"] = json!(BA_VI);
    body["earned_modules"] = json!([]);
    body["certificates"] = json!([]);
    body["share_with_counsellors"] = json!(counsellors);
    body["share_with_employers"] = json!(employers);
    let (user, profile) = crate::workers::worker_with_profile(app, &body).await;
    (user, profile["id"].as_i64().unwrap())
}

pub async fn apply(worker: &TestUser, course_id: i64) -> i64 {
    let (status, enrolment) = worker
        .post_json(
            &format!("/api/v1/courses/{course_id}/enrolments"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{enrolment}");
    enrolment["id"].as_i64().unwrap()
}

pub async fn set_status(provider: &TestUser, enrolment_id: i64, status: &str) -> Value {
    let (code, body) = provider
        .put_json(
            &format!("/api/v1/enrolments/{enrolment_id}/status"),
            &json!({"status": status}),
        )
        .await;
    assert_eq!(code, StatusCode::OK, "{body}");
    body
}

pub async fn pass(provider: &TestUser, enrolment_id: i64, codes: &[&str]) {
    for code in codes {
        let (status, body) = provider
            .post_json(
                &format!("/api/v1/enrolments/{enrolment_id}/completions"),
                &json!({"module_code": code}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
}

pub async fn certify(provider: &TestUser, enrolment_id: i64) -> (StatusCode, Value) {
    provider
        .post_json(
            &format!("/api/v1/enrolments/{enrolment_id}/certificate"),
            &json!({}),
        )
        .await
}

/// `worker` applies to a new demand of `employer_id`, and its owner hires them.
pub async fn hire(
    app: &crate::helpers::TestApp,
    worker: &crate::helpers::TestUser,
    employer_id: i64,
) {
    let demand = app
        .create_demand(&crate::helpers::demand_body(employer_id))
        .await["id"]
        .as_i64()
        .unwrap();
    let (status, application) = worker
        .post_json(
            &format!("/api/v1/demands/{demand}/applications"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{application}");
    let id = application["id"].as_i64().unwrap();
    let (status, body) = app
        .employer_owner()
        .await
        .put_json(
            &format!("/api/v1/applications/{id}/status"),
            &json!({"status": "hired"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
