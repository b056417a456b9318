//! Training-provider pages: the dashboard of courses and classes, the forms
//! to publish a course (modules, credits, skills by typeahead) and its
//! classes, closing or cancelling a class, results and the due list of
//! former learners to call. Writes go through `crate::service::training`, as the
//! JSON routes do.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::catalogue::{
    Commune, Course, CourseInput, Intake, IntakeInput, ModuleInput, Occupation, PageRequest,
    Provider, ProviderInput, Skill,
};
use hocnghe_domain::enrolments::{DueCall, Performance};
use hocnghe_domain::{
    AccessNeed, CourseLevel, DeliveryMode, EnrolmentStatus, FieldError, IntakeStatus, ProviderKind,
    Role, StudyTime, ValidationErrors,
};
use hocnghe_store::repo::courses::CourseFilter;
use hocnghe_store::repo::providers::ProviderFilter;
use hocnghe_store::repo::{communes, courses, enrolments, intakes, outcomes, providers, taxonomy};

use crate::auth::Identity;
use crate::auth::policy::require_exact_role;
use crate::error::ApiError;
use crate::service::training;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{
    FormErrors, FormFields, choices, parse_choices, skill_choice, typed_date, typed_number,
};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

type Choice = (&'static str, &'static str, &'static str);

/// Empty module rows offered below the course's modules.
const SPARE_MODULES: usize = 2;
/// Fewest module rows on the form.
const MIN_MODULE_ROWS: usize = 3;
/// Skill inputs per module row.
const SKILL_SLOTS: usize = 3;

/// The signed-in provider account, or the page that says why not.
pub(super) fn provider_only(ctx: &Ctx) -> Result<&Identity, PageError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))?;
    require_exact_role(user, Role::Provider).or_page(ctx)?;
    Ok(user)
}

const ALL: PageRequest = PageRequest {
    page: 1,
    per_page: 100,
};

async fn my_providers(
    state: &AppState,
    ctx: &Ctx,
    user_id: i64,
) -> Result<Vec<Provider>, PageError> {
    let filter = ProviderFilter {
        owner_user_id: Some(user_id),
        ..Default::default()
    };
    Ok(providers::list(&state.db, &filter, ALL)
        .await
        .or_page(ctx)?
        .items)
}

/// Every course of the caller's providers, newest first.
pub(super) async fn my_courses(
    state: &AppState,
    ctx: &Ctx,
    providers: &[Provider],
) -> Result<Vec<Course>, PageError> {
    let mut all = Vec::new();
    for p in providers {
        let filter = CourseFilter {
            provider_id: Some(p.id),
            ..Default::default()
        };
        all.extend(
            courses::list(&state.db, &filter, ALL)
                .await
                .or_page(ctx)?
                .items,
        );
    }
    all.sort_by_key(|c| std::cmp::Reverse(c.id));
    Ok(all)
}

/// A class on the dashboard with its applicants waiting for an answer.
struct ClassRow {
    intake: Intake,
    applicants: usize,
}

#[derive(Template)]
#[template(path = "provider.html")]
struct Dashboard {
    ctx: Ctx,
    providers: Vec<Provider>,
    courses: Vec<(Course, Vec<ClassRow>)>,
    due: usize,
    communes: Vec<Commune>,
    kinds: Vec<Choice>,
    error: Option<String>,
}

async fn dashboard_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    error: Option<String>,
) -> PageResult {
    let user = provider_only(ctx)?;
    let providers = my_providers(state, ctx, user.user_id).await?;
    let courses = my_courses(state, ctx, &providers).await?;
    let ids: Vec<i64> = courses.iter().map(|c| c.id).collect();
    let due = outcomes::due_calls(&state.db, &ids, hocnghe_domain::hanoi_today())
        .await
        .or_page(ctx)?
        .len();
    let mut rows = Vec::with_capacity(courses.len());
    for course in courses {
        let enrolled = enrolments::for_course(&state.db, course.id)
            .await
            .or_page(ctx)?;
        let classes = course
            .intakes
            .iter()
            .map(|i| ClassRow {
                intake: i.clone(),
                applicants: enrolled
                    .iter()
                    .filter(|e| e.intake_id == Some(i.id) && e.status == EnrolmentStatus::Applied)
                    .count(),
            })
            .collect();
        rows.push((course, classes));
    }
    let template = Dashboard {
        ctx: ctx.clone(),
        providers,
        courses: rows,
        due,
        communes: communes::list(&state.db).await.or_page(ctx)?,
        kinds: choices(ProviderKind::ALL, |k| {
            (k.as_str(), k.label_vi(), k.label_en())
        }),
        error,
    };
    page(ctx, status, &template)
}

#[get("/provider")]
async fn dashboard(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    dashboard_page(&state, &ctx, StatusCode::OK, None).await
}

/// The first step: the centre, college or cooperative that teaches.
#[post("/provider/organisations")]
async fn create_organisation(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let user_id = provider_only(&ctx)?.user_id;
    let fields = FormFields::parse(&body);
    let input = ProviderInput {
        name: fields.one("name"),
        kind: fields
            .one("kind")
            .parse()
            .unwrap_or(ProviderKind::VocationalCenter),
        commune_code: fields.one("commune_code"),
        address: Some(fields.one("address")).filter(|a| !a.is_empty()),
        phone: Some(fields.one("phone")).filter(|p| !p.is_empty()),
        email: None,
        website: None,
        description: None,
    };
    let created = match input.validate() {
        Ok(valid) => providers::create(&state.db, valid, Some(user_id))
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e.into()),
    };
    match created {
        Ok(_) => Ok(redirect("/provider")),
        Err(error) => {
            let status = error.status;
            let message = FormErrors::from_api(ctx.lang, error).all().join(" ");
            dashboard_page(&state, &ctx, status, Some(message)).await
        }
    }
}

/// One module row of the course form, as typed.
#[derive(Debug, Clone, Default)]
struct ModuleForm {
    code: String,
    title: String,
    credits: String,
    hours: String,
    skills: Vec<String>,
    prerequisites: String,
}

impl ModuleForm {
    fn is_blank(&self) -> bool {
        self.code.is_empty() && self.title.is_empty()
    }
}

/// The course form's values as typed.
#[derive(Debug, Clone, Default)]
struct CourseForm {
    provider_id: i64,
    title: String,
    description: String,
    level: String,
    occupation_code: String,
    commune_code: String,
    delivery_mode: String,
    fee_vnd: String,
    subsidy_vnd: String,
    certificate: String,
    /// Ticked access needs the course accommodates (wire names).
    accessibility: Vec<String>,
    start_date: String,
    weeks: String,
    schedule: String,
    seats: String,
    modules: Vec<ModuleForm>,
}

impl CourseForm {
    fn pad(mut self) -> Self {
        let rows = (self.modules.len() + SPARE_MODULES).max(MIN_MODULE_ROWS);
        self.modules.resize(rows, ModuleForm::default());
        for m in &mut self.modules {
            m.skills
                .resize(m.skills.len().max(SKILL_SLOTS), String::new());
        }
        self
    }

    fn from_course(c: &Course, english: bool) -> Self {
        let label = |s: &hocnghe_domain::catalogue::SkillLabel| {
            if english {
                s.label_en.clone()
            } else {
                s.label_vi.clone()
            }
        };
        Self {
            provider_id: c.provider_id,
            title: c.title.clone(),
            description: c.description.clone(),
            level: c.level.as_str().to_owned(),
            occupation_code: c.occupation_code.clone().unwrap_or_default(),
            commune_code: c.commune_code.clone(),
            delivery_mode: c.delivery_mode.as_str().to_owned(),
            fee_vnd: c.fee_vnd.to_string(),
            subsidy_vnd: c.subsidy_vnd.to_string(),
            certificate: c.certificate.clone().unwrap_or_default(),
            accessibility: c
                .accessibility
                .iter()
                .map(|n| n.as_str().to_owned())
                .collect(),
            start_date: c.start_date.to_string(),
            weeks: c.weeks.to_string(),
            schedule: c.schedule.as_str().to_owned(),
            seats: c.seats.to_string(),
            modules: c
                .modules
                .iter()
                .map(|m| ModuleForm {
                    code: m.code.clone(),
                    title: m.title.clone(),
                    credits: m.credits.to_string(),
                    hours: m.hours.to_string(),
                    skills: m.skills.iter().map(label).collect(),
                    prerequisites: m.prerequisites.join(", "),
                })
                .collect(),
        }
    }

    fn from_fields(f: &FormFields) -> Self {
        let rows = f.all("module_code").len();
        let modules = (0..rows)
            .map(|i| ModuleForm {
                code: f.all("module_code").get(i).cloned().unwrap_or_default(),
                title: f.all("module_title").get(i).cloned().unwrap_or_default(),
                credits: f.all("module_credits").get(i).cloned().unwrap_or_default(),
                hours: f.all("module_hours").get(i).cloned().unwrap_or_default(),
                skills: f.all(&format!("module_{i}_skill")),
                prerequisites: f
                    .all("module_prerequisites")
                    .get(i)
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect();
        Self {
            provider_id: f.one("provider_id").parse().unwrap_or(0),
            title: f.one("title"),
            description: f.one("description"),
            level: f.one("level"),
            occupation_code: f.one("occupation_code"),
            commune_code: f.one("commune_code"),
            delivery_mode: f.one("delivery_mode"),
            fee_vnd: f.one("fee_vnd"),
            subsidy_vnd: f.one("subsidy_vnd"),
            certificate: f.one("certificate"),
            accessibility: f.all("accessibility"),
            start_date: f.one("start_date"),
            weeks: f.one("weeks"),
            schedule: f.one("schedule"),
            seats: f.one("seats"),
            modules,
        }
    }

    /// The typed values as an API input; typed skill names are matched to
    /// the taxonomy (diacritics optional, partial words allowed).
    fn to_input(&self, skills: &[Skill]) -> Result<CourseInput, ValidationErrors> {
        let mut errors = Vec::new();
        let mut modules = Vec::new();
        for (i, m) in self
            .modules
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.is_blank())
        {
            let at = |name: &str| format!("modules[{i}].{name}");
            let mut codes: Vec<String> = Vec::new();
            for typed in m.skills.iter().filter(|s| !s.trim().is_empty()) {
                match skill_choice(skills, typed, &at("skills")) {
                    Ok(code) if !codes.contains(&code) => codes.push(code),
                    Ok(_) => {}
                    Err(e) => errors.push(e),
                }
            }
            modules.push(ModuleInput {
                code: m.code.clone(),
                title: m.title.clone(),
                credits: typed_number(&mut errors, &at("credits"), &m.credits).unwrap_or(0),
                hours: typed_number(&mut errors, &at("hours"), &m.hours).unwrap_or(0),
                skills: codes,
                prerequisites: m
                    .prerequisites
                    .split([',', ';'])
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .map(str::to_owned)
                    .collect(),
            });
        }
        let fee_vnd = typed_number(&mut errors, "fee_vnd", &self.fee_vnd).unwrap_or(0);
        let subsidy_vnd = typed_number(&mut errors, "subsidy_vnd", &self.subsidy_vnd).unwrap_or(0);
        let weeks = typed_number(&mut errors, "weeks", &self.weeks);
        let seats = typed_number(&mut errors, "seats", &self.seats);
        let start_date = typed_date(&mut errors, "start_date", &self.start_date);
        let level = parse_or(&mut errors, "level", &self.level);
        let delivery_mode = parse_or(&mut errors, "delivery_mode", &self.delivery_mode);
        let schedule: Option<StudyTime> = self.schedule.parse().ok();
        let accessibility =
            parse_choices::<AccessNeed>(&mut errors, "accessibility", &self.accessibility);
        if !errors.is_empty() {
            return Err(ValidationErrors(errors));
        }
        Ok(CourseInput {
            provider_id: self.provider_id,
            title: self.title.clone(),
            description: Some(self.description.clone()),
            level: level.unwrap_or(CourseLevel::SoCap),
            occupation_code: Some(self.occupation_code.clone()).filter(|c| !c.is_empty()),
            commune_code: self.commune_code.clone(),
            delivery_mode: delivery_mode.unwrap_or(DeliveryMode::InPerson),
            start_date,
            weeks,
            schedule,
            fee_vnd,
            subsidy_vnd,
            seats,
            certificate: Some(self.certificate.clone()).filter(|c| !c.is_empty()),
            status: None,
            accessibility,
            modules,
            intakes: Vec::new(),
        })
    }
}

/// A vocabulary value chosen in a select; a tampered value is a field error.
fn parse_or<T: std::str::FromStr>(
    errors: &mut Vec<FieldError>,
    field: &str,
    raw: &str,
) -> Option<T> {
    let parsed = raw.parse().ok();
    if parsed.is_none() {
        errors.push(FieldError::invalid(
            field,
            "Lựa chọn không hợp lệ.",
            "Not one of the choices.",
        ));
    }
    parsed
}

#[derive(Template)]
#[template(path = "provider_course_form.html")]
struct CourseFormPage {
    ctx: Ctx,
    action: String,
    editing: bool,
    form: CourseForm,
    providers: Vec<Provider>,
    occupations: Vec<Occupation>,
    communes: Vec<Commune>,
    skill_options: Vec<String>,
    levels: Vec<Choice>,
    modes: Vec<Choice>,
    schedules: Vec<Choice>,
    access_needs: Vec<Choice>,
    errors: FormErrors,
}

impl CourseFormPage {
    fn accommodates(&self, value: &str) -> bool {
        self.form.accessibility.iter().any(|a| a == value)
    }
}

async fn course_form(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    course_id: Option<i64>,
    form: CourseForm,
    errors: FormErrors,
) -> PageResult {
    let user = provider_only(ctx)?;
    let providers = my_providers(state, ctx, user.user_id).await?;
    if providers.is_empty() {
        return Ok(redirect("/provider"));
    }
    let skills = taxonomy::all_skills(&state.db).await.or_page(ctx)?;
    let template = CourseFormPage {
        ctx: ctx.clone(),
        action: course_id
            .map(|id| format!("/provider/courses/{id}/edit"))
            .unwrap_or_else(|| "/provider/courses/new".into()),
        editing: course_id.is_some(),
        form: form.pad(),
        providers,
        occupations: taxonomy::all_occupations(&state.db).await.or_page(ctx)?,
        communes: communes::list(&state.db).await.or_page(ctx)?,
        skill_options: skills
            .iter()
            .map(|s| ctx.t(&s.label_vi, &s.label_en).to_owned())
            .collect(),
        levels: choices(CourseLevel::ALL, |k| {
            (k.as_str(), k.label_vi(), k.label_en())
        }),
        modes: choices(DeliveryMode::ALL, |k| {
            (k.as_str(), k.label_vi(), k.label_en())
        }),
        schedules: choices(StudyTime::ALL, |k| (k.as_str(), k.label_vi(), k.label_en())),
        access_needs: choices(AccessNeed::ALL, |n| {
            (n.as_str(), n.provision_vi(), n.provision_en())
        }),
        errors,
    };
    page(ctx, status, &template)
}

#[get("/provider/courses/new")]
async fn new_course(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let user = provider_only(&ctx)?;
    let first = my_providers(&state, &ctx, user.user_id)
        .await?
        .into_iter()
        .next();
    let form = CourseForm {
        provider_id: first.as_ref().map(|p| p.id).unwrap_or(0),
        commune_code: first.map(|p| p.commune_code).unwrap_or_default(),
        level: CourseLevel::SoCap.as_str().into(),
        delivery_mode: DeliveryMode::InPerson.as_str().into(),
        schedule: StudyTime::Weekday.as_str().into(),
        fee_vnd: "0".into(),
        subsidy_vnd: "0".into(),
        ..Default::default()
    };
    course_form(
        &state,
        &ctx,
        StatusCode::OK,
        None,
        form,
        FormErrors::default(),
    )
    .await
}

/// Save the course form: create or update, or the form again with every
/// value kept and the problems named.
async fn save_course(
    state: &AppState,
    ctx: &Ctx,
    course_id: Option<i64>,
    body: &[u8],
) -> PageResult {
    let user = provider_only(ctx)?.clone();
    if let Some(id) = course_id {
        // Before anything of the form is read back: not even its errors
        // are shown for another provider's course.
        training::course_owner(state, &user, id)
            .await
            .or_page(ctx)?;
    }
    let form = CourseForm::from_fields(&FormFields::parse(body));
    let skills = taxonomy::all_skills(&state.db).await.or_page(ctx)?;
    let result = async {
        let input = form.to_input(&skills)?;
        match course_id {
            Some(id) => training::update_course(state, &user, id, input).await,
            None => training::create_course(state, &user, input).await,
        }
    }
    .await;
    match result {
        Ok(course) => Ok(redirect(&format!("/provider#c{}", course.id))),
        Err(error) if matches!(error.status.as_u16(), 403 | 404) => Err(PageError::new(ctx, error)),
        Err(error) => {
            let status = error.status;
            let errors = FormErrors::from_api(ctx.lang, error);
            course_form(state, ctx, status, course_id, form, errors).await
        }
    }
}

#[post("/provider/courses/new")]
async fn create_course(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    save_course(&state, &ctx, None, &body).await
}

#[get("/provider/courses/{id}/edit")]
async fn edit_course(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = provider_only(&ctx)?;
    training::course_owner(&state, user, *id)
        .await
        .or_page(&ctx)?;
    let course = courses::get(&state.db, *id).await.or_page(&ctx)?;
    let form = CourseForm::from_course(&course, ctx.en());
    course_form(
        &state,
        &ctx,
        StatusCode::OK,
        Some(*id),
        form,
        FormErrors::default(),
    )
    .await
}

#[post("/provider/courses/{id}/edit")]
async fn update_course(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    save_course(&state, &ctx, Some(*id), &body).await
}

/// The class form's values as typed.
#[derive(Debug, Clone, Default)]
struct IntakeForm {
    start_date: String,
    weeks: String,
    schedule: String,
    commune_code: String,
    address: String,
    seats: String,
}

impl IntakeForm {
    fn from_intake(i: &Intake) -> Self {
        Self {
            start_date: i.start_date.to_string(),
            weeks: i.weeks.to_string(),
            schedule: i.schedule.as_str().to_owned(),
            commune_code: i.commune_code.clone(),
            address: i.address.clone().unwrap_or_default(),
            seats: i.seats.to_string(),
        }
    }

    fn from_fields(f: &FormFields) -> Self {
        Self {
            start_date: f.one("start_date"),
            weeks: f.one("weeks"),
            schedule: f.one("schedule"),
            commune_code: f.one("commune_code"),
            address: f.one("address"),
            seats: f.one("seats"),
        }
    }

    fn to_input(&self) -> Result<IntakeInput, ValidationErrors> {
        let mut errors = Vec::new();
        let start_date = typed_date(&mut errors, "start_date", &self.start_date);
        if start_date.is_none() && self.start_date.trim().is_empty() {
            errors.push(FieldError::required("start_date"));
        }
        let weeks = typed_number(&mut errors, "weeks", &self.weeks);
        let seats = typed_number(&mut errors, "seats", &self.seats);
        let schedule = parse_or(&mut errors, "schedule", &self.schedule);
        match (start_date, weeks, seats, schedule) {
            (Some(start_date), Some(weeks), Some(seats), Some(schedule)) if errors.is_empty() => {
                Ok(IntakeInput {
                    start_date,
                    weeks,
                    schedule,
                    commune_code: Some(self.commune_code.clone()).filter(|c| !c.is_empty()),
                    address: Some(self.address.clone()).filter(|a| !a.is_empty()),
                    seats,
                    status: None,
                })
            }
            (_, weeks, seats, _) => {
                if weeks.is_none() && self.weeks.trim().is_empty() {
                    errors.push(FieldError::required("weeks"));
                }
                if seats.is_none() && self.seats.trim().is_empty() {
                    errors.push(FieldError::required("seats"));
                }
                Err(ValidationErrors(errors))
            }
        }
    }
}

#[derive(Template)]
#[template(path = "provider_intake_form.html")]
struct IntakeFormPage {
    ctx: Ctx,
    action: String,
    course: Course,
    editing: bool,
    form: IntakeForm,
    communes: Vec<Commune>,
    schedules: Vec<Choice>,
    errors: FormErrors,
}

async fn intake_form(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    course_id: i64,
    intake_id: Option<i64>,
    form: IntakeForm,
    errors: FormErrors,
) -> PageResult {
    let template = IntakeFormPage {
        ctx: ctx.clone(),
        action: match intake_id {
            Some(id) => format!("/provider/intakes/{id}/edit"),
            None => format!("/provider/courses/{course_id}/intakes/new"),
        },
        course: courses::get(&state.db, course_id).await.or_page(ctx)?,
        editing: intake_id.is_some(),
        form,
        communes: communes::list(&state.db).await.or_page(ctx)?,
        schedules: choices(StudyTime::ALL, |k| (k.as_str(), k.label_vi(), k.label_en())),
        errors,
    };
    page(ctx, status, &template)
}

#[get("/provider/courses/{id}/intakes/new")]
async fn new_intake(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = provider_only(&ctx)?;
    training::course_owner(&state, user, *id)
        .await
        .or_page(&ctx)?;
    let form = IntakeForm {
        schedule: StudyTime::Weekday.as_str().into(),
        ..Default::default()
    };
    intake_form(
        &state,
        &ctx,
        StatusCode::OK,
        *id,
        None,
        form,
        FormErrors::default(),
    )
    .await
}

#[post("/provider/courses/{id}/intakes/new")]
async fn create_intake(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let user = provider_only(&ctx)?.clone();
    training::course_owner(&state, &user, *id)
        .await
        .or_page(&ctx)?;
    let form = IntakeForm::from_fields(&FormFields::parse(&body));
    let result = match form.to_input() {
        Ok(input) => training::add_intake(&state, &user, *id, input).await,
        Err(e) => Err(e.into()),
    };
    intake_saved(&state, &ctx, *id, None, form, result).await
}

#[get("/provider/intakes/{id}/edit")]
async fn edit_intake(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = provider_only(&ctx)?;
    let course_id = training::intake_owner(&state, user, *id)
        .await
        .or_page(&ctx)?;
    let intake = intakes::get(&state.db, *id).await.or_page(&ctx)?;
    let form = IntakeForm::from_intake(&intake);
    intake_form(
        &state,
        &ctx,
        StatusCode::OK,
        course_id,
        Some(*id),
        form,
        FormErrors::default(),
    )
    .await
}

#[post("/provider/intakes/{id}/edit")]
async fn update_intake(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let user = provider_only(&ctx)?.clone();
    let course_id = training::intake_owner(&state, &user, *id)
        .await
        .or_page(&ctx)?;
    let form = IntakeForm::from_fields(&FormFields::parse(&body));
    let result = match form.to_input() {
        Ok(input) => training::edit_intake(&state, &user, *id, input).await,
        Err(e) => Err(e.into()),
    };
    intake_saved(&state, &ctx, course_id, Some(*id), form, result).await
}

async fn intake_saved(
    state: &AppState,
    ctx: &Ctx,
    course_id: i64,
    intake_id: Option<i64>,
    form: IntakeForm,
    result: Result<Intake, ApiError>,
) -> PageResult {
    match result {
        Ok(intake) => Ok(redirect(&format!("/provider/intakes/{}", intake.id))),
        Err(error) if matches!(error.status.as_u16(), 403 | 404) => Err(PageError::new(ctx, error)),
        Err(error) => {
            let status = error.status;
            let errors = FormErrors::from_api(ctx.lang, error);
            intake_form(state, ctx, status, course_id, intake_id, form, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "provider_intake_status.html")]
struct StatusConfirm {
    ctx: Ctx,
    course: Course,
    intake: Intake,
    to: IntakeStatus,
}

#[derive(serde::Deserialize)]
struct ToQuery {
    #[serde(default)]
    to: Option<String>,
}

/// Only these changes are offered on the pages: reopen, close, cancel.
fn status_choice(raw: Option<&str>) -> Result<IntakeStatus, ApiError> {
    match raw.and_then(|r| r.parse::<IntakeStatus>().ok()) {
        Some(s @ (IntakeStatus::Open | IntakeStatus::Full | IntakeStatus::Cancelled)) => Ok(s),
        _ => Err(ApiError::field(FieldError::invalid(
            "to",
            "Trạng thái không hợp lệ.",
            "Invalid status.",
        ))),
    }
}

/// "Close (cancel) this class?": the plain-HTML step before learners are told.
#[get("/provider/intakes/{id}/status")]
async fn confirm_status(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    query: web::Query<ToQuery>,
) -> PageResult {
    let user = provider_only(&ctx)?;
    let course_id = training::intake_owner(&state, user, *id)
        .await
        .or_page(&ctx)?;
    let to = status_choice(query.to.as_deref()).or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &StatusConfirm {
            ctx: ctx.clone(),
            course: courses::get(&state.db, course_id).await.or_page(&ctx)?,
            intake: intakes::get(&state.db, *id).await.or_page(&ctx)?,
            to,
        },
    )
}

#[post("/provider/intakes/{id}/status")]
async fn set_status(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let user = provider_only(&ctx)?.clone();
    training::intake_owner(&state, &user, *id)
        .await
        .or_page(&ctx)?;
    let to = status_choice(Some(&FormFields::parse(&body).one("to"))).or_page(&ctx)?;
    match training::set_intake_status(&state, &user, *id, to).await {
        Ok(_) => Ok(redirect(&format!("/provider/intakes/{id}"))),
        Err(error) if error.status == StatusCode::CONFLICT => {
            let notice = ctx
                .t(&error.body.message_vi, &error.body.message_en)
                .to_owned();
            super::provider_learners::render(&state, &ctx, *id, error.status, Some(notice)).await
        }
        Err(error) => Err(PageError::new(&ctx, error)),
    }
}

/// A course's or a class's results, computed by the public performance code.
struct ResultRow {
    label_vi: String,
    label_en: String,
    figures: Performance,
}

#[derive(Template)]
#[template(path = "provider_results.html")]
struct ResultsPage {
    ctx: Ctx,
    courses: Vec<(Course, ResultRow, Vec<ResultRow>)>,
    definitions: Option<(String, String)>,
}

#[get("/provider/results")]
async fn results(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let user = provider_only(&ctx)?;
    let providers = my_providers(&state, &ctx, user.user_id).await?;
    let mut rows = Vec::new();
    for course in my_courses(&state, &ctx, &providers).await? {
        let whole = outcomes::course_performance(&state.db, course.id)
            .await
            .or_page(&ctx)?;
        let mut classes = Vec::new();
        for i in &course.intakes {
            classes.push(ResultRow {
                label_vi: format!("Lớp khai giảng {}", ctx.date(&i.start_date)),
                label_en: format!("Class starting {}", ctx.date(&i.start_date)),
                figures: outcomes::intake_performance(&state.db, i.id)
                    .await
                    .or_page(&ctx)?,
            });
        }
        let total = ResultRow {
            label_vi: "Cả khóa học".into(),
            label_en: "Whole course".into(),
            figures: whole,
        };
        rows.push((course, total, classes));
    }
    let definitions = rows.first().map(|(_, total, _)| {
        (
            total.figures.definitions_vi.clone(),
            total.figures.definitions_en.clone(),
        )
    });
    page(
        &ctx,
        StatusCode::OK,
        &ResultsPage {
            ctx: ctx.clone(),
            courses: rows,
            definitions,
        },
    )
}

#[derive(Template)]
#[template(path = "provider_calls.html")]
struct CallsPage {
    ctx: Ctx,
    calls: Vec<DueCall>,
}

/// Former learners whose 3- or 6-month date has come with no outcome recorded.
#[get("/provider/calls")]
async fn calls(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let user = provider_only(&ctx)?;
    let providers = my_providers(&state, &ctx, user.user_id).await?;
    let ids: Vec<i64> = my_courses(&state, &ctx, &providers)
        .await?
        .iter()
        .map(|c| c.id)
        .collect();
    let calls = outcomes::due_calls(&state.db, &ids, hocnghe_domain::hanoi_today())
        .await
        .or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &CallsPage {
            ctx: ctx.clone(),
            calls,
        },
    )
}
