//! "Bạn đã từng làm gì?": a checklist of everyday and informal activities;
//! the skills behind the ticked ones, for the worker to confirm; the
//! confirmed skills go into the profile as self-reported. A counsellor can
//! run it with a worker who shares with counsellors (`?worker=ID`); the
//! write is logged for the worker. Plain forms, no JavaScript.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::Role;
use hocnghe_match::guide::discovery::Activity;
use serde::Deserialize;

use super::signed_in;
use crate::auth::access::worker_access;
use crate::auth::identity::unauthenticated;
use crate::auth::policy::forbidden;
use crate::service::guidance::{
    self, AddedSkills, ConfirmedSkills, DiscoverInput, DiscoveredSkillView,
};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormErrors, FormFields};
use crate::web::render::{OrPage, PageError, PageResult, page};

/// Headings of the checklist's groups.
fn group_name(group: &str) -> (&'static str, &'static str) {
    match group {
        "farming" => ("Trồng trọt", "Farming"),
        "livestock" => ("Chăn nuôi", "Livestock"),
        "shop" => ("Buôn bán", "Trading"),
        "food" => ("Nấu ăn, làm bánh", "Cooking and baking"),
        "online" => ("Bán hàng trên mạng", "Selling online"),
        "building" => ("Xây dựng, sửa nhà", "Building and home repairs"),
        "care" => ("Chăm sóc người thân, việc nhà", "Caring and housework"),
        "repairs" => ("Sửa chữa", "Repairs"),
        "crafts" => ("Thủ công", "Crafts"),
        "transport" => ("Chở hàng, kho bãi", "Carrying goods, storage"),
        "factory" => ("Nhà máy", "Factory work"),
        "office" => ("Máy tính", "Computers"),
        "tourism" => ("Du lịch", "Tourism"),
        _ => ("Khác", "Other"),
    }
}

pub(crate) struct Group {
    name_vi: &'static str,
    name_en: &'static str,
    activities: Vec<Activity>,
}

#[derive(Template)]
#[template(path = "discovery.html")]
struct ChecklistPage {
    ctx: Ctx,
    groups: Vec<Group>,
    ticked: Vec<String>,
    /// The worker a counsellor runs it for.
    worker: Option<i64>,
    errors: FormErrors,
}

#[derive(Deserialize)]
struct WorkerParam {
    worker: Option<i64>,
}

fn groups() -> Result<Vec<Group>, crate::error::ApiError> {
    let data = hocnghe_store::guidance::data()?;
    Ok(guidance::activity_groups(&data.activities)
        .into_iter()
        .map(|(g, activities)| {
            let (name_vi, name_en) = group_name(&g);
            Group {
                name_vi,
                name_en,
                activities,
            }
        })
        .collect())
}

/// Which worker's profile this run is for: a counsellor's `worker` (checked
/// and logged on save), or nobody yet.
fn worker_field(ctx: &Ctx, worker: Option<i64>) -> Option<i64> {
    worker.filter(|_| ctx.is("counsellor"))
}

#[get("/kham-pha-ky-nang")]
async fn checklist(ctx: Ctx, params: web::Query<WorkerParam>) -> PageResult {
    let template = ChecklistPage {
        ctx: ctx.clone(),
        groups: groups().or_page(&ctx)?,
        ticked: Vec::new(),
        worker: worker_field(&ctx, params.worker),
        errors: FormErrors::default(),
    };
    page(&ctx, StatusCode::OK, &template)
}

#[derive(Template)]
#[template(path = "discovery_confirm.html")]
struct ConfirmPage {
    ctx: Ctx,
    skills: Vec<DiscoveredSkillView>,
    /// Labels of the ticked activities, to show what was answered.
    ticked: Vec<(String, String)>,
    worker: Option<i64>,
    /// Who can save: a worker, or a counsellor with a worker.
    can_save: bool,
    errors: FormErrors,
}

/// The checklist's answers: the skills behind them, to confirm.
#[post("/kham-pha-ky-nang")]
async fn found(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let form = FormFields::parse(&body);
    let ticked = form.all("activity");
    let worker = worker_field(&ctx, form.one("worker").parse().ok());
    let input = DiscoverInput {
        activities: ticked.clone(),
    };
    match guidance::discover(&state, &input).await {
        Ok(found) => {
            let data = hocnghe_store::guidance::data().or_page(&ctx)?;
            let labels = ticked
                .iter()
                .filter_map(|c| data.activity(c))
                .map(|a| (a.label_vi.clone(), a.label_en.clone()))
                .collect();
            confirm_page(&ctx, found.skills, labels, worker, FormErrors::default())
        }
        Err(e) if e.status.is_client_error() => {
            let template = ChecklistPage {
                ctx: ctx.clone(),
                groups: groups().or_page(&ctx)?,
                ticked,
                worker,
                errors: FormErrors::from_api(ctx.lang, e),
            };
            page(&ctx, StatusCode::UNPROCESSABLE_ENTITY, &template)
        }
        Err(e) => Err(PageError::new(&ctx, e)),
    }
}

fn confirm_page(
    ctx: &Ctx,
    skills: Vec<DiscoveredSkillView>,
    ticked: Vec<(String, String)>,
    worker: Option<i64>,
    errors: FormErrors,
) -> PageResult {
    let status = if errors.all().is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let template = ConfirmPage {
        ctx: ctx.clone(),
        skills,
        ticked,
        can_save: ctx.is("worker") || worker.is_some(),
        worker,
        errors,
    };
    page(ctx, status, &template)
}

#[derive(Template)]
#[template(path = "discovery_saved.html")]
struct SavedPage {
    ctx: Ctx,
    added: Vec<DiscoveredSkillView>,
    already_held: usize,
    worker: Option<i64>,
}

/// Save the confirmed skills to the worker's profile, as self-reported.
#[post("/kham-pha-ky-nang/luu")]
async fn save(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let form = FormFields::parse(&body);
    let chosen = form.all("skill");
    let mut offered = form.all("offered");
    offered.extend(chosen.iter().cloned());
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, unauthenticated()))?;
    let (worker_id, for_counsellor) = match user.role {
        Role::Worker => (signed_in::worker_with_profile(&state, &ctx).await?, None),
        Role::Counsellor => {
            let id: i64 = form
                .one("worker")
                .parse()
                .map_err(|_| PageError::new(&ctx, forbidden()))?;
            worker_access(&state, user, id, "skills.discovered")
                .await
                .or_page(&ctx)?;
            (id, Some(id))
        }
        _ => return Err(PageError::new(&ctx, forbidden())),
    };
    let labels = {
        let all = guidance::activities(&state).await.or_page(&ctx)?;
        let mut out: Vec<DiscoveredSkillView> = Vec::new();
        for a in all {
            for s in a.skills {
                if offered.contains(&s.code) && !out.iter().any(|o| o.code == s.code) {
                    out.push(DiscoveredSkillView {
                        code: s.code,
                        label_vi: s.label_vi,
                        label_en: s.label_en,
                        from_activities: vec![a.code.clone()],
                    });
                }
            }
        }
        out
    };
    let input = ConfirmedSkills { skills: chosen };
    match guidance::add_confirmed(&state, worker_id, &input).await {
        Ok(AddedSkills {
            added,
            already_held,
        }) => {
            let template = SavedPage {
                ctx: ctx.clone(),
                added: labels
                    .into_iter()
                    .filter(|l| added.contains(&l.code))
                    .collect(),
                already_held: already_held.len(),
                worker: for_counsellor,
            };
            page(&ctx, StatusCode::OK, &template)
        }
        Err(e) if e.status.is_client_error() => confirm_page(
            &ctx,
            labels,
            Vec::new(),
            for_counsellor,
            FormErrors::from_api(ctx.lang, e),
        ),
        Err(e) => Err(PageError::new(&ctx, e)),
    }
}
