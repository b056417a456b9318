//! Password pages: change it (required first for accounts made by someone
//! else), reset a forgotten one with a counsellor's code, and the
//! counsellor's button that issues that code.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, get, post, web};
use askama::Template;
use hocnghe_domain::Role;
use hocnghe_domain::accounts::{PasswordChangeInput, PasswordResetInput};
use serde::Deserialize;

use crate::auth::policy::require_exact_role;
use crate::auth::{CHANGE_PASSWORD_PAGE, recovery, recovery_sms};
use crate::error::ApiError;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormErrors;
use crate::web::render::{PageError, PageResult, page, redirect};

#[derive(Template)]
#[template(path = "password_change.html")]
struct ChangePage {
    ctx: Ctx,
    required: bool,
    done: bool,
    errors: FormErrors,
}

impl ChangePage {
    fn errors_for(&self, field: &str) -> Vec<String> {
        self.errors.for_field(field)
    }
}

#[derive(Deserialize)]
struct DoneParam {
    done: Option<String>,
    sent: Option<String>,
}

#[get("/account/password")]
async fn change_form(ctx: Ctx, query: web::Query<DoneParam>) -> PageResult {
    let user = logged_in(&ctx)?;
    let required = user.must_change_password;
    page(
        &ctx,
        StatusCode::OK,
        &ChangePage {
            ctx: ctx.clone(),
            required,
            done: query.done.is_some(),
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct ChangeForm {
    current_password: String,
    new_password: String,
    confirm_password: String,
}

#[post("/account/password")]
async fn change(state: web::Data<AppState>, ctx: Ctx, form: web::Form<ChangeForm>) -> PageResult {
    let user = logged_in(&ctx)?.clone();
    let form = form.into_inner();
    let result = if form.new_password != form.confirm_password {
        Err(ApiError::field(hocnghe_domain::FieldError::invalid(
            "confirm_password",
            "Hai lần nhập mật khẩu mới không giống nhau.",
            "The two new passwords do not match.",
        )))
    } else {
        let input = PasswordChangeInput {
            current_password: form.current_password,
            new_password: form.new_password,
        };
        recovery::change_password(&state, &user, input).await
    };
    match result {
        Ok(()) => Ok(redirect(&format!("{CHANGE_PASSWORD_PAGE}?done=1"))),
        Err(error) => page(
            &ctx,
            error.status,
            &ChangePage {
                ctx: ctx.clone(),
                required: user.must_change_password,
                done: false,
                errors: FormErrors::from_api(ctx.lang, error),
            },
        ),
    }
}

fn logged_in(ctx: &Ctx) -> Result<&crate::auth::Identity, PageError> {
    ctx.user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))
}

#[derive(Template)]
#[template(path = "password_forgot.html")]
struct ForgotPage {
    ctx: Ctx,
    login: String,
    done: bool,
    /// A code was asked for by SMS (shown whether or not the number has an
    /// account).
    sent: bool,
    /// This server sends SMS (`notify.enabled`).
    sms: bool,
    phone: String,
    errors: FormErrors,
}

impl ForgotPage {
    fn errors_for(&self, field: &str) -> Vec<String> {
        self.errors.for_field(field)
    }
}

#[get("/password/forgot")]
async fn forgot_form(
    state: web::Data<AppState>,
    ctx: Ctx,
    query: web::Query<DoneParam>,
) -> PageResult {
    page(
        &ctx,
        StatusCode::OK,
        &ForgotPage {
            ctx: ctx.clone(),
            login: String::new(),
            done: query.done.is_some(),
            sent: query.sent.is_some(),
            sms: state.settings.notify.enabled,
            phone: String::new(),
            errors: FormErrors::default(),
        },
    )
}

#[derive(Deserialize)]
struct SmsForm {
    #[serde(default)]
    phone: String,
}

/// "Send me a code": the same answer whether or not the number has an
/// account (`recovery_sms`).
#[post("/password/forgot/sms")]
async fn forgot_sms(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    form: web::Form<SmsForm>,
) -> PageResult {
    let phone = form.into_inner().phone;
    match recovery_sms::send_reset_code(&state, &req, &phone).await {
        Ok(()) => Ok(redirect("/password/forgot?sent=1")),
        Err(error) => page(
            &ctx,
            error.status,
            &ForgotPage {
                ctx: ctx.clone(),
                login: String::new(),
                done: false,
                sent: false,
                sms: state.settings.notify.enabled,
                phone,
                errors: FormErrors::from_api(ctx.lang, error),
            },
        ),
    }
}

#[derive(Deserialize)]
struct ForgotForm {
    login: String,
    code: String,
    new_password: String,
}

#[post("/password/forgot")]
async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    form: web::Form<ForgotForm>,
) -> PageResult {
    let form = form.into_inner();
    let input = PasswordResetInput {
        login: form.login.clone(),
        code: form.code,
        new_password: form.new_password,
    };
    match recovery::reset_with_code(&state, &req, input).await {
        Ok(()) => Ok(redirect("/password/forgot?done=1")),
        Err(error) => page(
            &ctx,
            error.status,
            &ForgotPage {
                ctx: ctx.clone(),
                login: form.login,
                done: false,
                sent: false,
                sms: state.settings.notify.enabled,
                phone: String::new(),
                errors: FormErrors::from_api(ctx.lang, error),
            },
        ),
    }
}

#[derive(Template)]
#[template(path = "reset_code.html")]
struct ResetCodePage {
    ctx: Ctx,
    worker_id: i64,
    code: String,
    expires_at: String,
}

/// A counsellor issues a reset code from the worker's page; it is shown once.
#[post("/counsellor/workers/{id}/reset-code")]
async fn issue_code(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let me = logged_in(&ctx)?.clone();
    require_exact_role(&me, Role::Counsellor).map_err(|e| PageError::new(&ctx, e))?;
    let issued = recovery::issue_reset_code(&state, &me, *id)
        .await
        .map_err(|e| PageError::new(&ctx, e))?;
    page(
        &ctx,
        StatusCode::CREATED,
        &ResetCodePage {
            ctx: ctx.clone(),
            worker_id: *id,
            code: issued.code,
            expires_at: ctx.time(&issued.expires_at),
        },
    )
}
