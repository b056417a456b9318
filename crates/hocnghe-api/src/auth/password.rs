use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use actix_web::http::StatusCode;
use tokio::sync::Semaphore;

use crate::error::ApiError;

/// Memory one hash takes (argon2id's m parameter), for the bound in the docs.
pub const HASH_MEMORY_MIB: usize = 19;
/// Hashes running at once when `auth.hashing_concurrency` is not set.
pub const DEFAULT_CONCURRENCY: usize = 2;
/// How long a request waits for a hashing slot before it is answered 503.
const WAIT: Duration = Duration::from_secs(10);

/// The process-wide bound on argon2 work: at most `permits` hashes run at
/// once (so at most `permits` x 19 MiB), the rest wait in line.
struct Gate {
    permits: Semaphore,
    waiting: AtomicUsize,
    wait: Duration,
}

static GATE: OnceLock<Gate> = OnceLock::new();

/// Set how many hashes may run at once. The first call wins (one process
/// serves one configuration); later calls and unset use the first value.
pub fn configure(concurrency: usize) {
    let _ = GATE.set(Gate::new(concurrency, WAIT));
}

impl Gate {
    fn new(concurrency: usize, wait: Duration) -> Self {
        Self {
            permits: Semaphore::new(concurrency.max(1)),
            waiting: AtomicUsize::new(0),
            wait,
        }
    }

    /// Run `work` on the blocking pool once a slot is free; 503 with
    /// Retry-After when none frees up in time.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let permit = tokio::time::timeout(self.wait, self.permits.acquire()).await;
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        let _permit = match permit {
            Ok(Ok(permit)) => permit,
            _ => return Err(busy()),
        };
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|_| ApiError::internal())?
    }
}

fn gate() -> &'static Gate {
    GATE.get_or_init(|| Gate::new(DEFAULT_CONCURRENCY, WAIT))
}

/// Requests waiting for a hashing slot now (for metrics).
pub fn queue_len() -> usize {
    gate().waiting.load(Ordering::Relaxed)
}

/// Argon2 work, through the process-wide gate.
async fn bounded<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    gate().run(work).await
}

fn busy() -> ApiError {
    let mut error = ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        "busy",
        "Máy chủ đang bận kiểm tra mật khẩu. Vui lòng thử lại sau ít giây.",
        "The server is busy checking passwords. Please try again in a few seconds.",
    );
    error.retry_after = Some(2);
    error
}

/// OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 lane.
fn hasher() -> Result<Argon2<'static>, ApiError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|_| ApiError::internal())?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hash on the blocking pool: argon2 takes tens of milliseconds of CPU.
pub async fn hash(password: String) -> Result<String, ApiError> {
    bounded(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()?
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| ApiError::internal())
    })
    .await
}

/// Check a password. With no stored hash (unknown account) a dummy hash is
/// verified anyway, so the answer takes as long as for a real account.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, ApiError> {
    bounded(move || {
        let dummy;
        let stored = match &stored {
            Some(hash) => hash.as_str(),
            None => {
                dummy = DUMMY_HASH;
                dummy
            }
        };
        let parsed = PasswordHash::new(stored).map_err(|_| ApiError::internal())?;
        let ok = hasher()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && stored != DUMMY_HASH)
    })
    .await
}

/// argon2id hash of a random string nobody knows, with the same parameters.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$DDzB0BDSCqIRs4HVBhsMYbC0bFhPRW3ZZWc2CNUHCiM";

/// A password handed to a person registered by a counsellor: 12 characters
/// from an alphabet without look-alikes, easy to read aloud.
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let bytes: [u8; 12] = rand::random();
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_and_verify() {
        let hash = hash("mật khẩu an toàn".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(
            verify("mật khẩu an toàn".into(), Some(hash.clone()))
                .await
                .unwrap()
        );
        assert!(!verify("sai mật khẩu".into(), Some(hash)).await.unwrap());
        assert!(!verify("anything".into(), None).await.unwrap());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn the_gate_bounds_concurrent_work_and_turns_away_after_waiting() {
        use std::sync::Arc;
        use std::sync::atomic::AtomicUsize;
        let gate = Arc::new(Gate::new(2, Duration::from_secs(5)));
        let running = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (gate, running, most) = (gate.clone(), running.clone(), most.clone());
                tokio::spawn(async move {
                    gate.run(move || {
                        let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_millis(30));
                        running.fetch_sub(1, Ordering::SeqCst);
                        Ok(())
                    })
                    .await
                })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 2);

        let narrow = Arc::new(Gate::new(1, Duration::from_millis(50)));
        let slow = {
            let narrow = narrow.clone();
            tokio::spawn(async move {
                narrow
                    .run(|| {
                        std::thread::sleep(Duration::from_millis(500));
                        Ok(())
                    })
                    .await
            })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        let turned_away = narrow.run(|| Ok(())).await.unwrap_err();
        assert_eq!(turned_away.status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(turned_away.retry_after, Some(2));
        slow.await.unwrap().unwrap();
    }

    #[test]
    fn generated_passwords_are_long_enough() {
        let p = generate();
        assert_eq!(p.len(), 12);
        assert_ne!(p, generate());
    }
}
