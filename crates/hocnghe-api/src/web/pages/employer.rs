//! Employer pages: the business, its posted skill needs, and the form to
//! post or edit one with skills chosen by typeahead.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::catalogue::{
    Commune, Demand, DemandInput, DemandSkillInput, Employer, EmployerInput, Occupation,
    PageRequest,
};
use hocnghe_domain::proposals::{DemandProposal, LabelledSkillInput};
use hocnghe_domain::{
    DemandStatus, EmployerKind, EmploymentType, FieldError, Importance, Role, ValidationErrors,
};
use hocnghe_store::repo::applications::{self, DemandCounts};
use hocnghe_store::repo::demands::DemandFilter;
use hocnghe_store::repo::employers::EmployerFilter;
use hocnghe_store::repo::{communes, demand_proposals, demands, employers, taxonomy};

use crate::auth::Identity;
use crate::auth::policy::{require_exact_role, require_owner, require_parent_owner};
use crate::error::ApiError;
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormErrors, FormFields, skill_choice};
use crate::web::render::{OrPage, PageError, PageResult, page, redirect};

const ESSENTIAL_SLOTS: usize = 5;
const OPTIONAL_SLOTS: usize = 3;

fn employer_only(ctx: &Ctx) -> Result<&Identity, PageError> {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(ctx, crate::auth::identity::unauthenticated()))?;
    require_exact_role(user, Role::Employer).map_err(|e| PageError::new(ctx, e))?;
    Ok(user)
}

async fn my_employers(
    state: &AppState,
    ctx: &Ctx,
    user_id: i64,
) -> Result<Vec<Employer>, PageError> {
    let filter = EmployerFilter {
        owner_user_id: Some(user_id),
        ..Default::default()
    };
    Ok(employers::list(
        &state.db,
        &filter,
        PageRequest {
            page: 1,
            per_page: 100,
        },
    )
    .await
    .or_page(ctx)?
    .items)
}

type Choice = (&'static str, &'static str, &'static str);

#[derive(Template)]
#[template(path = "employer.html")]
struct Dashboard {
    ctx: Ctx,
    employers: Vec<Employer>,
    /// Each demand with its applications (new, shortlisted, hired) and its
    /// skills proposed in free text, awaiting review.
    demands: Vec<(Demand, DemandCounts, Vec<DemandProposal>)>,
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
    let user = employer_only(ctx)?;
    let employers = my_employers(state, ctx, user.user_id).await?;
    let mut all_demands = Vec::new();
    for e in &employers {
        let filter = DemandFilter {
            employer_id: Some(e.id),
            ..Default::default()
        };
        all_demands.extend(
            demands::list(
                &state.db,
                &filter,
                PageRequest {
                    page: 1,
                    per_page: 100,
                },
            )
            .await
            .or_page(ctx)?
            .items,
        );
    }
    all_demands.sort_by_key(|d| std::cmp::Reverse(d.id));
    let ids: Vec<i64> = all_demands.iter().map(|d| d.id).collect();
    let counts = applications::counts_for_demands(&state.db, &ids)
        .await
        .or_page(ctx)?;
    let mut proposals = demand_proposals::pending_for_demands(&state.db, &ids)
        .await
        .or_page(ctx)?;
    let template = Dashboard {
        ctx: ctx.clone(),
        employers,
        demands: all_demands
            .into_iter()
            .map(|d| {
                let n = counts.get(&d.id).copied().unwrap_or_default();
                let p = proposals.remove(&d.id).unwrap_or_default();
                (d, n, p)
            })
            .collect(),
        communes: communes::list(&state.db).await.or_page(ctx)?,
        kinds: EmployerKind::ALL
            .iter()
            .map(|k| (k.as_str(), k.label_vi(), k.label_en()))
            .collect(),
        error,
    };
    page(ctx, status, &template)
}

#[get("/employer")]
async fn dashboard(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    dashboard_page(&state, &ctx, StatusCode::OK, None).await
}

#[post("/employer/organisations")]
async fn create_organisation(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let user_id = employer_only(&ctx)?.user_id;
    let fields = FormFields::parse(&body);
    let kind = fields
        .one("kind")
        .parse::<EmployerKind>()
        .unwrap_or(EmployerKind::Other);
    let phone = Some(fields.one("phone")).filter(|p| !p.is_empty());
    let input = EmployerInput {
        name: fields.one("name"),
        kind,
        commune_code: fields.one("commune_code"),
        address: None,
        phone,
        website: None,
        description: None,
    };
    let created = match input.validate() {
        Ok(valid) => employers::create(&state.db, valid, Some(user_id))
            .await
            .map_err(ApiError::from),
        Err(e) => Err(e.into()),
    };
    match created {
        Ok(_) => Ok(redirect("/employer")),
        Err(error) => {
            let errors = FormErrors::from_api(ctx.lang, error);
            let message = errors.all().join(" ");
            dashboard_page(
                &state,
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(message),
            )
            .await
        }
    }
}

/// The demand form's values as typed.
#[derive(Debug, Clone, Default)]
struct DemandForm {
    employer_id: i64,
    title: String,
    description: String,
    occupation_code: String,
    essential: Vec<String>,
    optional: Vec<String>,
    positions: String,
    commune_code: String,
    wage_min_vnd: String,
    wage_max_vnd: String,
    employment_type: String,
    start_date: String,
    expires_on: String,
    status: String,
}

impl DemandForm {
    fn pad(mut self) -> Self {
        self.essential
            .resize(self.essential.len().max(ESSENTIAL_SLOTS), String::new());
        self.optional
            .resize(self.optional.len().max(OPTIONAL_SLOTS), String::new());
        self
    }

    /// The form of a saved demand; its pending proposals fill slots like
    /// the skills, so that saving again keeps them.
    fn from_demand(d: &Demand, pending: &[DemandProposal], english: bool) -> Self {
        let label = |s: &hocnghe_domain::catalogue::DemandSkill| {
            if english {
                s.label_en.clone()
            } else {
                s.label_vi.clone()
            }
        };
        let proposed = |importance: Importance| {
            pending
                .iter()
                .filter(move |p| p.importance == importance)
                .map(|p| p.label.clone())
        };
        Self {
            employer_id: d.employer_id,
            title: d.title.clone(),
            description: d.description.clone(),
            occupation_code: d.occupation_code.clone().unwrap_or_default(),
            essential: d
                .skills
                .iter()
                .filter(|s| s.importance == Importance::Essential)
                .map(label)
                .chain(proposed(Importance::Essential))
                .collect(),
            optional: d
                .skills
                .iter()
                .filter(|s| s.importance == Importance::Optional)
                .map(label)
                .chain(proposed(Importance::Optional))
                .collect(),
            positions: d.positions.to_string(),
            commune_code: d.commune_code.clone(),
            wage_min_vnd: d.wage_min_vnd.map(|w| w.to_string()).unwrap_or_default(),
            wage_max_vnd: d.wage_max_vnd.map(|w| w.to_string()).unwrap_or_default(),
            employment_type: d.employment_type.as_str().to_owned(),
            start_date: d.start_date.map(|d| d.to_string()).unwrap_or_default(),
            expires_on: d.expires_on.map(|d| d.to_string()).unwrap_or_default(),
            status: d.status.as_str().to_owned(),
        }
        .pad()
    }

    fn from_fields(fields: &FormFields) -> Self {
        Self {
            employer_id: fields.one("employer_id").parse().unwrap_or(0),
            title: fields.one("title"),
            description: fields.one("description"),
            occupation_code: fields.one("occupation_code"),
            essential: fields.all("essential"),
            optional: fields.all("optional"),
            positions: fields.one("positions"),
            commune_code: fields.one("commune_code"),
            wage_min_vnd: fields.one("wage_min_vnd"),
            wage_max_vnd: fields.one("wage_max_vnd"),
            employment_type: fields.one("employment_type"),
            start_date: fields.one("start_date"),
            expires_on: fields.one("expires_on"),
            status: fields.one("status"),
        }
    }

    /// Turn the typed values into an API input; typed skill names are
    /// matched to the taxonomy (diacritics optional), and the ones it lacks
    /// are proposed ("đề xuất", awaiting an admin's review).
    fn to_input(
        &self,
        skills: &[hocnghe_domain::catalogue::Skill],
    ) -> Result<DemandInput, ValidationErrors> {
        let mut errors = Vec::new();
        let mut chosen: Vec<DemandSkillInput> = Vec::new();
        let mut proposed: Vec<LabelledSkillInput> = Vec::new();
        for (importance, texts) in [
            (Importance::Essential, &self.essential),
            (Importance::Optional, &self.optional),
        ] {
            for text in texts.iter().filter(|t| !t.trim().is_empty()) {
                match skill_choice(skills, text, "skills") {
                    Ok(code) if !chosen.iter().any(|c| c.code == code) => {
                        chosen.push(DemandSkillInput { code, importance })
                    }
                    Ok(_) => {}
                    Err(e) if e.code == "unknown_reference" => proposed.push(LabelledSkillInput {
                        label: text.clone(),
                        importance,
                    }),
                    Err(e) => errors.push(e),
                }
            }
        }
        let mut number = |name: &str, raw: &str| -> Option<i64> {
            let raw = raw.trim().replace(['.', ','], "");
            if raw.is_empty() {
                return None;
            }
            let parsed = raw.parse::<i64>().ok();
            if parsed.is_none() {
                errors.push(FieldError::invalid(
                    name,
                    "Hãy nhập một số.",
                    "Enter a number.",
                ));
            }
            parsed
        };
        let positions = number("positions", &self.positions).unwrap_or(0);
        let wage_min_vnd = number("wage_min_vnd", &self.wage_min_vnd);
        let wage_max_vnd = number("wage_max_vnd", &self.wage_max_vnd);
        let mut date = |name: &str, raw: &str| -> Option<chrono::NaiveDate> {
            if raw.trim().is_empty() {
                return None;
            }
            let parsed = raw.trim().parse().ok();
            if parsed.is_none() {
                errors.push(FieldError::invalid(
                    name,
                    "Ngày không hợp lệ.",
                    "Invalid date.",
                ));
            }
            parsed
        };
        let start_date = date("start_date", &self.start_date);
        let expires_on = date("expires_on", &self.expires_on);
        if !errors.is_empty() {
            return Err(ValidationErrors(errors));
        }
        Ok(DemandInput {
            employer_id: self.employer_id,
            title: self.title.clone(),
            description: Some(self.description.clone()),
            occupation_code: Some(self.occupation_code.clone()).filter(|c| !c.is_empty()),
            skills: chosen,
            proposed_skills: Some(proposed),
            positions,
            commune_code: self.commune_code.clone(),
            wage_min_vnd,
            wage_max_vnd,
            employment_type: self
                .employment_type
                .parse()
                .unwrap_or(EmploymentType::Permanent),
            start_date,
            expires_on,
            status: self.status.parse().ok(),
        })
    }
}

#[derive(Template)]
#[template(path = "demand_form.html")]
struct DemandFormPage {
    ctx: Ctx,
    action: String,
    demand_id: Option<i64>,
    form: DemandForm,
    employers: Vec<Employer>,
    occupations: Vec<Occupation>,
    communes: Vec<Commune>,
    skill_options: Vec<String>,
    employment_types: Vec<Choice>,
    statuses: Vec<Choice>,
    /// The saved demand's skills proposed in free text, awaiting review.
    pending: Vec<DemandProposal>,
    errors: FormErrors,
}

impl DemandFormPage {
    fn employer_is(&self, id: &i64) -> bool {
        self.form.employer_id == *id
    }

    fn employment_is(&self, value: &str) -> bool {
        self.form.employment_type == value
    }

    fn status_is(&self, value: &str) -> bool {
        self.form.status == value
    }
}

async fn form_page(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    demand_id: Option<i64>,
    form: DemandForm,
    errors: FormErrors,
) -> PageResult {
    let user = employer_only(ctx)?;
    let employers = my_employers(state, ctx, user.user_id).await?;
    if employers.is_empty() {
        return Ok(redirect("/employer"));
    }
    let skills = taxonomy::all_skills(&state.db).await.or_page(ctx)?;
    let pending = match demand_id {
        Some(id) => demand_proposals::pending_for_demand(&state.db, id)
            .await
            .or_page(ctx)?,
        None => Vec::new(),
    };
    let template = DemandFormPage {
        ctx: ctx.clone(),
        action: demand_id
            .map(|id| format!("/employer/demands/{id}/edit"))
            .unwrap_or_else(|| "/employer/demands/new".into()),
        demand_id,
        form: form.pad(),
        employers,
        occupations: taxonomy::all_occupations(&state.db).await.or_page(ctx)?,
        communes: communes::list(&state.db).await.or_page(ctx)?,
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
        employment_types: EmploymentType::ALL
            .iter()
            .map(|k| (k.as_str(), k.label_vi(), k.label_en()))
            .collect(),
        statuses: DemandStatus::ALL
            .iter()
            .map(|k| (k.as_str(), k.label_vi(), k.label_en()))
            .collect(),
        pending,
        errors,
    };
    page(ctx, status, &template)
}

#[get("/employer/demands/new")]
async fn new_demand(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let user = employer_only(&ctx)?;
    let first = my_employers(&state, &ctx, user.user_id)
        .await?
        .first()
        .map(|e| (e.id, e.commune_code.clone()));
    let form = DemandForm {
        employer_id: first.as_ref().map(|f| f.0).unwrap_or(0),
        commune_code: first.map(|f| f.1).unwrap_or_default(),
        positions: "1".into(),
        employment_type: "permanent".into(),
        status: "open".into(),
        ..Default::default()
    };
    form_page(
        &state,
        &ctx,
        StatusCode::OK,
        None,
        form,
        FormErrors::default(),
    )
    .await
}

#[post("/employer/demands/new")]
async fn create_demand(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let user = employer_only(&ctx)?.clone();
    let form = DemandForm::from_fields(&FormFields::parse(&body));
    let skills = taxonomy::all_skills(&state.db).await.or_page(&ctx)?;
    let result = async {
        let input = form.to_input(&skills)?.validate()?;
        require_parent_owner(&user, employers::owner(&state.db, input.employer_id).await)?;
        let demand = demands::create(&state.db, input).await?;
        state.search.indexer.poke();
        Ok::<_, ApiError>(demand)
    }
    .await;
    match result {
        Ok(_) => Ok(redirect("/employer")),
        Err(error) if error.status == StatusCode::FORBIDDEN => Err(PageError::new(&ctx, error)),
        Err(error) => {
            let status = error.status;
            form_page(
                &state,
                &ctx,
                status,
                None,
                form,
                FormErrors::from_api(ctx.lang, error),
            )
            .await
        }
    }
}

#[get("/employer/demands/{id}/edit")]
async fn edit_demand(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = employer_only(&ctx)?.clone();
    require_owner(&user, demands::owner(&state.db, *id).await.or_page(&ctx)?)
        .map_err(|e| PageError::new(&ctx, e))?;
    let demand = demands::get(&state.db, *id).await.or_page(&ctx)?;
    let pending = demand_proposals::pending_for_demand(&state.db, *id)
        .await
        .or_page(&ctx)?;
    form_page(
        &state,
        &ctx,
        StatusCode::OK,
        Some(*id),
        DemandForm::from_demand(&demand, &pending, ctx.en()),
        FormErrors::default(),
    )
    .await
}

#[post("/employer/demands/{id}/edit")]
async fn update_demand(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    body: Bytes,
) -> PageResult {
    let user = employer_only(&ctx)?.clone();
    require_owner(&user, demands::owner(&state.db, *id).await.or_page(&ctx)?)
        .map_err(|e| PageError::new(&ctx, e))?;
    let form = DemandForm::from_fields(&FormFields::parse(&body));
    let skills = taxonomy::all_skills(&state.db).await.or_page(&ctx)?;
    let result = async {
        let input = form.to_input(&skills)?.validate()?;
        require_parent_owner(&user, employers::owner(&state.db, input.employer_id).await)?;
        let demand = demands::update(&state.db, *id, input).await?;
        state.search.indexer.poke();
        Ok::<_, ApiError>(demand)
    }
    .await;
    match result {
        Ok(_) => Ok(redirect("/employer")),
        Err(error) if error.status == StatusCode::FORBIDDEN => Err(PageError::new(&ctx, error)),
        Err(error) => {
            let status = error.status;
            form_page(
                &state,
                &ctx,
                status,
                Some(*id),
                form,
                FormErrors::from_api(ctx.lang, error),
            )
            .await
        }
    }
}

/// "Post again": the new-demand form filled from an earlier demand, open,
/// without its dates.
#[get("/employer/demands/{id}/copy")]
async fn copy_demand(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = employer_only(&ctx)?.clone();
    require_owner(&user, demands::owner(&state.db, *id).await.or_page(&ctx)?)
        .map_err(|e| PageError::new(&ctx, e))?;
    let demand = demands::get(&state.db, *id).await.or_page(&ctx)?;
    let pending = demand_proposals::pending_for_demand(&state.db, *id)
        .await
        .or_page(&ctx)?;
    let form = DemandForm {
        status: DemandStatus::Open.as_str().to_owned(),
        start_date: String::new(),
        expires_on: String::new(),
        ..DemandForm::from_demand(&demand, &pending, ctx.en())
    };
    form_page(
        &state,
        &ctx,
        StatusCode::OK,
        None,
        form,
        FormErrors::default(),
    )
    .await
}

/// "Enough people": the demand stops taking applications.
#[post("/employer/demands/{id}/filled")]
async fn mark_filled(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let user = employer_only(&ctx)?.clone();
    require_owner(&user, demands::owner(&state.db, *id).await.or_page(&ctx)?)
        .map_err(|e| PageError::new(&ctx, e))?;
    let demand = demands::get(&state.db, *id).await.or_page(&ctx)?;
    let pending = demand_proposals::pending_for_demand(&state.db, *id)
        .await
        .or_page(&ctx)?;
    let skills = taxonomy::all_skills(&state.db).await.or_page(&ctx)?;
    let form = DemandForm {
        status: DemandStatus::Filled.as_str().to_owned(),
        ..DemandForm::from_demand(&demand, &pending, false)
    };
    let input = form
        .to_input(&skills)
        .and_then(|i| i.validate())
        .map_err(|e| PageError::new(&ctx, e.into()))?;
    demands::update(&state.db, *id, input).await.or_page(&ctx)?;
    state.search.indexer.poke();
    Ok(redirect("/employer"))
}
