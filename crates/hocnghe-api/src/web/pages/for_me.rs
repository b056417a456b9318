//! "Courses for me" and "Jobs for me": the worker's recommendations and job
//! matches with their reasons, in the reader's language.

use actix_web::get;
use actix_web::http::StatusCode;
use actix_web::web;
use askama::Template;
use hocnghe_domain::Importance;
use hocnghe_match::{CourseRecommendation, JobMatch};

use super::signed_in;
use crate::routes::matching::{courses_for, jobs_for};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageResult, page};

/// How many recommendations or matches a page shows: enough to choose from,
/// small enough for a cheap phone.
const PAGE_ITEMS: usize = 10;

pub(crate) struct CourseCard {
    pub(crate) id: i64,
    pub(crate) title: String,
    pub(crate) provider: String,
    pub(crate) start: String,
    pub(crate) summary: String,
    pub(crate) skills: Vec<String>,
    pub(crate) distance: String,
    pub(crate) fee: String,
    pub(crate) credits: Option<String>,
    pub(crate) jobs_unlocked: Vec<(i64, String)>,
    pub(crate) concerns: Vec<String>,
}

pub(crate) struct JobCard {
    pub(crate) id: i64,
    pub(crate) title: String,
    pub(crate) employer: String,
    pub(crate) match_pct: u8,
    pub(crate) summary: String,
    pub(crate) matched: Vec<String>,
    pub(crate) missing: Vec<String>,
    pub(crate) distance: String,
    pub(crate) wage: String,
    pub(crate) courses: Vec<(i64, String)>,
}

#[derive(Template)]
#[template(path = "me_courses.html")]
struct CoursesPage {
    ctx: Ctx,
    has_profile: bool,
    cards: Vec<CourseCard>,
}

#[derive(Template)]
#[template(path = "me_jobs.html")]
struct JobsPage {
    ctx: Ctx,
    has_profile: bool,
    cards: Vec<JobCard>,
}

#[get("/me/courses")]
async fn my_courses(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let cards = match worker_id {
        Some(id) => courses_for(&state, id, PAGE_ITEMS)
            .await
            .or_page(&ctx)?
            .items
            .into_iter()
            .map(|item| course_card(&ctx, item.recommendation))
            .collect(),
        None => Vec::new(),
    };
    let body = CoursesPage {
        ctx: ctx.clone(),
        has_profile: worker_id.is_some(),
        cards,
    };
    page(&ctx, StatusCode::OK, &body)
}

#[get("/me/jobs")]
async fn my_jobs(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let cards = match worker_id {
        Some(id) => jobs_for(&state, id, PAGE_ITEMS)
            .await
            .or_page(&ctx)?
            .items
            .into_iter()
            .map(|item| job_card(&ctx, item))
            .collect(),
        None => Vec::new(),
    };
    let body = JobsPage {
        ctx: ctx.clone(),
        has_profile: worker_id.is_some(),
        cards,
    };
    page(&ctx, StatusCode::OK, &body)
}

pub(crate) fn course_card(ctx: &Ctx, rec: CourseRecommendation) -> CourseCard {
    let en = ctx.en();
    let why = rec.explanation;
    let skills = why
        .skills_gained
        .iter()
        .map(|s| {
            let label = if en { &s.label_en } else { &s.label_vi };
            match (s.positions_nearby, en) {
                (0, _) => label.clone(),
                (n, false) => format!("{label} ({n} chỗ làm gần bạn)"),
                (n, true) => format!("{label} ({n} positions near you)"),
            }
        })
        .collect();
    let distance = match why.distance_km {
        None => ctx.t("Học trực tuyến", "Online").to_owned(),
        Some(km) => ctx.km(&km),
    };
    let fee = ctx.vnd(&why.fee_after_subsidy_vnd);
    let credits = why.credits_toward.map(|c| {
        if en {
            format!(
                "{} of {} credits toward {}",
                c.earned, c.required, c.certificate
            )
        } else {
            format!(
                "{} trên {} tín chỉ hướng tới {}",
                c.earned, c.required, c.certificate
            )
        }
    });
    CourseCard {
        id: rec.course_id,
        title: rec.title,
        provider: rec.provider_name,
        start: ctx.date(&rec.start_date),
        summary: if en { why.summary_en } else { why.summary_vi },
        skills,
        distance,
        fee,
        credits,
        jobs_unlocked: why
            .jobs_unlocked
            .into_iter()
            .map(|j| (j.demand_id, format!("{} · {}", j.title, j.employer_name)))
            .collect(),
        concerns: why
            .concerns
            .iter()
            .map(|c| if en { c.text_en() } else { c.text_vi() })
            .collect(),
    }
}

pub(crate) fn job_card(ctx: &Ctx, job: JobMatch) -> JobCard {
    let en = ctx.en();
    let skill = |label_vi: &str, label_en: &str, importance: Importance| {
        let label = ctx.t(label_vi, label_en);
        match importance {
            Importance::Essential => format!("{label}{}", ctx.t(" (thiết yếu)", " (essential)")),
            _ => label.to_owned(),
        }
    };
    JobCard {
        id: job.demand_id,
        match_pct: job.essential_match_pct,
        summary: if en { job.summary_en } else { job.summary_vi },
        matched: job
            .matched_skills
            .iter()
            .map(|s| skill(&s.label_vi, &s.label_en, s.importance))
            .collect(),
        missing: job
            .missing_skills
            .iter()
            .map(|s| skill(&s.label_vi, &s.label_en, s.importance))
            .collect(),
        distance: ctx.km(&job.distance_km),
        wage: ctx.wage(&job.wage_min_vnd, &job.wage_max_vnd),
        courses: job
            .courses
            .into_iter()
            .map(|c| (c.course_id, format!("{} · {}", c.title, c.provider_name)))
            .collect(),
        title: job.title,
        employer: job.employer_name,
    }
}
