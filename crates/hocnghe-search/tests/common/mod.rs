//! Small builders shared by the integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use hocnghe_domain::{CourseLevel, DeliveryMode, EmploymentType, Sector, StudyTime};
use hocnghe_search::{CommuneLocator, CourseDoc, DemandDoc, SkillRef};

pub const BA_DINH: &str = "00004";
pub const HOAN_KIEM: &str = "00070";
pub const SOC_SON: &str = "08980";
pub const ME_LINH: &str = "09025";

pub fn locator() -> CommuneLocator {
    CommuneLocator::new(vec![
        (BA_DINH.into(), 21.03853, 105.838061),
        (HOAN_KIEM.into(), 21.032025, 105.850448),
        (SOC_SON.into(), 21.2545, 105.8526),
        (ME_LINH.into(), 21.1807, 105.7143),
    ])
    .with_names([
        (BA_DINH.into(), "Ba Đình".into()),
        (HOAN_KIEM.into(), "Hoàn Kiếm".into()),
        (SOC_SON.into(), "Sóc Sơn".into()),
        (ME_LINH.into(), "Mê Linh".into()),
    ])
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn skill(code: &str, label: &str) -> SkillRef {
    SkillRef {
        code: code.into(),
        label: label.into(),
        alt_labels: vec![],
        essential: true,
    }
}

pub fn course(id: i64, title: &str, description: &str) -> CourseDoc {
    CourseDoc {
        id,
        title: title.into(),
        description: description.into(),
        provider_name: "Trung tâm GDNN-GDTX".into(),
        occupation_code: None,
        occupation_name: None,
        sector: Some(Sector::Mechanics),
        level: CourseLevel::SoCap,
        delivery_mode: DeliveryMode::InPerson,
        schedule: StudyTime::Weekday,
        commune_code: BA_DINH.into(),
        fee_vnd: 3_000_000,
        fee_after_subsidy_vnd: 1_000_000,
        start_date: date(2025, 9, 1),
        weeks: 12,
        credits: 10,
        module_titles: vec![],
        skills: vec![],
        intakes: Vec::new(),
    }
}

pub fn demand(id: i64, title: &str, description: &str) -> DemandDoc {
    DemandDoc {
        id,
        title: title.into(),
        description: description.into(),
        employer_name: "Công ty TNHH Minh Phát".into(),
        occupation_code: None,
        occupation_name: None,
        sector: Some(Sector::Mechanics),
        commune_code: BA_DINH.into(),
        positions: 3,
        wage_min_vnd: Some(7_000_000),
        wage_max_vnd: Some(9_000_000),
        employment_type: EmploymentType::Permanent,
        start_date: None,
        expires_on: None,
        skills: vec![],
    }
}
