//! Publishing and editing a course and its classes from the pages.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::json;

use super::post_form;
use crate::helpers::{BA_VI, html, spawn_app};

fn course_form<'a>(
    provider: &'a str,
    title: &'a str,
    credits: &'a str,
    skill: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("level", "so_cap"),
        ("delivery_mode", "in_person"),
        ("occupation_code", "tho-sua-chua-xe-may"),
        ("commune_code", BA_VI),
        ("fee_vnd", "4.500.000"),
        ("subsidy_vnd", "3000000"),
        ("certificate", "Chứng chỉ sơ cấp Sửa chữa xe máy"),
        ("description", ""),
        ("start_date", "2027-03-02"),
        ("weeks", "12"),
        ("schedule", "evening"),
        ("seats", "20"),
        ("module_code", "MĐ01"),
        ("module_title", "Bảo dưỡng động cơ"),
        ("module_credits", credits),
        ("module_hours", "90"),
        ("module_0_skill", skill),
        ("module_prerequisites", ""),
        ("module_code", "MĐ02"),
        ("module_title", "Sửa chữa phanh"),
        ("module_credits", "2"),
        ("module_hours", "60"),
        ("module_1_skill", "phanh xe may"),
        ("module_prerequisites", "MĐ01"),
        ("module_code", ""),
        ("module_title", ""),
        ("module_credits", ""),
        ("module_hours", ""),
        ("module_prerequisites", ""),
        ("provider_id", provider),
    ]
}

#[tokio::test]
async fn a_provider_registers_publishes_a_course_and_adds_and_edits_a_class() {
    let app = spawn_app().await;
    let owner = app.signup(Role::Provider).await;
    let client = owner.browser_session().await;

    let (status, page) = html(&client, &app, "/provider").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(r#"action="/provider/organisations""#),
        "{page}"
    );
    let (status, location, _) = post_form(
        &client,
        &app,
        "/provider/organisations",
        &[
            ("name", "Trung tâm GDNN Ba Vì"),
            ("kind", "vocational_center"),
            ("commune_code", BA_VI),
        ],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::SEE_OTHER, "/provider")
    );

    let (_, mine) = owner.get_json("/api/v1/providers?mine=true").await;
    let provider = mine["items"][0]["id"].to_string();
    let provider = provider.as_str();
    let (status, form) = html(&client, &app, "/provider/courses/new").await;
    assert_eq!(status, StatusCode::OK);
    assert!(form.contains(r#"list="skill-list""#));
    assert!(form.len() < 100_000, "{} bytes", form.len());

    // A bad form comes back with every value kept and the problems named.
    let (status, _, page) = post_form(
        &client,
        &app,
        "/provider/courses/new",
        &course_form(provider, "Sửa chữa xe máy", "ba", "dong co xe may"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Hãy nhập một số."), "{page}");
    assert!(page.contains(r#"value="Sửa chữa xe máy""#));
    assert!(page.contains(r#"value="dong co xe may""#));
    assert!(page.contains(r#"value="phanh xe may""#));
    let (status, _, page) = post_form(
        &client,
        &app,
        "/provider/courses/new",
        &course_form(provider, "Sửa chữa xe máy", "3", "xe"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("khớp với"),
        "an ambiguous skill names the candidates: {page}"
    );
    let (_, courses) = app.get_json("/api/v1/courses").await;
    assert_eq!(courses["total"], 0, "nothing was written");

    // Unaccented partial skill names are enough.
    let (status, location, page) = post_form(
        &client,
        &app,
        "/provider/courses/new",
        &course_form(provider, "Sửa chữa xe máy", "3", "dong co xe may"),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let (_, courses) = app.get_json("/api/v1/courses").await;
    let course = &courses["items"][0];
    let id = course["id"].as_i64().unwrap();
    assert_eq!(location, format!("/provider#c{id}"));
    assert_eq!(course["fee_vnd"], 4_500_000);
    assert_eq!(
        course["modules"][0]["skills"][0]["code"],
        "bao-duong-sua-chua-dong-co-xe-may"
    );
    assert_eq!(
        course["modules"][1]["skills"][0]["code"],
        "sua-chua-he-thong-phanh-xe-may"
    );
    assert_eq!(course["modules"][1]["prerequisites"], json!(["MĐ01"]));

    let (_, dashboard) = html(&client, &app, "/provider").await;
    assert!(dashboard.contains("Sửa chữa xe máy"));
    assert!(
        dashboard.contains(r#"<td class="seats">0/20</td>"#),
        "{dashboard}"
    );
    assert!(
        dashboard.contains("Cần gọi hỏi kết quả: <strong>0</strong>"),
        "{dashboard}"
    );

    // The edit form shows the course as saved, skills by name.
    let (status, edit) = html(&client, &app, &format!("/provider/courses/{id}/edit")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        edit.contains(r#"value="Bảo dưỡng, sửa chữa động cơ xe máy""#),
        "{edit}"
    );
    let mut changed = course_form(provider, "Sửa chữa xe máy nâng cao", "4", "dong co xe may");
    changed[12] = ("seats", "30");
    let (status, _, _) = post_form(
        &client,
        &app,
        &format!("/provider/courses/{id}/edit"),
        &changed,
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, course) = app.get_json(&format!("/api/v1/courses/{id}")).await;
    assert_eq!(course["title"], "Sửa chữa xe máy nâng cao");
    assert_eq!(course["modules"][0]["credits"], 4);
    assert_eq!(course["intakes"][0]["seats"], 30);

    // A second class; a bad one is refused with the values kept.
    let new_class = format!("/provider/courses/{id}/intakes/new");
    let (status, _, page) = post_form(
        &client,
        &app,
        &new_class,
        &[
            ("start_date", "2027-09-07"),
            ("weeks", "0"),
            ("schedule", "weekend"),
            ("seats", "15"),
            ("commune_code", ""),
            ("address", "Thôn 3"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains(r#"value="Thôn 3""#), "{page}");
    let (status, location, _) = post_form(
        &client,
        &app,
        &new_class,
        &[
            ("start_date", "2027-09-07"),
            ("weeks", "10"),
            ("schedule", "weekend"),
            ("seats", "15"),
            ("commune_code", ""),
            ("address", "Thôn 3"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, classes) = app.get_json(&format!("/api/v1/courses/{id}/intakes")).await;
    let second = classes[1]["id"].as_i64().unwrap();
    assert_eq!(location, format!("/provider/intakes/{second}"));
    assert_eq!(classes[1]["schedule"], "weekend");
    let (status, _, _) = post_form(
        &client,
        &app,
        &format!("/provider/intakes/{second}/edit"),
        &[
            ("start_date", "2027-09-14"),
            ("weeks", "10"),
            ("schedule", "weekend"),
            ("seats", "18"),
            ("commune_code", ""),
            ("address", "Thôn 3"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, classes) = app.get_json(&format!("/api/v1/courses/{id}/intakes")).await;
    assert_eq!(classes[1]["start_date"], "2027-09-14");
    assert_eq!(classes[1]["seats"], 18);
    let (_, page) = html(&client, &app, &format!("/provider/intakes/{second}")).await;
    assert!(page.contains("0/18"), "{page}");
    let (_, english) = html(&client, &app, "/provider?lang=en").await;
    assert!(english.contains("Publish a course"));
}
