use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{error_fields, html, spawn_app};
use crate::workers::{profile_body, worker_with_profile};

fn skill_codes(profile: &Value) -> Vec<(String, bool)> {
    profile["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["code"].as_str().unwrap().to_owned(),
                s["certified"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn no_skills() -> Value {
    let mut body = profile_body();
    body["skills"] = json!([]);
    body["earned_modules"] = json!([]);
    body
}

#[tokio::test]
async fn activities_give_skills_to_confirm_and_bad_answers_are_named() {
    let app = spawn_app().await;
    let (status, list) = app.get_json("/api/v1/guidance/activities").await;
    assert_eq!(status, StatusCode::OK);
    let list = list.as_array().unwrap();
    assert!(list.len() >= 30, "{}", list.len());
    assert!(
        list.iter()
            .all(|a| !a["skills"].as_array().unwrap().is_empty()
                && a["skills"][0]["label_vi"].is_string())
    );

    let (status, found) = app
        .post_json(
            "/api/v1/guidance/discover",
            &json!({"activities": ["nuoi-ga-vit", "nuoi-lon"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{found}");
    let skills = found["skills"].as_array().unwrap();
    let feed = skills
        .iter()
        .filter(|s| s["code"] == "phoi-tron-thuc-an-chan-nuoi")
        .collect::<Vec<_>>();
    assert_eq!(feed.len(), 1, "a skill from two activities is listed once");
    assert_eq!(
        feed[0]["from_activities"],
        json!(["nuoi-ga-vit", "nuoi-lon"])
    );
    assert!(
        skills
            .iter()
            .any(|s| s["code"] == "nuoi-lon-thit" && s["label_vi"] == "Nuôi lợn thịt")
    );

    for (body, field) in [
        (json!({"activities": []}), "activities"),
        (
            json!({"activities": ["nuoi-ga-vit", "bay"]}),
            "activities[1]",
        ),
    ] {
        let (status, err) = app.post_json("/api/v1/guidance/discover", &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert_eq!(error_fields(&err), [field]);
        assert!(err["fields"][0]["message_vi"].is_string());
        assert!(err["fields"][0]["message_en"].is_string());
    }
    let (status, _) = app
        .post_json("/api/v1/guidance/discover", &json!({"activity": []}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn confirmed_skills_join_the_profile_as_self_reported_and_counsellors_are_logged() {
    let app = spawn_app().await;
    let (worker, _) = worker_with_profile(&app, &profile_body()).await;
    let (status, added) = worker
        .post_json(
            "/api/v1/workers/me/skills/discovered",
            &json!({"skills": ["nuoi-lon-thit", "bao-duong-dinh-ky-xe-may", "nuoi-lon-thit"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{added}");
    assert_eq!(added["added"], json!(["nuoi-lon-thit"]));
    assert_eq!(added["already_held"], json!(["bao-duong-dinh-ky-xe-may"]));
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    let skills = skill_codes(&profile);
    assert!(
        skills.contains(&("nuoi-lon-thit".into(), false)),
        "{skills:?}"
    );
    assert!(
        skills.contains(&("an-toan-lao-dong".into(), true)),
        "certified skills stay certified"
    );

    // A bad code writes nothing.
    let (status, err) = worker
        .post_json(
            "/api/v1/workers/me/skills/discovered",
            &json!({"skills": ["nuoi-bo-sua-x", "trong-co-va-u-chua-thuc-an-xanh"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&err), ["skills[0]"]);
    let (_, again) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(skill_codes(&again), skills);
    let (status, err) = worker
        .post_json(
            "/api/v1/workers/me/skills/discovered",
            &json!({"skills": []}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&err), ["skills"]);

    // Without a profile: 404; other roles: 403; anonymous: 401.
    let fresh = app.signup(Role::Worker).await;
    let body = json!({"skills": ["nuoi-lon-thit"]});
    let (status, _) = fresh
        .post_json("/api/v1/workers/me/skills/discovered", &body)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .post_json("/api/v1/workers/me/skills/discovered", &body)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A counsellor runs it for a worker who shares with counsellors.
    let worker_id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;
    let (status, added) = counsellor
        .post_json(
            &format!("/api/v1/workers/{worker_id}/skills/discovered"),
            &json!({"skills": ["trong-co-va-u-chua-thuc-an-xanh"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let (_, log) = worker.get_json("/api/v1/workers/me/audit").await;
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "skills.discovered" && e["actor_user_id"] == counsellor.id),
        "{log}"
    );
    let employer = app.signup(Role::Employer).await;
    let (status, _) = employer
        .post_json(
            &format!("/api/v1/workers/{worker_id}/skills/discovered"),
            &body,
        )
        .await;
    // A worker the caller may not see looks missing (issue 28).
    assert_eq!(status, StatusCode::NOT_FOUND);
    let mut private = profile_body();
    private["share_with_counsellors"] = json!(false);
    let (_, other) = worker_with_profile(&app, &private).await;
    let (status, _) = counsellor
        .post_json(
            &format!("/api/v1/workers/{}/skills/discovered", other["id"]),
            &body,
        )
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "no consent, no write (and a private worker looks missing)"
    );
}

#[tokio::test]
async fn a_worker_without_skills_runs_the_checklist_page_and_saves_what_they_confirm() {
    let app = spawn_app().await;
    let (worker, _) = worker_with_profile(&app, &no_skills()).await;
    let session = worker.browser_session().await;
    let (status, page) = html(&session, &app, "/kham-pha-ky-nang").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Bạn đã từng làm gì?"));
    assert!(page.contains("value=\"nuoi-lon\""));
    assert!(page.len() < 100 * 1024);
    assert!(!page.contains("<script>"), "no inline script needed");

    let post = |form: Vec<(&'static str, &'static str)>, path: &'static str| {
        let session = session.clone();
        let url = app.url(path);
        async move {
            let r = session.post(url).form(&form).send().await.unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let (status, page) = post(vec![], "/kham-pha-ky-nang").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Hãy chọn ít nhất một việc bạn đã từng làm."));

    let (status, page) = post(
        vec![("activity", "nuoi-lon"), ("activity", "phu-ho-xay-dung")],
        "/kham-pha-ky-nang",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Nuôi lợn thịt"));
    assert!(page.contains("Trộn vữa và bê tông"));
    assert!(page.contains("action=\"/kham-pha-ky-nang/luu\""));

    // The worker unticks the concrete; only what stays ticked is saved.
    let (status, page) = post(
        vec![
            ("offered", "nuoi-lon-thit"),
            ("offered", "tron-vua-va-be-tong"),
            ("skill", "nuoi-lon-thit"),
        ],
        "/kham-pha-ky-nang/luu",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Đã thêm kỹ năng vào hồ sơ"));
    assert!(page.contains("href=\"/me/jobs\""));
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(skill_codes(&profile), [("nuoi-lon-thit".to_owned(), false)]);

    let (status, page) = post(
        vec![("offered", "tron-vua-va-be-tong")],
        "/kham-pha-ky-nang/luu",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Hãy chọn ít nhất một kỹ năng"));
    assert!(
        page.contains("Trộn vữa và bê tông"),
        "the choice is shown again"
    );
}
