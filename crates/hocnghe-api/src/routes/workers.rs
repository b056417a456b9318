//! Worker profiles, for the worker and for counsellors they share with.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, put, route, web};
use chrono::Utc;
use hocnghe_domain::accounts::{Account, AuditEntry, NewAccountInput, PasswordResetCode};
use hocnghe_domain::applications::{Application, ContactRevealRecord};
use hocnghe_domain::catalogue::{Page, PageParams};
use hocnghe_domain::enrolments::{Enrolment, Outcome};
use hocnghe_domain::workers::{
    ConsentRecord, GuidanceNote, GuidanceNoteInput, WorkerProfile, WorkerProfileInput,
    WorkerSummary,
};
use hocnghe_domain::{FieldError, Role, ValidationErrors};
use hocnghe_store::repo::{applications, audit, candidates, enrolments, outcomes, users, workers};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::auth::access::{Viewer, own_worker_id, worker_access};
use crate::auth::accounts::CreatedAccount;
use crate::auth::policy::require_exact_role;
use crate::auth::{Identity, password};
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::{ValidJson, ValidQuery};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(
    get_me,
    put_me,
    delete_me,
    export_me,
    audit_me,
    consents_me,
    notes_me,
    list,
    get_one,
    put_one,
    notes,
    add_note,
    register_worker,
    issue_reset_code
))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(get_me)
        .service(put_me)
        .service(delete_me)
        .service(export_me)
        .service(audit_me)
        .service(consents_me)
        .service(notes_me)
        .service(other_methods_on_notes_me)
        .service(list)
        .service(get_one)
        .service(put_one)
        .service(notes)
        .service(add_note)
        .service(register_worker)
        .service(issue_reset_code);
}

/// Another method on `/workers/me/notes` is 405 with `Allow: GET`, not the
/// `/workers/{id}/notes` routes' 404 for an id that is not a number.
#[route(
    "/workers/me/notes",
    method = "POST",
    method = "PUT",
    method = "PATCH",
    method = "DELETE"
)]
async fn other_methods_on_notes_me(req: HttpRequest) -> HttpResponse {
    crate::fallback::not_found_or_wrong_method(req).await
}

/// The caller's own profile, with all personal data.
#[utoipa::path(security(("bearer" = [])), tag = "workers", responses((status = 200, body = WorkerProfile), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/me")]
async fn get_me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(workers::load(&state.db, id).await?))
}

/// Create or replace the caller's profile.
#[utoipa::path(security(("bearer" = [])), tag = "workers", request_body = WorkerProfileInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = WorkerProfile), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/workers/me")]
#[tracing::instrument(skip_all, fields(user_id = identity.user_id))]
async fn put_me(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<WorkerProfileInput>,
) -> ApiResult<HttpResponse> {
    require_exact_role(&identity, Role::Worker)?;
    let input = body.into_inner().validate(Utc::now().date_naive())?;
    let profile =
        workers::save_profile(&state.db, identity.user_id, input, identity.user_id).await?;
    Ok(HttpResponse::Ok().json(profile))
}

/// Delete the caller's account and every piece of personal data with it.
#[utoipa::path(security(("bearer" = [])), tag = "workers", responses((status = 204), (status = 401, body = ErrorBody)))]
#[delete("/workers/me")]
#[tracing::instrument(skip_all, fields(user_id = identity.user_id))]
async fn delete_me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    users::delete(&state.db, identity.user_id).await?;
    tracing::info!("account deleted by its owner");
    Ok(HttpResponse::NoContent().finish())
}

/// Everything hocnghe holds about the caller.
#[derive(Debug, Serialize, ToSchema)]
pub struct DataExport {
    pub exported_at: chrono::DateTime<Utc>,
    pub account: Account,
    pub profile: Option<WorkerProfile>,
    pub consents: Vec<ConsentRecord>,
    pub access_log: Vec<AuditEntry>,
    pub guidance_notes: Vec<GuidanceNote>,
    pub enrolments: Vec<Enrolment>,
    pub outcomes: Vec<Outcome>,
    pub applications: Vec<Application>,
    /// Employers who revealed the caller's phone and email, and for which job.
    pub contact_reveals: Vec<ContactRevealRecord>,
    pub saved_searches: Vec<hocnghe_domain::saved_searches::SavedSearch>,
    /// Skills passport share links (their tokens are not kept).
    pub passport_links: Vec<hocnghe_domain::passport::ShareLink>,
}

/// Export all of the caller's data as JSON.
#[utoipa::path(security(("bearer" = [])), tag = "workers", responses((status = 200, body = DataExport), (status = 401, body = ErrorBody)))]
#[get("/workers/me/export")]
async fn export_me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let account = users::get(&state.db, identity.user_id).await?;
    let worker_id = workers::id_of_user(&state.db, identity.user_id).await?;
    let (profile, guidance_notes, enrolments, outcomes, applications, contact_reveals) =
        match worker_id {
            Some(id) => (
                Some(workers::load(&state.db, id).await?),
                workers::notes(&state.db, id).await?,
                enrolments::for_worker(&state.db, id).await?,
                outcomes::for_worker(&state.db, id).await?,
                applications::for_worker(&state.db, id).await?,
                candidates::reveals_of(&state.db, id).await?,
            ),
            None => Default::default(),
        };
    let (saved_searches, passport_links) = match worker_id {
        Some(id) => (
            hocnghe_store::repo::saved_searches::for_worker(&state.db, id).await?,
            hocnghe_store::repo::passport::links(&state.db, id).await?,
        ),
        None => Default::default(),
    };
    let export = DataExport {
        exported_at: Utc::now(),
        account,
        profile,
        consents: workers::consents(&state.db, identity.user_id).await?,
        access_log: audit::for_subject(&state.db, identity.user_id).await?,
        guidance_notes,
        enrolments,
        outcomes,
        applications,
        contact_reveals,
        saved_searches,
        passport_links,
    };
    Ok(HttpResponse::Ok()
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"hocnghe-du-lieu-cua-toi.json\"",
        ))
        .json(export))
}

/// Who has read or revealed the caller's data.
#[utoipa::path(security(("bearer" = [])), tag = "workers", responses((status = 200, body = Vec<AuditEntry>), (status = 401, body = ErrorBody)))]
#[get("/workers/me/audit")]
async fn audit_me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(audit::for_subject(&state.db, identity.user_id).await?))
}

/// The caller's consent history.
#[utoipa::path(security(("bearer" = [])), tag = "workers", responses((status = 200, body = Vec<ConsentRecord>), (status = 401, body = ErrorBody)))]
#[get("/workers/me/consents")]
async fn consents_me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(workers::consents(&state.db, identity.user_id).await?))
}

/// Guidance notes counsellors wrote for the caller.
#[utoipa::path(security(("bearer" = [])), tag = "workers", responses((status = 401, body = ErrorBody), (status = 200, body = Vec<GuidanceNote>), (status = 404, body = ErrorBody)))]
#[get("/workers/me/notes")]
async fn notes_me(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(workers::notes(&state.db, id).await?))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Part of the name, with or without diacritics.
    q: Option<String>,
    /// Home commune code.
    commune: Option<String>,
    #[param(minimum = 1, maximum = 100000)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

/// Workers who share their profile with counsellors (counsellors only).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(ListParams),
    responses((status = 401, body = ErrorBody), (status = 200, body = Page<WorkerSummary>), (status = 403, body = ErrorBody)))]
#[get("/workers")]
async fn list(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<ListParams>,
) -> ApiResult<HttpResponse> {
    require_exact_role(&identity, Role::Counsellor)?;
    let p = params.into_inner();
    let page = PageParams {
        page: p.page,
        per_page: p.per_page,
    }
    .validate()?;
    let found = workers::find_for_counsellor(
        &state.db,
        identity.user_id,
        p.q.as_deref(),
        p.commune.as_deref(),
        page,
    )
    .await?;
    Ok(HttpResponse::Ok().json(found))
}

/// A worker's profile, for a counsellor they share with (logged for the worker).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = WorkerProfile), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/workers/{id}")]
async fn get_one(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let (_, viewer) = worker_access(&state, &identity, *id, "profile.read").await?;
    let profile = workers::load(&state.db, *id).await?;
    Ok(HttpResponse::Ok().json(match viewer {
        Viewer::TheWorker => profile,
        Viewer::Counsellor => profile.for_counsellor(),
    }))
}

/// Update a worker's profile on their behalf (counsellors they share with).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path)), request_body = WorkerProfileInput,
    responses((status = 401, body = ErrorBody), (status = 200, body = WorkerProfile), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/workers/{id}")]
#[tracing::instrument(skip_all, fields(worker_id = *id))]
async fn put_one(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<WorkerProfileInput>,
) -> ApiResult<HttpResponse> {
    let (sharing, viewer) = worker_access(&state, &identity, *id, "profile.update").await?;
    let input = body.into_inner().validate(Utc::now().date_naive())?;
    if viewer == Viewer::Counsellor {
        reject_sensitive(&input, "")?;
    }
    let profile =
        workers::save_profile(&state.db, sharing.user_id, input, identity.user_id).await?;
    Ok(HttpResponse::Ok().json(match viewer {
        Viewer::TheWorker => profile,
        Viewer::Counsellor => profile.for_counsellor(),
    }))
}

/// Guidance notes on a worker (counsellors they share with; logged).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path)),
    responses((status = 401, body = ErrorBody), (status = 200, body = Vec<GuidanceNote>), (status = 403, body = ErrorBody)))]
#[get("/workers/{id}/notes")]
async fn notes(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    worker_access(&state, &identity, *id, "notes.read").await?;
    Ok(HttpResponse::Ok().json(workers::notes(&state.db, *id).await?))
}

/// Write a guidance note for a worker (counsellors they share with).
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path)), request_body = GuidanceNoteInput,
    responses((status = 401, body = ErrorBody), (status = 201, body = GuidanceNote), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/workers/{id}/notes")]
async fn add_note(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
    body: ValidJson<GuidanceNoteInput>,
) -> ApiResult<HttpResponse> {
    require_exact_role(&identity, Role::Counsellor)?;
    worker_access(&state, &identity, *id, "notes.write").await?;
    let text = body.into_inner().validate()?;
    Ok(HttpResponse::Created()
        .json(workers::add_note(&state.db, *id, identity.user_id, text).await?))
}

/// Assisted registration: a counsellor creates the account and profile of
/// a worker who cannot type well, and hands them the generated password.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AssistedRegistration {
    pub display_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub profile: WorkerProfileInput,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssistedRegistrationResult {
    #[serde(flatten)]
    pub created: CreatedAccount,
    pub profile: WorkerProfile,
}

/// Register a worker on their behalf (counsellors only). The profile is
/// shared with counsellors only if `profile.share_with_counsellors` is true.
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", request_body = AssistedRegistration,
    responses((status = 401, body = ErrorBody), (status = 201, body = AssistedRegistrationResult), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/counsellor/workers")]
#[tracing::instrument(skip_all, fields(counsellor = identity.user_id))]
async fn register_worker(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<AssistedRegistration>,
) -> ApiResult<HttpResponse> {
    require_exact_role(&identity, Role::Counsellor)?;
    let body = body.into_inner();
    let account_input = NewAccountInput {
        role: Role::Worker,
        display_name: body.display_name,
        phone: body.phone,
        email: body.email,
        password: None,
    };
    let account = account_input.validate();
    let profile = body.profile.validate(Utc::now().date_naive());
    let (account, profile) = match (account, profile) {
        (Ok(a), Ok(p)) => (a.into_inner(), p),
        (a, p) => {
            let mut errors = a.err().map(|e| e.0).unwrap_or_default();
            errors.extend(
                p.err()
                    .map(|e| e.0)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|mut f| {
                        f.field = format!("profile.{}", f.field);
                        f
                    }),
            );
            return Err(hocnghe_domain::ValidationErrors(errors).into());
        }
    };
    reject_sensitive(&profile, "profile.")?;
    state.rate_limits.check_made_for_others(identity.user_id)?;
    let generated = password::generate();
    let hash = password::hash(generated.clone()).await?;
    let tx = hocnghe_store::begin_write(&state.db).await?;
    let created = users::create(&tx, &account, hash, true, Some(identity.user_id)).await?;
    let saved = workers::save_profile_in(&tx, created.id, profile, identity.user_id).await;
    let saved = match saved {
        Ok(p) => p,
        Err(hocnghe_store::StoreError::Invalid(errors)) => {
            let fields = errors.0.into_iter().map(|mut f| {
                f.field = format!("profile.{}", f.field);
                f
            });
            return Err(hocnghe_domain::ValidationErrors(fields.collect()).into());
        }
        Err(other) => return Err(other.into()),
    };
    tx.commit().await.map_err(hocnghe_store::StoreError::from)?;
    tracing::info!(worker_id = saved.id, "worker registered by counsellor");
    Ok(HttpResponse::Created().json(AssistedRegistrationResult {
        created: CreatedAccount {
            account: created,
            generated_password: Some(generated),
        },
        profile: saved.for_counsellor(),
    }))
}

/// Only the worker gives their sensitive data (ethnicity, support
/// categories, access needs); a counsellor's save keeps what the worker gave.
fn reject_sensitive(input: &WorkerProfileInput, prefix: &str) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    if input.ethnicity.is_some() {
        errors.push(FieldError::new(
            format!("{prefix}ethnicity"),
            "worker_only",
            "Chỉ người lao động tự khai báo dân tộc.",
            "Only the worker can give their ethnicity.",
        ));
    }
    if input.support.is_some() {
        errors.push(FieldError::new(
            format!("{prefix}support"),
            "worker_only",
            "Chỉ người lao động tự khai báo diện chính sách.",
            "Only the worker can give their support categories.",
        ));
    }
    if input.access.is_some() {
        errors.push(FieldError::new(
            format!("{prefix}access"),
            "worker_only",
            "Chỉ người lao động tự khai báo nhu cầu hỗ trợ khi học.",
            "Only the worker can give their access needs.",
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ValidationErrors(errors).into())
    }
}

/// A one-time password reset code for a worker who shares with counsellors,
/// to read out in person (shown once; valid `auth.reset_code_minutes`). The
/// worker sets a new password with it at `/password/forgot` or
/// `POST /api/v1/auth/password/reset`. Written to the worker's audit log.
#[utoipa::path(security(("bearer" = [])), tag = "counsellors", params(("id" = i64, Path, description = "Worker id")),
    responses((status = 201, body = PasswordResetCode), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/workers/{id}/reset-code")]
#[tracing::instrument(skip_all, fields(counsellor = identity.user_id))]
async fn issue_reset_code(
    state: web::Data<AppState>,
    identity: Identity,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let code = crate::auth::recovery::issue_reset_code(&state, &identity, *id).await?;
    Ok(HttpResponse::Created().json(code))
}
