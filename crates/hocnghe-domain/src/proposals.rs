//! Proposed skills ("đề xuất"): free text for a skill the taxonomy lacks.
//! A worker keeps it on their profile, an employer on a demand, marked as
//! proposed and not used for matching, until an admin merges it into an
//! existing skill, approves it as a new local skill or rejects it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::text::{char_len, clean_line, fold};
use crate::validation::{FieldError, Validator};
use crate::{Importance, ProposalStatus};

/// Most proposals one profile (or one demand) may hold.
pub const MAX_PROPOSALS: usize = 10;
/// Longest proposal, in characters.
pub const MAX_LABEL: usize = 80;

/// The key proposals group by: no accents, lower case, single spaces.
pub fn proposal_key(label: &str) -> String {
    fold(&clean_line(label))
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Clean and check a list of proposed labels for `field`: each one line of
/// 2 to [`MAX_LABEL`] characters, at most [`MAX_PROPOSALS`], duplicates (by
/// key) dropped.
pub fn clean_proposals(v: &mut Validator, field: &str, labels: &[String]) -> Vec<String> {
    clean_labels(v, field, labels.iter().map(String::as_str), |i| {
        format!("{field}[{i}]")
    })
    .into_iter()
    .map(|(_, label)| label)
    .collect()
}

/// As [`clean_proposals`], for any list whose items carry a label; `at(i)`
/// names the field of item `i`. Returns the kept items' positions and
/// cleaned labels.
fn clean_labels<'a>(
    v: &mut Validator,
    field: &str,
    labels: impl ExactSizeIterator<Item = &'a str>,
    at: impl Fn(usize) -> String,
) -> Vec<(usize, String)> {
    if labels.len() > MAX_PROPOSALS {
        v.push(FieldError::too_many(field, MAX_PROPOSALS));
    }
    let mut out: Vec<(usize, String)> = Vec::with_capacity(labels.len());
    for (i, raw) in labels.enumerate() {
        let at = at(i);
        let label = v.line(&at, raw, MAX_LABEL);
        if label.is_empty() || char_len(&label) > MAX_LABEL {
            continue;
        }
        if char_len(&label) < 2 {
            v.push(FieldError::invalid(
                at,
                "Hãy gõ ít nhất 2 ký tự.",
                "Type at least 2 characters.",
            ));
            continue;
        }
        let key = proposal_key(&label);
        if !out.iter().any(|(_, o)| proposal_key(o) == key) {
            out.push((i, label));
        }
    }
    out
}

/// A skill an employer needs, typed in their own words: the skill it names
/// when the list has it, else a proposal on the demand.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelledSkillInput {
    #[schema(example = "Đan lát mây tre")]
    pub label: String,
    pub importance: Importance,
}

/// Clean and check the typed skills of a demand, as [`clean_proposals`]
/// (fields `{field}[i].label`).
pub fn clean_labelled(
    v: &mut Validator,
    field: &str,
    items: &[LabelledSkillInput],
) -> Vec<LabelledSkillInput> {
    clean_labels(v, field, items.iter().map(|s| s.label.as_str()), |i| {
        format!("{field}[{i}].label")
    })
    .into_iter()
    .map(|(i, label)| LabelledSkillInput {
        label,
        importance: items[i].importance,
    })
    .collect()
}

/// A proposal on a demand, shown to the employer who owns it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DemandProposal {
    pub id: i64,
    pub label: String,
    pub importance: Importance,
    pub status: ProposalStatus,
    pub created_at: DateTime<Utc>,
}

/// A demand as its owner sees it: with the skills proposed in free text
/// that await review ("đề xuất – chờ duyệt"), not used for matching.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct OwnedDemand {
    #[serde(flatten)]
    pub demand: crate::catalogue::Demand,
    pub proposed_skills: Vec<DemandProposal>,
}

/// A proposal on a worker's profile.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ProposedSkill {
    pub id: i64,
    pub label: String,
    pub status: ProposalStatus,
    pub created_at: DateTime<Utc>,
}

/// Pending proposals with the same key, for an admin to curate. Only the
/// label and how many profiles and demands hold it: admins see no worker.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ProposalGroup {
    /// The id to decide on (the group's oldest proposal).
    pub id: i64,
    pub label: String,
    pub key: String,
    /// How many profiles and demands hold it.
    pub count: u64,
    /// How many workers' profiles hold it.
    pub profiles: u64,
    /// How many employers' demands hold it.
    pub demands: u64,
    pub first_proposed_at: DateTime<Utc>,
}

/// What an admin decides for a group of pending proposals.
#[derive(Debug, Clone, PartialEq, Deserialize, ToSchema)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum SkillDecision {
    /// The same as an existing skill: every holder (profile or demand) gets
    /// that skill.
    Merge {
        /// Code of the existing skill.
        skill_code: String,
    },
    /// A new local skill of the taxonomy, labelled as given.
    Approve { label_vi: String, label_en: String },
    /// Not a skill: removed from the profiles and demands that held it.
    Reject,
}

impl SkillDecision {
    /// Clean the labels of an approval.
    pub fn validate(self) -> Result<Self, crate::ValidationErrors> {
        match self {
            Self::Approve { label_vi, label_en } => {
                let mut v = Validator::new();
                let label_vi = v.line("label_vi", &label_vi, MAX_LABEL);
                let label_en = v.line("label_en", &label_en, MAX_LABEL);
                v.finish(Self::Approve { label_vi, label_en })
            }
            Self::Merge { skill_code } => {
                let mut v = Validator::new();
                let skill_code = v.line("skill_code", &skill_code, 120);
                v.finish(Self::Merge { skill_code })
            }
            Self::Reject => Ok(Self::Reject),
        }
    }
}

/// What a decision did.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DecisionOutcome {
    pub status: ProposalStatus,
    /// The skill the holders now have (merge or approve).
    pub skill_code: Option<String>,
    /// How many profiles it changed.
    pub profiles: u64,
    /// How many demands it changed.
    pub demands: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposals_group_by_their_unaccented_lower_case_words() {
        assert_eq!(proposal_key("  Đan  Lát Mây tre "), "dan lat may tre");
        assert_eq!(proposal_key("dan lat may tre"), "dan lat may tre");
    }

    #[test]
    fn proposals_are_cleaned_checked_and_deduplicated() {
        let mut v = Validator::new();
        let kept = clean_proposals(
            &mut v,
            "proposed_skills",
            &["Đan lát".into(), "dan LAT".into(), "x".into()],
        );
        assert_eq!(kept, ["Đan lát"]);
        let errors = v.into_errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "proposed_skills[2]");
    }
}
