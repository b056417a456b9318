//! A worker's own profile page: the form, consents, data export and deletion.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::accounts::AuditEntry;
use hocnghe_domain::catalogue::{Commune, Occupation};
use hocnghe_domain::workers::{
    AccessInput, CertificateInput, EarnedModuleInput, EthnicityInput, HeldSkill, HeldSkillInput,
    SupportInput, WorkerProfile, WorkerProfileInput,
};
use hocnghe_domain::{
    AccessNeed, DeliveryMode, EducationLevel, FieldError, LimitKind, Role, StudyTime,
    SupportCategory, ValidationErrors, WorkerGoal,
};
use hocnghe_store::repo::{audit, communes, taxonomy, users, workers};

use crate::auth::policy::require_exact_role;
use crate::auth::session;
use crate::error::ApiError;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormErrors, FormFields, choices, parse_choices, skill_choice};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

/// The form's values as typed, so a rejected form comes back filled in.
#[derive(Debug, Clone, Default)]
pub struct ProfileForm {
    pub commune_code: String,
    pub birth_year: String,
    pub education: String,
    pub interests: Vec<String>,
    pub max_travel_km: String,
    pub max_fee_vnd: String,
    pub free_months: Vec<u32>,
    pub study_times: Vec<String>,
    pub share_with_counsellors: bool,
    pub share_with_employers: bool,
    pub ethnicity: String,
    pub ethnicity_consent: bool,
    pub goal: String,
    pub current_occupation: String,
    pub delivery_modes: Vec<String>,
    pub hard_limits: Vec<String>,
    pub support: Vec<String>,
    pub support_consent: bool,
    pub access: Vec<String>,
    pub access_consent: bool,
    /// Skills proposed in free text (kept ticked): "đề xuất".
    pub proposed: Vec<String>,
    /// Typed skills that matched nothing: offered as proposals to tick.
    pub unmatched: Vec<String>,
}

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    ctx: Ctx,
    form: ProfileForm,
    held: Vec<HeldSkill>,
    skill_options: Vec<String>,
    communes: Vec<Commune>,
    occupations: Vec<Occupation>,
    educations: Vec<(&'static str, &'static str, &'static str)>,
    study_times: Vec<(&'static str, &'static str, &'static str)>,
    goals: Vec<(&'static str, &'static str, &'static str)>,
    delivery_modes: Vec<(&'static str, &'static str, &'static str)>,
    limits: Vec<(&'static str, &'static str, &'static str)>,
    supports: Vec<(&'static str, &'static str, &'static str)>,
    support_purpose: &'static str,
    access_needs: Vec<(&'static str, &'static str, &'static str)>,
    access_purpose: &'static str,
    audit: Vec<AuditEntry>,
    errors: FormErrors,
    saved: bool,
}

impl ProfilePage {
    fn education_is(&self, value: &str) -> bool {
        self.form.education == value
    }

    fn interest_is(&self, index: &usize, code: &str) -> bool {
        self.form.interests.get(*index).is_some_and(|c| c == code)
    }

    fn month_free(&self, month: &u32) -> bool {
        self.form.free_months.contains(month)
    }

    fn studies_at(&self, value: &str) -> bool {
        self.form.study_times.iter().any(|s| s == value)
    }

    fn goal_is(&self, value: &str) -> bool {
        self.form.goal == value
    }

    fn delivers(&self, value: &str) -> bool {
        self.form.delivery_modes.iter().any(|s| s == value)
    }

    fn hard(&self, value: &str) -> bool {
        self.form.hard_limits.iter().any(|s| s == value)
    }

    fn supported(&self, value: &str) -> bool {
        self.form.support.iter().any(|s| s == value)
    }

    fn needs(&self, value: &str) -> bool {
        self.form.access.iter().any(|s| s == value)
    }
}

impl ProfileForm {
    fn from_profile(p: &WorkerProfile) -> Self {
        Self {
            commune_code: p.commune_code.clone(),
            birth_year: p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            education: p.education.as_str().to_owned(),
            interests: p.interests.iter().map(|i| i.code.clone()).collect(),
            max_travel_km: p.max_travel_km.to_string(),
            max_fee_vnd: p.max_fee_vnd.map(|f| f.to_string()).unwrap_or_default(),
            free_months: p.free_months.clone(),
            study_times: p
                .study_times
                .iter()
                .map(|s| s.as_str().to_owned())
                .collect(),
            share_with_counsellors: p.share_with_counsellors,
            share_with_employers: p.share_with_employers,
            ethnicity: p
                .ethnicity
                .as_ref()
                .map(|e| e.value.clone())
                .unwrap_or_default(),
            ethnicity_consent: p.ethnicity.is_some(),
            goal: p.goal.map(|g| g.as_str().to_owned()).unwrap_or_default(),
            current_occupation: p
                .current_occupation
                .as_ref()
                .map(|o| o.code.clone())
                .unwrap_or_default(),
            delivery_modes: p
                .delivery_modes
                .iter()
                .map(|d| d.as_str().to_owned())
                .collect(),
            hard_limits: p
                .hard_limits
                .iter()
                .map(|l| l.as_str().to_owned())
                .collect(),
            support: p
                .support
                .iter()
                .flat_map(|s| s.categories.iter().map(|c| c.as_str().to_owned()))
                .collect(),
            support_consent: p.support.is_some(),
            access: p
                .access
                .iter()
                .flat_map(|a| a.needs.iter().map(|n| n.as_str().to_owned()))
                .collect(),
            access_consent: p.access.is_some(),
            proposed: p.proposed_skills.iter().map(|s| s.label.clone()).collect(),
            unmatched: Vec::new(),
        }
    }

    fn blank() -> Self {
        Self {
            education: "lower_secondary".into(),
            max_travel_km: "15".into(),
            ..Self::default()
        }
    }
}

async fn render(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    form: ProfileForm,
    held: Vec<HeldSkill>,
    errors: FormErrors,
    saved: bool,
) -> PageResult {
    let user = ctx.user.as_ref().map(|u| u.user_id).unwrap_or_default();
    let skills = taxonomy::all_skills(&state.db).await.or_page(ctx)?;
    let skill_options = skills
        .iter()
        .map(|s| {
            if ctx.en() {
                s.label_en.clone()
            } else {
                s.label_vi.clone()
            }
        })
        .collect();
    let template = ProfilePage {
        ctx: ctx.clone(),
        form,
        held,
        skill_options,
        communes: communes::list(&state.db).await.or_page(ctx)?,
        occupations: taxonomy::all_occupations(&state.db).await.or_page(ctx)?,
        educations: EducationLevel::ALL
            .iter()
            .map(|e| (e.as_str(), e.label_vi(), e.label_en()))
            .collect(),
        study_times: StudyTime::ALL
            .iter()
            .map(|s| (s.as_str(), s.label_vi(), s.label_en()))
            .collect(),
        goals: choices(WorkerGoal::ALL, |g| {
            (g.as_str(), g.label_vi(), g.label_en())
        }),
        delivery_modes: choices(DeliveryMode::ALL, |d| {
            (d.as_str(), d.label_vi(), d.label_en())
        }),
        limits: choices(LimitKind::ALL, |l| (l.as_str(), l.label_vi(), l.label_en())),
        supports: choices(SupportCategory::ALL, |c| {
            (c.as_str(), c.label_vi(), c.label_en())
        }),
        support_purpose: hocnghe_domain::workers::SUPPORT_PURPOSE,
        access_needs: choices(AccessNeed::ALL, |n| {
            (n.as_str(), n.label_vi(), n.label_en())
        }),
        access_purpose: hocnghe_domain::workers::ACCESS_PURPOSE,
        audit: audit::for_subject(&state.db, user).await.or_page(ctx)?,
        errors,
        saved,
    };
    page(ctx, status, &template)
}

fn worker_only(ctx: &Ctx) -> Result<(), PageError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))?;
    require_exact_role(user, Role::Worker).map_err(|e| PageError::new(ctx, e))
}

#[derive(serde::Deserialize)]
struct SavedParam {
    saved: Option<String>,
}

#[get("/me/profile")]
async fn show(state: web::Data<AppState>, ctx: Ctx, query: web::Query<SavedParam>) -> PageResult {
    worker_only(&ctx)?;
    let user_id = ctx.user.as_ref().map(|u| u.user_id).unwrap_or_default();
    let existing = match workers::id_of_user(&state.db, user_id)
        .await
        .or_page(&ctx)?
    {
        Some(id) => Some(workers::load(&state.db, id).await.or_page(&ctx)?),
        None => None,
    };
    let (form, held) = match &existing {
        Some(p) => (ProfileForm::from_profile(p), p.skills.clone()),
        None => (ProfileForm::blank(), Vec::new()),
    };
    render(
        &state,
        &ctx,
        StatusCode::OK,
        form,
        held,
        FormErrors::default(),
        query.saved.is_some(),
    )
    .await
}

#[post("/me/profile")]
async fn save(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    worker_only(&ctx)?;
    let user_id = ctx.user.as_ref().map(|u| u.user_id).unwrap_or_default();
    let fields = FormFields::parse(&body);
    let mut form = ProfileForm {
        commune_code: fields.one("commune_code"),
        birth_year: fields.one("birth_year"),
        education: fields.one("education"),
        interests: fields
            .all("interest")
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect(),
        max_travel_km: fields.one("max_travel_km"),
        max_fee_vnd: fields.one("max_fee_vnd"),
        free_months: fields
            .all("free_month")
            .iter()
            .filter_map(|m| m.parse().ok())
            .collect(),
        study_times: fields.all("study_time"),
        share_with_counsellors: fields.checked("share_with_counsellors"),
        share_with_employers: fields.checked("share_with_employers"),
        ethnicity: fields.one("ethnicity"),
        ethnicity_consent: fields.checked("ethnicity_consent"),
        goal: fields.one("goal"),
        current_occupation: fields.one("current_occupation"),
        delivery_modes: fields.all("delivery_mode"),
        hard_limits: fields.all("hard_limit"),
        support: fields.all("support"),
        support_consent: fields.checked("support_consent"),
        access: fields.all("access_need"),
        access_consent: fields.checked("access_consent"),
        proposed: fields
            .all("proposed_skill")
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect(),
        unmatched: Vec::new(),
    };
    let existing = match workers::id_of_user(&state.db, user_id)
        .await
        .or_page(&ctx)?
    {
        Some(id) => Some(workers::load(&state.db, id).await.or_page(&ctx)?),
        None => None,
    };
    let all_skills = taxonomy::all_skills(&state.db).await.or_page(&ctx)?;
    let mut errors = Vec::new();
    let mut skills: Vec<HeldSkillInput> = fields
        .all("skill")
        .into_iter()
        .map(|code| {
            let certified = existing
                .as_ref()
                .is_some_and(|p| p.skills.iter().any(|s| s.code == code && s.certified));
            HeldSkillInput { code, certified }
        })
        .collect();
    for text in fields
        .all("new_skill")
        .into_iter()
        .filter(|t| !t.trim().is_empty())
    {
        match skill_choice(&all_skills, &text, "skills") {
            Ok(code) if !skills.iter().any(|s| s.code == code) => skills.push(HeldSkillInput {
                code,
                certified: false,
            }),
            Ok(_) => {}
            Err(e) if e.code == "unknown_reference" => {
                // Offered on the form as a proposal the worker may tick.
                let typed = hocnghe_domain::text::clean_line(&text);
                if !form.proposed.contains(&typed) && !form.unmatched.contains(&typed) {
                    form.unmatched.push(typed);
                }
                errors.push(e);
            }
            Err(e) => errors.push(e),
        }
    }
    let number = |errors: &mut Vec<FieldError>, name: &str, raw: &str| -> Option<i64> {
        if raw.trim().is_empty() {
            return None;
        }
        let parsed = raw.trim().replace(['.', ','], "").parse::<i64>();
        if parsed.is_err() {
            errors.push(FieldError::invalid(
                name,
                "Hãy nhập một số.",
                "Enter a number.",
            ));
        }
        parsed.ok()
    };
    let birth_year =
        number(&mut errors, "birth_year", &form.birth_year).map(|y| i32::try_from(y).unwrap_or(0));
    let max_travel_km = number(&mut errors, "max_travel_km", &form.max_travel_km).unwrap_or(-1);
    let max_fee_vnd = number(&mut errors, "max_fee_vnd", &form.max_fee_vnd);
    let education = form
        .education
        .parse::<EducationLevel>()
        .unwrap_or(EducationLevel::LowerSecondary);
    let study_times = form
        .study_times
        .iter()
        .filter_map(|s| s.parse::<StudyTime>().ok())
        .collect();
    let ethnicity = (!form.ethnicity.trim().is_empty()).then(|| EthnicityInput {
        value: form.ethnicity.clone(),
        consent: form.ethnicity_consent,
    });
    let goal =
        parse_choices::<WorkerGoal>(&mut errors, "goal", std::slice::from_ref(&form.goal)).pop();
    let delivery_modes = parse_choices(&mut errors, "delivery_modes", &form.delivery_modes);
    let hard_limits = parse_choices(&mut errors, "hard_limits", &form.hard_limits);
    let categories = parse_choices(&mut errors, "support.categories", &form.support);
    // Ticking the consent alone (or unticking every category) withdraws.
    let support = (!categories.is_empty() || form.support_consent).then_some(SupportInput {
        categories,
        consent: form.support_consent,
    });
    let needs = parse_choices(&mut errors, "access.needs", &form.access);
    // As for support: the consent alone (or no need ticked) withdraws.
    let access = (!needs.is_empty() || form.access_consent).then_some(AccessInput {
        needs,
        consent: form.access_consent,
    });
    // The web form does not edit self-reported modules and certificates; keep them.
    let (earned_modules, certificates) = existing
        .as_ref()
        .map(|p| {
            let modules = p
                .earned_modules
                .iter()
                .filter(|m| !m.verified)
                .map(|m| EarnedModuleInput {
                    code: m.code.clone(),
                    title: m.title.clone(),
                    credits: m.credits,
                    skills: m.skills.clone(),
                    certificate: m.certificate.clone(),
                    completed_on: m.completed_on,
                })
                .collect();
            let certificates = p
                .certificates
                .iter()
                .filter(|c| !c.verified)
                .map(|c| CertificateInput {
                    name: c.name.clone(),
                    issuer: c.issuer.clone(),
                    issued_year: c.issued_year,
                })
                .collect();
            (modules, certificates)
        })
        .unwrap_or_default();
    let input = WorkerProfileInput {
        commune_code: form.commune_code.clone(),
        birth_year,
        education,
        skills: skills.clone(),
        proposed_skills: Some(form.proposed.clone()),
        interests: form.interests.clone(),
        earned_modules,
        certificates,
        max_travel_km,
        free_months: form.free_months.clone(),
        study_times,
        max_fee_vnd,
        share_with_counsellors: form.share_with_counsellors,
        share_with_employers: form.share_with_employers,
        ethnicity,
        goal,
        current_occupation: Some(form.current_occupation.clone()),
        delivery_modes,
        hard_limits,
        support,
        access,
    };
    let result = if errors.is_empty() {
        match input.validate(crate::web::ctx::hanoi_today()) {
            Ok(valid) => workers::save_profile(&state.db, user_id, valid, user_id)
                .await
                .map_err(ApiError::from),
            Err(e) => Err(ApiError::from(e)),
        }
    } else {
        Err(ApiError::from(ValidationErrors(errors)))
    };
    match result {
        Ok(_) => Ok(redirect("/me/profile?saved=1")),
        Err(error) => {
            let held = existing.map(|p| p.skills).unwrap_or_default();
            let status = error.status;
            render(
                &state,
                &ctx,
                status,
                form,
                held,
                FormErrors::from_api(ctx.lang, error),
                false,
            )
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "delete_confirm.html")]
struct DeletePage {
    ctx: Ctx,
    /// Shown when the box was not ticked.
    error: Option<String>,
}

/// "Delete your account?": what goes, and a form that needs the box ticked.
#[get("/me/delete")]
async fn confirm_delete(ctx: Ctx) -> PageResult {
    if ctx.user.is_none() {
        return Err(PageError::new(
            &ctx,
            crate::auth::identity::unauthenticated(),
        ));
    }
    page(
        &ctx,
        StatusCode::OK,
        &DeletePage {
            ctx: ctx.clone(),
            error: None,
        },
    )
}

/// The confirmation page's button. Without `confirm=yes` (the ticked box)
/// nothing is deleted and the page comes back with the reason (422).
#[post("/me/delete")]
async fn delete_account(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, crate::auth::identity::unauthenticated()))?;
    if FormFields::parse(&body).one("confirm") != "yes" {
        let error = ctx
            .t(
                "Hãy đánh dấu ô xác nhận để xóa tài khoản.",
                "Tick the box to confirm deleting your account.",
            )
            .to_owned();
        return page(
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            &DeletePage {
                ctx: ctx.clone(),
                error: Some(error),
            },
        );
    }
    users::delete(&state.db, user.user_id).await.or_page(&ctx)?;
    let mut response = redirect("/");
    response
        .add_cookie(&session::clearing_cookie(&state))
        .map_err(|_| PageError::new(&ctx, ApiError::internal()))?;
    Ok(response)
}
