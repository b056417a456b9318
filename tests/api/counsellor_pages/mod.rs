//! The counsellor's pages and the worker's plan page (issue 27): the
//! caseload, action plans, acting on a worker's behalf, the advice sheet
//! and the registration form. Driven as a browser would, with forms.

mod caseload;
mod on_behalf;
mod plans;
mod targets;

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

pub use crate::helpers::post_form;
use crate::helpers::{TestApp, TestUser, html};

/// A worker with a profile in `commune`; `share` says whether counsellors
/// may see it. Returns the account, its worker id and its browser session.
pub async fn worker(app: &TestApp, share: bool, commune: &str) -> (TestUser, i64, reqwest::Client) {
    let mut profile = crate::workers::profile_body();
    profile["share_with_counsellors"] = json!(share);
    profile["commune_code"] = json!(commune);
    let (user, saved) = crate::workers::worker_with_profile(app, &profile).await;
    let session = user.browser_session().await;
    (user, saved["id"].as_i64().unwrap(), session)
}

pub async fn counsellor(app: &TestApp) -> (TestUser, reqwest::Client) {
    let user = app.account(Role::Counsellor).await;
    let session = user.browser_session().await;
    (user, session)
}

/// The worker's own audit log, as the JSON API gives it.
pub async fn audit_actions(worker: &TestUser) -> Vec<String> {
    let (status, log) = worker.get_json("/api/v1/workers/me/audit").await;
    assert_eq!(status, StatusCode::OK, "{log}");
    log.as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

/// The page's text between two markers, to assert on one section.
pub fn section<'a>(page: &'a str, from: &str, to: &str) -> &'a str {
    let start = page
        .find(from)
        .unwrap_or_else(|| panic!("{from} not in page"));
    let rest = &page[start..];
    let end = rest.find(to).unwrap_or(rest.len());
    &rest[..end]
}

pub async fn page(client: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let (status, body) = html(client, app, path).await;
    assert_eq!(status, StatusCode::OK, "{path}: {body}");
    body
}

pub fn json_id(v: &Value) -> i64 {
    v["id"].as_i64().unwrap()
}
