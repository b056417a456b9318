//! Stackable credits: which of a course's modules a worker has already earned,
//! and how far that takes them toward the course's certificate.
//!
//! A module is earned by a module the worker passed (recorded by a provider)
//! with the same code in the same programme (the same course, or a course
//! leading to the same certificate), or by one that taught all of its skills.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::catalogue::Course;

/// A module the worker has passed (stackable credits).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletedModule {
    pub code: String,
    pub credits: i64,
    /// Skill codes the module taught.
    pub skills: Vec<String>,
    /// The certificate the module counts toward, e.g. "Chứng chỉ sơ cấp Điện dân dụng".
    pub certificate: Option<String>,
    /// The course it was taken in, when known.
    pub course_id: Option<i64>,
}

/// Stackable credits: "12 of 20 credits toward Chứng chỉ sơ cấp Điện dân dụng".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct CreditsToward {
    /// The course's certificate (its title when it names none).
    pub certificate: String,
    pub earned: i64,
    pub required: i64,
}

/// The programme a module belongs to: its course and the certificate it leads to.
#[derive(Clone, Copy, Debug)]
pub struct Programme<'a> {
    pub course_id: i64,
    pub certificate: Option<&'a str>,
}

impl Programme<'_> {
    /// True when the completed module belongs to this programme.
    pub fn includes(&self, completed: &CompletedModule) -> bool {
        completed.course_id == Some(self.course_id)
            || (completed.certificate.is_some()
                && completed.certificate.as_deref() == self.certificate)
    }
}

/// The worker already has this module's credits: a completed module of the
/// same programme with the same code, or one that teaches all its skills.
pub fn module_earned(
    programme: Programme<'_>,
    code: &str,
    skills: &[String],
    completed: &[CompletedModule],
) -> bool {
    completed.iter().any(|c| {
        (c.code == code && programme.includes(c))
            || (!skills.is_empty() && skills.iter().all(|s| c.skills.contains(s)))
    })
}

/// One module as credit stacking sees it.
#[derive(Clone, Copy, Debug)]
pub struct ModuleCredits<'a> {
    pub code: &'a str,
    pub credits: i64,
    /// Skill codes the module teaches.
    pub skills: &'a [String],
}

/// Credits earned toward a programme's certificate (`name`: the certificate,
/// or the course title when it names none).
pub fn credits_toward<'a>(
    programme: Programme<'_>,
    name: &str,
    modules: impl IntoIterator<Item = ModuleCredits<'a>>,
    completed: &[CompletedModule],
) -> CreditsToward {
    let (mut earned, mut required) = (0, 0);
    for m in modules {
        required += m.credits.max(0);
        if module_earned(programme, m.code, m.skills, completed) {
            earned += m.credits.max(0);
        }
    }
    CreditsToward {
        certificate: name.to_owned(),
        earned: earned.min(required),
        required,
    }
}

impl Course {
    fn programme(&self) -> Programme<'_> {
        Programme {
            course_id: self.id,
            certificate: self.certificate.as_deref(),
        }
    }

    fn skill_codes(&self) -> Vec<Vec<String>> {
        self.modules
            .iter()
            .map(|m| m.skills.iter().map(|s| s.code.clone()).collect())
            .collect()
    }

    /// Credits earned toward this course's certificate.
    pub fn credits_toward(&self, completed: &[CompletedModule]) -> CreditsToward {
        let skills = self.skill_codes();
        let modules = self
            .modules
            .iter()
            .zip(&skills)
            .map(|(m, skills)| ModuleCredits {
                code: &m.code,
                credits: m.credits,
                skills,
            });
        let name = self.certificate.as_deref().unwrap_or(&self.title);
        credits_toward(self.programme(), name, modules, completed)
    }

    /// Codes of the modules not yet earned, in course order.
    pub fn modules_not_earned(&self, completed: &[CompletedModule]) -> Vec<String> {
        let skills = self.skill_codes();
        self.modules
            .iter()
            .zip(&skills)
            .filter(|(m, skills)| !module_earned(self.programme(), &m.code, skills, completed))
            .map(|(m, _)| m.code.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passed(
        code: &str,
        skills: &[&str],
        certificate: Option<&str>,
        course: Option<i64>,
    ) -> CompletedModule {
        CompletedModule {
            code: code.to_owned(),
            credits: 3,
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            certificate: certificate.map(str::to_owned),
            course_id: course,
        }
    }

    const CERT: &str = "Chứng chỉ sơ cấp Điện dân dụng";

    fn programme() -> Programme<'static> {
        Programme {
            course_id: 7,
            certificate: Some(CERT),
        }
    }

    #[test]
    fn a_module_is_earned_by_its_code_in_the_same_programme_only() {
        let skills = vec!["wiring".to_owned()];
        let same_course = [passed("M1", &[], None, Some(7))];
        let same_certificate = [passed("M1", &[], Some(CERT), Some(9))];
        let other_programme = [passed("M1", &[], Some("Chứng chỉ Hàn"), Some(9))];
        assert!(module_earned(programme(), "M1", &skills, &same_course));
        assert!(module_earned(programme(), "M1", &skills, &same_certificate));
        assert!(!module_earned(programme(), "M1", &skills, &other_programme));
    }

    #[test]
    fn a_module_is_earned_by_any_module_that_taught_all_its_skills() {
        let skills = vec!["wiring".to_owned(), "safety".to_owned()];
        let all = [passed("X9", &["safety", "wiring", "meters"], None, None)];
        let some = [passed("X9", &["wiring"], None, None)];
        assert!(module_earned(programme(), "M1", &skills, &all));
        assert!(!module_earned(programme(), "M1", &skills, &some));
        assert!(
            !module_earned(programme(), "M1", &[], &all),
            "a module without skills is earned by its code only"
        );
    }

    #[test]
    fn credits_count_earned_modules_and_never_exceed_the_total() {
        let skills = [vec![], vec![], vec![]];
        let modules = [("M1", 4), ("M2", 6), ("M3", -1)]
            .iter()
            .zip(&skills)
            .map(|((code, credits), skills)| ModuleCredits {
                code,
                credits: *credits,
                skills,
            })
            .collect::<Vec<_>>();
        let done = [
            passed("M2", &[], None, Some(7)),
            passed("M3", &[], None, Some(7)),
        ];
        let toward = credits_toward(programme(), CERT, modules, &done);
        assert_eq!(
            toward,
            CreditsToward {
                certificate: CERT.to_owned(),
                earned: 6,
                required: 10,
            }
        );
    }
}
