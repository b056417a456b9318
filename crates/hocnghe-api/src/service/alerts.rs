//! The background run that tells workers what concerns them: new results
//! of their saved searches and reminders of classes about to start. It is a
//! plain function ([`run_once`]) that the timer task calls and tests call
//! directly; every message is written with the mark that stops it being
//! written twice, in one transaction (`repo/saved_searches.rs`,
//! `repo/reminders.rs`).

use std::collections::{BTreeSet, HashMap};
use std::time::Duration;

use hocnghe_domain::{SearchKind, hanoi_today};
use hocnghe_store::repo::saved_searches::Watch;
use hocnghe_store::repo::{outbox, reminders, saved_searches};

use crate::error::{ApiError, ApiResult};
use crate::service::saved_searches::{Prepared, prepare};
use crate::state::AppState;

/// What one run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RunReport {
    /// Saved searches whose owner got a message.
    pub searches_told: usize,
    /// Class reminders sent.
    pub reminders_sent: usize,
    /// The index had not caught up with the database: saved searches were
    /// left for the next run (nothing is lost, their marks did not move).
    pub index_behind: bool,
}

/// Start the timer task when `alerts.interval_seconds` is not 0.
pub fn spawn(state: AppState) {
    let every = state.settings.alerts.interval_seconds;
    if every == 0 {
        return;
    }
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(Duration::from_secs(every));
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            match run_once(&state).await {
                Ok(report) => tracing::info!(
                    searches_told = report.searches_told,
                    reminders_sent = report.reminders_sent,
                    index_behind = report.index_behind,
                    "alerts run"
                ),
                Err(error) => tracing::warn!(%error, "alerts run failed"),
            }
        }
    });
}

/// One run: class reminders, then saved searches.
pub async fn run_once(state: &AppState) -> ApiResult<RunReport> {
    let mut report = RunReport {
        reminders_sent: remind(state).await?,
        ..RunReport::default()
    };
    let watches = saved_searches::all(&state.db).await?;
    let mut news: HashMap<SearchKind, Vec<(i64, i64)>> = HashMap::new();
    for kind in SearchKind::ALL {
        let lowest = watches
            .iter()
            .filter(|w| w.search.kind == *kind)
            .map(|w| w.high_water)
            .min();
        if let Some(lowest) = lowest {
            news.insert(
                *kind,
                saved_searches::new_since(&state.db, *kind, lowest).await?,
            );
        }
    }
    // Everything read above must be in the index before it is searched: its
    // outbox rows were written with it, so they are at most the highest id
    // now, which the indexer must have applied.
    let written = outbox::max_id(&state.db).await?;
    if !index_reached(state, written).await {
        report.index_behind = true;
        return Ok(report);
    }
    for watch in &watches {
        let new: Vec<(i64, i64)> = news
            .get(&watch.search.kind)
            .map(|n| {
                n.iter()
                    .filter(|(id, _)| *id > watch.high_water)
                    .copied()
                    .collect()
            })
            .unwrap_or_default();
        let Some(to) = new.iter().map(|(id, _)| *id).max() else {
            continue;
        };
        let items: BTreeSet<i64> = new.iter().map(|(_, item)| *item).collect();
        let found = match matches(state, watch, items.into_iter().collect()).await {
            Ok(found) => found,
            Err(error) => {
                // A search that no longer checks (a commune gone) is left as is.
                tracing::warn!(saved_search = watch.search.id, %error, "saved search not run");
                continue;
            }
        };
        let message = (found > 0).then(|| message(watch, found));
        if saved_searches::record_run(&state.db, watch, to, message).await? && found > 0 {
            report.searches_told += 1;
        }
    }
    Ok(report)
}

/// Wait a little (at most 5 s) for the indexer to apply the outbox up to
/// `written`; `false` leaves the saved searches to the next run.
async fn index_reached(state: &AppState, written: i64) -> bool {
    for _ in 0..50 {
        if written == 0 || state.search.index.last_applied().unwrap_or(0) >= written {
            return true;
        }
        state.search.indexer.poke();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// How many of `items` the saved search finds (partial matches do not count).
async fn matches(state: &AppState, watch: &Watch, items: Vec<i64>) -> ApiResult<usize> {
    let prepared = prepare(
        &state.search.index,
        watch.search.kind,
        &watch.search.params(),
    )?;
    let index = state.search.index.clone();
    let found = state
        .search
        .pool
        .run(move || match prepared {
            Prepared::Courses(mut q) => {
                q.only_ids = Some(items);
                index
                    .search_courses(&q)
                    .map(|r| if r.relaxed.is_some() { 0 } else { r.total })
            }
            Prepared::Jobs(mut q) => {
                q.only_ids = Some(items);
                index
                    .search_demands(&q)
                    .map(|r| if r.relaxed.is_some() { 0 } else { r.total })
            }
        })
        .await
        .map_err(|_| ApiError::internal())??;
    Ok(found)
}

fn message(watch: &Watch, found: usize) -> (String, String) {
    let (what_vi, what_en) = watch.search.describe();
    match watch.search.kind {
        SearchKind::Jobs => (
            format!("{found} việc làm mới khớp {what_vi}"),
            format!(
                "{found} new job{} match {what_en}",
                if found == 1 { "" } else { "s" }
            ),
        ),
        SearchKind::Courses => (
            format!("{found} khóa học có lớp mới khớp {what_vi}"),
            format!(
                "{found} course{} with a new class match {what_en}",
                if found == 1 { "" } else { "s" }
            ),
        ),
    }
}

/// Remind learners of classes starting within `alerts.reminder_days`.
async fn remind(state: &AppState) -> ApiResult<usize> {
    let today = hanoi_today();
    let days = state.settings.alerts.reminder_days.clamp(0, 30);
    let until = today
        .checked_add_days(chrono::Days::new(days.unsigned_abs()))
        .unwrap_or(today);
    let mut sent = 0;
    for due in reminders::due(&state.db, today, until).await? {
        if reminders::send(&state.db, &due, today).await? {
            sent += 1;
        }
    }
    Ok(sent)
}
