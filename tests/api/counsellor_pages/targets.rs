use chrono::Datelike;
use reqwest::StatusCode;

use super::{counsellor, page, section, worker};
use crate::helpers::{BA_VI, course_body, html, spawn_app};
use crate::outcomes::{apply, certify, pass, set_status};

/// The page's cells of one table row, tags dropped.
fn cells(row: &str) -> Vec<String> {
    row.split("<td")
        .skip(1)
        .map(|cell| {
            let inner = &cell[cell.find('>').unwrap() + 1..];
            let mut text = String::new();
            let mut in_tag = false;
            for c in inner.split("</td>").next().unwrap().chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.trim().to_owned()
        })
        .collect()
}

#[tokio::test]
async fn targets_over_years_count_provider_certificates_apart_from_declared_ones() {
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let course = app.create_course(&course_body(provider_id)).await;
    let course_id = course["id"].as_i64().unwrap();
    // One worker declared a certificate; the other earned one from a provider.
    let (_declared, _, _) = worker(&app, true, BA_VI).await;
    let (learner, _) = crate::outcomes::worker(&app, false, false).await;
    let provider = app.provider_owner().await;
    let enrolment = apply(&learner, course_id).await;
    set_status(provider, enrolment, "accepted").await;
    set_status(provider, enrolment, "studying").await;
    pass(provider, enrolment, &["MĐ01", "MĐ02"]).await;
    set_status(provider, enrolment, "completed").await;
    let (status, body) = certify(provider, enrolment).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    let (_, desk) = counsellor(&app).await;
    let targets = page(&desk, &app, "/counsellor/targets").await;
    let year = hocnghe_domain::hanoi_today().year();
    let table = section(&targets, "id=\"years\"", "</table>");
    let row = section(table, &format!("?year={year}\""), "</tr>");
    let figures = cells(&format!("<td>{row}"));
    // Year, enrolments, workers, trained, certified, provider-issued, declared only.
    assert_eq!(figures[1], "1", "{figures:?}");
    assert_eq!(figures[2], "2", "{figures:?}");
    assert_eq!(figures[3], "100,0 %", "{figures:?}");
    assert_eq!(figures[4], "100,0 % (2)", "{figures:?}");
    assert_eq!(figures[5], "1 · 50,0 %", "{figures:?}");
    assert_eq!(figures[6], "1", "{figures:?}");
    assert!(table.contains("2030"), "the plan's line");
    let communes = section(&targets, "id=\"communes\"", "</table>");
    assert!(communes.contains("Ba Vì"), "{communes}");

    let (status, _) = html(&desk, &app, "/counsellor/targets?year=1990").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let admin = app.account(hocnghe_domain::Role::Admin).await;
    let (status, _) = html(&admin.browser_session().await, &app, "/counsellor/targets").await;
    assert_eq!(status, StatusCode::OK, "admins read the targets too");
}
