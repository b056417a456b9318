//! Courses get intakes. A course is the programme (modules, credits,
//! certificate, fee); its classes (start date, length, schedule, place,
//! seats, status) move to `course_intakes`, and an enrolment is in one
//! intake.
//!
//! Existing data: every course becomes a course with one intake (past
//! classes read `finished` or `running` by their dates). Courses that repeat
//! another of the same provider with the same title and the same modules
//! (code, title, credits) are merged into the oldest one: their intakes,
//! enrolments, module completions and certificates move to it, then the
//! copies are deleted and the search index told. The seats an intake has
//! given are counted from its enrolments.
//!
//! Written with plain statements, never with today's entities, so it keeps
//! meaning what it meant when the schema moves on. No way down: the merge
//! cannot be undone. `tests/api/catalogue/intake_migration.rs` runs it on
//! hand-written old-shaped data and on a generated old catalogue (300
//! classes, 500 enrolments), on SQLite and PostgreSQL.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Days, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, Statement};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::helpers::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Enrolment statuses that hold a seat, as the enrolment rules count them.
const SEAT_HOLDING: &str = "'accepted', 'studying', 'completed'";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_table(manager).await?;
        manager
            .alter_table(
                Table::alter()
                    .table("enrolments")
                    .add_column(big_integer_null("intake_id"))
                    .take(),
            )
            .await?;
        // A worker may hold places in two copies of one course: unique per
        // intake from now on.
        manager
            .drop_index(
                Index::drop()
                    .name("ux_enrolments_worker_id_course_id")
                    .table("enrolments")
                    .to_owned(),
            )
            .await?;
        copy_classes(manager).await?;
        merge_repeated_courses(manager).await?;
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE enrolments SET intake_id = \
             (SELECT MIN(ci.id) FROM course_intakes ci WHERE ci.course_id = enrolments.course_id) \
             WHERE intake_id IS NULL",
        )
        .await?;
        db.execute_unprepared(&format!(
            "UPDATE course_intakes SET seats_taken = \
             (SELECT COUNT(*) FROM enrolments e WHERE e.intake_id = course_intakes.id \
              AND e.status IN ({SEAT_HOLDING}))"
        ))
        .await?;
        create_indexes(
            manager,
            vec![
                unique_index("enrolments", &["worker_id", "intake_id"]),
                index("enrolments", &["worker_id", "course_id"]),
            ],
        )
        .await?;
        // One column per statement: SQLite drops one at a time.
        for column in ["start_date", "weeks", "schedule", "seats"] {
            manager
                .alter_table(Table::alter().table("courses").drop_column(column).take())
                .await?;
        }
        Ok(())
    }
}

async fn create_table(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let mut table = Table::create();
    table
        .table("course_intakes")
        .col(big_pk_auto("id"))
        .col(big_integer("course_id"))
        .col(date("start_date"))
        .col(integer("weeks"))
        .col(string("schedule"))
        .col(string_null("commune_code"))
        .col(string_null("address"))
        .col(integer("seats"))
        .col(integer("seats_taken").default(0))
        .col(string("status"))
        .foreign_key(&mut foreign_key(
            "course_intakes",
            "course_id",
            "courses",
            "id",
            ForeignKeyAction::Cascade,
        ))
        .foreign_key(&mut foreign_key(
            "course_intakes",
            "commune_code",
            "communes",
            "code",
            ForeignKeyAction::Restrict,
        ));
    manager
        .create_table(audit_columns(&mut table).take())
        .await?;
    create_indexes(
        manager,
        vec![
            index("course_intakes", &["course_id", "start_date"]),
            index("course_intakes", &["status", "start_date"]),
        ],
    )
    .await
}

/// One intake per course from the course's own class columns.
async fn copy_classes(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let select = Query::select()
        .columns([
            "id",
            "start_date",
            "weeks",
            "schedule",
            "seats",
            "created_at",
            "updated_at",
        ])
        .from("courses")
        .order_by("id", Order::Asc)
        .take();
    let today = hanoi_today();
    let rows = db.query_all_raw(backend.build(&select)).await?;
    for row in rows {
        let start: NaiveDate = row.try_get("", "start_date")?;
        let weeks: i32 = row.try_get("", "weeks")?;
        let end = start
            .checked_add_days(Days::new(weeks_to_days(weeks)))
            .unwrap_or(start);
        let status = if end < today {
            "finished"
        } else if start <= today {
            "running"
        } else {
            "open"
        };
        let created: DateTime<Utc> = row.try_get("", "created_at")?;
        let updated: DateTime<Utc> = row.try_get("", "updated_at")?;
        let insert = Query::insert()
            .into_table("course_intakes")
            .columns([
                "course_id",
                "start_date",
                "weeks",
                "schedule",
                "seats",
                "seats_taken",
                "status",
                "created_at",
                "updated_at",
            ])
            .values_panic([
                row.try_get::<i64>("", "id")?.into(),
                start.into(),
                weeks.into(),
                row.try_get::<String>("", "schedule")?.into(),
                row.try_get::<i32>("", "seats")?.into(),
                0.into(),
                status.into(),
                created.into(),
                updated.into(),
            ])
            .take();
        manager.exec_stmt(insert).await?;
    }
    Ok(())
}

/// Courses of one provider with the same title and the same modules become one.
async fn merge_repeated_courses(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    let backend = manager.get_database_backend();
    let modules = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, course_id, code, title, credits FROM course_modules ORDER BY course_id, code",
        ))
        .await?;
    let mut module_sets: HashMap<i64, Vec<(String, String, i32)>> = HashMap::new();
    let mut module_ids: HashMap<i64, Vec<(String, i64)>> = HashMap::new();
    for row in modules {
        let course: i64 = row.try_get("", "course_id")?;
        let code: String = row.try_get("", "code")?;
        module_sets.entry(course).or_default().push((
            code.clone(),
            row.try_get("", "title")?,
            row.try_get("", "credits")?,
        ));
        module_ids
            .entry(course)
            .or_default()
            .push((code, row.try_get("", "id")?));
    }
    let courses = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT id, provider_id, title FROM courses ORDER BY id",
        ))
        .await?;
    type Key = (i64, String, Vec<(String, String, i32)>);
    let mut groups: BTreeMap<Key, Vec<i64>> = BTreeMap::new();
    for row in courses {
        let id: i64 = row.try_get("", "id")?;
        let provider: i64 = row.try_get("", "provider_id")?;
        let title: String = row.try_get("", "title")?;
        let key = (
            provider,
            title.trim().to_lowercase(),
            module_sets.get(&id).cloned().unwrap_or_default(),
        );
        groups.entry(key).or_default().push(id);
    }
    for ids in groups.into_values().filter(|ids| ids.len() > 1) {
        let (keep, copies) = (ids[0], &ids[1..]);
        let keep_modules: HashMap<&str, i64> = module_ids
            .get(&keep)
            .map(|m| m.iter().map(|(code, id)| (code.as_str(), *id)).collect())
            .unwrap_or_default();
        for &copy in copies {
            // Enrolments first learn their intake, while each course still has one.
            db.execute_unprepared(&format!(
                "UPDATE enrolments SET intake_id = \
                 (SELECT MIN(ci.id) FROM course_intakes ci WHERE ci.course_id = {copy}) \
                 WHERE course_id = {copy}"
            ))
            .await?;
            for (code, module) in module_ids.get(&copy).into_iter().flatten() {
                if let Some(target) = keep_modules.get(code.as_str()) {
                    db.execute_unprepared(&format!(
                        "UPDATE module_completions SET module_id = {target} WHERE module_id = {module}"
                    ))
                    .await?;
                }
            }
            for statement in [
                format!("UPDATE course_intakes SET course_id = {keep} WHERE course_id = {copy}"),
                format!("UPDATE enrolments SET course_id = {keep} WHERE course_id = {copy}"),
                format!("UPDATE certificates SET course_id = {keep} WHERE course_id = {copy}"),
                format!("DELETE FROM courses WHERE id = {copy}"),
            ] {
                db.execute_unprepared(&statement).await?;
            }
            enqueue_course(manager, copy).await?;
        }
        enqueue_course(manager, keep).await?;
    }
    Ok(())
}

async fn enqueue_course(manager: &SchemaManager<'_>, id: i64) -> Result<(), DbErr> {
    let insert = Query::insert()
        .into_table("search_outbox")
        .columns(["entity", "entity_id", "created_at"])
        .values_panic(["course".into(), id.into(), Utc::now().into()])
        .take();
    manager.exec_stmt(insert).await
}

fn weeks_to_days(weeks: i32) -> u64 {
    let weeks: u64 = std::cmp::max(weeks, 1).unsigned_abs().into();
    weeks * 7 - 1
}

/// UTC+7 all year; checked when compiling.
const HANOI: chrono::FixedOffset = match chrono::FixedOffset::east_opt(7 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+7 is a valid offset"),
};

fn hanoi_today() -> NaiveDate {
    Utc::now().with_timezone(&HANOI).date_naive()
}
