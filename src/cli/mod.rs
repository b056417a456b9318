//! The command line: one module per group of commands.

mod data;
mod index;
mod serve;
mod user;

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use hocnghe_api::Settings;

#[derive(Parser)]
#[command(
    name = "hocnghe",
    version,
    about = "Học nghề: job matching and vocational guidance for Hanoi's rural workers"
)]
pub struct Cli {
    /// Configuration file (TOML). Defaults to config/default.toml, or built-in defaults.
    #[arg(long, global = true, env = "HOCNGHE_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
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
    /// Search benchmark helpers (see bench/run.sh; built with `--features bench`).
    #[cfg(feature = "bench")]
    #[command(subcommand)]
    Bench(index::BenchCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(user::UserCommand),
    /// Generated Vietnamese data sets.
    #[command(subcommand)]
    Demo(data::DemoCommand),
    /// Import courses or demands from CSV, or the ESCO taxonomy (docs/data.md).
    #[command(subcommand)]
    Import(data::ImportCommand),
}

pub async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve { demo } => serve::serve(settings, demo).await,
        Command::Migrate => {
            hocnghe_api::prepare_database(&settings).await?;
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::Reindex => index::reindex(&settings).await,
        #[cfg(feature = "bench")]
        Command::Bench(command) => index::bench(&settings, command).await,
        Command::User(command) => user::run(&settings, command).await,
        Command::Demo(command) => data::demo(&settings, command).await,
        Command::Import(command) => data::import(&settings, command).await,
    }
}
