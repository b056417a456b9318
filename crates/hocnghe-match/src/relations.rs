//! What the taxonomy says about how skills and trades relate, for advice:
//! curated pairs of close skills (one goes part of the way toward the
//! other), the skills of starting and running a business, and which trades
//! are related (they share a good part of their skills).
//!
//! The built-in data is the project's curated taxonomy in `data/taxonomy/`
//! (`related_skills.csv`, `business_skills.csv`, `occupation_skills.csv`),
//! compiled in and parsed once.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

const RELATED_SKILLS_CSV: &str = include_str!("../../../data/taxonomy/related_skills.csv");
const BUSINESS_SKILLS_CSV: &str = include_str!("../../../data/taxonomy/business_skills.csv");
const OCCUPATION_SKILLS_CSV: &str = include_str!("../../../data/taxonomy/occupation_skills.csv");

/// Two trades are related when the skills they share are at least this
/// share of all the skills either needs (Jaccard index). A fifth means a
/// worker of one already has a real start in the other.
pub const RELATED_TRADE_OVERLAP: f64 = 0.2;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Relations {
    /// Skill code → its close relatives (symmetric).
    related_skills: BTreeMap<String, BTreeSet<String>>,
    business_skills: BTreeSet<String>,
    /// Occupation code → related occupation codes (symmetric, never itself).
    related_trades: BTreeMap<String, BTreeSet<String>>,
    /// Occupation code → its essential skills.
    essential_skills: BTreeMap<String, BTreeSet<String>>,
}

impl Relations {
    /// The curated relations of `data/taxonomy/`.
    pub fn builtin() -> &'static Relations {
        static BUILTIN: OnceLock<Relations> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Relations::from_csv(
                RELATED_SKILLS_CSV,
                BUSINESS_SKILLS_CSV,
                OCCUPATION_SKILLS_CSV,
            )
        })
    }

    /// No relations at all.
    pub fn empty() -> &'static Relations {
        static EMPTY: OnceLock<Relations> = OnceLock::new();
        EMPTY.get_or_init(Relations::default)
    }

    /// From the three CSV files' text (header row first, plain commas).
    pub fn from_csv(related: &str, business: &str, occupation_skills: &str) -> Self {
        let mut out = Relations::default();
        for row in rows(related) {
            if let [a, b] = row[..] {
                out.relate_skills(a, b);
            }
        }
        for row in rows(business) {
            if let Some(code) = row.first() {
                out.business_skills.insert((*code).to_owned());
            }
        }
        let mut skills_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for row in rows(occupation_skills) {
            if let [occupation, skill, ..] = row[..] {
                skills_of.entry(occupation).or_default().insert(skill);
            }
            if let [occupation, skill, "essential"] = row[..] {
                out.essential_skills
                    .entry(occupation.to_owned())
                    .or_default()
                    .insert(skill.to_owned());
            }
        }
        let trades: Vec<(&str, &BTreeSet<&str>)> = skills_of.iter().map(|(k, v)| (*k, v)).collect();
        for (i, (a, sa)) in trades.iter().enumerate() {
            for (b, sb) in &trades[i + 1..] {
                let shared = sa.intersection(sb).count();
                let union = sa.len() + sb.len() - shared;
                if union > 0 && shared as f64 / union as f64 >= RELATED_TRADE_OVERLAP {
                    out.relate_trades(a, b);
                }
            }
        }
        out
    }

    pub fn relate_skills(&mut self, a: &str, b: &str) {
        relate(&mut self.related_skills, a, b);
    }

    pub fn relate_trades(&mut self, a: &str, b: &str) {
        relate(&mut self.related_trades, a, b);
    }

    pub fn add_business_skill(&mut self, code: &str) {
        self.business_skills.insert(code.to_owned());
    }

    /// Close relatives of a skill, in code order.
    pub fn related_skills<'a>(&'a self, code: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.related_skills
            .get(code)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    pub fn is_business_skill(&self, code: &str) -> bool {
        self.business_skills.contains(code)
    }

    /// Trades related to `code`, in code order.
    pub fn related_trades<'a>(&'a self, code: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.related_trades
            .get(code)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// The trade lists `skill` as essential.
    pub fn is_essential_to(&self, occupation: &str, skill: &str) -> bool {
        self.essential_skills
            .get(occupation)
            .is_some_and(|s| s.contains(skill))
    }

    pub fn skill_pairs(&self) -> usize {
        self.related_skills
            .values()
            .map(BTreeSet::len)
            .sum::<usize>()
            / 2
    }

    pub fn business_skill_codes(&self) -> impl Iterator<Item = &str> {
        self.business_skills.iter().map(String::as_str)
    }
}

/// Record `a` and `b` as related both ways (never a code with itself).
fn relate(map: &mut BTreeMap<String, BTreeSet<String>>, a: &str, b: &str) {
    if a == b {
        return;
    }
    map.entry(a.to_owned()).or_default().insert(b.to_owned());
    map.entry(b.to_owned()).or_default().insert(a.to_owned());
}

/// Data rows of a plain CSV text (no quoted fields), header skipped.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').map(str::trim).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SKILLS_CSV: &str = include_str!("../../../data/taxonomy/skills.csv");

    fn known_skills() -> BTreeSet<String> {
        SKILLS_CSV
            .lines()
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn builtin_relations_name_only_taxonomy_skills() {
        let known = known_skills();
        let r = Relations::builtin();
        assert!(r.skill_pairs() >= 100, "{} pairs", r.skill_pairs());
        for (code, relatives) in &r.related_skills {
            assert!(known.contains(code), "unknown skill {code}");
            for other in relatives {
                assert!(known.contains(other), "unknown skill {other}");
            }
        }
        for code in r.business_skill_codes() {
            assert!(known.contains(code), "unknown business skill {code}");
        }
    }

    #[test]
    fn skill_relations_are_symmetric() {
        let r = Relations::builtin();
        let a: Vec<&str> = r.related_skills("han-mig-mag").collect();
        assert!(a.contains(&"han-tig"));
        assert!(r.related_skills("han-tig").any(|s| s == "han-mig-mag"));
        assert_eq!(r.related_skills("no-such-skill").count(), 0);
    }

    #[test]
    fn trades_sharing_a_fifth_of_their_skills_are_related() {
        let occupation_skills = "occupation_code,skill_code,relation\n\
            a,s1,essential\na,s2,essential\na,s3,optional\n\
            b,s1,essential\nb,s4,essential\nb,s5,essential\n\
            c,s6,essential\n";
        let r = Relations::from_csv("a,b\n", "skill_code\n", occupation_skills);
        // a and b share 1 of 5 skills: exactly a fifth.
        assert_eq!(r.related_trades("a").collect::<Vec<_>>(), vec!["b"]);
        assert_eq!(r.related_trades("c").count(), 0);
        assert!(r.is_essential_to("a", "s2"));
        assert!(!r.is_essential_to("a", "s3"));
        assert!(!r.is_essential_to("c", "s1"));
    }
}
