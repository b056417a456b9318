//! Route registration. Each module owns its handlers and its part of the
//! OpenAPI document.

use actix_web::web;

mod admin;
mod applications;
mod auth;
mod candidates;
mod communes;
mod courses;
mod demands;
mod docs;
mod employers;
mod enrolments;
mod guidance;
mod gzip_json;
mod health;
mod inbox;
mod insights;
mod intakes;
pub(crate) mod matching;
mod me;
mod notifications;
#[cfg(feature = "bench")]
mod pg_baseline;
mod providers;
pub(crate) mod search;
mod suggest;
mod taxonomy;
mod workers;

pub use docs::openapi;

/// `pg_baseline` adds the benchmark's PostgreSQL full-text routes
/// (`search.enable_pg_baseline`, built with the `bench` feature).
pub fn configure(cfg: &mut web::ServiceConfig, pg_baseline: bool) {
    health::configure(cfg);
    docs::configure(cfg);
    cfg.service(
        web::scope("/api/v1")
            .configure(|cfg| bench_routes(cfg, pg_baseline))
            .configure(auth::configure)
            .configure(admin::configure)
            .configure(communes::configure)
            // Before the `{id}` and `{code}` routes, which would take `search`
            // and `suggest` as an id.
            .configure(search::configure)
            .configure(suggest::configure)
            .configure(taxonomy::configure)
            .configure(guidance::configure)
            .configure(providers::configure)
            .configure(courses::configure)
            .configure(intakes::configure)
            .configure(employers::configure)
            .configure(demands::configure)
            .configure(candidates::configure)
            .configure(applications::configure)
            .configure(enrolments::configure)
            .configure(insights::configure)
            .configure(matching::configure)
            .configure(inbox::configure)
            .configure(notifications::configure)
            .configure(me::configure)
            .configure(workers::configure),
    );
}

#[cfg(feature = "bench")]
fn bench_routes(cfg: &mut web::ServiceConfig, pg_baseline: bool) {
    if pg_baseline {
        pg_baseline::configure(cfg);
    }
}

#[cfg(not(feature = "bench"))]
fn bench_routes(_cfg: &mut web::ServiceConfig, pg_baseline: bool) {
    if pg_baseline {
        tracing::warn!(
            "search.enable_pg_baseline is set but this binary was built without the `bench` feature"
        );
    }
}
