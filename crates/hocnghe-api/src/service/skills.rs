//! Skills typed in people's own words: which listed skill they name (the
//! typeahead's rule, shared by the forms and the API), and the admin's
//! decisions on the ones the list lacks, proposed by workers and employers.

use hocnghe_domain::catalogue::{DemandInput, Skill, Valid};
use hocnghe_domain::proposals::{DecisionOutcome, SkillDecision};
use hocnghe_domain::text::fold;
use hocnghe_domain::{FieldError, ProposalStatus};
use hocnghe_store::repo::{proposed_skills, taxonomy};

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
    if outcome.demands > 0 && outcome.skill_code.is_some() {
        // The decision queued the demands it changed in the outbox.
        state.search.indexer.poke();
    }
    Ok(outcome)
}

/// Settle a demand's typed skills: a label that names one listed skill
/// (without accents, or a part of its name only it holds) becomes that
/// skill; one the list lacks stays a proposal; one that names several is a
/// field error listing some of them.
pub async fn settle_demand_skills(
    state: &AppState,
    input: Valid<DemandInput>,
) -> ApiResult<Valid<DemandInput>> {
    if input.proposed_skills.as_ref().is_none_or(Vec::is_empty) {
        return Ok(input);
    }
    let skills = taxonomy::all_skills(&state.db).await?;
    Ok(
        input.settle_typed_skills(|field, label| match skill_choice(&skills, label, field) {
            Ok(code) => Ok(Some(code)),
            Err(e) if e.code == "unknown_reference" => Ok(None),
            Err(e) => Err(e),
        })?,
    )
}

/// The decision is committed whatever happens here: a typeahead that could
/// not be rebuilt keeps the old list until the next approval or restart.
async fn refresh_skill_typeahead(state: &AppState) {
    match hocnghe_indexer::skill_suggester(&state.db).await {
        Ok(suggester) => state.search.skills.replace(suggester),
        Err(error) => tracing::error!(%error, "skills typeahead not rebuilt"),
    }
}

/// The skill a person meant by what they typed: its code, its Vietnamese or
/// English label, or one of its other names, with or without diacritics.
pub fn skill_code_for(skills: &[Skill], typed: &str) -> Option<String> {
    let wanted = fold(typed.trim());
    if wanted.is_empty() {
        return None;
    }
    skills
        .iter()
        .find(|s| {
            s.code == typed.trim() || fold(&s.label_vi) == wanted || fold(&s.label_en) == wanted
        })
        .or_else(|| {
            skills
                .iter()
                .find(|s| s.alt_labels.iter().any(|a| fold(a) == wanted))
        })
        .map(|s| s.code.clone())
}

/// The skill a person meant, as [`skill_code_for`], or else the one skill
/// whose name contains what they typed as whole words ("han mig" finds
/// "Hàn MIG/MAG"). When none or several do, a field error that names up to
/// three of them, so the person can pick.
pub fn skill_choice(skills: &[Skill], typed: &str, field: &str) -> Result<String, FieldError> {
    if let Some(code) = skill_code_for(skills, typed) {
        return Ok(code);
    }
    let wanted = format!(" {} ", fold(typed.trim()));
    let names = |s: &Skill| {
        std::iter::once(s.label_vi.as_str())
            .chain(std::iter::once(s.label_en.as_str()))
            .chain(s.alt_labels.iter().map(String::as_str))
            .map(|n| format!(" {} ", fold(n).replace(['/', '(', ')', ','], " ")))
            .collect::<Vec<_>>()
    };
    let found: Vec<&Skill> = skills
        .iter()
        .filter(|s| names(s).iter().any(|n| n.contains(&wanted)))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.code.clone()),
        [] => Err(FieldError::unknown(field, "kỹ năng", "skill", typed.trim())),
        many => {
            let vi: Vec<&str> = many.iter().take(3).map(|s| s.label_vi.as_str()).collect();
            let en: Vec<&str> = many.iter().take(3).map(|s| s.label_en.as_str()).collect();
            Err(FieldError::new(
                field,
                "ambiguous",
                format!(
                    "\"{}\" khớp với {} kỹ năng; hãy chọn một, ví dụ: {}.",
                    typed.trim(),
                    many.len(),
                    vi.join("; ")
                ),
                format!(
                    "\"{}\" matches {} skills; choose one, for example: {}.",
                    typed.trim(),
                    many.len(),
                    en.join("; ")
                ),
            ))
        }
    }
}
