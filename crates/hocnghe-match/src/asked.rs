//! What the worker asked for: the trades they chose, the trade they
//! practise, their goal. A counsellor starts from these; local demand
//! orders the options within them and is the reason to suggest another
//! trade, never the other way round.

use std::collections::BTreeSet;

use hocnghe_domain::{CourseLevel, WorkerGoal};
use serde::Serialize;
use utoipa::ToSchema;

use crate::model::{CourseCandidate, WorkerContext};
use crate::relations::Relations;
use crate::weights;

/// How a course or a job relates to what the worker asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TradeFit {
    /// A trade the worker chose (or, wanting a certificate, practises).
    Chosen,
    /// A trade that shares a good part of its skills with one of those.
    Related,
    /// Any other trade.
    Other,
}

impl TradeFit {
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::Chosen => "Đúng nghề bạn chọn",
            Self::Related => "Nghề gần với nghề bạn chọn",
            Self::Other => "Nghề khác",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            Self::Chosen => "In the trade you chose",
            Self::Related => "A trade close to the one you chose",
            Self::Other => "Another trade",
        }
    }
}

/// The worker's trades and goal, resolved once per call.
pub(crate) struct Asked<'a> {
    pub chosen: Vec<&'a str>,
    pub related: BTreeSet<&'a str>,
    pub goal: Option<WorkerGoal>,
    relations: &'a Relations,
}

impl<'a> Asked<'a> {
    pub(crate) fn of(worker: &'a WorkerContext, relations: &'a Relations) -> Self {
        let mut chosen: Vec<&str> = worker
            .occupations_of_interest
            .iter()
            .map(String::as_str)
            .collect();
        let current = worker.current_occupation.as_deref();
        let certify = worker.goal == Some(WorkerGoal::CertifyCurrentTrade);
        if let Some(current) = current.filter(|_| certify)
            && !chosen.contains(&current)
        {
            chosen.push(current);
        }
        let mut related: BTreeSet<&str> = chosen
            .iter()
            .flat_map(|c| relations.related_trades(c))
            .collect();
        // A worker who chose other trades than their own is leaving it.
        if let Some(current) = current.filter(|_| chosen.is_empty()) {
            related.insert(current);
        }
        for c in &chosen {
            related.remove(c);
        }
        Self {
            chosen,
            related,
            goal: worker.goal,
            relations,
        }
    }

    /// The worker named a trade: courses and jobs are judged against it.
    pub(crate) fn has_trade(&self) -> bool {
        !self.chosen.is_empty()
    }

    pub(crate) fn fit(&self, occupation: Option<&str>) -> TradeFit {
        match occupation {
            Some(o) if self.chosen.contains(&o) => TradeFit::Chosen,
            Some(o) if self.related.contains(o) => TradeFit::Related,
            _ => TradeFit::Other,
        }
    }

    /// The worker named a trade and is not just exploring: the
    /// recommendations keep to it; related and other trades are suggested
    /// apart.
    pub(crate) fn focused(&self) -> bool {
        self.has_trade() && self.goal != Some(WorkerGoal::Exploring)
    }

    /// The course belongs on the main list: for a focused worker, a course
    /// of a chosen trade, or one teaching business skills to a worker who
    /// wants their own business.
    pub(crate) fn admits(&self, course: &CourseCandidate, fit: TradeFit) -> bool {
        !self.focused()
            || fit == TradeFit::Chosen
            || (self.goal == Some(WorkerGoal::OwnBusiness) && self.teaches_business(course))
    }

    /// When no course of a chosen trade can be recommended: what may stand
    /// in for it on the main list, a related trade, a foundation course for
    /// the trade or, for a worker who wants their own business, a business
    /// course.
    pub(crate) fn admits_instead(&self, course: &CourseCandidate, fit: TradeFit) -> bool {
        fit == TradeFit::Related
            || self.lays_foundation(course)
            || (self.goal == Some(WorkerGoal::OwnBusiness) && self.teaches_business(course))
    }

    /// A course of no trade (digital basics, first aid, a language) that
    /// teaches a skill a chosen trade lists as essential: a first step a
    /// counsellor offers while no course of the trade itself fits. A course
    /// of another trade that happens to teach such a skill is that other
    /// trade, and stays apart.
    pub(crate) fn lays_foundation(&self, course: &CourseCandidate) -> bool {
        course.occupation_code.is_none()
            && course.modules.iter().flat_map(|m| &m.skills).any(|s| {
                self.chosen
                    .iter()
                    .any(|o| self.relations.is_essential_to(o, s))
            })
    }

    /// The interest factor of a course in this trade.
    pub(crate) fn interest_factor(fit: TradeFit) -> f64 {
        match fit {
            TradeFit::Chosen => weights::INTEREST_BONUS,
            TradeFit::Related => weights::RELATED_TRADE_BONUS,
            TradeFit::Other => 1.0,
        }
    }

    /// The goal factor: an own business favours courses teaching business
    /// skills; a certificate favours short courses certifying the trade.
    pub(crate) fn goal_factor(
        &self,
        course: &CourseCandidate,
        fit: TradeFit,
        certificate_held: bool,
    ) -> f64 {
        match self.goal {
            Some(WorkerGoal::OwnBusiness) if self.teaches_business(course) => {
                weights::BUSINESS_GOAL_BONUS
            }
            Some(WorkerGoal::CertifyCurrentTrade)
                if fit == TradeFit::Chosen && course.certificate.is_some() && !certificate_held =>
            {
                match course.level {
                    CourseLevel::TrungCap | CourseLevel::CaoDang => weights::CERTIFY_LONG,
                    _ if course.weeks <= weights::CERTIFY_SHORT_WEEKS => weights::CERTIFY_SHORT,
                    CourseLevel::SoCap | CourseLevel::ShortCourse => 1.0,
                }
            }
            _ => 1.0,
        }
    }

    /// The largest goal factor any course can get.
    pub(crate) fn goal_bound(&self) -> f64 {
        match self.goal {
            Some(WorkerGoal::OwnBusiness) => weights::BUSINESS_GOAL_BONUS,
            Some(WorkerGoal::CertifyCurrentTrade) => weights::CERTIFY_SHORT,
            _ => 1.0,
        }
    }

    /// A business course: at least half of the skills it teaches are those
    /// of starting, running or selling for a business (a baking course with
    /// one lesson on pricing is a baking course).
    pub(crate) fn teaches_business(&self, course: &CourseCandidate) -> bool {
        let (mut business, mut all) = (0usize, 0usize);
        for s in course.modules.iter().flat_map(|m| &m.skills) {
            all += 1;
            business += usize::from(self.relations.is_business_skill(s));
        }
        all > 0 && 2 * business >= all
    }
}
