//! `hocnghe`: serve the API and pages, or run an administrative command.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Parser, Subcommand};
use hocnghe_api::auth::accounts::create_account;
use hocnghe_api::auth::password;
use hocnghe_api::{Application, Settings, telemetry};
use hocnghe_demo::LoadOutcome;
use hocnghe_domain::Role;
use hocnghe_domain::accounts::NewAccountInput;

/// jemalloc instead of glibc's malloc: searches and rebuilds allocate many
/// short-lived buffers from several threads (see docs/search.md, "fourth round").
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

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
    /// Generated Vietnamese data sets.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Import courses or demands from CSV, or the ESCO taxonomy (docs/data.md).
    #[command(subcommand)]
    Import(ImportCommand),
}

#[derive(Subcommand)]
enum ImportCommand {
    /// Courses, one row per module (see data/samples/courses.csv).
    Courses(CsvImportArgs),
    /// Demands, one row per demand (see data/samples/demands.csv).
    Demands(CsvImportArgs),
    /// ESCO v1.1.1 CSV files: occupations_en.csv, skills_en.csv and
    /// occupationSkillRelations_en.csv in DIR.
    Esco { dir: PathBuf },
}

#[derive(clap::Args)]
struct CsvImportArgs {
    file: PathBuf,
    /// Validate only; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Also write the report as JSON to this file.
    #[arg(long)]
    report_json: Option<PathBuf>,
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Bulk-load a large generated catalogue (benchmarks); prints a JSON summary.
    /// Stop the server first.
    Load {
        #[arg(long, default_value_t = 10_000)]
        courses: usize,
        #[arg(long, default_value_t = 100_000)]
        demands: usize,
        #[arg(long, default_value_t = hocnghe_demo::DEMO_SEED)]
        seed: u64,
        /// Dates are generated relative to this day (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// Skip search-outbox rows (run `hocnghe reindex` afterwards).
        #[arg(long)]
        no_outbox: bool,
    },
    /// Add a synthetic multi-year training history (enrolments, modules
    /// passed, certificates, outcomes) over the courses and workers in the
    /// database; does nothing when enrolments exist. Prints a JSON summary.
    History {
        #[arg(long, default_value_t = 3)]
        years: u32,
        #[arg(long, default_value_t = hocnghe_demo::DEMO_SEED)]
        seed: u64,
        /// The history ends on this day (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
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
        Command::Serve { demo } => {
            if demo {
                load_demo(&settings).await?;
            }
            let app = Application::build(settings).await?;
            tracing::info!(port = app.port(), "listening");
            app.run_until_stopped().await?;
        }
        Command::Demo(DemoCommand::Load {
            courses,
            demands,
            seed,
            today,
            no_outbox,
        }) => {
            let db = hocnghe_api::prepare_database(&settings).await?;
            let options = hocnghe_demo::bulk::BulkOptions {
                courses,
                demands,
                seed,
                today: today.unwrap_or_else(local_today),
                outbox: !no_outbox,
            };
            let summary = hocnghe_demo::bulk::load(&db, options).await?;
            println!("{}", serde_json::to_string_pretty(&summary)?);
        }
        Command::Demo(DemoCommand::History { years, seed, today }) => {
            let db = hocnghe_api::prepare_database(&settings).await?;
            let started = std::time::Instant::now();
            let summary =
                hocnghe_demo::load_history(&db, seed, years, today.unwrap_or_else(local_today))
                    .await?;
            let seconds = started.elapsed().as_secs_f64();
            let mut report = serde_json::to_value(&summary)?;
            report["seconds"] = serde_json::json!(seconds);
            println!("{}", serde_json::to_string_pretty(&report)?);
            if !summary.loaded {
                eprintln!("history skipped: the database already has enrolments");
            }
        }
        Command::Import(ImportCommand::Courses(args)) => {
            import_csv(&settings, args, CsvKind::Courses).await?;
        }
        Command::Import(ImportCommand::Demands(args)) => {
            import_csv(&settings, args, CsvKind::Demands).await?;
        }
        Command::Import(ImportCommand::Esco { dir }) => {
            let db = hocnghe_api::prepare_database(&settings).await?;
            let started = std::time::Instant::now();
            let report = hocnghe_demo::import::esco::import(&db, &dir).await?;
            println!(
                "{} skills and {} occupations added ({} and {} already present), {} relations added in {:.1} s",
                report.skills_added,
                report.occupations_added,
                report.skills_kept,
                report.occupations_kept,
                report.relations_added,
                started.elapsed().as_secs_f64()
            );
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
            let w = &report.writer;
            println!(
                "phases: database reads {:.2} s; writer waited {:.2} s, built and handed over \
                 documents {:.2} s, commit {:.2} s, merge of {} segments {:.2} s",
                report.reading.as_secs_f64(),
                w.waiting.as_secs_f64(),
                w.staging.as_secs_f64(),
                w.commit.as_secs_f64(),
                w.merged_segments,
                w.merge.as_secs_f64()
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

/// Load the demo set into an empty catalogue and say how to log in.
async fn load_demo(settings: &Settings) -> anyhow::Result<()> {
    let db = hocnghe_api::prepare_database(settings).await?;
    let hash = password::hash(hocnghe_demo::DEMO_PASSWORD.to_owned())
        .await
        .map_err(|_| anyhow::anyhow!("hashing the demo password"))?;
    let started = std::time::Instant::now();
    match hocnghe_demo::load_if_empty(&db, local_today(), &hash).await? {
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
                hocnghe_demo::load_history(&db, hocnghe_demo::DEMO_SEED, 3, local_today()).await?;
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

fn local_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[derive(Clone, Copy)]
enum CsvKind {
    Courses,
    Demands,
}

/// Import a CSV, print the report; exit with status 1 if any item failed.
async fn import_csv(settings: &Settings, args: CsvImportArgs, kind: CsvKind) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("reading {} (it must be UTF-8)", args.file.display()))?;
    let db = hocnghe_api::prepare_database(settings).await?;
    let report = match kind {
        CsvKind::Courses => hocnghe_demo::import::courses::import(&db, &text, args.dry_run).await?,
        CsvKind::Demands => hocnghe_demo::import::demands::import(&db, &text, args.dry_run).await?,
    };
    print!("{}", report.table());
    if let Some(path) = &args.report_json {
        std::fs::write(path, serde_json::to_string_pretty(&report)?)?;
    }
    db.close().await?;
    if report.failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}
