//! A fixed set of threads that run searches, one per core, fed from one queue.
//!
//! Searches are CPU-bound. On tokio's blocking pool every request in flight got
//! a thread of its own, so at a few thousand requests a second dozens of
//! searches shared two cores by time slices: each ran slower, and every one of
//! them was late. Here a search waits its turn in the queue and then runs
//! alone on its core, and a thread that finishes one takes the next without
//! sleeping. A full queue answers at once ("busy") instead of queueing without
//! bound.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crossbeam_channel::{Sender, TrySendError};

type Job = Box<dyn FnOnce() + Send>;

/// Why a job did not produce its result.
#[derive(Debug, thiserror::Error)]
pub enum PoolError {
    #[error("the search queue is full")]
    Busy,
    #[error("the search job panicked")]
    Failed,
}

/// Threads live as long as the pool: dropping it closes the queue, and each
/// thread finishes its job and exits.
pub struct SearchPool {
    jobs: Sender<Job>,
    turned_away: Mutex<TurnedAway>,
    /// Searches queued and searches turned away since start (for metrics).
    accepted_total: std::sync::atomic::AtomicU64,
    rejected_total: std::sync::atomic::AtomicU64,
}

/// The machine's cores, or 2 when the platform cannot tell; the search threads
/// and the HTTP workers (startup.rs) are sized from it.
pub(crate) fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

impl SearchPool {
    /// `threads` workers (0: one per core) behind a queue of `queue` jobs.
    pub fn new(threads: usize, queue: usize) -> std::io::Result<SearchPool> {
        let threads = match threads {
            0 => cores(),
            n => n,
        };
        let (jobs, waiting) = crossbeam_channel::bounded::<Job>(queue.max(1));
        for n in 0..threads {
            let waiting = waiting.clone();
            std::thread::Builder::new()
                .name(format!("search-{n}"))
                .spawn(move || {
                    for job in waiting {
                        // A panicking search drops its reply; the thread lives on.
                        let _ = catch_unwind(AssertUnwindSafe(job));
                    }
                })?;
        }
        Ok(SearchPool {
            jobs,
            turned_away: Mutex::default(),
            accepted_total: Default::default(),
            rejected_total: Default::default(),
        })
    }

    /// Searches waiting for a thread now (for metrics).
    pub fn queued(&self) -> usize {
        self.jobs.len()
    }

    /// Searches queued, and searches turned away with 503, since start.
    pub fn totals(&self) -> (u64, u64) {
        use std::sync::atomic::Ordering::Relaxed;
        (
            self.accepted_total.load(Relaxed),
            self.rejected_total.load(Relaxed),
        )
    }

    /// Runs `job` on a search thread and waits for its result without blocking
    /// the caller's thread.
    pub async fn run<R, F>(&self, job: F) -> Result<R, PoolError>
    where
        F: FnOnce() -> R + Send + 'static,
        R: Send + 'static,
    {
        self.submit(job)?.await
    }

    /// Queues `job` now; the returned future is its result.
    pub fn submit<R, F>(
        &self,
        job: F,
    ) -> Result<impl Future<Output = Result<R, PoolError>> + use<R, F>, PoolError>
    where
        F: FnOnce() -> R + Send + 'static,
        R: Send + 'static,
    {
        let (reply, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            let _ = reply.send(job());
        });
        self.jobs.try_send(job).map_err(|error| match error {
            TrySendError::Full(_) => {
                self.rejected_total
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                self.warn_turned_away();
                PoolError::Busy
            }
            TrySendError::Disconnected(_) => PoolError::Failed,
        })?;
        self.accepted_total
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Ok(async move { result.await.map_err(|_| PoolError::Failed) })
    }

    /// A sustained overload turns away thousands of searches a second: one
    /// warning a second says how many.
    fn warn_turned_away(&self) {
        let mut turned_away = self
            .turned_away
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(count) = turned_away.record(Instant::now()) {
            tracing::warn!(turned_away = count, "search queue full");
        }
    }
}

/// Searches turned away since the last warning.
#[derive(Debug, Default)]
struct TurnedAway {
    count: u64,
    warned_at: Option<Instant>,
}

impl TurnedAway {
    const EVERY: Duration = Duration::from_secs(1);

    /// Counts one; the count to warn about when a warning is due.
    fn record(&mut self, now: Instant) -> Option<u64> {
        self.count += 1;
        let due = self
            .warned_at
            .is_none_or(|at| now.duration_since(at) >= Self::EVERY);
        if !due {
            return None;
        }
        self.warned_at = Some(now);
        Some(std::mem::take(&mut self.count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_jobs_and_survives_a_panicking_one() {
        let pool = SearchPool::new(2, 8).unwrap();
        assert_eq!(pool.run(|| 6 * 7).await.unwrap(), 42);
        let failed = pool.run(|| -> u32 { panic!("boom") }).await;
        assert!(matches!(failed, Err(PoolError::Failed)));
        let name = pool
            .run(|| std::thread::current().name().map(str::to_owned))
            .await
            .unwrap();
        assert!(name.is_some_and(|n| n.starts_with("search-")));
    }

    #[tokio::test]
    async fn a_full_queue_answers_busy_at_once() {
        let pool = SearchPool::new(1, 1).unwrap();
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let (started, running) = tokio::sync::oneshot::channel();
        let blocked = pool
            .submit(move || {
                let _ = started.send(());
                let _ = gate.recv();
            })
            .unwrap();
        running.await.unwrap();
        let queued = pool.submit(|| 1).unwrap();
        assert!(matches!(pool.submit(|| 2), Err(PoolError::Busy)));
        release.send(()).unwrap();
        blocked.await.unwrap();
        assert_eq!(queued.await.unwrap(), 1);
    }

    #[test]
    fn a_full_queue_warns_once_a_second_with_the_count() {
        let start = Instant::now();
        let mut turned_away = TurnedAway::default();
        assert_eq!(
            turned_away.record(start),
            Some(1),
            "the first warns at once"
        );
        let burst: Vec<_> = (1..=500)
            .map(|ms| turned_away.record(start + Duration::from_millis(ms)))
            .collect();
        assert!(burst.iter().all(Option::is_none));
        assert_eq!(
            turned_away.record(start + Duration::from_secs(1)),
            Some(501)
        );
        assert_eq!(turned_away.record(start + Duration::from_secs(5)), Some(1));
    }
}
