//! Courses with intakes: one course, its classes. A provider opens, fills,
//! cancels and moves classes; search shows the course once with its open
//! classes; the last seat goes to exactly one learner.

use chrono::{Days, FixedOffset, NaiveDate, Utc};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, course_body, error_fields, spawn_app};
use crate::outcomes::{apply, other_provider, worker};

fn today() -> NaiveDate {
    Utc::now()
        .with_timezone(&FixedOffset::east_opt(7 * 3600).unwrap())
        .date_naive()
}

fn in_days(days: u64) -> String {
    (today() + Days::new(days)).to_string()
}

fn intake(start_in_days: u64, schedule: &str, seats: i64) -> Value {
    json!({"start_date": in_days(start_in_days), "weeks": 12, "schedule": schedule, "seats": seats})
}

/// "Sửa chữa xe máy" with three classes: in 10 days (evenings), in 100 days
/// (weekends), in 200 days (weekdays).
fn three_classes(provider_id: i64) -> Value {
    let mut body = course_body(provider_id);
    for field in ["start_date", "weeks", "schedule", "seats"] {
        body.as_object_mut().unwrap().remove(field);
    }
    body["intakes"] = json!([
        intake(100, "weekend", 20),
        intake(10, "evening", 1),
        intake(200, "weekday", 20)
    ]);
    body
}

async fn course_with_classes(app: &TestApp) -> (i64, Vec<i64>) {
    let provider = app.create_provider().await;
    let course = app.create_course(&three_classes(provider)).await;
    let ids = course["intakes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    (course["id"].as_i64().unwrap(), ids)
}

#[tokio::test]
async fn a_course_lists_its_classes_by_date_and_its_provider_runs_them() {
    let app = spawn_app().await;
    let (course, ids) = course_with_classes(&app).await;
    let (_, shown) = app.get_json(&format!("/api/v1/courses/{course}")).await;
    let starts: Vec<&str> = shown["intakes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["start_date"].as_str().unwrap())
        .collect();
    assert_eq!(starts, [in_days(10), in_days(100), in_days(200)]);
    assert_eq!(shown["next_intake_id"], ids[0], "the soonest class leads");
    assert_eq!(shown["start_date"], in_days(10));
    assert_eq!(shown["schedule"], "evening");

    let owner = app.provider_owner().await;
    let (status, added) = owner
        .post_json(
            &format!("/api/v1/courses/{course}/intakes"),
            &json!({"start_date": in_days(300), "weeks": 10, "schedule": "evening",
                    "seats": 15, "commune_code": "00004", "address": "Số 1 phố Hàng Bài"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    assert_eq!(added["commune_name"], "Ba Đình");
    assert_eq!(added["status"], "open");
    assert_eq!(added["seats_left"], 15);

    let (status, error) = owner
        .post_json(
            &format!("/api/v1/courses/{course}/intakes"),
            &json!({"start_date": "1999-01-01", "weeks": 0, "schedule": "evening", "seats": 15}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["start_date", "weeks"]);

    let (other, _) = other_provider(&app).await;
    let (status, _) = other
        .put_json(
            &format!("/api/v1/intakes/{}/status", ids[1]),
            &json!({"status": "cancelled"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "another provider's class");

    let (status, closed) = owner
        .put_json(
            &format!("/api/v1/intakes/{}/status", ids[1]),
            &json!({"status": "full"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{closed}");
    assert_eq!(closed["status"], "full");
    // Editing a class without a status keeps the one it has.
    let (status, edited) = owner
        .put_json(
            &format!("/api/v1/intakes/{}", ids[1]),
            &intake(120, "weekend", 30),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!(edited["start_date"], in_days(120));
    assert_eq!(edited["seats"], 30);
    assert_eq!(
        edited["status"], "full",
        "an edit does not reopen a closed class"
    );
    let (status, _) = owner
        .delete(&format!("/api/v1/intakes/{}", added["id"]))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, classes) = app
        .get_json(&format!("/api/v1/courses/{course}/intakes"))
        .await;
    assert_eq!(classes.as_array().unwrap().len(), 3);
    assert_eq!(classes[1]["status"], "full");

    // The course page lists every class, with a way to enrol in open ones.
    let page = app
        .get(&format!("/courses/{course}"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(page.matches(r#"class="card intake""#).count(), 3);
    assert!(page.contains("Đã đủ chỗ"), "the full class says so");
}

#[tokio::test]
async fn search_shows_a_course_once_and_filters_by_its_open_classes() {
    let app = spawn_app().await;
    let (course, ids) = course_with_classes(&app).await;
    let found = app
        .search_until("courses", &[("q", "sua xe may")], |b| b["total"] == 1)
        .await;
    let hit = &found["hits"][0];
    assert_eq!(hit["id"], course);
    assert_eq!(hit["intakes"].as_array().unwrap().len(), 3);
    assert_eq!(hit["start_date"], in_days(10));

    let soon = [("q", "sua xe may"), ("starts_within_days", "30")];
    assert_eq!(app.search("courses", &soon).await["total"], 1);
    let soon_weekends = [
        ("q", "sua xe may"),
        ("starts_within_days", "30"),
        ("schedule", "weekend"),
    ];
    assert_eq!(
        app.search("courses", &soon_weekends).await["total"],
        0,
        "the weekend class starts in 100 days, not within 30"
    );
    let weekends = [("q", "sua xe may"), ("schedule", "weekend")];
    assert_eq!(app.search("courses", &weekends).await["total"], 1);
    let (status, error) = app
        .search_raw("courses", &[("starts_within_days", "0")])
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["starts_within_days"]);

    // Cancelling the soon class takes the course out of "starts within 30
    // days" without a rebuild; the other classes keep it listed.
    let owner = app.provider_owner().await;
    let (status, _) = owner
        .put_json(
            &format!("/api/v1/intakes/{}/status", ids[0]),
            &json!({"status": "cancelled"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    app.search_until("courses", &soon, |b| b["total"] == 0)
        .await;
    let still = app.search("courses", &[("q", "sua xe may")]).await;
    assert_eq!(still["total"], 1);
    assert_eq!(still["hits"][0]["intakes"].as_array().unwrap().len(), 2);
}

#[tokio::test]
async fn the_last_seat_goes_to_one_learner_and_the_other_gets_409() {
    let app = spawn_app().await;
    let (course, ids) = course_with_classes(&app).await;
    let one_seat = ids[0];
    let (first, _) = worker(&app, false, false).await;
    let (second, _) = worker(&app, false, false).await;
    let mut enrolments = Vec::new();
    for learner in [&first, &second] {
        let (status, e) = learner
            .post_json(
                &format!("/api/v1/courses/{course}/enrolments"),
                &json!({"intake_id": one_seat}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{e}");
        assert_eq!(e["intake_id"], one_seat);
        enrolments.push(e["id"].as_i64().unwrap());
    }
    let owner = app.provider_owner().await;
    let accept = |id: i64| async move {
        owner
            .put_json(
                &format!("/api/v1/enrolments/{id}/status"),
                &json!({"status": "accepted"}),
            )
            .await
    };
    let (a, b) = tokio::join!(accept(enrolments[0]), accept(enrolments[1]));
    let mut statuses = [a.0, b.0];
    statuses.sort();
    assert_eq!(
        statuses,
        [StatusCode::OK, StatusCode::CONFLICT],
        "{} / {}",
        a.1,
        b.1
    );
    let loser = if a.0 == StatusCode::CONFLICT {
        &a.1
    } else {
        &b.1
    };
    assert!(
        loser["message_en"].as_str().unwrap().contains("no seats"),
        "{loser}"
    );
    let (_, classes) = app
        .get_json(&format!("/api/v1/courses/{course}/intakes"))
        .await;
    assert_eq!(classes[0]["seats_taken"], 1);
    assert_eq!(classes[0]["status"], "full");

    // A third worker cannot ask for a place in the full class, but can in another.
    let (third, _) = worker(&app, false, false).await;
    let (status, error) = third
        .post_json(
            &format!("/api/v1/courses/{course}/enrolments"),
            &json!({"intake_id": one_seat}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["intake_id"]);
    let (status, error) = third
        .post_json(
            &format!("/api/v1/courses/{course}/enrolments"),
            &json!({"intake_id": 999_999}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, e) = third
        .post_json(
            &format!("/api/v1/courses/{course}/enrolments"),
            &json!({"intake_id": ids[1]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{e}");
}

#[tokio::test]
async fn a_learner_moves_to_a_later_class_keeping_modules_passed() {
    let app = spawn_app().await;
    let (course, ids) = course_with_classes(&app).await;
    let (learner, _) = worker(&app, false, false).await;
    let enrolment = apply(&learner, course).await;
    let owner = app.provider_owner().await;
    let path = format!("/api/v1/enrolments/{enrolment}");
    let (status, _) = owner
        .put_json(&format!("{path}/status"), &json!({"status": "accepted"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = owner
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ01"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    let (stranger, _) = worker(&app, false, false).await;
    let (status, _) = stranger
        .post_json(&format!("{path}/move"), &json!({"intake_id": ids[2]}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, moved) = learner
        .post_json(&format!("{path}/move"), &json!({"intake_id": ids[2]}))
        .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["intake_id"], ids[2]);
    assert_eq!(moved["intake_start_date"], in_days(200));
    assert_eq!(moved["status"], "accepted", "the new class has not started");
    assert_eq!(moved["modules_passed"], json!(["MĐ01"]));
    let (_, classes) = app
        .get_json(&format!("/api/v1/courses/{course}/intakes"))
        .await;
    let taken: Vec<i64> = classes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["seats_taken"].as_i64().unwrap())
        .collect();
    assert_eq!(taken, [0, 0, 1], "the seat moved with the learner");

    // Cancelling a class with learners in it is refused until they move.
    let (status, error) = owner
        .put_json(
            &format!("/api/v1/intakes/{}/status", ids[2]),
            &json!({"status": "cancelled"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
}

#[tokio::test]
async fn a_course_takes_either_intakes_or_the_single_class_fields() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let owner = app.provider_owner().await;
    let mut both = three_classes(provider);
    both["start_date"] = json!(in_days(5));
    let (status, error) = owner.post_json("/api/v1/courses", &both).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["intakes"]);

    let mut neither = three_classes(provider);
    neither.as_object_mut().unwrap().remove("intakes");
    let (status, error) = owner.post_json("/api/v1/courses", &neither).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(
        error_fields(&error),
        ["start_date", "weeks", "schedule", "seats"]
    );

    let mut bad_class = three_classes(provider);
    bad_class["intakes"][1]["seats"] = json!(0);
    let (status, error) = owner.post_json("/api/v1/courses", &bad_class).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["intakes[1].seats"]);
    assert_eq!(app.total("/api/v1/courses").await, 0, "nothing written");
}

#[tokio::test]
async fn on_the_course_page_a_worker_picks_a_class_moves_and_can_enrol_again_after_withdrawing() {
    let app = spawn_app().await;
    let (course, ids) = course_with_classes(&app).await;
    let (learner, _) = worker(&app, false, false).await;
    let client = learner.browser_session().await;
    let course_page = format!("/courses/{course}");
    let form = |intake: i64| [("intake_id", intake.to_string())];

    let before = crate::helpers::html(&client, &app, &course_page).await.1;
    assert_eq!(
        before.matches("Đăng ký học</button>").count(),
        3,
        "one per open class"
    );
    let response = client
        .post(app.url(&format!("{course_page}/enrol")))
        .form(&form(ids[1]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = crate::helpers::html(&client, &app, &course_page).await.1;
    assert!(page.contains("Lớp của bạn"));
    assert_eq!(page.matches("Chuyển sang lớp này").count(), 2);
    assert!(!page.contains("Đăng ký học</button>"));

    let response = client
        .post(app.url(&format!("{course_page}/move")))
        .form(&form(ids[2]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (_, mine) = learner.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(mine[0]["intake_id"], ids[2]);

    let (status, _) = learner
        .post_json(
            &format!("/api/v1/enrolments/{}/withdraw", mine[0]["id"]),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let page = crate::helpers::html(&client, &app, &course_page).await.1;
    assert_eq!(
        page.matches("Đăng ký học</button>").count(),
        3,
        "after withdrawing, every open class can be chosen again"
    );
}

#[tokio::test]
async fn only_the_courses_provider_changes_its_classes_and_bad_input_writes_nothing() {
    let app = spawn_app().await;
    let (course, ids) = course_with_classes(&app).await;
    let classes = format!("/api/v1/courses/{course}/intakes");
    let one = format!("/api/v1/intakes/{}", ids[1]);
    let (other, _) = other_provider(&app).await;
    let (learner, _) = worker(&app, false, false).await;
    for (who, expected) in [
        (&other, StatusCode::FORBIDDEN),
        (&learner, StatusCode::FORBIDDEN),
    ] {
        let (status, _) = who.post_json(&classes, &intake(50, "evening", 10)).await;
        assert_eq!(status, expected, "add a class");
        let (status, _) = who.put_json(&one, &intake(50, "evening", 10)).await;
        assert_eq!(status, expected, "edit a class");
        let (status, _) = who
            .put_json(&format!("{one}/status"), &json!({"status": "cancelled"}))
            .await;
        assert_eq!(status, expected, "cancel a class");
        let (status, _) = who.delete(&one).await;
        assert_eq!(status, expected, "delete a class");
    }
    let anonymous = app
        .client
        .post(app.url(&classes))
        .json(&intake(50, "evening", 10));
    assert_eq!(
        anonymous.send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );

    let owner = app.provider_owner().await;
    let (status, error) = owner
        .put_json(&format!("{one}/status"), &json!({"status": "paused"}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, error) = owner
        .put_json(
            &one,
            &json!({"start_date": in_days(50), "weeks": 12, "schedule": "evening",
                                "seats": 10, "commune_code": "99999"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["commune_code"]);
    let (status, _) = owner.get_json("/api/v1/intakes/999999").await;
    assert!(status.is_client_error());

    let (_, after) = app.get_json(&classes).await;
    assert_eq!(after.as_array().unwrap().len(), 3, "nothing added");
    assert_eq!(after[1]["start_date"], in_days(100), "nothing changed");
    assert_eq!(after[1]["status"], "open");

    // Moving to a class of another course, or to a class that is not open,
    // is refused on `intake_id` and the place stays where it was.
    let enrolment = apply(&learner, course).await;
    let (other_course, other_ids) = {
        let provider = app.create_provider().await;
        let c = app.create_course(&three_classes(provider)).await;
        let ids: Vec<i64> = c["intakes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect();
        (c["id"].as_i64().unwrap(), ids)
    };
    assert_ne!(other_course, course);
    let path = format!("/api/v1/enrolments/{enrolment}/move");
    let (status, error) = learner
        .post_json(&path, &json!({"intake_id": other_ids[0]}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["intake_id"]);
    let (status, _) = owner
        .put_json(&format!("{one}/status"), &json!({"status": "full"}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, error) = learner
        .post_json(&path, &json!({"intake_id": ids[1]}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, error) = learner.post_json(&path, &json!({"intake": ids[2]})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (_, mine) = learner.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(mine[0]["intake_id"], ids[0], "the place did not move");
}
