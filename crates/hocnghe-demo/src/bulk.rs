//! Large generated catalogues for benchmarks (`hocnghe demo load`): the
//! demo's providers and employers, then courses and demands composed from the
//! same trade vocabularies, written in multi-row batches.

use std::time::Instant;

use chrono::NaiveDate;
use hocnghe_domain::catalogue::CourseInput;
use hocnghe_store::repo::bulk::{self, BulkRefs};
use hocnghe_store::repo::{employers, providers};
use hocnghe_store::{DatabaseConnection, begin_write};
use rand::Rng;
use rand::seq::SliceRandom;
use serde::Serialize;

use crate::DemoError;
use crate::generate::{DemoProvider, Generator, with_intakes};
use crate::trades::TRADES;

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
    /// Classes of those courses: a provider runs a course several times.
    pub intakes: usize,
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
    let mut provider_set = generator.providers()?;
    let planned = plan_courses(&mut generator, &mut provider_set, options.courses)?;
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
    let course_count = planned.len();
    let intakes = planned.iter().map(|(_, c)| c.intakes.len()).sum();
    let mut planned = planned.into_iter();
    loop {
        let mut batch = Vec::with_capacity(COURSE_BATCH);
        for (provider, mut input) in planned.by_ref().take(COURSE_BATCH) {
            input.provider_id = provider_ids[provider];
            batch.push(
                input
                    .validate()
                    .map_err(|e| DemoError::invalid("bulk course", e))?,
            );
        }
        if batch.is_empty() {
            break;
        }
        bulk::insert_courses(db, &refs, batch, options.outbox).await?;
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
        courses: course_count,
        intakes,
        demands: options.demands,
        outbox: options.outbox,
        courses_seconds,
        demands_seconds,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// `count` distinct courses, each a (provider, title) pair with one to three
/// classes: a provider runs a course again and again as intakes of one
/// course, never as two courses. When the listed providers teach too few
/// titles, their branches in other communes are added.
fn plan_courses(
    generator: &mut Generator,
    providers: &mut Vec<DemoProvider>,
    count: usize,
) -> Result<Vec<(usize, CourseInput)>, DemoError> {
    let listed = providers.len();
    let mut capacity: usize = providers.iter().map(|p| titles(p).len()).sum();
    let mut added = 0;
    while capacity < count && listed > 0 {
        let base = providers[added % listed].clone();
        let branch = generator.branch(&base, added / listed + 2)?;
        capacity += titles(&branch).len();
        providers.push(branch);
        added += 1;
    }
    let mut pairs: Vec<(usize, usize, &str)> = providers
        .iter()
        .enumerate()
        .flat_map(|(p, provider)| {
            titles(provider)
                .into_iter()
                .map(move |(trade, title)| (p, trade, title))
        })
        .collect();
    pairs.shuffle(&mut generator.rng);
    pairs.truncate(count);
    let mut planned = Vec::with_capacity(pairs.len());
    for (p, trade, title) in pairs {
        let mut course =
            with_intakes(generator.course_titled(trade, title, &providers[p].input, None)?);
        let extra = match generator.rng.random_range(0..10) {
            0..=5 => 0,
            6..=8 => 1,
            _ => 2,
        };
        for _ in 0..extra {
            generator.add_later_intake(&mut course);
        }
        planned.push((p, course));
    }
    Ok(planned)
}

/// The titles a provider can teach, each once, with the trade it belongs to.
fn titles(provider: &DemoProvider) -> Vec<(usize, &'static str)> {
    let mut seen = std::collections::HashSet::new();
    provider
        .trades
        .iter()
        .flat_map(|&t| TRADES[t].courses.iter().map(move |title| (t, *title)))
        .filter(|(_, title)| seen.insert(*title))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bulk_catalogue_lists_each_course_once_with_its_classes() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut generator = Generator::new(11, today).unwrap();
        let mut providers = generator.providers().unwrap();
        let listed = providers.len();
        let planned = plan_courses(&mut generator, &mut providers, 3_000).unwrap();
        assert_eq!(planned.len(), 3_000);
        assert!(providers.len() > listed, "branches make room for 3,000");
        let mut listings = std::collections::HashSet::new();
        for (p, course) in &planned {
            assert!(
                listings.insert((providers[*p].input.name.clone(), course.title.clone())),
                "{} lists {} twice",
                providers[*p].input.name,
                course.title
            );
            let valid = course.clone().validate().unwrap();
            assert!(!valid.intakes.is_empty());
            assert!(
                valid
                    .intakes
                    .windows(2)
                    .all(|w| w[0].start_date < w[1].start_date)
            );
        }
        assert!(planned.iter().any(|(_, c)| c.intakes.len() > 1));
        let names: std::collections::HashSet<_> = providers.iter().map(|p| &p.input.name).collect();
        assert_eq!(
            names.len(),
            providers.len(),
            "every provider has its own name"
        );
    }
}
