//! Applications to demands, the employer's candidates and contact reveals.

mod candidates;
mod lifecycle;
mod next_step;
mod pages;
mod reveal;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, TestApp, TestUser, demand_body};

/// A worker in Ba Vì holding `skills` (code, certified), sharing with
/// employers or not. Returns the account and the worker id.
pub async fn worker_with(
    app: &TestApp,
    skills: &[(&str, bool)],
    share_with_employers: bool,
) -> (TestUser, i64) {
    let mut body = crate::workers::profile_body();
    body["commune_code"] = json!(BA_VI);
    body["skills"] = skills
        .iter()
        .map(|(code, certified)| json!({"code": code, "certified": certified}))
        .collect();
    body["earned_modules"] = json!([]);
    body["share_with_employers"] = json!(share_with_employers);
    let (user, profile) = crate::workers::worker_with_profile(app, &body).await;
    (user, profile["id"].as_i64().unwrap())
}

/// The MIG welding demand of `demand_body` (essential: han-mig-mag;
/// optional: doc-ban-ve-ky-thuat-co-khi), owned by `app.employer_owner()`.
pub async fn welding_demand(app: &TestApp) -> i64 {
    let employer_id = app.create_employer().await;
    app.create_demand(&demand_body(employer_id)).await["id"]
        .as_i64()
        .unwrap()
}

pub async fn apply(worker: &TestUser, demand_id: i64, message: &str) -> Value {
    let (status, application) = worker
        .post_json(
            &format!("/api/v1/demands/{demand_id}/applications"),
            &json!({ "message": message }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{application}");
    application
}

pub fn phone_of(user: &TestUser) -> String {
    format!("+84{}", &user.login[1..])
}

pub fn ids(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["worker_id"].as_i64().unwrap())
        .collect()
}
