use reqwest::StatusCode;

use crate::helpers::spawn_app;

#[tokio::test]
async fn live_and_ready_answer_ok() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/health/live").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    let (status, body) = app.get_json("/health/ready").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn unknown_route_is_a_json_404_in_both_languages() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/api/v1/no-such-thing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "not_found");
    assert!(
        body["message_vi"]
            .as_str()
            .unwrap()
            .starts_with("Không tìm thấy")
    );
    assert!(body["message_en"].as_str().unwrap().starts_with("No such"));
}

#[tokio::test]
async fn openapi_document_lists_the_catalogue_and_swagger_ui_is_served_locally() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/courses",
        "/api/v1/courses/{id}",
        "/api/v1/demands",
        "/api/v1/communes",
        "/health/ready",
    ] {
        assert!(doc["paths"].get(path).is_some(), "missing {path}");
    }
    assert!(doc["components"]["schemas"].get("CourseInput").is_some());
    for search in ["/api/v1/courses/search", "/api/v1/demands/search"] {
        let responses = &doc["paths"][search]["get"]["responses"];
        for status in ["200", "422", "503"] {
            assert!(responses.get(status).is_some(), "{search} lacks {status}");
        }
    }

    let page = app.get("/docs/").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("swagger-ui"), "{html}");
    assert!(!html.contains("cdn"), "Swagger UI must not load from a CDN");
}
