//! An occupation's local picture: open positions by commune, the wage range
//! of real demands, and the courses that lead there, ordered as a route.

use chrono::NaiveDate;
use hocnghe_domain::CourseLevel;
use serde::Serialize;
use utoipa::ToSchema;

use crate::common::round1;
use crate::model::{CourseCandidate, DemandCandidate, Location};

/// Open positions of the occupation in one commune.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct CommuneDemand {
    pub commune_code: String,
    pub positions: i64,
    pub demands: u32,
    pub lat: f64,
    pub lon: f64,
}

/// Lowest and highest monthly wage (VND) named by the open demands that give one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct WageRange {
    pub min_vnd: i64,
    pub max_vnd: i64,
    /// How many demands named a wage.
    pub demands: u32,
}

/// A course that leads to the occupation, as one step of the route.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct RouteCourse {
    pub course_id: i64,
    pub title: String,
    pub provider_name: String,
    pub level: CourseLevel,
    pub credits: i64,
    pub modules: u32,
    pub start_date: NaiveDate,
    pub commune_code: String,
    pub online: bool,
    /// From the given location; `None` online or without a location; one decimal.
    pub distance_km: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Outlook {
    pub open_positions: i64,
    pub open_demands: u32,
    /// Communes with open positions, most positions first, then code.
    pub by_commune: Vec<CommuneDemand>,
    pub wage: Option<WageRange>,
    /// Courses of this occupation not started before today: the shortest
    /// level first (short course, sơ cấp, trung cấp, cao đẳng), then fewest
    /// credits (stackable modules before whole programmes), then the
    /// earliest start, then id.
    pub route: Vec<RouteCourse>,
}

/// Where a level stands on the route: the shortest first.
pub fn level_rank(level: CourseLevel) -> u8 {
    match level {
        CourseLevel::ShortCourse => 0,
        CourseLevel::SoCap => 1,
        CourseLevel::TrungCap => 2,
        CourseLevel::CaoDang => 3,
    }
}

/// Open demands that have not expired by `today`.
pub fn is_open(d: &DemandCandidate, today: NaiveDate) -> bool {
    d.expires_on.is_none_or(|last| last >= today)
}

pub fn outlook(
    occupation: &str,
    demands: &[DemandCandidate],
    courses: &[CourseCandidate],
    location: Option<Location>,
    today: NaiveDate,
) -> Outlook {
    let mine: Vec<&DemandCandidate> = demands
        .iter()
        .filter(|d| d.occupation_code.as_deref() == Some(occupation) && is_open(d, today))
        .collect();
    let mut by_commune: Vec<CommuneDemand> = Vec::new();
    for d in &mine {
        match by_commune
            .iter_mut()
            .find(|c| c.commune_code == d.commune_code)
        {
            Some(c) => {
                c.positions += d.positions;
                c.demands += 1;
            }
            None => by_commune.push(CommuneDemand {
                commune_code: d.commune_code.clone(),
                positions: d.positions,
                demands: 1,
                lat: d.lat,
                lon: d.lon,
            }),
        }
    }
    by_commune.sort_by(|a, b| {
        b.positions
            .cmp(&a.positions)
            .then_with(|| a.commune_code.cmp(&b.commune_code))
    });
    let mut wage: Option<WageRange> = None;
    for d in &mine {
        let (lo, hi) = match (d.wage_min_vnd, d.wage_max_vnd) {
            (Some(lo), Some(hi)) => (lo, hi),
            (Some(w), None) | (None, Some(w)) => (w, w),
            (None, None) => continue,
        };
        wage = Some(match wage {
            None => WageRange {
                min_vnd: lo,
                max_vnd: hi,
                demands: 1,
            },
            Some(w) => WageRange {
                min_vnd: w.min_vnd.min(lo),
                max_vnd: w.max_vnd.max(hi),
                demands: w.demands + 1,
            },
        });
    }
    let mut route: Vec<RouteCourse> = courses
        .iter()
        .filter(|c| c.occupation_code.as_deref() == Some(occupation) && c.start_date >= today)
        .map(|c| RouteCourse {
            course_id: c.id,
            title: c.title.clone(),
            provider_name: c.provider_name.clone(),
            level: c.level,
            credits: c.total_credits(),
            modules: u32::try_from(c.modules.len()).unwrap_or(u32::MAX),
            start_date: c.start_date,
            commune_code: c.commune_code.clone(),
            online: c.is_online(),
            distance_km: location
                .filter(|_| !c.is_online())
                .map(|at| round1(at.distance_km(c.location()))),
        })
        .collect();
    route.sort_by(|a, b| {
        level_rank(a.level)
            .cmp(&level_rank(b.level))
            .then(a.credits.cmp(&b.credits))
            .then(a.start_date.cmp(&b.start_date))
            .then(a.course_id.cmp(&b.course_id))
    });
    // A course with several open intakes is one step of the route: its
    // soonest class.
    let mut seen = std::collections::HashSet::new();
    route.retain(|r| seen.insert(r.course_id));
    Outlook {
        open_positions: mine.iter().map(|d| d.positions).sum(),
        open_demands: u32::try_from(mine.len()).unwrap_or(u32::MAX),
        by_commune,
        wage,
        route,
    }
}
