//! One class on the provider's pages: applicants in the order they applied
//! (a waiting list once the free seats are offered), accept or decline with
//! a reason after a confirmation step, and the learners' modules,
//! certificate and outcomes 3 and 6 months after.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::catalogue::{Course, Intake};
use hocnghe_domain::enrolments::{
    CompletionInput, DueCall, Enrolment, Outcome, OutcomeInput, Performance, Queue, queue,
};
use hocnghe_domain::{EmploymentStatus, EnrolmentStatus, FieldError, Role};
use hocnghe_store::repo::{courses, enrolments, intakes, outcomes};

use super::provider::provider_only;
use crate::error::ApiError;
use crate::service::training;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormFields, choices, typed_number};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

type Choice = (&'static str, &'static str, &'static str);

/// A learner with a place, what they passed and what was recorded after.
struct Learner {
    enrolment: Enrolment,
    /// Outcomes the provider itself recorded (others' stay with the worker).
    outcomes: Vec<Outcome>,
    /// Follow-ups due and not yet recorded.
    due: Vec<DueCall>,
}

impl Learner {
    fn passed(&self, code: &str) -> bool {
        self.enrolment.modules_passed.iter().any(|m| m == code)
    }

    fn may_record_modules(&self) -> bool {
        matches!(
            self.enrolment.status,
            EnrolmentStatus::Accepted | EnrolmentStatus::Studying
        )
    }

    fn may_certify(&self) -> bool {
        !self.enrolment.certificate_issued
            && matches!(
                self.enrolment.status,
                EnrolmentStatus::Studying | EnrolmentStatus::Completed
            )
    }

    fn may_record_outcome(&self) -> bool {
        matches!(
            self.enrolment.status,
            EnrolmentStatus::Completed | EnrolmentStatus::Dropped
        )
    }
}

#[derive(Template)]
#[template(path = "provider_intake.html")]
struct IntakePage {
    ctx: Ctx,
    course: Course,
    intake: Intake,
    /// Applicants in the order they applied, each offered a seat or waiting.
    applicants: Vec<(Enrolment, Queue)>,
    learners: Vec<Learner>,
    results: Performance,
    notice: Option<String>,
    employment: Vec<Choice>,
}

impl IntakePage {
    fn waiting_at(&self, q: &Queue) -> Option<usize> {
        match q {
            Queue::Waiting(n) => Some(*n),
            Queue::Offered => None,
        }
    }
}

/// The class page, with `notice` when an action was refused.
pub(super) async fn render(
    state: &AppState,
    ctx: &Ctx,
    intake_id: i64,
    status: StatusCode,
    notice: Option<String>,
) -> PageResult {
    let user = provider_only(ctx)?;
    let course_id = training::intake_owner(state, user, intake_id)
        .await
        .or_page(ctx)?;
    let course = courses::get(&state.db, course_id).await.or_page(ctx)?;
    let intake = intakes::get(&state.db, intake_id).await.or_page(ctx)?;
    let mut in_class: Vec<Enrolment> = enrolments::for_course(&state.db, course_id)
        .await
        .or_page(ctx)?
        .into_iter()
        .filter(|e| e.intake_id == Some(intake_id))
        .collect();
    in_class.sort_by_key(|e| (e.applied_at, e.id));
    let (applied, others): (Vec<Enrolment>, Vec<Enrolment>) = in_class
        .into_iter()
        .partition(|e| e.status == EnrolmentStatus::Applied);
    let places = queue(applied.len(), intake.seats_left);
    let due = outcomes::due_calls(&state.db, &[course_id], hocnghe_domain::hanoi_today())
        .await
        .or_page(ctx)?;
    let mut learners = Vec::new();
    for e in others.into_iter().filter(|e| {
        matches!(
            e.status,
            EnrolmentStatus::Accepted
                | EnrolmentStatus::Studying
                | EnrolmentStatus::Completed
                | EnrolmentStatus::Dropped
        )
    }) {
        let outcomes = outcomes::for_enrolment(&state.db, e.id)
            .await
            .or_page(ctx)?
            .into_iter()
            .filter(|o| o.recorded_by_role == Role::Provider)
            .collect();
        learners.push(Learner {
            due: due
                .iter()
                .filter(|d| d.enrolment_id == e.id)
                .cloned()
                .collect(),
            enrolment: e,
            outcomes,
        });
    }
    let template = IntakePage {
        ctx: ctx.clone(),
        course,
        results: outcomes::intake_performance(&state.db, intake_id)
            .await
            .or_page(ctx)?,
        intake,
        applicants: applied.into_iter().zip(places).collect(),
        learners,
        notice,
        employment: choices(EmploymentStatus::ALL, |k| {
            (k.as_str(), k.label_vi(), k.label_en())
        }),
    };
    page(ctx, status, &template)
}

#[get("/provider/intakes/{id}")]
async fn show(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    render(&state, &ctx, *id, StatusCode::OK, None).await
}

/// After an action on a learner: back to their row, or the class page with
/// the reason it was refused (409, 422) and that status.
async fn done<T>(
    state: &AppState,
    ctx: &Ctx,
    intake_id: Option<i64>,
    anchor: &str,
    result: Result<T, ApiError>,
) -> PageResult {
    let Some(intake_id) = intake_id else {
        return Err(PageError::new(ctx, ApiError::not_found("lớp", "class")));
    };
    match result {
        Ok(_) => Ok(redirect(&format!("/provider/intakes/{intake_id}#{anchor}"))),
        Err(error) if matches!(error.status.as_u16(), 409 | 422) => {
            let mut notice = ctx
                .t(&error.body.message_vi, &error.body.message_en)
                .to_owned();
            for f in &error.body.fields {
                notice.push(' ');
                notice.push_str(ctx.t(&f.message_vi, &f.message_en));
            }
            render(state, ctx, intake_id, error.status, Some(notice)).await
        }
        Err(error) => Err(PageError::new(ctx, error)),
    }
}

#[derive(Template)]
#[template(path = "provider_decide.html")]
struct DecideConfirm {
    ctx: Ctx,
    enrolment: Enrolment,
    accept: bool,
    reason: String,
    error: Option<String>,
}

#[derive(serde::Deserialize)]
struct StatusQuery {
    #[serde(default)]
    status: Option<String>,
}

/// Only accepting or declining an applicant is decided on this page.
fn decision(raw: Option<&str>) -> Result<EnrolmentStatus, ApiError> {
    match raw {
        Some("accepted") => Ok(EnrolmentStatus::Accepted),
        Some("rejected") => Ok(EnrolmentStatus::Rejected),
        _ => Err(ApiError::field(FieldError::invalid(
            "status",
            "Trạng thái không hợp lệ.",
            "Invalid status.",
        ))),
    }
}

async fn decide_page(
    state: &AppState,
    ctx: &Ctx,
    enrolment_id: i64,
    accept: bool,
    reason: String,
    error: Option<String>,
) -> PageResult {
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    page(
        ctx,
        status,
        &DecideConfirm {
            ctx: ctx.clone(),
            enrolment: enrolments::get(&state.db, enrolment_id)
                .await
                .or_page(ctx)?,
            accept,
            reason,
            error,
        },
    )
}

/// "Accept X?" / "Decline X, because…": the step before the learner is told.
#[get("/provider/enrolments/{id}/decide")]
async fn confirm_decision(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    query: web::Query<StatusQuery>,
) -> PageResult {
    let user = provider_only(&ctx)?;
    training::enrolment_provider(&state, user, *id)
        .await
        .or_page(&ctx)?;
    let to = decision(query.status.as_deref()).or_page(&ctx)?;
    decide_page(
        &state,
        &ctx,
        *id,
        to == EnrolmentStatus::Accepted,
        String::new(),
        None,
    )
    .await
}

#[post("/provider/enrolments/{id}/decide")]
async fn decide(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let user = provider_only(&ctx)?.clone();
    training::enrolment_provider(&state, &user, *id)
        .await
        .or_page(&ctx)?;
    let fields = FormFields::parse(&body);
    let to = decision(Some(&fields.one("status"))).or_page(&ctx)?;
    let reason = fields.one("reason");
    if to == EnrolmentStatus::Rejected && reason.trim().is_empty() {
        let message = ctx
            .t(
                "Hãy cho học viên biết lý do.",
                "Tell the applicant the reason.",
            )
            .to_owned();
        return decide_page(&state, &ctx, *id, false, reason, Some(message)).await;
    }
    let intake_id = enrolments::get(&state.db, *id)
        .await
        .or_page(&ctx)?
        .intake_id;
    let reason = Some(reason).filter(|r| !r.is_empty());
    let result = training::decide(&state, &user, *id, to, reason).await;
    done(&state, &ctx, intake_id, "applicants", result).await
}

/// Which class an enrolment is in, once the caller is known to run its course.
async fn class_of(
    state: &AppState,
    ctx: &Ctx,
    enrolment_id: i64,
) -> Result<Option<i64>, PageError> {
    let user = provider_only(ctx)?;
    training::enrolment_provider(state, user, enrolment_id)
        .await
        .or_page(ctx)?;
    Ok(enrolments::get(&state.db, enrolment_id)
        .await
        .or_page(ctx)?
        .intake_id)
}

/// A module passed.
#[post("/provider/enrolments/{id}/modules")]
async fn record_module(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let intake_id = class_of(&state, &ctx, *id).await?;
    let user = provider_only(&ctx)?;
    let input = CompletionInput {
        module_code: FormFields::parse(&body).one("module_code"),
        completed_on: None,
    };
    let result = training::record_module(&state, user, *id, input).await;
    done(&state, &ctx, intake_id, &format!("e{id}"), result).await
}

/// Issue the certificate; refused with the modules still missing.
#[post("/provider/enrolments/{id}/certificate")]
async fn issue_certificate(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let intake_id = class_of(&state, &ctx, *id).await?;
    let user = provider_only(&ctx)?;
    let result = training::issue_certificate(&state, user, *id).await;
    done(&state, &ctx, intake_id, &format!("e{id}"), result).await
}

/// An outcome 3 or 6 months after: employed or not, monthly income.
#[post("/provider/enrolments/{id}/outcomes")]
async fn record_outcome(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let intake_id = class_of(&state, &ctx, *id).await?;
    let user = provider_only(&ctx)?;
    let fields = FormFields::parse(&body);
    let mut errors = Vec::new();
    let months_after = typed_number(&mut errors, "months_after", &fields.one("months_after"));
    let income = typed_number(
        &mut errors,
        "monthly_income_vnd",
        &fields.one("monthly_income_vnd"),
    );
    let status = fields.one("status").parse::<EmploymentStatus>();
    let result = match (months_after, status) {
        (Some(months_after), Ok(status)) if errors.is_empty() => {
            let input = OutcomeInput {
                months_after,
                status,
                monthly_income_vnd: income,
                employer_id: None,
            };
            training::record_outcome(&state, user, *id, input).await
        }
        (months, status) => {
            if months.is_none() {
                errors.push(FieldError::required("months_after"));
            }
            if status.is_err() {
                errors.push(FieldError::invalid(
                    "status",
                    "Hãy chọn tình trạng việc làm.",
                    "Choose the employment status.",
                ));
            }
            Err(ApiError::validation(hocnghe_domain::ValidationErrors(
                errors,
            )))
        }
    };
    done(&state, &ctx, intake_id, &format!("e{id}"), result).await
}
