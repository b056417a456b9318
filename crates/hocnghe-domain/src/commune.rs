use std::fmt;

use serde::{Deserialize, Serialize};

/// A Vietnamese commune-level unit code: five digits from the national
/// statistics register (for example "00004" for Phường Ba Đình).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CommuneCode(String);

impl CommuneCode {
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.trim();
        (raw.len() == 5 && raw.bytes().all(|b| b.is_ascii_digit())).then(|| Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CommuneCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
            .ok_or_else(|| format!("invalid commune code {value:?}, expected five digits"))
    }
}

impl From<CommuneCode> for String {
    fn from(code: CommuneCode) -> Self {
        code.0
    }
}

impl fmt::Display for CommuneCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_five_digits_only() {
        assert_eq!(
            CommuneCode::parse(" 00004 ").map(|c| c.to_string()),
            Some("00004".into())
        );
        assert!(CommuneCode::parse("0004").is_none());
        assert!(CommuneCode::parse("0000a").is_none());
    }
}
