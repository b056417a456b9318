//! Candidates for an employer's demand, and revealing one's contact. Shared
//! by the API routes and the employer's web page.
//!
//! Who is listed: workers who applied to the demand (not withdrawn), and
//! workers who share their profile with employers and hold at least one of
//! the demand's skills. Only the demand's own employer account may look.
//! What is shown: name, commune, skills matched and missing, distance, the
//! application and its message. The phone and email only for applicants
//! and for workers this account revealed. Never birth year or ethnicity.

use std::collections::{BTreeSet, HashMap};

use hocnghe_domain::applications::{Application, Contact};
use hocnghe_match::{CandidateMatch, Location, SkillCatalog, rank_candidates};
use hocnghe_store::StoreError;
use hocnghe_store::repo::candidates::{self, Reveal};
use hocnghe_store::repo::{applications, communes, demands, invitations};
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::Identity;
use crate::auth::policy::require_own;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// How the employer came to see a candidate's contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactSource {
    /// The worker applied to this demand.
    Application,
    /// This employer account revealed it (counted against the daily cap).
    Revealed,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Candidate {
    #[serde(flatten)]
    pub ranking: CandidateMatch,
    pub commune_name: String,
    /// The worker's application to this demand, when they applied.
    pub application: Option<Application>,
    /// Only for applicants and workers whose contact this account revealed.
    pub contact: Option<Contact>,
    pub contact_source: Option<ContactSource>,
    /// This demand's employer invited the worker to apply.
    pub invited: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CandidateList {
    pub demand_id: i64,
    pub demand_title: String,
    /// Best first: essential-skill coverage, then optional skills, proximity
    /// and certified skills.
    pub items: Vec<Candidate>,
    /// Contacts this account may still reveal in the next 24 hours.
    pub reveals_left: u64,
    pub reveals_per_day: u32,
}

/// A contact revealed (or already visible).
#[derive(Debug, Serialize, ToSchema)]
pub struct RevealedContact {
    pub worker_id: i64,
    pub contact: Contact,
    pub contact_source: ContactSource,
    /// False when this account had revealed the worker before, or the
    /// worker applied: nothing was counted against the cap.
    pub counted: bool,
    pub reveals_left: u64,
}

/// Ranked candidates for `demand_id`, for its employer.
pub async fn list(
    state: &AppState,
    identity: &Identity,
    demand_id: i64,
    limit: usize,
) -> ApiResult<CandidateList> {
    require_own(identity, demands::owner(&state.db, demand_id).await?)?;
    applications::mark_seen(&state.db, demand_id).await?;
    let mut applied = applications::active_for_demand(&state.db, demand_id).await?;
    let invited = invitations::invited_to(&state.db, demand_id).await?;
    let (demand_title, ranked) = ranked(state, demand_id, &applied, limit).await?;
    let commune_names = communes::names(&state.db).await?;

    let ids: Vec<i64> = ranked.iter().map(|c| c.worker_id).collect();
    let revealed = candidates::revealed_among(&state.db, identity.user_id, &ids).await?;
    let mut items = Vec::with_capacity(ranked.len());
    for ranking in ranked {
        let application = applied.remove(&ranking.worker_id);
        let source = if application.is_some() {
            Some(ContactSource::Application)
        } else if revealed.contains(&ranking.worker_id) {
            Some(ContactSource::Revealed)
        } else {
            None
        };
        let contact = match source {
            Some(_) => Some(candidates::contact(&state.db, ranking.worker_id).await?),
            None => None,
        };
        items.push(Candidate {
            invited: invited.contains(&ranking.worker_id),
            commune_name: commune_names
                .get(&ranking.commune_code)
                .cloned()
                .unwrap_or_default(),
            ranking,
            application,
            contact,
            contact_source: source,
        });
    }
    let per_day = state.settings.auth.contact_reveals_per_day;
    Ok(CandidateList {
        demand_id,
        demand_title,
        items,
        reveals_left: reveals_left(state, identity.user_id).await?,
        reveals_per_day: per_day,
    })
}

/// Reveal a listed candidate's contact to the demand's employer: free for
/// applicants and for workers this account revealed before; otherwise
/// counted, and refused with 429 once the daily cap is reached.
pub async fn reveal(
    state: &AppState,
    identity: &Identity,
    demand_id: i64,
    worker_id: i64,
) -> ApiResult<RevealedContact> {
    require_own(identity, demands::owner(&state.db, demand_id).await?)?;
    let applied = applications::active_for_demand(&state.db, demand_id).await?;
    let (source, counted) = if applied.contains_key(&worker_id) {
        (ContactSource::Application, false)
    } else {
        // Only a worker the list would show: sharing, holding a skill the
        // demand asks for, and within their own travel radius of the job.
        let (_, listed) = ranked(state, demand_id, &applied, usize::MAX).await?;
        if !listed.iter().any(|c| c.worker_id == worker_id) {
            return Err(ApiError::not_found("ứng viên", "candidate"));
        }
        let per_day = state.settings.auth.contact_reveals_per_day;
        match candidates::reveal(&state.db, identity.user_id, worker_id, demand_id, per_day).await?
        {
            Reveal::New => (ContactSource::Revealed, true),
            Reveal::Again => (ContactSource::Revealed, false),
            Reveal::CapReached { retry_after_secs } => {
                return Err(cap_reached(per_day, retry_after_secs));
            }
        }
    };
    if counted {
        tracing::info!(demand_id, worker_id, "candidate contact revealed");
    }
    Ok(RevealedContact {
        worker_id,
        contact: candidates::contact(&state.db, worker_id).await?,
        contact_source: source,
        counted,
        reveals_left: reveals_left(state, identity.user_id).await?,
    })
}

/// Invite a suggested candidate (listed, not an applicant) to apply: the
/// worker gets an inbox message; the employer sees nothing more of them.
/// 404 for a worker who is not listed, 409 for an applicant or a second
/// invitation, 422 when the demand no longer takes applications.
pub async fn invite(
    state: &AppState,
    identity: &Identity,
    demand_id: i64,
    worker_id: i64,
) -> ApiResult<()> {
    require_own(identity, demands::owner(&state.db, demand_id).await?)?;
    let applied = applications::active_for_demand(&state.db, demand_id).await?;
    if applied.contains_key(&worker_id) {
        return Err(ApiError::new(
            actix_web::http::StatusCode::CONFLICT,
            "conflict",
            "Người này đã ứng tuyển việc này.",
            "This worker already applied for this job.",
        ));
    }
    let (_, listed) = ranked(state, demand_id, &applied, usize::MAX).await?;
    if !listed.iter().any(|c| c.worker_id == worker_id) {
        return Err(ApiError::not_found("ứng viên", "candidate"));
    }
    invitations::invite(&state.db, identity.user_id, demand_id, worker_id).await?;
    tracing::info!(demand_id, worker_id, "worker invited to apply");
    Ok(())
}

/// The demand's title and its candidates, best first (at most `limit`).
async fn ranked(
    state: &AppState,
    demand_id: i64,
    applied: &HashMap<i64, Application>,
    limit: usize,
) -> ApiResult<(String, Vec<CandidateMatch>)> {
    let demand = demands::get(&state.db, demand_id).await?;
    let place = communes::get(&state.db, &demand.commune_code)
        .await?
        .map(|c| Location::new(c.lat, c.lon))
        .ok_or_else(|| StoreError::Corrupt {
            table: "communes",
            column: "code",
            value: demand.commune_code.clone(),
        })?;
    let applicants: BTreeSet<i64> = applied.keys().copied().collect();
    let pool = candidates::pool(&state.db, demand_id, &applicants).await?;
    let limit = limit.min(pool.len());
    let catalog: SkillCatalog = demand.skills.iter().fold(SkillCatalog::new(), |c, s| {
        c.with(s.code.clone(), s.label_vi.clone(), s.label_en.clone())
    });
    let target = hocnghe_match::DemandCandidate::from_view(&demand, place);
    let ranked = actix_web::web::block(move || rank_candidates(&target, &pool, &catalog, limit))
        .await
        .map_err(|_| ApiError::internal())?;
    Ok((demand.title, ranked))
}

async fn reveals_left(state: &AppState, employer_user_id: i64) -> ApiResult<u64> {
    let used = candidates::reveals_in_window(&state.db, employer_user_id).await?;
    Ok(u64::from(state.settings.auth.contact_reveals_per_day).saturating_sub(used))
}

fn cap_reached(per_day: u32, retry_after_secs: u64) -> ApiError {
    let mut error = ApiError::new(
        actix_web::http::StatusCode::TOO_MANY_REQUESTS,
        "contact_cap_reached",
        format!(
            "Bạn đã xem số điện thoại của {per_day} người lao động trong 24 giờ qua. Hãy thử lại sau."
        ),
        format!(
            "You have revealed the contacts of {per_day} workers in the last 24 hours. Try again later."
        ),
    );
    error.retry_after = Some(retry_after_secs);
    error
}
