//! Applicants of a class: offered seats and the waiting list in the order
//! they applied, decisions after a confirmation step with the learner told,
//! closing and cancelling a class.

use reqwest::StatusCode;

use super::{applicants, electronics, inbox, post_form};
use crate::helpers::{html, spawn_app};

#[tokio::test]
async fn applicants_beyond_the_free_seats_wait_in_order_and_a_freed_seat_offers_the_first() {
    let app = spawn_app().await;
    let (owner, course, class) = electronics(&app, 2).await;
    let people = applicants(&app, course, 4).await;
    let client = owner.browser_session().await;
    let page_path = format!("/provider/intakes/{class}");
    let accept = |e: i64| format!(r#"href="/provider/enrolments/{e}/decide?status=accepted""#);

    let (status, page) = html(&client, &app, &page_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&accept(people[0].1)) && page.contains(&accept(people[1].1)));
    assert!(!page.contains(&accept(people[2].1)), "the third waits");
    assert!(page.contains("Danh sách chờ #1") && page.contains("Danh sách chờ #2"));
    let (_, dashboard) = html(&client, &app, "/provider").await;
    assert!(
        dashboard.contains(r#"<td class="applicants">4</td>"#),
        "{dashboard}"
    );

    // Accepting asks first, then tells the learner.
    let (status, confirm) = html(
        &client,
        &app,
        &format!(
            "/provider/enrolments/{}/decide?status=accepted",
            people[0].1
        ),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("Nhận: "), "{confirm}");
    assert!(
        inbox(&people[0].0).await.is_empty(),
        "the confirmation page changes nothing"
    );
    for (_, e) in &people[..2] {
        let (status, location, _) = post_form(
            &client,
            &app,
            &format!("/provider/enrolments/{e}/decide"),
            &[("status", "accepted")],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location, format!("{page_path}#applicants"));
    }
    assert!(
        inbox(&people[0].0).await[0].contains("Bạn đã được nhận vào khóa học \"Điện tử cơ bản\"")
    );
    let (_, page) = html(&client, &app, &page_path).await;
    assert!(page.contains(r#"<span id="seats">2/2</span>"#), "{page}");
    assert!(!page.contains(&accept(people[2].1)) && !page.contains(&accept(people[3].1)));
    assert!(page.contains("Danh sách chờ #1") && page.contains("Danh sách chờ #2"));
    assert!(
        page.find(&format!("id=\"a{}\"", people[2].1))
            < page.find(&format!("id=\"a{}\"", people[3].1))
    );
    // Accepting someone waiting when the class is full is refused on the page.
    let (status, _, page) = post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{}/decide", people[3].1),
        &[("status", "accepted")],
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("Lớp đã hết chỗ"), "{page}");

    // Declining needs a reason, keeps what was typed, and the learner reads it.
    let decline = format!("/provider/enrolments/{}/decide", people[3].1);
    let (status, confirm) = html(&client, &app, &format!("{decline}?status=rejected")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains(r#"name="reason""#));
    let (status, _, page) = post_form(
        &client,
        &app,
        &decline,
        &[("status", "rejected"), ("reason", "  ")],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Hãy cho học viên biết lý do."));
    let (status, _, _) = post_form(
        &client,
        &app,
        &decline,
        &[
            ("status", "rejected"),
            ("reason", "Lớp cần học viên biết đọc bản vẽ."),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let told = inbox(&people[3].0).await;
    assert!(
        told[0].contains("không nhận bạn")
            && told[0].contains("Lý do: Lớp cần học viên biết đọc bản vẽ."),
        "{told:?}"
    );

    // A seat given back offers the first one waiting.
    let (status, _) = people[1]
        .0
        .post_json(
            &format!("/api/v1/enrolments/{}/withdraw", people[1].1),
            &serde_json::Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, page) = html(&client, &app, &page_path).await;
    assert!(page.contains(&accept(people[2].1)), "{page}");
    assert!(!page.contains("Danh sách chờ"));
}

#[tokio::test]
async fn closing_and_cancelling_a_class_ask_first_and_tell_its_learners() {
    let app = spawn_app().await;
    let (owner, course, class) = electronics(&app, 5).await;
    let people = applicants(&app, course, 2).await;
    let client = owner.browser_session().await;
    let status_path = format!("/provider/intakes/{class}/status");

    let (status, confirm) = html(&client, &app, &format!("{status_path}?to=full")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("Ngừng nhận đăng ký lớp này?"), "{confirm}");
    let (status, _) = html(&client, &app, &format!("{status_path}?to=running")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, location, _) = post_form(&client, &app, &status_path, &[("to", "full")]).await;
    assert_eq!(
        (status, location),
        (StatusCode::SEE_OTHER, format!("/provider/intakes/{class}"))
    );
    for (who, _) in &people {
        assert!(inbox(who).await[0].contains("đã ngừng nhận đăng ký"));
    }

    // With an accepted learner the class cannot be cancelled: the page says why.
    let (status, _, _) = post_form(
        &client,
        &app,
        &format!("/provider/enrolments/{}/decide", people[0].1),
        &[("status", "accepted")],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (status, _, page) = post_form(&client, &app, &status_path, &[("to", "cancelled")]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("hãy chuyển họ sang lớp khác"), "{page}");

    // Without one, cancelling closes the applications and tells the applicants.
    let (status, _) = people[0]
        .0
        .post_json(
            &format!("/api/v1/enrolments/{}/withdraw", people[0].1),
            &serde_json::Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = post_form(&client, &app, &status_path, &[("to", "cancelled")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(inbox(&people[1].0).await[0].contains("đã bị hủy"));
    let (_, mine) = people[1].0.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(mine[0]["status"], "withdrawn");
    let (_, page) = html(&client, &app, &format!("/provider/intakes/{class}")).await;
    assert!(page.contains("Đã hủy"), "{page}");
}
