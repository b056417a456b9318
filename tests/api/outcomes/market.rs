//! Demand against supply by skill, largest shortage first, and its CSV.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use super::{apply, course_as, electronics_course, set_status};
use crate::helpers::{BA_VI, demand_body, spawn_app};

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
