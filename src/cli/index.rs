//! `hocnghe reindex` and the benchmark's `hocnghe bench pg-setup`.

use anyhow::Context;
use hocnghe_api::Settings;

pub async fn reindex(settings: &Settings) -> anyhow::Result<()> {
    let db = hocnghe_api::prepare_database(settings).await?;
    let dir = &settings.search.index_dir;
    let report = hocnghe_indexer::reindex(&db, dir)
        .await
        .context("rebuilding the search index (is the server still running?)")?;
    let size = hocnghe_indexer::index_size_bytes(dir)?;
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
    Ok(())
}

#[cfg(feature = "bench")]
#[derive(clap::Subcommand)]
pub enum BenchCommand {
    /// Build the PostgreSQL full-text baseline over the current catalogue
    /// (tsvector with unaccent, GIN indexes); serve it with
    /// HOCNGHE__SEARCH__ENABLE_PG_BASELINE=true. PostgreSQL only.
    PgSetup,
}

#[cfg(feature = "bench")]
pub async fn bench(settings: &Settings, command: BenchCommand) -> anyhow::Result<()> {
    match command {
        BenchCommand::PgSetup => {
            let db = hocnghe_api::prepare_database(settings).await?;
            let started = std::time::Instant::now();
            hocnghe_store::repo::fts_baseline::setup(&db).await?;
            println!(
                "PostgreSQL full-text baseline built in {:.2} s",
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(())
}
