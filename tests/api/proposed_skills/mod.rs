//! Proposed skills ("đề xuất"): a worker keeps a skill the taxonomy lacks on
//! the profile, an employer on a demand, not used for matching, until an
//! admin merges, approves or rejects it (API and pages).

mod api;
mod employer_pages;
mod employers;
mod pages;

use serde_json::{Value, json};

use crate::helpers::{TestApp, TestUser};

/// A worker whose profile proposes `labels`; returns the account and the
/// saved profile.
pub async fn proposing(app: &TestApp, labels: &[&str]) -> (TestUser, Value) {
    let mut body = crate::workers::profile_body();
    body["proposed_skills"] = json!(labels);
    crate::workers::worker_with_profile(app, &body).await
}

/// Codes of the profile's skills.
pub fn skill_codes(profile: &Value) -> Vec<String> {
    profile["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Labels of the profile's pending proposals.
pub fn proposed(profile: &Value) -> Vec<String> {
    profile["proposed_skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap().to_owned())
        .collect()
}
