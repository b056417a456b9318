//! Admin pages: accounts (list by role with paging, disable and enable
//! after a confirmation step) and the curation of proposed skills. Admins see
//! no worker's phone or email, and no worker behind a proposed skill.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::accounts::Account;
use hocnghe_domain::catalogue::{Page, PageParams};
use hocnghe_domain::proposals::{ProposalGroup, SkillDecision};
use hocnghe_domain::{Role, ValidationErrors};
use hocnghe_store::repo::{proposed_skills, taxonomy};
use serde::Deserialize;

use crate::auth::Identity;
use crate::auth::accounts::{get_for_admin, list_for_admin, set_disabled};
use crate::auth::policy::require_exact_role;
use crate::error::ApiError;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormErrors, FormFields, skill_choice};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

fn admin_only(ctx: &Ctx) -> Result<&Identity, PageError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))?;
    require_exact_role(user, Role::Admin).map_err(|e| PageError::new(ctx, e))?;
    Ok(user)
}

#[derive(Template)]
#[template(path = "admin_accounts.html")]
struct AccountsPage {
    ctx: Ctx,
    /// The role filter's wire name, empty for every role.
    role: String,
    roles: Vec<(&'static str, &'static str, &'static str)>,
    accounts: Page<Account>,
    last_page: u32,
    me: i64,
    done: bool,
}

impl AccountsPage {
    /// The list's address for another page, keeping the role filter.
    fn page_href(&self, page: u32) -> String {
        let per_page = self.accounts.per_page;
        if self.role.is_empty() {
            format!("/admin/accounts?page={page}&per_page={per_page}")
        } else {
            format!(
                "/admin/accounts?role={}&page={page}&per_page={per_page}",
                self.role
            )
        }
    }
}

#[derive(Deserialize)]
struct AccountParams {
    role: Option<String>,
    page: Option<u32>,
    per_page: Option<u32>,
    done: Option<String>,
}

#[get("/admin/accounts")]
async fn accounts(
    state: web::Data<AppState>,
    ctx: Ctx,
    params: web::Query<AccountParams>,
) -> PageResult {
    let me = admin_only(&ctx)?.user_id;
    let role_text = params.role.clone().unwrap_or_default();
    let role = if role_text.is_empty() {
        None
    } else {
        Some(
            role_text
                .parse::<Role>()
                .map_err(|_| {
                    ValidationErrors::single(hocnghe_domain::FieldError::unknown(
                        "role", "vai trò", "role", &role_text,
                    ))
                })
                .or_page(&ctx)?,
        )
    };
    let request = PageParams {
        page: params.page,
        per_page: Some(params.per_page.unwrap_or(50)),
    }
    .validate()
    .or_page(&ctx)?;
    let listed = list_for_admin(&state.db, role, request)
        .await
        .or_page(&ctx)?;
    let last_page = u32::try_from(listed.total.div_ceil(u64::from(listed.per_page)))
        .unwrap_or(u32::MAX)
        .max(1);
    page(
        &ctx,
        StatusCode::OK,
        &AccountsPage {
            ctx: ctx.clone(),
            role: role.map(|r| r.as_str().to_owned()).unwrap_or_default(),
            roles: Role::ALL
                .iter()
                .map(|r| (r.as_str(), r.label_vi(), r.label_en()))
                .collect(),
            accounts: listed,
            last_page,
            me,
            done: params.done.is_some(),
        },
    )
}

#[derive(Template)]
#[template(path = "admin_account_confirm.html")]
struct ConfirmSwitch {
    ctx: Ctx,
    account: Account,
    /// "disable" or "enable".
    action: &'static str,
    error: Option<String>,
}

fn switch_action(action: &str) -> Option<&'static str> {
    match action {
        "disable" => Some("disable"),
        "enable" => Some("enable"),
        _ => None,
    }
}

fn no_such_action(ctx: &Ctx) -> PageError {
    PageError::new(
        ctx,
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "Không có trang này.",
            "No such page.",
        ),
    )
}

/// "Disable this account?" (or enable): who it is and what happens.
#[get("/admin/accounts/{id}/{action}")]
async fn confirm_switch(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(i64, String)>,
) -> PageResult {
    admin_only(&ctx)?;
    let (id, action) = path.into_inner();
    let action = switch_action(&action).ok_or_else(|| no_such_action(&ctx))?;
    let account = get_for_admin(&state.db, id).await.or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &ConfirmSwitch {
            ctx: ctx.clone(),
            account,
            action,
            error: None,
        },
    )
}

/// The confirmation page's button: without `confirm=yes` nothing changes.
/// Disabling the last active admin is refused (409) on the same page.
#[post("/admin/accounts/{id}/{action}")]
async fn switch(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(i64, String)>,
    body: Bytes,
) -> PageResult {
    let me = admin_only(&ctx)?.user_id;
    let (id, action) = path.into_inner();
    let action = switch_action(&action).ok_or_else(|| no_such_action(&ctx))?;
    let account = get_for_admin(&state.db, id).await.or_page(&ctx)?;
    let refuse = |status: StatusCode, message: String, account: Account| {
        page(
            &ctx,
            status,
            &ConfirmSwitch {
                ctx: ctx.clone(),
                account,
                action,
                error: Some(message),
            },
        )
    };
    if FormFields::parse(&body).one("confirm") != "yes" {
        let message = ctx
            .t(
                "Hãy đánh dấu ô xác nhận trước.",
                "Tick the confirmation box first.",
            )
            .to_owned();
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, message, account);
    }
    match set_disabled(&state.db, id, action == "disable", me).await {
        Ok(_) => Ok(redirect("/admin/accounts?done=1")),
        Err(error) if error.status == StatusCode::CONFLICT => {
            let message = ctx
                .t(&error.body.message_vi, &error.body.message_en)
                .to_owned();
            refuse(StatusCode::CONFLICT, message, account)
        }
        Err(error) => Err(PageError::new(&ctx, error)),
    }
}

#[derive(Template)]
#[template(path = "admin_skills.html")]
struct SkillsPage {
    ctx: Ctx,
    groups: Vec<ProposalGroup>,
    skill_options: Vec<String>,
    done: bool,
}

#[derive(Deserialize)]
struct DoneParam {
    done: Option<String>,
}

#[get("/admin/skills")]
async fn skills(state: web::Data<AppState>, ctx: Ctx, query: web::Query<DoneParam>) -> PageResult {
    admin_only(&ctx)?;
    let groups = proposed_skills::pending_groups(&state.db)
        .await
        .or_page(&ctx)?;
    let skill_options = taxonomy::all_skills(&state.db)
        .await
        .or_page(&ctx)?
        .into_iter()
        .map(|s| s.label_vi)
        .collect();
    page(
        &ctx,
        StatusCode::OK,
        &SkillsPage {
            ctx: ctx.clone(),
            groups,
            skill_options,
            done: query.done.is_some(),
        },
    )
}

#[derive(Template)]
#[template(path = "admin_skill_confirm.html")]
struct ConfirmDecision {
    ctx: Ctx,
    group: ProposalGroup,
    /// "merge", "approve" or "reject".
    action: String,
    /// The form's values, kept as typed.
    skill: String,
    label_vi: String,
    label_en: String,
    /// For a merge: the skill it goes into, as (code, Vietnamese label).
    target: Option<(String, String)>,
    errors: FormErrors,
}

/// Every decision goes through a confirmation page: the first post (from
/// the list) shows what will happen; the second, with `confirm=yes`, does it.
#[post("/admin/skills/{id}")]
async fn decide(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let me = admin_only(&ctx)?.user_id;
    let group = proposed_skills::pending_group(&state.db, *id)
        .await
        .or_page(&ctx)?;
    let fields = FormFields::parse(&body);
    let action = fields.one("action");
    let mut view = ConfirmDecision {
        ctx: ctx.clone(),
        action: action.clone(),
        skill: fields.one("skill"),
        label_vi: fields.one("label_vi"),
        label_en: fields.one("label_en"),
        target: None,
        errors: FormErrors::default(),
        group,
    };
    let decision = match action.as_str() {
        "merge" => {
            let all = taxonomy::all_skills(&state.db).await.or_page(&ctx)?;
            match skill_choice(&all, &view.skill, "skill") {
                Ok(code) => {
                    let label = all
                        .iter()
                        .find(|s| s.code == code)
                        .map(|s| s.label_vi.clone())
                        .unwrap_or_default();
                    view.target = Some((code.clone(), label));
                    Ok(SkillDecision::Merge { skill_code: code })
                }
                Err(e) => Err(ValidationErrors::single(e)),
            }
        }
        "approve" => SkillDecision::Approve {
            label_vi: view.label_vi.clone(),
            label_en: view.label_en.clone(),
        }
        .validate(),
        "reject" => Ok(SkillDecision::Reject),
        _ => Err(ValidationErrors::single(
            hocnghe_domain::FieldError::invalid(
                "action",
                "Hãy chọn gộp, duyệt là kỹ năng mới, hoặc không duyệt.",
                "Choose merge, approve as a new skill, or reject.",
            ),
        )),
    };
    let decision = match decision {
        Ok(decision) => decision,
        Err(errors) => {
            view.errors = FormErrors::from_api(ctx.lang, ApiError::from(errors));
            return page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    if fields.one("confirm") != "yes" {
        return page(&ctx, StatusCode::OK, &view);
    }
    crate::service::skills::decide(&state, *id, decision, me)
        .await
        .or_page(&ctx)?;
    Ok(redirect("/admin/skills?done=1"))
}
