use reqwest::StatusCode;

use crate::helpers::{BA_VI, error_fields, spawn_app};

#[tokio::test]
async fn lists_hanoi_126_communes_with_coordinates() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/api/v1/communes").await;
    assert_eq!(status, StatusCode::OK);
    let communes = body.as_array().unwrap();
    assert_eq!(communes.len(), 126);
    let ba_vi = communes.iter().find(|c| c["code"] == BA_VI).unwrap();
    assert_eq!(ba_vi["name"], "Ba Vì");
    assert_eq!(ba_vi["kind"], "commune");
    assert!((ba_vi["lat"].as_f64().unwrap() - 21.058).abs() < 0.01);

    let (status, one) = app.get_json("/api/v1/communes/00070").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["full_name"], "Phường Hoàn Kiếm");
    let (status, _) = app.get_json("/api/v1/communes/99999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn skills_and_occupations_are_readable_and_filterable() {
    let app = spawn_app().await;
    let (status, page) = app.get_json("/api/v1/skills?per_page=5").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["items"].as_array().unwrap().len(), 5);
    assert!(page["total"].as_u64().unwrap() >= 5);

    let (status, welder) = app.get_json("/api/v1/occupations/tho-han").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(welder["isco_code"], "7212");
    let skills = welder["skills"].as_array().unwrap();
    assert!(
        skills
            .iter()
            .any(|s| s["code"] == "han-mig-mag" && s["importance"] == "essential")
    );
    assert_eq!(
        skills[0]["importance"], "essential",
        "essential skills come first"
    );

    let (_, needed) = app
        .get_json("/api/v1/skills?occupation=tho-han&per_page=100")
        .await;
    assert_eq!(needed["total"].as_u64().unwrap() as usize, skills.len());

    let (status, mechanics) = app
        .get_json("/api/v1/occupations?sector=mechanics&per_page=100")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        mechanics["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["sector"] == "mechanics")
    );

    let (status, _) = app.get_json("/api/v1/occupations/khong-co-nghe-nay").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.get_json("/api/v1/skills/khong-co").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_list_parameters_get_field_level_422() {
    let app = spawn_app().await;
    let (status, body) = app.get_json("/api/v1/skills?per_page=101").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&body), ["per_page"]);

    let (status, body) = app.get_json("/api/v1/skills?group=cooking").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&body), ["group"]);

    let (status, body) = app.get_json("/api/v1/occupations?page=abc").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&body), ["page"]);
    assert!(body["fields"][0]["message_vi"].as_str().is_some());
}
