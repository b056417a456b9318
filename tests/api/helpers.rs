//! Spawns the real application on port 0 with a temporary SQLite database
//! and index, or a fresh PostgreSQL database when
//! `HOCNGHE_TEST_DATABASE_URL` is set (e.g. `postgres://postgres@127.0.0.1:5432/test`).

use std::path::PathBuf;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use actix_web::dev::ServerHandle;
use hocnghe_api::auth::accounts::create_account;
use hocnghe_api::settings::{
    AuthSettings, DatabaseSettings, LogFormat, LogSettings, SearchSettings, ServerSettings,
    Settings,
};
use hocnghe_api::startup::BuildOptions;
use hocnghe_api::{Application, telemetry};
use hocnghe_domain::Role;
use hocnghe_domain::accounts::NewAccountInput;
use hocnghe_indexer::IndexerHandle;
use hocnghe_search::SearchIndex;
use reqwest::{Response, StatusCode};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::sync::OnceCell;
use tokio::task::JoinHandle;

/// How long a test waits for a write to show up in search before it fails.
/// The service promises 2 s, but a test asserts what the user sees, not how
/// fast: on a loaded CI machine a commit can stall past any tight bound, so
/// this only catches writes that never arrive. The delay itself is measured
/// by `bench/freshness.py` (numbers in bench/RESULTS.md).
pub const INDEX_WAIT: Duration = Duration::from_secs(30);

#[allow(dead_code)] // not every test module reads every field
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    pub index_dir: PathBuf,
    pub settings: Settings,
    /// The running app's index (read-only use: doc ids for consistency checks).
    pub index: Arc<SearchIndex>,
    pub indexer: IndexerHandle,
    /// The running app's state, to call service functions directly (the
    /// alerts run) instead of waiting for their timer.
    pub state: hocnghe_api::state::AppState,
    server: ServerHandle,
    running: Option<JoinHandle<std::io::Result<()>>>,
    provider_owner: OnceCell<TestUser>,
    employer_owner: OnceCell<TestUser>,
    postgres: Option<PostgresDb>,
    dir: Option<TempDir>,
}

struct PostgresDb {
    admin_url: String,
    name: String,
}

static TRACING: Once = Once::new();

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(customise: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_app_with_options(customise, BuildOptions::default()).await
}

/// As [`spawn_app_with`], with build options (e.g. the notification
/// dispatcher's clock); notify settings are passed in `customise`.
pub async fn spawn_app_with_options(
    customise: impl FnOnce(&mut Settings),
    options: BuildOptions,
) -> TestApp {
    TRACING.call_once(|| {
        let level = std::env::var("TEST_LOG").unwrap_or_else(|_| "off".into());
        telemetry::init(&LogSettings {
            format: LogFormat::Pretty,
            level,
        });
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, postgres) = match std::env::var("HOCNGHE_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("hocnghe_t_{}", rand::random::<u64>());
            let admin = Database::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create database");
            admin.close().await.ok();
            let base = admin_url
                .rsplit_once('/')
                .map(|(base, _)| base)
                .unwrap_or(&admin_url);
            (
                format!("{base}/{name}"),
                Some(PostgresDb { admin_url, name }),
            )
        }
        _ => (
            format!("sqlite://{}/test.db?mode=rwc", dir.path().display()),
            None,
        ),
    };
    let mut settings = Settings {
        server: ServerSettings {
            host: "127.0.0.1".into(),
            port: 0,
            workers: 2,
            body_limit_bytes: 262_144,
            trust_forwarded_for: false,
        },
        database: DatabaseSettings {
            url,
            max_connections: 5,
        },
        search: SearchSettings {
            index_dir: dir.path().join("index"),
            poll_interval_ms: 200,
            enable_pg_baseline: false,
            threads: 2,
            queue: 64,
        },
        auth: AuthSettings {
            session_ttl_hours: 24,
            cookie_secure: false,
            login_attempts_per_minute: 10,
            registrations_per_hour: 100,
            contact_reveals_per_day: 20,
            hashing_concurrency: 2,
            reset_code_minutes: 30,
        },
        log: LogSettings {
            format: LogFormat::Pretty,
            level: "off".into(),
        },
        metrics: Default::default(),
        notify: Default::default(),
        alerts: Default::default(),
    };
    customise(&mut settings);
    let app = launch(settings, options, postgres, Some(dir)).await;
    app.wait_until_ready().await;
    app
}

/// Build and start the application on `settings`; the new `TestApp` owns the
/// temporary directory and PostgreSQL database (dropped with it).
async fn launch(
    settings: Settings,
    options: BuildOptions,
    postgres: Option<PostgresDb>,
    dir: Option<TempDir>,
) -> TestApp {
    let app = Application::build_with(settings.clone(), options)
        .await
        .expect("build application");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let server = app.server_handle();
    let running = tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client");
    TestApp {
        address,
        client,
        db: state.db.clone(),
        index_dir: settings.search.index_dir.clone(),
        settings,
        index: state.search.index.clone(),
        indexer: state.search.indexer.clone(),
        state,
        server,
        running: Some(running),
        provider_owner: OnceCell::new(),
        employer_owner: OnceCell::new(),
        postgres,
        dir,
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some(pg) = self.postgres.take() else {
            return;
        };
        // Drop the per-test database from a separate thread: Drop cannot await.
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                if let Ok(admin) = Database::connect(&pg.admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!(
                            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                            pg.name
                        ))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

/// The first column of the first row of `sql`, a count: for checking what a
/// database holds where no endpoint shows it.
pub async fn count_rows(db: &impl ConnectionTrait, sql: &str) -> i64 {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            sql,
        ))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .unwrap_or_else(|| panic!("{sql}: no row"));
    row.try_get_by_index::<i64>(0).unwrap()
}

impl TestApp {
    /// Stop the server and the indexer (after its current step), as a shutdown would.
    pub async fn stop(&mut self) {
        self.server.stop(false).await;
        if let Some(running) = self.running.take() {
            let _ = running.await;
        }
        // A crashed indexer has already ended; make sure its writer is gone.
        self.indexer.shutdown().await;
    }

    /// Stop this app and start a new one on the same database and index directory.
    pub async fn restart(self) -> TestApp {
        self.restart_with(BuildOptions::default(), true).await
    }

    /// Like [`TestApp::restart`], with test options; waits for `/health/ready`
    /// only when `wait_ready` (a crashing indexer never gets ready). The owner
    /// accounts and their sessions live in the database and carry over.
    pub async fn restart_with(mut self, options: BuildOptions, wait_ready: bool) -> TestApp {
        self.stop().await;
        let postgres = self.postgres.take();
        let dir = self.dir.take();
        let app = launch(self.settings.clone(), options, postgres, dir).await;
        for (old, new) in [
            (self.provider_owner.take(), &app.provider_owner),
            (self.employer_owner.take(), &app.employer_owner),
        ] {
            if let Some(user) = old {
                let moved = TestUser {
                    address: app.address.clone(),
                    ..user
                };
                let _ = new.set(moved);
            }
        }
        if wait_ready {
            app.wait_until_ready().await;
        }
        app
    }

    /// Wait (up to 10 s) until `/health/ready` answers 200 with an empty outbox.
    pub async fn wait_until_ready(&self) {
        let started = Instant::now();
        loop {
            let (status, body) = self.get_json("/health/ready").await;
            if status == StatusCode::OK && body["outbox_backlog"] == 0 {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "not ready after 10 s: {status} {body}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_json(&self, path: &str) -> (StatusCode, Value) {
        read(self.get(path).await).await
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        read(
            self.client
                .post(self.url(path))
                .json(body)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    pub async fn put_json(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        read(
            self.client
                .put(self.url(path))
                .json(body)
                .send()
                .await
                .expect("PUT"),
        )
        .await
    }

    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        read(
            self.client
                .delete(self.url(path))
                .send()
                .await
                .expect("DELETE"),
        )
        .await
    }

    /// Total of a paginated list endpoint.
    pub async fn total(&self, path: &str) -> u64 {
        let (status, body) = self.get_json(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        body["total"].as_u64().expect("total")
    }

    /// A request from a fresh client, so the session cookie it receives
    /// does not log in `self.client` (which stays anonymous).
    async fn post_json_without_cookies(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        read(
            reqwest::Client::new()
                .post(self.url(path))
                .json(body)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    /// Register an account of a self-service role and return it logged in.
    pub async fn signup(&self, role: Role) -> TestUser {
        let n = rand::random::<u32>() % 100_000_000;
        let body = json!({
            "role": role.as_str(),
            "display_name": format!("Người dùng {n}"),
            "phone": format!("09{n:08}"),
            "password": "mật khẩu thử nghiệm",
        });
        let (status, session) = self
            .post_json_without_cookies("/api/v1/auth/register", &body)
            .await;
        assert_eq!(status, StatusCode::CREATED, "{session}");
        self.user_from_session(&session, format!("09{n:08}"))
    }

    /// An account created the way an admin or the CLI does (any role), logged in.
    pub async fn account(&self, role: Role) -> TestUser {
        let n = rand::random::<u32>() % 100_000_000;
        let login = format!("09{n:08}");
        let input = NewAccountInput {
            role,
            display_name: format!("{} {n}", role.label_vi()),
            phone: Some(login.clone()),
            email: None,
            password: Some("mật khẩu thử nghiệm".into()),
        };
        create_account(&self.db, input, None)
            .await
            .expect("create account");
        self.login(&login, "mật khẩu thử nghiệm").await
    }

    pub async fn login(&self, login: &str, password: &str) -> TestUser {
        let (status, session) = self
            .post_json_without_cookies(
                "/api/v1/auth/login",
                &json!({"login": login, "password": password}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{session}");
        self.user_from_session(&session, login.to_owned())
    }

    fn user_from_session(&self, session: &Value, login: String) -> TestUser {
        TestUser {
            id: session["account"]["id"].as_i64().expect("account id"),
            token: session["token"].as_str().expect("token").to_owned(),
            login,
            address: self.address.clone(),
            client: reqwest::Client::new(),
        }
    }

    /// The provider account that owns the providers made by `create_provider`.
    pub async fn provider_owner(&self) -> &TestUser {
        self.provider_owner
            .get_or_init(|| self.signup(Role::Provider))
            .await
    }

    /// The employer account that owns the employers made by `create_employer`.
    pub async fn employer_owner(&self) -> &TestUser {
        self.employer_owner
            .get_or_init(|| self.signup(Role::Employer))
            .await
    }

    pub async fn create_provider(&self) -> i64 {
        let (status, body) = self
            .provider_owner()
            .await
            .post_json("/api/v1/providers", &provider_body())
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_i64().expect("id")
    }

    pub async fn create_employer(&self) -> i64 {
        let (status, body) = self
            .employer_owner()
            .await
            .post_json("/api/v1/employers", &employer_body())
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body["id"].as_i64().expect("id")
    }

    /// Create a course for a provider made by `create_provider`.
    pub async fn create_course(&self, body: &Value) -> Value {
        let (status, body) = self
            .provider_owner()
            .await
            .post_json("/api/v1/courses", body)
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body
    }

    /// Create a demand for an employer made by `create_employer`.
    pub async fn create_demand(&self, body: &Value) -> Value {
        let (status, body) = self
            .employer_owner()
            .await
            .post_json("/api/v1/demands", body)
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        body
    }

    /// Replace a course made by `create_course`.
    pub async fn update_course(&self, id: i64, body: &Value) -> Value {
        let (status, body) = self
            .provider_owner()
            .await
            .put_json(&format!("/api/v1/courses/{id}"), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    pub async fn delete_course(&self, id: i64) {
        let (status, body) = self
            .provider_owner()
            .await
            .delete(&format!("/api/v1/courses/{id}"))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    }

    /// Replace a provider made by `create_provider`.
    pub async fn update_provider(&self, id: i64, body: &Value) -> Value {
        let (status, body) = self
            .provider_owner()
            .await
            .put_json(&format!("/api/v1/providers/{id}"), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    /// Replace a demand made by `create_demand`.
    pub async fn update_demand(&self, id: i64, body: &Value) -> Value {
        let (status, body) = self
            .employer_owner()
            .await
            .put_json(&format!("/api/v1/demands/{id}"), body)
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    pub async fn delete_demand(&self, id: i64) {
        let (status, body) = self
            .employer_owner()
            .await
            .delete(&format!("/api/v1/demands/{id}"))
            .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    }

    /// A search endpoint's 200 body, e.g. `search("courses", &[("q", "sua xe")])`.
    pub async fn search(&self, what: &str, params: &[(&str, &str)]) -> Value {
        let (status, body) = self.search_raw(what, params).await;
        assert_eq!(status, StatusCode::OK, "{what} {params:?}: {body}");
        body
    }

    /// Any search response, for checking errors. Searches need no account.
    pub async fn search_raw(&self, what: &str, params: &[(&str, &str)]) -> (StatusCode, Value) {
        let response = self
            .client
            .get(self.url(&format!("/api/v1/{what}/search")))
            .query(params)
            .send()
            .await
            .expect("GET search");
        read(response).await
    }

    /// Poll a search until `accept` holds for its body, for at most
    /// [`INDEX_WAIT`]; returns that body.
    pub async fn search_until(
        &self,
        what: &str,
        params: &[(&str, &str)],
        accept: impl Fn(&Value) -> bool,
    ) -> Value {
        let started = Instant::now();
        loop {
            let body = self.search(what, params).await;
            if accept(&body) {
                return body;
            }
            assert!(
                started.elapsed() < INDEX_WAIT,
                "{what} {params:?} still not as expected after {INDEX_WAIT:?}: {body}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// Post a page form as a browser client does.
pub async fn post_form(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client.post(app.url(path)).form(form).send().await.unwrap()
}

/// A form post that must succeed: the page redirects (303), and the body of
/// any other answer is in the failure message.
pub async fn submit_form(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
) {
    let response = post_form(client, app, path, form).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await.unwrap()
    );
}

/// A page as a browser client gets it: status and HTML.
pub async fn html(client: &reqwest::Client, app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = client.get(app.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// A browser-like client: keeps cookies, does not follow redirects.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// A logged-in account; requests carry its bearer token.
#[derive(Clone)]
pub struct TestUser {
    pub id: i64,
    pub token: String,
    pub login: String,
    address: String,
    client: reqwest::Client,
}

impl TestUser {
    /// A browser client signed in to the pages as this user (the login form
    /// answers 303 to wherever the role starts).
    pub async fn browser_session(&self) -> reqwest::Client {
        let client = browser();
        let response = client
            .post(format!("{}/login", self.address))
            .form(&[
                ("login", self.login.as_str()),
                ("password", "mật khẩu thử nghiệm"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        client
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.client
            .request(method, format!("{}{}", self.address, path))
            .bearer_auth(&self.token)
    }

    pub async fn get_json(&self, path: &str) -> (StatusCode, Value) {
        read(
            self.request(reqwest::Method::GET, path)
                .send()
                .await
                .expect("GET"),
        )
        .await
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        read(
            self.request(reqwest::Method::POST, path)
                .json(body)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    pub async fn put_json(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        read(
            self.request(reqwest::Method::PUT, path)
                .json(body)
                .send()
                .await
                .expect("PUT"),
        )
        .await
    }

    /// A POST without a body, answered as is (to read headers).
    pub async fn post_raw(&self, path: &str) -> Response {
        self.request(reqwest::Method::POST, path)
            .send()
            .await
            .expect("POST")
    }

    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        read(
            self.request(reqwest::Method::DELETE, path)
                .send()
                .await
                .expect("DELETE"),
        )
        .await
    }
}

pub async fn read(response: Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.expect("body");
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    };
    (status, value)
}

/// Field names of a 422 response.
pub fn error_fields(body: &Value) -> Vec<String> {
    body["fields"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .filter_map(|f| f["field"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Ba Vì commune.
pub const BA_VI: &str = "09700";

pub fn provider_body() -> Value {
    json!({
        "name": "Trung tâm Giáo dục nghề nghiệp Ba Vì",
        "kind": "vocational_center",
        "commune_code": BA_VI,
        "address": "Thôn Tản Lĩnh",
        "phone": "024 3386 1234",
        "email": "tuyensinh@gdnnbavi.edu.vn",
        "description": "Đào tạo nghề ngắn hạn cho lao động nông thôn."
    })
}

pub fn employer_body() -> Value {
    json!({
        "name": "Hợp tác xã cơ khí Ba Vì",
        "kind": "cooperative",
        "commune_code": BA_VI,
        "description": "Gia công cơ khí, sửa chữa máy nông nghiệp."
    })
}

pub fn course_body(provider_id: i64) -> Value {
    json!({
        "provider_id": provider_id,
        "title": "Sửa chữa xe máy",
        "description": "Bảo dưỡng và sửa chữa xe máy phổ thông.",
        "level": "so_cap",
        "occupation_code": "tho-sua-chua-xe-may",
        "commune_code": BA_VI,
        "delivery_mode": "in_person",
        "start_date": "2027-03-02",
        "weeks": 12,
        "schedule": "evening",
        "fee_vnd": 4_500_000,
        "subsidy_vnd": 3_000_000,
        "seats": 25,
        "certificate": "Chứng chỉ sơ cấp Sửa chữa xe máy",
        "modules": [
            {"code": "MĐ01", "title": "Bảo dưỡng động cơ", "credits": 3, "hours": 90,
             "skills": ["bao-duong-sua-chua-dong-co-xe-may"]},
            {"code": "MĐ02", "title": "Sửa chữa phanh", "credits": 2, "hours": 60,
             "skills": ["sua-chua-he-thong-phanh-xe-may"], "prerequisites": ["MĐ01"]}
        ]
    })
}

pub fn demand_body(employer_id: i64) -> Value {
    json!({
        "employer_id": employer_id,
        "title": "Tuyển 5 thợ hàn MIG",
        "description": "Hàn khung nhà xưởng.",
        "occupation_code": "tho-han",
        "skills": [
            {"code": "han-mig-mag", "importance": "essential"},
            {"code": "doc-ban-ve-ky-thuat-co-khi", "importance": "optional"}
        ],
        "positions": 5,
        "commune_code": BA_VI,
        "wage_min_vnd": 8_000_000,
        "wage_max_vnd": 12_000_000,
        "employment_type": "permanent",
        "start_date": "2027-01-15",
        "expires_on": "2027-03-31"
    })
}

/// Ids of a search response's hits, in order.
pub fn hit_ids(body: &Value) -> Vec<i64> {
    body["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| h["id"].as_i64().expect("id"))
        .collect()
}
