//! Worker profiles. Phone (on the account), birth year, ethnicity, support
//! categories and access needs are personal data; ethnicity, support
//! categories and access needs are sensitive (Decree 13/2023) and each is
//! only kept with a separate, recorded consent for a stated purpose.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::catalogue::Valid;
use crate::enums::{
    AccessNeed, DeliveryMode, EducationLevel, LimitKind, StudyTime, SupportCategory, WorkerGoal,
};
use crate::text::clean_line;
use crate::validation::{FieldError, ValidationErrors, Validator};

/// A skill the worker has, self-reported or backed by a certificate.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HeldSkillInput {
    pub code: String,
    #[serde(default)]
    pub certified: bool,
}

/// A module the worker says they completed elsewhere (not yet verified).
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EarnedModuleInput {
    pub code: String,
    pub title: String,
    pub credits: i64,
    #[serde(default)]
    pub skills: Vec<String>,
    /// The certificate this module counts toward, e.g. "Chứng chỉ sơ cấp Điện dân dụng".
    pub certificate: Option<String>,
    pub completed_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CertificateInput {
    pub name: String,
    pub issuer: Option<String>,
    pub issued_year: Option<i32>,
}

/// Ethnicity may only be given together with an explicit consent for the
/// stated purpose.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EthnicityInput {
    /// e.g. "Mường", "Dao".
    pub value: String,
    /// Must be true: the worker agrees to this use of a sensitive datum.
    pub consent: bool,
}

/// The only purpose for which hocnghe keeps ethnicity.
pub const ETHNICITY_PURPOSE: &str = "Xác định mức hỗ trợ học phí dành cho người dân tộc thiểu số \
    (Determining tuition support for ethnic-minority learners)";

/// Support categories (disability, ethnic minority, poor or near-poor
/// household, farmland recovered) may only be given together with an
/// explicit consent for the stated purpose.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SupportInput {
    #[serde(default)]
    pub categories: Vec<SupportCategory>,
    /// Must be true: the worker agrees to this use of sensitive data.
    pub consent: bool,
}

/// The only purpose for which hocnghe keeps support categories.
pub const SUPPORT_PURPOSE: &str = "Xác định mức hỗ trợ học phí theo diện chính sách \
    (Determining tuition support by policy category)";

/// Access needs (health data) may only be given together with an explicit
/// consent for the stated purpose.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessInput {
    #[serde(default)]
    pub needs: Vec<AccessNeed>,
    /// Must be true: the worker agrees to this use of sensitive data.
    pub consent: bool,
}

/// The only purpose for which hocnghe keeps access needs.
pub const ACCESS_PURPOSE: &str = "Gợi ý khóa học có hỗ trợ phù hợp \
    (Suggesting courses with suitable support)";

#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkerProfileInput {
    /// Home commune (five-digit code).
    pub commune_code: String,
    pub birth_year: Option<i32>,
    pub education: EducationLevel,
    #[serde(default)]
    pub skills: Vec<HeldSkillInput>,
    /// Skills the taxonomy lacks, in the worker's words ("đề xuất"): kept
    /// for an admin to review, not used for matching until approved. Absent
    /// keeps the pending proposals as they are; a list replaces them.
    #[serde(default)]
    #[schema(max_items = 10)]
    pub proposed_skills: Option<Vec<String>>,
    /// Occupation codes the worker is interested in.
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub earned_modules: Vec<EarnedModuleInput>,
    #[serde(default)]
    pub certificates: Vec<CertificateInput>,
    /// How far the worker can travel to study or work, in km (0–200).
    pub max_travel_km: i64,
    /// Months (1–12) free from farm work; empty means any month.
    #[serde(default)]
    pub free_months: Vec<u32>,
    /// When the worker can study; empty means any time.
    #[serde(default)]
    pub study_times: Vec<StudyTime>,
    /// Most the worker can pay for a course, in VND.
    pub max_fee_vnd: Option<i64>,
    /// Let guidance counsellors see this profile.
    pub share_with_counsellors: bool,
    /// Let employers see this profile (without contact details) for their demands.
    pub share_with_employers: bool,
    /// Optional and sensitive: kept only with consent.
    pub ethnicity: Option<EthnicityInput>,
    /// What the worker wants from training.
    #[serde(default)]
    pub goal: Option<WorkerGoal>,
    /// Occupation code of the trade the worker practises now, if any.
    #[serde(default)]
    pub current_occupation: Option<String>,
    /// How the worker can study; empty means any way.
    #[serde(default)]
    pub delivery_modes: Vec<DeliveryMode>,
    /// Which limits cannot bend; the others are preferences.
    #[serde(default)]
    pub hard_limits: Vec<LimitKind>,
    /// Optional and sensitive: kept only with consent. An empty list with
    /// consent keeps nothing.
    #[serde(default)]
    pub support: Option<SupportInput>,
    /// What the worker needs from a class (step-free access, sign
    /// language…). Optional and sensitive (health data): kept only with
    /// consent; an empty list with consent keeps nothing.
    #[serde(default)]
    pub access: Option<AccessInput>,
}

impl WorkerProfileInput {
    pub fn validate(self, today: NaiveDate) -> Result<Valid<Self>, ValidationErrors> {
        let mut v = Validator::new();
        let commune_code = v
            .commune("commune_code", &self.commune_code)
            .map(String::from)
            .unwrap_or_default();
        if let Some(year) = self.birth_year {
            let this_year = today.year();
            v.range(
                "birth_year",
                i64::from(year),
                i64::from(this_year - 80),
                i64::from(this_year - 14),
            );
        }
        let codes: Vec<String> = self.skills.iter().map(|s| s.code.clone()).collect();
        let skill_codes = v.codes("skills", &codes, 200);
        let skills = self
            .skills
            .iter()
            .filter_map(|s| {
                let code = clean_line(&s.code);
                skill_codes.contains(&code).then_some(HeldSkillInput {
                    code,
                    certified: s.certified,
                })
            })
            .collect::<Vec<_>>();
        let skills = dedup_by_code(skills);
        let proposed_skills = self
            .proposed_skills
            .as_deref()
            .map(|labels| crate::proposals::clean_proposals(&mut v, "proposed_skills", labels));
        let interests = v.codes("interests", &self.interests, 20);
        let mut earned = Vec::with_capacity(self.earned_modules.len());
        if self.earned_modules.len() > 100 {
            v.push(FieldError::too_many("earned_modules", 100));
        }
        for (i, m) in self.earned_modules.into_iter().enumerate() {
            let at = |f: &str| format!("earned_modules[{i}].{f}");
            earned.push(EarnedModuleInput {
                code: v.line(&at("code"), &m.code, 40),
                title: v.line(&at("title"), &m.title, 200),
                credits: v.range(&at("credits"), m.credits, 1, 60),
                skills: v.codes(&at("skills"), &m.skills, 40),
                certificate: v.opt_line(&at("certificate"), m.certificate.as_deref(), 200),
                completed_on: m.completed_on,
            });
        }
        let mut certificates = Vec::with_capacity(self.certificates.len());
        if self.certificates.len() > 50 {
            v.push(FieldError::too_many("certificates", 50));
        }
        for (i, c) in self.certificates.into_iter().enumerate() {
            let at = |f: &str| format!("certificates[{i}].{f}");
            if let Some(year) = c.issued_year {
                v.range(
                    &at("issued_year"),
                    i64::from(year),
                    1970,
                    i64::from(today.year()),
                );
            }
            certificates.push(CertificateInput {
                name: v.line(&at("name"), &c.name, 200),
                issuer: v.opt_line(&at("issuer"), c.issuer.as_deref(), 200),
                issued_year: c.issued_year,
            });
        }
        let mut free_months = self.free_months.clone();
        if free_months.iter().any(|m| !(1..=12).contains(m)) {
            v.push(FieldError::out_of_range("free_months", 1, 12));
        }
        free_months.sort_unstable();
        free_months.dedup();
        let mut study_times = self.study_times.clone();
        study_times.sort();
        study_times.dedup();
        if let Some(fee) = self.max_fee_vnd {
            v.range("max_fee_vnd", fee, 0, crate::catalogue::MAX_FEE_VND);
        }
        let ethnicity = match self.ethnicity {
            Some(e) if !e.consent => {
                v.push(FieldError::new(
                    "ethnicity.consent",
                    "consent_required",
                    "Chỉ lưu dân tộc khi bạn đồng ý rõ ràng cho mục đích đã nêu.",
                    "Ethnicity is only kept when you explicitly agree to the stated purpose.",
                ));
                None
            }
            Some(e) => {
                let value = v.line("ethnicity.value", &e.value, 40);
                Some(EthnicityInput {
                    value,
                    consent: true,
                })
            }
            None => None,
        };
        let support = match self.support {
            Some(s) if !s.consent => {
                v.push(FieldError::new(
                    "support.consent",
                    "consent_required",
                    "Chỉ lưu diện chính sách khi bạn đồng ý rõ ràng cho mục đích đã nêu.",
                    "Support categories are only kept when you explicitly agree to the stated purpose.",
                ));
                None
            }
            Some(s) => {
                let mut categories = s.categories;
                categories.sort();
                categories.dedup();
                // Consent to nothing keeps nothing.
                (!categories.is_empty()).then_some(SupportInput {
                    categories,
                    consent: true,
                })
            }
            None => None,
        };
        let access = match self.access {
            Some(a) if !a.consent => {
                v.push(FieldError::new(
                    "access.consent",
                    "consent_required",
                    "Chỉ lưu nhu cầu hỗ trợ khi học khi bạn đồng ý rõ ràng cho mục đích đã nêu.",
                    "Access needs are only kept when you explicitly agree to the stated purpose.",
                ));
                None
            }
            Some(a) => {
                let mut needs = a.needs;
                needs.sort();
                needs.dedup();
                // Consent to nothing keeps nothing.
                (!needs.is_empty()).then_some(AccessInput {
                    needs,
                    consent: true,
                })
            }
            None => None,
        };
        let current_occupation = v.opt_line(
            "current_occupation",
            self.current_occupation.as_deref(),
            120,
        );
        let mut delivery_modes = self.delivery_modes;
        delivery_modes.sort();
        delivery_modes.dedup();
        let mut hard_limits = self.hard_limits;
        hard_limits.sort();
        hard_limits.dedup();
        let cleaned = Self {
            commune_code,
            birth_year: self.birth_year,
            education: self.education,
            skills,
            proposed_skills,
            interests,
            earned_modules: earned,
            certificates,
            max_travel_km: v.range("max_travel_km", self.max_travel_km, 0, 200),
            free_months,
            study_times,
            max_fee_vnd: self.max_fee_vnd,
            share_with_counsellors: self.share_with_counsellors,
            share_with_employers: self.share_with_employers,
            ethnicity,
            goal: self.goal,
            current_occupation,
            delivery_modes,
            hard_limits,
            support,
            access,
        };
        v.finish(cleaned).map(Valid::new)
    }
}

fn dedup_by_code(skills: Vec<HeldSkillInput>) -> Vec<HeldSkillInput> {
    let mut out: Vec<HeldSkillInput> = Vec::with_capacity(skills.len());
    for s in skills {
        if !out.iter().any(|o| o.code == s.code) {
            out.push(s);
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct HeldSkill {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    pub certified: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Interest {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EarnedModule {
    pub id: i64,
    pub code: String,
    pub title: String,
    pub credits: i64,
    pub skills: Vec<String>,
    pub certificate: Option<String>,
    pub completed_on: Option<NaiveDate>,
    /// Recorded by a training provider (true) or self-reported (false).
    pub verified: bool,
    /// The course module it was recorded against, when verified.
    pub module_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Certificate {
    pub id: i64,
    pub name: String,
    pub issuer: Option<String>,
    pub issued_year: Option<i32>,
    pub course_id: Option<i64>,
    pub verified: bool,
}

/// Ethnicity with the consent it was given under; shown only to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct EthnicityView {
    pub value: String,
    pub consent_purpose: String,
    pub consented_at: DateTime<Utc>,
}

/// Support categories with the consent they were given under; shown only
/// to the worker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SupportView {
    pub categories: Vec<SupportCategory>,
    pub consent_purpose: String,
    pub consented_at: DateTime<Utc>,
}

/// Access needs with the consent they were given under; shown only to the
/// worker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct AccessView {
    pub needs: Vec<AccessNeed>,
    pub consent_purpose: String,
    pub consented_at: DateTime<Utc>,
}

/// A worker's profile. Who sees which part:
/// - the worker: everything;
/// - a counsellor the worker shares with: everything but ethnicity,
///   support categories and access needs;
/// - an employer: nothing of this shape (see candidates).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct WorkerProfile {
    pub id: i64,
    pub user_id: i64,
    pub display_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    pub commune_code: String,
    pub commune_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<i32>,
    pub education: EducationLevel,
    pub skills: Vec<HeldSkill>,
    /// Skills proposed in free text and still awaiting review ("đề xuất");
    /// not used for matching.
    pub proposed_skills: Vec<crate::proposals::ProposedSkill>,
    pub interests: Vec<Interest>,
    pub earned_modules: Vec<EarnedModule>,
    pub certificates: Vec<Certificate>,
    pub max_travel_km: i64,
    pub free_months: Vec<u32>,
    pub study_times: Vec<StudyTime>,
    pub max_fee_vnd: Option<i64>,
    pub share_with_counsellors: bool,
    pub share_with_employers: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<EthnicityView>,
    pub goal: Option<WorkerGoal>,
    /// The trade the worker practises now.
    pub current_occupation: Option<Interest>,
    pub delivery_modes: Vec<DeliveryMode>,
    pub hard_limits: Vec<LimitKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub support: Option<SupportView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessView>,
    /// Set when a counsellor registered this worker.
    pub registered_by: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl WorkerProfile {
    /// The view for a counsellor the worker shares with: no ethnicity, no
    /// support categories, no access needs.
    pub fn for_counsellor(mut self) -> Self {
        self.ethnicity = None;
        self.support = None;
        self.access = None;
        self
    }
}

/// A line in a counsellor's list of workers.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct WorkerSummary {
    pub id: i64,
    pub display_name: String,
    pub commune_code: String,
    pub commune_name: String,
    pub registered_by_me: bool,
}

/// A recorded grant or withdrawal of consent.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ConsentRecord {
    /// `share_with_counsellors`, `share_with_employers`, `ethnicity`,
    /// `support` or `access`.
    pub kind: String,
    pub granted: bool,
    pub purpose: String,
    pub recorded_by: Option<i64>,
    pub recorded_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuidanceNoteInput {
    pub body: String,
}

impl GuidanceNoteInput {
    pub fn validate(self) -> Result<String, ValidationErrors> {
        let mut v = Validator::new();
        let body = v.text("body", Some(&self.body), 5_000);
        if body.is_empty() {
            v.push(FieldError::required("body"));
        }
        v.finish(body)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct GuidanceNote {
    pub id: i64,
    pub counsellor_id: Option<i64>,
    pub counsellor_name: Option<String>,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
    }

    fn input() -> WorkerProfileInput {
        WorkerProfileInput {
            commune_code: "09700".into(),
            birth_year: Some(1990),
            education: EducationLevel::LowerSecondary,
            skills: vec![
                HeldSkillInput {
                    code: "an-toan-lao-dong".into(),
                    certified: false,
                },
                HeldSkillInput {
                    code: " an-toan-lao-dong ".into(),
                    certified: true,
                },
            ],
            proposed_skills: None,
            interests: vec![],
            earned_modules: vec![],
            certificates: vec![],
            max_travel_km: 20,
            free_months: vec![12, 1, 1],
            study_times: vec![StudyTime::Evening],
            max_fee_vnd: Some(2_000_000),
            share_with_counsellors: true,
            share_with_employers: false,
            ethnicity: None,
            goal: None,
            current_occupation: None,
            delivery_modes: vec![],
            hard_limits: vec![],
            support: None,
            access: None,
        }
    }

    #[test]
    fn months_are_sorted_and_deduplicated() {
        let valid = input().validate(today()).unwrap_err();
        // the repeated skill code is reported
        assert_eq!(valid.0[0].field, "skills[1]");
        let mut ok = input();
        ok.skills.pop();
        let valid = ok.validate(today()).unwrap();
        assert_eq!(valid.free_months, [1, 12]);
    }

    #[test]
    fn ethnicity_needs_explicit_consent() {
        let mut with = input();
        with.skills.pop();
        with.ethnicity = Some(EthnicityInput {
            value: "Mường".into(),
            consent: false,
        });
        let errors = with.validate(today()).unwrap_err();
        assert_eq!(errors.0[0].field, "ethnicity.consent");
    }

    #[test]
    fn support_needs_explicit_consent() {
        let mut with = input();
        with.skills.pop();
        with.support = Some(SupportInput {
            categories: vec![SupportCategory::PoorHousehold],
            consent: false,
        });
        let errors = with.validate(today()).unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert_eq!(errors.0[0].field, "support.consent");
        assert_eq!(errors.0[0].code, "consent_required");
    }

    #[test]
    fn access_needs_need_explicit_consent_and_are_deduplicated() {
        let mut with = input();
        with.skills.pop();
        with.access = Some(AccessInput {
            needs: vec![AccessNeed::StepFree],
            consent: false,
        });
        let errors = with.clone().validate(today()).unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert_eq!(errors.0[0].field, "access.consent");
        assert_eq!(errors.0[0].code, "consent_required");
        with.access = Some(AccessInput {
            needs: vec![
                AccessNeed::SignLanguage,
                AccessNeed::StepFree,
                AccessNeed::SignLanguage,
            ],
            consent: true,
        });
        let valid = with.clone().validate(today()).unwrap();
        assert_eq!(
            valid.access.as_ref().map(|a| a.needs.clone()),
            Some(vec![AccessNeed::StepFree, AccessNeed::SignLanguage])
        );
        with.access = Some(AccessInput {
            needs: vec![],
            consent: true,
        });
        assert_eq!(with.validate(today()).unwrap().access, None);
    }

    #[test]
    fn advice_fields_are_cleaned() {
        let mut ok = input();
        ok.skills.pop();
        ok.current_occupation = Some(" ".into());
        ok.delivery_modes = vec![
            DeliveryMode::Online,
            DeliveryMode::InPerson,
            DeliveryMode::Online,
        ];
        ok.hard_limits = vec![
            LimitKind::Schedule,
            LimitKind::Distance,
            LimitKind::Schedule,
        ];
        ok.support = Some(SupportInput {
            categories: vec![
                SupportCategory::LandRecovered,
                SupportCategory::Disability,
                SupportCategory::LandRecovered,
            ],
            consent: true,
        });
        let valid = ok.clone().validate(today()).unwrap();
        assert_eq!(valid.current_occupation, None);
        assert_eq!(
            valid.delivery_modes,
            [DeliveryMode::InPerson, DeliveryMode::Online]
        );
        assert_eq!(
            valid.hard_limits,
            [LimitKind::Distance, LimitKind::Schedule]
        );
        assert_eq!(
            valid.support.as_ref().map(|s| s.categories.clone()),
            Some(vec![
                SupportCategory::Disability,
                SupportCategory::LandRecovered
            ])
        );
        ok.support = Some(SupportInput {
            categories: vec![],
            consent: true,
        });
        assert_eq!(ok.validate(today()).unwrap().support, None);
    }

    #[test]
    fn birth_year_must_be_of_working_age() {
        let mut young = input();
        young.skills.pop();
        young.birth_year = Some(2020);
        assert_eq!(
            young.validate(today()).unwrap_err().0[0].field,
            "birth_year"
        );
    }
}
