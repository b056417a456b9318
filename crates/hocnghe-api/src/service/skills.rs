//! Decisions on skills workers proposed, shared by the admin API and pages.

use hocnghe_domain::ProposalStatus;
use hocnghe_domain::proposals::{DecisionOutcome, SkillDecision};
use hocnghe_store::repo::proposed_skills;

use crate::error::ApiResult;
use crate::state::AppState;

/// Decide a proposal group; a skill approved as new is offered by the skills
/// typeahead at once, without a restart.
pub async fn decide(
    state: &AppState,
    proposal_id: i64,
    decision: SkillDecision,
    admin_user_id: i64,
) -> ApiResult<DecisionOutcome> {
    let outcome = proposed_skills::decide(&state.db, proposal_id, decision, admin_user_id).await?;
    if outcome.status == ProposalStatus::Approved {
        refresh_skill_typeahead(state).await;
    }
    Ok(outcome)
}

/// The decision is committed whatever happens here: a typeahead that could
/// not be rebuilt keeps the old list until the next approval or restart.
async fn refresh_skill_typeahead(state: &AppState) {
    match hocnghe_indexer::skill_suggester(&state.db).await {
        Ok(suggester) => state.search.skills.replace(suggester),
        Err(error) => tracing::error!(%error, "skills typeahead not rebuilt"),
    }
}
