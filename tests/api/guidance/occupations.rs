use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, browser, course_body, demand_body, html, spawn_app};
use crate::workers::worker_with_profile;

/// Pages must stay light on a cheap phone.
const PAGE_LIMIT: usize = 100 * 1024;

fn codes(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn every_occupation_has_a_page_with_description_skills_demand_and_route() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let employer = app.create_employer().await;
    // Two courses lead to motorbike repair: an elementary one (5 credits)
    // and a short one (2 credits), which comes first on the route.
    let elementary = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();
    let mut short = course_body(provider);
    short["title"] = json!("Bảo dưỡng xe máy cơ bản");
    short["level"] = json!("short_course");
    short["modules"] = json!([{"code": "M1", "title": "Bảo dưỡng định kỳ", "credits": 2,
                               "hours": 60, "skills": ["bao-duong-dinh-ky-xe-may"]}]);
    let short = app.create_course(&short).await["id"].as_i64().unwrap();
    let mut demand = demand_body(employer);
    demand["title"] = json!("Tuyển 5 thợ sửa xe máy");
    demand["occupation_code"] = json!("tho-sua-chua-xe-may");
    demand["skills"] = json!([{"code": "bao-duong-dinh-ky-xe-may", "importance": "essential"}]);
    app.create_demand(&demand).await;

    let (status, groups) = app.get_json("/api/v1/guidance/occupations").await;
    assert_eq!(status, StatusCode::OK, "{groups}");
    assert_eq!(
        codes(&groups, "code"),
        [
            "nong-nghiep",
            "cong-nghiep-xay-dung",
            "dich-vu",
            "ky-thuat-so"
        ]
    );
    let mut all: Vec<Value> = Vec::new();
    for g in groups.as_array().unwrap() {
        all.extend(g["occupations"].as_array().unwrap().iter().cloned());
    }
    assert_eq!(all.len(), 87, "every occupation of the taxonomy, once");
    let moto = all
        .iter()
        .find(|o| o["code"] == "tho-sua-chua-xe-may")
        .unwrap();
    assert_eq!(moto["open_positions"], 5);
    assert_eq!(moto["courses"], 2);

    let (status, guide) = app
        .get_json(&format!(
            "/api/v1/guidance/occupations/tho-sua-chua-xe-may?commune={BA_VI}"
        ))
        .await;
    assert_eq!(status, StatusCode::OK, "{guide}");
    assert_eq!(guide["group"], "cong-nghiep-xay-dung");
    assert!(
        !guide["occupation"]["description_vi"]
            .as_str()
            .unwrap()
            .is_empty()
    );
    assert_eq!(guide["occupation"]["skills"][0]["importance"], "essential");
    assert_eq!(guide["open_positions"], 5);
    assert_eq!(guide["by_commune"][0]["commune_code"], BA_VI);
    assert_eq!(guide["wage"]["min_vnd"], 8_000_000);
    assert_eq!(guide["wage"]["max_vnd"], 12_000_000);
    let route: Vec<i64> = guide["route"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["course_id"].as_i64().unwrap())
        .collect();
    assert_eq!(route, [short, elementary], "short course first: {guide}");
    assert_eq!(guide["route"][0]["distance_km"], 0.0);
    let related = codes(&guide["related"], "code");
    assert!(
        related.contains(&"tho-sua-chua-xe-dap-dien-xe-may-dien".to_owned()),
        "{related:?}"
    );
    assert!(!related.contains(&"tho-sua-chua-xe-may".to_owned()));

    for (path, want) in [
        (
            "/api/v1/guidance/occupations/khong-co",
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/guidance/occupations/tho-han?commune=99999",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "/api/v1/guidance/occupations/tho-han?x=1",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let (status, body) = app.get_json(path).await;
        assert_eq!(status, want, "{path}: {body}");
        assert!(body["message_vi"].is_string() && body["message_en"].is_string());
    }

    // The pages: the index names every occupation, each page has its
    // description and either its route or says no course is offered yet.
    let visitor = browser();
    let (status, index) = html(&visitor, &app, "/nghe").await;
    assert_eq!(status, StatusCode::OK);
    assert!(index.len() < PAGE_LIMIT, "{} bytes", index.len());
    for o in &all {
        let code = o["code"].as_str().unwrap();
        assert!(index.contains(&format!("href=\"/nghe/{code}\"")), "{code}");
        let (status, page) = html(&visitor, &app, &format!("/nghe/{code}")).await;
        assert_eq!(status, StatusCode::OK, "{code}");
        assert!(page.len() < PAGE_LIMIT, "{code}: {} bytes", page.len());
        assert!(page.contains("id=\"description\""), "{code}");
        if o["courses"] == 0 {
            assert!(
                page.contains("Hiện chưa có khóa học nào dẫn tới nghề này."),
                "{code}"
            );
        } else {
            assert!(page.contains("href=\"/courses/"), "{code}");
        }
    }
    let (_, page) = html(&visitor, &app, "/nghe/tho-sua-chua-xe-may").await;
    let (first, second) = (
        page.find(&format!("/courses/{short}\"")).unwrap(),
        page.find(&format!("/courses/{elementary}\"")).unwrap(),
    );
    assert!(first < second, "the route lists the short course first");
    assert!(page.contains("<strong>5</strong> vị trí đang tuyển"));
    assert!(page.contains("8.000.000"), "wage in Vietnamese format");
    assert!(page.contains("<svg"), "the small map");
    assert!(page.contains("/nghe/tho-sua-chua-xe-dap-dien-xe-may-dien"));
    let (status, _) = html(&visitor, &app, "/nghe/khong-co").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, english) = html(&visitor, &app, "/nghe/tho-han?lang=en").await;
    assert!(english.contains("The route in"));
}

#[tokio::test]
async fn a_signed_in_worker_sees_their_gap_and_the_courses_closing_it() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let course = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();
    let (worker, _) = worker_with_profile(&app, &crate::workers::profile_body()).await;
    let session = worker.browser_session().await;
    let (status, page) = html(&session, &app, "/nghe/tho-sua-chua-xe-may").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Bạn còn thiếu gì"), "{page}");
    // The profile holds "Bảo dưỡng định kỳ xe máy"; the course teaches
    // engine and brake repair, both missing.
    let gap = &page[page.find("id=\"gap\"").unwrap()..];
    assert!(gap.contains("Bảo dưỡng định kỳ xe máy"));
    assert!(gap.contains(&format!("/courses/{course}\"")));

    let stranger = app.signup(Role::Worker).await.browser_session().await;
    let (_, page) = html(&stranger, &app, "/nghe/tho-sua-chua-xe-may").await;
    assert!(page.contains("Điền hồ sơ để xem bạn còn thiếu"));
    let (_, page) = html(&browser(), &app, "/nghe/tho-sua-chua-xe-may").await;
    assert!(page.contains("/login?next=/nghe/tho-sua-chua-xe-may"));
}

#[tokio::test]
async fn the_openapi_document_describes_the_guidance_routes() {
    let app = spawn_app().await;
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    for path in [
        "/api/v1/guidance/occupations",
        "/api/v1/guidance/occupations/{code}",
        "/api/v1/guidance/activities",
        "/api/v1/guidance/discover",
        "/api/v1/workers/me/skills/discovered",
        "/api/v1/workers/{id}/skills/discovered",
        "/api/v1/guidance/interests",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    assert!(doc["components"]["schemas"]["OccupationGuide"].is_object());
}
