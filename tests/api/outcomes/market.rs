//! Demand against supply by skill, by occupation and by commune, largest
//! shortage first, and their CSVs.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{apply, course_as, electronics_course, set_status};
use crate::helpers::{BA_VI, TestApp, TestUser, demand_body, error_fields, spawn_app};

#[tokio::test]
async fn the_labour_market_sets_open_positions_against_workers_holding_or_learning_a_skill() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    app.create_demand(&demand_body(employer_id)).await; // 5 positions: MIG essential, drawings optional
    let mut second = demand_body(employer_id);
    second["positions"] = json!(3);
    second["skills"] = json!([{"code": "han-mig-mag", "importance": "essential"}]);
    app.create_demand(&second).await;

    let mut welder = crate::workers::profile_body();
    welder["commune_code"] = json!(BA_VI);
    welder["skills"] = json!([{"code": "han-mig-mag"}]);
    welder["earned_modules"] = json!([]);
    crate::workers::worker_with_profile(&app, &welder).await;

    let provider = app.provider_owner().await.clone();
    let mut welding = electronics_course(app.create_provider().await, 25);
    welding["modules"] = json!([{"code": "MĐ01", "title": "Hàn MIG", "credits": 4, "hours": 60,
        "skills": ["han-mig-mag"]}]);
    let course = course_as(&provider, &welding).await;
    let (learner, _) = super::worker(&app, false, false).await;
    let enrolment = apply(&learner, course).await;
    set_status(&provider, enrolment, "accepted").await;

    let counsellor = app.account(Role::Counsellor).await;
    let (status, market) = counsellor.get_json("/api/v1/insights/labour-market").await;
    assert_eq!(status, StatusCode::OK, "{market}");
    let skills = market["by_skill"].as_array().unwrap();
    assert_eq!(skills[0]["skill_code"], "han-mig-mag");
    assert_eq!(skills[0]["demand_positions"], 8);
    assert_eq!(skills[0]["workers_holding"], 1);
    assert_eq!(skills[0]["workers_in_training"], 1);
    assert_eq!(skills[0]["supply"], 2);
    assert_eq!(skills[0]["shortage"], 6);
    assert_eq!(skills[1]["skill_code"], "doc-ban-ve-ky-thuat-co-khi");
    assert_eq!(skills[1]["demand_positions"], 5);
    assert_eq!(skills[1]["supply"], 0);
    assert_eq!(skills[1]["shortage"], 5);
    // The learner's own profile skills: supply without demand, last.
    let surplus: Vec<(&str, i64)> = skills[2..]
        .iter()
        .map(|s| {
            (
                s["skill_code"].as_str().unwrap(),
                s["shortage"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        surplus,
        [("an-toan-lao-dong", -1), ("bao-duong-dinh-ky-xe-may", -1)]
    );

    assert_eq!(
        learner.get_json("/api/v1/insights/labour-market").await.0,
        StatusCode::FORBIDDEN
    );
    let (status, error) = counsellor
        .get_json("/api/v1/insights/labour-market?format=pdf")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");

    let response = reqwest::Client::new()
        .get(app.url("/api/v1/insights/labour-market.csv"))
        .bearer_auth(&counsellor.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"hocnghe-thi-truong-lao-dong.csv\""
    );
    let body = response.text().await.unwrap();
    let lines: Vec<&str> = body.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines[1], "han-mig-mag,Hàn MIG/MAG,8,1,1,2,6");
    assert_eq!(
        lines[2],
        "doc-ban-ve-ky-thuat-co-khi,Đọc bản vẽ kỹ thuật cơ khí,5,0,0,0,5"
    );
    assert!(body.starts_with('\u{feff}'));

    // The counsellor's market page shows the same shortages.
    let browser = counsellor.browser_session().await;
    let page = browser
        .get(app.url("/counsellor/market"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(
        r#"<td>Hàn MIG/MAG</td><td class="num">8</td><td class="num">2</td><td class="num">6</td>"#
    ), "{page}");
    assert!(page.contains(r#"href="/api/v1/insights/labour-market.csv""#));
}

const THUONG_TIN: &str = "10183";

/// A worker with a profile in `commune`, holding `skills`, interested in
/// `interests`.
async fn worker_in(app: &TestApp, commune: &str, skills: &[&str], interests: &[&str]) -> TestUser {
    let mut body = crate::workers::profile_body();
    body["commune_code"] = json!(commune);
    body["skills"] = json!(
        skills
            .iter()
            .map(|c| json!({"code": c}))
            .collect::<Vec<_>>()
    );
    body["interests"] = json!(interests);
    body["earned_modules"] = json!([]);
    body["certificates"] = json!([]);
    crate::workers::worker_with_profile(app, &body).await.0
}

/// A course of `occupation` with one module teaching `skill`.
fn course_teaching(provider_id: i64, occupation: &str, skill: &str) -> Value {
    let mut body = electronics_course(provider_id, 25);
    body["occupation_code"] = json!(occupation);
    body["modules"] = json!([{"code": "MĐ01", "title": "Thực hành", "credits": 4, "hours": 60,
        "skills": [skill]}]);
    body
}

async fn csv(app: &TestApp, user: &TestUser, path: &str) -> (String, String) {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(&user.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    (disposition, response.text().await.unwrap())
}

#[tokio::test]
async fn the_labour_market_breaks_demand_and_supply_down_by_occupation_and_by_commune() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    // Welders in Ba Vì: 5 positions asking for MIG (essential) and drawings (optional).
    app.create_demand(&demand_body(employer_id)).await;
    // Motorbike mechanics in Thường Tín: 4 positions.
    let mut mechanics = demand_body(employer_id);
    mechanics["occupation_code"] = json!("tho-sua-chua-xe-may");
    mechanics["commune_code"] = json!(THUONG_TIN);
    mechanics["positions"] = json!(4);
    mechanics["skills"] = json!([{"code": "bao-duong-dinh-ky-xe-may", "importance": "essential"}]);
    app.create_demand(&mechanics).await;
    // No occupation, in Thường Tín: counts for the commune only.
    let mut untyped = demand_body(employer_id);
    untyped["occupation_code"] = Value::Null;
    untyped["commune_code"] = json!(THUONG_TIN);
    untyped["positions"] = json!(2);
    untyped["skills"] = json!([{"code": "han-mig-mag", "importance": "essential"}]);
    app.create_demand(&untyped).await;
    // Closed and expired demands count nowhere.
    let mut closed = demand_body(employer_id);
    closed["positions"] = json!(7);
    closed["status"] = json!("closed");
    app.create_demand(&closed).await;
    let mut expired = mechanics.clone();
    expired["positions"] = json!(9);
    expired["start_date"] = json!("2024-01-01");
    expired["expires_on"] = json!("2024-02-01");
    app.create_demand(&expired).await;

    let provider = app.provider_owner().await.clone();
    let provider_id = app.create_provider().await;
    let welding = course_as(
        &provider,
        &course_teaching(provider_id, "tho-han", "han-mig-mag"),
    )
    .await;
    let motorbikes = course_as(
        &provider,
        &course_teaching(
            provider_id,
            "tho-sua-chua-xe-may",
            "bao-duong-dinh-ky-xe-may",
        ),
    )
    .await;

    // Ba Vì: a welder who wants welding work, and a mechanic learning to weld.
    worker_in(&app, BA_VI, &["han-mig-mag"], &["tho-han"]).await;
    let learner = worker_in(
        &app,
        BA_VI,
        &["bao-duong-dinh-ky-xe-may"],
        &["tho-sua-chua-xe-may"],
    )
    .await;
    let enrolment = apply(&learner, welding).await;
    set_status(&provider, enrolment, "accepted").await;
    // Thường Tín: someone interested in both trades, studying motorbikes
    // (counted once, as interested), and a mechanic with no interests who
    // only applied for welding (an application is not training).
    let student = worker_in(
        &app,
        THUONG_TIN,
        &["an-toan-lao-dong"],
        &["tho-han", "tho-sua-chua-xe-may"],
    )
    .await;
    let enrolment = apply(&student, motorbikes).await;
    set_status(&provider, enrolment, "accepted").await;
    set_status(&provider, enrolment, "studying").await;
    let applicant = worker_in(&app, THUONG_TIN, &["bao-duong-dinh-ky-xe-may"], &[]).await;
    apply(&applicant, welding).await;
    // Ba Đình has no open positions, so it is not listed.
    worker_in(&app, "00004", &["han-mig-mag"], &[]).await;

    let counsellor = app.account(Role::Counsellor).await;
    let (status, market) = counsellor.get_json("/api/v1/insights/labour-market").await;
    assert_eq!(status, StatusCode::OK, "{market}");
    assert_eq!(
        market["by_occupation"],
        json!([
            {"occupation_code": "tho-han", "name_vi": "Thợ hàn", "name_en": "Welder",
             "demand_positions": 5, "workers_interested": 2, "workers_in_training": 1,
             "supply": 3, "shortage": 2},
            {"occupation_code": "tho-sua-chua-xe-may", "name_vi": "Thợ sửa chữa xe máy",
             "name_en": "Motorbike mechanic", "demand_positions": 4, "workers_interested": 2,
             "workers_in_training": 0, "supply": 2, "shortage": 2}
        ])
    );
    assert_eq!(
        market["by_commune"],
        json!([
            {"commune_code": THUONG_TIN, "commune_name": "Thường Tín", "demand_positions": 6,
             "workers_holding": 1, "workers_in_training": 1, "supply": 2, "shortage": 4},
            {"commune_code": BA_VI, "commune_name": "Ba Vì", "demand_positions": 5,
             "workers_holding": 1, "workers_in_training": 1, "supply": 2, "shortage": 3}
        ])
    );
    // By skill is unchanged in shape: MIG asked in both communes (5 + 2).
    let mig = market["by_skill"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["skill_code"] == "han-mig-mag")
        .unwrap();
    assert_eq!(
        (&mig["demand_positions"], &mig["supply"], &mig["shortage"]),
        (&json!(7), &json!(3), &json!(4))
    );
    assert!(
        market["definitions_en"]
            .as_str()
            .unwrap()
            .contains("By occupation")
    );
    assert!(
        market["definitions_vi"]
            .as_str()
            .unwrap()
            .contains("Theo xã/phường")
    );

    // CSV of each breakdown, both ways.
    for path in [
        "/api/v1/insights/labour-market?format=csv&by=occupation",
        "/api/v1/insights/labour-market.csv?by=occupation",
    ] {
        let (disposition, body) = csv(&app, &counsellor, path).await;
        assert_eq!(
            disposition,
            "attachment; filename=\"hocnghe-thi-truong-lao-dong-theo-nghe.csv\""
        );
        assert_eq!(
            body,
            "\u{feff}ma_nghe,nghe,nhu_cau_vi_tri,nguoi_quan_tam,nguoi_dang_hoc,nguon_cung,thieu_hut\r\n\
             tho-han,Thợ hàn,5,2,1,3,2\r\n\
             tho-sua-chua-xe-may,Thợ sửa chữa xe máy,4,2,0,2,2\r\n"
        );
    }
    for path in [
        "/api/v1/insights/labour-market?format=csv&by=commune",
        "/api/v1/insights/labour-market.csv?by=commune",
    ] {
        let (disposition, body) = csv(&app, &counsellor, path).await;
        assert_eq!(
            disposition,
            "attachment; filename=\"hocnghe-thi-truong-lao-dong-theo-xa.csv\""
        );
        assert_eq!(
            body,
            "\u{feff}ma_xa,xa_phuong,nhu_cau_vi_tri,nguoi_co_ky_nang,nguoi_dang_hoc,nguon_cung,thieu_hut\r\n\
             10183,Thường Tín,6,1,1,2,4\r\n\
             09700,Ba Vì,5,1,1,2,3\r\n"
        );
    }
    let (disposition, body) = csv(
        &app,
        &counsellor,
        "/api/v1/insights/labour-market.csv?by=skill",
    )
    .await;
    assert_eq!(
        disposition,
        "attachment; filename=\"hocnghe-thi-truong-lao-dong.csv\""
    );
    assert!(
        body.contains("\r\nhan-mig-mag,Hàn MIG/MAG,7,2,1,3,4\r\n"),
        "{body}"
    );

    // An unknown breakdown is a field error, in Vietnamese then English.
    let (status, error) = counsellor
        .get_json("/api/v1/insights/labour-market?by=district")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["by"]);
    assert_eq!(
        error["fields"][0]["message_vi"],
        "Cách chia phải là skill (kỹ năng), occupation (nghề) hoặc commune (xã/phường)."
    );
    assert_eq!(
        error["fields"][0]["message_en"],
        "The breakdown must be skill, occupation or commune."
    );
    let (status, error) = counsellor
        .get_json("/api/v1/insights/labour-market?format=pdf&by=district")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["by", "format"]);
    let (status, error) = counsellor
        .get_json("/api/v1/insights/labour-market.csv?by=")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["by"]);
    assert_eq!(
        learner
            .get_json("/api/v1/insights/labour-market.csv?by=commune")
            .await
            .0,
        StatusCode::FORBIDDEN
    );

    // The market page shows the largest shortages by occupation and by commune.
    let browser = counsellor.browser_session().await;
    let page = browser
        .get(app.url("/counsellor/market"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.len() < 100_000, "{} bytes", page.len());
    assert!(
        page.contains(
            r#"<td>Thợ hàn</td><td class="num">5</td><td class="num">3</td><td class="num">2</td>"#
        ),
        "{page}"
    );
    assert!(page.contains(
        r#"<td><a href="/jobs?commune=10183">Thường Tín</a></td><td class="num">6</td><td class="num">2</td><td class="num">4</td>"#
    ), "{page}");
    assert!(page.contains(r#"href="/api/v1/insights/labour-market.csv?by=occupation""#));
    assert!(page.contains(r#"href="/api/v1/insights/labour-market.csv?by=commune""#));
}
