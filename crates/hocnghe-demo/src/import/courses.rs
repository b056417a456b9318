//! Courses from a CSV with one row per module; rows sharing a `course_key`
//! form one course, whose course columns are read from its first row.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{CourseInput, ModuleInput};
use hocnghe_domain::{FieldError, ValidationErrors};
use hocnghe_store::DatabaseConnection;
use hocnghe_store::repo::courses;

use super::ImportReport;
use super::cells::{Row, Sheet};
use super::owner::{self, Owner};
use crate::DemoError;

pub const COLUMNS: &[&str] = &[
    "course_key",
    "provider",
    "title",
    "description",
    "level",
    "occupation_code",
    "commune_code",
    "delivery_mode",
    "start_date",
    "weeks",
    "schedule",
    "fee_vnd",
    "subsidy_vnd",
    "seats",
    "certificate",
    "status",
    "module_code",
    "module_title",
    "credits",
    "hours",
    "skills",
    "prerequisites",
];

const REQUIRED: &[&str] = &[
    "course_key",
    "provider",
    "title",
    "level",
    "commune_code",
    "delivery_mode",
    "start_date",
    "weeks",
    "schedule",
    "fee_vnd",
    "seats",
    "module_code",
    "module_title",
    "credits",
    "hours",
];

pub async fn import(
    db: &DatabaseConnection,
    csv_text: &str,
    dry_run: bool,
) -> Result<ImportReport, DemoError> {
    let sheet = Sheet::parse(csv_text, COLUMNS, REQUIRED)?;
    let mut report = ImportReport::new("courses", dry_run);
    for (key, rows) in group(&sheet.rows) {
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        let first = lines.first().copied().unwrap_or(0);
        let mut errors = Vec::new();
        let provider_id = owner::resolve(db, rows[0], Owner::Provider, &mut errors).await?;
        let input = parse(&rows, provider_id, &mut errors);
        if !errors.is_empty() {
            report.fail(&key, errors.into_iter().map(|e| (vec![first], e)).collect());
            continue;
        }
        report
            .write(db, &key, input.validate(), courses::insert, |e| {
                locate(e, &lines)
            })
            .await?;
    }
    Ok(report)
}

/// Rows by course key, in order of first appearance.
fn group(rows: &[Row]) -> Vec<(String, Vec<&Row>)> {
    let mut order: Vec<(String, Vec<&Row>)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let key = row
            .text("course_key")
            .unwrap_or_else(|| format!("dòng {}", row.line));
        match index.get(&key) {
            Some(&i) => order[i].1.push(row),
            None => {
                index.insert(key.clone(), order.len());
                order.push((key, vec![row]));
            }
        }
    }
    order
}

fn parse(rows: &[&Row], provider_id: i64, errors: &mut Vec<FieldError>) -> CourseInput {
    let first = rows[0];
    let modules = rows
        .iter()
        .map(|row| ModuleInput {
            code: row.required("module_code", errors),
            title: row.required("module_title", errors),
            credits: row.required_number("credits", errors),
            hours: row.required_number("hours", errors),
            skills: row.list("skills"),
            prerequisites: row.list("prerequisites"),
        })
        .collect();
    let level = first.vocabulary("level", errors);
    let delivery_mode = first.vocabulary("delivery_mode", errors);
    let schedule = first.vocabulary("schedule", errors);
    let start_date = first.date("start_date", errors);
    for (column, value) in [
        ("level", level.is_none()),
        ("delivery_mode", delivery_mode.is_none()),
        ("schedule", schedule.is_none()),
        ("start_date", start_date.is_none()),
    ] {
        if value && first.text(column).is_none() {
            errors.push(FieldError::required(column));
        }
    }
    CourseInput {
        provider_id,
        title: first.required("title", errors),
        description: first.text("description"),
        level: level.unwrap_or(hocnghe_domain::CourseLevel::SoCap),
        occupation_code: first.text("occupation_code"),
        commune_code: first.required("commune_code", errors),
        delivery_mode: delivery_mode.unwrap_or(hocnghe_domain::DeliveryMode::InPerson),
        start_date: start_date.unwrap_or_default(),
        weeks: first.required_number("weeks", errors),
        schedule: schedule.unwrap_or(hocnghe_domain::StudyTime::Weekday),
        fee_vnd: first.required_number("fee_vnd", errors),
        subsidy_vnd: first.number("subsidy_vnd", errors).unwrap_or(0),
        seats: first.required_number("seats", errors),
        certificate: first.text("certificate"),
        status: first.vocabulary("status", errors),
        modules,
    }
}

/// Point each error at the row it comes from: `modules[i]…` at the i-th
/// row of the course, anything else at its first row.
fn locate(errors: ValidationErrors, lines: &[usize]) -> Vec<(Vec<usize>, FieldError)> {
    errors
        .0
        .into_iter()
        .map(|e| {
            let line = e
                .field
                .strip_prefix("modules[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| lines.get(i).copied())
                .or_else(|| lines.first().copied())
                .unwrap_or(0);
            (vec![line], e)
        })
        .collect()
}
