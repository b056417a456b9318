//! Revealing a candidate's contact: counted once per worker, capped per
//! 24 hours with 429 and Retry-After, free for applicants, and shown to the
//! worker in their access log and export.

use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{apply, phone_of, welding_demand, worker_with};
use crate::helpers::spawn_app_with;

#[tokio::test]
async fn reveals_are_counted_once_per_worker_and_capped_per_day() {
    let app = spawn_app_with(|s| s.auth.contact_reveals_per_day = 2).await;
    let demand = welding_demand(&app).await;
    let (first_user, first) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let (_, second) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let (third_user, third) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let (applicant_user, applicant) = worker_with(&app, &[], false).await;
    apply(&applicant_user, demand, "").await;
    let (_, private_welder) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let mut far = crate::workers::profile_body();
    far["commune_code"] = json!("00070"); // Hoàn Kiếm, some 50 km from the job in Ba Vì
    far["max_travel_km"] = json!(5);
    far["skills"] = json!([{"code": "han-mig-mag"}]);
    far["share_with_employers"] = json!(true);
    let (_, far) = crate::workers::worker_with_profile(&app, &far).await;
    let far_welder = far["id"].as_i64().unwrap();
    let employer = app.employer_owner().await;
    let reveal = |worker: i64| format!("/api/v1/demands/{demand}/candidates/{worker}/contact");

    let (status, body) = employer.post_json(&reveal(first), &Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["contact"]["phone"], phone_of(&first_user));
    assert_eq!(body["contact_source"], "revealed");
    assert_eq!(body["counted"], true);
    assert_eq!(body["reveals_left"], 1);

    let (_, again) = employer.post_json(&reveal(first), &Value::Null).await;
    assert_eq!(again["counted"], false);
    assert_eq!(again["reveals_left"], 1);

    let (_, body) = employer.post_json(&reveal(second), &Value::Null).await;
    assert_eq!(body["reveals_left"], 0);

    let refused = employer.post_raw(&reveal(third)).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (86_000..=86_400).contains(&retry_after),
        "the first reveal leaves the 24-hour window in about a day, not {retry_after} s"
    );
    let error: Value = refused.json().await.unwrap();
    assert_eq!(error["code"], "contact_cap_reached");
    assert!(
        error["message_vi"]
            .as_str()
            .unwrap()
            .contains("2 người lao động")
    );

    let (status, body) = employer.post_json(&reveal(applicant), &Value::Null).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "applicants' contacts are free: {body}"
    );
    assert_eq!(body["contact_source"], "application");
    assert_eq!(body["counted"], false);

    for not_a_candidate in [private_welder, far_welder, 999_999] {
        let (status, _) = employer
            .post_json(&reveal(not_a_candidate), &Value::Null)
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }

    let (_, list) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    let source_of = |id: i64| {
        list["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["worker_id"] == id)
            .map(|c| c["contact_source"].clone())
            .unwrap()
    };
    assert_eq!(source_of(first), "revealed");
    assert_eq!(source_of(second), "revealed");
    assert_eq!(source_of(third), Value::Null);
    assert_eq!(list["reveals_left"], 0);
    assert_eq!(list["reveals_per_day"], 2);

    let (_, log) = first_user.get_json("/api/v1/workers/me/audit").await;
    let reveals: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "contact.reveal")
        .collect();
    assert_eq!(reveals.len(), 1, "revealed twice, logged once: {log}");
    assert_eq!(reveals[0]["actor_role"], "employer");
    let (_, log) = third_user.get_json("/api/v1/workers/me/audit").await;
    assert!(!log.to_string().contains("contact.reveal"));

    let (_, export) = first_user.get_json("/api/v1/workers/me/export").await;
    assert_eq!(
        export["contact_reveals"][0]["demand_title"],
        "Tuyển 5 thợ hàn MIG"
    );
    assert_eq!(export["contact_reveals"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn concurrent_reveals_cannot_pass_the_cap_together() {
    let app = spawn_app_with(|s| s.auth.contact_reveals_per_day = 3).await;
    let demand = welding_demand(&app).await;
    let mut workers = Vec::new();
    for _ in 0..6 {
        workers.push(worker_with(&app, &[("han-mig-mag", false)], true).await.1);
    }
    let employer = app.employer_owner().await.clone();
    let mut requests = tokio::task::JoinSet::new();
    for worker in workers {
        let employer = employer.clone();
        requests.spawn(async move {
            employer
                .post_raw(&format!(
                    "/api/v1/demands/{demand}/candidates/{worker}/contact"
                ))
                .await
                .status()
        });
    }
    let mut statuses = Vec::new();
    while let Some(status) = requests.join_next().await {
        statuses.push(status.unwrap());
    }
    let revealed = statuses.iter().filter(|s| **s == StatusCode::OK).count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!((revealed, refused), (3, 3), "{statuses:?}");
}
