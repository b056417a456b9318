//! Learners of a class: modules passed, the certificate (refused naming the
//! modules missing), outcomes 3 and 6 months after with the list of whom to
//! call, and results computed as the public performance API does.

use chrono::{Duration, Utc};
use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Expr, ExprTrait, Query};

use super::{applicants, electronics, post_form};
use crate::helpers::{html, spawn_app};
use crate::outcomes::ELECTRONICS;

#[tokio::test]
async fn a_provider_records_modules_issues_the_certificate_and_calls_when_outcomes_are_due() {
    let app = spawn_app().await;
    let (owner, course, class) = electronics(&app, 10).await;
    let people = applicants(&app, course, 2).await;
    let client = owner.browser_session().await;
    let page_path = format!("/provider/intakes/{class}");
    for (_, e) in &people {
        let (status, _, _) = post_form(
            &client,
            &app,
            &format!("/provider/enrolments/{e}/decide"),
            &[("status", "accepted")],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    let (first, second) = (people[0].1, people[1].1);

    // Modules one by one; the certificate is refused while one is missing.
    for code in ["MĐ01", "MĐ02"] {
        let (status, location, _) = post_form(
            &client,
            &app,
            &format!("/provider/enrolments/{first}/modules"),
            &[("module_code", code)],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location, format!("{page_path}#e{first}"));
    }
    let (status, _, page) = post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{first}/certificate"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("còn thiếu: MĐ03 Hàn linh kiện."), "{page}");
    let (status, _, page) = post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{first}/modules"),
        &[("module_code", "MĐ09")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{first}/modules"),
        &[("module_code", "MĐ03")],
    )
    .await;
    let (status, _, _) = post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{first}/certificate"),
        &[],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, page) = html(&client, &app, &page_path).await;
    assert!(
        page.contains(&format!("Đã cấp chứng chỉ</strong>: {ELECTRONICS}")),
        "{page}"
    );
    let learner = people[0].0.browser_session().await;
    let (_, learning) = html(&learner, &app, "/me/learning").await;
    assert!(learning.contains(ELECTRONICS) && learning.contains("Do cơ sở đào tạo cấp"));

    // The second learner completed 7 months ago with nothing recorded.
    for code in ["MĐ01", "MĐ02", "MĐ03"] {
        post_form(
            &client,
            &app,
            &format!("/provider/enrolments/{second}/modules"),
            &[("module_code", code)],
        )
        .await;
    }
    post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{second}/certificate"),
        &[],
    )
    .await;
    let (_, calls) = html(&client, &app, "/provider/calls").await;
    assert!(calls.contains("Không có ai cần gọi lúc này."), "{calls}");
    let backdate = Query::update()
        .table("enrolments")
        .value("finished_at", Utc::now() - Duration::days(215))
        .and_where(Expr::col("id").eq(second))
        .to_owned();
    let backend = app.db.get_database_backend();
    app.db.execute_raw(backend.build(&backdate)).await.unwrap();
    let (_, calls) = html(&client, &app, "/provider/calls").await;
    let link = format!("/provider/intakes/{class}#e{second}");
    assert_eq!(
        calls.matches(&link).count(),
        2,
        "3 and 6 months are both due: {calls}"
    );
    let (_, dashboard) = html(&client, &app, "/provider").await;
    assert!(
        dashboard.contains("Cần gọi hỏi kết quả: <strong>2</strong>"),
        "{dashboard}"
    );

    // Bad outcome input is refused with the reason; good input is recorded.
    let outcomes = format!("/provider/enrolments/{second}/outcomes");
    let (status, _, page) = post_form(
        &client,
        &app,
        &outcomes,
        &[
            ("months_after", "6"),
            ("status", "employed"),
            ("monthly_income_vnd", "bảy triệu"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Hãy nhập một số."), "{page}");
    let (status, _, _) = post_form(
        &client,
        &app,
        &outcomes,
        &[
            ("months_after", "3"),
            ("status", "unemployed"),
            ("monthly_income_vnd", ""),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, calls) = html(&client, &app, "/provider/calls").await;
    assert_eq!(calls.matches(&link).count(), 1, "{calls}");
    assert!(calls.contains("<td>6 tháng</td>"), "{calls}");
    let (status, _, _) = post_form(
        &client,
        &app,
        &outcomes,
        &[
            ("months_after", "6"),
            ("status", "employed"),
            ("monthly_income_vnd", "7.500.000"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, page) = post_form(
        &client,
        &app,
        &outcomes,
        &[
            ("months_after", "6"),
            ("status", "employed"),
            ("monthly_income_vnd", "8000000"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "one outcome per month");
    assert!(page.contains("đã được ghi nhận"));
    let (_, calls) = html(&client, &app, "/provider/calls").await;
    assert!(calls.contains("Không có ai cần gọi lúc này."));
    let (_, page) = html(&client, &app, &page_path).await;
    assert!(
        page.contains("Sau 6 tháng: Có việc làm, 7.500.000 đ"),
        "{page}"
    );

    // Results are the public performance figures, with their definitions.
    let (_, public) = app
        .get_json(&format!("/api/v1/courses/{course}/performance"))
        .await;
    assert_eq!(public["certified"], 2);
    assert_eq!(public["employed_at_6_months"], 1);
    let (status, results) = html(&client, &app, "/provider/results").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        results.contains(r#"<dd class="certificate">100 % (2)</dd>"#)
            || results.contains(r#"<dd class="certificate">100,0 % (2)</dd>"#),
        "{results}"
    );
    assert!(
        results.contains(r#"<dd class="employment">100 % (1/1)</dd>"#)
            || results.contains(r#"<dd class="employment">100,0 % (1/1)</dd>"#),
        "{results}"
    );
    assert!(results.contains("Tỷ lệ hoàn thành = hoàn thành ÷ đã nhập học."));
    assert!(
        results.contains("cần ít nhất 3 mức thu nhập"),
        "one income is not shown"
    );
    assert!(
        page.contains(r#"<dd class="enrolled">2</dd>"#),
        "the class's own results: {page}"
    );
}
