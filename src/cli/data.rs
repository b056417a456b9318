//! `hocnghe demo …` (generated data sets) and `hocnghe import …` (CSV, ESCO).

use std::path::PathBuf;

use anyhow::Context;
use hocnghe_api::Settings;
use hocnghe_domain::hanoi_today;

#[derive(clap::Subcommand)]
pub enum DemoCommand {
    /// Bulk-load a large generated catalogue (benchmarks); prints a JSON summary.
    /// Stop the server first.
    Load {
        #[arg(long, default_value_t = 10_000)]
        courses: usize,
        #[arg(long, default_value_t = 100_000)]
        demands: usize,
        #[arg(long, default_value_t = hocnghe_demo::DEMO_SEED)]
        seed: u64,
        /// Dates are generated relative to this day (default: today in Hanoi).
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
        /// The history ends on this day (default: today in Hanoi).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
    },
}

#[derive(clap::Subcommand)]
pub enum ImportCommand {
    /// Courses, one row per module (see data/samples/courses.csv).
    Courses(CsvImportArgs),
    /// Demands, one row per demand (see data/samples/demands.csv).
    Demands(CsvImportArgs),
    /// ESCO v1.1.1 CSV files: occupations_en.csv, skills_en.csv and
    /// occupationSkillRelations_en.csv in DIR.
    Esco { dir: PathBuf },
}

#[derive(clap::Args)]
pub struct CsvImportArgs {
    file: PathBuf,
    /// Validate only; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Also write the report as JSON to this file.
    #[arg(long)]
    report_json: Option<PathBuf>,
}

pub async fn demo(settings: &Settings, command: DemoCommand) -> anyhow::Result<()> {
    let db = hocnghe_api::prepare_database(settings).await?;
    match command {
        DemoCommand::Load {
            courses,
            demands,
            seed,
            today,
            no_outbox,
        } => {
            let options = hocnghe_demo::bulk::BulkOptions {
                courses,
                demands,
                seed,
                today: today.unwrap_or_else(hanoi_today),
                outbox: !no_outbox,
            };
            let summary = hocnghe_demo::bulk::load(&db, options).await?;
            println!("{}", serde_json::to_string_pretty(&summary)?);
        }
        DemoCommand::History { years, seed, today } => {
            let started = std::time::Instant::now();
            let summary =
                hocnghe_demo::load_history(&db, seed, years, today.unwrap_or_else(hanoi_today))
                    .await?;
            let mut report = serde_json::to_value(&summary)?;
            report["seconds"] = serde_json::json!(started.elapsed().as_secs_f64());
            println!("{}", serde_json::to_string_pretty(&report)?);
            if !summary.loaded {
                eprintln!("history skipped: the database already has enrolments");
            }
        }
    }
    Ok(())
}

pub async fn import(settings: &Settings, command: ImportCommand) -> anyhow::Result<()> {
    match command {
        ImportCommand::Courses(args) => import_csv(settings, args, CsvKind::Courses).await,
        ImportCommand::Demands(args) => import_csv(settings, args, CsvKind::Demands).await,
        ImportCommand::Esco { dir } => {
            let db = hocnghe_api::prepare_database(settings).await?;
            let started = std::time::Instant::now();
            let report = hocnghe_import::esco::import(&db, &dir).await?;
            println!(
                "{} skills and {} occupations added ({} and {} already present), {} relations added in {:.1} s",
                report.skills_added,
                report.occupations_added,
                report.skills_kept,
                report.occupations_kept,
                report.relations_added,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
    }
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
        CsvKind::Courses => hocnghe_import::courses::import(&db, &text, args.dry_run).await?,
        CsvKind::Demands => hocnghe_import::demands::import(&db, &text, args.dry_run).await?,
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
