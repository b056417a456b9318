//! `rank_candidates`: workers for an employer's demand.

use hocnghe_domain::Importance;
use hocnghe_domain::catalogue::DemandSkill;
use serde::Serialize;
use utoipa::ToSchema;

use crate::common::{quantize, radius, round1, top_k};
use crate::format::{km_en, km_vi, short_list};
use crate::jobs::{MatchedSkill, coverage, skill_lists};
use crate::model::{CandidateWorker, DemandCandidate, Evidence, SkillCatalog};
use crate::weights;

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CandidateMatch {
    pub worker_id: i64,
    pub display_name: String,
    pub commune_code: String,
    /// Essential-skill percentage plus a secondary score below 1.
    pub score: f64,
    pub essential_match_pct: u8,
    pub optional_match_pct: u8,
    /// Essential first.
    pub matched_skills: Vec<MatchedSkill>,
    /// Essential first.
    pub missing_skills: Vec<DemandSkill>,
    /// From the worker's commune to the job; one decimal.
    pub distance_km: f64,
    pub summary_vi: String,
    pub summary_en: String,
}

fn evidence(worker: &CandidateWorker, code: &str) -> Option<Evidence> {
    worker
        .skills
        .iter()
        .filter(|s| s.code == code)
        .map(|s| s.evidence)
        .max()
}

/// Rank workers for `demand`: only those whose own travel radius reaches the
/// job, or who applied to it; essential-skill percentage first, strictly; then optional coverage,
/// proximity (share of their radius left) and certified skills; then id.
pub fn rank_candidates(
    demand: &DemandCandidate,
    workers: &[CandidateWorker],
    catalog: &SkillCatalog,
    limit: usize,
) -> Vec<CandidateMatch> {
    if limit == 0 {
        return Vec::new();
    }
    let job = demand.location();
    let mut ranked: Vec<(usize, f64, f64, u8, u8)> = workers
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let r = radius(w.max_travel_km);
            let d = w.location().distance_km(job);
            if d.is_nan() || (d > r && !w.applied) {
                return None;
            }
            let c = coverage(
                &demand.essential_skills,
                &demand.optional_skills,
                |code| evidence(w, code),
                |_| false,
            );
            let proximity = if r > 0.0 { (1.0 - d / r).max(0.0) } else { 1.0 };
            let secondary = weights::CANDIDATE_OPTIONAL * c.optional_share
                + weights::CANDIDATE_PROXIMITY * proximity
                + weights::CANDIDATE_CERTIFIED * c.certified_share;
            let score = quantize(f64::from(c.essential_pct) + 0.99 * secondary.clamp(0.0, 1.0));
            Some((i, d, score, c.essential_pct, c.optional_pct))
        })
        .collect();
    top_k(&mut ranked, limit, |a, b| {
        b.2.total_cmp(&a.2)
            .then(workers[a.0].worker_id.cmp(&workers[b.0].worker_id))
    });
    ranked
        .into_iter()
        .map(|(i, d, score, essential_match_pct, optional_match_pct)| {
            let w = &workers[i];
            let (matched_skills, missing_skills) = skill_lists(
                &demand.essential_skills,
                &demand.optional_skills,
                |code| evidence(w, code),
                catalog,
            );
            let mut m = CandidateMatch {
                worker_id: w.worker_id,
                display_name: w.display_name.clone(),
                commune_code: w.commune_code.clone(),
                score,
                essential_match_pct,
                optional_match_pct,
                matched_skills,
                missing_skills,
                distance_km: round1(d),
                summary_vi: String::new(),
                summary_en: String::new(),
            };
            let total = demand.essential_skills.len();
            m.summary_vi = summary_vi(&m, total);
            m.summary_en = summary_en(&m, total);
            m
        })
        .collect()
}

fn counts(m: &CandidateMatch) -> (usize, usize, Vec<&DemandSkill>) {
    let held = m
        .matched_skills
        .iter()
        .filter(|s| s.importance == Importance::Essential)
        .count();
    let certified = m.matched_skills.iter().filter(|s| s.certified).count();
    let missing = m
        .missing_skills
        .iter()
        .filter(|s| s.importance == Importance::Essential)
        .collect();
    (held, certified, missing)
}

fn summary_vi(m: &CandidateMatch, total: usize) -> String {
    let (held, certified, missing) = counts(m);
    let mut out = format!(
        "Có {held}/{total} kỹ năng bắt buộc ({}%)",
        m.essential_match_pct
    );
    if certified > 0 {
        out.push_str(&format!(", {certified} kỹ năng có chứng chỉ"));
    }
    if !missing.is_empty() {
        out.push_str("; còn thiếu: ");
        out.push_str(&short_list(missing.iter().map(|s| s.label_vi.as_str()), 3));
    }
    out.push_str(&format!("; cách nơi làm việc {}.", km_vi(m.distance_km)));
    out
}

fn summary_en(m: &CandidateMatch, total: usize) -> String {
    let (held, certified, missing) = counts(m);
    let mut out = format!(
        "Has {held} of {total} essential skills ({}%)",
        m.essential_match_pct
    );
    if certified > 0 {
        out.push_str(&format!(", {certified} certified"));
    }
    if !missing.is_empty() {
        out.push_str("; missing: ");
        out.push_str(&short_list(missing.iter().map(|s| s.label_en.as_str()), 3));
    }
    out.push_str(&format!("; {} from the workplace.", km_en(m.distance_km)));
    out
}
