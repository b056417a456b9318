//! Building the application: the same function serves `main` and the tests.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::{Server, ServerHandle};
use actix_web::middleware::{Compress, NormalizePath, TrailingSlash};
use actix_web::{App, HttpServer, web};
use hocnghe_store::{DbSettings, reference};
use tracing_actix_web::TracingLogger;

use crate::auth::rate_limit::RateLimits;
use crate::routes;
use crate::service::search_pool::SearchPool;
use crate::settings::Settings;
use crate::state::{AppState, SearchState};
use hocnghe_indexer::{self as indexer, CrashPoint, IndexerError};

pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot bind {address}: {source}")]
    Bind {
        address: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] hocnghe_store::StoreError),
    #[error("io: {0}")]
    Io(#[from] std::io::Error),
    #[error("search index: {0}")]
    Search(#[from] IndexerError),
    #[error(transparent)]
    Notify(#[from] hocnghe_notify::NotifyError),
}

/// Knobs for tests; production uses the defaults.
#[doc(hidden)]
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Make the indexer stop at this point, as if the process died there.
    pub crash_at: Option<CrashPoint>,
    /// The notification dispatcher's clock (quiet hours, cap, leases).
    pub clock: Option<Arc<dyn hocnghe_notify::Clock>>,
}

impl Application {
    /// Connect, migrate, load reference data, open the search index and start
    /// its indexer (which rebuilds the index in the background when needed),
    /// and bind the listener. With port 0 the OS picks a free port, reported
    /// by [`Application::port`].
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        Self::build_with(settings, BuildOptions::default()).await
    }

    #[doc(hidden)]
    pub async fn build_with(
        settings: Settings,
        options: BuildOptions,
    ) -> Result<Self, StartupError> {
        let db = prepare_database(&settings).await?;
        let setup = indexer::load_setup(&db).await?;
        let (index, indexer) = indexer::start(
            &db,
            &setup,
            &settings.search.index_dir,
            std::time::Duration::from_millis(settings.search.poll_interval_ms.max(10)),
            options.crash_at,
        )
        .await?;
        let search = SearchState {
            index,
            indexer,
            skills: setup.skills,
            occupations: setup.occupations,
            pool: Arc::new(SearchPool::new(
                settings.search.threads,
                settings.search.queue,
            )?),
        };
        let address = format!("{}:{}", settings.server.host, settings.server.port);
        let listener = TcpListener::bind(&address).map_err(|source| StartupError::Bind {
            address: address.clone(),
            source,
        })?;
        let port = listener.local_addr()?.port();
        crate::auth::password::configure(settings.auth.hashing_concurrency);
        let rate_limits = RateLimits::new(&settings.auth, settings.server.trust_forwarded_for);
        let notify = if settings.notify.enabled {
            let clock = options
                .clock
                .unwrap_or_else(|| Arc::new(hocnghe_notify::SystemClock));
            Some(hocnghe_notify::start(db.clone(), &settings.notify, clock)?)
        } else {
            None
        };
        let state = AppState {
            db,
            settings: Arc::new(settings),
            search,
            rate_limits,
            ranking: Arc::new(crate::service::ranking::RankingCache::new()),
            metrics: Arc::new(crate::metrics::Metrics::new()),
            notify,
        };
        let server = run(listener, state.clone())?;
        crate::service::alerts::spawn(state.clone());
        Ok(Self {
            port,
            server,
            state,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Stops the server (and then the indexer) from elsewhere.
    pub fn server_handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// Serve until the server is stopped (a signal or its handle), then stop the
    /// notification dispatcher and the indexer after its current step.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let served = self.server.await;
        if let Some(notify) = &self.state.notify {
            notify.shutdown();
        }
        self.state.search.indexer.shutdown().await;
        served
    }
}

/// Connect and bring the schema and reference data up to date.
pub async fn prepare_database(
    settings: &Settings,
) -> Result<sea_orm::DatabaseConnection, StartupError> {
    ensure_sqlite_dir(&settings.database.url)?;
    let db = hocnghe_store::connect(&DbSettings {
        url: settings.database.url.clone(),
        max_connections: settings.database.max_connections,
    })
    .await?;
    hocnghe_store::migrate(&db).await?;
    reference::load(&db).await?;
    Ok(db)
}

/// SQLite creates the file but not its directory.
fn ensure_sqlite_dir(url: &str) -> std::io::Result<()> {
    if let Some(rest) = url.strip_prefix("sqlite://") {
        let path = rest.split('?').next().unwrap_or(rest);
        if let Some(dir) = std::path::Path::new(path).parent()
            && !dir.as_os_str().is_empty()
        {
            std::fs::create_dir_all(dir)?;
        }
    }
    Ok(())
}

fn run(listener: TcpListener, state: AppState) -> Result<Server, StartupError> {
    let body_limit = state.settings.server.body_limit_bytes;
    let workers = state.settings.server.workers;
    let pg_baseline = state.settings.search.enable_pg_baseline;
    let metrics = state.settings.metrics.enabled;
    let data = web::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .wrap(actix_web::middleware::from_fn(
                crate::auth::identity::password_change_gate,
            ))
            .wrap(NormalizePath::new(TrailingSlash::MergeOnly))
            .wrap(Compress::default())
            .wrap(actix_web::middleware::from_fn(
                crate::web::same_origin_writes,
            ))
            .wrap(crate::security_headers::default_headers())
            .wrap(actix_web::middleware::from_fn(crate::metrics::record))
            .wrap(TracingLogger::default())
            .app_data(data.clone())
            .app_data(web::PayloadConfig::new(body_limit))
            .app_data(crate::fallback::path_config())
            .app_data(crate::fallback::query_config())
            .app_data(crate::fallback::form_config())
            .configure(|cfg| routes::configure(cfg, pg_baseline))
            .configure(|cfg| crate::metrics::configure(cfg, metrics))
            .configure(crate::web::configure)
            .default_service(web::to(crate::fallback::not_found_or_wrong_method))
    })
    // Nagle's algorithm held back the last segment of a response written in
    // two until the client's delayed ACK (40 ms on Linux): 1-2 % of search
    // responses took 40 ms more under load.
    .tcp_nodelay(true)
    .listen(listener)?;
    let workers = match workers {
        0 => http_workers(crate::service::search_pool::cores()),
        n => n,
    };
    Ok(server.workers(workers).run())
}

/// HTTP workers when `server.workers` is 0: half the cores, at least one.
/// They parse, route and write; searches run on one thread per core, and
/// matching, argon2 and the ranking snapshot on blocking threads. A worker per
/// core on top of the search threads had four busy threads share two cores,
/// and the open loop's p99 at 2,000 search req/s was 19-109 ms against
/// 13-14 ms with one worker (bench/HISTORY.md, tenth round).
fn http_workers(cores: usize) -> usize {
    (cores / 2).max(1)
}

#[cfg(test)]
mod tests {
    use super::http_workers;

    #[test]
    fn http_workers_are_half_the_cores_and_at_least_one() {
        let workers: Vec<usize> = [1, 2, 3, 4, 16].into_iter().map(http_workers).collect();
        assert_eq!(workers, [1, 1, 1, 2, 8]);
    }
}
