//! `serve --demo`: the demo set is loaded through the same function the CLI
//! calls, is visible over HTTP and in search, its accounts log in, and a
//! second load changes nothing.

use std::time::{Duration, Instant};

use hocnghe_api::auth::password;
use hocnghe_demo::{DEMO_PASSWORD, LoadOutcome, load_if_empty};
use hocnghe_store::repo::outbox;
use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn demo_set_loads_once_is_searchable_and_its_accounts_log_in() {
    let app = spawn_app().await;
    let today = chrono::Local::now().date_naive();
    let hash = password::hash(DEMO_PASSWORD.to_owned()).await.unwrap();

    let LoadOutcome::Loaded(summary) = load_if_empty(&app.db, today, &hash).await.unwrap() else {
        panic!("an empty catalogue must get the demo set");
    };
    assert!(summary.providers >= 40, "{summary:?}");
    assert!(summary.courses >= 150, "{summary:?}");
    assert!(summary.demands >= 300, "{summary:?}");
    assert!(summary.workers >= 150, "{summary:?}");
    let providers = app.total("/api/v1/providers").await;
    let employers = app.total("/api/v1/employers").await;
    let courses = app.total("/api/v1/courses").await;
    let demands = app.total("/api/v1/demands").await;
    assert_eq!(providers, summary.providers as u64);
    assert_eq!(employers, summary.employers as u64);
    assert_eq!(courses, summary.courses as u64);
    assert_eq!(demands, summary.demands as u64);
    assert!(app.total("/api/v1/courses?status=open").await >= 140);
    assert_eq!(
        app.total("/api/v1/demands?status=open").await,
        demands,
        "every demo demand is open"
    );

    // Everything written went through the outbox; wait until it is indexed.
    let started = Instant::now();
    while outbox::len(&app.db).await.unwrap() > 0 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "outbox not drained"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let found = app
        .search_until("courses", &[("q", "sua xe may")], |b| {
            b["hits"][0]["title"] == "Sửa chữa xe máy"
        })
        .await;
    assert!(found["total"].as_u64().unwrap() >= 1);
    app.search_until("demands", &[("q", "tho han")], |b| {
        b["total"].as_u64().unwrap_or(0) > 0
    })
    .await;

    // The five role accounts log in with the published password.
    let mut sessions = Vec::new();
    for n in 1..=5 {
        sessions.push(app.login(&format!("090000000{n}"), DEMO_PASSWORD).await);
    }
    let (admin, counsellor, employer, provider, worker) = (
        &sessions[0],
        &sessions[1],
        &sessions[2],
        &sessions[3],
        &sessions[4],
    );
    let (status, me) = admin.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["role"], "admin", "{me}");
    let (_, owned) = employer.get_json("/api/v1/employers?mine=true").await;
    assert!(owned["total"].as_u64().unwrap() >= 3, "{owned}");
    let first_owned = owned["items"][0]["id"].as_i64().unwrap();
    assert!(
        app.total(&format!("/api/v1/demands?employer_id={first_owned}"))
            .await
            >= 1
    );
    assert_eq!(summary.applications, 6);
    let mut applicants = 0;
    for business in owned["items"].as_array().unwrap() {
        let (_, mine) = employer
            .get_json(&format!(
                "/api/v1/demands?employer_id={}&per_page=100",
                business["id"]
            ))
            .await;
        for demand in mine["items"].as_array().unwrap() {
            let (status, list) = employer
                .get_json(&format!(
                    "/api/v1/demands/{}/candidates?limit=100",
                    demand["id"]
                ))
                .await;
            assert_eq!(status, StatusCode::OK, "{list}");
            applicants += list["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| c["contact_source"] == "application")
                .count();
        }
    }
    assert_eq!(
        applicants, 6,
        "the demo employer sees the demo's applicants"
    );
    let (_, owned) = provider.get_json("/api/v1/providers?mine=true").await;
    assert!(owned["total"].as_u64().unwrap() >= 3, "{owned}");
    let (status, profile) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    assert_eq!(profile["commune_code"], "09700", "{profile}");
    let (status, consenting) = counsellor.get_json("/api/v1/workers").await;
    assert_eq!(status, StatusCode::OK, "{consenting}");
    assert!(consenting["total"].as_u64().unwrap() >= 100, "{consenting}");

    // A second start with --demo finds data and leaves it alone.
    assert_eq!(
        load_if_empty(&app.db, today, &hash).await.unwrap(),
        LoadOutcome::Skipped
    );
    assert_eq!(app.total("/api/v1/providers").await, providers);
    assert_eq!(app.total("/api/v1/courses").await, courses);
    assert_eq!(app.total("/api/v1/demands").await, demands);
}
