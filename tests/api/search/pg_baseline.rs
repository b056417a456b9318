//! The benchmark's PostgreSQL full-text baseline answers the same queries as
//! the index, and is absent unless enabled.

use reqwest::StatusCode;
use sea_orm::DbBackend;
use serde_json::Value;

use super::endpoints::create_courses;
use crate::helpers::{BA_VI, hit_ids, spawn_app, spawn_app_with};

fn sorted(mut ids: Vec<i64>) -> Vec<i64> {
    ids.sort_unstable();
    ids
}

#[tokio::test]
async fn baseline_routes_exist_only_when_enabled() {
    let app = spawn_app().await;
    let (status, _) = app.get_json("/api/v1/bench/pg/courses/search?q=xe").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn postgres_baseline_finds_what_the_index_finds() {
    let app = spawn_app_with(|s| s.search.enable_pg_baseline = true).await;
    if app.db.get_database_backend() != DbBackend::Postgres {
        return; // PostgreSQL full-text search only exists on PostgreSQL.
    }
    let c = create_courses(&app).await;
    app.wait_until_ready().await;
    hocnghe_store::repo::fts_baseline::setup(&app.db)
        .await
        .unwrap();

    let baseline = |query: &'static str| {
        let app = &app;
        async move {
            let (status, body) = app
                .get_json(&format!("/api/v1/bench/pg/courses/search?{query}"))
                .await;
            assert_eq!(status, StatusCode::OK, "{query}: {body}");
            body
        }
    };
    let moto = baseline("q=sua%20xe%20may").await;
    assert_eq!(sorted(hit_ids(&moto)), sorted(vec![c.moto, c.advanced]));
    assert_eq!(moto["total"], 2);
    assert_eq!(moto["facets"]["level"]["so_cap"], 1);
    assert_eq!(moto["facets"]["sector"]["mechanics"], 2);

    for (query, expected) in [
        (
            "q=S%E1%BB%ADa%20ch%E1%BB%AFa%20xe%20m%C3%A1y&level=trung_cap",
            vec![c.advanced],
        ),
        ("max_fee=1500000", vec![c.moto]),
        ("mode=online", vec![c.mushrooms]),
        ("starts_after=2027-01-01", vec![c.moto, c.mushrooms]),
        ("occupation=nguoi-trong-nam", vec![c.mushrooms]),
        ("skill=trong-va-cham-soc-nam-so-nam-rom", vec![c.mushrooms]),
        ("q=nam%20rom", vec![c.mushrooms]),
    ] {
        let found: Value = baseline(query).await;
        assert_eq!(
            sorted(hit_ids(&found)),
            sorted(expected),
            "{query}: {found}"
        );
    }
    let radius = format!("commune={BA_VI}&radius_km=0");
    let (_, near) = app
        .get_json(&format!("/api/v1/bench/pg/courses/search?{radius}"))
        .await;
    assert_eq!(hit_ids(&near), [c.moto]);

    // The same validation as the real search.
    let (status, _) = app
        .get_json("/api/v1/bench/pg/courses/search?per_page=0")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = app
        .get_json("/api/v1/bench/pg/demands/search?q=tho%20han&employment_type=permanent")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["total"], 0);
}
