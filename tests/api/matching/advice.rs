//! What a counsellor would demand of the advice, over HTTP: a worker who
//! wants to be a motorbike mechanic gets motorbike courses before the
//! welding course that employers nearby need, one card per course with its
//! other intakes; with a hard budget the course they cannot afford is not
//! recommended but named first, with what stands in the way; the page says
//! the same in words. When the chosen trade has no course at all, a general
//! course teaching a skill that trade requires is offered as a first step.

use reqwest::StatusCode;
use serde_json::{Value, json};

use super::pages::{logged_in_as, page};
use super::recommendations::demand_needing;
use crate::helpers::{BA_VI, TestApp, course_body, demand_body, spawn_app};
use crate::workers::worker_with_profile;

fn mechanic(hard_limits: &[&str]) -> Value {
    json!({
        "commune_code": BA_VI,
        "education": "lower_secondary",
        "interests": ["tho-sua-chua-xe-may"],
        "goal": "wage_job",
        "max_travel_km": 20,
        "study_times": ["evening"],
        "max_fee_vnd": 1_000_000,
        "hard_limits": hard_limits,
        "share_with_counsellors": false,
        "share_with_employers": false
    })
}

/// The motorbike course (1.500.000 đ after subsidy) in two intakes, and a
/// free welding course that ten welders' jobs nearby need.
async fn catalogue(app: &TestApp) -> (i64, i64, i64) {
    let provider = app.create_provider().await;
    let motorbike = course_body(provider);
    let march = app.create_course(&motorbike).await["id"].as_i64().unwrap();
    let mut later = motorbike.clone();
    later["start_date"] = json!("2027-05-04");
    let may = app.create_course(&later).await["id"].as_i64().unwrap();
    let mut welding = course_body(provider);
    welding["title"] = json!("Hàn MIG cơ bản");
    welding["occupation_code"] = json!("tho-han");
    welding["certificate"] = json!("Chứng chỉ sơ cấp Hàn");
    welding["fee_vnd"] = json!(0);
    welding["subsidy_vnd"] = json!(0);
    welding["modules"] = json!([{"code": "H01", "title": "Hàn MIG", "credits": 4, "hours": 120,
                                 "skills": ["han-mig-mag"]}]);
    let welding = app.create_course(&welding).await["id"].as_i64().unwrap();
    let employer = app.create_employer().await;
    let mut welders = demand_body(employer);
    welders["positions"] = json!(10);
    app.create_demand(&welders).await;
    (march, may, welding)
}

/// The `key` ids of a list of courses or jobs, in order.
fn ids(list: &Value, key: &str) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c[key].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn the_chosen_trade_comes_first_once_and_other_trades_apart() {
    let app = spawn_app().await;
    let (march, may, welding) = catalogue(&app).await;
    let (worker, _) = worker_with_profile(&app, &mechanic(&[])).await;
    let (status, body) = worker
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["chosen_trade_fits"], true, "{body}");
    assert_eq!(ids(&body["items"], "course_id"), vec![march], "{body}");
    let card = &body["items"][0];
    assert_eq!(card["other_intakes"][0]["course_id"], may);
    assert_eq!(card["explanation"]["reason_vi"], "Đúng nghề bạn chọn");
    // Over the 1.000.000 đ the worker would like to pay: still first, with a warning.
    assert_eq!(card["explanation"]["within_budget"], false);
    assert_eq!(
        ids(&body["other_trades_in_demand"], "course_id"),
        vec![welding]
    );
    assert_eq!(
        body["other_trades_in_demand"][0]["explanation"]["reason_vi"],
        "Nghề khác đang cần nhiều người gần bạn"
    );
}

#[tokio::test]
async fn a_hard_budget_names_the_closest_course_and_what_stands_in_the_way() {
    let app = spawn_app().await;
    let (march, _, welding) = catalogue(&app).await;
    let (worker, _) = worker_with_profile(&app, &mechanic(&["budget"])).await;
    let (status, body) = worker
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["chosen_trade_fits"], false, "{body}");
    assert!(
        body["notice_vi"]
            .as_str()
            .unwrap()
            .starts_with("Chưa có khóa học nào của nghề bạn chọn"),
        "{body}"
    );
    assert_eq!(
        ids(&body["closest_in_chosen_trade"], "course_id"),
        vec![march]
    );
    let concerns = &body["closest_in_chosen_trade"][0]["explanation"]["concerns"];
    assert_eq!(concerns[0]["kind"], "over_budget", "{concerns}");
    // Welding is not passed off as the answer: it comes apart, labelled.
    assert_eq!(
        ids(&body["items"], "course_id"),
        Vec::<i64>::new(),
        "{body}"
    );
    assert_eq!(
        ids(&body["other_trades_in_demand"], "course_id"),
        vec![welding]
    );

    let client = logged_in_as(&app, &worker.login).await;
    let page = page(&client, &app, "/me/courses").await;
    let notice = page.find("Chưa có khóa học nào của nghề bạn chọn").unwrap();
    let closest = page.find("Sửa chữa xe máy").unwrap();
    let other_trades = page.find("Nghề khác đang cần nhiều người gần bạn").unwrap();
    assert!(notice < closest && closest < other_trades);
    assert!(
        !page.contains("Các lựa chọn khác"),
        "no other options listed as such"
    );
    assert!(page.contains("vượt mức bạn có thể trả"));
}

/// A general course (no trade) with one module teaching `skills`.
fn general_course(provider: i64, title: &str, skills: &[&str]) -> Value {
    let mut body = course_body(provider);
    body["title"] = json!(title);
    body["occupation_code"] = Value::Null;
    body["certificate"] = Value::Null;
    body["fee_vnd"] = json!(0);
    body["subsidy_vnd"] = json!(0);
    body["modules"] = json!([{"code": "M01", "title": title, "credits": 1, "hours": 30,
                              "skills": skills}]);
    body
}

#[tokio::test]
async fn a_trade_without_courses_gets_a_foundation_course_it_requires_as_a_first_step() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    // Shop sales require electronic payments; a start-up course teaches
    // nothing a shop assistant must know; welding is another trade.
    let digital = general_course(
        provider,
        "Kỹ năng số cơ bản",
        &[
            "thanh-toan-dien-tu-va-vi-dien-tu",
            "su-dung-internet-va-thu-dien-tu",
        ],
    );
    let digital = app.create_course(&digital).await["id"].as_i64().unwrap();
    let startup = general_course(provider, "Khởi sự kinh doanh", &["lap-ke-hoach-kinh-doanh"]);
    app.create_course(&startup).await;
    let (_, _, welding) = catalogue(&app).await;
    let mut profile = mechanic(&[]);
    profile["interests"] = json!(["nhan-vien-ban-hang-cua-hang"]);
    profile["current_occupation"] = json!("tho-ne");
    let (worker, _) = worker_with_profile(&app, &profile).await;

    let (status, body) = worker
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["chosen_trade_fits"], false, "{body}");
    assert_eq!(ids(&body["items"], "course_id"), vec![digital], "{body}");
    assert_eq!(
        body["items"][0]["explanation"]["reason_vi"],
        "Kỹ năng nền tảng mà nghề bạn chọn cần"
    );
    assert_eq!(
        ids(&body["other_trades_in_demand"], "course_id"),
        vec![welding]
    );

    let client = logged_in_as(&app, &worker.login).await;
    let page = page(&client, &app, "/me/courses").await;
    let notice = page
        .find("Hiện chưa có khóa học nào của nghề bạn chọn")
        .unwrap();
    let first_step = page.find("Kỹ năng số cơ bản").unwrap();
    assert!(notice < first_step, "the notice comes first");
    assert!(page.contains("Kỹ năng nền tảng mà nghề bạn chọn cần"));
    assert!(!page.contains("Khởi sự kinh doanh"));
}

/// An open demand in Ba Vì of `occupation` for `positions` people at a
/// monthly wage of `wage_vnd`, with the given essential skills.
async fn job(
    app: &TestApp,
    employer: i64,
    (title, occupation, positions, wage_vnd): (&str, &str, i64, i64),
    essential: &[&str],
) -> i64 {
    let mut body = demand_needing(employer, title, occupation, positions, essential);
    body["wage_min_vnd"] = json!(wage_vnd);
    body["wage_max_vnd"] = json!(wage_vnd);
    app.create_demand(&body).await["id"].as_i64().unwrap()
}

#[tokio::test]
async fn without_a_trades_skills_entry_jobs_come_before_better_paid_skilled_ones() {
    let app = spawn_app().await;
    let employer = app.create_employer().await;
    let welders = job(
        &app,
        employer,
        ("Tuyển 5 thợ hàn", "tho-han", 5, 11_500_000),
        &["han-mig-mag", "doc-ban-ve-ky-thuat-co-khi"],
    )
    .await;
    let sewing = job(
        &app,
        employer,
        (
            "Tuyển 12 công nhân may",
            "cong-nhan-may-cong-nghiep",
            12,
            7_000_000,
        ),
        &["van-hanh-may-may-cong-nghiep"],
    )
    .await;
    let mut school_leaver = mechanic(&[]);
    school_leaver["interests"] = json!([]);
    school_leaver["goal"] = json!("exploring");
    let (worker, _) = worker_with_profile(&app, &school_leaver).await;
    let (status, body) = worker.get_json("/api/v1/workers/me/matches/jobs").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        ids(&body["items"], "demand_id"),
        vec![sewing, welders],
        "{body}"
    );

    // A welder sees the better-paid job they can do first.
    let mut welder = school_leaver.clone();
    welder["skills"] = json!([{"code": "han-mig-mag"}, {"code": "doc-ban-ve-ky-thuat-co-khi"}]);
    let (worker, _) = worker_with_profile(&app, &welder).await;
    let (status, body) = worker.get_json("/api/v1/workers/me/matches/jobs").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        ids(&body["items"], "demand_id"),
        vec![welders, sewing],
        "{body}"
    );

    let client = logged_in_as(&app, &worker.login).await;
    let page = page(&client, &app, "/me/jobs").await;
    let first = page.find("Tuyển 5 thợ hàn").unwrap();
    let second = page.find("Tuyển 12 công nhân may").unwrap();
    assert!(first < second, "the page keeps the order");
}
