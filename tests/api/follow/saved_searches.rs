//! Saving a search from the search page and through the API, the limit of
//! 20, bad input, and deleting through a confirmation page.

use reqwest::StatusCode;
use serde_json::json;

use super::{save_welding_search, worker};
use crate::helpers::{BA_VI, error_fields, html, post_form, spawn_app};

#[tokio::test]
async fn a_worker_saves_the_search_on_the_jobs_page_and_sees_what_it_finds_now() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    app.create_demand(&crate::helpers::demand_body(employer_id))
        .await;
    app.wait_until_ready().await;
    let user = worker(&app).await;
    let browser = user.browser_session().await;

    let (status, page) = html(&browser, &app, "/jobs?q=th%E1%BB%A3+h%C3%A0n&radius_km=10").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(r#"action="/me/searches""#), "{page}");
    assert!(page.contains(r#"name="kind" value="jobs""#));
    // The worker's home commune is the search's centre.
    assert!(page.contains(&format!(r#"name="commune" value="{BA_VI}""#)));

    let response = post_form(
        &browser,
        &app,
        "/me/searches",
        &[
            ("kind", "jobs"),
            ("q", "thợ hàn"),
            ("commune", BA_VI),
            ("radius_km", "10"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/me/searches?saved=1");

    let (status, page) = html(&browser, &app, "/me/searches?saved=1").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Đã lưu."), "{page}");
    assert!(page.contains("“thợ hàn” trong 10 km quanh Ba Vì"), "{page}");
    assert!(
        page.contains(r#"<strong class="found">1</strong> việc làm"#),
        "{page}"
    );

    let (status, list) = user.get_json("/api/v1/me/saved-searches").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["kind"], "jobs");
    assert_eq!(list[0]["q"], "thợ hàn");
    assert_eq!(list[0]["radius_km"], 10.0);
    assert_eq!(list[0]["commune_name"], "Ba Vì");
    assert_eq!(
        list[0]["link"],
        format!("/jobs?q=th%E1%BB%A3%20h%C3%A0n&commune={BA_VI}&radius_km=10")
    );
    let (_, export) = user.get_json("/api/v1/workers/me/export").await;
    assert_eq!(export["saved_searches"], list);
}

#[tokio::test]
async fn only_signed_in_workers_are_offered_to_save_a_search() {
    let app = spawn_app().await;
    let (status, page) = html(&app.client, &app, "/courses?q=han").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains(r#"action="/me/searches""#));
    let user = worker(&app).await;
    let (_, page) = html(&user.browser_session().await, &app, "/courses?q=han").await;
    assert!(page.contains(r#"name="kind" value="courses""#), "{page}");
}

#[tokio::test]
async fn bad_searches_are_refused_field_by_field_and_nothing_is_kept() {
    let app = spawn_app().await;
    let user = worker(&app).await;
    let long = "a".repeat(201);
    let cases = [
        (json!({"kind": "jobs", "radius_km": 10}), "radius_km"),
        (json!({"kind": "jobs", "q": long}), "q"),
        (json!({"kind": "jobs", "commune": "99999"}), "commune"),
        (
            json!({"kind": "jobs", "filters": {"max_fee": "1000"}}),
            "filters.max_fee",
        ),
        (
            json!({"kind": "jobs", "filters": {"min_wage": "-5"}}),
            "filters.min_wage",
        ),
        (
            json!({"kind": "courses", "filters": {"level": "tien_si"}}),
            "filters.level",
        ),
        (json!({"kind": "boats"}), "kind"),
    ];
    for (body, field) in cases {
        let (status, error) = user.post_json("/api/v1/me/saved-searches", &body).await;
        assert!(
            status == StatusCode::UNPROCESSABLE_ENTITY || status == StatusCode::BAD_REQUEST,
            "{body}: {status} {error}"
        );
        assert!(
            error_fields(&error).contains(&field.to_owned()),
            "{body}: {error}"
        );
        let message = &error["fields"][0];
        assert!(!message["message_vi"].as_str().unwrap().is_empty());
        assert!(!message["message_en"].as_str().unwrap().is_empty());
    }
    let (_, list) = user.get_json("/api/v1/me/saved-searches").await;
    assert_eq!(list, json!([]));
}

#[tokio::test]
async fn a_worker_keeps_at_most_twenty_searches() {
    let app = spawn_app().await;
    let user = worker(&app).await;
    for n in 0..20 {
        let (status, body) = user
            .post_json(
                "/api/v1/me/saved-searches",
                &json!({"kind": "courses", "q": format!("nghề {n}")}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let (status, error) = user
        .post_json("/api/v1/me/saved-searches", &json!({"kind": "jobs"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error["fields"][0]["code"], "limit_reached");
    assert!(
        error["fields"][0]["message_vi"]
            .as_str()
            .unwrap()
            .contains("20")
    );
    let (_, list) = user.get_json("/api/v1/me/saved-searches").await;
    assert_eq!(list.as_array().unwrap().len(), 20);
}

#[tokio::test]
async fn deleting_asks_first_on_a_plain_page_and_the_api_deletes_directly() {
    let app = spawn_app().await;
    let user = worker(&app).await;
    let first = save_welding_search(&user).await["id"].as_i64().unwrap();
    let second = save_welding_search(&user).await["id"].as_i64().unwrap();
    let browser = user.browser_session().await;

    let (status, page) = html(&browser, &app, &format!("/me/searches/{first}/delete")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!(
        r#"<form method="post" action="/me/searches/{first}/delete">"#
    )));
    assert!(page.contains("“thợ hàn” gần Ba Vì"), "{page}");
    // Looking at the question deletes nothing.
    let (_, list) = user.get_json("/api/v1/me/saved-searches").await;
    assert_eq!(list.as_array().unwrap().len(), 2);

    let response = post_form(&browser, &app, &format!("/me/searches/{first}/delete"), &[]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (status, body) = user
        .delete(&format!("/api/v1/me/saved-searches/{second}"))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (_, list) = user.get_json("/api/v1/me/saved-searches").await;
    assert_eq!(list, json!([]));
    let (status, _) = user
        .delete(&format!("/api/v1/me/saved-searches/{second}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
