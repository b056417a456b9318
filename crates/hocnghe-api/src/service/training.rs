//! The training provider's work on its courses, shared by the JSON routes
//! and the `/provider` pages: publish and change courses and their classes,
//! decide on applicants, record modules, certificates and outcomes. Every
//! function checks that the caller owns the course's provider (admins pass)
//! before it changes anything; search follows through the outbox.

use hocnghe_domain::Role;
use hocnghe_domain::catalogue::{Course, CourseInput, Intake, IntakeInput};
use hocnghe_domain::enrolments::{
    CompletionInput, Enrolment, IssuedCertificate, Outcome, OutcomeInput, RecordedCompletion,
};
use hocnghe_domain::{EnrolmentStatus, FieldError, IntakeStatus};
use hocnghe_store::repo::enrolments::{self, EnrolmentParties};
use hocnghe_store::repo::{courses, employers, intakes, outcomes, providers, workers};

use crate::auth::Identity;
use crate::auth::access::worker_access_or_forbidden;
use crate::auth::policy::{forbidden, require_owner, require_parent_owner, require_role};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The caller owns the course's provider; 404 for an unknown course.
pub async fn course_owner(state: &AppState, identity: &Identity, course_id: i64) -> ApiResult<()> {
    require_owner(identity, courses::owner(&state.db, course_id).await?)
}

/// The caller owns the provider of the intake's course; returns the course.
pub async fn intake_owner(state: &AppState, identity: &Identity, intake_id: i64) -> ApiResult<i64> {
    let course_id = intakes::course_of(&state.db, intake_id).await?;
    course_owner(state, identity, course_id).await?;
    Ok(course_id)
}

/// The caller owns the provider of the enrolment's course.
pub async fn enrolment_provider(
    state: &AppState,
    identity: &Identity,
    enrolment_id: i64,
) -> ApiResult<EnrolmentParties> {
    let parties = enrolments::parties(&state.db, enrolment_id).await?;
    require_owner(identity, parties.provider_owner)?;
    Ok(parties)
}

/// Publish a course with its modules and classes under one of the caller's providers.
pub async fn create_course(
    state: &AppState,
    identity: &Identity,
    input: CourseInput,
) -> ApiResult<Course> {
    require_role(identity, &[Role::Provider])?;
    let input = input.validate()?;
    require_parent_owner(
        identity,
        providers::owner(&state.db, input.provider_id).await,
    )?;
    let course = courses::create(&state.db, input).await?;
    state.search.indexer.poke();
    tracing::info!(course_id = course.id, "course created");
    Ok(course)
}

/// Replace a course; modules are matched by code.
pub async fn update_course(
    state: &AppState,
    identity: &Identity,
    id: i64,
    input: CourseInput,
) -> ApiResult<Course> {
    course_owner(state, identity, id).await?;
    let input = input.validate()?;
    require_parent_owner(
        identity,
        providers::owner(&state.db, input.provider_id).await,
    )?;
    let course = courses::update(&state.db, id, input).await?;
    state.search.indexer.poke();
    Ok(course)
}

/// Open a new class of a course.
pub async fn add_intake(
    state: &AppState,
    identity: &Identity,
    course_id: i64,
    input: IntakeInput,
) -> ApiResult<Intake> {
    course_owner(state, identity, course_id).await?;
    let input = input.validate()?;
    let intake = intakes::create(&state.db, course_id, input).await?;
    state.search.indexer.poke();
    tracing::info!(intake_id = intake.id, "intake created");
    Ok(intake)
}

/// Change a class's dates, schedule, place or seats.
pub async fn edit_intake(
    state: &AppState,
    identity: &Identity,
    id: i64,
    input: IntakeInput,
) -> ApiResult<Intake> {
    intake_owner(state, identity, id).await?;
    let input = input.validate()?;
    let intake = intakes::update(&state.db, id, input).await?;
    state.search.indexer.poke();
    Ok(intake)
}

/// Open, close, start, finish or cancel a class; closing and cancelling
/// tell its learners in their inbox.
pub async fn set_intake_status(
    state: &AppState,
    identity: &Identity,
    id: i64,
    status: IntakeStatus,
) -> ApiResult<Intake> {
    intake_owner(state, identity, id).await?;
    let intake = intakes::set_status(&state.db, id, status).await?;
    state.search.indexer.poke();
    Ok(intake)
}

/// Accept or decline an applicant (with a reason they read), or record that
/// a learner started, dropped out or completed.
pub async fn decide(
    state: &AppState,
    identity: &Identity,
    enrolment_id: i64,
    status: EnrolmentStatus,
    reason: Option<String>,
) -> ApiResult<Enrolment> {
    enrolment_provider(state, identity, enrolment_id).await?;
    let reason = reason.map(|r| hocnghe_domain::text::clean_line(&r));
    if reason
        .as_ref()
        .is_some_and(|r| r.chars().count() > MAX_REASON)
    {
        return Err(ApiError::field(FieldError::too_long("reason", MAX_REASON)));
    }
    let enrolment =
        enrolments::set_status(&state.db, enrolment_id, status, reason.as_deref()).await?;
    // Seats taken or given back change what search lists as open.
    state.search.indexer.poke();
    Ok(enrolment)
}

/// Longest reason for declining an applicant, in characters.
pub const MAX_REASON: usize = 500;

/// Record a module of the course as passed.
pub async fn record_module(
    state: &AppState,
    identity: &Identity,
    enrolment_id: i64,
    input: CompletionInput,
) -> ApiResult<RecordedCompletion> {
    enrolment_provider(state, identity, enrolment_id).await?;
    let (code, on) = input.validate(hocnghe_domain::hanoi_today())?;
    Ok(enrolments::record_completion(&state.db, enrolment_id, &code, on, identity.user_id).await?)
}

/// Issue the course's certificate; refused naming the modules not passed.
pub async fn issue_certificate(
    state: &AppState,
    identity: &Identity,
    enrolment_id: i64,
) -> ApiResult<IssuedCertificate> {
    enrolment_provider(state, identity, enrolment_id).await?;
    Ok(enrolments::issue_certificate(&state.db, enrolment_id).await?)
}

/// Record what a former learner does 0, 3 or 6 months after the course: by
/// the worker, a counsellor they share with, the course's provider, or an
/// employer who hired them (naming one of its employers; only for workers
/// who share with employers).
pub async fn record_outcome(
    state: &AppState,
    identity: &Identity,
    enrolment_id: i64,
    input: OutcomeInput,
) -> ApiResult<Outcome> {
    let input = input.validate()?;
    let parties = enrolments::parties(&state.db, enrolment_id).await?;
    match identity.role {
        Role::Employer => {
            let Some(employer_id) = input.employer_id else {
                return Err(ApiError::field(FieldError::required("employer_id")));
            };
            require_parent_owner(identity, employers::owner(&state.db, employer_id).await)?;
            employer_may_see(state, &parties).await?;
        }
        Role::Provider => require_owner(identity, parties.provider_owner)?,
        _ => {
            worker_access_or_forbidden(state, identity, parties.worker_id, "outcome.write").await?;
        }
    }
    Ok(outcomes::record(
        &state.db,
        enrolment_id,
        input,
        identity.user_id,
        identity.role,
    )
    .await?)
}

/// An employer sees a learner's outcomes only when the worker shares with employers.
pub async fn employer_may_see(state: &AppState, parties: &EnrolmentParties) -> ApiResult<()> {
    if workers::sharing(&state.db, parties.worker_id)
        .await?
        .with_employers
    {
        Ok(())
    } else {
        Err(forbidden())
    }
}
