use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{BA_VI, employer_body, html, spawn_app, submit_form};

#[tokio::test]
async fn an_employer_types_an_unlisted_skill_on_the_form_and_sees_it_awaiting_review() {
    let app = spawn_app().await;
    let employer = app.signup(Role::Employer).await;
    let (status, business) = employer
        .post_json("/api/v1/employers", &employer_body())
        .await;
    assert_eq!(status, StatusCode::CREATED, "{business}");
    let employer_id = business["id"].to_string();
    let client = employer.browser_session().await;
    let form = [
        ("employer_id", employer_id.as_str()),
        ("title", "Tuyển 2 thợ nặn tò he"),
        ("essential", "nan to he"),
        ("essential", "han mig"),
        ("optional", ""),
        ("positions", "2"),
        ("commune_code", BA_VI),
        ("employment_type", "seasonal"),
        ("status", "open"),
    ];
    submit_form(&client, &app, "/employer/demands/new", &form).await;
    let (_, list) = app
        .get_json(&format!("/api/v1/demands?employer_id={employer_id}"))
        .await;
    let demand = &list["items"][0];
    let id = demand["id"].as_i64().unwrap();
    assert_eq!(demand["skills"][0]["code"], "han-mig-mag", "{demand}");
    assert_eq!(demand["skills"].as_array().unwrap().len(), 1, "{demand}");

    // Marked on the list of demands and on the edit form, kept in its slot.
    let (_, page) = html(&client, &app, "/employer").await;
    assert!(
        page.contains("nan to he <span class=\"tag\">đề xuất – chờ duyệt</span>"),
        "{page}"
    );
    let edit = format!("/employer/demands/{id}/edit");
    let (status, page) = html(&client, &app, &edit).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"name="essential" value="nan to he""#),
        "{page}"
    );
    assert!(page.contains("Đang chờ duyệt:"), "{page}");

    // Another employer cannot open it.
    let other = app.signup(Role::Employer).await.browser_session().await;
    let (status, _) = html(&other, &app, &edit).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Approved as a new skill: the demand asks for it, nothing waits.
    let admin = app.account(Role::Admin).await;
    let (_, groups) = admin.get_json("/api/v1/admin/skills/proposed").await;
    let group = groups[0]["id"].as_i64().unwrap();
    let desk = admin.browser_session().await;
    let (_, page) = html(&desk, &app, "/admin/skills").await;
    assert!(page.contains("0 hồ sơ · 1 nhu cầu tuyển dụng"), "{page}");
    let (status, outcome) = admin
        .post_json(
            &format!("/api/v1/admin/skills/proposed/{group}/decision"),
            &json!({"action": "approve", "label_vi": "Nặn tò he", "label_en": "Making rice-dough figurines"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{outcome}");
    let (_, now) = app.get_json(&format!("/api/v1/demands/{id}")).await;
    let codes: Vec<&str> = now["skills"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"de-xuat-nan-to-he"), "{now}");
    let (_, page) = html(&client, &app, "/employer").await;
    assert!(!page.contains("đề xuất – chờ duyệt"), "{page}");
    let (_, page) = html(&client, &app, &edit).await;
    assert!(
        page.contains(r#"name="essential" value="Nặn tò he""#),
        "{page}"
    );
}
