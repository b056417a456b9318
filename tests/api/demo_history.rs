//! The synthetic training history on top of the demo set: targets and
//! provider results show real figures, the same seed gives the same history,
//! and a second load adds nothing.

use chrono::Datelike;
use hocnghe_demo::{DEMO_PASSWORD, LoadOutcome, load_history, load_if_empty};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};

fn strictly_between_0_and_1(body: &Value, field: &str) {
    let value = body[field].as_f64().unwrap_or(-1.0);
    assert!(value > 0.0 && value < 1.0, "{field}: {body}");
}

async fn demo_app(today: chrono::NaiveDate) -> TestApp {
    let app = spawn_app().await;
    // Any hash works here: these tests do not log the synthetic workers in.
    let hash = hocnghe_api::auth::password::hash(DEMO_PASSWORD.to_owned())
        .await
        .unwrap();
    assert!(matches!(
        load_if_empty(&app.db, today, &hash).await.unwrap(),
        LoadOutcome::Loaded(_)
    ));
    app
}

/// Every provider's results, in provider id order.
async fn provider_results(app: &TestApp) -> Vec<Value> {
    let (status, page) = app.get_json("/api/v1/providers?per_page=100").await;
    assert_eq!(status, StatusCode::OK, "{page}");
    let mut ids: Vec<i64> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    ids.sort_unstable();
    let mut out = Vec::new();
    for id in ids {
        let (status, body) = app
            .get_json(&format!("/api/v1/providers/{id}/performance"))
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        out.push(body);
    }
    out
}

#[tokio::test]
async fn demo_history_fills_targets_and_provider_results_once() {
    let today = chrono::Local::now().date_naive();
    let app = demo_app(today).await;

    let summary = load_history(&app.db, 2025, 3, today).await.unwrap();
    assert!(summary.loaded, "{summary:?}");
    assert!(summary.enrolments >= 200, "{summary:?}");
    assert!(
        summary.certificates > 0 && summary.outcomes > 0,
        "{summary:?}"
    );

    let counsellor = app.login("0900000002", DEMO_PASSWORD).await;
    let year = today.year();
    let (status, targets) = counsellor
        .get_json(&format!("/api/v1/insights/targets?year={year}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{targets}");
    let overall = &targets["overall"];
    assert!(
        overall["enrolments_in_year"].as_i64().unwrap() > 0,
        "{overall}"
    );
    strictly_between_0_and_1(overall, "trained_share");
    strictly_between_0_and_1(overall, "certified_share");
    assert!(
        overall["certified"].as_i64() < overall["trained"].as_i64(),
        "{overall}"
    );

    // The provider with the most surveyed completers has mixed results, as
    // real ones do.
    let results = provider_results(&app).await;
    let busiest = results
        .iter()
        .max_by_key(|p| p["completers_with_6_month_outcome"].as_i64().unwrap())
        .unwrap();
    assert!(
        busiest["completers_with_6_month_outcome"].as_i64().unwrap() >= 5,
        "{busiest}"
    );
    strictly_between_0_and_1(busiest, "completion_rate");
    strictly_between_0_and_1(busiest, "employment_rate_6_months");
    let average = busiest["average_income_6_months_vnd"].as_i64().unwrap();
    assert!((5_000_000..=12_000_000).contains(&average), "{busiest}");

    // A rerun finds the history and writes nothing.
    let again = load_history(&app.db, 2025, 3, today).await.unwrap();
    assert!(!again.loaded, "{again:?}");
    assert_eq!(again.enrolments, 0);
    let (_, after) = counsellor
        .get_json(&format!("/api/v1/insights/targets?year={year}"))
        .await;
    assert_eq!(after["overall"], targets["overall"]);
    assert_eq!(provider_results(&app).await, results);
}

#[tokio::test]
async fn demo_history_is_the_same_for_the_same_seed() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let first = demo_app(today).await;
    let second = demo_app(today).await;
    let a = load_history(&first.db, 7, 2, today).await.unwrap();
    let b = load_history(&second.db, 7, 2, today).await.unwrap();
    assert!(a.loaded && a.enrolments > 0, "{a:?}");
    assert_eq!(a, b);
    let mut figures = Vec::new();
    for app in [&first, &second] {
        let counsellor = app.login("0900000002", DEMO_PASSWORD).await;
        let mut years = Vec::new();
        for year in 2024..=2026 {
            let (status, body) = counsellor
                .get_json(&format!("/api/v1/insights/targets?year={year}"))
                .await;
            assert_eq!(status, StatusCode::OK, "{body}");
            years.push(body["by_commune"].clone());
        }
        figures.push((years, provider_results(app).await));
    }
    assert_eq!(figures[0], figures[1]);
}
