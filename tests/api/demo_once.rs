//! On the demo set and on a generated (bulk) catalogue, no search page and
//! no recommendation list shows the same course twice: a provider's repeated
//! course is one course with several intakes, listed once with its classes.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use hocnghe_api::auth::password;
use hocnghe_demo::{DEMO_PASSWORD, LoadOutcome, load_if_empty};
use hocnghe_store::repo::outbox;
use serde_json::Value;

use crate::helpers::{TestApp, spawn_app};
use crate::workers::{profile_body, worker_with_profile};

fn assert_each_course_once(what: &str, cards: &[Value], id: &str) {
    let mut ids = HashSet::new();
    let mut listings = HashSet::new();
    for card in cards {
        assert!(ids.insert(card[id].as_i64().unwrap()), "{what}: {card}");
        let listing = (
            card["provider_name"].as_str().unwrap().to_owned(),
            card["title"].as_str().unwrap().to_owned(),
        );
        assert!(
            listings.insert(listing),
            "{what}: the same course twice: {card}"
        );
    }
}

/// Searches courses for `q` (all when empty), asserts each course is on the
/// page once, and returns how many hits have several classes.
async fn search_each_course_once(app: &TestApp, q: &str, mut params: Vec<(&str, &str)>) -> usize {
    if !q.is_empty() {
        params.push(("q", q));
    }
    let body = app.search("courses", &params).await;
    let hits = body["hits"].as_array().unwrap();
    assert_each_course_once(&format!("search {params:?}"), hits, "id");
    hits.iter()
        .filter(|h| h["intakes"].as_array().unwrap().len() > 1)
        .count()
}

async fn drained(app: &TestApp) {
    let started = Instant::now();
    while outbox::len(&app.db).await.unwrap() > 0 {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "outbox not drained"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn the_demo_set_shows_every_course_once_in_search_and_recommendations() {
    let app = spawn_app().await;
    let today = chrono::Local::now().date_naive();
    let hash = password::hash(DEMO_PASSWORD.to_owned()).await.unwrap();
    let LoadOutcome::Loaded(_) = load_if_empty(&app.db, today, &hash).await.unwrap() else {
        panic!("an empty catalogue must get the demo set");
    };
    drained(&app).await;
    let (_, listed) = app.get_json("/api/v1/courses?per_page=100").await;
    let repeated = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["intakes"].as_array().unwrap().len() > 1)
        .count();
    assert!(repeated > 0, "the demo has courses with several classes");

    let queries = [
        "",
        "sua xe may",
        "dien",
        "han",
        "may",
        "rau",
        "nuoi",
        "nau an",
        "ban hang online",
        "tin hoc",
        "xay dung",
        "cham soc",
    ];
    let mut multi_class_hits = 0;
    for q in queries {
        for commune in ["", "09700", "00565"] {
            let mut params = vec![("per_page", "50")];
            if !commune.is_empty() {
                params.push(("commune", commune));
            }
            multi_class_hits += search_each_course_once(&app, q, params).await;
        }
    }
    assert!(multi_class_hits > 0, "hits carry their several classes");

    let worker = app.login("0900000005", DEMO_PASSWORD).await;
    let (status, advice) = worker
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, reqwest::StatusCode::OK, "{advice}");
    for list in ["items", "closest_in_chosen_trade", "other_trades_in_demand"] {
        if let Some(cards) = advice[list].as_array() {
            assert_each_course_once(list, cards, "course_id");
        }
    }
}

#[tokio::test]
async fn a_generated_catalogue_shows_every_course_once() {
    let app = spawn_app().await;
    // More courses than the listed providers have titles: the generator
    // adds providers' sites and never repeats a provider's title.
    let summary = hocnghe_demo::bulk::load(
        &app.db,
        hocnghe_demo::bulk::BulkOptions {
            courses: 1_200,
            demands: 400,
            seed: 5,
            today: chrono::Local::now().date_naive(),
            outbox: true,
        },
    )
    .await
    .unwrap();
    assert_eq!(summary.courses, 1_200);
    assert!(summary.intakes > summary.courses, "{summary:?}");
    drained(&app).await;

    let mut multi_class_hits = 0;
    for q in [
        "",
        "sua xe may",
        "han",
        "may cong nghiep",
        "rau",
        "nau an",
        "tin hoc",
    ] {
        for page in ["1", "2"] {
            let params = vec![("per_page", "50"), ("page", page)];
            multi_class_hits += search_each_course_once(&app, q, params).await;
        }
    }
    assert!(multi_class_hits > 0, "hits carry their several classes");

    let mut explorer = profile_body();
    explorer["interests"] = serde_json::json!([]);
    explorer["max_travel_km"] = serde_json::json!(60);
    for body in [profile_body(), explorer] {
        let (worker, _) = worker_with_profile(&app, &body).await;
        let (status, advice) = worker
            .get_json("/api/v1/workers/me/recommendations/courses?limit=20")
            .await;
        assert_eq!(status, reqwest::StatusCode::OK, "{advice}");
        let items = advice["items"].as_array().unwrap();
        assert!(!items.is_empty(), "{advice}");
        let mut all = items.clone();
        for list in ["closest_in_chosen_trade", "other_trades_in_demand"] {
            all.extend(advice[list].as_array().cloned().unwrap_or_default());
        }
        assert_each_course_once("recommendations", &all, "course_id");
    }
}
