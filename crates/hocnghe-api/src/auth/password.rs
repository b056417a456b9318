use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::ApiError;

/// OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 lane.
fn hasher() -> Result<Argon2<'static>, ApiError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|_| ApiError::internal())?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hash on the blocking pool: argon2 takes tens of milliseconds of CPU.
pub async fn hash(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()?
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|_| ApiError::internal())
    })
    .await
    .map_err(|_| ApiError::internal())?
}

/// Check a password. With no stored hash (unknown account) a dummy hash is
/// verified anyway, so the answer takes as long as for a real account.
pub async fn verify(password: String, stored: Option<String>) -> Result<bool, ApiError> {
    tokio::task::spawn_blocking(move || {
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
    .map_err(|_| ApiError::internal())?
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

    #[test]
    fn generated_passwords_are_long_enough() {
        let p = generate();
        assert_eq!(p.len(), 12);
        assert_ne!(p, generate());
    }
}
