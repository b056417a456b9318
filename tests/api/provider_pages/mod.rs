//! The training provider's pages at `/provider`, driven as a browser does
//! (form posts, redirects) and checked by what the pages show.

mod applicants;
mod courses;
mod learners;

use reqwest::StatusCode;
use reqwest::header::LOCATION;
use serde_json::Value;

use crate::helpers::{TestApp, TestUser};
use crate::outcomes::{apply, course_as, electronics_course, worker};

/// A form post from a browser client: status, `Location` and body.
pub async fn post_form(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) -> (StatusCode, String, String) {
    let response = client.post(app.url(path)).form(form).send().await.unwrap();
    let status = response.status();
    let location = response
        .headers()
        .get(LOCATION)
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, response.text().await.unwrap())
}

/// The electronics course (MĐ01–MĐ03) with `seats` in its one class, from
/// the app's provider: its id and the class's id.
pub async fn electronics(app: &TestApp, seats: i64) -> (TestUser, i64, i64) {
    let owner = app.provider_owner().await.clone();
    let course = course_as(
        &owner,
        &electronics_course(app.create_provider().await, seats),
    )
    .await;
    let (_, classes) = app
        .get_json(&format!("/api/v1/courses/{course}/intakes"))
        .await;
    (owner, course, classes[0]["id"].as_i64().unwrap())
}

/// `n` workers who applied to the course, in that order: (account, enrolment).
pub async fn applicants(app: &TestApp, course: i64, n: usize) -> Vec<(TestUser, i64)> {
    let mut out = Vec::new();
    for _ in 0..n {
        let (user, _) = worker(app, false, false).await;
        let enrolment = apply(&user, course).await;
        out.push((user, enrolment));
    }
    out
}

/// The worker's inbox texts, newest first.
pub async fn inbox(worker: &TestUser) -> Vec<String> {
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m: &Value| m["text_vi"].as_str().unwrap().to_owned())
        .collect()
}
