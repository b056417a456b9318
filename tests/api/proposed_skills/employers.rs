//! Employers type skills in their own words on a demand: one the list has
//! becomes that skill, one it lacks waits as "đề xuất" on the demand (seen
//! only by its owner, not used for matching) until an admin decides it with
//! the workers' proposals of the same words.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::proposing;
use crate::helpers::{TestApp, demand_body, error_fields, hit_ids, spawn_app};

const BRAKES: &str = "sua-chua-he-thong-phanh-xe-may";

/// Codes and importance of a demand's skills.
fn demand_skills(demand: &Value) -> Vec<(String, String)> {
    demand["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["code"].as_str().unwrap().to_owned(),
                s["importance"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Labels of the demand's pending proposals, as its owner sees them.
async fn pending(app: &TestApp, demand_id: i64) -> Vec<String> {
    let (status, list) = app
        .employer_owner()
        .await
        .get_json(&format!("/api/v1/demands/{demand_id}/proposed-skills"))
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn an_employer_proposes_a_skill_and_once_merged_the_demand_asks_for_it_and_is_found() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let mut body = demand_body(employer_id);
    body["proposed_skills"] = json!([
        {"label": "Nặn  tò he", "importance": "essential"},
        // Typed without accents and in part: the listed skill, not a proposal.
        {"label": "trong rau thuy canh tinh", "importance": "optional"},
        {"label": "nan to he", "importance": "optional"}
    ]);
    let demand = app.create_demand(&body).await;
    let id = demand["id"].as_i64().unwrap();
    assert!(
        demand_skills(&demand).contains(&("trong-rau-thuy-canh-tinh".into(), "optional".into())),
        "{demand}"
    );
    assert_eq!(
        demand["proposed_skills"].as_array().unwrap().len(),
        1,
        "{demand}"
    );
    assert_eq!(demand["proposed_skills"][0]["label"], "Nặn tò he");
    assert_eq!(demand["proposed_skills"][0]["status"], "pending");
    assert_eq!(demand["proposed_skills"][0]["importance"], "essential");
    assert_eq!(pending(&app, id).await, ["Nặn tò he"]);

    // The public view and the index know nothing of it.
    let (_, public) = app.get_json(&format!("/api/v1/demands/{id}")).await;
    assert!(public.get("proposed_skills").is_none(), "{public}");
    assert!(!public.to_string().contains("tò he"), "{public}");
    app.search_until("demands", &[("q", "tho han")], |b| hit_ids(b) == [id])
        .await;
    let found = app.search("demands", &[("skill", BRAKES)]).await;
    assert!(hit_ids(&found).is_empty(), "{found}");

    // Saving without the field keeps the proposal.
    let again = app.update_demand(id, &demand_body(employer_id)).await;
    assert_eq!(again["proposed_skills"][0]["label"], "Nặn tò he", "{again}");

    // A worker proposing the same words: one group, counted by kind.
    proposing(&app, &["nan to he"]).await;
    let admin = app.account(Role::Admin).await;
    let (_, groups) = admin.get_json("/api/v1/admin/skills/proposed").await;
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    assert_eq!(
        (
            &groups[0]["count"],
            &groups[0]["profiles"],
            &groups[0]["demands"]
        ),
        (&json!(2), &json!(1), &json!(1)),
        "{groups}"
    );
    let group = groups[0]["id"].as_i64().unwrap();
    let (status, outcome) = admin
        .post_json(
            &format!("/api/v1/admin/skills/proposed/{group}/decision"),
            &json!({"action": "merge", "skill_code": BRAKES}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(
        (outcome["profiles"].as_u64(), outcome["demands"].as_u64()),
        (Some(1), Some(1))
    );

    // The demand now asks for the skill, with the importance proposed...
    let (_, now) = app.get_json(&format!("/api/v1/demands/{id}")).await;
    assert!(
        demand_skills(&now).contains(&(BRAKES.into(), "essential".into())),
        "{now}"
    );
    assert!(pending(&app, id).await.is_empty());
    let (_, listed) = app
        .get_json(&format!("/api/v1/demands?skill={BRAKES}"))
        .await;
    assert_eq!(listed["items"][0]["id"], id, "{listed}");
    // ... and the index follows.
    app.search_until("demands", &[("skill", BRAKES)], |b| hit_ids(b) == [id])
        .await;
}

#[tokio::test]
async fn only_the_owner_sees_or_changes_a_demands_proposals_and_a_rejection_removes_them() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let mut body = demand_body(employer_id);
    body["proposed_skills"] = json!([{"label": "Thổi thủy tinh", "importance": "optional"}]);
    let demand = app.create_demand(&body).await;
    let id = demand["id"].as_i64().unwrap();

    let other = app.signup(Role::Employer).await;
    let path = format!("/api/v1/demands/{id}/proposed-skills");
    let (status, _) = other.get_json(&path).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app.get_json(&path).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A demand that does not exist, or an id that is not one: 404, not a 500.
    for missing in [
        "/api/v1/demands/987654/proposed-skills",
        "/api/v1/demands/abc/proposed-skills",
    ] {
        let (status, _) = other.get_json(missing).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{missing}");
    }
    body["proposed_skills"] = json!([]);
    let (status, _) = other
        .put_json(&format!("/api/v1/demands/{id}"), &body)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(pending(&app, id).await, ["Thổi thủy tinh"]);

    let admin = app.account(Role::Admin).await;
    let proposal = demand["proposed_skills"][0]["id"].as_i64().unwrap();
    let (status, outcome) = admin
        .post_json(
            &format!("/api/v1/admin/skills/proposed/{proposal}/decision"),
            &json!({"action": "reject"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(outcome["demands"], 1);
    assert!(pending(&app, id).await.is_empty());
    let (_, now) = app.get_json(&format!("/api/v1/demands/{id}")).await;
    assert_eq!(demand_skills(&now), demand_skills(&demand), "unchanged");

    // The owner withdraws with an empty list.
    body["proposed_skills"] = json!([{"label": "Thổi thủy tinh", "importance": "optional"}]);
    app.update_demand(id, &body).await;
    assert_eq!(pending(&app, id).await, ["Thổi thủy tinh"]);
    body["proposed_skills"] = json!([]);
    let saved = app.update_demand(id, &body).await;
    assert_eq!(saved["proposed_skills"], json!([]));
}

#[tokio::test]
async fn bad_typed_skills_on_a_demand_get_field_errors_and_change_nothing() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let mut body = demand_body(employer_id);
    body["proposed_skills"] = json!([{"label": "Nặn tò he", "importance": "essential"}]);
    let demand = app.create_demand(&body).await;
    let id = demand["id"].as_i64().unwrap();
    let owner = app.employer_owner().await;
    let put = |body: Value| async move {
        owner
            .put_json(&format!("/api/v1/demands/{id}"), &body)
            .await
    };

    body["proposed_skills"] = json!([
        {"label": "  ", "importance": "essential"},
        {"label": "a".repeat(81), "importance": "essential"},
        {"label": "x", "importance": "optional"}
    ]);
    let (status, error) = put(body.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(
        error_fields(&error),
        [
            "proposed_skills[0].label",
            "proposed_skills[1].label",
            "proposed_skills[2].label"
        ]
    );
    assert!(error["fields"][0]["message_vi"].is_string(), "{error}");
    assert!(error["fields"][0]["message_en"].is_string(), "{error}");

    body["proposed_skills"] = json!(
        (0..11)
            .map(|i| json!({"label": format!("kỹ năng {i}"), "importance": "optional"}))
            .collect::<Vec<_>>()
    );
    let (status, error) = put(body.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["proposed_skills"]);

    // Words that name several listed skills: pick one.
    body["proposed_skills"] = json!([{"label": "han", "importance": "essential"}]);
    let (status, error) = put(body.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["proposed_skills[0].label"]);
    assert_eq!(error["fields"][0]["code"], "ambiguous", "{error}");

    // No skill at all, listed or proposed.
    body["skills"] = json!([]);
    body["proposed_skills"] = json!([]);
    let (status, error) = put(body.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["skills"]);

    assert_eq!(pending(&app, id).await, ["Nặn tò he"]);
    let (_, now) = app.get_json(&format!("/api/v1/demands/{id}")).await;
    assert_eq!(demand_skills(&now), demand_skills(&demand));
}
