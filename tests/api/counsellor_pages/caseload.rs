use reqwest::StatusCode;

use super::{audit_actions, counsellor, page, post_form, worker};
use crate::helpers::{BA_VI, TestUser, html, spawn_app};

const OTHER_COMMUNE: &str = "00004";

async fn name_of(user: &TestUser) -> String {
    let (_, me) = user.get_json("/api/v1/auth/me").await;
    me["display_name"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_caseload_shows_only_sharing_workers_with_status_next_action_and_filters() {
    let app = spawn_app().await;
    let (_, desk) = counsellor(&app).await;
    let (advised, advised_id, _) = worker(&app, true, BA_VI).await;
    let (fresh, _, _) = worker(&app, true, OTHER_COMMUNE).await;
    let (private, _, _) = worker(&app, false, BA_VI).await;
    let (advised_name, fresh_name, private_name) = (
        name_of(&advised).await,
        name_of(&fresh).await,
        name_of(&private).await,
    );

    let list = page(&desk, &app, "/counsellor").await;
    assert!(list.contains(&advised_name) && list.contains(&fresh_name));
    assert!(!list.contains(&private_name), "not shared, not listed");
    assert!(list.contains("Mới"));

    // A dated step makes the worker advised, with a next action.
    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{advised_id}/plan/steps"),
        &[
            ("kind", "document"),
            ("title", "Làm căn cước công dân"),
            ("due_on", "2026-12-20"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let list = page(&desk, &app, "/counsellor?status=advised").await;
    assert!(list.contains(&advised_name), "{list}");
    assert!(!list.contains(&fresh_name));
    assert!(list.contains("Làm căn cước công dân"));
    assert!(list.contains("20/12/2026"));
    let list = page(&desk, &app, "/counsellor?status=new").await;
    assert!(list.contains(&fresh_name) && !list.contains(&advised_name));

    // Commune and due-date filters.
    let list = page(&desk, &app, &format!("/counsellor?commune={OTHER_COMMUNE}")).await;
    assert!(list.contains(&fresh_name) && !list.contains(&advised_name));
    let list = page(&desk, &app, "/counsellor?due_by=2026-12-31").await;
    assert!(list.contains(&advised_name) && !list.contains(&fresh_name));
    let list = page(&desk, &app, "/counsellor?due_by=2026-12-01").await;
    assert!(!list.contains(&advised_name));

    // Name search without accents.
    let list = page(&desk, &app, "/counsellor?q=nguoi%20dung").await;
    assert!(list.contains(&advised_name) && !list.contains(&private_name));

    // Phone search finds a sharing worker, and the worker's log says so;
    // the phone of a worker who does not share finds nobody.
    let digits = &advised.login[1..];
    let list = page(&desk, &app, &format!("/counsellor?q=0{digits}")).await;
    assert!(list.contains(&advised_name), "{list}");
    assert!(list.contains(">1 người<"), "{list}");
    assert!(
        audit_actions(&advised)
            .await
            .contains(&"phone.search".to_owned())
    );
    let list = page(&desk, &app, &format!("/counsellor?q={}", private.login)).await;
    assert!(!list.contains(&private_name));
    assert!(list.contains(">0 người<"), "{list}");
    assert!(
        !audit_actions(&private)
            .await
            .contains(&"phone.search".to_owned())
    );

    // Bad filters are field errors, not a 500 and not silently ignored.
    for bad in ["status=bogus", "due_by=soon", "page=0", "commune=abc"] {
        let (status, body) = html(&desk, &app, &format!("/counsellor?{bad}")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(body.contains("role=\"alert\""), "{bad}");
    }
}

#[tokio::test]
async fn the_registration_form_refuses_a_bad_distance_and_keeps_every_value() {
    let app = spawn_app().await;
    let (_, desk) = counsellor(&app).await;
    let form = [
        ("display_name", "Đỗ Văn Hùng"),
        ("phone", "0912 765 432"),
        ("commune_code", BA_VI),
        ("education", "primary"),
        ("max_travel_km", "mười"),
        ("new_skill", "an toan lao dong"),
        ("goal", "wage_job"),
        ("delivery_mode", "in_person"),
        ("hard_limit", "distance"),
        ("share_with_counsellors", "on"),
        ("share_with_employers", "on"),
    ];
    let response = post_form(&desk, &app, "/counsellor/register", &form).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(body.contains("Giá trị phải từ 0 đến 200"), "{body}");
    for kept in [
        r#"value="Đỗ Văn Hùng""#,
        r#"value="0912 765 432""#,
        r#"value="mười""#,
        r#"name="goal" value="wage_job" checked"#,
        r#"name="share_with_counsellors" value="on" checked"#,
        r#"name="share_with_employers" value="on" checked"#,
    ] {
        assert!(body.contains(kept), "{kept} not kept");
    }
    let list = page(&desk, &app, "/counsellor?q=do%20van%20hung").await;
    assert!(list.contains(">0 người<"), "nothing was created: {list}");
}
