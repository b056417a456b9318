//! `hocnghe serve [--demo]`.

use hocnghe_api::auth::password;
use hocnghe_api::{Application, Settings};
use hocnghe_demo::LoadOutcome;
use hocnghe_domain::hanoi_today;

pub async fn serve(settings: Settings, demo: bool) -> anyhow::Result<()> {
    if demo {
        load_demo(&settings).await?;
    }
    let app = Application::build(settings).await?;
    tracing::info!(port = app.port(), "listening");
    app.run_until_stopped().await?;
    Ok(())
}

/// Load the demo set into an empty catalogue and say how to log in.
async fn load_demo(settings: &Settings) -> anyhow::Result<()> {
    let db = hocnghe_api::prepare_database(settings).await?;
    let hash = password::hash(hocnghe_demo::DEMO_PASSWORD.to_owned())
        .await
        .map_err(|_| anyhow::anyhow!("hashing the demo password"))?;
    let started = std::time::Instant::now();
    match hocnghe_demo::load_if_empty(&db, hanoi_today(), &hash).await? {
        LoadOutcome::Loaded(summary) => {
            tracing::info!(
                providers = summary.providers,
                employers = summary.employers,
                courses = summary.courses,
                demands = summary.demands,
                workers = summary.workers,
                applications = summary.applications,
                seconds = started.elapsed().as_secs_f64(),
                "demo data loaded"
            );
            for (role, login) in &summary.accounts {
                tracing::info!(
                    %role,
                    login = %login,
                    password = hocnghe_demo::DEMO_PASSWORD,
                    "demo account"
                );
            }
            let started = std::time::Instant::now();
            let history =
                hocnghe_demo::load_history(&db, hocnghe_demo::DEMO_SEED, 3, hanoi_today()).await?;
            tracing::info!(
                enrolments = history.enrolments,
                certificates = history.certificates,
                outcomes = history.outcomes,
                seconds = started.elapsed().as_secs_f64(),
                "demo training history loaded"
            );
        }
        LoadOutcome::Skipped => {
            tracing::info!("demo data skipped: the catalogue already has data");
        }
    }
    db.close().await?;
    Ok(())
}
