//! The skills passport: what a worker can do, each line marked verified
//! (recorded or issued by a training provider) or self-declared, with who
//! issued it and when. It carries no personal data (no phone, birth date,
//! ethnicity, disability or support status), so it can be shared by link.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::enums::Attestation;
use crate::validation::{FieldError, ValidationErrors};

/// Days a share link may last.
pub const SHARE_DAYS: [i64; 3] = [7, 30, 90];
/// Live share links one worker may hold at once.
pub const MAX_LIVE_LINKS: u64 = 10;

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Passport {
    /// The name the worker goes by.
    pub display_name: String,
    pub skills: Vec<PassportSkill>,
    pub modules: Vec<PassportModule>,
    pub certificates: Vec<PassportCertificate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PassportSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub attestation: Attestation,
    /// The provider whose module taught it, when verified.
    pub issuer: Option<String>,
    /// When that module was passed.
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PassportModule {
    pub code: String,
    pub title: String,
    pub credits: i64,
    pub attestation: Attestation,
    /// The provider that recorded it, when verified.
    pub issuer: Option<String>,
    pub completed_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PassportCertificate {
    pub name: String,
    pub attestation: Attestation,
    pub issuer: Option<String>,
    pub issued_year: Option<i32>,
}

/// How long a new share link lasts.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ShareLinkInput {
    /// 7, 30 or 90.
    #[schema(example = 30)]
    pub days: i64,
}

impl ShareLinkInput {
    pub fn check(&self) -> Result<i64, ValidationErrors> {
        if SHARE_DAYS.contains(&self.days) {
            Ok(self.days)
        } else {
            Err(ValidationErrors::single(FieldError::new(
                "days",
                "invalid_choice",
                "Chọn thời hạn 7, 30 hoặc 90 ngày.",
                "Choose 7, 30 or 90 days.",
            )))
        }
    }
}

/// A share link as its owner sees it (the token is shown only once, when made).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ShareLink {
    pub id: i64,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// Neither expired nor revoked.
    pub live: bool,
}

/// A link just made: the only time its token is seen.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct NewShareLink {
    pub id: i64,
    /// The page anyone with it can open, e.g. `/passport/3f…`.
    pub path: String,
    pub expires_at: DateTime<Utc>,
}
