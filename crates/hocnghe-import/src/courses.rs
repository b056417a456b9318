//! Courses from a CSV. Rows sharing a `course_key` form one course, whose
//! course columns are read from its first row. A row with module columns
//! adds a module; a row with class columns (`start_date`, `weeks`,
//! `schedule`, `seats`, and optionally `intake_commune_code`,
//! `intake_address`) adds an intake. One row may do both, so a course with
//! one class fits on its module rows as before.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{CourseInput, IntakeInput, ModuleInput};
use hocnghe_domain::{FieldError, ValidationErrors};
use hocnghe_store::DatabaseConnection;
use hocnghe_store::repo::courses;

use super::ImportReport;
use super::cells::{Row, Sheet};
use super::owner::{self, Owner};
use crate::ImportError;

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
    "intake_commune_code",
    "intake_address",
    "accessibility",
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
) -> Result<ImportReport, ImportError> {
    let sheet = Sheet::parse(csv_text, COLUMNS, REQUIRED)?;
    let mut report = ImportReport::new("courses", dry_run);
    for (key, rows) in group(&sheet.rows) {
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        let first = lines.first().copied().unwrap_or(0);
        let mut errors = Vec::new();
        let provider_id = owner::resolve(db, rows[0], Owner::Provider, &mut errors).await?;
        let input = parse(&rows, provider_id, &mut errors);
        let (module_rows, intake_rows) = split(&rows);
        let module_lines: Vec<usize> = module_rows.iter().map(|r| r.line).collect();
        let intake_lines: Vec<usize> = intake_rows.iter().map(|r| r.line).collect();
        if !errors.is_empty() {
            let at_row = |e: FieldError| {
                let line = nth_line(&e.field, "intakes[", &intake_lines).unwrap_or(first);
                (vec![line], e)
            };
            report.fail(&key, errors.into_iter().map(at_row).collect());
            continue;
        }
        report
            .write(db, &key, input.validate(), courses::insert, |e| {
                locate(e, &module_lines, &intake_lines)
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

const MODULE_COLUMNS: [&str; 4] = ["module_code", "module_title", "credits", "hours"];
const INTAKE_COLUMNS: [&str; 6] = [
    "start_date",
    "weeks",
    "schedule",
    "seats",
    "intake_commune_code",
    "intake_address",
];

fn has_any(row: &Row, columns: &[&str]) -> bool {
    columns.iter().any(|c| row.text(c).is_some())
}

/// The course's module rows and intake rows, in file order.
fn split<'a>(rows: &[&'a Row]) -> (Vec<&'a Row>, Vec<&'a Row>) {
    let modules = rows
        .iter()
        .copied()
        .filter(|r| has_any(r, &MODULE_COLUMNS) || !has_any(r, &INTAKE_COLUMNS))
        .collect();
    let intakes = rows
        .iter()
        .copied()
        .filter(|r| has_any(r, &INTAKE_COLUMNS))
        .collect();
    (modules, intakes)
}

fn parse(rows: &[&Row], provider_id: i64, errors: &mut Vec<FieldError>) -> CourseInput {
    let first = rows[0];
    let (module_rows, intake_rows) = split(rows);
    let modules = module_rows
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
    if intake_rows.is_empty() {
        errors.push(FieldError::required("start_date"));
    }
    let intakes = intake_rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut found = Vec::new();
            let intake = parse_intake(row, &mut found);
            errors.extend(found.into_iter().map(|mut e| {
                e.field = format!("intakes[{i}].{}", e.field);
                e
            }));
            intake
        })
        .collect();
    let level = first.vocabulary("level", errors);
    let delivery_mode = first.vocabulary("delivery_mode", errors);
    for (column, value) in [
        ("level", level.is_none()),
        ("delivery_mode", delivery_mode.is_none()),
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
        start_date: None,
        weeks: None,
        schedule: None,
        fee_vnd: first.required_number("fee_vnd", errors),
        subsidy_vnd: first.number("subsidy_vnd", errors).unwrap_or(0),
        seats: None,
        certificate: first.text("certificate"),
        status: first.vocabulary("status", errors),
        accessibility: first.vocabulary_list("accessibility", errors),
        modules,
        intakes,
    }
}

fn parse_intake(row: &Row, errors: &mut Vec<FieldError>) -> IntakeInput {
    let schedule = row.vocabulary("schedule", errors);
    let start_date = row.date("start_date", errors);
    for (column, missing) in [
        ("schedule", schedule.is_none()),
        ("start_date", start_date.is_none()),
    ] {
        if missing && row.text(column).is_none() {
            errors.push(FieldError::required(column));
        }
    }
    IntakeInput {
        start_date: start_date.unwrap_or_default(),
        weeks: row.required_number("weeks", errors),
        schedule: schedule.unwrap_or(hocnghe_domain::StudyTime::Weekday),
        commune_code: row.text("intake_commune_code"),
        address: row.text("intake_address"),
        seats: row.required_number("seats", errors),
        status: None,
    }
}

/// Point each error at the row it comes from: `modules[i]…` at the i-th
/// row of the course, anything else at its first row.
fn locate(
    errors: ValidationErrors,
    module_lines: &[usize],
    intake_lines: &[usize],
) -> Vec<(Vec<usize>, FieldError)> {
    let first = module_lines
        .first()
        .or(intake_lines.first())
        .copied()
        .unwrap_or(0);
    errors
        .0
        .into_iter()
        .map(|e| {
            let line = nth_line(&e.field, "modules[", module_lines)
                .or_else(|| nth_line(&e.field, "intakes[", intake_lines))
                .unwrap_or(first);
            (vec![line], e)
        })
        .collect()
}

/// The file line of the i-th row named by a field such as `intakes[1].seats`.
fn nth_line(field: &str, prefix: &str, lines: &[usize]) -> Option<usize> {
    field
        .strip_prefix(prefix)
        .and_then(|rest| rest.split(']').next())
        .and_then(|i| i.parse::<usize>().ok())
        .and_then(|i| lines.get(i).copied())
}
