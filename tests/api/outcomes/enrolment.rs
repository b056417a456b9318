//! Applying, the provider's decisions, modules passed, certificates and
//! stackable credits, with their authorisation and bad input.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{
    ASSEMBLY, ELECTRONICS, apply, assembly_course, certify, course_as, electronics_course,
    other_provider, pass, set_status, worker,
};
use crate::helpers::{error_fields, spawn_app};

fn credit_line<'a>(credits: &'a Value, certificate: &str) -> &'a Value {
    credits
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["certificate"] == certificate)
        .unwrap_or_else(|| panic!("no line for {certificate}: {credits}"))
}

#[tokio::test]
async fn a_worker_enrols_passes_modules_stacks_credits_and_gets_the_certificate() {
    let app = spawn_app().await;
    let provider_a = app.provider_owner().await.clone();
    let electronics = course_as(
        &provider_a,
        &electronics_course(app.create_provider().await, 25),
    )
    .await;
    let (provider_b, b_id) = other_provider(&app).await;
    let assembly = course_as(&provider_b, &assembly_course(b_id)).await;
    let (learner, learner_id) = worker(&app, true, false).await;

    let enrolment = apply(&learner, electronics).await;
    let (status, again) = learner
        .post_json(
            &format!("/api/v1/courses/{electronics}/enrolments"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{again}");
    assert!(
        again["message_en"]
            .as_str()
            .unwrap()
            .contains("already applied")
    );
    let (_, mine) = learner.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(mine[0]["status"], "applied");
    assert_eq!(mine[0]["status_vi"], "Đã đăng ký");
    assert_eq!(mine[0]["course_title"], "Điện tử cơ bản");

    // Another provider can neither decide nor record anything here.
    let path = format!("/api/v1/enrolments/{enrolment}");
    let (status, _) = provider_b
        .put_json(&format!("{path}/status"), &json!({"status": "accepted"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let accepted = set_status(&provider_a, enrolment, "accepted").await;
    assert_eq!(accepted["status"], "accepted");
    let (status, _) = provider_b
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ01"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = learner
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ01"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = provider_b
        .get_json(&format!("/api/v1/courses/{electronics}/enrolments"))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Bad input: 4xx, nothing written.
    let (status, error) = provider_a
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ99"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["module_code"]);
    assert!(
        error["fields"][0]["message_vi"]
            .as_str()
            .unwrap()
            .contains("MĐ01, MĐ02, MĐ03")
    );
    let (status, error) = provider_a
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ01", "grade": 9}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, error) = provider_a
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ01", "completed_on": "2099-01-01"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["completed_on"]);
    let (_, listed) = provider_a
        .get_json(&format!("/api/v1/courses/{electronics}/enrolments"))
        .await;
    assert_eq!(listed[0]["modules_passed"], json!([]));
    assert_eq!(listed[0]["status"], "accepted");
    assert!(listed[0].get("phone").is_none());

    pass(&provider_a, enrolment, &["MĐ01", "MĐ02"]).await;
    let (status, error) = provider_a
        .post_json(
            &format!("{path}/completions"),
            &json!({"module_code": "MĐ01"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    let (status, error) = certify(&provider_a, enrolment).await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert_eq!(
        error["message_en"],
        "Not every module is passed yet; missing: MĐ03 Hàn linh kiện."
    );
    assert_eq!(
        error["message_vi"],
        "Chưa đủ mô-đun để cấp chứng chỉ; còn thiếu: MĐ03 Hàn linh kiện."
    );

    // At the other provider, the multimeter module passed here counts by skills.
    let second = apply(&learner, assembly).await;
    set_status(&provider_b, second, "accepted").await;
    let (status, credits) = learner.get_json("/api/v1/workers/me/credits").await;
    assert_eq!(status, StatusCode::OK, "{credits}");
    assert_eq!(credits.as_array().unwrap().len(), 2, "{credits}");
    let line = credit_line(&credits, ELECTRONICS);
    assert_eq!(
        line["text_en"],
        format!("7 of 12 credits toward {ELECTRONICS}")
    );
    assert_eq!(
        line["text_vi"],
        format!("7 trên 12 tín chỉ hướng tới {ELECTRONICS}")
    );
    assert_eq!(
        credit_line(&credits, ASSEMBLY)["text_en"],
        format!("2 of 10 credits toward {ASSEMBLY}")
    );

    pass(&provider_a, enrolment, &["MĐ03"]).await;
    let (status, issued) = certify(&provider_a, enrolment).await;
    assert_eq!(status, StatusCode::CREATED, "{issued}");
    assert_eq!(issued["name"], ELECTRONICS);
    let (status, _) = certify(&provider_a, enrolment).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, mine) = learner.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(mine[0]["status"], "completed");
    assert_eq!(mine[0]["certificate_issued"], true);
    assert_eq!(mine[0]["modules_passed"], json!(["MĐ01", "MĐ02", "MĐ03"]));
    let (_, credits) = learner.get_json("/api/v1/workers/me/credits").await;
    let line = credit_line(&credits, ELECTRONICS);
    assert_eq!(
        line["text_en"],
        format!("12 of 12 credits toward {ELECTRONICS}")
    );
    assert_eq!(line["awarded"], true);

    // The certificate is on the profile as verified, and in the export.
    let (_, profile) = learner.get_json("/api/v1/workers/me").await;
    let certificates = profile["certificates"].as_array().unwrap();
    assert!(
        certificates
            .iter()
            .any(|c| c["name"] == ELECTRONICS && c["verified"] == true),
        "{profile}"
    );
    let (_, export) = learner.get_json("/api/v1/workers/me/export").await;
    assert_eq!(export["enrolments"].as_array().unwrap().len(), 2);

    // A counsellor the worker shares with reads the credits; it is logged.
    let counsellor = app.account(Role::Counsellor).await;
    let (status, seen) = counsellor
        .get_json(&format!("/api/v1/workers/{learner_id}/credits"))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen, credits);
    let (_, audit) = learner.get_json("/api/v1/workers/me/audit").await;
    assert!(audit.to_string().contains("credits.read"), "{audit}");

    // A course with enrolments cannot be deleted.
    let (status, _) = provider_a
        .delete(&format!("/api/v1/courses/{electronics}"))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Deleting the account takes the enrolments with it.
    let (status, _) = learner.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, listed) = provider_a
        .get_json(&format!("/api/v1/courses/{electronics}/enrolments"))
        .await;
    assert_eq!(listed, json!([]));
}

#[tokio::test]
async fn closed_or_full_courses_refuse_and_consent_is_required() {
    let app = spawn_app().await;
    let provider = app.provider_owner().await.clone();
    let provider_id = app.create_provider().await;
    let one_seat = course_as(&provider, &electronics_course(provider_id, 1)).await;
    let mut closed = electronics_course(provider_id, 10);
    closed["status"] = json!("closed");
    let closed = course_as(&provider, &closed).await;

    let (first, _) = worker(&app, true, false).await;
    let (second, second_id) = worker(&app, false, false).await;

    let (status, error) = first
        .post_json(&format!("/api/v1/courses/{closed}/enrolments"), &json!({}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert_eq!(error_fields(&error), ["course_id"]);

    let taken = apply(&first, one_seat).await;
    let waiting = apply(&second, one_seat).await;
    set_status(&provider, taken, "accepted").await;
    let (status, error) = provider
        .put_json(
            &format!("/api/v1/enrolments/{waiting}/status"),
            &json!({"status": "accepted"}),
        )
        .await;
    // The seat is gone: a conflict with the class's state (issue 23: the
    // loser of a race for the last seat gets 409, and so does a late accept).
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    let (status, error) = provider
        .put_json(
            &format!("/api/v1/enrolments/{waiting}/status"),
            &json!({"status": "completed"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    let (status, error) = provider
        .put_json(
            &format!("/api/v1/enrolments/{waiting}/status"),
            &json!({"status": "finished"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");

    let (third, _) = worker(&app, false, false).await;
    let (status, error) = third
        .post_json(
            &format!("/api/v1/courses/{one_seat}/enrolments"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    assert!(
        error["fields"][0]["message_en"]
            .as_str()
            .unwrap()
            .contains("no seats")
    );

    // The second worker withdraws; someone else's enrolment is not theirs.
    let (status, _) = first
        .post_json(
            &format!("/api/v1/enrolments/{waiting}/withdraw"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, withdrawn) = second
        .post_json(
            &format!("/api/v1/enrolments/{waiting}/withdraw"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["status"], "withdrawn");
    let (_, credits) = second.get_json("/api/v1/workers/me/credits").await;
    assert_eq!(credits, json!([]));

    // No consent, no counsellor access; workers and employers never.
    let counsellor = app.account(Role::Counsellor).await;
    let path = format!("/api/v1/workers/{second_id}/credits");
    assert_eq!(counsellor.get_json(&path).await.0, StatusCode::NOT_FOUND);
    assert_eq!(first.get_json(&path).await.0, StatusCode::NOT_FOUND);
    let employer = app.signup(Role::Employer).await;
    assert_eq!(
        employer
            .post_json(
                &format!("/api/v1/courses/{one_seat}/enrolments"),
                &json!({})
            )
            .await
            .0,
        StatusCode::FORBIDDEN
    );
}
