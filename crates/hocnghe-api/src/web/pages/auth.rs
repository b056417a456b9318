//! Login, registration and logout pages.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use hocnghe_domain::Role;
use hocnghe_domain::accounts::{LoginInput, RegisterInput};
use hocnghe_store::repo::sessions;
use serde::Deserialize;

use crate::auth::session;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormErrors;
use crate::web::render::{OrPage, PageResult, page, redirect, safe_next};

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    ctx: Ctx,
    next: String,
    login: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct NextParam {
    next: Option<String>,
}

#[get("/login")]
async fn login_form(ctx: Ctx, query: web::Query<NextParam>) -> PageResult {
    let next = safe_next(query.next.as_deref());
    page(
        &ctx,
        StatusCode::OK,
        &LoginPage {
            ctx: ctx.clone(),
            next,
            login: String::new(),
            error: None,
        },
    )
}

#[derive(Deserialize)]
struct LoginForm {
    login: String,
    password: String,
    next: Option<String>,
}

#[post("/login")]
async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    form: web::Form<LoginForm>,
) -> PageResult {
    let form = form.into_inner();
    let next = safe_next(form.next.as_deref());
    let input = LoginInput {
        login: form.login.clone(),
        password: form.password,
    };
    match session::authenticate(&state, &req, input).await {
        Ok(account) => {
            let opened = session::open(&state, account.id).await.or_page(&ctx)?;
            let target = if next == "/" {
                home_for(account.role).to_owned()
            } else {
                next
            };
            let mut response = redirect(&target);
            response.add_cookie(&opened.cookie).map_err(|_| {
                crate::web::render::PageError::new(&ctx, crate::error::ApiError::internal())
            })?;
            Ok(response)
        }
        Err(error) => {
            let status = error.status;
            let errors = FormErrors::from_api(ctx.lang, error);
            let message = errors
                .general
                .clone()
                .or_else(|| errors.all().into_iter().next());
            page(
                &ctx,
                status,
                &LoginPage {
                    ctx: ctx.clone(),
                    next,
                    login: form.login,
                    error: message,
                },
            )
        }
    }
}

/// Where each role lands after logging in.
fn home_for(role: Role) -> &'static str {
    match role {
        Role::Worker => "/me/courses",
        Role::Employer => "/employer",
        Role::Counsellor => "/counsellor",
        Role::Provider => "/provider",
        Role::Admin => "/",
    }
}

#[derive(Template)]
#[template(path = "register.html")]
struct RegisterPage {
    ctx: Ctx,
    role: String,
    display_name: String,
    phone: String,
    email: String,
    error: Option<String>,
    errors: FormErrors,
}

impl RegisterPage {
    fn errors_for(&self, field: &str) -> Vec<String> {
        self.errors.for_field(field)
    }
}

#[get("/register")]
async fn register_form(ctx: Ctx) -> PageResult {
    page(
        &ctx,
        StatusCode::OK,
        &RegisterPage {
            ctx: ctx.clone(),
            role: "worker".into(),
            display_name: String::new(),
            phone: String::new(),
            email: String::new(),
            error: None,
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct RegisterForm {
    role: String,
    display_name: String,
    phone: Option<String>,
    email: Option<String>,
    password: String,
}

#[post("/register")]
async fn register(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    form: web::Form<RegisterForm>,
) -> PageResult {
    let form = form.into_inner();
    let role = form.role.parse::<Role>().unwrap_or(Role::Worker);
    let blank = |s: &Option<String>| {
        s.as_ref()
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
    };
    let input = RegisterInput {
        role,
        display_name: form.display_name.clone(),
        phone: blank(&form.phone),
        email: blank(&form.email),
        password: form.password,
    };
    match session::register(&state, &req, input).await {
        Ok(account) => {
            let opened = session::open(&state, account.id).await.or_page(&ctx)?;
            let target = if account.role == Role::Worker {
                "/me/profile"
            } else {
                home_for(account.role)
            };
            let mut response = redirect(target);
            response.add_cookie(&opened.cookie).map_err(|_| {
                crate::web::render::PageError::new(&ctx, crate::error::ApiError::internal())
            })?;
            Ok(response)
        }
        Err(error) => {
            let status = error.status;
            let errors = FormErrors::from_api(ctx.lang, error);
            page(
                &ctx,
                status,
                &RegisterPage {
                    ctx: ctx.clone(),
                    role: role.as_str().to_owned(),
                    display_name: form.display_name,
                    phone: form.phone.unwrap_or_default(),
                    email: form.email.unwrap_or_default(),
                    error: errors.general.clone(),
                    errors,
                },
            )
        }
    }
}

#[post("/logout")]
async fn logout(
    state: web::Data<AppState>,
    ctx: Ctx,
) -> Result<HttpResponse, crate::web::render::PageError> {
    if let Some(user) = &ctx.user {
        sessions::revoke(&state.db, user.session_id)
            .await
            .or_page(&ctx)?;
    }
    let mut response = redirect("/");
    response
        .add_cookie(&session::clearing_cookie(&state))
        .map_err(|_| {
            crate::web::render::PageError::new(&ctx, crate::error::ApiError::internal())
        })?;
    Ok(response)
}
