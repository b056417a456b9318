//! The advice follows a wheelchair user's access needs, over HTTP: a class
//! that says it is step-free, or one taught online, comes before an
//! otherwise equal class that has not said, which stays on the list with a
//! plain warning. A counsellor's view names no need.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, TestApp, course_body, html, spawn_app};
use crate::workers::worker_with_profile;

fn mechanic(access: Option<&[&str]>) -> Value {
    let mut body = json!({
        "commune_code": BA_VI,
        "education": "lower_secondary",
        "interests": ["tho-sua-chua-xe-may"],
        "goal": "wage_job",
        "max_travel_km": 20,
        "study_times": ["evening"],
        "share_with_counsellors": true,
        "share_with_employers": false
    });
    if let Some(needs) = access {
        body["access"] = json!({"needs": needs, "consent": true});
    }
    body
}

/// Three motorbike courses alike but for their title and what they say:
/// one says nothing, one is step-free, one is online.
async fn catalogue(app: &TestApp) -> (i64, i64, i64) {
    let provider = app.create_provider().await;
    let unstated = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();
    let mut ground_floor = course_body(provider);
    ground_floor["title"] = json!("Sửa chữa xe máy – lớp tầng trệt");
    ground_floor["accessibility"] = json!(["step_free"]);
    let step_free = app.create_course(&ground_floor).await;
    assert_eq!(step_free["accessibility"], json!(["step_free"]));
    let mut remote = course_body(provider);
    remote["title"] = json!("Sửa chữa xe máy trực tuyến");
    remote["delivery_mode"] = json!("online");
    let online = app.create_course(&remote).await["id"].as_i64().unwrap();
    (unstated, step_free["id"].as_i64().unwrap(), online)
}

fn ids(list: &Value) -> Vec<i64> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["course_id"].as_i64().unwrap())
        .collect()
}

fn card(body: &Value, id: i64) -> &Value {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["course_id"] == id)
        .unwrap()
}

#[tokio::test]
async fn a_wheelchair_user_gets_step_free_and_online_classes_first_and_a_warning_for_the_other() {
    let app = spawn_app().await;
    let (unstated, step_free, online) = catalogue(&app).await;

    // Without access needs the three are equal: the lowest id first.
    let (plain, _) = worker_with_profile(&app, &mechanic(None)).await;
    let (status, body) = plain
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(ids(&body["items"]), [unstated, step_free, online], "{body}");
    assert!(!body.to_string().contains("xe lăn"), "{body}");

    let (worker, profile) = worker_with_profile(&app, &mechanic(Some(&["step_free"]))).await;
    let (status, body) = worker
        .get_json("/api/v1/workers/me/recommendations/courses")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(ids(&body["items"]), [step_free, online, unstated], "{body}");
    for id in [step_free, online] {
        let why = &card(&body, id)["explanation"];
        assert_eq!(why["access_vi"], "Lớp có hỗ trợ: lối đi cho xe lăn");
        assert_eq!(
            why["access_en"],
            "The class offers support: step-free access for wheelchairs"
        );
        assert_eq!(why["concerns"], json!([]), "{why}");
        assert_eq!(card(&body, id)["factors"]["access"], 1.0);
    }
    // Still recommended, with what to do about it.
    let why = &card(&body, unstated)["explanation"];
    assert_eq!(
        why["concerns"],
        json!([{"kind": "access", "needs": ["step_free"]}])
    );
    assert!(
        why["summary_vi"].as_str().unwrap().contains(
            "chưa rõ lớp có hỗ trợ lối đi cho xe lăn — hãy hỏi cơ sở đào tạo trước khi đăng ký"
        ),
        "{why}"
    );
    assert!(
        why["summary_en"]
            .as_str()
            .unwrap()
            .contains("the class has not said it offers step-free access for wheelchairs"),
        "{why}"
    );
    assert_eq!(why["access_vi"], "");

    // The worker's page says the same in words.
    let client = worker.browser_session().await;
    let (status, page) = html(&client, &app, "/me/courses").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Lớp có hỗ trợ: lối đi cho xe lăn"), "{page}");
    assert!(page.contains("hãy hỏi cơ sở đào tạo trước khi đăng ký"));

    // A counsellor's view is ranked as if no need were given and names none.
    let id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;
    let (status, seen) = counsellor
        .get_json(&format!("/api/v1/workers/{id}/recommendations/courses"))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(ids(&seen["items"]), [unstated, step_free, online], "{seen}");
    let text = seen.to_string();
    assert!(
        !text.contains("xe lăn") && !text.contains("step_free"),
        "{text}"
    );
    let client = counsellor.browser_session().await;
    let (status, page) = html(&client, &app, &format!("/counsellor/workers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Sửa chữa xe máy – lớp tầng trệt"),
        "the cards are there"
    );
    assert!(!page.contains("xe lăn"), "{page}");
}
