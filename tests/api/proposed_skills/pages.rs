use hocnghe_domain::Role;
use reqwest::StatusCode;
use reqwest::header::LOCATION;

use crate::helpers::{BA_VI, html, post_form, spawn_app};

#[tokio::test]
async fn a_worker_proposes_an_unlisted_skill_and_an_admin_curates_it_on_the_pages() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let client = worker.browser_session().await;
    let base = [
        ("commune_code", BA_VI),
        ("education", "lower_secondary"),
        ("max_travel_km", "20"),
    ];

    // A skill the list lacks: the form says so, keeps the words and offers
    // to propose them.
    let mut typed = base.to_vec();
    typed.push(("new_skill", "nan to he"));
    let response = post_form(&client, &app, "/me/profile", &typed).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Đề xuất kỹ năng mới:"), "{page}");
    assert!(
        page.contains(r#"name="proposed_skill" value="nan to he">"#),
        "{page}"
    );

    // Ticked and saved: on the profile, marked "đề xuất".
    let mut ticked = base.to_vec();
    ticked.push(("proposed_skill", "nan to he"));
    let response = post_form(&client, &app, "/me/profile", &ticked).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, page) = html(&client, &app, "/me/profile?saved=1").await;
    assert!(
        page.contains(r#"name="proposed_skill" value="nan to he" checked"#),
        "{page}"
    );
    assert!(
        page.contains("<span class=\"tag\">đề xuất</span>"),
        "{page}"
    );

    // The admin's list: the words and a count, no worker.
    let admin = app.account(Role::Admin).await;
    let desk = admin.browser_session().await;
    let (status, page) = html(&desk, &app, "/admin/skills").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("“nan to he”"), "{page}");
    assert!(!page.contains(&worker.login[1..]), "{page}");
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    let id = profile["proposed_skills"][0]["id"].as_i64().unwrap();
    let path = format!("/admin/skills/{id}");

    // Merging into a skill typed loosely: a confirmation page first.
    let response = post_form(
        &desk,
        &app,
        &path,
        &[("action", "merge"), ("skill", "khong co gi giong")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("khong co gi giong"), "kept as typed: {page}");
    let response = post_form(
        &desk,
        &app,
        &path,
        &[("action", "merge"), ("skill", "han mig")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = response.text().await.unwrap();
    assert!(page.contains("(han-mig-mag)"), "{page}");
    assert!(page.contains(r#"name="confirm" value="yes""#), "{page}");
    let (_, profile) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(profile["proposed_skills"][0]["id"], id, "nothing yet");

    let response = post_form(
        &desk,
        &app,
        &path,
        &[
            ("action", "merge"),
            ("skill", "han mig"),
            ("confirm", "yes"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/admin/skills?done=1");
    let (_, page) = html(&desk, &app, "/admin/skills?done=1").await;
    assert!(page.contains("Đã lưu quyết định"), "{page}");
    assert!(page.contains("Không có kỹ năng nào chờ duyệt."), "{page}");
    let (_, page) = html(&client, &app, "/me/profile").await;
    assert!(page.contains(r#"value="han-mig-mag" checked"#), "{page}");
    assert!(!page.contains("đề xuất</span>"), "{page}");

    // Only admins: a worker gets 403, a visitor the login page.
    let (status, _) = html(&client, &app, "/admin/skills").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
