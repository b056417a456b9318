//! Bulk loading of validated courses and demands for benchmarks and large
//! imports: multi-row inserts, one transaction per batch. Rows get explicit
//! ids (read under the write lock) so modules and skill links can be written
//! without a round trip per row; run it while no server writes the catalogue.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{CourseInput, DemandInput, Valid};
use hocnghe_domain::{FieldError, IntakeStatus, ValidationErrors};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, EntityTrait,
    QuerySelect,
};

use super::{courses, demands, now, outbox, taxonomy};
use crate::db::begin_write;
use crate::entities::{
    course, course_intake, course_module, demand, demand_skill, module_prerequisite, module_skill,
};
use crate::error::StoreResult;

/// Taxonomy ids, looked up once per load.
pub struct BulkRefs {
    skills: HashMap<String, i64>,
    occupations: HashMap<String, i64>,
}

impl BulkRefs {
    pub async fn load(db: &impl ConnectionTrait) -> StoreResult<Self> {
        Ok(Self {
            skills: taxonomy::all_skill_ids(db).await?,
            occupations: taxonomy::all_occupation_ids(db).await?,
        })
    }

    fn skill(&self, code: &str) -> StoreResult<i64> {
        self.skills.get(code).copied().ok_or_else(|| {
            ValidationErrors::single(FieldError::unknown("skills", "kỹ năng", "skill", code)).into()
        })
    }

    fn occupation(&self, code: Option<&str>) -> StoreResult<Option<i64>> {
        code.map(|code| {
            self.occupations.get(code).copied().ok_or_else(|| {
                ValidationErrors::single(FieldError::unknown(
                    "occupation_code",
                    "nghề",
                    "occupation",
                    code,
                ))
                .into()
            })
        })
        .transpose()
    }
}

/// Insert one batch of courses (with modules, skills and prerequisites) in one
/// transaction; with `outbox` also queue them for indexing. Returns their ids.
pub async fn insert_courses(
    db: &DatabaseConnection,
    refs: &BulkRefs,
    batch: Vec<Valid<CourseInput>>,
    outbox: bool,
) -> StoreResult<Vec<i64>> {
    let tx = begin_write(db).await?;
    let mut next_course = max_id::<course::Entity>(&tx, course::Column::Id).await? + 1;
    let mut next_module =
        max_id::<course_module::Entity>(&tx, course_module::Column::Id).await? + 1;
    let mut next_intake =
        max_id::<course_intake::Entity>(&tx, course_intake::Column::Id).await? + 1;
    let stamp = now();
    let mut course_rows = Vec::with_capacity(batch.len());
    let mut intake_rows = Vec::with_capacity(batch.len());
    let mut module_rows = Vec::new();
    let mut skill_rows = Vec::new();
    let mut prerequisite_rows = Vec::new();
    let mut ids = Vec::with_capacity(batch.len());
    for input in batch {
        let input = input.into_inner();
        let mut row =
            courses::active_model(&input, refs.occupation(input.occupation_code.as_deref())?);
        row.id = Set(next_course);
        row.created_at = Set(stamp);
        row.updated_at = Set(stamp);
        course_rows.push(row);
        for intake in &input.intakes {
            intake_rows.push(course_intake::ActiveModel {
                id: Set(next_intake),
                course_id: Set(next_course),
                start_date: Set(intake.start_date),
                weeks: Set(courses::to_i32(intake.weeks)),
                schedule: Set(intake.schedule.as_str().to_owned()),
                commune_code: Set(intake.commune_code.clone()),
                address: Set(intake.address.clone()),
                seats: Set(courses::to_i32(intake.seats)),
                seats_taken: Set(0),
                status: Set(intake
                    .status
                    .unwrap_or(IntakeStatus::Open)
                    .as_str()
                    .to_owned()),
                created_at: Set(stamp),
                updated_at: Set(stamp),
            });
            next_intake += 1;
        }
        for (position, module) in input.modules.iter().enumerate() {
            module_rows.push(course_module::ActiveModel {
                id: Set(next_module),
                course_id: Set(next_course),
                position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                code: Set(module.code.clone()),
                title: Set(module.title.clone()),
                credits: Set(courses::to_i32(module.credits)),
                hours: Set(courses::to_i32(module.hours)),
            });
            for code in &module.skills {
                skill_rows.push(module_skill::ActiveModel {
                    module_id: Set(next_module),
                    skill_id: Set(refs.skill(code)?),
                });
            }
            for code in &module.prerequisites {
                prerequisite_rows.push(module_prerequisite::ActiveModel {
                    module_id: Set(next_module),
                    prerequisite_code: Set(code.clone()),
                });
            }
            next_module += 1;
        }
        ids.push(next_course);
        next_course += 1;
    }
    insert_chunks::<course::Entity>(&tx, course_rows, 100).await?;
    insert_chunks::<course_intake::Entity>(&tx, intake_rows, 200).await?;
    insert_chunks::<course_module::Entity>(&tx, module_rows, 300).await?;
    insert_chunks::<module_skill::Entity>(&tx, skill_rows, 500).await?;
    insert_chunks::<module_prerequisite::Entity>(&tx, prerequisite_rows, 500).await?;
    if outbox {
        outbox::enqueue_many(&tx, outbox::EntityKind::Course, &ids).await?;
    }
    tx.commit().await?;
    Ok(ids)
}

/// Insert one batch of demands (with their skills) in one transaction.
pub async fn insert_demands(
    db: &DatabaseConnection,
    refs: &BulkRefs,
    batch: Vec<Valid<DemandInput>>,
    outbox: bool,
) -> StoreResult<Vec<i64>> {
    let tx = begin_write(db).await?;
    let mut next = max_id::<demand::Entity>(&tx, demand::Column::Id).await? + 1;
    let stamp = now();
    let mut rows = Vec::with_capacity(batch.len());
    let mut skill_rows = Vec::new();
    let mut ids = Vec::with_capacity(batch.len());
    for input in batch {
        let input = input.into_inner();
        let mut row =
            demands::active_model(&input, refs.occupation(input.occupation_code.as_deref())?);
        row.id = Set(next);
        row.created_at = Set(stamp);
        row.updated_at = Set(stamp);
        rows.push(row);
        for skill in &input.skills {
            skill_rows.push(demand_skill::ActiveModel {
                demand_id: Set(next),
                skill_id: Set(refs.skill(&skill.code)?),
                importance: Set(skill.importance.as_str().to_owned()),
            });
        }
        ids.push(next);
        next += 1;
    }
    insert_chunks::<demand::Entity>(&tx, rows, 100).await?;
    insert_chunks::<demand_skill::Entity>(&tx, skill_rows, 500).await?;
    if outbox {
        outbox::enqueue_many(&tx, outbox::EntityKind::Demand, &ids).await?;
    }
    tx.commit().await?;
    Ok(ids)
}

/// After explicit-id inserts PostgreSQL's sequences lag behind; move them on
/// so later ordinary inserts get fresh ids. SQLite tracks this itself.
pub async fn sync_sequences(db: &DatabaseConnection) -> StoreResult<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    sync_tables(
        db,
        &["courses", "course_intakes", "course_modules", "demands"],
    )
    .await
}

/// Refresh the planner's statistics after a bulk load, as PostgreSQL's manual
/// advises ("Populating a Database"). Without them, and before autovacuum gets to
/// it (or where it is off), PostgreSQL takes `demand_skills` for small and reads
/// all of it for every `demand_id IN (…)` batch of a reindex: 40 ms instead of
/// 1 ms per batch of 500 demands. SQLite's `ANALYZE` helps its planner likewise.
pub async fn refresh_statistics(db: &DatabaseConnection) -> StoreResult<()> {
    db.execute_unprepared("ANALYZE").await?;
    Ok(())
}

/// Move PostgreSQL's id sequences of `tables` past their largest id.
pub(crate) async fn sync_tables(db: &impl ConnectionTrait, tables: &[&str]) -> StoreResult<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    for table in tables {
        db.execute_unprepared(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
             GREATEST((SELECT MAX(id) FROM {table}), 1))"
        ))
        .await?;
    }
    Ok(())
}

pub(crate) async fn max_id<E: EntityTrait>(
    db: &impl ConnectionTrait,
    column: E::Column,
) -> StoreResult<i64> {
    let max: Option<Option<i64>> = E::find()
        .select_only()
        .column_as(column.max(), "max_id")
        .into_tuple()
        .one(db)
        .await?;
    Ok(max.flatten().unwrap_or(0))
}

pub(crate) async fn insert_chunks<E: EntityTrait>(
    db: &impl ConnectionTrait,
    rows: Vec<E::ActiveModel>,
    size: usize,
) -> StoreResult<()> {
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<E::ActiveModel> = rows.by_ref().take(size).collect();
        E::insert_many(chunk).exec_without_returning(db).await?;
    }
    Ok(())
}
