use hocnghe_domain::Role;
use reqwest::StatusCode;
use reqwest::header::LOCATION;

use crate::helpers::{browser, html, post_form, spawn_app};

#[tokio::test]
async fn an_admin_lists_accounts_by_role_and_disables_one_after_confirming() {
    let app = spawn_app().await;
    let admin = app.account(Role::Admin).await;
    let desk = admin.browser_session().await;
    let workers = [
        app.signup(Role::Worker).await,
        app.signup(Role::Worker).await,
        app.signup(Role::Worker).await,
    ];
    let employer = app.signup(Role::Employer).await;

    // Workers only, two a page: no phone number shown.
    let (status, page) = html(&desk, &app, "/admin/accounts?role=worker&per_page=2").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("3 tài khoản"), "{page}");
    assert!(page.contains("trang 1/2"), "{page}");
    assert!(
        page.contains("/admin/accounts?role=worker&#38;page=2&#38;per_page=2"),
        "{page}"
    );
    for w in &workers {
        assert!(!page.contains(&w.login[1..]), "a worker's phone: {page}");
    }
    assert!(!page.contains(&employer.login[1..]), "{page}");
    let (_, page2) = html(&desk, &app, "/admin/accounts?role=worker&page=2&per_page=2").await;
    assert!(page2.contains("trang 2/2"), "{page2}");
    assert!(
        page2.contains(&format!("id=\"u{}\"", workers[2].id)),
        "{page2}"
    );
    // Employers' contact is theirs to show.
    let (_, page) = html(&desk, &app, "/admin/accounts?role=employer").await;
    assert!(page.contains(&employer.login[1..]), "{page}");
    let (status, _) = html(&desk, &app, "/admin/accounts?role=boss").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Disable: a confirmation page, nothing without the box, then done.
    let target = &workers[0];
    let path = format!("/admin/accounts/{}/disable", target.id);
    let (status, page) = html(&desk, &app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Khóa tài khoản?"), "{page}");
    assert!(page.contains(&format!("action=\"{path}\"")), "{page}");
    let response = post_form(&desk, &app, &path, &[]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = target.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK, "not disabled yet");
    let response = post_form(&desk, &app, &path, &[("confirm", "yes")]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()[LOCATION], "/admin/accounts?done=1");
    let (status, _) = target.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "sessions ended");
    let (status, _) = app
        .post_json(
            "/api/v1/auth/login",
            &serde_json::json!({"login": target.login, "password": "mật khẩu thử nghiệm"}),
        )
        .await;
    assert_ne!(status, StatusCode::OK);
    let (_, page) = html(&desk, &app, "/admin/accounts?role=worker").await;
    assert!(page.contains("Đã khóa"), "{page}");
    assert!(
        page.contains(&format!("/admin/accounts/{}/enable", target.id)),
        "{page}"
    );

    // Enable again, also confirmed.
    let path = format!("/admin/accounts/{}/enable", target.id);
    let response = post_form(&desk, &app, &path, &[("confirm", "yes")]).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    app.login(&target.login, "mật khẩu thử nghiệm").await;

    // The last active admin: no link to disable itself, and refused anyway.
    let (_, page) = html(&desk, &app, "/admin/accounts?role=admin").await;
    assert!(
        !page.contains(&format!("/admin/accounts/{}/disable", admin.id)),
        "{page}"
    );
    let path = format!("/admin/accounts/{}/disable", admin.id);
    let response = post_form(&desk, &app, &path, &[("confirm", "yes")]).await;
    assert_eq!(response.status(), StatusCode::CONFLICT);
    let page = response.text().await.unwrap();
    assert!(page.contains("quản trị viên cuối cùng"), "{page}");
    let (status, _) = admin.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK);

    let (status, _) = html(&desk, &app, "/admin/accounts/999999/disable").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = html(
        &desk,
        &app,
        &format!("/admin/accounts/{}/delete", target.id),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_admins_reach_the_admin_pages() {
    let app = spawn_app().await;
    let worker = app.signup(Role::Worker).await;
    let pages = [
        "/admin/accounts".to_owned(),
        "/admin/skills".to_owned(),
        format!("/admin/accounts/{}/disable", worker.id),
    ];
    let writes = [
        format!("/admin/accounts/{}/disable", worker.id),
        format!("/admin/accounts/{}/enable", worker.id),
        "/admin/skills/1".to_owned(),
    ];
    let mut others = vec![
        worker.clone(),
        app.signup(Role::Employer).await,
        app.signup(Role::Provider).await,
    ];
    others.push(app.account(Role::Counsellor).await);
    for who in &others {
        let client = who.browser_session().await;
        for path in &pages {
            let (status, _) = html(&client, &app, path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        }
        for path in &writes {
            let response = post_form(
                &client,
                &app,
                path,
                &[("confirm", "yes"), ("action", "reject")],
            )
            .await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    let visitor = browser();
    for (method, path) in pages
        .iter()
        .map(|p| ("GET", p))
        .chain(writes.iter().map(|p| ("POST", p)))
    {
        let response = if method == "GET" {
            visitor.get(app.url(path)).send().await.unwrap()
        } else {
            visitor.post(app.url(path)).send().await.unwrap()
        };
        {
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{path}");
            assert!(
                response.headers()[LOCATION]
                    .to_str()
                    .unwrap()
                    .starts_with("/login?next="),
                "{path}"
            );
        }
    }
    let (status, _) = worker.get_json("/api/v1/auth/me").await;
    assert_eq!(status, StatusCode::OK, "still enabled");
}
