//! Occupations that share skills with another, for a change of trade.

use serde::Serialize;
use utoipa::ToSchema;

use crate::model::OccupationSkills;

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct RelatedOccupation {
    pub code: String,
    /// Skills (essential or optional) both occupations list.
    pub shared_skills: u32,
    /// Shared skills over the skills either lists (Jaccard), two decimals.
    pub similarity: f64,
}

/// Occupations sharing at least one skill with `code`, most similar first
/// (then most shared skills, then code), at most `limit`.
pub fn related(
    code: &str,
    occupations: &[(String, OccupationSkills)],
    limit: usize,
) -> Vec<RelatedOccupation> {
    let Some((_, target)) = occupations.iter().find(|(c, _)| c == code) else {
        return Vec::new();
    };
    let target = skills_of(target);
    let mut out: Vec<RelatedOccupation> = occupations
        .iter()
        .filter(|(c, _)| c != code)
        .filter_map(|(c, s)| {
            let other = skills_of(s);
            let shared = other.iter().filter(|x| target.contains(x)).count();
            let union = target.len() + other.len() - shared;
            (shared > 0 && union > 0).then(|| RelatedOccupation {
                code: c.clone(),
                shared_skills: u32::try_from(shared).unwrap_or(u32::MAX),
                similarity: (shared as f64 / union as f64 * 100.0).round() / 100.0,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.similarity
            .total_cmp(&a.similarity)
            .then(b.shared_skills.cmp(&a.shared_skills))
            .then_with(|| a.code.cmp(&b.code))
    });
    out.truncate(limit);
    out
}

fn skills_of(s: &OccupationSkills) -> Vec<&str> {
    let mut all: Vec<&str> = s
        .essential
        .iter()
        .chain(&s.optional)
        .map(String::as_str)
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(code: &str, skills: &[&str]) -> (String, OccupationSkills) {
        (
            code.into(),
            OccupationSkills {
                essential: skills.iter().map(|s| (*s).to_owned()).collect(),
                optional: Vec::new(),
            },
        )
    }

    #[test]
    fn most_similar_first_and_unrelated_left_out() {
        let all = vec![
            occ("a", &["x", "y", "z"]),
            occ("b", &["x", "y"]),
            occ("c", &["z", "w", "v", "u"]),
            occ("d", &["q"]),
        ];
        let got = related("a", &all, 5);
        let codes: Vec<&str> = got.iter().map(|r| r.code.as_str()).collect();
        assert_eq!(codes, ["b", "c"]);
        assert_eq!(got[0].shared_skills, 2);
        assert!((got[0].similarity - 0.67).abs() < 1e-9);
        assert!(related("zz", &all, 5).is_empty());
    }
}
