//! Demands from a CSV with one row per demand.

use hocnghe_domain::catalogue::{DemandInput, DemandSkillInput};
use hocnghe_domain::{FieldError, Importance};
use hocnghe_store::DatabaseConnection;
use hocnghe_store::repo::demands;

use super::ImportReport;
use super::cells::{Row, Sheet};
use super::owner::{self, Owner};
use crate::ImportError;

pub const COLUMNS: &[&str] = &[
    "employer",
    "title",
    "description",
    "occupation_code",
    "essential_skills",
    "optional_skills",
    "positions",
    "commune_code",
    "wage_min_vnd",
    "wage_max_vnd",
    "employment_type",
    "start_date",
    "expires_on",
    "status",
];

const REQUIRED: &[&str] = &[
    "employer",
    "title",
    "essential_skills",
    "positions",
    "commune_code",
    "employment_type",
];

pub async fn import(
    db: &DatabaseConnection,
    csv_text: &str,
    dry_run: bool,
) -> Result<ImportReport, ImportError> {
    let sheet = Sheet::parse(csv_text, COLUMNS, REQUIRED)?;
    let mut report = ImportReport::new("demands", dry_run);
    for row in &sheet.rows {
        let item = row
            .text("title")
            .unwrap_or_else(|| format!("dòng {}", row.line));
        let mut errors = Vec::new();
        let employer_id = owner::resolve(db, row, Owner::Employer, &mut errors).await?;
        let input = parse(row, employer_id, &mut errors);
        let at_row =
            |errors: Vec<FieldError>| errors.into_iter().map(|e| (vec![row.line], e)).collect();
        if !errors.is_empty() {
            report.fail(&item, at_row(errors));
            continue;
        }
        report
            .write(db, &item, input.validate(), demands::insert, |e| {
                at_row(e.0)
            })
            .await?;
    }
    Ok(report)
}

fn parse(row: &Row, employer_id: i64, errors: &mut Vec<FieldError>) -> DemandInput {
    let skills = row
        .list("essential_skills")
        .into_iter()
        .map(|code| (code, Importance::Essential))
        .chain(
            row.list("optional_skills")
                .into_iter()
                .map(|code| (code, Importance::Optional)),
        )
        .map(|(code, importance)| DemandSkillInput { code, importance })
        .collect();
    let employment_type = row.vocabulary("employment_type", errors);
    if employment_type.is_none() && row.text("employment_type").is_none() {
        errors.push(FieldError::required("employment_type"));
    }
    DemandInput {
        employer_id,
        title: row.required("title", errors),
        description: row.text("description"),
        occupation_code: row.text("occupation_code"),
        skills,
        proposed_skills: None,
        positions: row.required_number("positions", errors),
        commune_code: row.required("commune_code", errors),
        wage_min_vnd: row.number("wage_min_vnd", errors),
        wage_max_vnd: row.number("wage_max_vnd", errors),
        employment_type: employment_type.unwrap_or(hocnghe_domain::EmploymentType::Permanent),
        start_date: row.date("start_date", errors),
        expires_on: row.date("expires_on", errors),
        status: row.vocabulary("status", errors),
    }
}
