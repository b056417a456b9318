//! Worker profiles, consent, counsellor access with its audit log,
//! assisted registration, guidance notes, export and deletion.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{BA_VI, TestApp, TestUser, count_rows, error_fields, spawn_app};

mod advice;

pub fn profile_body() -> Value {
    json!({
        "commune_code": BA_VI,
        "birth_year": 1992,
        "education": "lower_secondary",
        "skills": [
            {"code": "an-toan-lao-dong", "certified": true},
            {"code": "bao-duong-dinh-ky-xe-may"}
        ],
        "interests": ["tho-sua-chua-xe-may"],
        "earned_modules": [
            {"code": "MĐ01", "title": "An toàn điện", "credits": 2, "skills": ["an-toan-lao-dong"],
             "certificate": "Chứng chỉ sơ cấp Điện dân dụng", "completed_on": "2025-06-30"}
        ],
        "certificates": [{"name": "Chứng nhận an toàn lao động nhóm 3", "issuer": "Sở LĐTBXH", "issued_year": 2024}],
        "max_travel_km": 15,
        "free_months": [11, 12, 1, 2],
        "study_times": ["evening", "weekend"],
        "max_fee_vnd": 2_000_000,
        "share_with_counsellors": true,
        "share_with_employers": false
    })
}

pub async fn worker_with_profile(app: &TestApp, body: &Value) -> (TestUser, Value) {
    let worker = app.signup(Role::Worker).await;
    let (status, profile) = worker.put_json("/api/v1/workers/me", body).await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    (worker, profile)
}

#[tokio::test]
async fn a_worker_creates_reads_and_replaces_their_profile() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let (status, error) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error["code"], "no_profile");

    let (status, profile) = worker.put_json("/api/v1/workers/me", &profile_body()).await;
    assert_eq!(status, StatusCode::OK, "{profile}");
    assert_eq!(profile["commune_name"], "Ba Vì");
    assert_eq!(
        profile["phone"].as_str().unwrap(),
        format!("+84{}", &worker.login[1..])
    );
    assert_eq!(profile["birth_year"], 1992);
    assert_eq!(profile["skills"][0]["code"], "an-toan-lao-dong");
    assert_eq!(profile["skills"][0]["certified"], true);
    assert_eq!(profile["interests"][0]["name_vi"], "Thợ sửa chữa xe máy");
    assert_eq!(profile["earned_modules"][0]["credits"], 2);
    assert_eq!(profile["earned_modules"][0]["verified"], false);
    assert_eq!(profile["free_months"], json!([1, 2, 11, 12]));
    assert!(profile.get("ethnicity").is_none());

    let mut changed = profile_body();
    changed["skills"] = json!([]);
    changed["share_with_counsellors"] = json!(false);
    changed["ethnicity"] = json!({"value": "Mường", "consent": true});
    let (status, replaced) = worker.put_json("/api/v1/workers/me", &changed).await;
    assert_eq!(status, StatusCode::OK, "{replaced}");
    assert_eq!(replaced["skills"], json!([]));
    assert_eq!(replaced["id"], profile["id"]);
    assert_eq!(replaced["ethnicity"]["value"], "Mường");
    assert!(
        replaced["ethnicity"]["consent_purpose"]
            .as_str()
            .unwrap()
            .contains("dân tộc thiểu số")
    );

    let (_, consents) = worker.get_json("/api/v1/workers/me/consents").await;
    let kinds: Vec<(String, bool)> = consents
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_owned(),
                c["granted"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("share_with_counsellors".to_owned(), true),
            ("share_with_counsellors".to_owned(), false),
            ("ethnicity".to_owned(), true)
        ]
    );
}

#[tokio::test]
async fn a_bad_profile_is_rejected_field_by_field_and_nothing_is_written() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let mut bad = profile_body();
    bad["birth_year"] = json!(2022);
    bad["free_months"] = json!([13]);
    bad["max_travel_km"] = json!(500);
    bad["ethnicity"] = json!({"value": "Dao", "consent": false});
    let (status, error) = worker.put_json("/api/v1/workers/me", &bad).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields = error_fields(&error);
    for f in [
        "birth_year",
        "free_months",
        "ethnicity.consent",
        "max_travel_km",
    ] {
        assert!(fields.contains(&f.to_owned()), "{f} not in {fields:?}");
    }

    let mut unknown = profile_body();
    unknown["skills"][1]["code"] = json!("khong-co-ky-nang");
    unknown["interests"] = json!(["khong-co-nghe"]);
    unknown["commune_code"] = json!("99999");
    let (status, error) = worker.put_json("/api/v1/workers/me", &unknown).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error_fields(&error),
        ["commune_code", "skills[1]", "interests[0]"]
    );

    let (status, _) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nothing was written");
    let (_, consents) = worker.get_json("/api/v1/workers/me/consents").await;
    assert_eq!(consents, json!([]));

    let employer = app.signup(Role::Employer).await;
    let (status, _) = employer
        .put_json("/api/v1/workers/me", &profile_body())
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn counsellors_see_shared_profiles_without_ethnicity_and_every_read_is_logged() {
    let app = spawn_app().await;
    let mut body = profile_body();
    body["ethnicity"] = json!({"value": "Mường", "consent": true});
    let (worker, profile) = worker_with_profile(&app, &body).await;
    let id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;

    let (status, seen) = counsellor.get_json(&format!("/api/v1/workers/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["display_name"], profile["display_name"]);
    assert!(seen.get("ethnicity").is_none(), "{seen}");

    let (_, log) = worker.get_json("/api/v1/workers/me/audit").await;
    let log = log.as_array().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["action"], "profile.read");
    assert_eq!(log[0]["actor_role"], "counsellor");
    assert_eq!(log[0]["actor_user_id"], counsellor.id);

    // Everyone else is refused and nothing is logged for them.
    let others = [
        app.signup(Role::Worker).await,
        app.signup(Role::Employer).await,
        app.signup(Role::Provider).await,
        app.account(Role::Admin).await,
    ];
    // A worker one may not see answers 404, like one that does not exist.
    for other in &others {
        let (status, _) = other.get_json(&format!("/api/v1/workers/{id}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = other
            .put_json(&format!("/api/v1/workers/{id}"), &profile_body())
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = other.get_json(&format!("/api/v1/workers/{id}/notes")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = other.get_json("/api/v1/workers").await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    let (status, _) = app.get_json(&format!("/api/v1/workers/{id}")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Withdrawing consent closes the door.
    let mut private = body.clone();
    private["share_with_counsellors"] = json!(false);
    worker.put_json("/api/v1/workers/me", &private).await;
    let (status, _) = counsellor.get_json(&format!("/api/v1/workers/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, log) = worker.get_json("/api/v1/workers/me/audit").await;
    assert_eq!(
        log.as_array().unwrap().len(),
        1,
        "refused reads are not logged as reads"
    );
    let (_, list) = counsellor.get_json("/api/v1/workers").await;
    assert_eq!(list["total"], 0);
}

#[tokio::test]
async fn counsellors_register_workers_find_them_and_write_notes() {
    let app = spawn_app().await;
    let counsellor = app.account(Role::Counsellor).await;
    let body = json!({"display_name": "Đinh Văn Mạnh", "phone": "0977 123 456", "profile": profile_body()});
    let (status, registered) = counsellor
        .post_json("/api/v1/counsellor/workers", &body)
        .await;
    assert_eq!(status, StatusCode::CREATED, "{registered}");
    assert_eq!(registered["account"]["must_change_password"], true);
    assert_eq!(registered["profile"]["registered_by"], counsellor.id);
    let password = registered["generated_password"]
        .as_str()
        .unwrap()
        .to_owned();
    let worker_id = registered["profile"]["id"].as_i64().unwrap();

    let worker = app.login("0977123456", &password).await;
    // The counsellor chose the password: the worker must change it first.
    let (status, error) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{error}");
    assert_eq!(error["code"], "password_change_required");
    crate::passwords::change(&worker, &password, "mật khẩu của Mạnh").await;
    let (_, me) = worker.get_json("/api/v1/workers/me").await;
    assert_eq!(me["id"], worker_id);

    let (_, found) = counsellor
        .get_json("/api/v1/workers?q=dinh%20van%20manh")
        .await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["registered_by_me"], true);
    let (_, none) = counsellor.get_json("/api/v1/workers?q=nguyen").await;
    assert_eq!(none["total"], 0);

    let (status, note) = counsellor
        .post_json(
            &format!("/api/v1/workers/{worker_id}/notes"),
            &json!({"body": "Nên học thêm mô-đun điện xe máy."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(note["counsellor_id"], counsellor.id);
    let (status, error) = counsellor
        .post_json(
            &format!("/api/v1/workers/{worker_id}/notes"),
            &json!({"body": "  "}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["body"]);
    let (_, notes) = worker.get_json("/api/v1/workers/me/notes").await;
    assert_eq!(notes.as_array().unwrap().len(), 1);
    assert_eq!(notes[0]["body"], "Nên học thêm mô-đun điện xe máy.");

    // A bad assisted registration writes neither the account nor the profile.
    let mut bad = body.clone();
    bad["phone"] = json!("0966 000 111");
    bad["profile"]["skills"] = json!([{"code": "khong-co"}]);
    let (status, error) = counsellor
        .post_json("/api/v1/counsellor/workers", &bad)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_fields(&error), ["profile.skills[0]"]);
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": "0966000111", "password": "x"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let admin = app.account(Role::Admin).await;
    let (_, workers) = admin.get_json("/api/v1/admin/users?role=worker").await;
    assert_eq!(workers["total"], 1);

    let not_counsellor = app.signup(Role::Worker).await;
    let (status, _) = not_counsellor
        .post_json("/api/v1/counsellor/workers", &body)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_worker_exports_then_deletes_everything() {
    let app = spawn_app().await;
    let (worker, profile) = worker_with_profile(&app, &profile_body()).await;
    let id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;
    counsellor.get_json(&format!("/api/v1/workers/{id}")).await;
    counsellor
        .post_json(
            &format!("/api/v1/workers/{id}/notes"),
            &json!({"body": "Ghi chú"}),
        )
        .await;

    let (status, export) = worker.get_json("/api/v1/workers/me/export").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(export["account"]["id"], worker.id);
    assert_eq!(export["profile"]["id"], id);
    assert_eq!(export["consents"].as_array().unwrap().len(), 1);
    assert_eq!(export["access_log"].as_array().unwrap().len(), 2);
    assert_eq!(export["guidance_notes"].as_array().unwrap().len(), 1);

    let (status, _) = worker.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = worker.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &json!({"login": worker.login, "password": "mật khẩu thử nghiệm"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = counsellor.get_json(&format!("/api/v1/workers/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    for table in [
        "workers",
        "worker_skills",
        "module_completions",
        "certificates",
        "consents",
        "guidance_notes",
        "sessions",
    ] {
        let n = count_rows(&app.db, &format!("SELECT COUNT(*) FROM {table}")).await;
        let expected = if table == "sessions" { 1 } else { 0 }; // the counsellor's own session remains
        assert_eq!(n, expected, "{table} still holds {n} row(s)");
    }
}
