//! `hocnghe`: serve the API and pages, or run an administrative command.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use hocnghe_api::{Application, Settings, telemetry};

#[derive(Parser)]
#[command(
    name = "hocnghe",
    version,
    about = "Học nghề: job matching and vocational guidance for Hanoi's rural workers"
)]
struct Cli {
    /// Configuration file (TOML). Defaults to config/default.toml, or built-in defaults.
    #[arg(long, global = true, env = "HOCNGHE_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the HTTP server.
    Serve {
        /// Load the Vietnamese demo data set first (only into an empty catalogue).
        #[arg(long)]
        demo: bool,
    },
    /// Create or upgrade the database schema and reference data, then exit.
    Migrate,
    /// Rebuild the search index from the database, then exit. Stop the server
    /// first: only one process may write the index.
    Reindex,
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let settings = match &cli.config {
        Some(path) => Settings::load(path),
        None => Settings::load_default(),
    }
    .context("loading configuration")?;
    telemetry::init(&settings.log);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(run(cli.command, settings))
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve { demo: _ } => {
            let app = Application::build(settings).await?;
            tracing::info!(port = app.port(), "listening");
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            hocnghe_api::prepare_database(&settings).await?;
            tracing::info!("database is up to date");
        }
        Command::Reindex => {
            let db = hocnghe_api::prepare_database(&settings).await?;
            let dir = &settings.search.index_dir;
            let report = hocnghe_api::indexer::reindex(&db, dir)
                .await
                .context("rebuilding the search index (is the server still running?)")?;
            let size = hocnghe_api::indexer::index_size_bytes(dir)?;
            println!(
                "indexed {} courses and {} demands in {:.2} s; index {} is {:.1} MiB",
                report.courses,
                report.demands,
                report.elapsed.as_secs_f64(),
                dir.display(),
                size as f64 / (1024.0 * 1024.0)
            );
        }
    }
    Ok(())
}
