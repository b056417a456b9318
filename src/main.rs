//! `hocnghe`: serve the API and pages, or run an administrative command
//! (the commands live in `cli/`).

mod cli;

use anyhow::Context;
use clap::Parser;
use hocnghe_api::{Settings, telemetry};

/// jemalloc instead of glibc's malloc: searches and rebuilds allocate many
/// short-lived buffers from several threads (see bench/HISTORY.md, "fourth round").
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> anyhow::Result<()> {
    let cli = cli::Cli::parse();
    let settings = match &cli.config {
        Some(path) => Settings::load(path),
        None => Settings::load_default(),
    }
    .context("loading configuration")?;
    telemetry::init(&settings.log);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(cli::run(cli.command, settings))
}
