//! The skills passport: verified and declared lines, share links that
//! expire and can be revoked, no personal data, every view audited.

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

use super::worker;
use crate::helpers::{TestApp, TestUser, course_body, html, post_form, spawn_app};

/// A learner who passed both modules of the motorbike course and got its
/// certificate, on top of the standard profile's declared skills, module and
/// certificate.
async fn certified_learner(app: &TestApp) -> TestUser {
    let provider_id = app.create_provider().await;
    let course_id = app.create_course(&course_body(provider_id)).await["id"]
        .as_i64()
        .unwrap();
    let learner = worker(app).await;
    let (status, enrolment) = learner
        .post_json(
            &format!("/api/v1/courses/{course_id}/enrolments"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{enrolment}");
    let id = enrolment["id"].as_i64().unwrap();
    let provider = app.provider_owner().await;
    let (status, answer) = provider
        .put_json(
            &format!("/api/v1/enrolments/{id}/status"),
            &json!({"status": "accepted"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    for (code, day) in [("MĐ01", "2026-11-20"), ("MĐ02", "2026-11-27")] {
        let (status, answer) = provider
            .post_json(
                &format!("/api/v1/enrolments/{id}/completions"),
                &json!({"module_code": code, "completed_on": day}),
            )
            .await;
        assert!(status.is_success(), "{code}: {status} {answer}");
    }
    let (status, answer) = provider
        .post_json(
            &format!("/api/v1/enrolments/{id}/certificate"),
            &Value::Null,
        )
        .await;
    assert!(status.is_success(), "certificate: {status} {answer}");
    learner
}

fn line<'a>(list: &'a Value, key: &str, value: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|l| l[key] == value)
        .unwrap_or_else(|| panic!("no {key} = {value} in {list}"))
}

#[tokio::test]
async fn the_passport_tells_verified_lines_from_declared_ones() {
    let app = spawn_app().await;
    let learner = certified_learner(&app).await;
    let (status, passport) = learner.get_json("/api/v1/me/passport").await;
    assert_eq!(status, StatusCode::OK, "{passport}");
    let centre = "Trung tâm Giáo dục nghề nghiệp Ba Vì";

    let engine = line(
        &passport["skills"],
        "code",
        "bao-duong-sua-chua-dong-co-xe-may",
    );
    assert_eq!(engine["attestation"], "verified");
    assert_eq!(engine["issuer"], centre);
    assert_eq!(engine["date"], "2026-11-20");
    // Declared "with a certificate" by the worker is still self-declared.
    let safety = line(&passport["skills"], "code", "an-toan-lao-dong");
    assert_eq!(safety["attestation"], "declared");
    assert_eq!(safety["issuer"], Value::Null);

    let passed = line(&passport["modules"], "title", "Bảo dưỡng động cơ");
    assert_eq!(passed["attestation"], "verified");
    assert_eq!(passed["issuer"], centre);
    assert_eq!(passed["completed_on"], "2026-11-20");
    let declared = line(&passport["modules"], "title", "An toàn điện");
    assert_eq!(declared["attestation"], "declared");

    let issued = line(
        &passport["certificates"],
        "name",
        "Chứng chỉ sơ cấp Sửa chữa xe máy",
    );
    assert_eq!(issued["attestation"], "verified");
    assert_eq!(issued["issuer"], centre);
    let own = line(
        &passport["certificates"],
        "name",
        "Chứng nhận an toàn lao động nhóm 3",
    );
    assert_eq!(own["attestation"], "declared");
    assert_eq!(own["issuer"], "Sở LĐTBXH");

    let (status, page) = html(&learner.browser_session().await, &app, "/me/passport").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.len() < 100_000);
    assert!(
        page.contains(
            "Bảo dưỡng động cơ (3 tín chỉ) — <strong>Đã xác nhận</strong> · Trung tâm Giáo dục nghề nghiệp Ba Vì · 20/11/2026"
        ),
        "{page}"
    );
    assert!(
        page.contains("An toàn điện (2 tín chỉ) — <strong>Tự khai</strong>"),
        "{page}"
    );
    assert!(
        page.contains(r#"class="noprint""#),
        "the sharing part is left out of print"
    );
}

async fn share(learner: &TestUser, days: i64) -> (i64, String) {
    let (status, link) = learner
        .post_json("/api/v1/me/passport/links", &json!({"days": days}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{link}");
    let path = link["path"].as_str().unwrap().to_owned();
    assert!(path.starts_with("/passport/") && path.len() == "/passport/".len() + 64);
    (link["id"].as_i64().unwrap(), path)
}

async fn shared_status(app: &TestApp, path: &str) -> StatusCode {
    html(&reqwest::Client::new(), app, path).await.0
}

async fn views(learner: &TestUser) -> usize {
    let (_, audit) = learner.get_json("/api/v1/workers/me/audit").await;
    audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "passport.view")
        .count()
}

#[tokio::test]
async fn a_share_link_shows_no_personal_data_is_audited_expires_and_is_revoked() {
    let app = spawn_app().await;
    let learner = certified_learner(&app).await;
    let (_, profile) = learner.get_json("/api/v1/workers/me").await;
    let phone = profile["phone"].as_str().unwrap().to_owned();

    let (status, error) = learner
        .post_json("/api/v1/me/passport/links", &json!({"days": 5}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["fields"][0]["field"], "days");
    let (_, links) = learner.get_json("/api/v1/me/passport/links").await;
    assert_eq!(links, json!([]), "nothing made from bad input");

    let (id, path) = share(&learner, 30).await;
    let (status, page) = html(&reqwest::Client::new(), &app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(profile["display_name"].as_str().unwrap()));
    assert!(page.contains("Chứng chỉ sơ cấp Sửa chữa xe máy — <strong>Đã xác nhận</strong>"));
    // The token is in the page's own links (the language switch): leave it out.
    let page = page.replace(&path["/passport/".len()..], "");
    for private in [phone.as_str(), &learner.login, "1992", "Tạo liên kết"] {
        assert!(!page.contains(private), "{private} on the shared page");
    }
    assert_eq!(views(&learner).await, 1);
    let (_, page) = html(&learner.browser_session().await, &app, "/me/profile").await;
    assert!(
        page.contains("Một người đã xem hộ chiếu kỹ năng của bạn qua liên kết chia sẻ"),
        "{page}"
    );

    // Expired: as if the 30 days had passed.
    let backend = app.db.get_database_backend();
    let placeholder = if backend == DbBackend::Postgres {
        "$1"
    } else {
        "?"
    };
    let past = chrono::Utc::now() - chrono::Duration::days(1);
    let changed = app
        .db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            format!("UPDATE passport_links SET expires_at = {placeholder} WHERE id = {id}"),
            [past.into()],
        ))
        .await
        .unwrap();
    assert_eq!(changed.rows_affected(), 1);
    assert_eq!(shared_status(&app, &path).await, StatusCode::NOT_FOUND);
    let (_, links) = learner.get_json("/api/v1/me/passport/links").await;
    assert_eq!(links[0]["live"], false);

    // Revoked through the confirmation page.
    let (other, other_path) = share(&learner, 7).await;
    let browser = learner.browser_session().await;
    let confirm = format!("/me/passport/links/{other}/revoke");
    let (status, page) = html(&browser, &app, &confirm).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!(r#"action="{confirm}""#)));
    assert_eq!(
        shared_status(&app, &other_path).await,
        StatusCode::OK,
        "asking does not revoke"
    );
    let response = post_form(&browser, &app, &confirm, &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        shared_status(&app, &other_path).await,
        StatusCode::NOT_FOUND
    );

    // Through the API too; a made-up token is not found either.
    let (third, third_path) = share(&learner, 90).await;
    let (status, revoked) = learner
        .post_json(
            &format!("/api/v1/me/passport/links/{third}/revoke"),
            &Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{revoked}");
    assert_eq!(revoked["live"], false);
    assert_eq!(
        shared_status(&app, &third_path).await,
        StatusCode::NOT_FOUND
    );
    let made_up = format!("/passport/{}", "ab".repeat(32));
    assert_eq!(shared_status(&app, &made_up).await, StatusCode::NOT_FOUND);

    assert_eq!(views(&learner).await, 2, "one per page actually shown");
}

#[tokio::test]
async fn the_passport_page_makes_a_link_and_shows_it_once() {
    let app = spawn_app().await;
    let learner = worker(&app).await;
    let browser = learner.browser_session().await;
    let response = post_form(&browser, &app, "/me/passport/links", &[("days", "7")]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let page = response.text().await.unwrap();
    let marker = r#"id="new-link" href=""#;
    let start = page.find(marker).expect("new link shown") + marker.len();
    let url = &page[start..start + page[start..].find('"').unwrap()];
    let path = url.trim_start_matches(&app.address).to_owned();
    assert_eq!(shared_status(&app, &path).await, StatusCode::OK);
    let (_, again) = html(&browser, &app, "/me/passport").await;
    assert!(!again.contains(&path), "the token is shown only once");
}
