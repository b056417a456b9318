use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{BA_VI, course_body, error_fields, spawn_app};

#[tokio::test]
async fn the_gap_from_welder_to_motorbike_mechanic_lists_missing_skills_and_the_course_closing_them()
 {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let motorbike = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();
    let mut welding = course_body(provider);
    welding["modules"] = json!([{"code": "H01", "title": "Hàn MIG", "credits": 4, "hours": 120,
                                 "skills": ["han-mig-mag"]}]);
    let welding = app.create_course(&welding).await["id"].as_i64().unwrap();

    let (status, gap) = app
        .get_json(&format!(
            "/api/v1/occupations/tho-sua-chua-xe-may/gap?from=tho-han&commune={BA_VI}"
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{gap}");
    assert_eq!(gap["shared_skills"], json!([]));
    let missing = gap["missing_skills"].as_array().unwrap();
    // The taxonomy lists 9 essential and 5 optional skills for the mechanic.
    assert_eq!(missing.len(), 14, "{gap}");
    assert!(missing[..9].iter().all(|s| s["importance"] == "essential"));
    let courses: Vec<i64> = gap["courses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["course_id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        courses,
        vec![motorbike],
        "the welding course closes nothing: {gap}"
    );
    assert!(!courses.contains(&welding));
    assert_eq!(gap["courses"][0]["essential_covered"], 2);
    assert_eq!(gap["courses"][0]["distance_km"], 0.0);
    assert_eq!(gap["cover"][0]["course_id"], motorbike);

    let (status, _) = app
        .get_json("/api/v1/occupations/khong-co/gap?from=tho-han")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    for query in [
        "",
        "?from=tho-han&commune=99999",
        "?from=tho-han&limit=0",
        "?from=tho-han&x=1",
    ] {
        let (status, body) = app
            .get_json(&format!(
                "/api/v1/occupations/tho-sua-chua-xe-may/gap{query}"
            ))
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
        assert!(!error_fields(&body).is_empty(), "{body}");
    }
}
