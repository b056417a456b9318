//! Browser hardening and an honest HTTP contract: security headers and no
//! inline script, same-site `next`, `Origin: null`, JSON errors for bad
//! paths and methods, the OpenAPI document against the running API, text
//! without invisible characters, metrics, and Hanoi time.

use hocnghe_domain::Role;
use reqwest::StatusCode;
use reqwest::header::{ALLOW, CONTENT_TYPE, LOCATION};
use serde_json::{Value, json};

use crate::helpers::{browser, demand_body, error_fields, html, spawn_app, spawn_app_with};

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/login",
        "/api/v1/courses/search?q=han",
        "/no-such-page",
        "/static/app.js",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(
            !csp.contains("script-src 'self' 'unsafe-inline'"),
            "{path}: {csp}"
        );
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(
            headers["referrer-policy"], "strict-origin-when-cross-origin",
            "{path}"
        );
    }
}

/// No inline `<script>` and no `on...=` handlers: the CSP would block them.
fn assert_no_inline_script(path: &str, page: &str) {
    let lower = page.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("<script") {
        let tag_end = rest[at..].find('>').map(|i| at + i).unwrap_or(rest.len());
        assert!(rest[at..tag_end].contains(" src="), "{path}: inline script");
        rest = &rest[tag_end..];
    }
    for handler in [
        " onsubmit=",
        " onclick=",
        " onload=",
        " onchange=",
        " oninput=",
        "javascript:",
    ] {
        assert!(!lower.contains(handler), "{path}: {handler}");
    }
}

#[tokio::test]
async fn pages_have_no_inline_script() {
    let app = spawn_app().await;
    let anonymous = browser();
    for path in [
        "/",
        "/login",
        "/register",
        "/courses?q=han",
        "/jobs?q=han",
        "/password/forgot",
    ] {
        let (status, page) = html(&anonymous, &app, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_no_inline_script(path, &page);
    }
    let (worker, _) =
        crate::workers::worker_with_profile(&app, &crate::workers::profile_body()).await;
    let client = worker.browser_session().await;
    for path in [
        "/me/profile",
        "/me/courses",
        "/me/jobs",
        "/account/password",
    ] {
        let (status, page) = html(&client, &app, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_no_inline_script(path, &page);
    }
    // Deleting the account asks on its own page, with no script at all.
    let (status, page) = html(&client, &app, "/me/delete").await;
    assert_eq!(status, StatusCode::OK);
    assert_no_inline_script("/me/delete", &page);
    let script = app.get("/static/app.js").await.text().await.unwrap();
    assert!(script.contains("form[data-confirm]"));
}

#[tokio::test]
async fn login_sends_people_only_to_paths_on_this_site() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    for (next, expected) in [
        ("/courses?q=han", "/courses?q=han"),
        ("/\r\nX: y", "/me/courses"),
        ("/\t/example.com", "/me/courses"),
        ("//example.com", "/me/courses"),
        ("/\\example.com", "/me/courses"),
        ("https://example.com/", "/me/courses"),
        ("javascript:alert(1)", "/me/courses"),
    ] {
        let client = browser();
        let response = client
            .post(app.url("/login"))
            .form(&[
                ("login", worker.login.as_str()),
                ("password", "mật khẩu thử nghiệm"),
                ("next", next),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(response.headers()[LOCATION], expected, "{next:?}");
    }
    // The login page does not carry a bad `next` into its form either.
    let (status, page) = html(&browser(), &app, "/login?next=/%0D%0AX:%20y").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("name=\"next\" value=\"/\""), "{page}");
}

#[tokio::test]
async fn state_changing_requests_from_an_opaque_origin_are_refused() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let client = worker.browser_session().await;
    for (path, origin) in [("/logout", "null"), ("/logout", "https://evil.example")] {
        let response = client
            .post(app.url(path))
            .header("Origin", origin)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{origin}");
    }
    let response = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .header("Origin", "null")
        .json(&json!({"login": worker.login, "password": "mật khẩu thử nghiệm"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Still logged in: the refused logout did nothing.
    let (status, _) = html(&client, &app, "/me/profile").await;
    assert_ne!(status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn bad_paths_and_wrong_methods_get_json_errors() {
    let app = spawn_app().await;
    for path in [
        "/api/v1/demands/abc",
        "/api/v1/courses/99999999999999999999999",
        "/api/v1/providers/-",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(
            response.headers()[CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "{path}"
        );
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["code"], "not_found", "{path}");
    }
    let response = app
        .client
        .delete(app.url("/api/v1/auth/login"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[ALLOW], "POST");
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], "method_not_allowed");
    let response = app
        .client
        .patch(app.url("/api/v1/demands/5"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[ALLOW], "DELETE, GET, PUT");
    let response = app
        .client
        .post(app.url("/api/v1/demands/search"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[ALLOW], "GET");
    let response = app
        .client
        .request(reqwest::Method::TRACE, app.url("/health/live"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()[ALLOW], "GET");
    // Unknown API routes stay 404; pages get an HTML 404.
    let (status, body) = app.get_json("/api/v1/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "not_found");
    let response = app.get("/courses/abc").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(
        response.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
}

#[tokio::test]
async fn the_openapi_document_publishes_wire_names_ranges_and_per_operation_security() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["Role"]["enum"],
        json!(["worker", "employer", "provider", "counsellor", "admin"])
    );
    assert!(
        schemas["CourseLevel"]["enum"]
            .as_array()
            .unwrap()
            .contains(&json!("so_cap"))
    );
    assert!(
        schemas["DeliveryMode"]["enum"]
            .as_array()
            .unwrap()
            .contains(&json!("in_person"))
    );
    assert_eq!(
        schemas["RegisterInput"]["properties"]["password"]["minLength"],
        8
    );
    assert_eq!(
        schemas["RegisterInput"]["properties"]["password"]["maxLength"],
        128
    );
    assert!(
        doc.get("security").is_none(),
        "no document-wide requirement"
    );

    let paths = &doc["paths"];
    let op = |path: &str, method: &str| paths[path][method].clone();
    assert_eq!(op("/api/v1/courses/search", "get")["security"], json!([]));
    assert_eq!(op("/health/live", "get")["security"], json!([]));
    assert_eq!(op("/api/v1/auth/register", "post")["security"], json!([]));
    assert_eq!(
        op("/api/v1/workers/me", "get")["security"],
        json!([{"bearer": []}])
    );
    let register = op("/api/v1/auth/register", "post");
    for status in ["400", "413", "415", "422", "429"] {
        assert!(
            register["responses"][status].is_object(),
            "register {status}"
        );
    }
    let me = op("/api/v1/workers/me", "get");
    for status in ["401", "403"] {
        assert!(me["responses"][status].is_object(), "me {status}");
    }
    assert!(op("/api/v1/demands/{id}", "get")["responses"]["404"].is_object());
    let per_page = op("/api/v1/courses", "get")["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "per_page")
        .cloned()
        .unwrap();
    assert_eq!(per_page["schema"]["minimum"], 1);
    assert_eq!(per_page["schema"]["maximum"], 100);

    // A generated client would send the published names: they work.
    let (status, body) = app
        .post_json(
            "/api/v1/auth/register",
            &json!({"role": "worker", "display_name": "Lò Văn Páo", "phone": "0912000111", "password": "mật khẩu dài"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}

/// Every operation, called without a session: those that declare the bearer
/// requirement answer 401, and no public one does.
#[tokio::test]
async fn the_documented_security_matches_what_the_api_does() {
    let app = spawn_app().await;
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let concrete = path
                .split('/')
                .map(|s| if s.starts_with('{') { "1" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let mut request = app.client.request(method.clone(), app.url(&concrete));
            if method == reqwest::Method::POST || method == reqwest::Method::PUT {
                request = request.json(&json!({}));
            }
            let status = request.send().await.unwrap().status();
            let secured = op["security"] == json!([{"bearer": []}]);
            if secured {
                assert_eq!(status, StatusCode::UNAUTHORIZED, "{method} {path}");
            } else {
                assert_ne!(
                    status,
                    StatusCode::UNAUTHORIZED,
                    "{method} {path} is documented public"
                );
                assert_eq!(op["security"], json!([]), "{method} {path}");
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked}");
}

#[tokio::test]
async fn text_made_only_of_invisible_characters_is_refused_and_bidi_controls_are_removed() {
    let app = spawn_app().await;
    let employer_id = app.create_employer().await;
    let owner = app.employer_owner().await;
    for hidden in [
        "\u{200B}\u{200B}\u{200B}",
        "\u{FEFF}",
        "\u{2060}\u{00AD}",
        "\u{202E}",
    ] {
        let mut body = demand_body(employer_id);
        body["title"] = json!(hidden);
        let (status, error) = owner.post_json("/api/v1/demands", &body).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{hidden:?}: {error}"
        );
        assert_eq!(error_fields(&error), ["title"], "{hidden:?}");
    }
    let mut body = demand_body(employer_id);
    body["title"] = json!("Tuyển thợ hàn \u{202E}GIM\u{202C} gấp\u{200B}");
    let (status, saved) = owner.post_json("/api/v1/demands", &body).await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    assert_eq!(saved["title"], "Tuyển thợ hàn GIM gấp");
}

#[tokio::test]
async fn metrics_are_off_by_default() {
    let app = spawn_app().await;
    let (status, _) = app.get_json("/metrics").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn metrics_need_the_configured_token_and_count_requests_by_route() {
    let app = spawn_app_with(|s| {
        s.metrics.enabled = true;
        s.metrics.token = "scrape-token-7f3a".into();
    })
    .await;
    app.search("courses", &[("q", "han")]).await;
    app.get_json("/api/v1/demands/424242").await;
    let (status, _) = app.get_json("/metrics").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let response = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app
        .client
        .get(app.url("/metrics"))
        .bearer_auth("scrape-token-7f3a")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    for line in [
        "hocnghe_http_requests_total{method=\"GET\",route=\"/api/v1/courses/search\",status=\"200\"}",
        "hocnghe_http_requests_total{method=\"GET\",route=\"/api/v1/demands/{id}\",status=\"404\"}",
        "hocnghe_http_request_duration_seconds_bucket{",
        "hocnghe_searches_total ",
        "hocnghe_search_queue ",
        "hocnghe_index_outbox_backlog ",
        "hocnghe_index_lag_seconds ",
        "hocnghe_ranking_snapshot_age_seconds ",
        "hocnghe_password_hashing_queue ",
    ] {
        assert!(text.contains(line), "missing {line}\n{text}");
    }
    assert!(!text.contains("424242"), "raw paths never become labels");
}

#[tokio::test]
async fn times_on_pages_are_hanoi_time() {
    let app = spawn_app().await;
    let (worker, profile) =
        crate::workers::worker_with_profile(&app, &crate::workers::profile_body()).await;
    let counsellor = app.account(Role::Counsellor).await;
    let hanoi = chrono::FixedOffset::east_opt(7 * 3600).unwrap();
    let before = chrono::Utc::now().with_timezone(&hanoi);
    let (status, _) = counsellor
        .get_json(&format!("/api/v1/workers/{}", profile["id"]))
        .await;
    assert_eq!(status, StatusCode::OK);
    let after = chrono::Utc::now().with_timezone(&hanoi);
    let client = worker.browser_session().await;
    let (_, page) = html(&client, &app, "/me/profile").await;
    let shown = [before, after].map(|t| t.format("%H:%M %d/%m/%Y").to_string());
    assert!(
        shown.iter().any(|s| page.contains(s.as_str())),
        "the access log shows {shown:?} (Hanoi time)"
    );
}

/// The newest inbox message of `worker`, as (kind, Vietnamese text).
async fn latest_message(worker: &crate::helpers::TestUser) -> (String, String) {
    let (status, inbox) = worker.get_json("/api/v1/workers/me/inbox").await;
    assert_eq!(status, StatusCode::OK, "{inbox}");
    let newest = &inbox["items"][0];
    (
        newest["kind"].as_str().unwrap_or_default().to_owned(),
        newest["text_vi"].as_str().unwrap_or_default().to_owned(),
    )
}

#[tokio::test]
async fn deleting_an_employer_or_provider_account_closes_what_it_owned_and_tells_people() {
    use crate::applications::{apply, welding_demand, worker_with};

    let app = spawn_app().await;
    // An employer with an open demand, one applicant waiting and one hired.
    let demand_id = welding_demand(&app).await;
    let (waiting, _) = worker_with(&app, &[("han-mig-mag", true)], true).await;
    let (hired, _) = worker_with(&app, &[("han-mig-mag", true)], true).await;
    let waiting_application = apply(&waiting, demand_id, "Tôi hàn được.").await["id"]
        .as_i64()
        .unwrap();
    let hired_application = apply(&hired, demand_id, "Tôi cũng vậy.").await["id"]
        .as_i64()
        .unwrap();
    let employer = app.employer_owner().await.clone();
    let (status, body) = employer
        .put_json(
            &format!("/api/v1/applications/{hired_application}/status"),
            &json!({"status": "hired"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    app.search_until("demands", &[("q", "hàn MIG")], |b| {
        crate::helpers::hit_ids(b).contains(&demand_id)
    })
    .await;

    // A provider with a class not started yet and one applicant.
    let provider_id = app.create_provider().await;
    let course = app
        .create_course(&crate::helpers::course_body(provider_id))
        .await;
    let course_id = course["id"].as_i64().unwrap();
    let (learner, _) = worker_with(&app, &[], false).await;
    let (status, enrolment) = learner
        .post_json(
            &format!("/api/v1/courses/{course_id}/enrolments"),
            &json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{enrolment}");

    // The employer deletes its account.
    let (status, _) = employer.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, demand) = app.get_json(&format!("/api/v1/demands/{demand_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(demand["status"], "closed", "{demand}");
    app.search_until("demands", &[("q", "hàn MIG")], |b| {
        !crate::helpers::hit_ids(b).contains(&demand_id)
    })
    .await;
    let (_, mine) = waiting.get_json("/api/v1/workers/me/applications").await;
    let mine = &mine.as_array().unwrap()[0];
    assert_eq!(mine["id"], waiting_application);
    assert_eq!(mine["status"], "rejected", "{mine}");
    let (kind, text) = latest_message(&waiting).await;
    assert_eq!(kind, "owner_left");
    assert!(text.contains("nhà tuyển dụng đã xóa tài khoản"), "{text}");
    // A decision already made stands, and its worker is not told again.
    let (_, theirs) = hired.get_json("/api/v1/workers/me/applications").await;
    assert_eq!(theirs[0]["status"], "hired", "{theirs}");
    let (kind, _) = latest_message(&hired).await;
    assert_eq!(kind, "application_status");
    // The worker's inbox page shows it too.
    let client = waiting.browser_session().await;
    let (_, page) = html(&client, &app, "/me/inbox").await;
    assert!(page.contains("nhà tuyển dụng đã xóa tài khoản"), "{page}");

    // The provider deletes its account: the class is cancelled, the
    // applicant declined and told.
    let provider = app.provider_owner().await.clone();
    let (status, _) = provider.delete("/api/v1/workers/me").await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, intakes) = app
        .get_json(&format!("/api/v1/courses/{course_id}/intakes"))
        .await;
    let statuses: Vec<&str> = intakes
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["cancelled"], "{intakes}");
    let (_, places) = learner.get_json("/api/v1/workers/me/enrolments").await;
    assert_eq!(places[0]["status"], "rejected", "{places}");
    let (kind, text) = latest_message(&learner).await;
    assert_eq!(kind, "owner_left");
    assert!(text.contains("cơ sở đào tạo đã xóa tài khoản"), "{text}");
}

#[tokio::test]
async fn other_methods_on_fixed_paths_are_405_not_the_id_routes_answers() {
    let app = spawn_app().await;
    let worker = app.signup(hocnghe_domain::Role::Worker).await;
    for path in [
        "/api/v1/courses/search",
        "/api/v1/demands/search",
        "/api/v1/workers/me/notes",
    ] {
        for method in [reqwest::Method::PUT, reqwest::Method::POST] {
            let response = app
                .client
                .request(method.clone(), app.url(path))
                .bearer_auth(&worker.token)
                .send()
                .await
                .unwrap();
            assert_eq!(
                response.status(),
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path}"
            );
            assert_eq!(response.headers()[ALLOW], "GET", "{method} {path}");
        }
    }
}
