//! Action plans: the counsellor writes the goal and dated steps on the
//! worker's page, marks them done, deletes one after a confirmation, and
//! acts on the worker's behalf (enrol in a class, apply for a job) with the
//! worker's consent ticked on the form; the worker reads the plan at
//! `/me/plan` and marks steps done; the advice sheet prints the plan and
//! the suggested courses. Every change goes through `repo::plans`, which
//! audits it for the worker.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use chrono::NaiveDate;
use hocnghe_domain::accounts::AuditEntry;
use hocnghe_domain::plans::{ActionPlan, PlanGoalInput, PlanStep, PlanStepInput};
use hocnghe_domain::{FieldError, PlanStepKind, ValidationErrors};
use hocnghe_store::repo::{audit, plans, workers};

use super::counsellor::{SUGGESTIONS, counsellor_only, worker_page};
use super::for_me::{CourseCard, course_card};
use super::signed_in;
use crate::auth::Identity;
use crate::auth::access::worker_access;
use crate::auth::identity::unauthenticated;
use crate::error::ApiError;
use crate::service::matching::{Viewer, courses_for};
use crate::state::AppState;
use crate::web::ctx::{Ctx, hanoi_today};
use crate::web::forms::{FormErrors, FormFields, choices};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

/// A plan as the pages show it: steps with their lateness against today.
pub(crate) struct PlanView {
    pub(crate) plan: ActionPlan,
    today: NaiveDate,
}

impl PlanView {
    pub(crate) fn new(plan: ActionPlan, today: NaiveDate) -> Self {
        Self { plan, today }
    }

    pub(crate) fn late(&self, step: &PlanStep) -> bool {
        step.is_late(self.today)
    }
}

/// The plan and on-behalf forms of the worker page, as typed when one was
/// refused, with the refusal's errors; empty otherwise.
#[derive(Default)]
pub(crate) struct PlanForms {
    pub(crate) goal: Option<String>,
    pub(crate) step: PlanStepInput,
    pub(crate) step_errors: FormErrors,
    pub(crate) goal_errors: FormErrors,
    pub(crate) act_errors: FormErrors,
}

impl PlanForms {
    pub(crate) fn kinds(&self) -> Vec<(&'static str, &'static str, &'static str)> {
        choices(PlanStepKind::ALL, |k| {
            (k.as_str(), k.label_vi(), k.label_en())
        })
    }

    pub(crate) fn kind_is(&self, value: &str) -> bool {
        self.step.kind == value || (self.step.kind.is_empty() && value == "other")
    }
}

fn step_input(fields: &FormFields) -> PlanStepInput {
    PlanStepInput {
        kind: fields.one("kind"),
        title: fields.one("title"),
        intake_id: fields.one("intake_id"),
        demand_id: fields.one("demand_id"),
        due_on: fields.one("due_on"),
        note: fields.one("note"),
    }
}

/// The signed-in counsellor, when the worker shares with counsellors: the
/// access is written to the worker's log as `action`. Anyone else gets the
/// page error (login, 403, or 404 for a worker who does not share).
pub(crate) async fn counsellor_for(
    state: &AppState,
    ctx: &Ctx,
    worker_id: i64,
    action: &str,
) -> Result<Identity, PageError> {
    let me = counsellor_only(ctx)?.clone();
    worker_access(state, &me, worker_id, action)
        .await
        .or_page(ctx)?;
    Ok(me)
}

fn plan_anchor(id: i64) -> String {
    format!("/counsellor/workers/{id}#ke-hoach")
}

#[post("/counsellor/workers/{id}/plan/goal")]
async fn set_goal(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let me = counsellor_for(&state, &ctx, *id, "plan.write").await?;
    let typed = FormFields::parse(&body).one("goal");
    let result = match (PlanGoalInput {
        goal: typed.clone(),
    })
    .validate()
    {
        Ok(goal) => plans::set_goal(&state.db, *id, me.user_id, goal)
            .await
            .map_err(ApiError::from),
        Err(errors) => Err(ApiError::from(errors)),
    };
    match result {
        Ok(()) => Ok(redirect(&plan_anchor(*id))),
        Err(error) => {
            let forms = PlanForms {
                goal: Some(typed),
                goal_errors: FormErrors::from_api(ctx.lang, error),
                ..Default::default()
            };
            worker_page(
                &state,
                &ctx,
                &me,
                *id,
                StatusCode::UNPROCESSABLE_ENTITY,
                forms,
            )
            .await
        }
    }
}

#[post("/counsellor/workers/{id}/plan/steps")]
async fn add_step(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let me = counsellor_for(&state, &ctx, *id, "plan.write").await?;
    let typed = step_input(&FormFields::parse(&body));
    let result = match typed.clone().validate() {
        Ok(step) => plans::add_step(&state.db, *id, me.user_id, step)
            .await
            .map_err(ApiError::from),
        Err(errors) => Err(ApiError::from(errors)),
    };
    match result {
        Ok(_) => Ok(redirect(&plan_anchor(*id))),
        Err(error) => {
            let status = error.status;
            let forms = PlanForms {
                step: typed,
                step_errors: FormErrors::from_api(ctx.lang, error),
                ..Default::default()
            };
            worker_page(&state, &ctx, &me, *id, status, forms).await
        }
    }
}

/// `done=1` marks the step done, anything else not done.
fn wants_done(body: &[u8]) -> bool {
    FormFields::parse(body).one("done") == "1"
}

#[post("/counsellor/workers/{id}/plan/steps/{step}/done")]
async fn counsellor_done(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(i64, i64)>,
    body: Bytes,
) -> PageResult {
    let (id, step) = path.into_inner();
    let me = counsellor_for(&state, &ctx, id, "plan.write").await?;
    plans::set_done(&state.db, id, step, me.user_id, wants_done(&body))
        .await
        .or_page(&ctx)?;
    Ok(redirect(&plan_anchor(id)))
}

#[derive(Template)]
#[template(path = "plan_step_delete.html")]
struct DeleteStepPage {
    ctx: Ctx,
    worker_id: i64,
    worker_name: String,
    step: PlanStep,
}

#[get("/counsellor/workers/{id}/plan/steps/{step}/delete")]
async fn confirm_delete_step(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(i64, i64)>,
) -> PageResult {
    let (id, step) = path.into_inner();
    counsellor_for(&state, &ctx, id, "plan.read").await?;
    let step = plans::step(&state.db, id, step).await.or_page(&ctx)?;
    let worker_name = workers::load(&state.db, id)
        .await
        .or_page(&ctx)?
        .display_name;
    page(
        &ctx,
        StatusCode::OK,
        &DeleteStepPage {
            ctx: ctx.clone(),
            worker_id: id,
            worker_name,
            step,
        },
    )
}

#[post("/counsellor/workers/{id}/plan/steps/{step}/delete")]
async fn delete_step(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(i64, i64)>,
) -> PageResult {
    let (id, step) = path.into_inner();
    let me = counsellor_for(&state, &ctx, id, "plan.write").await?;
    plans::delete_step(&state.db, id, step, me.user_id)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&plan_anchor(id)))
}

/// The worker's consent to this one action, ticked on the form.
fn consent_given(fields: &FormFields) -> Result<(), ApiError> {
    if fields.checked("worker_agrees") {
        Ok(())
    } else {
        Err(ApiError::from(ValidationErrors::single(
            FieldError::invalid(
                "worker_agrees",
                "Chỉ làm giúp khi người lao động đồng ý: hãy hỏi họ và đánh dấu ô đồng ý.",
                "Act for the worker only with their consent: ask them and tick the box.",
            ),
        )))
    }
}

/// A positive id from a form field, or a field error.
fn id_from(fields: &FormFields, name: &str) -> Result<i64, ApiError> {
    fields
        .one(name)
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| {
            ApiError::from(ValidationErrors::single(FieldError::invalid(
                name,
                "Lựa chọn không hợp lệ.",
                "Not a valid choice.",
            )))
        })
}

/// Back to the worker's page after acting for them: to the list of what was
/// done, or with the refusal shown above the plan.
async fn after_acting(
    state: &AppState,
    ctx: &Ctx,
    me: &Identity,
    id: i64,
    result: Result<(), ApiError>,
) -> PageResult {
    let Err(error) = result else {
        return Ok(redirect(&format!(
            "/counsellor/workers/{id}#viec-da-lam-giup"
        )));
    };
    let status = error.status;
    let forms = PlanForms {
        act_errors: FormErrors::from_api(ctx.lang, error),
        ..Default::default()
    };
    worker_page(state, ctx, me, id, status, forms).await
}

#[post("/counsellor/workers/{id}/enrol")]
async fn enrol(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let me = counsellor_for(&state, &ctx, *id, "enrolment.write").await?;
    let fields = FormFields::parse(&body);
    let result = async {
        consent_given(&fields)?;
        let course_id = id_from(&fields, "course_id")?;
        let intake_id = match fields.one("intake_id").trim() {
            "" => None,
            _ => Some(id_from(&fields, "intake_id")?),
        };
        plans::enrol_on_behalf(&state.db, *id, me.user_id, course_id, intake_id)
            .await
            .map_err(ApiError::from)
    }
    .await;
    after_acting(&state, &ctx, &me, *id, result.map(|_| ())).await
}

#[post("/counsellor/workers/{id}/apply")]
async fn apply(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let me = counsellor_for(&state, &ctx, *id, "application.write").await?;
    let fields = FormFields::parse(&body);
    let result = async {
        consent_given(&fields)?;
        let demand_id = id_from(&fields, "demand_id")?;
        let message = hocnghe_domain::applications::ApplicationInput {
            message: Some(fields.one("message")),
        }
        .validate()?;
        plans::apply_on_behalf(&state.db, *id, me.user_id, demand_id, message)
            .await
            .map_err(ApiError::from)
    }
    .await;
    after_acting(&state, &ctx, &me, *id, result.map(|_| ())).await
}

#[derive(Template)]
#[template(path = "advice_sheet.html")]
struct SheetPage {
    ctx: Ctx,
    worker_name: String,
    commune_name: String,
    counsellor_name: String,
    today: NaiveDate,
    plan: PlanView,
    courses: Vec<CourseCard>,
}

#[get("/counsellor/workers/{id}/sheet")]
async fn sheet(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    counsellor_for(&state, &ctx, *id, "plan.read").await?;
    let profile = workers::load(&state.db, *id).await.or_page(&ctx)?;
    let courses = courses_for(&state, *id, SUGGESTIONS, Viewer::Counsellor)
        .await
        .or_page(&ctx)?
        .items
        .into_iter()
        .map(|item| course_card(&ctx, item.recommendation))
        .collect();
    let today = hanoi_today();
    page(
        &ctx,
        StatusCode::OK,
        &SheetPage {
            ctx: ctx.clone(),
            worker_name: profile.display_name,
            commune_name: profile.commune_name,
            counsellor_name: ctx.user_name().to_owned(),
            today,
            plan: PlanView::new(plans::plan(&state.db, *id).await.or_page(&ctx)?, today),
            courses,
        },
    )
}

#[derive(Template)]
#[template(path = "me_plan.html")]
struct MyPlanPage {
    ctx: Ctx,
    has_profile: bool,
    plan: PlanView,
    /// Changes to the plan and actions taken for the worker, newest first.
    history: Vec<AuditEntry>,
}

#[get("/me/plan")]
async fn my_plan(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let today = hanoi_today();
    let history = match &ctx.user {
        Some(user) if worker_id.is_some() => audit::for_subject(&state.db, user.user_id)
            .await
            .or_page(&ctx)?
            .into_iter()
            .filter(|e| plans::actions::ALL.contains(&e.action.as_str()))
            .collect(),
        _ => Vec::new(),
    };
    let plan = match worker_id {
        Some(id) => plans::plan(&state.db, id).await.or_page(&ctx)?,
        None => ActionPlan {
            worker_id: 0,
            goal: String::new(),
            updated_at: None,
            updated_by_name: None,
            steps: Vec::new(),
        },
    };
    page(
        &ctx,
        StatusCode::OK,
        &MyPlanPage {
            ctx: ctx.clone(),
            has_profile: worker_id.is_some(),
            plan: PlanView::new(plan, today),
            history,
        },
    )
}

#[post("/me/plan/steps/{step}/done")]
async fn my_step_done(
    state: web::Data<AppState>,
    ctx: Ctx,
    step: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let me = ctx
        .user
        .as_ref()
        .map(|u| u.user_id)
        .ok_or_else(|| PageError::new(&ctx, unauthenticated()))?;
    plans::set_done(&state.db, worker_id, *step, me, wants_done(&body))
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!("/me/plan#b{step}")))
}
