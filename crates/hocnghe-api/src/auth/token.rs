use sha2::{Digest, Sha256};

/// A new session token (256 random bits, hex) and the hash to store.
pub fn new_token() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let token = hex::encode(bytes);
    let hashed = hash(&token);
    (token, hashed)
}

pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_256_bit_and_stored_hashed() {
        let (token, hashed) = new_token();
        assert_eq!(token.len(), 64);
        assert_ne!(token, hashed);
        assert_eq!(hash(&token), hashed);
    }
}
