//! Counsellor pages: find a worker who shares with counsellors, register
//! one on their behalf, read their profile (logged), write guidance notes,
//! and the labour-market map.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use chrono::{Datelike, NaiveDate, Utc};
use hocnghe_domain::accounts::NewAccountInput;
use hocnghe_domain::applications::Application;
use hocnghe_domain::catalogue::{Commune, Occupation, Page, PageParams, PageRequest};
use hocnghe_domain::enrolments::Enrolment;
use hocnghe_domain::insights::{CommuneBalance, OccupationBalance, SkillBalance, Targets};
use hocnghe_domain::plans::{CaseFilter, CaseRow, OnBehalfRecord, date_field};
use hocnghe_domain::validation::Validator;
use hocnghe_domain::workers::{
    GuidanceNote, GuidanceNoteInput, HeldSkillInput, WorkerProfile, WorkerProfileInput,
};
use hocnghe_domain::{
    CaseStatus, DeliveryMode, EducationLevel, FieldError, LimitKind, Role, ValidationErrors,
    WorkerGoal,
};
use hocnghe_store::repo::{
    applications, communes, enrolments, insights, plans, stats, taxonomy, users, workers,
};
use serde::Deserialize;

use crate::auth::access::worker_access;
use crate::auth::policy::require_exact_role;
use crate::auth::{Identity, password};
use crate::error::ApiError;
use crate::service::matching::{Viewer, courses_for, jobs_for};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormErrors, FormFields, choices, parse_choices, skill_choice};
use crate::web::map::{self, Legend};
use crate::web::pages::for_me::{CourseCard, JobCard, course_card, job_card};
use crate::web::pages::plan::{PlanForms, PlanView, counsellor_for};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

pub(crate) fn counsellor_only(ctx: &Ctx) -> Result<&Identity, PageError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))?;
    require_exact_role(user, Role::Counsellor).map_err(|e| PageError::new(ctx, e))?;
    Ok(user)
}

#[derive(Template)]
#[template(path = "counsellor.html")]
struct Home {
    ctx: Ctx,
    filter: CaseFilterForm,
    communes: Vec<Commune>,
    statuses: Vec<(&'static str, &'static str, &'static str)>,
    errors: FormErrors,
    total: u64,
    page: u32,
    pages: u32,
    rows: Vec<CaseRow>,
    today: NaiveDate,
}

impl Home {
    /// This list's query string with another page number.
    fn page_href(&self, page: &u32) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (key, value) in [
            ("q", &self.filter.q),
            ("commune", &self.filter.commune),
            ("status", &self.filter.status),
            ("due_by", &self.filter.due_by),
        ] {
            if !value.is_empty() {
                query.append_pair(key, value);
            }
        }
        query.append_pair("page", &page.to_string());
        format!("/counsellor?{}", query.finish())
    }

    fn is_late(&self, row: &CaseRow) -> bool {
        row.next_due.is_some_and(|d| d < self.today)
    }
}

/// The caseload filters as typed, kept in the form.
#[derive(Debug, Clone, Default, Deserialize)]
struct CaseFilterForm {
    #[serde(default)]
    q: String,
    #[serde(default)]
    commune: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    due_by: String,
    page: Option<u32>,
}

impl CaseFilterForm {
    fn parse(&self) -> Result<(CaseFilter, PageRequest), ValidationErrors> {
        let mut v = Validator::new();
        let q = v.opt_line("q", Some(&self.q), 100);
        let commune_code = (!self.commune.trim().is_empty())
            .then(|| v.commune("commune", &self.commune).map(|c| c.to_string()))
            .flatten();
        let status = match self.status.trim() {
            "" => None,
            other => match other.parse::<CaseStatus>() {
                Ok(s) => Some(s),
                Err(_) => {
                    v.push(FieldError::unknown("status", "trạng thái", "status", other));
                    None
                }
            },
        };
        let due_by = date_field(&mut v, "due_by", &self.due_by);
        let page = match (PageParams {
            page: self.page,
            per_page: Some(CASELOAD_PAGE),
        })
        .validate()
        {
            Ok(page) => page,
            Err(errors) => {
                for e in errors.0 {
                    v.push(e);
                }
                PageRequest::default()
            }
        };
        v.finish((
            CaseFilter {
                q,
                commune_code,
                status,
                due_by,
            },
            page,
        ))
    }
}

/// Workers on one caseload page.
const CASELOAD_PAGE: u32 = 25;

#[get("/counsellor")]
async fn home(
    state: web::Data<AppState>,
    ctx: Ctx,
    params: web::Query<CaseFilterForm>,
) -> PageResult {
    let me = counsellor_only(&ctx)?.user_id;
    let form = params.into_inner();
    let communes = communes::list(&state.db).await.or_page(&ctx)?;
    let statuses = choices(CaseStatus::ALL, |s| {
        (s.as_str(), s.label_vi(), s.label_en())
    });
    let today = crate::web::ctx::hanoi_today();
    let (status, errors, found) = match form.parse() {
        Ok((filter, page_request)) => {
            let found = plans::caseload(&state.db, me, &filter, page_request)
                .await
                .or_page(&ctx)?;
            (StatusCode::OK, FormErrors::default(), found)
        }
        Err(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            FormErrors::from_api(ctx.lang, ApiError::from(errors)),
            Page::new(PageRequest::default(), 0, Vec::new()),
        ),
    };
    let pages =
        u32::try_from(found.total.div_ceil(u64::from(found.per_page.max(1)))).unwrap_or(u32::MAX);
    let template = Home {
        ctx: ctx.clone(),
        filter: form,
        communes,
        statuses,
        errors,
        total: found.total,
        page: found.page,
        pages,
        rows: found.items,
        today,
    };
    page(&ctx, status, &template)
}

/// The registration form as typed, so a rejected form comes back filled in.
/// Sensitive data (ethnicity, support categories, access needs) is not
/// asked here: only the worker gives it, on their own profile page.
#[derive(Debug, Clone)]
struct RegisterForm {
    display_name: String,
    phone: String,
    commune_code: String,
    education: String,
    max_travel_km: String,
    new_skills: Vec<String>,
    goal: String,
    current_occupation: String,
    delivery_modes: Vec<String>,
    hard_limits: Vec<String>,
    share_with_counsellors: bool,
    share_with_employers: bool,
}

impl Default for RegisterForm {
    fn default() -> Self {
        Self {
            display_name: String::new(),
            phone: String::new(),
            commune_code: String::new(),
            education: EducationLevel::LowerSecondary.as_str().to_owned(),
            max_travel_km: "15".into(),
            new_skills: Vec::new(),
            goal: String::new(),
            current_occupation: String::new(),
            delivery_modes: Vec::new(),
            hard_limits: Vec::new(),
            share_with_counsellors: false,
            share_with_employers: false,
        }
    }
}

impl RegisterForm {
    fn parse(fields: &FormFields) -> Self {
        Self {
            display_name: fields.one("display_name"),
            phone: fields.one("phone"),
            commune_code: fields.one("commune_code"),
            education: fields.one("education"),
            max_travel_km: fields.one("max_travel_km"),
            new_skills: fields.all("new_skill"),
            goal: fields.one("goal"),
            current_occupation: fields.one("current_occupation"),
            delivery_modes: fields.all("delivery_mode"),
            hard_limits: fields.all("hard_limit"),
            share_with_counsellors: fields.checked("share_with_counsellors"),
            share_with_employers: fields.checked("share_with_employers"),
        }
    }
}

#[derive(Template)]
#[template(path = "counsellor_register.html")]
struct RegisterPage {
    ctx: Ctx,
    form: RegisterForm,
    communes: Vec<Commune>,
    occupations: Vec<Occupation>,
    educations: Vec<(&'static str, &'static str, &'static str)>,
    goals: Vec<(&'static str, &'static str, &'static str)>,
    delivery_modes: Vec<(&'static str, &'static str, &'static str)>,
    limits: Vec<(&'static str, &'static str, &'static str)>,
    skill_options: Vec<String>,
    errors: FormErrors,
    /// (name, generated password, worker id) once created.
    created: Option<(String, String, i64)>,
}

impl RegisterPage {
    fn education_is(&self, value: &str) -> bool {
        self.form.education == value
    }

    fn goal_is(&self, value: &str) -> bool {
        self.form.goal == value
    }

    fn new_skill(&self, index: usize) -> &str {
        self.form.new_skills.get(index).map_or("", String::as_str)
    }

    fn delivers(&self, value: &str) -> bool {
        self.form.delivery_modes.iter().any(|s| s == value)
    }

    fn hard(&self, value: &str) -> bool {
        self.form.hard_limits.iter().any(|s| s == value)
    }
}

async fn register_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    form: RegisterForm,
    errors: FormErrors,
    created: Option<(String, String, i64)>,
) -> PageResult {
    let skills = taxonomy::all_skills(&state.db).await.or_page(ctx)?;
    let template = RegisterPage {
        ctx: ctx.clone(),
        form,
        communes: communes::list(&state.db).await.or_page(ctx)?,
        occupations: taxonomy::all_occupations(&state.db).await.or_page(ctx)?,
        educations: choices(EducationLevel::ALL, |e| {
            (e.as_str(), e.label_vi(), e.label_en())
        }),
        goals: choices(WorkerGoal::ALL, |g| {
            (g.as_str(), g.label_vi(), g.label_en())
        }),
        delivery_modes: choices(DeliveryMode::ALL, |d| {
            (d.as_str(), d.label_vi(), d.label_en())
        }),
        limits: choices(LimitKind::ALL, |l| (l.as_str(), l.label_vi(), l.label_en())),
        skill_options: skills
            .iter()
            .map(|s| {
                if ctx.en() {
                    s.label_en.clone()
                } else {
                    s.label_vi.clone()
                }
            })
            .collect(),
        errors,
        created,
    };
    page(ctx, status, &template)
}

#[get("/counsellor/register")]
async fn register_form(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    counsellor_only(&ctx)?;
    register_page(
        &state,
        &ctx,
        StatusCode::OK,
        Default::default(),
        FormErrors::default(),
        None,
    )
    .await
}

#[post("/counsellor/register")]
async fn register(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let me = counsellor_only(&ctx)?.user_id;
    let fields = FormFields::parse(&body);
    let typed = RegisterForm::parse(&fields);
    let skills = taxonomy::all_skills(&state.db).await.or_page(&ctx)?;
    let result = async {
        let mut errors = Vec::new();
        let mut held: Vec<HeldSkillInput> = Vec::new();
        for text in typed.new_skills.iter().filter(|t| !t.is_empty()) {
            match skill_choice(&skills, text, "skills") {
                Ok(code) if !held.iter().any(|h| h.code == code) => held.push(HeldSkillInput {
                    code,
                    certified: false,
                }),
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        }
        let goal =
            parse_choices::<WorkerGoal>(&mut errors, "goal", std::slice::from_ref(&typed.goal))
                .pop();
        let delivery_modes = parse_choices(&mut errors, "delivery_modes", &typed.delivery_modes);
        let hard_limits = parse_choices(&mut errors, "hard_limits", &typed.hard_limits);
        let account = NewAccountInput {
            role: Role::Worker,
            display_name: typed.display_name.clone(),
            phone: Some(typed.phone.clone()),
            email: None,
            password: None,
        }
        .validate();
        let profile = WorkerProfileInput {
            commune_code: typed.commune_code.clone(),
            birth_year: None,
            education: typed.education.parse().unwrap_or_else(|_| {
                errors.push(FieldError::unknown(
                    "education",
                    "trình độ học vấn",
                    "schooling level",
                    &typed.education,
                ));
                EducationLevel::LowerSecondary
            }),
            skills: held,
            proposed_skills: None,
            interests: Vec::new(),
            earned_modules: Vec::new(),
            certificates: Vec::new(),
            // A number that does not parse is refused, not replaced.
            max_travel_km: typed.max_travel_km.trim().parse().unwrap_or_else(|_| {
                errors.push(FieldError::out_of_range("max_travel_km", 0, 200));
                0
            }),
            free_months: Vec::new(),
            study_times: Vec::new(),
            max_fee_vnd: None,
            share_with_counsellors: typed.share_with_counsellors,
            share_with_employers: typed.share_with_employers,
            ethnicity: None,
            goal,
            current_occupation: Some(typed.current_occupation.clone()),
            delivery_modes,
            hard_limits,
            support: None,
            access: None,
        }
        .validate(crate::web::ctx::hanoi_today());
        match (&account, &profile) {
            (Err(a), _) => errors.extend(a.0.clone()),
            (_, Err(p)) => errors.extend(p.0.clone()),
            _ => {}
        }
        let (Ok(account), Ok(profile), true) = (account, profile, errors.is_empty()) else {
            return Err(ApiError::from(ValidationErrors(errors)));
        };
        state.rate_limits.check_made_for_others(me)?;
        let generated = password::generate();
        let hash = password::hash(generated.clone()).await?;
        let tx = hocnghe_store::begin_write(&state.db).await?;
        let created = users::create(&tx, &account.into_inner(), hash, true, Some(me)).await?;
        let saved = workers::save_profile_in(&tx, created.id, profile, me).await?;
        tx.commit().await.map_err(hocnghe_store::StoreError::from)?;
        Ok::<_, ApiError>((created.display_name, generated, saved.id))
    }
    .await;
    match result {
        Ok(done) => {
            register_page(
                &state,
                &ctx,
                StatusCode::CREATED,
                Default::default(),
                FormErrors::default(),
                Some(done),
            )
            .await
        }
        Err(error) => {
            let status = error.status;
            register_page(
                &state,
                &ctx,
                status,
                typed,
                FormErrors::from_api(ctx.lang, error),
                None,
            )
            .await
        }
    }
}

#[derive(Template)]
#[template(path = "counsellor_worker.html")]
struct WorkerPage {
    ctx: Ctx,
    worker: WorkerProfile,
    notes: Vec<GuidanceNote>,
    /// Each suggested course with the class it suggests.
    courses: Vec<(CourseCard, Option<i64>)>,
    jobs: Vec<JobCard>,
    enrolments: Vec<Enrolment>,
    applications: Vec<Application>,
    done_for_them: Vec<OnBehalfRecord>,
    plan: PlanView,
    /// The plan forms, as typed when one was refused.
    forms: PlanForms,
}

/// Suggestions shown on a worker's page: a counsellor reads the top few.
pub(crate) const SUGGESTIONS: usize = 5;

/// Everything the counsellor's view of a worker shows. Each read is one
/// audited access (`worker_access` logs it for the worker).
pub(crate) async fn worker_page(
    state: &AppState,
    ctx: &Ctx,
    me: &Identity,
    id: i64,
    status: StatusCode,
    forms: PlanForms,
) -> PageResult {
    worker_access(state, me, id, "profile.read")
        .await
        .or_page(ctx)?;
    let profile = workers::load(&state.db, id)
        .await
        .or_page(ctx)?
        .for_counsellor();
    let notes = workers::notes(&state.db, id).await.or_page(ctx)?;
    let courses = courses_for(state, id, SUGGESTIONS, Viewer::Counsellor)
        .await
        .or_page(ctx)?
        .items
        .into_iter()
        .map(|item| {
            let intake = item.recommendation.intake_id;
            (course_card(ctx, item.recommendation), intake)
        })
        .collect();
    let jobs = jobs_for(state, id, SUGGESTIONS)
        .await
        .or_page(ctx)?
        .items
        .into_iter()
        .map(|item| job_card(ctx, item))
        .collect();
    let plan = PlanView::new(
        plans::plan(&state.db, id).await.or_page(ctx)?,
        crate::web::ctx::hanoi_today(),
    );
    page(
        ctx,
        status,
        &WorkerPage {
            ctx: ctx.clone(),
            worker: profile,
            notes,
            courses,
            jobs,
            enrolments: enrolments::for_worker(&state.db, id).await.or_page(ctx)?,
            applications: applications::for_worker(&state.db, id).await.or_page(ctx)?,
            done_for_them: plans::on_behalf_for(&state.db, id).await.or_page(ctx)?,
            plan,
            forms,
        },
    )
}

#[get("/counsellor/workers/{id}")]
async fn worker(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let me = counsellor_only(&ctx)?.clone();
    worker_page(&state, &ctx, &me, *id, StatusCode::OK, PlanForms::default()).await
}

#[post("/counsellor/workers/{id}/notes")]
async fn add_note(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let me = counsellor_for(&state, &ctx, *id, "notes.write").await?;
    let fields = FormFields::parse(&body);
    let text = GuidanceNoteInput {
        body: fields.one("body"),
    }
    .validate()
    .or_page(&ctx)?;
    workers::add_note(&state.db, *id, me.user_id, text)
        .await
        .or_page(&ctx)?;
    Ok(redirect(&format!("/counsellor/workers/{id}")))
}

/// Rows in each shortage table of the market page.
const SHORTAGE_ROWS: usize = 10;

#[derive(Template)]
#[template(path = "market.html")]
struct MarketPage {
    ctx: Ctx,
    map_svg: String,
    legend: Vec<Legend>,
    top: Vec<(String, String, i64)>,
    targets: Targets,
    /// The largest shortages by skill, by occupation and by commune.
    shortages: Vec<SkillBalance>,
    occupation_shortages: Vec<OccupationBalance>,
    commune_shortages: Vec<CommuneBalance>,
    market_definitions: (String, String),
}

#[get("/counsellor/market")]
async fn market(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    counsellor_only(&ctx)?;
    let positions = stats::open_positions_by_commune(&state.db, crate::web::ctx::hanoi_today())
        .await
        .or_page(&ctx)?;
    let (map_svg, legend) =
        map::render(&positions, "vị trí đang tuyển", "open positions", ctx.en());
    let names = communes::names(&state.db).await.or_page(&ctx)?;
    let mut top: Vec<(String, String, i64)> = positions
        .iter()
        .map(|(code, n)| {
            (
                names.get(code).cloned().unwrap_or_default(),
                code.clone(),
                *n,
            )
        })
        .collect();
    top.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1)));
    top.truncate(10);
    let targets = insights::targets(&state.db, Utc::now().year())
        .await
        .or_page(&ctx)?;
    let mut market = insights::labour_market(&state.db, crate::web::ctx::hanoi_today())
        .await
        .or_page(&ctx)?;
    market.by_skill.truncate(SHORTAGE_ROWS);
    market.by_occupation.truncate(SHORTAGE_ROWS);
    market.by_commune.truncate(SHORTAGE_ROWS);
    page(
        &ctx,
        StatusCode::OK,
        &MarketPage {
            ctx: ctx.clone(),
            map_svg,
            legend,
            top,
            targets,
            shortages: market.by_skill,
            occupation_shortages: market.by_occupation,
            commune_shortages: market.by_commune,
            market_definitions: (market.definitions_vi, market.definitions_en),
        },
    )
}
