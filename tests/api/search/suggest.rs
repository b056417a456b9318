//! Typeahead over the curated taxonomy.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

fn labels(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn suggest_completes_skills_and_occupations_without_diacritics() {
    let app = spawn_app().await;

    // "dien d": labels with a word "điện" and another word starting with "d".
    let (status, body) = app.get_json("/api/v1/skills/suggest?q=dien%20d").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let skills = labels(&body);
    assert_eq!(skills.len(), 8, "default limit");
    assert!(
        skills.contains(&"Đi dây điện âm tường và trong ống".to_owned()),
        "{skills:?}"
    );
    for label in &skills {
        assert!(label.to_lowercase().contains("điện"), "{label}");
    }
    let (_, more) = app
        .get_json("/api/v1/skills/suggest?q=dien%20d&limit=20")
        .await;
    let more = labels(&more);
    assert!(
        more.iter()
            .any(|l| l.starts_with("Lắp đặt") && l.contains("điện")),
        "{more:?}"
    );
    let first = &body["items"][0];
    assert!(first["code"].as_str().is_some_and(|c| !c.is_empty()));
    assert!(first["label_en"].as_str().is_some());

    let (_, body) = app.get_json("/api/v1/occupations/suggest?q=dien%20d").await;
    assert_eq!(labels(&body)[0], "Thợ điện dân dụng", "{body}");
    let (_, body) = app.get_json("/api/v1/occupations/suggest?q=sua%20xe").await;
    assert!(
        labels(&body).contains(&"Thợ sửa chữa xe máy".to_owned()),
        "{body}"
    );
    // English labels and alternative labels match as well.
    let (_, body) = app.get_json("/api/v1/occupations/suggest?q=weld").await;
    assert_eq!(labels(&body), ["Thợ hàn"]);
    let (_, body) = app.get_json("/api/v1/skills/suggest?q=han%20co").await;
    assert!(labels(&body).contains(&"Hàn MIG/MAG".to_owned()), "{body}");

    let (_, body) = app.get_json("/api/v1/skills/suggest?q=d&limit=3").await;
    assert_eq!(labels(&body).len(), 3);
    let (status, body) = app.get_json("/api/v1/skills/suggest?q=").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(labels(&body).len(), 0);
    let (status, body) = app.get_json("/api/v1/skills/suggest").await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // The suggest routes do not shadow the code routes, and vice versa.
    let (status, skill) = app.get_json("/api/v1/skills/han-mig-mag").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(skill["label_vi"], "Hàn MIG/MAG");
    let (status, _) = app.get_json("/api/v1/occupations/tho-han").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn openapi_documents_the_search_routes() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    for path in [
        "/api/v1/courses/search",
        "/api/v1/demands/search",
        "/api/v1/skills/suggest",
        "/api/v1/occupations/suggest",
    ] {
        let op = &doc["paths"][path]["get"];
        assert!(op.is_object(), "missing {path}");
        assert_eq!(op["tags"][0], "search", "{path}");
    }
    let params: Vec<&str> = doc["paths"]["/api/v1/courses/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "q",
        "commune",
        "radius_km",
        "level",
        "mode",
        "max_fee",
        "starts_after",
    ] {
        assert!(params.contains(&name), "{name} in {params:?}");
    }
    for schema in ["CourseSearchHit", "DemandSearchHit", "Readiness"] {
        assert!(
            doc["components"]["schemas"].get(schema).is_some(),
            "missing schema {schema}"
        );
    }
}
