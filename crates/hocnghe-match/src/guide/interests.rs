//! The interest explorer: six themes (R I A S E C), scored from answers of
//! 0 (không thích), 1 (bình thường) or 2 (thích), and occupations ranked by
//! interest fit × local demand × training nearby.
//!
//! ```text
//! theme score  = sum of its answers / (2 × its items)                 in [0, 1]
//! fit          = (3·s(1st theme) + 2·s(2nd) + 1·s(3rd)) / (3 + 2 + 1)  in [0, 1]
//!                (two themes: (3·s1 + 2·s2) / 5)
//! demand       = ln(1 + positions) / ln(1 + most positions of any occupation)
//! training     = 1 when at least one course of the occupation is open nearby, else 0
//! score        = fit × (0.5 + 0.5·demand) × (0.75 + 0.25·training)
//! ```
//!
//! Demand and training can halve and quarter a score, never erase it: an
//! occupation that fits well is still shown where nobody is hiring now.

use serde::Serialize;
use utoipa::ToSchema;

/// The themes, in the order the items and the answers use.
pub const THEMES: [char; 6] = ['R', 'I', 'A', 'S', 'E', 'C'];
/// The highest answer.
pub const MAX_ANSWER: u8 = 2;
const THEME_WEIGHTS: [f64; 3] = [3.0, 2.0, 1.0];
pub const DEMAND_FLOOR: f64 = 0.5;
pub const TRAINING_FLOOR: f64 = 0.75;

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ThemeScore {
    /// One of R I A S E C.
    pub theme: String,
    /// Share of the theme's highest possible answers, two decimals.
    pub score: f64,
}

/// Each theme's score, in [`THEMES`] order. `answers` are (theme, answer)
/// pairs; a theme without answers scores 0.
pub fn theme_scores(answers: &[(char, u8)]) -> Vec<ThemeScore> {
    THEMES
        .iter()
        .map(|&theme| {
            let mine: Vec<u8> = answers
                .iter()
                .filter(|(t, _)| *t == theme)
                .map(|(_, a)| (*a).min(MAX_ANSWER))
                .collect();
            let score = if mine.is_empty() {
                0.0
            } else {
                f64::from(mine.iter().map(|a| u32::from(*a)).sum::<u32>())
                    / (f64::from(MAX_ANSWER) * mine.len() as f64)
            };
            ThemeScore {
                theme: theme.to_string(),
                score: round2(score),
            }
        })
        .collect()
}

/// How well an occupation's themes (strongest first) match the scores.
pub fn interest_fit(occupation_themes: &str, scores: &[ThemeScore]) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    for (theme, weight) in occupation_themes.chars().zip(THEME_WEIGHTS) {
        let s = scores
            .iter()
            .find(|t| t.theme.starts_with(theme))
            .map_or(0.0, |t| t.score);
        num += weight * s;
        den += weight;
    }
    if den == 0.0 { 0.0 } else { num / den }
}

/// What the ranking knows of one occupation.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplorerInput {
    pub code: String,
    /// Two or three theme letters, strongest first.
    pub themes: String,
    /// Open positions (within reach of the person, or all of Hanoi).
    pub positions: i64,
    /// Open courses of the occupation (within reach, or all of Hanoi).
    pub courses: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ExplorerMatch {
    pub code: String,
    pub themes: String,
    pub fit: f64,
    pub positions: i64,
    pub demand: f64,
    pub courses: u32,
    pub training: f64,
    pub score: f64,
}

/// Occupations by score, then fit, then positions, then code; all three
/// factors and the score rounded to two decimals only for display.
pub fn rank(scores: &[ThemeScore], occupations: &[ExplorerInput]) -> Vec<ExplorerMatch> {
    let most = occupations.iter().map(|o| o.positions).max().unwrap_or(0);
    let mut out: Vec<(f64, ExplorerMatch)> = occupations
        .iter()
        .map(|o| {
            let fit = interest_fit(&o.themes, scores);
            let demand = if most > 0 {
                (o.positions.max(0) as f64).ln_1p() / (most as f64).ln_1p()
            } else {
                0.0
            };
            let training = if o.courses > 0 { 1.0 } else { 0.0 };
            let score = fit
                * (DEMAND_FLOOR + (1.0 - DEMAND_FLOOR) * demand)
                * (TRAINING_FLOOR + (1.0 - TRAINING_FLOOR) * training);
            (
                score,
                ExplorerMatch {
                    code: o.code.clone(),
                    themes: o.themes.clone(),
                    fit: round2(fit),
                    positions: o.positions,
                    demand: round2(demand),
                    courses: o.courses,
                    training,
                    score: round2(score),
                },
            )
        })
        .collect();
    out.sort_by(|(sa, a), (sb, b)| {
        sb.total_cmp(sa)
            .then(b.fit.total_cmp(&a.fit))
            .then(b.positions.cmp(&a.positions))
            .then_with(|| a.code.cmp(&b.code))
    });
    out.into_iter().map(|(_, m)| m).collect()
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(code: &str, themes: &str, positions: i64, courses: u32) -> ExplorerInput {
        ExplorerInput {
            code: code.into(),
            themes: themes.into(),
            positions,
            courses,
        }
    }

    #[test]
    fn scores_are_shares_of_the_highest_answers() {
        let s = theme_scores(&[('R', 2), ('R', 1), ('S', 0), ('S', 0)]);
        assert_eq!(s[0].score, 0.75);
        assert_eq!(s[3].score, 0.0);
        assert_eq!(s[2].score, 0.0, "no answers scores 0");
    }

    #[test]
    fn fit_weighs_the_first_theme_most() {
        let s = theme_scores(&[('R', 2), ('I', 0), ('C', 0), ('S', 2)]);
        assert!((interest_fit("RIC", &s) - 0.5).abs() < 1e-9);
        assert!((interest_fit("SR", &s) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn demand_and_training_weigh_but_never_erase_fit() {
        let s = theme_scores(&[('R', 2), ('S', 0), ('E', 2)]);
        let got = rank(
            &s,
            &[
                input("hands_no_jobs", "RE", 0, 0),
                input("hands_jobs", "RE", 100, 2),
                input("care_jobs", "SC", 500, 3),
            ],
        );
        let codes: Vec<&str> = got.iter().map(|m| m.code.as_str()).collect();
        assert_eq!(codes, ["hands_jobs", "hands_no_jobs", "care_jobs"]);
        assert!(got[1].score > 0.0);
        assert_eq!(got[2].fit, 0.0);
    }
}
