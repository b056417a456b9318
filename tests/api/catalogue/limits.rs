//! Body size, content type and malformed JSON.

use reqwest::StatusCode;

use crate::helpers::{provider_body, read, spawn_app};

#[tokio::test]
async fn oversized_body_gets_413_and_nothing_is_written() {
    let app = spawn_app().await;
    let mut body = provider_body();
    body["description"] = serde_json::Value::String("a".repeat(300_000));
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/providers", &body)
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error["code"], "payload_too_large");
    assert_eq!(app.total("/api/v1/providers").await, 0);
}

#[tokio::test]
async fn too_long_field_within_body_limit_is_a_field_error() {
    let app = spawn_app().await;
    let mut body = provider_body();
    body["description"] = serde_json::Value::String("ă".repeat(5_001));
    let (status, error) = app
        .provider_owner()
        .await
        .post_json("/api/v1/providers", &body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["fields"][0]["field"], "description");
    assert_eq!(error["fields"][0]["code"], "too_long");
}

#[tokio::test]
async fn malformed_json_and_wrong_content_type() {
    let app = spawn_app().await;
    let token = app.provider_owner().await.token.clone();
    let response = app
        .client
        .post(app.url("/api/v1/providers"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"name\": ")
        .send()
        .await
        .unwrap();
    let (status, error) = read(response).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error["code"], "bad_request");

    let response = app
        .client
        .post(app.url("/api/v1/providers"))
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body(provider_body().to_string())
        .send()
        .await
        .unwrap();
    let (status, error) = read(response).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(error["code"], "unsupported_media_type");
    assert_eq!(app.total("/api/v1/providers").await, 0);
}
