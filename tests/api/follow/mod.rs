//! Saved searches, new results and class reminders in the inbox, and the
//! skills passport with its share links.

mod new_matches;
mod passport;
mod reminders;
mod saved_searches;

use hocnghe_api::service::alerts::{RunReport, run_once};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, TestApp, TestUser};

/// A worker with the standard profile (in Ba Vì).
pub async fn worker(app: &TestApp) -> TestUser {
    crate::workers::worker_with_profile(app, &crate::workers::profile_body())
        .await
        .0
}

/// Run the background task once, after the index has caught up.
pub async fn run(app: &TestApp) -> RunReport {
    app.wait_until_ready().await;
    run_once(&app.state).await.expect("alerts run")
}

/// The worker's inbox messages of one kind, newest first.
pub async fn messages(user: &TestUser, kind: &str) -> Vec<Value> {
    let (status, inbox) = user.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(status, StatusCode::OK, "{inbox}");
    inbox["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == kind)
        .cloned()
        .collect()
}

/// Save a job search for "thợ hàn" near Ba Vì through the API.
pub async fn save_welding_search(user: &TestUser) -> Value {
    let (status, saved) = user
        .post_json(
            "/api/v1/me/saved-searches",
            &json!({"kind": "jobs", "q": "thợ hàn", "commune": BA_VI}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    saved
}
