//! `hocnghe import courses|demands|esco`: good items are imported and
//! visible over HTTP, bad ones are reported by row and leave nothing behind.

use std::path::Path;

use hocnghe_import::{courses, demands, esco};

use crate::helpers::spawn_app;

const HEADER: &str = "course_key,provider,title,level,occupation_code,commune_code,delivery_mode,\
start_date,weeks,schedule,fee_vnd,subsidy_vnd,seats,module_code,module_title,credits,hours,skills,prerequisites";

#[tokio::test]
async fn course_csv_imports_good_courses_and_reports_bad_rows() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let p = provider;
    let csv = format!(
        "{HEADER}\n\
         A,{p},Điện dân dụng,so_cap,tho-dien-dan-dung,09700,in_person,2027-03-01,12,evening,3.500.000,0,30,MĐ01,An toàn điện,2,45,an-toan-dien,\n\
         A,,,,,,,,,,,,,MĐ02,Lắp đặt ổ cắm,2,45,lap-dat-o-cam-cong-tac,MĐ01\n\
         B,{p},Hàn điện,so_cap,tho-han,09700,in_person,2027-03-01,12,weekday,4000000,0,20,MĐ01,Hàn hồ quang tay,2,45,han-ho-quang-tay-smaw,\n\
         B,,,,,,,,,,,,,MĐ02,Hàn MIG,0,45,han-mig-mag,MĐ01\n\
         C,{p},Trồng nấm,short_course,nguoi-trong-nam,09700,in_person,01/04/2027,6,weekend,nhiều,0,25,MĐ01,Trồng nấm rơm,1,30,,\n\
         D,{p},Gốm,so_cap,tho-gom-su,09700,in_person,2027-03-01,10,weekday,3000000,0,20,MĐ01,Tạo hình gốm,2,45,ky-nang-khong-co-that,\n\
         E,Không có cơ sở này,May công nghiệp,so_cap,,09700,in_person,2027-03-01,10,weekday,3000000,0,20,MĐ01,May cơ bản,2,45,,\n"
    );

    let dry = courses::import(&app.db, &csv, true).await.unwrap();
    assert_eq!((dry.imported, dry.failed), (1, 4), "{}", dry.table());
    assert_eq!(
        app.total("/api/v1/courses").await,
        0,
        "a dry run writes nothing"
    );

    let report = courses::import(&app.db, &csv, false).await.unwrap();
    assert_eq!(
        (report.imported, report.failed),
        (1, 4),
        "{}",
        report.table()
    );
    let at = |item: &str| {
        report
            .errors
            .iter()
            .filter(|e| e.item == item)
            .map(|e| (e.rows.clone(), e.field.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(at("B"), [(vec![5], "modules[1].credits".to_owned())]);
    assert_eq!(at("C"), [(vec![6], "fee_vnd".to_owned())]);
    assert_eq!(at("D"), [(vec![7], "modules[0].skills[0]".to_owned())]);
    assert_eq!(at("E"), [(vec![8], "provider".to_owned())]);
    assert!(
        report
            .errors
            .iter()
            .all(|e| !e.message_vi.is_empty() && !e.message_en.is_empty())
    );

    let (_, listed) = app.get_json("/api/v1/courses").await;
    assert_eq!(
        listed["total"], 1,
        "only the good course is written: {listed}"
    );
    let course = &listed["items"][0];
    assert_eq!(course["title"], "Điện dân dụng");
    assert_eq!(course["fee_vnd"], 3_500_000);
    assert_eq!(course["modules"].as_array().unwrap().len(), 2);
    assert_eq!(course["modules"][1]["prerequisites"][0], "MĐ01");
    assert_eq!(report.ids, [course["id"].as_i64().unwrap()]);
    app.search_until("courses", &[("q", "dien dan dung")], |b| b["total"] == 1)
        .await;
}

#[tokio::test]
async fn demand_csv_imports_good_rows_and_reports_bad_ones() {
    let app = spawn_app().await;
    let employer = app.create_employer().await;
    let e = employer;
    let csv = format!(
        "employer,title,essential_skills,optional_skills,positions,commune_code,wage_min_vnd,wage_max_vnd,employment_type,start_date,expires_on\n\
         {e},Tuyển 3 thợ hàn MIG,han-mig-mag,an-toan-lao-dong,3,09700,9000000,12000000,permanent,2027-01-05,2027-02-28\n\
         {e},Tuyển thợ may,,,5,09700,,,permanent,,\n\
         {e},Tuyển lao động trồng rau,lam-dat-va-len-luong,,4,09700,9000000,8000000,full_time,,\n"
    );
    let report = demands::import(&app.db, &csv, false).await.unwrap();
    assert_eq!(
        (report.imported, report.failed),
        (1, 2),
        "{}",
        report.table()
    );
    let rows: Vec<(usize, String)> = report
        .errors
        .iter()
        .map(|e| (e.rows[0], e.field.clone()))
        .collect();
    assert!(rows.contains(&(3, "skills".to_owned())), "{rows:?}");
    assert!(
        rows.contains(&(4, "employment_type".to_owned())),
        "{rows:?}"
    );
    assert_eq!(app.total("/api/v1/demands").await, 1);
    let (_, listed) = app.get_json("/api/v1/demands").await;
    assert_eq!(listed["items"][0]["title"], "Tuyển 3 thợ hàn MIG");
}

#[tokio::test]
async fn esco_fixture_extends_the_taxonomy_once() {
    let app = spawn_app().await;
    let skills_before = app.total("/api/v1/skills").await;
    let occupations_before = app.total("/api/v1/occupations").await;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/esco");

    let first = esco::import(&app.db, &dir).await.unwrap();
    assert!(
        first.skills_added > 0 && first.occupations_added > 0,
        "{first:?}"
    );
    assert!(first.relations_added > 0, "{first:?}");
    assert!(
        first.skills_kept > 0,
        "curated skills with an ESCO URI are kept: {first:?}"
    );
    assert_eq!(
        app.total("/api/v1/skills").await,
        skills_before + first.skills_added as u64
    );
    assert_eq!(
        app.total("/api/v1/occupations").await,
        occupations_before + first.occupations_added as u64
    );
    let welder = "esco-occupation-2ff73126-7aff-4233-9d9c-d8725e1c6822";
    let (_, occupation) = app.get_json(&format!("/api/v1/occupations/{welder}")).await;
    assert_eq!(occupation["name_en"], "pipe welder", "{occupation}");
    assert_eq!(
        occupation["name_vi"], "pipe welder (EN)",
        "marked as untranslated"
    );
    assert!(
        app.total(&format!("/api/v1/skills?occupation={welder}"))
            .await
            >= 3
    );

    let again = esco::import(&app.db, &dir).await.unwrap();
    assert_eq!(
        (
            again.skills_added,
            again.occupations_added,
            again.relations_added
        ),
        (0, 0, 0)
    );
    assert_eq!(
        app.total("/api/v1/skills").await,
        skills_before + first.skills_added as u64
    );
}

/// Imports a course CSV that holds one good course and one bad one; returns
/// the report and each error's rows and field.
async fn import_one_good_one_bad(
    db: &sea_orm::DatabaseConnection,
    csv: &str,
) -> (hocnghe_import::ImportReport, Vec<(Vec<usize>, String)>) {
    let report = courses::import(db, csv, false).await.unwrap();
    assert_eq!(
        (report.imported, report.failed),
        (1, 1),
        "{}",
        report.table()
    );
    let errors = report
        .errors
        .iter()
        .map(|e| (e.rows.clone(), e.field.clone()))
        .collect();
    (report, errors)
}

#[tokio::test]
async fn course_csv_rows_per_intake_group_into_one_course_and_a_bad_row_writes_nothing() {
    let app = spawn_app().await;
    let p = app.create_provider().await;
    let header = "course_key,provider,title,level,occupation_code,commune_code,delivery_mode,\
start_date,weeks,schedule,fee_vnd,seats,module_code,module_title,credits,hours,skills,intake_commune_code";
    let csv = format!(
        "{header}\n\
         XM,{p},Sửa chữa xe máy,so_cap,tho-sua-chua-xe-may,09700,in_person,2027-02-01,12,evening,4500000,25,MĐ01,Bảo dưỡng động cơ,3,90,,\n\
         XM,,,,,,,,,,,,MĐ02,Sửa chữa phanh,2,60,,\n\
         XM,,,,,,,2027-05-03,12,weekend,,20,,,,,,00004\n\
         XM,,,,,,,2027-09-06,12,weekday,,30,,,,,,\n\
         HAN,{p},Hàn điện,so_cap,tho-han,09700,in_person,2027-03-01,12,weekday,4000000,20,MĐ01,Hàn hồ quang tay,2,45,,\n\
         HAN,,,,,,,31/02/2027,12,evening,,20,,,,,,\n"
    );
    let (report, errors) = import_one_good_one_bad(&app.db, &csv).await;
    assert_eq!(
        errors,
        [(vec![7], "intakes[1].start_date".to_owned())],
        "the bad date is reported on its own row"
    );
    assert!(
        report
            .errors
            .iter()
            .all(|e| !e.message_vi.is_empty() && !e.message_en.is_empty())
    );
    let (_, listed) = app.get_json("/api/v1/courses").await;
    assert_eq!(listed["total"], 1, "nothing of the bad course: {listed}");
    let course = &listed["items"][0];
    assert_eq!(course["title"], "Sửa chữa xe máy");
    assert_eq!(course["modules"].as_array().unwrap().len(), 2);
    let intakes = course["intakes"].as_array().unwrap();
    let starts: Vec<&str> = intakes
        .iter()
        .map(|i| i["start_date"].as_str().unwrap())
        .collect();
    assert_eq!(starts, ["2027-02-01", "2027-05-03", "2027-09-06"]);
    assert_eq!(intakes[1]["commune_code"], "00004");
    assert_eq!(intakes[1]["seats"], 20);
    assert_eq!(intakes[0]["commune_code"], "09700");
}

#[tokio::test]
async fn course_csv_reads_what_the_classes_provide_and_reports_an_unknown_provision() {
    let app = spawn_app().await;
    let p = app.create_provider().await;
    let header = "course_key,provider,title,level,occupation_code,commune_code,delivery_mode,\
start_date,weeks,schedule,fee_vnd,seats,module_code,module_title,credits,hours,accessibility";
    let csv = format!(
        "{header}\n\
         XM,{p},Sửa chữa xe máy,so_cap,tho-sua-chua-xe-may,09700,in_person,2027-02-01,12,evening,4500000,25,MĐ01,Bảo dưỡng động cơ,3,90,sign_language|step_free\n\
         HAN,{p},Hàn điện,so_cap,tho-han,09700,in_person,2027-03-01,12,weekday,4000000,20,MĐ01,Hàn hồ quang tay,2,45,step_free|thang_may\n"
    );
    let (report, errors) = import_one_good_one_bad(&app.db, &csv).await;
    assert_eq!(errors, [(vec![3], "accessibility".to_owned())]);
    assert!(report.errors[0].message_vi.contains("thang_may"));
    assert!(report.errors[0].message_en.contains("step_free"));
    let (_, listed) = app.get_json("/api/v1/courses").await;
    assert_eq!(listed["total"], 1, "nothing of the bad course: {listed}");
    assert_eq!(
        listed["items"][0]["accessibility"],
        serde_json::json!(["step_free", "sign_language"])
    );
}
