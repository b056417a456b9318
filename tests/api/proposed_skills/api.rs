use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{proposed, proposing, skill_codes};
use crate::helpers::{error_fields, spawn_app};

async fn decide(admin: &crate::helpers::TestUser, id: i64, body: Value) -> (StatusCode, Value) {
    admin
        .post_json(
            &format!("/api/v1/admin/skills/proposed/{id}/decision"),
            &body,
        )
        .await
}

#[tokio::test]
async fn a_proposed_skill_waits_on_the_profile_until_an_admin_merges_it() {
    let app = spawn_app().await;
    let (first, profile) = proposing(&app, &["Nặn tò he"]).await;
    assert_eq!(proposed(&profile), ["Nặn tò he"]);
    assert_eq!(profile["proposed_skills"][0]["status"], "pending");
    // Not a skill for matching yet.
    assert!(!skill_codes(&profile).contains(&"han-mig-mag".to_owned()));
    // Saving without the field keeps the proposals.
    let (status, again) = first
        .put_json("/api/v1/workers/me", &crate::workers::profile_body())
        .await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(proposed(&again), ["Nặn tò he"]);
    // Typed differently by someone else: the same proposal.
    let (second, _) = proposing(&app, &["nan TO  he"]).await;

    let admin = app.account(Role::Admin).await;
    let (status, groups) = admin.get_json("/api/v1/admin/skills/proposed").await;
    assert_eq!(status, StatusCode::OK, "{groups}");
    let groups = groups.as_array().unwrap();
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0]["label"], "Nặn tò he");
    assert_eq!(groups[0]["count"], 2);
    // Words and a count only: nothing about who proposed it.
    let text = serde_json::to_string(&groups).unwrap();
    assert!(!text.contains("worker"), "{text}");
    assert!(!text.contains(&first.login[1..]), "{text}");

    // An unknown target skill changes nothing.
    let id = groups[0]["id"].as_i64().unwrap();
    let (status, error) = decide(
        &admin,
        id,
        json!({"action": "merge", "skill_code": "khong-co-ky-nang-nay"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["skill_code"]);
    let (status, error) = decide(&admin, id, json!({"action": "rename"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");

    let (status, outcome) = decide(
        &admin,
        id,
        json!({"action": "merge", "skill_code": "han-mig-mag"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(outcome["status"], "merged");
    assert_eq!(outcome["profiles"], 2);
    for worker in [&first, &second] {
        let (_, profile) = worker.get_json("/api/v1/workers/me").await;
        assert!(
            skill_codes(&profile).contains(&"han-mig-mag".to_owned()),
            "{profile}"
        );
        assert!(proposed(&profile).is_empty(), "{profile}");
        let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
        assert_eq!(inbox["items"][0]["kind"], "proposed_skill", "{inbox}");
        assert!(
            inbox["items"][0]["text_vi"]
                .as_str()
                .unwrap()
                .contains("đã được duyệt")
        );
    }
    // Decided once: deciding again is 404, and the list is empty.
    let (status, _) = decide(&admin, id, json!({"action": "reject"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, groups) = admin.get_json("/api/v1/admin/skills/proposed").await;
    assert_eq!(groups, json!([]));
}

#[tokio::test]
async fn an_admin_approves_a_new_local_skill_or_rejects_a_proposal() {
    let app = spawn_app().await;
    let (maker, profile) = proposing(&app, &["Sửa đàn bầu", "Bay lượn"]).await;
    let ids: Vec<i64> = profile["proposed_skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    let admin = app.account(Role::Admin).await;

    let (status, error) = decide(
        &admin,
        ids[0],
        json!({"action": "approve", "label_vi": "  ", "label_en": "Monochord repair"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["label_vi"]);
    let (status, outcome) = decide(
        &admin,
        ids[0],
        json!({"action": "approve", "label_vi": "Sửa đàn bầu", "label_en": "Monochord repair"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(outcome["status"], "approved");
    let code = outcome["skill_code"].as_str().unwrap().to_owned();
    assert_eq!(code, "de-xuat-sua-dan-bau");
    // A skill of the taxonomy now, found like any other.
    let (status, skill) = app.get_json(&format!("/api/v1/skills/{code}")).await;
    assert_eq!(status, StatusCode::OK, "{skill}");
    assert_eq!(skill["label_en"], "Monochord repair");
    // ... and offered by the typeahead at once, typed without accents.
    let (status, offered) = app.get_json("/api/v1/skills/suggest?q=sua+dan+ba").await;
    assert_eq!(status, StatusCode::OK, "{offered}");
    assert_eq!(offered["items"][0]["code"], code.as_str(), "{offered}");

    let (status, outcome) = decide(&admin, ids[1], json!({"action": "reject"})).await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    assert_eq!(outcome["status"], "rejected");
    assert_eq!(outcome["skill_code"], Value::Null);
    let (_, profile) = maker.get_json("/api/v1/workers/me").await;
    assert!(skill_codes(&profile).contains(&code), "{profile}");
    assert!(proposed(&profile).is_empty(), "{profile}");
    let (_, inbox) = maker.get_json("/api/v1/workers/me/inbox").await;
    assert!(
        inbox["items"][0]["text_vi"]
            .as_str()
            .unwrap()
            .contains("không được duyệt"),
        "{inbox}"
    );
}

#[tokio::test]
async fn bad_proposals_get_field_errors_and_change_nothing() {
    let app = spawn_app().await;
    let (worker, _) = proposing(&app, &["Nặn tò he"]).await;
    let mut body = crate::workers::profile_body();
    body["proposed_skills"] = json!(["Làm gốm", "x", "a".repeat(81)]);
    let (status, error) = worker.put_json("/api/v1/workers/me", &body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(
        error_fields(&error),
        ["proposed_skills[1]", "proposed_skills[2]"]
    );
    body["proposed_skills"] = json!((0..11).map(|i| format!("kỹ năng {i}")).collect::<Vec<_>>());
    let (status, error) = worker.put_json("/api/v1/workers/me", &body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["proposed_skills"]);
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(proposed(&profile), ["Nặn tò he"]);
    // An empty list withdraws them.
    body["proposed_skills"] = json!([]);
    let (status, profile) = worker.put_json("/api/v1/workers/me", &body).await;
    assert_eq!(status, StatusCode::OK);
    assert!(proposed(&profile).is_empty());
}
