//! What happens after applying: the steps of an application and what to do
//! next (`/me/applications`), the worker's inbox, withdrawing and deciding
//! through confirmation pages, the employer's undo and invitations.

use reqwest::StatusCode;
use reqwest::header::LOCATION;
use serde_json::{Value, json};

use super::{apply, welding_demand, worker_with};
use crate::helpers::{html, spawn_app};

fn steps(application: &Value) -> Vec<String> {
    application["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["step"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_worker_follows_each_step_in_the_list_and_the_inbox_and_withdraws_after_confirming() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (worker, _) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let employer = app.employer_owner().await;
    let id = apply(&worker, demand, "").await["id"].as_i64().unwrap();

    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(steps(&mine[0]), ["submitted"]);
    assert!(
        mine[0]["next_vi"]
            .as_str()
            .unwrap()
            .starts_with("Chờ nhà tuyển dụng xem")
    );

    // The employer opening the candidates marks the application seen, once.
    for _ in 0..2 {
        let (status, _) = employer
            .get_json(&format!("/api/v1/demands/{demand}/candidates"))
            .await;
        assert_eq!(status, StatusCode::OK);
    }
    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(steps(&mine[0]), ["submitted", "seen"]);
    assert_eq!(mine[0]["status"], "submitted", "seeing changes no status");
    assert_eq!(mine[0]["history"][1]["label_vi"], "Nhà tuyển dụng đã xem");
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 0, "being seen is not a message");

    let (status, _) = employer
        .put_json(
            &format!("/api/v1/applications/{id}/status"),
            &json!({"status": "shortlisted"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 1);
    assert_eq!(inbox["items"][0]["kind"], "application_status");
    assert_eq!(
        inbox["items"][0]["text_vi"],
        "“Tuyển 5 thợ hàn MIG” (Hợp tác xã cơ khí Ba Vì): Được mời phỏng vấn."
    );
    assert_eq!(inbox["items"][0]["link"], format!("/me/applications#a{id}"));
    assert_eq!(inbox["items"][0]["read"], false);

    // The pages: the header counts the unread message, the list shows the
    // steps in Hanoi time and what to do next.
    let browser = worker.browser_session().await;
    let (status, page) = html(&browser, &app, "/me/applications").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.len() < 100_000);
    assert!(page.contains("Hộp thư <span class=\"badge\""), "{page}");
    assert_eq!(page.matches("aria-current=\"page\"").count(), 1);
    assert!(page.contains("<a href=\"/me/applications\" aria-current=\"page\">"));
    assert!(page.contains("Tuyển 5 thợ hàn MIG"));
    for label in ["Đã gửi đơn", "Nhà tuyển dụng đã xem", "Được mời phỏng vấn"]
    {
        assert!(page.contains(label), "{label}");
    }
    assert!(page.contains("Chuẩn bị giấy tờ tùy thân"));
    let hanoi = chrono::Utc::now().with_timezone(&chrono::FixedOffset::east_opt(7 * 3600).unwrap());
    assert!(
        page.contains(&hanoi.format("%d/%m/%Y").to_string()),
        "dates in Hanoi time"
    );
    let withdraw = format!("/me/applications/{id}/withdraw");
    assert!(page.contains(&format!("href=\"{withdraw}\"")));
    let (_, inbox_page) = html(&browser, &app, "/me/inbox").await;
    assert!(inbox_page.contains("Được mời phỏng vấn"));
    assert!(inbox_page.contains("<strong>Mới</strong>"));
    assert!(!inbox_page.contains("class=\"badge\""));
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 0, "opening the inbox reads it");
    assert_eq!(inbox["items"][0]["read"], true);

    // Withdrawing: a confirmation page first, then the POST.
    let (status, confirm) = html(&browser, &app, &withdraw).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("Rút đơn ứng tuyển?"));
    assert!(confirm.contains(&format!("<form method=\"post\" action=\"{withdraw}\">")));
    let (_, still) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(
        still[0]["status"], "shortlisted",
        "the page alone changes nothing"
    );
    let other = worker_with(&app, &[], false)
        .await
        .0
        .browser_session()
        .await;
    let (status, _) = html(&other, &app, &withdraw).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let response = other.post(app.url(&withdraw)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let employer_browser = employer.browser_session().await;
    let (status, _) = html(&employer_browser, &app, &withdraw).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let response = browser.post(app.url(&withdraw)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()[LOCATION],
        format!("/me/applications#a{id}").as_str()
    );
    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(
        steps(&mine[0]),
        ["submitted", "seen", "shortlisted", "withdrawn"]
    );
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(
        inbox["items"].as_array().unwrap().len(),
        1,
        "their own act is not news"
    );
    // After the decision, the confirmation page sends back to the list.
    let response = browser.get(app.url(&withdraw)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (status, _) = html(&browser, &app, "/me/applications/999999/withdraw").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Applying again adds to the same history; the employer sees it anew.
    apply(&worker, demand, "Tôi xin ứng tuyển lại.").await;
    employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(
        steps(&mine[0]),
        [
            "submitted",
            "seen",
            "shortlisted",
            "withdrawn",
            "submitted",
            "seen"
        ]
    );
}

#[tokio::test]
async fn hiring_and_turning_down_ask_first_and_can_be_undone_for_ten_minutes() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (worker, _) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let employer = app.employer_owner().await;
    let id = apply(&worker, demand, "").await["id"].as_i64().unwrap();
    let browser = employer.browser_session().await;

    let (status, page) = html(
        &browser,
        &app,
        &format!("/employer/demands/{demand}/candidates"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let confirm = format!("/employer/applications/{id}/confirm?status=hired");
    assert!(
        page.contains(&format!("href=\"{confirm}\"")),
        "Hire is a link to a confirmation"
    );
    let (status, page) = html(&browser, &app, &confirm).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Nhận vào làm"));
    assert!(page.contains("name=\"status\" value=\"hired\""));
    assert!(page.contains("hoàn tác trong 10 phút"));
    let (status, page) = html(
        &browser,
        &app,
        &format!("/employer/applications/{id}/confirm?status=bogus"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("Trạng thái không hợp lệ."), "{page}");
    let (status, page) = html(
        &browser,
        &app,
        &format!("/employer/applications/{id}/confirm"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.contains("Trạng thái không hợp lệ."),
        "no parser message: {page}"
    );
    let stranger = app
        .signup(hocnghe_domain::Role::Employer)
        .await
        .browser_session()
        .await;
    let (status, _) = html(&stranger, &app, &confirm).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let response = browser
        .post(app.url(&format!("/employer/applications/{id}/status")))
        .form(&[("status", "hired")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 1);
    let (_, page) = html(
        &browser,
        &app,
        &format!("/employer/demands/{demand}/candidates"),
    )
    .await;
    assert!(page.contains(&format!("action=\"/employer/applications/{id}/undo\"")));

    // Undone before the worker read it: the message goes too.
    let response = browser
        .post(app.url(&format!("/employer/applications/{id}/undo")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, mine) = worker.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(mine[0]["status"], "submitted");
    assert_eq!(steps(&mine[0]), ["submitted", "seen"]);
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 0);
    assert!(inbox["items"].as_array().unwrap().is_empty());
    let undo = format!("/api/v1/applications/{id}/undo");
    let (status, _) = employer.post_json(&undo, &Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT, "nothing left to undo");

    // Undone after the worker read it: they are told it was taken back.
    let (status, _) = employer
        .put_json(
            &format!("/api/v1/applications/{id}/status"),
            &json!({"status": "rejected"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    worker
        .post_json("/api/v1/workers/me/inbox/read", &Value::Null)
        .await;
    let (status, undone) = employer.post_json(&undo, &Value::Null).await;
    assert_eq!(status, StatusCode::OK, "{undone}");
    assert_eq!(undone["status"], "submitted");
    let (_, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 1);
    assert!(
        inbox["items"][0]["text_vi"]
            .as_str()
            .unwrap()
            .contains("đã rút lại quyết định “Không được chọn”")
    );

    // Ten minutes later, a decision stands.
    let (status, _) = employer
        .put_json(
            &format!("/api/v1/applications/{id}/status"),
            &json!({"status": "hired"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared(&format!(
            "UPDATE application_events SET created_at = '2020-01-01 00:00:00+00:00' \
             WHERE application_id = {id} AND step = 'hired'"
        ))
        .await
        .unwrap();
    let (status, error) = employer.post_json(&undo, &Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        error["message_vi"]
            .as_str()
            .unwrap()
            .contains("Đã quá 10 phút"),
        "{error}"
    );
    let (status, _) = worker.post_json(&undo, &Value::Null).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_employer_invites_a_suggested_worker_who_stays_hidden_until_they_apply() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (sharer, sharer_id) = worker_with(&app, &[("han-mig-mag", false)], true).await;
    let (applicant, applicant_id) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let (_, unlisted) = worker_with(&app, &[], false).await;
    apply(&applicant, demand, "").await;
    let employer = app.employer_owner().await;
    let invite = |worker: i64| format!("/api/v1/demands/{demand}/candidates/{worker}/invite");

    let (status, body) = employer.post_json(&invite(sharer_id), &Value::Null).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let (status, _) = employer.post_json(&invite(sharer_id), &Value::Null).await;
    assert_eq!(status, StatusCode::CONFLICT, "once per demand and worker");
    let (status, _) = employer
        .post_json(&invite(applicant_id), &Value::Null)
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "an applicant needs no invitation"
    );
    let (status, _) = employer.post_json(&invite(unlisted), &Value::Null).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "only listed candidates");
    let (status, _) = employer
        .post_json(
            &format!("/api/v1/demands/999999/candidates/{sharer_id}/invite"),
            &Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = sharer.post_json(&invite(sharer_id), &Value::Null).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (_, inbox) = sharer.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(inbox["unread"], 1);
    assert_eq!(inbox["items"][0]["kind"], "invitation");
    assert_eq!(inbox["items"][0]["link"], format!("/jobs/{demand}"));
    assert!(
        inbox["items"][0]["text_vi"]
            .as_str()
            .unwrap()
            .contains("mời bạn ứng tuyển “Tuyển 5 thợ hàn MIG”")
    );
    let (_, list) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    let card = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["worker_id"] == sharer_id)
        .unwrap();
    assert_eq!(card["invited"], true);
    assert!(card["contact"].is_null(), "an invitation reveals nothing");

    // The page: applicants first under their own heading, then the suggested.
    let browser = employer.browser_session().await;
    let (_, page) = html(
        &browser,
        &app,
        &format!("/employer/demands/{demand}/candidates"),
    )
    .await;
    let applicants = page.find("Người đã ứng tuyển (1)").unwrap();
    let suggested = page.find("Người lao động phù hợp (1)").unwrap();
    assert!(applicants < page.find(&format!("id=\"w{applicant_id}\"")).unwrap());
    assert!(page.find(&format!("id=\"w{applicant_id}\"")).unwrap() < suggested);
    assert!(suggested < page.find(&format!("id=\"w{sharer_id}\"")).unwrap());
    assert!(page.contains("Đã mời ứng tuyển"));

    // Applying after the invitation shows the contact.
    apply(&sharer, demand, "Cảm ơn lời mời.").await;
    let (_, list) = employer
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    let card = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["worker_id"] == sharer_id)
        .unwrap();
    assert_eq!(card["contact_source"], "application");
}

#[tokio::test]
async fn the_dashboard_counts_applications_and_a_demand_is_copied_or_closed_when_filled() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let employer = app.employer_owner().await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let (worker, _) = worker_with(&app, &[("han-mig-mag", false)], false).await;
        ids.push(apply(&worker, demand, "").await["id"].as_i64().unwrap());
    }
    for (id, status) in [(ids[0], "shortlisted"), (ids[1], "hired")] {
        let (code, _) = employer
            .put_json(
                &format!("/api/v1/applications/{id}/status"),
                &json!({ "status": status }),
            )
            .await;
        assert_eq!(code, StatusCode::OK);
    }
    let browser = employer.browser_session().await;
    let (_, page) = html(&browser, &app, "/employer").await;
    assert!(
        page.contains("Đơn mới: <strong>1</strong> · Mời phỏng vấn: <strong>1</strong> · Đã tuyển: <strong>1</strong>"),
        "{page}"
    );

    let (status, copy) = html(&browser, &app, &format!("/employer/demands/{demand}/copy")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(copy.contains("action=\"/employer/demands/new\""));
    assert!(copy.contains("value=\"Tuyển 5 thợ hàn MIG\""));
    let stranger = app
        .signup(hocnghe_domain::Role::Employer)
        .await
        .browser_session()
        .await;
    let (status, _) = html(&stranger, &app, &format!("/employer/demands/{demand}/copy")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let response = stranger
        .post(app.url(&format!("/employer/demands/{demand}/filled")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let response = browser
        .post(app.url(&format!("/employer/demands/{demand}/filled")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, after) = app.get_json(&format!("/api/v1/demands/{demand}")).await;
    assert_eq!(after["status"], "filled");
    let (late, _) = worker_with(&app, &[], false).await;
    let (status, error) = late
        .post_json(
            &format!("/api/v1/demands/{demand}/applications"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
}

#[tokio::test]
async fn the_job_page_tells_a_signed_in_worker_how_the_job_fits_them() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let path = format!("/jobs/{demand}");
    let (worker, _) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    let (status, page) = html(&worker.browser_session().await, &app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.len() < 100_000);
    assert!(page.contains("Việc này với bạn"));
    assert!(
        page.contains("Cách nhà bạn: <strong>0,0 km</strong>"),
        "{page}"
    );
    assert!(
        page.contains("Bạn đã có: <span class=\"pill\">Hàn MIG/MAG</span>"),
        "{page}"
    );
    assert!(page.contains("Bạn còn thiếu"));
    let lacking = page
        .split("Bạn còn thiếu")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .unwrap();
    assert!(
        lacking.contains("/courses?q="),
        "a lacking skill links to courses"
    );
    assert!(!lacking.contains("Hàn MIG/MAG"));
    let hanoi_today = chrono::Utc::now()
        .with_timezone(&chrono::FixedOffset::east_opt(7 * 3600).unwrap())
        .format("%d/%m/%Y")
        .to_string();
    assert!(page.contains(&format!("Ngày đăng</strong><br>{hanoi_today}")));
    assert!(page.contains("Hạn nộp</strong><br>31/03/2027"));
    assert!(page.contains("Liên hệ nhà tuyển dụng: Hợp tác xã cơ khí Ba Vì"));

    let (_, anonymous) = html(&crate::helpers::browser(), &app, &path).await;
    assert!(!anonymous.contains("Việc này với bạn"));
    assert!(!anonymous.contains("Liên hệ nhà tuyển dụng"));
    assert!(anonymous.contains(&format!("Ngày đăng</strong><br>{hanoi_today}")));
}

#[tokio::test]
async fn deleting_the_account_takes_a_ticked_confirmation_page_and_the_log_speaks_words() {
    let app = spawn_app().await;
    let demand = welding_demand(&app).await;
    let (worker, worker_id) = worker_with(&app, &[("han-mig-mag", false)], false).await;
    apply(&worker, demand, "").await;
    let mut sharing = crate::workers::profile_body();
    sharing["share_with_counsellors"] = json!(true);
    let (status, _) = worker.put_json("/api/v1/workers/me", &sharing).await;
    assert_eq!(status, StatusCode::OK);
    let counsellor = app.account(hocnghe_domain::Role::Counsellor).await;
    let (status, _) = counsellor
        .get_json(&format!("/api/v1/workers/{worker_id}"))
        .await;
    assert_eq!(status, StatusCode::OK);

    let browser = worker.browser_session().await;
    let (_, profile) = html(&browser, &app, "/me/profile").await;
    assert!(profile.contains("href=\"/me/delete\""));
    assert!(!profile.contains("onsubmit"), "no JavaScript confirm");
    assert!(profile.contains("đã xem hồ sơ"), "the access log in words");
    assert!(!profile.contains("(profile.read)"));

    let (status, confirm) = html(&browser, &app, "/me/delete").await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("<form method=\"post\" action=\"/me/delete\">"));
    assert!(confirm.contains("name=\"confirm\" value=\"yes\""));
    assert!(confirm.contains("Không thể khôi phục"));

    let response = browser
        .post(app.url("/me/delete"))
        .form(&[("x", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Hãy đánh dấu ô xác nhận")
    );
    let (status, _) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::OK, "nothing deleted without the tick");

    let response = browser
        .post(app.url("/me/delete"))
        .form(&[("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/");
    let (status, _) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (_, list) = app
        .employer_owner()
        .await
        .get_json(&format!("/api/v1/demands/{demand}/candidates"))
        .await;
    assert!(list["items"].as_array().unwrap().is_empty());

    let response = crate::helpers::browser()
        .get(app.url("/me/delete"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "log in first");
}
