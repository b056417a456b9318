//! `hocnghe`: serve the API and pages, or run an administrative command.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use hocnghe_api::auth::accounts::create_account;
use hocnghe_api::{Application, Settings, telemetry};
use hocnghe_domain::Role;
use hocnghe_domain::accounts::NewAccountInput;

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
    /// Search benchmark helpers (see bench/run.sh).
    #[command(subcommand)]
    Bench(BenchCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Build the PostgreSQL full-text baseline over the current catalogue
    /// (tsvector with unaccent, GIN indexes); serve it with
    /// HOCNGHE__SEARCH__ENABLE_PG_BASELINE=true. PostgreSQL only.
    PgSetup,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account of any role, e.g. the first admin or a counsellor.
    /// Without --password-stdin a password is generated and printed once.
    Create {
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Name shown to others.
        #[arg(long)]
        name: String,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        email: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse()
        .map_err(|e: hocnghe_domain::UnknownVariant| e.to_string())
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
        Command::Bench(BenchCommand::PgSetup) => {
            let db = hocnghe_api::prepare_database(&settings).await?;
            let started = std::time::Instant::now();
            hocnghe_store::repo::fts_baseline::setup(&db).await?;
            println!(
                "PostgreSQL full-text baseline built in {:.2} s",
                started.elapsed().as_secs_f64()
            );
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
        Command::User(UserCommand::Create {
            role,
            name,
            phone,
            email,
            password_stdin,
        }) => {
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line)?;
                Some(line.trim_end_matches(['\r', '\n']).to_owned())
            } else {
                None
            };
            let db = hocnghe_api::prepare_database(&settings).await?;
            let input = NewAccountInput {
                role,
                display_name: name,
                phone,
                email,
                password,
            };
            match create_account(&db, input, None).await {
                Ok(created) => {
                    println!(
                        "created {} account #{}",
                        created.account.role, created.account.id
                    );
                    if let Some(password) = created.generated_password {
                        println!(
                            "password (shown once, must be changed at first login): {password}"
                        );
                    }
                }
                Err(error) => {
                    eprintln!("{}", error.body.message_en);
                    for field in &error.body.fields {
                        eprintln!("  {}: {}", field.field, field.message_en);
                    }
                    std::process::exit(2);
                }
            }
        }
    }
    Ok(())
}
