//! Prometheus metrics at `/metrics` (text exposition format), off unless
//! `metrics.enabled`; with `metrics.token` set, a scrape must send
//! `Authorization: Bearer <token>`.
//!
//! Requests are counted by route pattern (`/api/v1/demands/{id}`, never the
//! raw path, so ids and personal data cannot become labels), method and
//! status, with a latency histogram. Gauges are read when scraped: the search
//! queue, the indexer's backlog and lag, the ranking snapshot's age and the
//! password-hashing queue.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use sha2::{Digest, Sha256};

use crate::error::ApiError;
use crate::state::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    searches: Counter,
    searches_rejected: Counter,
    search_queue: Gauge,
    outbox_backlog: Gauge,
    index_lag_seconds: Gauge<f64, AtomicU64>,
    ranking_snapshot_age_seconds: Gauge<f64, AtomicU64>,
    hashing_queue: Gauge,
}

/// 1 ms to about 16 s.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("hocnghe");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency =
            Family::<RouteLabels, Histogram>::new_with_constructor(latency_histogram as fn() -> _);
        let metrics = Self {
            requests: requests.clone(),
            latency: latency.clone(),
            searches: Counter::default(),
            searches_rejected: Counter::default(),
            search_queue: Gauge::default(),
            outbox_backlog: Gauge::default(),
            index_lag_seconds: Gauge::default(),
            ranking_snapshot_age_seconds: Gauge::default(),
            hashing_queue: Gauge::default(),
            registry: Registry::default(),
        };
        registry.register(
            "http_requests",
            "HTTP requests by route pattern, method and status",
            requests,
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route pattern and method",
            latency,
        );
        registry.register(
            "searches",
            "Searches queued for a search thread",
            metrics.searches.clone(),
        );
        registry.register(
            "searches_rejected",
            "Searches turned away with 503 because the queue was full",
            metrics.searches_rejected.clone(),
        );
        registry.register(
            "search_queue",
            "Searches waiting for a search thread",
            metrics.search_queue.clone(),
        );
        registry.register(
            "index_outbox_backlog",
            "Database changes not yet applied to the search index",
            metrics.outbox_backlog.clone(),
        );
        registry.register(
            "index_lag_seconds",
            "Age of the oldest change not yet in the search index (0 when none)",
            metrics.index_lag_seconds.clone(),
        );
        registry.register(
            "ranking_snapshot_age_seconds",
            "Age of the catalogue snapshot used for recommendations (-1 before the first)",
            metrics.ranking_snapshot_age_seconds.clone(),
        );
        registry.register(
            "password_hashing_queue",
            "Requests waiting for a password-hashing slot",
            metrics.hashing_queue.clone(),
        );
        Self {
            registry,
            ..metrics
        }
    }

    fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        self.requests
            .get_or_create(&RequestLabels {
                method: method.to_owned(),
                route: route.to_owned(),
                status,
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                method: method.to_owned(),
                route: route.to_owned(),
            })
            .observe(seconds);
    }

    /// Read the gauges and render everything.
    async fn render(&self, state: &AppState) -> Result<String, ApiError> {
        let pool = &state.search.pool;
        let (accepted, rejected) = pool.totals();
        self.searches
            .inc_by(accepted.saturating_sub(self.searches.get()));
        self.searches_rejected
            .inc_by(rejected.saturating_sub(self.searches_rejected.get()));
        self.search_queue
            .set(i64::try_from(pool.queued()).unwrap_or(i64::MAX));
        let backlog = hocnghe_store::repo::outbox::len(&state.db).await?;
        self.outbox_backlog
            .set(i64::try_from(backlog).unwrap_or(i64::MAX));
        let oldest = hocnghe_store::repo::outbox::oldest_created_at(&state.db).await?;
        let lag = oldest.map_or(0.0, |at| {
            (chrono::Utc::now() - at).num_milliseconds().max(0) as f64 / 1000.0
        });
        self.index_lag_seconds.set(lag);
        self.ranking_snapshot_age_seconds
            .set(state.ranking.age_seconds().unwrap_or(-1.0));
        self.hashing_queue
            .set(i64::try_from(crate::auth::password::queue_len()).unwrap_or(i64::MAX));
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .map_err(|_| ApiError::internal())?;
        Ok(out)
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

/// Count and time every request under its route pattern.
pub async fn record(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let metrics = req
        .app_data::<web::Data<AppState>>()
        .map(|state| Arc::clone(&state.metrics));
    let response = next.call(req).await?.map_into_boxed_body();
    if let Some(metrics) = metrics {
        let route = response
            .request()
            .match_pattern()
            .unwrap_or_else(|| "unmatched".to_owned());
        metrics.observe(
            response.request().method().as_str(),
            &route,
            response.status().as_u16(),
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(response)
}

/// `GET /metrics`, registered only when `metrics.enabled`.
pub async fn scrape(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let token = &state.settings.metrics.token;
    if !token.is_empty() {
        let sent = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .unwrap_or("");
        // Compare digests so the time taken does not tell how much matched.
        if Sha256::digest(sent.as_bytes()) != Sha256::digest(token.as_bytes()) {
            return Err(crate::auth::identity::unauthenticated());
        }
    }
    let body = state.metrics.render(&state).await?;
    Ok(HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8"))
        .body(body))
}

pub fn configure(cfg: &mut web::ServiceConfig, enabled: bool) {
    if enabled {
        cfg.route("/metrics", web::get().to(scrape));
    }
}
