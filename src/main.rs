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
    }
    Ok(())
}
