//! Personal data never reaches the logs or the search index. This binary
//! captures every log line at TRACE level (all crates, including the
//! database drivers) while personal data flows through the service, then
//! looks for canary values in the capture and in the index files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../api/helpers.rs"]
#[allow(dead_code)]
mod helpers;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use helpers::{BA_VI, spawn_app};

/// Canary values: a phone number, a birth year, an ethnicity and support
/// categories that no other data in the tests contains.
const CANARY_PHONE: &str = "0986 731 245";
const CANARY_DIGITS: &str = "986731245";
const CANARY_BIRTH_YEAR: i32 = 1983;
const CANARY_ETHNICITY: &str = "Pà Thẻn";
/// Support categories are wire names, so the canaries are the two names the
/// profile gives and the way they are stored together.
const CANARY_SUPPORT: [&str; 3] = [
    "land_recovered",
    "near_poor_household",
    "land_recovered,near_poor_household",
];
/// Access needs likewise (health data): the two the profile gives and how
/// they are stored together. No course in this test declares either.
const CANARY_ACCESS: [&str; 3] = ["low_vision", "sign_language", "sign_language,low_vision"];

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture() -> &'static Capture {
    static CAPTURE: OnceLock<Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        let writer = capture.clone();
        tracing_subscriber::fmt()
            .with_env_filter("trace")
            .with_writer(move || writer.clone())
            .json()
            .init();
        capture
    })
}

/// Whether `needle` stands in `text` as a value of its own, not inside a
/// longer word, hex id, UUID or decimal: a 4-digit birth year also turns up
/// by chance inside request ids and timings, which is not a leak.
fn contains_standalone(text: &str, needle: &str) -> bool {
    let part_of_word =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || ".-_".contains(c));
    text.match_indices(needle).any(|(at, _)| {
        !part_of_word(text[..at].chars().next_back())
            && !part_of_word(text[at + needle.len()..].chars().next())
    })
}

fn files_contain(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    let mut hits = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return hits;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            hits.extend(files_contain(&path, needle));
        } else if let Ok(bytes) = std::fs::read(&path)
            && bytes.windows(needle.len()).any(|w| w == needle)
        {
            hits.push(path.display().to_string());
        }
    }
    hits
}

#[tokio::test]
async fn canary_personal_data_never_reaches_logs_or_index() {
    let log = capture();
    let app = spawn_app().await;

    // A worker registers with the canary phone, fills the profile with the
    // canary birth year and ethnicity, logs in with the phone (right and wrong).
    let (status, _) = app
        .post_json(
            "/api/v1/auth/register",
            &json!({"role": "worker", "display_name": "Vàng Thị Mỷ", "phone": CANARY_PHONE, "password": "mật khẩu bí mật"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let worker = app.login(CANARY_PHONE, "mật khẩu bí mật").await;
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": CANARY_PHONE, "password": "sai"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let profile = json!({
        "commune_code": BA_VI, "birth_year": CANARY_BIRTH_YEAR, "education": "primary",
        "skills": [], "max_travel_km": 10, "share_with_counsellors": true, "share_with_employers": true,
        "ethnicity": {"value": CANARY_ETHNICITY, "consent": true},
        "goal": "wage_job", "hard_limits": ["budget"],
        "support": {"categories": ["near_poor_household", "land_recovered"], "consent": true},
        "access": {"needs": ["sign_language", "low_vision"], "consent": true}
    });
    let (status, saved) = worker.put_json("/api/v1/workers/me", &profile).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let worker_id = saved["id"].as_i64().unwrap();

    // A counsellor reads it; a bad update is rejected; the worker exports it.
    let counsellor = app.account(Role::Counsellor).await;
    let (status, seen) = counsellor
        .get_json(&format!("/api/v1/workers/{worker_id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    for canary in CANARY_SUPPORT.into_iter().chain(CANARY_ACCESS) {
        assert!(
            !seen.to_string().contains(canary),
            "counsellors never see {canary}"
        );
    }
    // The ranking reads the support categories for the fee after subsidy.
    let (status, _) = worker
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, StatusCode::OK);
    let mut bad = profile.clone();
    bad["commune_code"] = json!("00000");
    bad["support"]["consent"] = json!(false);
    bad["access"]["consent"] = json!(false);
    let (status, _) = worker.put_json("/api/v1/workers/me", &bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, export) = worker.get_json("/api/v1/workers/me/export").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        export.to_string().contains(CANARY_DIGITS),
        "the worker's own export does contain the phone"
    );

    // Catalogue activity that feeds the search index.
    let provider_id = app.create_provider().await;
    app.create_course(&helpers::course_body(provider_id)).await;
    let employer_id = app.create_employer().await;
    let demand = app.create_demand(&helpers::demand_body(employer_id)).await["id"]
        .as_i64()
        .unwrap();

    // The worker applies; the employer lists candidates (which shows the
    // phone to that employer) and reveals the contact.
    let (status, _) = worker
        .post_json(
            &format!("/api/v1/demands/{demand}/applications"),
            &json!({"message": "Xin việc"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let employer = app.employer_owner().await;
    let (status, candidates) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(candidates.to_string().contains(CANARY_DIGITS));
    let (status, _) = employer
        .post_json(
            &format!("/api/v1/demands/{demand}/candidates/{worker_id}/contact"),
            &json!(null),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;

    let text = String::from_utf8_lossy(&log.0.lock().unwrap()).to_string();
    assert!(
        text.len() > 10_000,
        "the capture should hold the trace of all that ({} bytes)",
        text.len()
    );
    assert!(text.contains("account registered"), "capture is working");
    for canary in [CANARY_DIGITS, "986 731 245", CANARY_ETHNICITY, "Pa Then"] {
        assert!(
            !text.contains(canary),
            "personal data {canary:?} found in the logs"
        );
    }
    let year = CANARY_BIRTH_YEAR.to_string();
    assert!(
        !contains_standalone(&text, &year),
        "the birth year {year} found in the logs"
    );
    assert!(contains_standalone("birth_year=1983 ", "1983"));
    assert!(!contains_standalone(
        "request_id=5c1e-1983-4a0b elapsed=1.983ms",
        "1983"
    ));
    for canary in CANARY_SUPPORT.into_iter().chain(CANARY_ACCESS) {
        assert!(
            !text.contains(canary),
            "sensitive value {canary:?} found in the logs"
        );
    }
    for canary in [CANARY_DIGITS.as_bytes(), CANARY_ETHNICITY.as_bytes()]
        .into_iter()
        .chain(CANARY_SUPPORT.map(str::as_bytes))
        .chain(CANARY_ACCESS.map(str::as_bytes))
    {
        let hits = files_contain(&app.index_dir, canary);
        assert!(
            hits.is_empty(),
            "personal data found in index files {hits:?}"
        );
    }
}
