//! Large generated catalogues for benchmarks (`hocnghe demo load`): the
//! demo's providers and employers, then courses and demands composed from the
//! same trade vocabularies, written in multi-row batches.

use std::time::Instant;

use chrono::NaiveDate;
use hocnghe_store::repo::bulk::{self, BulkRefs};
use hocnghe_store::repo::{employers, providers};
use hocnghe_store::{DatabaseConnection, begin_write};
use rand::Rng;
use rand::seq::IndexedRandom;
use serde::Serialize;

use crate::DemoError;
use crate::generate::Generator;

#[derive(Debug, Clone, Copy)]
pub struct BulkOptions {
    pub courses: usize,
    pub demands: usize,
    pub seed: u64,
    pub today: NaiveDate,
    /// Queue outbox rows for the indexer; off when `hocnghe reindex` follows.
    pub outbox: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct BulkSummary {
    pub providers: usize,
    pub employers: usize,
    pub courses: usize,
    pub demands: usize,
    pub outbox: bool,
    pub courses_seconds: f64,
    pub demands_seconds: f64,
    pub seconds: f64,
}

const COURSE_BATCH: usize = 500;
const DEMAND_BATCH: usize = 1_000;

pub async fn load(db: &DatabaseConnection, options: BulkOptions) -> Result<BulkSummary, DemoError> {
    let started = Instant::now();
    let mut generator = Generator::new(options.seed, options.today)?;
    let provider_set = generator.providers()?;
    let employer_set = generator.employers()?;
    let tx = begin_write(db).await?;
    let mut provider_ids = Vec::with_capacity(provider_set.len());
    for p in &provider_set {
        let valid = p
            .input
            .clone()
            .validate()
            .map_err(|e| DemoError::invalid(format!("provider {}", p.input.name), e))?;
        provider_ids.push(providers::insert(&tx, valid, None).await?);
    }
    let mut employer_ids = Vec::with_capacity(employer_set.len());
    for e in &employer_set {
        let valid = e
            .input
            .clone()
            .validate()
            .map_err(|err| DemoError::invalid(format!("employer {}", e.input.name), err))?;
        employer_ids.push(employers::insert(&tx, valid, None).await?);
    }
    tx.commit().await?;
    let refs = BulkRefs::load(db).await?;

    let courses_started = Instant::now();
    let mut written = 0;
    while written < options.courses {
        let size = COURSE_BATCH.min(options.courses - written);
        let mut batch = Vec::with_capacity(size);
        for _ in 0..size {
            let index = generator.rng.random_range(0..provider_set.len());
            let provider = &provider_set[index];
            let trade = *provider.trades.choose(&mut generator.rng).unwrap_or(&0);
            let mut input = generator.course(trade, &provider.input, None)?;
            input.provider_id = provider_ids[index];
            batch.push(
                input
                    .validate()
                    .map_err(|e| DemoError::invalid("bulk course", e))?,
            );
        }
        bulk::insert_courses(db, &refs, batch, options.outbox).await?;
        written += size;
    }
    let courses_seconds = courses_started.elapsed().as_secs_f64();

    let demands_started = Instant::now();
    let mut written = 0;
    while written < options.demands {
        let size = DEMAND_BATCH.min(options.demands - written);
        let mut batch = Vec::with_capacity(size);
        for _ in 0..size {
            let index = generator.rng.random_range(0..employer_set.len());
            let employer = &employer_set[index];
            let mut input = generator.demand(employer.trade, &employer.input)?;
            input.employer_id = employer_ids[index];
            batch.push(
                input
                    .validate()
                    .map_err(|e| DemoError::invalid("bulk demand", e))?,
            );
        }
        bulk::insert_demands(db, &refs, batch, options.outbox).await?;
        written += size;
    }
    let demands_seconds = demands_started.elapsed().as_secs_f64();
    bulk::sync_sequences(db).await?;
    bulk::refresh_statistics(db).await?;
    Ok(BulkSummary {
        providers: provider_ids.len(),
        employers: employer_ids.len(),
        courses: options.courses,
        demands: options.demands,
        outbox: options.outbox,
        courses_seconds,
        demands_seconds,
        seconds: started.elapsed().as_secs_f64(),
    })
}
