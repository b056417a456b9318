//! "Courses for me" and "Jobs for me": the worker's recommendations and job
//! matches with their reasons, in the reader's language.

use actix_web::get;
use actix_web::http::StatusCode;
use actix_web::web;
use askama::Template;
use hocnghe_domain::Importance;
use hocnghe_match::{CourseRecommendation, JobMatch};

use super::signed_in;
use crate::service::matching::{Viewer, courses_for, jobs_for};
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
    /// "Lớp có hỗ trợ: …" for a worker whose access needs the class meets.
    pub(crate) access: String,
    /// Why it is on the list ("Đúng nghề bạn chọn", …); may be empty.
    pub(crate) reason: String,
    /// Where the recommended class is on the course page (`#lop-…`).
    pub(crate) anchor: String,
    /// Said when neither this class nor another of the course suits the worker.
    pub(crate) no_class_fits: Option<String>,
    /// The course's other upcoming intakes: a link and a line to show.
    pub(crate) other_intakes: Vec<(String, String)>,
}

pub(crate) struct JobCard {
    pub(crate) id: i64,
    pub(crate) title: String,
    pub(crate) employer: String,
    pub(crate) match_pct: u8,
    pub(crate) summary: String,
    pub(crate) matched: Vec<String>,
    /// Missing skills with a close relative the worker has.
    pub(crate) partial: Vec<String>,
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
    /// Said first: nothing of the chosen trade fits.
    notice: Option<String>,
    closest: Vec<CourseCard>,
    cards: Vec<CourseCard>,
    others: Vec<CourseCard>,
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
    let advice = match worker_id {
        Some(id) => Some(
            courses_for(&state, id, PAGE_ITEMS, Viewer::Worker)
                .await
                .or_page(&ctx)?,
        ),
        None => None,
    };
    let cards = |list: Vec<crate::service::matching::RecommendedCourse>| -> Vec<CourseCard> {
        list.into_iter()
            .map(|item| course_card(&ctx, item.recommendation))
            .collect()
    };
    let body = match advice {
        Some(a) => CoursesPage {
            ctx: ctx.clone(),
            has_profile: true,
            notice: if ctx.en() { a.notice_en } else { a.notice_vi },
            closest: cards(a.closest_in_chosen_trade),
            cards: cards(a.items),
            others: cards(a.other_trades_in_demand),
        },
        None => CoursesPage {
            ctx: ctx.clone(),
            has_profile: false,
            notice: None,
            closest: Vec::new(),
            cards: Vec::new(),
            others: Vec::new(),
        },
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
    let fee = ctx.fee(&why.fee_after_subsidy_vnd);
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
    let anchor = |course: i64, intake: Option<i64>| match intake {
        Some(intake) => format!("/courses/{course}#lop-{intake}"),
        None => format!("/courses/{course}"),
    };
    let no_class_fits = (!why.fits && rec.other_intakes.iter().all(|i| !i.fits)).then(|| {
        ctx.t(
            "Chưa có lớp nào của khóa này hợp với lịch và điều kiện của bạn.",
            "No class of this course suits your times and conditions yet.",
        )
        .to_owned()
    });
    let schedule = ctx.t(rec.schedule.label_vi(), rec.schedule.label_en());
    CourseCard {
        id: rec.course_id,
        anchor: anchor(rec.course_id, rec.intake_id),
        no_class_fits,
        title: rec.title,
        provider: rec.provider_name,
        start: format!(
            "{} · {}",
            ctx.date(&rec.start_date),
            schedule.to_lowercase()
        ),
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
        reason: if en { why.reason_en } else { why.reason_vi },
        access: if en { why.access_en } else { why.access_vi },
        other_intakes: rec
            .other_intakes
            .iter()
            .map(|i| {
                let schedule = if en {
                    i.schedule.label_en()
                } else {
                    i.schedule.label_vi()
                };
                let fit = match (i.fits, en) {
                    (true, false) => "hợp với bạn",
                    (true, true) => "suits you",
                    (false, false) => "không hợp lịch của bạn",
                    (false, true) => "does not suit your times",
                };
                // A class of this course, or a copy listed as another course.
                let class = (i.course_id == rec.course_id)
                    .then_some(i.intake_id)
                    .flatten();
                (
                    anchor(i.course_id, class),
                    format!("{} · {schedule} · {fit}", ctx.date(&i.start_date)),
                )
            })
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
        match_pct: job.match_pct,
        partial: job
            .partial_skills
            .iter()
            .map(|s| {
                let (label, via) = if en {
                    (&s.label_en, &s.via.label_en)
                } else {
                    (&s.label_vi, &s.via.label_vi)
                };
                format!("{label} ({} {via})", ctx.t("gần với", "close to"))
            })
            .collect(),
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
