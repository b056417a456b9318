//! Course advice and job matches for one worker, for the JSON API and the
//! pages alike: the worker's profile and the ranking snapshot read
//! concurrently, the ranking run on a blocking thread.

use std::sync::Arc;

use actix_web::web;
use hocnghe_domain::hanoi_today;
use hocnghe_match::{
    CourseCandidate, CourseRecommendation, JobMatch, WorkerContext, advise_courses_indexed,
    match_jobs_indexed,
};
use hocnghe_store::repo::ranking;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::service::ranking::Snapshot;
use crate::state::AppState;

/// A recommended course with where it is taught.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecommendedCourse {
    #[serde(flatten)]
    pub recommendation: CourseRecommendation,
    pub commune_code: String,
}

/// Course advice: what to tell the worker first, the recommendations, and
/// the options apart from them.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseRecommendations {
    pub worker_id: i64,
    /// `None` when the worker chose no trade; otherwise whether a course of
    /// a chosen trade is among the items.
    pub chosen_trade_fits: Option<bool>,
    /// Said first when `chosen_trade_fits` is false.
    pub notice_vi: Option<String>,
    pub notice_en: Option<String>,
    /// When no course of a chosen trade is among the items: the closest
    /// ones in those trades (up to three), each with what stands in the way.
    pub closest_in_chosen_trade: Vec<RecommendedCourse>,
    /// Best first: for a worker who chose a trade, courses of that trade
    /// (and business courses for an own business), or the best of all
    /// trades when none of it fits.
    pub items: Vec<RecommendedCourse>,
    /// For a worker who chose a trade: up to three courses of other trades
    /// that employers near them need, labelled as such.
    pub other_trades_in_demand: Vec<RecommendedCourse>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct JobMatches {
    pub worker_id: i64,
    pub items: Vec<JobMatch>,
}

/// Who the advice is for. Access needs are named in the advice ("Lớp có hỗ
/// trợ: lối đi cho xe lăn", "chưa rõ lớp có hỗ trợ …"), and only the worker
/// sees them: a counsellor's view is ranked as if none were given. (Support
/// categories only change a fee figure, so both views use them.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Viewer {
    Worker,
    Counsellor,
}

pub(crate) async fn courses_for(
    state: &AppState,
    worker_id: i64,
    limit: usize,
    viewer: Viewer,
) -> ApiResult<CourseRecommendations> {
    let (mut worker, snapshot) = worker_and_snapshot(state, worker_id).await?;
    if viewer == Viewer::Counsellor {
        worker.access_needs.clear();
    }
    let today = hanoi_today();
    let advice = web::block(move || {
        let catalogue = &snapshot.catalogue;
        let advice = advise_courses_indexed(
            &worker,
            &catalogue.courses,
            &catalogue.demands,
            &snapshot.index,
            &catalogue.skills,
            today,
            limit,
        );
        let placed = |list: Vec<CourseRecommendation>| with_commune(list, &catalogue.courses);
        CourseRecommendations {
            worker_id,
            chosen_trade_fits: advice.chosen_trade_fits,
            notice_vi: advice.notice_vi,
            notice_en: advice.notice_en,
            closest_in_chosen_trade: placed(advice.closest_in_chosen_trade),
            items: placed(advice.items),
            other_trades_in_demand: placed(advice.other_trades_in_demand),
        }
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(advice)
}

fn with_commune(
    list: Vec<CourseRecommendation>,
    courses: &[CourseCandidate],
) -> Vec<RecommendedCourse> {
    list.into_iter()
        .map(|recommendation| {
            let commune_code = courses
                .binary_search_by_key(&recommendation.course_id, |c| c.id)
                .map(|i| courses[i].commune_code.clone())
                .unwrap_or_default();
            RecommendedCourse {
                recommendation,
                commune_code,
            }
        })
        .collect()
}

/// The worker's profile and the catalogue snapshot, read concurrently.
async fn worker_and_snapshot(
    state: &AppState,
    worker_id: i64,
) -> ApiResult<(WorkerContext, Arc<Snapshot>)> {
    Ok(tokio::try_join!(
        ranking::worker_context(&state.db, worker_id),
        state.ranking.snapshot(&state.db, &state.search.index),
    )?)
}

pub(crate) async fn jobs_for(
    state: &AppState,
    worker_id: i64,
    limit: usize,
) -> ApiResult<JobMatches> {
    let (worker, snapshot) = worker_and_snapshot(state, worker_id).await?;
    let today = hanoi_today();
    let items = web::block(move || {
        let catalogue = &snapshot.catalogue;
        match_jobs_indexed(
            &worker,
            &catalogue.demands,
            &catalogue.courses,
            &snapshot.index,
            &catalogue.skills,
            today,
            limit,
        )
    })
    .await
    .map_err(|_| ApiError::internal())?;
    Ok(JobMatches { worker_id, items })
}
