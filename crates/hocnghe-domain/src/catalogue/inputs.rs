use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use utoipa::ToSchema;

use super::Valid;
use super::intakes::{IntakeInput, MAX_INTAKES, MAX_SEATS, MAX_WEEKS};
use crate::enums::*;
use crate::text::clean_line;
use crate::validation::{FieldError, ValidationErrors, Validator};

pub const MAX_NAME: usize = 200;
pub const MAX_ADDRESS: usize = 300;
pub const MAX_DESCRIPTION: usize = 5_000;
pub const MAX_MODULES: usize = 40;
pub const MAX_SKILLS_PER_ITEM: usize = 40;
pub const MAX_FEE_VND: i64 = 200_000_000;
pub const MAX_MONTHLY_WAGE_VND: i64 = 500_000_000;

/// A training provider: a college, a vocational centre, an enterprise that trains.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProviderInput {
    #[schema(example = "Trung tâm Giáo dục nghề nghiệp Ba Vì")]
    pub name: String,
    pub kind: ProviderKind,
    #[schema(example = "09700")]
    pub commune_code: String,
    pub address: Option<String>,
    /// The provider's public contact number (an organisation's, not a person's).
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
}

impl ProviderInput {
    pub fn validate(self) -> Result<Valid<Self>, ValidationErrors> {
        let mut v = Validator::new();
        let cleaned = Self {
            name: v.line("name", &self.name, MAX_NAME),
            kind: self.kind,
            commune_code: commune(&mut v, &self.commune_code),
            address: v.opt_line("address", self.address.as_deref(), MAX_ADDRESS),
            phone: public_phone(&mut v, "phone", self.phone.as_deref()),
            email: email(&mut v, "email", self.email.as_deref()),
            website: v.opt_line("website", self.website.as_deref(), MAX_ADDRESS),
            description: Some(v.text("description", self.description.as_deref(), MAX_DESCRIPTION)),
        };
        v.finish(Valid(cleaned))
    }
}

/// An employer: a firm, cooperative, farm, craft-village workshop.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmployerInput {
    #[schema(example = "Hợp tác xã rau an toàn Văn Đức")]
    pub name: String,
    pub kind: EmployerKind,
    pub commune_code: String,
    pub address: Option<String>,
    /// The employer's public contact number.
    pub phone: Option<String>,
    pub website: Option<String>,
    pub description: Option<String>,
}

impl EmployerInput {
    pub fn validate(self) -> Result<Valid<Self>, ValidationErrors> {
        let mut v = Validator::new();
        let cleaned = Self {
            name: v.line("name", &self.name, MAX_NAME),
            kind: self.kind,
            commune_code: commune(&mut v, &self.commune_code),
            address: v.opt_line("address", self.address.as_deref(), MAX_ADDRESS),
            phone: public_phone(&mut v, "phone", self.phone.as_deref()),
            website: v.opt_line("website", self.website.as_deref(), MAX_ADDRESS),
            description: Some(v.text("description", self.description.as_deref(), MAX_DESCRIPTION)),
        };
        v.finish(Valid(cleaned))
    }
}

/// One module of a modular, credit-based course.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ModuleInput {
    /// Module code, unique within the course, e.g. "MĐ01".
    #[schema(example = "MĐ01")]
    pub code: String,
    #[schema(example = "An toàn điện")]
    pub title: String,
    /// Credits (tín chỉ), 1 to 60.
    pub credits: i64,
    /// Teaching hours, 1 to 3000.
    pub hours: i64,
    /// Codes of the skills the module teaches.
    #[serde(default)]
    pub skills: Vec<String>,
    /// Codes of modules that must be completed first.
    #[serde(default)]
    pub prerequisites: Vec<String>,
}

/// A course made of modules.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CourseInput {
    pub provider_id: i64,
    #[schema(example = "Sửa chữa xe máy")]
    pub title: String,
    pub description: Option<String>,
    pub level: CourseLevel,
    /// Code of the occupation the course prepares for.
    pub occupation_code: Option<String>,
    /// Where the course is taught.
    pub commune_code: String,
    pub delivery_mode: DeliveryMode,
    /// With `weeks`, `schedule` and `seats`: the course's one intake, when
    /// `intakes` is not given. On update they change the course's next intake.
    pub start_date: Option<NaiveDate>,
    /// Length in weeks, 1 to 156.
    pub weeks: Option<i64>,
    pub schedule: Option<StudyTime>,
    /// Tuition in VND.
    pub fee_vnd: i64,
    /// Public support for eligible rural workers, in VND (0 when not eligible).
    #[serde(default)]
    pub subsidy_vnd: i64,
    pub seats: Option<i64>,
    /// Certificate awarded, e.g. "Chứng chỉ sơ cấp Sửa chữa xe máy".
    pub certificate: Option<String>,
    /// `closed` withdraws the whole course, whatever its intakes.
    pub status: Option<CourseStatus>,
    /// Access needs the course's classes accommodate (step-free access,
    /// sign language…); empty means the provider has not said.
    #[serde(default)]
    pub accessibility: Vec<AccessNeed>,
    pub modules: Vec<ModuleInput>,
    /// The course's classes (on creation). Instead of `start_date`, `weeks`,
    /// `schedule` and `seats`, not with them.
    #[serde(default)]
    pub intakes: Vec<IntakeInput>,
}

impl CourseInput {
    pub fn validate(self) -> Result<Valid<Self>, ValidationErrors> {
        let mut v = Validator::new();
        let fee_vnd = v.range("fee_vnd", self.fee_vnd, 0, MAX_FEE_VND);
        if self.subsidy_vnd < 0 || self.subsidy_vnd > MAX_FEE_VND {
            v.push(FieldError::out_of_range("subsidy_vnd", 0, MAX_FEE_VND));
        }
        if self.modules.is_empty() {
            v.push(FieldError::new(
                "modules",
                "required",
                "Khóa học cần ít nhất một mô-đun.",
                "A course needs at least one module.",
            ));
        }
        if self.modules.len() > MAX_MODULES {
            v.push(FieldError::too_many("modules", MAX_MODULES));
        }
        let modules = validate_modules(&mut v, self.modules);
        let (legacy, intakes) = validate_intakes(
            &mut v,
            self.intakes,
            self.start_date,
            self.weeks,
            self.schedule,
            self.seats,
        );
        let cleaned = Self {
            provider_id: self.provider_id,
            title: v.line("title", &self.title, MAX_NAME),
            description: Some(v.text("description", self.description.as_deref(), MAX_DESCRIPTION)),
            level: self.level,
            occupation_code: v.opt_line("occupation_code", self.occupation_code.as_deref(), 120),
            commune_code: commune(&mut v, &self.commune_code),
            delivery_mode: self.delivery_mode,
            start_date: legacy.map(|i| i.start_date),
            weeks: legacy.map(|i| i.weeks),
            schedule: legacy.map(|i| i.schedule),
            fee_vnd,
            subsidy_vnd: self.subsidy_vnd,
            seats: legacy.map(|i| i.seats),
            certificate: v.opt_line("certificate", self.certificate.as_deref(), MAX_NAME),
            status: Some(self.status.unwrap_or(CourseStatus::Open)),
            accessibility: sorted_needs(self.accessibility),
            modules,
            intakes,
        };
        v.finish(Valid(cleaned))
    }

    pub fn total_credits(&self) -> i64 {
        self.modules.iter().map(|m| m.credits).sum()
    }

    /// True when the request gave one intake in the course's own fields
    /// (`start_date`, `weeks`, `schedule`, `seats`) instead of `intakes`.
    pub fn uses_single_intake_fields(&self) -> bool {
        self.start_date.is_some()
    }
}

/// Sorted, each need once.
fn sorted_needs(mut needs: Vec<AccessNeed>) -> Vec<AccessNeed> {
    needs.sort();
    needs.dedup();
    needs
}

#[derive(Clone, Copy)]
struct LegacyIntake {
    start_date: NaiveDate,
    weeks: i64,
    schedule: StudyTime,
    seats: i64,
}

/// Either `intakes` or the four single-intake fields; the result always
/// lists at least one intake.
fn validate_intakes(
    v: &mut Validator,
    intakes: Vec<IntakeInput>,
    start_date: Option<NaiveDate>,
    weeks: Option<i64>,
    schedule: Option<StudyTime>,
    seats: Option<i64>,
) -> (Option<LegacyIntake>, Vec<IntakeInput>) {
    let any_single =
        start_date.is_some() || weeks.is_some() || schedule.is_some() || seats.is_some();
    if !intakes.is_empty() {
        if any_single {
            v.push(FieldError::invalid(
                "intakes",
                "Hãy khai báo các lớp trong \"intakes\" hoặc một lớp bằng start_date, weeks, schedule, seats, không dùng cả hai.",
                "Give the classes in \"intakes\" or one class with start_date, weeks, schedule and seats, not both.",
            ));
        }
        if intakes.len() > MAX_INTAKES {
            v.push(FieldError::too_many("intakes", MAX_INTAKES));
        }
        let cleaned = intakes
            .into_iter()
            .enumerate()
            .map(|(i, intake)| intake.check(v, &format!("intakes[{i}].")))
            .collect();
        return (None, cleaned);
    }
    let mut missing = |field: &str| {
        v.push(FieldError::new(
            field,
            "required",
            "Bắt buộc khi không khai báo \"intakes\".",
            "Required when \"intakes\" is not given.",
        ))
    };
    let (Some(start_date), Some(weeks), Some(schedule), Some(seats)) =
        (start_date, weeks, schedule, seats)
    else {
        if start_date.is_none() {
            missing("start_date");
        }
        if weeks.is_none() {
            missing("weeks");
        }
        if schedule.is_none() {
            missing("schedule");
        }
        if seats.is_none() {
            missing("seats");
        }
        return (None, Vec::new());
    };
    let start_date = date(v, "start_date", start_date);
    let legacy = LegacyIntake {
        start_date,
        weeks: v.range("weeks", weeks, 1, MAX_WEEKS),
        schedule,
        seats: v.range("seats", seats, 1, MAX_SEATS),
    };
    let intake = IntakeInput {
        start_date,
        weeks: legacy.weeks,
        schedule,
        commune_code: None,
        address: None,
        seats: legacy.seats,
        status: Some(IntakeStatus::Open),
    };
    (Some(legacy), vec![intake])
}

fn validate_modules(v: &mut Validator, modules: Vec<ModuleInput>) -> Vec<ModuleInput> {
    let mut codes: Vec<String> = Vec::with_capacity(modules.len());
    let mut cleaned = Vec::with_capacity(modules.len());
    for (i, module) in modules.into_iter().enumerate() {
        let at = |field: &str| format!("modules[{i}].{field}");
        let code = v.line(&at("code"), &module.code, 40);
        if !code.is_empty() && codes.contains(&code) {
            v.push(FieldError::duplicate(at("code"), &code));
        }
        let prerequisites = v.codes(&at("prerequisites"), &module.prerequisites, 20);
        if prerequisites.contains(&code) {
            v.push(FieldError::invalid(
                at("prerequisites"),
                "Mô-đun không thể là điều kiện tiên quyết của chính nó.",
                "A module cannot be its own prerequisite.",
            ));
        }
        cleaned.push(ModuleInput {
            title: v.line(&at("title"), &module.title, MAX_NAME),
            credits: v.range(&at("credits"), module.credits, 1, 60),
            hours: v.range(&at("hours"), module.hours, 1, 3_000),
            skills: v.codes(&at("skills"), &module.skills, MAX_SKILLS_PER_ITEM),
            prerequisites,
            code: code.clone(),
        });
        codes.push(code);
    }
    cleaned
}

/// A skill a demand asks for, and how much it matters.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DemandSkillInput {
    pub code: String,
    pub importance: Importance,
}

/// An employer's need for workers with given skills.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DemandInput {
    pub employer_id: i64,
    #[schema(example = "Tuyển 5 thợ hàn MIG")]
    pub title: String,
    pub description: Option<String>,
    pub occupation_code: Option<String>,
    pub skills: Vec<DemandSkillInput>,
    /// Skills typed in the employer's own words (at most 10). One the list
    /// has (typed without accents, or a part of its name that only it
    /// holds) is added to `skills`; one the list lacks is kept on the demand
    /// as a proposal ("đề xuất"), not used for matching until an admin
    /// merges or approves it. Left out, the demand's pending proposals are
    /// kept; an empty list withdraws them.
    #[serde(default)]
    pub proposed_skills: Option<Vec<crate::proposals::LabelledSkillInput>>,
    /// Number of people needed, 1 to 10,000.
    pub positions: i64,
    /// Where the work is.
    pub commune_code: String,
    /// Monthly wage range in VND.
    pub wage_min_vnd: Option<i64>,
    pub wage_max_vnd: Option<i64>,
    pub employment_type: EmploymentType,
    pub start_date: Option<NaiveDate>,
    /// Last day the demand is open.
    pub expires_on: Option<NaiveDate>,
    pub status: Option<DemandStatus>,
}

impl DemandInput {
    pub fn validate(self) -> Result<Valid<Self>, ValidationErrors> {
        let mut v = Validator::new();
        if self.skills.is_empty() && self.proposed_skills.as_ref().is_none_or(Vec::is_empty) {
            v.push(FieldError::new(
                "skills",
                "required",
                "Cần ít nhất một kỹ năng.",
                "At least one skill is required.",
            ));
        }
        let proposed_skills = self
            .proposed_skills
            .as_ref()
            .map(|items| crate::proposals::clean_labelled(&mut v, "proposed_skills", items));
        if self.skills.len() > MAX_SKILLS_PER_ITEM {
            v.push(FieldError::too_many("skills", MAX_SKILLS_PER_ITEM));
        }
        let mut skills: Vec<DemandSkillInput> = Vec::with_capacity(self.skills.len());
        for (i, skill) in self.skills.into_iter().enumerate() {
            let field = format!("skills[{i}].code");
            let code = v.line(&field, &skill.code, 120);
            if skills.iter().any(|s| s.code == code) {
                v.push(FieldError::duplicate(field, &code));
            } else {
                skills.push(DemandSkillInput {
                    code,
                    importance: skill.importance,
                });
            }
        }
        for (field, wage) in [
            ("wage_min_vnd", self.wage_min_vnd),
            ("wage_max_vnd", self.wage_max_vnd),
        ] {
            if let Some(w) = wage {
                v.range(field, w, 0, MAX_MONTHLY_WAGE_VND);
            }
        }
        if let (Some(min), Some(max)) = (self.wage_min_vnd, self.wage_max_vnd)
            && min > max
        {
            v.push(FieldError::invalid(
                "wage_max_vnd",
                "Mức lương tối đa phải lớn hơn hoặc bằng mức tối thiểu.",
                "The maximum wage must be at least the minimum wage.",
            ));
        }
        if let (Some(start), Some(end)) = (self.start_date, self.expires_on)
            && end < start
        {
            v.push(FieldError::invalid(
                "expires_on",
                "Ngày hết hạn phải sau ngày bắt đầu.",
                "The expiry date must not be before the start date.",
            ));
        }
        let cleaned = Self {
            employer_id: self.employer_id,
            title: v.line("title", &self.title, MAX_NAME),
            description: Some(v.text("description", self.description.as_deref(), MAX_DESCRIPTION)),
            occupation_code: v.opt_line("occupation_code", self.occupation_code.as_deref(), 120),
            skills,
            proposed_skills,
            positions: v.range("positions", self.positions, 1, 10_000),
            commune_code: commune(&mut v, &self.commune_code),
            wage_min_vnd: self.wage_min_vnd,
            wage_max_vnd: self.wage_max_vnd,
            employment_type: self.employment_type,
            start_date: self.start_date.map(|d| date(&mut v, "start_date", d)),
            expires_on: self.expires_on.map(|d| date(&mut v, "expires_on", d)),
            status: Some(self.status.unwrap_or(DemandStatus::Open)),
        };
        v.finish(Valid(cleaned))
    }
}

impl Valid<DemandInput> {
    /// Settle the typed skills: `resolve` gives the code of the listed skill
    /// a label names (`Ok(None)` when the list lacks it); named ones join
    /// `skills` (once), the others stay as proposals.
    pub fn settle_typed_skills(
        self,
        mut resolve: impl FnMut(&str, &str) -> Result<Option<String>, FieldError>,
    ) -> Result<Self, ValidationErrors> {
        let mut input = self.0;
        let Some(typed) = input.proposed_skills.take() else {
            return Ok(Self(input));
        };
        let mut errors = Vec::new();
        let mut proposals = Vec::with_capacity(typed.len());
        for (i, item) in typed.into_iter().enumerate() {
            match resolve(&format!("proposed_skills[{i}].label"), &item.label) {
                Ok(Some(code)) => {
                    if !input.skills.iter().any(|s| s.code == code) {
                        input.skills.push(DemandSkillInput {
                            code,
                            importance: item.importance,
                        });
                    }
                }
                Ok(None) => proposals.push(item),
                Err(e) => errors.push(e),
            }
        }
        if input.skills.len() > MAX_SKILLS_PER_ITEM {
            errors.push(FieldError::too_many("skills", MAX_SKILLS_PER_ITEM));
        }
        if !errors.is_empty() {
            return Err(ValidationErrors(errors));
        }
        input.proposed_skills = Some(proposals);
        Ok(Self(input))
    }
}

fn commune(v: &mut Validator, raw: &str) -> String {
    v.commune("commune_code", raw)
        .map(String::from)
        .unwrap_or_default()
}

fn date(v: &mut Validator, field: &str, value: NaiveDate) -> NaiveDate {
    if !(2000..=2100).contains(&value.year()) {
        v.push(FieldError::invalid(
            field,
            "Ngày phải trong khoảng năm 2000 đến 2100.",
            "The date must be between the years 2000 and 2100.",
        ));
    }
    value
}

/// An organisation's phone number: digits with an optional leading +, spaces,
/// dots and dashes allowed, 8 to 15 digits.
fn public_phone(v: &mut Validator, field: &str, raw: Option<&str>) -> Option<String> {
    let cleaned = clean_line(raw?);
    if cleaned.is_empty() {
        return None;
    }
    let digits = cleaned.chars().filter(char::is_ascii_digit).count();
    let allowed = cleaned
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " .-".contains(c) || (i == 0 && c == '+'));
    if !allowed || !(8..=15).contains(&digits) {
        v.push(FieldError::invalid(
            field,
            "Số điện thoại không hợp lệ (8–15 chữ số).",
            "Invalid phone number (8–15 digits).",
        ));
    }
    Some(cleaned)
}

fn email(v: &mut Validator, field: &str, raw: Option<&str>) -> Option<String> {
    let cleaned = clean_line(raw?).to_lowercase();
    if cleaned.is_empty() {
        return None;
    }
    let valid = match cleaned.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !cleaned.contains(' ')
        }
        None => false,
    };
    if !valid || cleaned.len() > 254 {
        v.push(FieldError::invalid(
            field,
            "Địa chỉ email không hợp lệ.",
            "Invalid email address.",
        ));
    }
    Some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(code: &str) -> ModuleInput {
        ModuleInput {
            code: code.into(),
            title: "An toàn điện".into(),
            credits: 2,
            hours: 45,
            skills: vec!["an-toan-dien".into()],
            prerequisites: vec![],
        }
    }

    fn course() -> CourseInput {
        CourseInput {
            provider_id: 1,
            title: "  Điện   dân dụng ".into(),
            description: None,
            level: CourseLevel::SoCap,
            occupation_code: None,
            commune_code: "09700".into(),
            delivery_mode: DeliveryMode::InPerson,
            start_date: NaiveDate::from_ymd_opt(2026, 3, 1),
            weeks: Some(12),
            schedule: Some(StudyTime::Evening),
            fee_vnd: 3_000_000,
            subsidy_vnd: 0,
            seats: Some(30),
            certificate: None,
            status: None,
            accessibility: vec![
                AccessNeed::SignLanguage,
                AccessNeed::StepFree,
                AccessNeed::StepFree,
            ],
            modules: vec![module("MĐ01"), module("MĐ02")],
            intakes: Vec::new(),
        }
    }

    #[test]
    fn valid_course_is_cleaned() {
        let valid = course().validate().unwrap();
        assert_eq!(valid.title, "Điện dân dụng");
        assert_eq!(valid.status, Some(CourseStatus::Open));
        assert_eq!(valid.total_credits(), 4);
        assert_eq!(
            valid.accessibility,
            [AccessNeed::StepFree, AccessNeed::SignLanguage]
        );
    }

    #[test]
    fn course_reports_every_module_problem() {
        let mut bad = course();
        bad.modules = vec![module("MĐ01"), module("MĐ01")];
        bad.modules[1].credits = 0;
        bad.modules[0].prerequisites = vec!["MĐ01".into()];
        bad.seats = Some(0);
        let fields: Vec<String> = bad
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert!(
            fields.contains(&"modules[1].code".to_string()),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"modules[1].credits".to_string()),
            "{fields:?}"
        );
        assert!(
            fields.contains(&"modules[0].prerequisites".to_string()),
            "{fields:?}"
        );
        assert!(fields.contains(&"seats".to_string()), "{fields:?}");
    }

    #[test]
    fn demand_wage_range_must_be_ordered() {
        let demand = DemandInput {
            employer_id: 1,
            title: "Tuyển thợ hàn".into(),
            description: None,
            occupation_code: None,
            skills: vec![DemandSkillInput {
                code: "han-mig".into(),
                importance: Importance::Essential,
            }],
            proposed_skills: None,
            positions: 5,
            commune_code: "09700".into(),
            wage_min_vnd: Some(9_000_000),
            wage_max_vnd: Some(8_000_000),
            employment_type: EmploymentType::Permanent,
            start_date: None,
            expires_on: None,
            status: None,
        };
        let errors = demand.validate().unwrap_err();
        assert_eq!(errors.0.len(), 1);
        assert_eq!(errors.0[0].field, "wage_max_vnd");
    }

    #[test]
    fn phone_and_email_are_checked() {
        let provider = ProviderInput {
            name: "Trung tâm".into(),
            kind: ProviderKind::VocationalCenter,
            commune_code: "00004".into(),
            address: None,
            phone: Some("abc".into()),
            email: Some("not-an-email".into()),
            website: None,
            description: None,
        };
        let fields: Vec<String> = provider
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["phone", "email"]);
    }
}
