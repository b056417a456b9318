//! From the store's domain views to the search crate's plain documents.

use std::collections::HashMap;

use hocnghe_domain::catalogue::{Course, Demand, Skill};
use hocnghe_domain::{CourseStatus, DemandStatus, Importance, IntakeStatus};
use hocnghe_search::{CourseDoc, DemandDoc, IndexOp, IntakeDoc, SkillRef};

/// Alternative labels of every skill, by code: course modules and demands carry
/// only a skill's main labels, but people search with the colloquial ones.
#[derive(Debug, Clone, Default)]
pub struct SkillAliases(HashMap<String, Vec<String>>);

impl SkillAliases {
    pub fn new(skills: &[Skill]) -> Self {
        Self(
            skills
                .iter()
                .map(|s| (s.code.clone(), s.alt_labels.clone()))
                .collect(),
        )
    }

    fn skill(&self, code: &str, label: &str, essential: bool) -> SkillRef {
        SkillRef {
            code: code.to_owned(),
            label: label.to_owned(),
            alt_labels: self.0.get(code).cloned().unwrap_or_default(),
            essential,
        }
    }
}

/// Whether a course belongs in the index: only courses open for enrolment are searchable.
pub fn course_searchable(course: &Course) -> bool {
    course.status == CourseStatus::Open
}

/// Whether a demand belongs in the index: open demands; expiry is filtered at query time.
pub fn demand_searchable(demand: &Demand) -> bool {
    demand.status == DemandStatus::Open
}

/// The index operation that brings course `id` in line with the database:
/// an upsert when it exists and is searchable, a delete otherwise.
pub fn course_op(id: i64, course: Option<&Course>, aliases: &SkillAliases) -> IndexOp {
    match course {
        Some(course) if course_searchable(course) => {
            IndexOp::UpsertCourse(course_doc(course, aliases))
        }
        _ => IndexOp::DeleteCourse(id),
    }
}

pub fn demand_op(id: i64, demand: Option<&Demand>, aliases: &SkillAliases) -> IndexOp {
    match demand {
        Some(demand) if demand_searchable(demand) => {
            IndexOp::UpsertDemand(demand_doc(demand, aliases))
        }
        _ => IndexOp::DeleteDemand(id),
    }
}

pub fn course_doc(course: &Course, aliases: &SkillAliases) -> CourseDoc {
    // A skill taught by several modules is listed once.
    let mut skills: Vec<SkillRef> = Vec::new();
    for skill in course.modules.iter().flat_map(|m| &m.skills) {
        if !skills.iter().any(|s| s.code == skill.code) {
            skills.push(aliases.skill(&skill.code, &skill.label_vi, true));
        }
    }
    CourseDoc {
        id: course.id,
        title: course.title.clone(),
        description: course.description.clone(),
        provider_name: course.provider_name.clone(),
        occupation_code: course.occupation_code.clone(),
        occupation_name: course.occupation_name.clone(),
        sector: course.sector,
        level: course.level,
        delivery_mode: course.delivery_mode,
        schedule: course.schedule,
        commune_code: course.commune_code.clone(),
        fee_vnd: course.fee_vnd,
        fee_after_subsidy_vnd: course.fee_after_subsidy_vnd,
        start_date: course.start_date,
        weeks: to_u32(course.weeks),
        credits: to_u32(course.total_credits),
        module_titles: course.modules.iter().map(|m| m.title.clone()).collect(),
        skills,
        intakes: course
            .intakes
            .iter()
            .filter(|i| i.status == IntakeStatus::Open)
            .map(|i| IntakeDoc {
                id: i.id,
                start_date: i.start_date,
                weeks: to_u32(i.weeks),
                schedule: i.schedule,
                seats_left: to_u32(i.seats_left),
            })
            .collect(),
    }
}

pub fn demand_doc(demand: &Demand, aliases: &SkillAliases) -> DemandDoc {
    DemandDoc {
        id: demand.id,
        title: demand.title.clone(),
        description: demand.description.clone(),
        employer_name: demand.employer_name.clone(),
        occupation_code: demand.occupation_code.clone(),
        occupation_name: demand.occupation_name.clone(),
        sector: demand.sector,
        commune_code: demand.commune_code.clone(),
        positions: to_u32(demand.positions),
        wage_min_vnd: demand.wage_min_vnd,
        wage_max_vnd: demand.wage_max_vnd,
        employment_type: demand.employment_type,
        start_date: demand.start_date,
        expires_on: demand.expires_on,
        skills: demand
            .skills
            .iter()
            .map(|s| aliases.skill(&s.code, &s.label_vi, s.importance == Importance::Essential))
            .collect(),
    }
}

/// Validated counts are small and never negative.
fn to_u32(value: i64) -> u32 {
    u32::try_from(value.max(0)).unwrap_or(u32::MAX)
}
