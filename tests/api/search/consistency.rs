//! The index always converges on the database: after crashes at any point of
//! the indexer's cycle, after losing the index directory, after a rebuild that
//! died half-way.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use hocnghe_api::startup::BuildOptions;
use hocnghe_indexer::{CrashPoint, IndexState};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, course_body, demand_body, hit_ids, spawn_app};

/// Ids of the rows that belong in the index: open courses and open demands.
async fn searchable_in_db(app: &TestApp) -> (BTreeSet<i64>, BTreeSet<i64>) {
    let ids = |sql: &'static str| async move {
        app.db
            .query_all_raw(Statement::from_string(app.db.get_database_backend(), sql))
            .await
            .unwrap()
            .into_iter()
            .map(|row| row.try_get::<i64>("", "id").unwrap())
            .collect::<BTreeSet<i64>>()
    };
    (
        ids("SELECT id FROM courses WHERE status = 'open'").await,
        ids("SELECT id FROM demands WHERE status = 'open'").await,
    )
}

async fn assert_consistent(app: &TestApp, context: &str) {
    let in_db = searchable_in_db(app).await;
    let in_index = app.index.doc_ids().unwrap();
    assert_eq!(
        in_index, in_db,
        "index (left) vs database (right) {context}"
    );
}

async fn wait_for_state(app: &TestApp, wanted: IndexState) {
    let started = Instant::now();
    while app.indexer.state() != wanted {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "indexer is {:?}, not {wanted:?}",
            app.indexer.state()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Random catalogue writes through the API, remembering what exists.
struct Writer {
    rng: StdRng,
    provider: i64,
    employer: i64,
    courses: Vec<(i64, Value)>,
    demands: Vec<(i64, Value)>,
    serial: u32,
}

const WORDS: &[&str] = &[
    "Sửa chữa xe máy",
    "Trồng nấm rơm",
    "Hàn điện cơ bản",
    "Điện dân dụng",
    "May công nghiệp",
    "Chăm sóc lợn nái",
];

impl Writer {
    async fn new(app: &TestApp, seed: u64) -> Self {
        Self {
            rng: StdRng::seed_from_u64(seed),
            provider: app.create_provider().await,
            employer: app.create_employer().await,
            courses: Vec::new(),
            demands: Vec::new(),
            serial: 0,
        }
    }

    fn title(&mut self) -> String {
        self.serial += 1;
        let words = WORDS[self.rng.random_range(0..WORDS.len())];
        format!("{words} {}", self.serial)
    }

    /// One random create, update (title or open/closed status) or delete.
    async fn step(&mut self, app: &TestApp) {
        let course = self.rng.random_bool(0.5);
        let existing = if course {
            self.courses.len()
        } else {
            self.demands.len()
        };
        let action = if existing == 0 {
            0
        } else {
            self.rng.random_range(0..4)
        };
        let title = self.title();
        match (course, action) {
            (true, 0) => {
                let mut body = course_body(self.provider);
                body["title"] = json!(title);
                let id = app.create_course(&body).await["id"].as_i64().unwrap();
                self.courses.push((id, body));
            }
            (false, 0) => {
                let mut body = demand_body(self.employer);
                body["title"] = json!(title);
                let id = app.create_demand(&body).await["id"].as_i64().unwrap();
                self.demands.push((id, body));
            }
            (true, 3) => {
                let (id, _) = self.courses.swap_remove(self.rng.random_range(0..existing));
                app.delete_course(id).await;
            }
            (false, 3) => {
                let (id, _) = self.demands.swap_remove(self.rng.random_range(0..existing));
                app.delete_demand(id).await;
            }
            (true, action) => {
                let at = self.rng.random_range(0..existing);
                let (id, body) = &mut self.courses[at];
                if action == 1 {
                    body["title"] = json!(title);
                } else {
                    let closed = body["status"] == "closed";
                    body["status"] = json!(if closed { "open" } else { "closed" });
                }
                app.update_course(*id, body).await;
            }
            (false, action) => {
                let at = self.rng.random_range(0..existing);
                let (id, body) = &mut self.demands[at];
                if action == 1 {
                    body["title"] = json!(title);
                } else {
                    let status = ["open", "filled", "closed"][self.rng.random_range(0..3)];
                    body["status"] = json!(status);
                }
                app.update_demand(*id, body).await;
            }
        }
    }
}

#[tokio::test]
async fn index_matches_the_database_after_crashes_at_random_points() {
    let seed = std::env::var("HOCNGHE_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random::<u64>);
    println!("seed {seed} (rerun with HOCNGHE_TEST_SEED={seed})");
    let mut app = spawn_app().await;
    let mut writer = Writer::new(&app, seed).await;
    let points = [
        Some(CrashPoint::BeforeApply),
        Some(CrashPoint::AfterApply),
        None,
    ];
    for round in 0..6 {
        // Some writes the indexer applies normally…
        for _ in 0..writer.rng.random_range(0..5) {
            writer.step(&app).await;
        }
        // …then it dies at a random point of a later step, and more writes
        // arrive while it is dead (as from another process).
        let point = points[writer.rng.random_range(0..points.len())];
        app.indexer.crash_at(point);
        for _ in 0..writer.rng.random_range(1..6) {
            writer.step(&app).await;
        }
        if point.is_some() {
            wait_for_state(&app, IndexState::Stopped).await;
            for _ in 0..writer.rng.random_range(0..3) {
                writer.step(&app).await;
            }
        }
        let backlog = app.get_json("/health/ready").await.1["outbox_backlog"].clone();
        app = app.restart().await;
        assert_consistent(
            &app,
            &format!("round {round}, {point:?}, backlog {backlog}"),
        )
        .await;
    }

    // The last titles are what search finds.
    for (id, body) in writer
        .courses
        .iter()
        .filter(|(_, b)| b["status"] != "closed")
    {
        let title = body["title"].as_str().unwrap();
        let found = app.search("courses", &[("q", title)]).await;
        assert_eq!(hit_ids(&found)[0], *id, "{title}: {found}");
    }
}

#[tokio::test]
async fn a_lost_index_directory_is_rebuilt_on_restart() {
    let mut app = spawn_app().await;
    let mut writer = Writer::new(&app, 7).await;
    for _ in 0..12 {
        writer.step(&app).await;
    }
    app.wait_until_ready().await;
    assert_consistent(&app, "before").await;
    let before = app.search("courses", &[("q", "xe may")]).await;

    app.stop().await;
    std::fs::remove_dir_all(&app.index_dir).unwrap();
    let app = app.restart().await;
    assert_consistent(&app, "after the rebuild").await;
    let after = app.search("courses", &[("q", "xe may")]).await;
    assert_eq!(hit_ids(&after), hit_ids(&before));

    let (status, ready) = app.get_json("/health/ready").await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    assert_eq!(ready["status"], "ok");
    assert_eq!(ready["database"], "ok");
    assert_eq!(ready["index"], "ok");
    assert_eq!(ready["outbox_backlog"], 0);
    // The rebuild covered every outbox row there was (none were left).
    assert_eq!(ready["last_applied"], 0, "{ready}");
}

#[tokio::test]
async fn a_corrupt_index_or_an_interrupted_rebuild_is_rebuilt() {
    let mut app = spawn_app().await;
    let mut writer = Writer::new(&app, 11).await;
    for _ in 0..8 {
        writer.step(&app).await;
    }
    app.wait_until_ready().await;

    // Garbage in meta.json: rebuilt, not trusted.
    app.stop().await;
    std::fs::write(app.index_dir.join("meta.json"), b"{ not json").unwrap();
    let mut app = app.restart().await;
    assert_consistent(&app, "after a corrupt meta.json").await;

    // A rebuild that dies after its commit but before recording its outbox
    // position leaves an index marked incomplete, which the next start rebuilds.
    app.stop().await;
    std::fs::remove_dir_all(&app.index_dir).unwrap();
    let options = BuildOptions {
        crash_at: Some(CrashPoint::RebuildBeforePayload),
        ..BuildOptions::default()
    };
    let app = app.restart_with(options, false).await;
    wait_for_state(&app, IndexState::Stopped).await;
    let (status, ready) = app.get_json("/health/ready").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{ready}");
    assert_eq!(ready["index"], "stopped");
    assert_eq!(ready["last_applied"], -1);
    // Writes meanwhile stay in the outbox.
    writer.step(&app).await;
    writer.step(&app).await;

    let app = app.restart().await;
    assert_consistent(&app, "after an interrupted rebuild").await;
}

#[tokio::test]
async fn readiness_reports_the_index_and_its_backlog() {
    let app = spawn_app().await;
    let (status, ready) = app.get_json("/health/ready").await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    assert_eq!(ready["index"], "ok");
    assert_eq!(ready["outbox_backlog"], 0);
    assert_eq!(
        ready["last_applied"], 0,
        "a fresh index covers no change yet"
    );

    // A dead indexer leaves changes in the outbox, and readiness shows them.
    app.indexer.crash_at(Some(CrashPoint::BeforeApply));
    let provider = app.create_provider().await;
    app.create_course(&course_body(provider)).await;
    wait_for_state(&app, IndexState::Stopped).await;
    let (status, ready) = app.get_json("/health/ready").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{ready}");
    assert_eq!(ready["database"], "ok");
    assert_eq!(ready["index"], "stopped");
    assert_eq!(ready["outbox_backlog"], 1);

    let app = app.restart().await;
    let (_, ready) = app.get_json("/health/ready").await;
    assert_eq!(ready["outbox_backlog"], 0);
    assert!(ready["last_applied"].as_i64().unwrap() >= 1, "{ready}");
}
