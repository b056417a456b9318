//! Outcomes after the course (who may record and read them) and the exact
//! figures of course and provider results.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{apply, certify, course_as, electronics_course, hire, pass, set_status, worker};
use crate::helpers::{employer_body, error_fields, spawn_app};

const ALL: [&str; 3] = ["MĐ01", "MĐ02", "MĐ03"];

fn outcome(months: i64, status: &str, income: Option<i64>) -> Value {
    json!({"months_after": months, "status": status, "monthly_income_vnd": income})
}

#[tokio::test]
async fn outcomes_feed_exact_course_and_provider_results() {
    let app = spawn_app().await;
    let provider = app.provider_owner().await.clone();
    let provider_id = app.create_provider().await;
    let course = course_as(&provider, &electronics_course(provider_id, 25)).await;
    let other_course = course_as(&provider, &electronics_course(provider_id, 25)).await;
    let employer_id = app.create_employer().await;
    let employer = app.employer_owner().await.clone();
    let counsellor = app.account(Role::Counsellor).await;

    let (w1, _) = worker(&app, false, true).await;
    let (w2, _) = worker(&app, true, false).await;
    let (w3, _) = worker(&app, false, false).await;
    let (w4, _) = worker(&app, false, false).await;
    let (w5, _) = worker(&app, false, false).await;
    let e: Vec<i64> = apply_all(&[&w1, &w2, &w3, &w4, &w5], course).await;
    for &id in &e[..4] {
        set_status(&provider, id, "accepted").await;
    }
    set_status(&provider, e[4], "rejected").await;
    for &id in &e[..3] {
        pass(&provider, id, &ALL).await;
    }
    // Outcomes only once the course is over.
    let (status, error) = w1
        .post_json(
            &format!("/api/v1/enrolments/{}/outcomes", e[0]),
            &outcome(6, "employed", Some(8_000_000)),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    for &id in &e[..2] {
        let (status, body) = certify(&provider, id).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    set_status(&provider, e[2], "completed").await;
    set_status(&provider, e[3], "dropped").await;
    let late = apply(&w5, other_course).await;
    set_status(&provider, late, "accepted").await;

    let post = |user: &crate::helpers::TestUser, id: i64, body: Value| {
        let user = user.clone();
        async move {
            user.post_json(&format!("/api/v1/enrolments/{id}/outcomes"), &body)
                .await
        }
    };
    // The worker, a counsellor they share with, an employer who hired them.
    let (status, body) = post(&w1, e[0], outcome(6, "employed", Some(8_000_000))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["recorded_by_role"], "worker");
    let mut hired = outcome(3, "employed", Some(7_500_000));
    hired["employer_id"] = json!(employer_id);
    // Not before the employer hired w1 through an application.
    let (status, body) = post(&employer, e[0], hired.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    hire(&app, &w1, employer_id).await;
    let (status, body) = post(&employer, e[0], hired.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["employer_name"], employer_body()["name"]);
    let (status, body) = post(
        &counsellor,
        e[1],
        outcome(6, "self_employed", Some(6_000_000)),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, body) = post(&w3, e[2], outcome(6, "unemployed", Some(0))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    // A dropped learner's outcome is kept but is not a completer's.
    let (status, body) = post(&w4, e[3], outcome(6, "employed", Some(9_000_000))).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    // Refused: no consent, someone else, another's employer, bad input, twice.
    let (status, _) = post(&counsellor, e[2], outcome(3, "employed", None)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = post(&w2, e[2], outcome(3, "employed", None)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let mut not_shared = outcome(3, "employed", None);
    not_shared["employer_id"] = json!(employer_id);
    let (status, _) = post(&employer, e[1], not_shared).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let rival = app.signup(Role::Employer).await;
    let (status, _) = rival.post_json("/api/v1/employers", &employer_body()).await;
    assert_eq!(status, StatusCode::CREATED);
    let mut borrowed = outcome(0, "employed", None);
    borrowed["employer_id"] = json!(employer_id);
    let (status, _) = post(&rival, e[0], borrowed).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, error) = post(&rival, e[0], outcome(0, "employed", None)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["employer_id"]);
    let (status, error) = post(&w1, e[0], outcome(4, "hired", Some(-5))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, error) = post(&w1, e[0], outcome(4, "employed", Some(-5))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["months_after", "monthly_income_vnd"]);
    let (status, _) = post(&w1, e[0], outcome(6, "employed", Some(1))).await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Reading: the worker and the employer that recorded one, not others.
    let path = format!("/api/v1/enrolments/{}/outcomes", e[0]);
    let (status, seen) = w1.get_json(&path).await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    let months: Vec<i64> = seen
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["months_after"].as_i64().unwrap())
        .collect();
    assert_eq!(months, [3, 6], "nothing written by the refused requests");
    assert_eq!(employer.get_json(&path).await.0, StatusCode::OK);
    assert_eq!(rival.get_json(&path).await.0, StatusCode::FORBIDDEN);
    assert_eq!(w2.get_json(&path).await.0, StatusCode::FORBIDDEN);
    assert_eq!(provider.get_json(&path).await.0, StatusCode::FORBIDDEN);

    // Course: 4 admitted (the rejected one is not), 3 completed, 2 certified;
    // 3 completers with a 6-month outcome, 2 of them working; incomes
    // 8,000,000 + 6,000,000 + 0 over 3.
    let (status, perf) = app
        .get_json(&format!("/api/v1/courses/{course}/performance"))
        .await;
    assert_eq!(status, StatusCode::OK, "{perf}");
    assert_eq!(perf["enrolled"], 4);
    assert_eq!(perf["completed"], 3);
    assert_eq!(perf["completion_rate"], 0.75);
    assert_eq!(perf["certified"], 2);
    assert_eq!(perf["certificate_rate"], 0.5);
    assert_eq!(perf["completers_with_6_month_outcome"], 3);
    assert_eq!(perf["employed_at_6_months"], 2);
    assert_eq!(perf["employment_rate_6_months"], 0.6667);
    assert_eq!(perf["incomes_reported_6_months"], 3);
    assert_eq!(perf["average_income_6_months_vnd"], 4_666_667);
    assert!(
        perf["definitions_en"]
            .as_str()
            .unwrap()
            .contains("Completion rate")
    );

    // Provider: the second course adds one accepted learner.
    let (status, perf) = app
        .get_json(&format!("/api/v1/providers/{provider_id}/performance"))
        .await;
    assert_eq!(status, StatusCode::OK, "{perf}");
    assert_eq!(perf["enrolled"], 5);
    assert_eq!(perf["completed"], 3);
    assert_eq!(perf["completion_rate"], 0.6);
    assert_eq!(perf["certificate_rate"], 0.4);
    assert_eq!(perf["employment_rate_6_months"], 0.6667);

    // Too few incomes to show an average; unknown course is 404.
    let (_, perf) = app
        .get_json(&format!("/api/v1/courses/{other_course}/performance"))
        .await;
    assert_eq!(perf["enrolled"], 1);
    assert_eq!(perf["completion_rate"], 0.0);
    assert_eq!(perf["average_income_6_months_vnd"], Value::Null);
    assert_eq!(perf["employment_rate_6_months"], Value::Null);
    assert_eq!(
        app.get_json("/api/v1/courses/999999/performance").await.0,
        StatusCode::NOT_FOUND
    );

    // The outcomes are in the worker's export.
    let (_, export) = w1.get_json("/api/v1/workers/me/export").await;
    assert_eq!(export["outcomes"].as_array().unwrap().len(), 2);
}

async fn apply_all(workers: &[&crate::helpers::TestUser], course: i64) -> Vec<i64> {
    let mut ids = Vec::new();
    for w in workers {
        ids.push(apply(w, course).await);
    }
    ids
}
