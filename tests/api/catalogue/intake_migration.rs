//! Migration m0008 on old-shaped data: repeated courses (same provider,
//! title and modules) become one course with several intakes, and every
//! enrolment, module passed and certificate follows to the right intake.
//! Runs on SQLite, or on PostgreSQL when `HOCNGHE_TEST_DATABASE_URL` is set.

use hocnghe_store::migration::Migrator;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use sea_orm_migration::MigratorTrait;

use crate::helpers::{count_rows, spawn_app};

/// Migrations up to and including m0007 (the schema before intakes).
const BEFORE_INTAKES: u32 = 6;

async fn fresh_database() -> (
    DatabaseConnection,
    Option<(String, String)>,
    tempfile::TempDir,
) {
    let dir = tempfile::tempdir().unwrap();
    match std::env::var("HOCNGHE_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            let name = format!("hocnghe_m_{}", rand::random::<u64>());
            let admin = Database::connect(&admin_url).await.unwrap();
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap();
            admin.close().await.ok();
            let base = admin_url
                .rsplit_once('/')
                .map_or(admin_url.as_str(), |(b, _)| b);
            let db = Database::connect(format!("{base}/{name}")).await.unwrap();
            (db, Some((admin_url.clone(), name)), dir)
        }
        _ => {
            let url = format!("sqlite://{}/m.db?mode=rwc", dir.path().display());
            (Database::connect(url).await.unwrap(), None, dir)
        }
    }
}

/// On PostgreSQL, the tables' id sequences move past the explicit ids the
/// old-shaped data was written with.
async fn move_sequences_past(
    db: &DatabaseConnection,
    postgres: &Option<(String, String)>,
    last_id: i64,
) {
    if postgres.is_none() {
        return;
    }
    for table in [
        "providers",
        "courses",
        "course_modules",
        "users",
        "workers",
        "enrolments",
        "module_completions",
        "certificates",
    ] {
        exec(
            db,
            &format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), {last_id})"),
        )
        .await;
    }
}

async fn drop_database(db: DatabaseConnection, postgres: Option<(String, String)>) {
    db.close().await.ok();
    if let Some((admin_url, name)) = postgres {
        let admin = Database::connect(&admin_url).await.unwrap();
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .await
            .ok();
    }
}

const STAMP: &str = "'2026-01-05 08:00:00+00:00'";

async fn exec(db: &DatabaseConnection, sql: &str) {
    db.execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// Provider 1 runs "Sửa chữa xe máy" three times (ids 1, 2, 3, same modules)
/// and "Điện dân dụng" once (4, other modules); provider 2 runs a course of
/// the same title as 1 (5: another provider, kept apart). Worker 1 took the
/// February class (course 1) and passed MĐ01 with a certificate; worker 2
/// holds a place in the May class (course 2), passed its MĐ01, and withdrew from the February one.
async fn old_shaped_data(db: &DatabaseConnection) {
    let s = STAMP;
    exec(db, "INSERT INTO communes (code, name, full_name, kind, name_en, codename, lat, lon, area_km2) \
              VALUES ('09700', 'Ba Vì', 'Xã Ba Vì', 'commune', 'Ba Vi', 'ba_vi', 21.1, 105.4, 10.0)").await;
    for (id, name) in [(1, "Trung tâm GDNN Ba Vì"), (2, "Trường Trung cấp Sơn Tây")] {
        exec(db, &format!("INSERT INTO providers (id, name, kind, commune_code, description, created_at, updated_at) \
                           VALUES ({id}, '{name}', 'vocational_center', '09700', '', {s}, {s})")).await;
    }
    let courses = [
        (1, 1, "Sửa chữa xe máy", "2026-02-02", "evening"),
        (2, 1, "Sửa chữa xe máy", "2027-05-04", "weekend"),
        (3, 1, "sửa chữa xe máy ", "2027-09-07", "weekday"),
        (4, 1, "Điện dân dụng", "2027-03-01", "evening"),
        (5, 2, "Sửa chữa xe máy", "2027-04-01", "evening"),
    ];
    for (id, provider, title, start, schedule) in courses {
        exec(db, &format!(
            "INSERT INTO courses (id, provider_id, title, description, level, commune_code, delivery_mode, \
             start_date, weeks, schedule, fee_vnd, subsidy_vnd, seats, status, created_at, updated_at) \
             VALUES ({id}, {provider}, '{title}', '', 'so_cap', '09700', 'in_person', '{start}', 12, \
             '{schedule}', 4500000, 0, 20, 'open', {s}, {s})")).await;
        let modules: &[(i64, &str)] = if id == 4 {
            &[(1, "MĐ09")]
        } else {
            &[(1, "MĐ01"), (2, "MĐ02")]
        };
        for (n, code) in modules {
            exec(db, &format!(
                "INSERT INTO course_modules (id, course_id, position, code, title, credits, hours) \
                 VALUES ({}, {id}, {n}, '{code}', 'Mô-đun {code}', 2, 45)", id * 10 + n)).await;
        }
    }
    for user in [1, 2] {
        exec(db, &format!(
            "INSERT INTO users (id, role, display_name, password_hash, must_change_password, disabled, created_at, updated_at) \
             VALUES ({user}, 'worker', 'Người học {user}', 'x', false, false, {s}, {s})")).await;
        exec(db, &format!(
            "INSERT INTO workers (id, user_id, commune_code, education, max_travel_km, free_months, study_times, \
             share_with_counsellors, share_with_employers, created_at, updated_at) \
             VALUES ({user}, {user}, '09700', 'thcs', 20, '', '', false, false, {s}, {s})")).await;
    }
    let enrolments = [
        (1, 1, 1, "completed"),
        (2, 2, 2, "accepted"),
        (3, 2, 1, "withdrawn"),
    ];
    for (id, worker, course, status) in enrolments {
        exec(
            db,
            &format!(
                "INSERT INTO enrolments (id, worker_id, course_id, status, applied_at, updated_at) \
             VALUES ({id}, {worker}, {course}, '{status}', {s}, {s})"
            ),
        )
        .await;
    }
    exec(db, &format!(
        "INSERT INTO module_completions (id, worker_id, module_id, code, title, credits, verified, created_at, enrolment_id) \
         VALUES (1, 1, 11, 'MĐ01', 'Mô-đun MĐ01', 2, true, {s}, 1)")).await;
    exec(db, &format!(
        "INSERT INTO module_completions (id, worker_id, module_id, code, title, credits, verified, created_at, enrolment_id) \
         VALUES (2, 2, 21, 'MĐ01', 'Mô-đun MĐ01', 2, true, {s}, 2)")).await;
    exec(db, &format!(
        "INSERT INTO certificates (id, worker_id, name, course_id, verified, created_at, enrolment_id) \
         VALUES (1, 1, 'Chứng chỉ sơ cấp Sửa chữa xe máy', 1, true, {s}, 1)")).await;
}

#[tokio::test]
async fn repeated_courses_become_one_course_with_intakes_keeping_their_history() {
    let (db, postgres, _dir) = fresh_database().await;
    Migrator::up(&db, Some(BEFORE_INTAKES)).await.unwrap();
    old_shaped_data(&db).await;
    move_sequences_past(&db, &postgres, 100).await;
    Migrator::up(&db, None).await.unwrap();

    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM courses").await,
        3,
        "1, 2, 3 became one"
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM courses WHERE id IN (1, 4, 5)").await,
        3
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM course_intakes WHERE course_id = 1"
        )
        .await,
        3
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM course_intakes").await,
        5
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM course_intakes WHERE course_id = 1 AND status = 'finished'"
        )
        .await,
        1,
        "the February 2026 class is over"
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM enrolments WHERE course_id = 1").await,
        3
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM enrolments e JOIN course_intakes i ON i.id = e.intake_id \
                    WHERE e.id = 2 AND i.start_date = '2027-05-04'"
        )
        .await,
        1,
        "the May place stays in the May class"
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(DISTINCT intake_id) FROM enrolments WHERE worker_id = 2"
        )
        .await,
        2
    );
    assert_eq!(
        count_rows(&db, "SELECT CAST(seats_taken AS BIGINT) FROM course_intakes i JOIN enrolments e ON e.intake_id = i.id WHERE e.id = 2").await,
        1
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM module_completions c JOIN course_modules m ON m.id = c.module_id \
                    WHERE m.course_id = 1 AND m.code = 'MĐ01'"
        )
        .await,
        2,
        "modules passed in a copy point at the kept course's module of the same code"
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM certificates WHERE course_id = 1").await,
        1
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM course_modules").await,
        5
    );
    assert!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM search_outbox WHERE entity = 'course' AND entity_id IN (2, 3)"
        )
        .await
            >= 2,
        "the removed copies leave the index"
    );
    drop_database(db, postgres).await;
}

/// A generated old catalogue: 300 classes as courses, a third repeating an
/// earlier one of the same provider (title in another case or with a
/// trailing space), the same title with other modules kept apart, and 500
/// enrolments with modules passed and certificates.
struct OldCatalogue {
    /// Per old course id: (provider, start date, group key).
    courses: Vec<(i64, String, (i64, String, usize))>,
    /// (enrolment id, worker, old course, status).
    enrolments: Vec<(i64, i64, i64, &'static str)>,
}

const OLD_COURSES: i64 = 300;
const OLD_WORKERS: i64 = 60;
const OLD_ENROLMENTS: i64 = 500;
const STATUSES: [&str; 7] = [
    "applied",
    "accepted",
    "rejected",
    "studying",
    "completed",
    "dropped",
    "withdrawn",
];

/// Deterministic pseudo-random numbers (a 64-bit LCG).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

async fn generated_old_catalogue(db: &DatabaseConnection) -> OldCatalogue {
    const TITLES: [&str; 6] = [
        "Sửa chữa xe máy",
        "Điện dân dụng",
        "May công nghiệp",
        "Hàn điện",
        "Kỹ thuật chế biến món ăn",
        "Trồng rau an toàn theo VietGAP",
    ];
    const MODULES: [&[&str]; 2] = [&["MĐ01", "MĐ02"], &["MĐ01", "MĐ03"]];
    let s = STAMP;
    let mut rng = Lcg(23);
    exec(db, "INSERT INTO communes (code, name, full_name, kind, name_en, codename, lat, lon, area_km2) \
              VALUES ('09700', 'Ba Vì', 'Xã Ba Vì', 'commune', 'Ba Vi', 'ba_vi', 21.1, 105.4, 10.0)").await;
    for id in 1..=8 {
        exec(db, &format!("INSERT INTO providers (id, name, kind, commune_code, description, created_at, updated_at) \
                           VALUES ({id}, 'Cơ sở {id}', 'vocational_center', '09700', '', {s}, {s})")).await;
    }
    let mut courses = Vec::new();
    for id in 1..=OLD_COURSES {
        let provider = 1 + rng.below(8) as i64;
        let title = TITLES[rng.below(TITLES.len() as u64) as usize];
        let variant = rng.below(2) as usize;
        let written = match rng.below(3) {
            0 => title.to_lowercase(),
            1 => format!("{title} "),
            _ => title.to_owned(),
        };
        let start = chrono::NaiveDate::from_ymd_opt(2025, 6, 2).unwrap()
            + chrono::Duration::days(rng.below(900) as i64);
        let schedule = ["weekday", "evening", "weekend"][rng.below(3) as usize];
        exec(db, &format!(
            "INSERT INTO courses (id, provider_id, title, description, level, commune_code, delivery_mode, \
             start_date, weeks, schedule, fee_vnd, subsidy_vnd, seats, status, created_at, updated_at) \
             VALUES ({id}, {provider}, '{written}', '', 'so_cap', '09700', 'in_person', '{start}', {}, \
             '{schedule}', 3000000, 0, 30, 'open', {s}, {s})", 8 + rng.below(12))).await;
        for (n, code) in MODULES[variant].iter().enumerate() {
            exec(db, &format!(
                "INSERT INTO course_modules (id, course_id, position, code, title, credits, hours) \
                 VALUES ({}, {id}, {n}, '{code}', 'Mô-đun {code}', 2, 45)", id * 10 + n as i64)).await;
        }
        courses.push((
            provider,
            start.to_string(),
            (provider, title.to_lowercase(), variant),
        ));
    }
    for user in 1..=OLD_WORKERS {
        exec(db, &format!(
            "INSERT INTO users (id, role, display_name, password_hash, must_change_password, disabled, created_at, updated_at) \
             VALUES ({user}, 'worker', 'Người học {user}', 'x', false, false, {s}, {s})")).await;
        exec(db, &format!(
            "INSERT INTO workers (id, user_id, commune_code, education, max_travel_km, free_months, study_times, \
             share_with_counsellors, share_with_employers, created_at, updated_at) \
             VALUES ({user}, {user}, '09700', 'thcs', 20, '', '', false, false, {s}, {s})")).await;
    }
    let mut taken = std::collections::HashSet::new();
    let mut enrolments = Vec::new();
    let (mut completion, mut certificate) = (0, 0);
    while (enrolments.len() as i64) < OLD_ENROLMENTS {
        let worker = 1 + rng.below(OLD_WORKERS as u64) as i64;
        let course = 1 + rng.below(OLD_COURSES as u64) as i64;
        if !taken.insert((worker, course)) {
            continue;
        }
        let id = enrolments.len() as i64 + 1;
        let status = STATUSES[rng.below(STATUSES.len() as u64) as usize];
        exec(
            db,
            &format!(
                "INSERT INTO enrolments (id, worker_id, course_id, status, applied_at, updated_at) \
             VALUES ({id}, {worker}, {course}, '{status}', {s}, {s})"
            ),
        )
        .await;
        if status == "completed" {
            let variant = courses[course as usize - 1].2.2;
            for (n, code) in MODULES[variant].iter().enumerate() {
                completion += 1;
                exec(db, &format!(
                    "INSERT INTO module_completions (id, worker_id, module_id, code, title, credits, verified, created_at, enrolment_id) \
                     VALUES ({completion}, {worker}, {}, '{code}', 'Mô-đun {code}', 2, true, {s}, {id})",
                    course * 10 + n as i64)).await;
            }
            certificate += 1;
            exec(db, &format!(
                "INSERT INTO certificates (id, worker_id, name, course_id, verified, created_at, enrolment_id) \
                 VALUES ({certificate}, {worker}, 'Chứng chỉ sơ cấp', {course}, true, {s}, {id})")).await;
        }
        enrolments.push((id, worker, course, status));
    }
    OldCatalogue {
        courses,
        enrolments,
    }
}

#[tokio::test]
async fn a_generated_old_catalogue_keeps_every_class_enrolment_and_certificate() {
    let (db, postgres, _dir) = fresh_database().await;
    Migrator::up(&db, Some(BEFORE_INTAKES)).await.unwrap();
    let old = generated_old_catalogue(&db).await;
    move_sequences_past(&db, &postgres, 10000).await;
    let completions = count_rows(&db, "SELECT COUNT(*) FROM module_completions").await;
    let certificates = count_rows(&db, "SELECT COUNT(*) FROM certificates").await;
    Migrator::up(&db, None).await.unwrap();

    // What the migration must do, worked out from the generator's own record:
    // each group (provider, title in any case, module set) is one course,
    // kept under its oldest id.
    let mut kept: std::collections::HashMap<&(i64, String, usize), i64> =
        std::collections::HashMap::new();
    for (i, (_, _, key)) in old.courses.iter().enumerate() {
        kept.entry(key).or_insert(i as i64 + 1);
    }
    let keep = |course: i64| kept[&old.courses[course as usize - 1].2];
    assert!(
        kept.len() < old.courses.len() * 2 / 3,
        "the set has repeats"
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM courses").await,
        kept.len() as i64
    );
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM course_intakes").await,
        OLD_COURSES,
        "every old class is an intake"
    );
    for (i, (_, start, _)) in old.courses.iter().enumerate() {
        let course = i as i64 + 1;
        let classes = count_rows(
            &db,
            &format!(
                "SELECT COUNT(*) FROM course_intakes WHERE course_id = {} AND start_date = '{start}'",
                keep(course)
            ),
        )
        .await;
        assert!(
            classes >= 1,
            "the class of old course {course} ({start}) is under course {}",
            keep(course)
        );
    }
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM enrolments").await,
        OLD_ENROLMENTS
    );
    for &(id, worker, course, _) in &old.enrolments {
        let start = &old.courses[course as usize - 1].1;
        assert_eq!(
            count_rows(
                &db,
                &format!(
                    "SELECT COUNT(*) FROM enrolments e JOIN course_intakes i ON i.id = e.intake_id \
                     WHERE e.id = {id} AND e.worker_id = {worker} AND e.course_id = {k} \
                     AND i.course_id = {k} AND i.start_date = '{start}'",
                    k = keep(course)
                )
            )
            .await,
            1,
            "enrolment {id} stays in the class of {start} of course {}",
            keep(course)
        );
    }
    assert_eq!(
        count_rows(&db, "SELECT COUNT(*) FROM module_completions").await,
        completions
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM module_completions c JOIN enrolments e ON e.id = c.enrolment_id \
             JOIN course_modules m ON m.id = c.module_id \
             WHERE m.course_id = e.course_id AND m.code = c.code"
        )
        .await,
        completions,
        "every module passed points at its course's module of the same code"
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM certificates c JOIN enrolments e ON e.id = c.enrolment_id \
             WHERE c.course_id = e.course_id"
        )
        .await,
        certificates
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM course_intakes i WHERE i.seats_taken <> \
             (SELECT COUNT(*) FROM enrolments e WHERE e.intake_id = i.id \
              AND e.status IN ('accepted', 'studying', 'completed'))"
        )
        .await,
        0,
        "seats taken are counted from the enrolments"
    );
    assert_eq!(
        count_rows(
            &db,
            "SELECT COUNT(*) FROM (SELECT provider_id, LOWER(TRIM(title)) AS t, COUNT(*) AS n \
             FROM courses GROUP BY provider_id, LOWER(TRIM(title))) g WHERE g.n > 2"
        )
        .await,
        0,
        "a provider keeps a title at most twice (two module sets)"
    );
    drop_database(db, postgres).await;
}

/// The migrated demo set reads back through the API: the app starts on a
/// database migrated by the same code, and a course created the old way
/// (single-class fields) has one intake.
#[tokio::test]
async fn a_course_created_with_the_single_class_fields_has_one_intake() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let course = app
        .create_course(&crate::helpers::course_body(provider))
        .await;
    assert_eq!(course["intakes"].as_array().unwrap().len(), 1);
    assert_eq!(course["intakes"][0]["start_date"], "2027-03-02");
    assert_eq!(course["intakes"][0]["seats"], 25);
    assert_eq!(course["next_intake_id"], course["intakes"][0]["id"]);
}
