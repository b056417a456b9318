use reqwest::StatusCode;
use serde_json::{Map, Value, json};

use crate::helpers::{BA_VI, browser, course_body, demand_body, error_fields, html, spawn_app};

/// Answers liking every hands-on (R) statement and nothing else.
fn hands_on(items: &[Value]) -> Map<String, Value> {
    items
        .iter()
        .map(|i| {
            let like = if i["theme"] == "R" { 2 } else { 0 };
            (i["code"].as_str().unwrap().to_owned(), json!(like))
        })
        .collect()
}

#[tokio::test]
async fn interests_are_scored_openly_and_occupations_ranked_by_fit_demand_and_training() {
    let app = spawn_app().await;
    let (status, q) = app.get_json("/api/v1/guidance/interests").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(q["themes"].as_array().unwrap().len(), 6);
    let items = q["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 18);

    // Welders are wanted in Ba Vì; a motorbike course is open there.
    let employer = app.create_employer().await;
    app.create_demand(&demand_body(employer)).await;
    let provider = app.create_provider().await;
    app.create_course(&course_body(provider)).await;

    let answers = hands_on(&items);
    let (status, result) = app
        .post_json(
            "/api/v1/guidance/interests",
            &json!({"answers": answers, "commune": BA_VI, "limit": 5}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{result}");
    assert_eq!(result["themes"][0]["code"], "R");
    assert_eq!(result["themes"][0]["score"], 1.0);
    assert_eq!(result["themes"][1]["score"], 0.0);
    let rows = result["occupations"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    // Every hands-first occupation fits 0.5; demand, then training, decide.
    assert_eq!(rows[0]["code"], "tho-han", "{result}");
    assert_eq!(rows[0]["fit"], 0.5);
    assert_eq!(rows[0]["positions"], 5);
    assert_eq!(rows[0]["demand"], 1.0);
    assert_eq!(rows[0]["training"], 0.0);
    assert_eq!(rows[1]["code"], "tho-sua-chua-xe-may", "{result}");
    assert_eq!(rows[1]["courses"], 1);
    assert!(
        rows.iter()
            .all(|r| r["themes"].as_str().unwrap().starts_with('R'))
    );
    let scores: Vec<f64> = rows.iter().map(|r| r["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");

    // Far from Ba Vì nothing counts as local: fit alone orders, ties by code.
    let (_, far) = app
        .post_json(
            "/api/v1/guidance/interests",
            &json!({"answers": answers, "commune": "00004", "limit": 3}),
        )
        .await;
    assert_eq!(far["occupations"][0]["positions"], 0, "{far}");

    let mut missing = answers.clone();
    missing.remove("r1");
    let mut too_high = answers.clone();
    too_high.insert("c2".into(), json!(3));
    let mut unknown = answers.clone();
    unknown.insert("z9".into(), json!(1));
    for (body, field) in [
        (json!({"answers": missing}), "answers.r1"),
        (json!({"answers": too_high}), "answers.c2"),
        (json!({"answers": unknown}), "answers.z9"),
        (json!({"answers": answers, "commune": "99999"}), "commune"),
        (json!({"answers": answers, "limit": 0}), "limit"),
    ] {
        let (status, err) = app.post_json("/api/v1/guidance/interests", &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {err}");
        assert_eq!(error_fields(&err), [field]);
    }
}

#[tokio::test]
async fn a_school_leaver_answers_the_page_and_gets_a_printable_result() {
    let app = spawn_app().await;
    let visitor = browser();
    let (status, page) = html(&visitor, &app, "/so-thich").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.len() < 100 * 1024, "{} bytes", page.len());
    assert!(page.contains("name=\"r1\""));
    assert!(page.contains("Không thích") && page.contains("Bình thường"));

    let (_, q) = app.get_json("/api/v1/guidance/interests").await;
    let mut query: Vec<String> = q["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let like = if i["theme"] == "S" { 2 } else { 0 };
            format!("{}={like}", i["code"].as_str().unwrap())
        })
        .collect();
    let (status, result) = html(
        &visitor,
        &app,
        &format!("/so-thich/ket-qua?{}&commune=", query.join("&")),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(result.len() < 100 * 1024);
    assert!(result.contains("href=\"/nghe/nhan-vien-cham-soc-nguoi-cao-tuoi\""));
    assert!(result.contains("id=\"method\""));
    assert!(result.contains("không phải bài trắc nghiệm tâm lý đã được kiểm định"));
    assert!(result.contains("Giúp đỡ</th><td>100%"), "theme score shown");

    query.remove(0);
    let (status, again) = html(
        &visitor,
        &app,
        &format!("/so-thich/ket-qua?{}", query.join("&")),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.contains("Hãy trả lời câu này."));
    assert!(
        again.contains("value=\"2\" checked"),
        "answers given are kept"
    );
}
