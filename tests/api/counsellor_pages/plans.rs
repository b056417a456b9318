use reqwest::StatusCode;

use super::{audit_actions, counsellor, page, post_form, section, worker};
use crate::helpers::{BA_VI, html, spawn_app};

#[tokio::test]
async fn a_counsellor_writes_a_plan_and_the_worker_reads_it_and_marks_a_step_done() {
    let app = spawn_app().await;
    let (_, desk) = counsellor(&app).await;
    let (me, id, session) = worker(&app, true, BA_VI).await;
    let plan_path = format!("/counsellor/workers/{id}/plan");

    let response = post_form(
        &desk,
        &app,
        &format!("{plan_path}/goal"),
        &[("goal", "Có nghề sửa xe máy trước Tết")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = post_form(
        &desk,
        &app,
        &format!("{plan_path}/steps"),
        &[
            ("kind", "document"),
            ("title", "Xin giấy xác nhận hộ cận nghèo"),
            ("due_on", "15/12/2026"),
            ("note", "Mang theo sổ hộ khẩu"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);

    // A refused step comes back with every value as typed and the reason.
    let response = post_form(
        &desk,
        &app,
        &format!("{plan_path}/steps"),
        &[
            ("kind", "other"),
            ("title", ""),
            ("due_on", "sang năm"),
            ("note", "Gọi lại cho chị"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    let form = section(&body, "id=\"step-errors\"", "</form>");
    assert!(form.contains("Ngày không hợp lệ"), "{form}");
    assert!(form.contains("Trường này là bắt buộc"), "{form}");
    assert!(form.contains(r#"value="sang năm""#), "{form}");
    assert!(form.contains("Gọi lại cho chị</textarea>"), "{form}");
    assert!(
        form.contains(r#"name="kind" value="other" checked"#),
        "{form}"
    );

    // The worker sees the plan and marks the step done.
    let mine = page(&session, &app, "/me/plan").await;
    assert!(mine.contains("Có nghề sửa xe máy trước Tết"), "{mine}");
    assert!(mine.contains("Xin giấy xác nhận hộ cận nghèo"));
    assert!(mine.contains("15/12/2026"));
    assert!(
        !mine.contains("Gọi lại cho chị"),
        "the refused step was not saved"
    );
    let step: i64 = mine
        .split("action=\"/me/plan/steps/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .parse()
        .unwrap();

    // Another worker cannot touch it.
    let (_, _, stranger) = worker(&app, true, BA_VI).await;
    let response = post_form(
        &stranger,
        &app,
        &format!("/me/plan/steps/{step}/done"),
        &[("done", "1")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);

    let response = post_form(
        &session,
        &app,
        &format!("/me/plan/steps/{step}/done"),
        &[("done", "1")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let mine = page(&session, &app, "/me/plan").await;
    assert!(mine.contains("✓ Đã xong"), "{mine}");
    let history = section(&mine, "id=\"history\"", "</ul>");
    assert!(
        history.contains("đã đánh dấu một bước là xong: “Xin giấy xác nhận hộ cận nghèo”"),
        "{history}"
    );
    assert!(history.contains("đã thêm một bước vào kế hoạch"));
    assert!(history.contains("đã ghi mục tiêu kế hoạch"));

    // The counsellor sees who did it; deleting asks first.
    let theirs = page(&desk, &app, &format!("/counsellor/workers/{id}")).await;
    assert!(theirs.contains("✓ Đã xong"), "{theirs}");
    let confirm = page(&desk, &app, &format!("{plan_path}/steps/{step}/delete")).await;
    assert!(confirm.contains("Xóa bước này khỏi kế hoạch?"));
    let response = post_form(
        &desk,
        &app,
        &format!("{plan_path}/steps/{step}/delete"),
        &[],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let mine = page(&session, &app, "/me/plan").await;
    assert!(!mine.contains("action=\"/me/plan/steps/"), "{mine}");
    let log = audit_actions(&me).await;
    for action in [
        "plan.goal",
        "plan.step_add",
        "plan.step_done",
        "plan.step_delete",
    ] {
        assert!(log.contains(&action.to_owned()), "{action} in {log:?}");
    }
}

#[tokio::test]
async fn the_advice_sheet_prints_the_plan_and_courses_without_script() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let course = app
        .create_course(&crate::helpers::course_body(provider))
        .await;
    let (_, desk) = counsellor(&app).await;
    let (_, id, session) = worker(&app, true, BA_VI).await;
    post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{id}/plan/steps"),
        &[("kind", "other"), ("title", "Hỏi hợp tác xã về việc làm")],
    )
    .await;
    let sheet = page(&desk, &app, &format!("/counsellor/workers/{id}/sheet")).await;
    assert!(sheet.contains("@media print"));
    assert!(!sheet.contains("<script"));
    assert!(sheet.contains("Hỏi hợp tác xã về việc làm"));
    assert!(
        sheet.contains(course["title"].as_str().unwrap()),
        "the suggested course is on the sheet: {sheet}"
    );
    assert!(sheet.len() < 100 * 1024);
    let (status, _) = html(&session, &app, &format!("/counsellor/workers/{id}/sheet")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
