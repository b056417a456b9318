//! The authorisation matrix: every role against every write route for
//! objects it does not own. Each attempt must be refused (401/403) and must
//! leave the object exactly as it was.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{
    TestApp, TestUser, course_body, demand_body, employer_body, provider_body, spawn_app,
};

struct Fixture {
    provider_id: i64,
    course_id: i64,
    employer_id: i64,
    demand_id: i64,
    enrolment_id: i64,
    application_id: i64,
    applicant_id: i64,
    /// The learner's proposed skill ("đề xuất").
    proposal_id: i64,
    learner: TestUser,
}

async fn fixture(app: &TestApp) -> Fixture {
    let provider_id = app.create_provider().await;
    let course_id = app.create_course(&course_body(provider_id)).await["id"]
        .as_i64()
        .unwrap();
    let employer_id = app.create_employer().await;
    let demand_id = app.create_demand(&demand_body(employer_id)).await["id"]
        .as_i64()
        .unwrap();
    let mut profile = crate::workers::profile_body();
    profile["share_with_counsellors"] = json!(false);
    profile["share_with_employers"] = json!(false);
    profile["proposed_skills"] = json!(["Nặn tò he"]);
    let (learner, saved) = crate::workers::worker_with_profile(app, &profile).await;
    let (status, enrolment) = learner
        .post_json(
            &format!("/api/v1/courses/{course_id}/enrolments"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{enrolment}");
    let (status, application) = learner
        .post_json(
            &format!("/api/v1/demands/{demand_id}/applications"),
            &json!({"message": "Tôi muốn làm thợ hàn."}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{application}");
    Fixture {
        provider_id,
        course_id,
        employer_id,
        demand_id,
        enrolment_id: enrolment["id"].as_i64().unwrap(),
        application_id: application["id"].as_i64().unwrap(),
        applicant_id: application["worker_id"].as_i64().unwrap(),
        proposal_id: saved["proposed_skills"][0]["id"].as_i64().unwrap(),
        learner,
    }
}

async fn snapshot(app: &TestApp, f: &Fixture) -> Vec<Value> {
    let mut out = Vec::new();
    for path in [
        format!("/api/v1/providers/{}", f.provider_id),
        format!("/api/v1/courses/{}", f.course_id),
        format!("/api/v1/employers/{}", f.employer_id),
        format!("/api/v1/demands/{}", f.demand_id),
        "/api/v1/providers".into(),
        "/api/v1/courses".into(),
        "/api/v1/employers".into(),
        "/api/v1/demands".into(),
    ] {
        let (status, body) = app.get_json(&path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        out.push(body);
    }
    let enrolments = format!("/api/v1/courses/{}/enrolments", f.course_id);
    let (status, body) = app.provider_owner().await.get_json(&enrolments).await;
    assert_eq!(status, StatusCode::OK, "{enrolments}");
    out.push(body);
    let candidates = format!("/api/v1/demands/{}/candidates", f.demand_id);
    let (status, body) = app.employer_owner().await.get_json(&candidates).await;
    assert_eq!(status, StatusCode::OK, "{candidates}");
    out.push(body);
    let (status, body) = f.learner.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(status, StatusCode::OK);
    out.push(body);
    let (status, body) = f.learner.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(status, StatusCode::OK);
    out.push(body);
    let (status, body) = f.learner.get_json("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::OK);
    out.push(body["proposed_skills"].clone());
    out
}

/// Every write a stranger could try on the fixture's objects.
fn attempts(f: &Fixture) -> Vec<(&'static str, String, Value)> {
    let mut renamed_provider = provider_body();
    renamed_provider["name"] = json!("Bị đổi tên");
    let mut renamed_employer = employer_body();
    renamed_employer["name"] = json!("Bị đổi tên");
    vec![
        (
            "PUT",
            format!("/api/v1/providers/{}", f.provider_id),
            renamed_provider,
        ),
        (
            "DELETE",
            format!("/api/v1/providers/{}", f.provider_id),
            Value::Null,
        ),
        ("POST", "/api/v1/courses".into(), course_body(f.provider_id)),
        (
            "PUT",
            format!("/api/v1/courses/{}", f.course_id),
            course_body(f.provider_id),
        ),
        (
            "DELETE",
            format!("/api/v1/courses/{}", f.course_id),
            Value::Null,
        ),
        (
            "PUT",
            format!("/api/v1/employers/{}", f.employer_id),
            renamed_employer,
        ),
        (
            "DELETE",
            format!("/api/v1/employers/{}", f.employer_id),
            Value::Null,
        ),
        ("POST", "/api/v1/demands".into(), demand_body(f.employer_id)),
        (
            "PUT",
            format!("/api/v1/demands/{}", f.demand_id),
            demand_body(f.employer_id),
        ),
        (
            "DELETE",
            format!("/api/v1/demands/{}", f.demand_id),
            Value::Null,
        ),
        ("GET", "/api/v1/admin/users".into(), Value::Null),
        (
            "GET",
            format!("/api/v1/courses/{}/enrolments", f.course_id),
            Value::Null,
        ),
        (
            "PUT",
            format!("/api/v1/enrolments/{}/status", f.enrolment_id),
            json!({"status": "accepted"}),
        ),
        (
            "POST",
            format!("/api/v1/enrolments/{}/completions", f.enrolment_id),
            json!({"module_code": "MĐ01"}),
        ),
        (
            "POST",
            format!("/api/v1/enrolments/{}/certificate", f.enrolment_id),
            Value::Null,
        ),
        (
            "POST",
            format!("/api/v1/enrolments/{}/withdraw", f.enrolment_id),
            Value::Null,
        ),
        (
            "POST",
            format!("/api/v1/enrolments/{}/outcomes", f.enrolment_id),
            json!({"months_after": 6, "status": "employed", "employer_id": f.employer_id}),
        ),
        (
            "GET",
            format!("/api/v1/enrolments/{}/outcomes", f.enrolment_id),
            Value::Null,
        ),
        (
            "GET",
            format!("/api/v1/demands/{}/candidates", f.demand_id),
            Value::Null,
        ),
        (
            "GET",
            format!("/api/v1/demands/{}/proposed-skills", f.demand_id),
            Value::Null,
        ),
        (
            "POST",
            format!(
                "/api/v1/demands/{}/candidates/{}/contact",
                f.demand_id, f.applicant_id
            ),
            Value::Null,
        ),
        (
            "PUT",
            format!("/api/v1/applications/{}/status", f.application_id),
            json!({"status": "hired"}),
        ),
        (
            "POST",
            format!("/api/v1/applications/{}/withdraw", f.application_id),
            Value::Null,
        ),
        (
            "POST",
            format!("/api/v1/applications/{}/undo", f.application_id),
            Value::Null,
        ),
        (
            "POST",
            format!(
                "/api/v1/demands/{}/candidates/{}/invite",
                f.demand_id, f.applicant_id
            ),
            Value::Null,
        ),
        (
            "POST",
            "/api/v1/admin/users".into(),
            json!({"role": "admin", "display_name": "X", "email": "x@x.vn"}),
        ),
        (
            "POST",
            format!("/api/v1/admin/users/{}/disable", f.learner.id),
            Value::Null,
        ),
        (
            "POST",
            format!("/api/v1/admin/users/{}/enable", f.learner.id),
            Value::Null,
        ),
        ("GET", "/api/v1/admin/skills/proposed".into(), Value::Null),
        (
            "POST",
            format!("/api/v1/admin/skills/proposed/{}/decision", f.proposal_id),
            json!({"action": "reject"}),
        ),
    ]
}

async fn send(
    app: &TestApp,
    who: Option<&TestUser>,
    method: &str,
    path: &str,
    body: &Value,
) -> StatusCode {
    let (status, _) = match (who, method) {
        (Some(u), "GET") => u.get_json(path).await,
        (Some(u), "POST") => u.post_json(path, body).await,
        (Some(u), "PUT") => u.put_json(path, body).await,
        (Some(u), _) => u.delete(path).await,
        (None, "GET") => app.get_json(path).await,
        (None, "POST") => app.post_json(path, body).await,
        (None, "PUT") => app.put_json(path, body).await,
        (None, _) => app.delete(path).await,
    };
    status
}

#[tokio::test]
async fn strangers_of_every_role_are_refused_and_nothing_changes() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let before = snapshot(&app, &f).await;

    let mut strangers: Vec<(&str, Option<TestUser>)> = vec![("anonymous", None)];
    for role in [Role::Worker, Role::Employer, Role::Provider] {
        strangers.push((role.as_str(), Some(app.signup(role).await)));
    }
    strangers.push(("counsellor", Some(app.account(Role::Counsellor).await)));

    for (name, who) in &strangers {
        for (method, path, body) in attempts(&f) {
            let status = send(&app, who.as_ref(), method, &path, &body).await;
            let expected = if who.is_none() {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(status, expected, "{name} {method} {path}");
        }
    }
    assert_eq!(
        snapshot(&app, &f).await,
        before,
        "a refused request changed something"
    );
}

#[tokio::test]
async fn an_owner_cannot_move_its_objects_under_someone_elses_organisation() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let before = snapshot(&app, &f).await;

    let other_provider = app.signup(Role::Provider).await;
    let (status, _) = other_provider
        .post_json("/api/v1/providers", &provider_body())
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, own) = other_provider
        .post_json("/api/v1/providers", &provider_body())
        .await;
    let own_provider = own["id"].as_i64().unwrap();
    let (status, own_course) = other_provider
        .post_json("/api/v1/courses", &course_body(own_provider))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = other_provider
        .put_json(
            &format!("/api/v1/courses/{}", own_course["id"]),
            &course_body(f.provider_id),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let other_employer = app.signup(Role::Employer).await;
    let (_, own) = other_employer
        .post_json("/api/v1/employers", &employer_body())
        .await;
    let own_employer = own["id"].as_i64().unwrap();
    let (_, own_demand) = other_employer
        .post_json("/api/v1/demands", &demand_body(own_employer))
        .await;
    let (status, _) = other_employer
        .put_json(
            &format!("/api/v1/demands/{}", own_demand["id"]),
            &demand_body(f.employer_id),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let after = snapshot(&app, &f).await;
    assert_eq!(after[..4], before[..4]);
}

#[tokio::test]
async fn owners_and_admins_may_write_and_mine_lists_only_own() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let owner = app.provider_owner().await;
    let mut renamed = provider_body();
    renamed["name"] = json!("Trung tâm GDNN Ba Vì (cơ sở 2)");
    let (status, _) = owner
        .put_json(&format!("/api/v1/providers/{}", f.provider_id), &renamed)
        .await;
    assert_eq!(status, StatusCode::OK);

    let admin = app.account(Role::Admin).await;
    let (status, _) = admin
        .delete(&format!("/api/v1/demands/{}", f.demand_id))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);

    let stranger = app.signup(Role::Provider).await;
    stranger
        .post_json("/api/v1/providers", &provider_body())
        .await;
    let (_, mine) = owner.get_json("/api/v1/providers?mine=true").await;
    assert_eq!(mine["total"], 1);
    assert_eq!(mine["items"][0]["id"], f.provider_id);
    let (status, _) = app.get_json("/api/v1/providers?mine=true").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A worker or employer cannot create a training provider; a provider cannot post demands.
    let worker = app.signup(Role::Worker).await;
    let (status, _) = worker
        .post_json("/api/v1/providers", &provider_body())
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = owner.post_json("/api/v1/employers", &employer_body()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(app.total("/api/v1/employers").await, 1);
}

#[tokio::test]
async fn the_last_active_admin_can_neither_disable_nor_delete_itself() {
    let app = spawn_app().await;
    let admin = app.account(Role::Admin).await;
    let disable = |id: i64| format!("/api/v1/admin/users/{id}/disable");
    let (status, error) = admin.post_json(&disable(admin.id), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert!(
        error["message_en"]
            .as_str()
            .unwrap()
            .contains("last active admin")
    );
    let (status, error) = admin.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    let (status, _) = admin.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK, "still there and logged in");

    // With a second active admin, one may go; then the other is the last.
    let (status, created) = admin
        .post_json(
            "/api/v1/admin/users",
            &json!({"role": "admin", "display_name": "Quản trị 2", "email": "qt2@hanoi.gov.vn", "password": "mật khẩu quản trị"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let second = app.login("qt2@hanoi.gov.vn", "mật khẩu quản trị").await;
    let (status, _) = second.post_json(&disable(admin.id), &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = second.post_json(&disable(second.id), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = second.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn admins_see_no_workers_personal_data() {
    let app = spawn_app().await;
    let admin = app.account(Role::Admin).await;
    let worker = app.signup(Role::Worker).await;
    let employer = app.signup(Role::Employer).await;
    let (status, workers) = admin.get_json("/api/v1/admin/users?role=worker").await;
    assert_eq!(status, StatusCode::OK);
    let items = workers["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        assert_eq!(item["phone"], Value::Null, "{item}");
        assert_eq!(item["email"], Value::Null, "{item}");
    }
    let (_, everyone) = admin.get_json("/api/v1/admin/users").await;
    let text = everyone.to_string();
    assert!(!text.contains(&worker.login[1..]), "{text}");
    assert!(
        text.contains(&employer.login[1..]),
        "employers' work numbers stay visible"
    );
    let (status, disabled) = admin
        .post_json(
            &format!("/api/v1/admin/users/{}/disable", worker.id),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(disabled["phone"], Value::Null);
}

#[tokio::test]
async fn a_worker_others_may_not_see_looks_exactly_like_a_missing_one() {
    let app = spawn_app().await;
    let mut private = crate::workers::profile_body();
    private["share_with_counsellors"] = json!(false);
    let (_, profile) = crate::workers::worker_with_profile(&app, &private).await;
    let id = profile["id"].as_i64().unwrap();
    let counsellor = app.account(Role::Counsellor).await;
    let employer = app.signup(Role::Employer).await;
    for who in [&counsellor, &employer] {
        for tail in ["", "/notes", "/credits"] {
            let path = format!("/api/v1/workers/{id}{tail}");
            let (status, body) = who.get_json(&path).await;
            let missing = format!("/api/v1/workers/987654{tail}");
            let (missing_status, missing_body) = who.get_json(&missing).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
            assert_eq!((status, &body), (missing_status, &missing_body), "{path}");
        }
    }
}

#[tokio::test]
async fn employers_record_outcomes_only_for_workers_they_hired_and_the_worker_wins() {
    use crate::outcomes::{apply, course_as, electronics_course, hire, pass, set_status, worker};
    let app = spawn_app().await;
    let provider = app.provider_owner().await.clone();
    let provider_id = app.create_provider().await;
    let course = course_as(&provider, &electronics_course(provider_id, 25)).await;
    let employer_id = app.create_employer().await;
    let employer = app.employer_owner().await.clone();
    let (learner, _) = worker(&app, false, true).await;
    let enrolment = apply(&learner, course).await;
    set_status(&provider, enrolment, "accepted").await;
    pass(&provider, enrolment, &["MĐ01", "MĐ02", "MĐ03"]).await;
    set_status(&provider, enrolment, "completed").await;
    let path = format!("/api/v1/enrolments/{enrolment}/outcomes");
    let by_employer = json!({"months_after": 3, "status": "employed", "monthly_income_vnd": 9_000_000, "employer_id": employer_id});

    // No application, no hire: refused, and nothing blocks the worker.
    let (status, error) = employer.post_json(&path, &by_employer).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{error}");
    assert!(
        error["message_en"]
            .as_str()
            .unwrap()
            .contains("hired through hocnghe")
    );
    // Another employer that hired the learner cannot name this employer.
    let rival = app.signup(Role::Employer).await;
    let (status, _) = rival.post_json(&path, &by_employer).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    hire(&app, &learner, employer_id).await;
    let (status, saved) = employer.post_json(&path, &by_employer).await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    // The worker's own record of the same month replaces the employer's...
    let own =
        json!({"months_after": 3, "status": "self_employed", "monthly_income_vnd": 7_000_000});
    let (status, saved) = learner.post_json(&path, &own).await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    assert_eq!(saved["recorded_by_role"], "worker");
    let (_, listed) = learner.get_json(&path).await;
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["status"], "self_employed");
    // ...and the employer cannot overwrite it.
    let (status, _) = employer.post_json(&path, &by_employer).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

/// A page request: method, path and form fields.
type PageAttempt = (&'static str, String, Vec<(&'static str, String)>);

/// The counsellor and plan pages (issue 27): other roles get 403, visitors
/// the login page, a counsellor a worker who does not share 404, another
/// worker someone else's step 404; and nothing changes.
#[tokio::test]
async fn plan_and_caseload_pages_refuse_whom_they_must_and_change_nothing() {
    use crate::counsellor_pages::{counsellor, page, post_form, worker};
    let app = spawn_app().await;
    let provider_id = app.create_provider().await;
    let course_id = app.create_course(&course_body(provider_id)).await["id"]
        .as_i64()
        .unwrap();
    let employer_id = app.create_employer().await;
    let demand_id = app.create_demand(&demand_body(employer_id)).await["id"]
        .as_i64()
        .unwrap();
    let (_, desk) = counsellor(&app).await;
    let (shared_user, shared, shared_session) = worker(&app, true, crate::helpers::BA_VI).await;
    let (private_user, private, _) = worker(&app, false, crate::helpers::BA_VI).await;
    let response = post_form(
        &desk,
        &app,
        &format!("/counsellor/workers/{shared}/plan/steps"),
        &[("kind", "other"), ("title", "Bước thử")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let before = page(&shared_session, &app, "/me/plan").await;
    let step: i64 = before
        .split("action=\"/me/plan/steps/")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .parse()
        .unwrap();
    let course = course_id.to_string();
    let demand = demand_id.to_string();
    let counsellor_routes = |w: i64| -> Vec<PageAttempt> {
        let agreed = ("worker_agrees", "on".to_owned());
        vec![
            ("GET", "/counsellor".into(), vec![]),
            ("GET", "/counsellor/targets".into(), vec![]),
            ("GET", format!("/counsellor/workers/{w}"), vec![]),
            ("GET", format!("/counsellor/workers/{w}/sheet"), vec![]),
            (
                "POST",
                format!("/counsellor/workers/{w}/plan/goal"),
                vec![("goal", "x".into())],
            ),
            (
                "POST",
                format!("/counsellor/workers/{w}/plan/steps"),
                vec![("kind", "other".into()), ("title", "Chen ngang".into())],
            ),
            (
                "POST",
                format!("/counsellor/workers/{w}/plan/steps/{step}/done"),
                vec![("done", "1".into())],
            ),
            (
                "GET",
                format!("/counsellor/workers/{w}/plan/steps/{step}/delete"),
                vec![],
            ),
            (
                "POST",
                format!("/counsellor/workers/{w}/plan/steps/{step}/delete"),
                vec![],
            ),
            (
                "POST",
                format!("/counsellor/workers/{w}/enrol"),
                vec![("course_id", course.clone()), agreed.clone()],
            ),
            (
                "POST",
                format!("/counsellor/workers/{w}/apply"),
                vec![("demand_id", demand.clone()), agreed],
            ),
        ]
    };
    let send = |client: reqwest::Client,
                method: &'static str,
                path: String,
                form: Vec<(&'static str, String)>| {
        let url = app.url(&path);
        async move {
            let request = if method == "GET" {
                client.get(url)
            } else {
                client.post(url).form(&form)
            };
            request.send().await.unwrap().status()
        }
    };
    let worker_session = app.signup(Role::Worker).await.browser_session().await;
    let employer_session = app.signup(Role::Employer).await.browser_session().await;
    for (method, path, form) in counsellor_routes(shared) {
        for (who, client) in [("worker", &worker_session), ("employer", &employer_session)] {
            let status = send(client.clone(), method, path.clone(), form.clone()).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{who} {method} {path}");
        }
        let status = send(
            crate::helpers::browser(),
            method,
            path.clone(),
            form.clone(),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "visitor {method} {path} goes to login"
        );
    }
    for (method, path, form) in counsellor_routes(private) {
        if !path.contains(&format!("/workers/{private}")) {
            continue;
        }
        let status = send(desk.clone(), method, path.clone(), form.clone()).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "counsellor {method} {path}, not shared"
        );
    }
    // The worker's own plan: a counsellor or employer 403, another worker's step 404.
    for (who, client) in [("counsellor", &desk), ("employer", &employer_session)] {
        let status = send(client.clone(), "GET", "/me/plan".into(), vec![]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who} /me/plan");
        let status = send(
            client.clone(),
            "POST",
            format!("/me/plan/steps/{step}/done"),
            vec![("done", "1".into())],
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{who} marks a step");
    }
    let other = crate::counsellor_pages::worker(&app, true, crate::helpers::BA_VI)
        .await
        .2;
    let status = send(
        other,
        "POST",
        format!("/me/plan/steps/{step}/done"),
        vec![("done", "1".into())],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let status = send(crate::helpers::browser(), "GET", "/me/plan".into(), vec![]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    let after = page(&shared_session, &app, "/me/plan").await;
    assert_eq!(before, after, "the plan is as it was");
    for user in [&shared_user, &private_user] {
        let (_, enrolments) = user.get_json("/api/v1/workers/me/enrolments").await;
        assert_eq!(enrolments.as_array().unwrap().len(), 0);
        let (_, applications) = user.get_json("/api/v1/workers/me/applications").await;
        assert_eq!(applications.as_array().unwrap().len(), 0);
    }
}

/// Every `/provider` page and form for another provider's course, class and
/// learner: anonymous visitors are sent to log in, other providers and
/// other roles are refused (403, as the JSON routes answer), and nothing changes.
#[tokio::test]
async fn provider_pages_refuse_everyone_but_the_courses_own_provider() {
    let app = spawn_app().await;
    let f = fixture(&app).await;
    let (_, classes) = app
        .get_json(&format!("/api/v1/courses/{}/intakes", f.course_id))
        .await;
    let class = classes[0]["id"].as_i64().unwrap();
    let (course, enrolment) = (f.course_id, f.enrolment_id);
    let pages = [
        ("GET", format!("/provider/courses/{course}/edit")),
        ("POST", format!("/provider/courses/{course}/edit")),
        ("GET", format!("/provider/courses/{course}/intakes/new")),
        ("POST", format!("/provider/courses/{course}/intakes/new")),
        ("GET", format!("/provider/intakes/{class}")),
        ("GET", format!("/provider/intakes/{class}/edit")),
        ("POST", format!("/provider/intakes/{class}/edit")),
        (
            "GET",
            format!("/provider/intakes/{class}/status?to=cancelled"),
        ),
        ("POST", format!("/provider/intakes/{class}/status")),
        (
            "GET",
            format!("/provider/enrolments/{enrolment}/decide?status=accepted"),
        ),
        ("POST", format!("/provider/enrolments/{enrolment}/decide")),
        ("POST", format!("/provider/enrolments/{enrolment}/modules")),
        (
            "POST",
            format!("/provider/enrolments/{enrolment}/certificate"),
        ),
        ("POST", format!("/provider/enrolments/{enrolment}/outcomes")),
    ];
    let form = [
        ("status", "accepted"),
        ("to", "cancelled"),
        ("module_code", "MĐ01"),
        ("months_after", "6"),
        ("title", "Bị đổi tên"),
        ("start_date", "2027-05-01"),
        ("weeks", "4"),
        ("schedule", "weekend"),
        ("seats", "9"),
        ("provider_id", "1"),
    ];
    let other_provider = app.signup(Role::Provider).await;
    let (status, _) = other_provider
        .post_json("/api/v1/providers", &provider_body())
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let mut visitors = vec![("anonymous", crate::helpers::browser())];
    for (name, user) in [
        ("provider", other_provider),
        ("worker", f.learner.clone()),
        ("employer", app.signup(Role::Employer).await),
        ("counsellor", app.account(Role::Counsellor).await),
    ] {
        visitors.push((name, user.browser_session().await));
    }
    let before = snapshot(&app, &f).await;
    let (_, classes_before) = app
        .get_json(&format!("/api/v1/courses/{course}/intakes"))
        .await;
    for (name, client) in &visitors {
        for (method, path) in &pages {
            let request = if *method == "GET" {
                client.get(app.url(path))
            } else {
                client.post(app.url(path)).form(&form)
            };
            let response = request.send().await.unwrap();
            if *name == "anonymous" {
                assert_eq!(
                    response.status(),
                    StatusCode::SEE_OTHER,
                    "{name} {method} {path}"
                );
                let to = response.headers()[reqwest::header::LOCATION]
                    .to_str()
                    .unwrap();
                assert!(
                    to.starts_with("/login?next="),
                    "{name} {method} {path}: {to}"
                );
            } else {
                assert_eq!(
                    response.status(),
                    StatusCode::FORBIDDEN,
                    "{name} {method} {path}"
                );
            }
        }
        for path in [
            "/provider",
            "/provider/results",
            "/provider/calls",
            "/provider/courses/new",
        ] {
            let response = client.get(app.url(path)).send().await.unwrap();
            let expected = match *name {
                "anonymous" => StatusCode::SEE_OTHER,
                "provider" => StatusCode::OK,
                _ => StatusCode::FORBIDDEN,
            };
            assert_eq!(response.status(), expected, "{name} GET {path}");
        }
    }
    // The other provider's own dashboard does not list this course.
    let (_, page) = crate::helpers::html(&visitors[1].1, &app, "/provider").await;
    assert!(!page.contains(&format!("/provider/intakes/{class}")));

    assert_eq!(
        snapshot(&app, &f).await,
        before,
        "a refused page changed something"
    );
    let (_, classes_after) = app
        .get_json(&format!("/api/v1/courses/{course}/intakes"))
        .await;
    assert_eq!(classes_after, classes_before);
    let (_, inbox) = f.learner.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(
        inbox["items"],
        json!([]),
        "nobody told the learner anything"
    );
}

/// `/api/v1/me/notifications` and `/me/notifications`: the worker's own.
#[tokio::test]
async fn only_the_worker_reads_and_changes_their_choice() {
    let app = spawn_app().await;
    let (worker, _) = crate::applications::worker_with(&app, &[], false).await;
    crate::notifications::choose(&worker, "sms").await;
    let anonymous = app.get("/api/v1/me/notifications").await;
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let (status, _) = read_put(&app, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for role in [
        Role::Employer,
        Role::Provider,
        Role::Counsellor,
        Role::Admin,
    ] {
        let other = app.account(role).await;
        let (status, _) = other.get_json("/api/v1/me/notifications").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{role:?}");
        let (status, _) = read_put(&app, Some(&other)).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{role:?}");
        let session = other.browser_session().await;
        let (status, _) = crate::helpers::html(&session, &app, "/me/notifications").await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{role:?} page");
        let response = crate::helpers::post_form(
            &session,
            &app,
            "/me/notifications/stop",
            &[("confirm", "yes")],
        )
        .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{role:?} stop");
    }
    let newcomer = app.signup(Role::Worker).await;
    let (status, error) = newcomer.get_json("/api/v1/me/notifications").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{error}");
    assert_eq!(error["code"], "no_profile");
    let (_, choice) = worker.get_json("/api/v1/me/notifications").await;
    assert_eq!(choice["channel"], "sms", "nobody else changed it");
}

async fn read_put(app: &TestApp, user: Option<&TestUser>) -> (StatusCode, serde_json::Value) {
    match user {
        Some(user) => {
            user.put_json("/api/v1/me/notifications", &json!({"channel": "none"}))
                .await
        }
        None => {
            app.put_json("/api/v1/me/notifications", &json!({"channel": "none"}))
                .await
        }
    }
}

#[tokio::test]
async fn saved_searches_and_passports_belong_to_their_worker_alone() {
    let app = spawn_app().await;
    let (owner, _) =
        crate::workers::worker_with_profile(&app, &crate::workers::profile_body()).await;
    let (other, _) =
        crate::workers::worker_with_profile(&app, &crate::workers::profile_body()).await;
    let employer = app.signup(Role::Employer).await;
    let counsellor = app.account(Role::Counsellor).await;
    let saved = crate::follow::save_welding_search(&owner).await;
    let search_id = saved["id"].as_i64().unwrap();
    let (status, link) = owner
        .post_json("/api/v1/me/passport/links", &json!({"days": 7}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{link}");
    let link_id = link["id"].as_i64().unwrap();
    let shared = link["path"].as_str().unwrap().to_owned();
    let before = (
        owner.get_json("/api/v1/me/saved-searches").await,
        owner.get_json("/api/v1/me/passport/links").await,
    );

    // Another worker sees only their own (empty) lists, and cannot touch the owner's.
    let (status, list) = other.get_json("/api/v1/me/saved-searches").await;
    assert_eq!((status, list), (StatusCode::OK, json!([])));
    let (status, list) = other.get_json("/api/v1/me/passport/links").await;
    assert_eq!((status, list), (StatusCode::OK, json!([])));
    let (status, _) = other
        .delete(&format!("/api/v1/me/saved-searches/{search_id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = other
        .post_json(
            &format!("/api/v1/me/passport/links/{link_id}/revoke"),
            &Value::Null,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let browser = other.browser_session().await;
    for path in [
        format!("/me/searches/{search_id}/delete"),
        format!("/me/passport/links/{link_id}/revoke"),
    ] {
        let (status, _) = crate::helpers::html(&browser, &app, &path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        let response = crate::helpers::post_form(&browser, &app, &path, &[]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "POST {path}");
    }
    let (_, page) = crate::helpers::html(&browser, &app, "/me/passport").await;
    assert!(!page.contains(&owner.login));

    // Other roles are refused; anonymous callers must log in.
    for who in [&employer, &counsellor] {
        for path in [
            "/api/v1/me/saved-searches",
            "/api/v1/me/passport",
            "/api/v1/me/passport/links",
        ] {
            let (status, _) = who.get_json(path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        }
        let (status, _) = who
            .delete(&format!("/api/v1/me/saved-searches/{search_id}"))
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = who
            .post_json(
                &format!("/api/v1/me/passport/links/{link_id}/revoke"),
                &Value::Null,
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
    for path in [
        "/api/v1/me/saved-searches",
        "/api/v1/me/passport",
        "/api/v1/me/passport/links",
    ] {
        let (status, _) = app.get_json(path).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{path}");
    }
    let (status, _) = app
        .delete(&format!("/api/v1/me/saved-searches/{search_id}"))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for path in ["/me/searches", "/me/passport"] {
        let response = crate::helpers::browser()
            .get(app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(
            response.headers()["location"],
            format!("/login?next={}", path.replace('/', "%2F")).as_str(),
            "{path}: log in first"
        );
    }

    // Nothing changed, and the passport is readable by anyone only through the live link.
    let after = (
        owner.get_json("/api/v1/me/saved-searches").await,
        owner.get_json("/api/v1/me/passport/links").await,
    );
    assert_eq!(before, after);
    let (status, _) = crate::helpers::html(&crate::helpers::browser(), &app, &shared).await;
    assert_eq!(status, StatusCode::OK);
}
