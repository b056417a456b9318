//! [`RankingIndex`]: what a catalogue snapshot lets ranking precompute once
//! instead of on every call — skill codes interned to dense `u32` ids, the
//! skills of every demand and module as ids, demands grouped by place (they
//! sit at commune centroids, so a few hundred distances replace 100,000),
//! course places likewise, and each course's calendar months.
//!
//! The index holds ids and positions, never copies of the catalogue, and is
//! only used with the slices it was built from: a ranking call given other
//! slices (checked by length and by the first and last id) ignores it and
//! computes everything per call, with the same result.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::model::{CourseCandidate, DemandCandidate, Location};

/// Skill codes to dense ids. Ids are given in order of first appearance
/// (courses, then demands); no result depends on them.
#[derive(Clone, Debug, Default)]
pub(crate) struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn intern(&mut self, code: &str) -> u32 {
        if let Some(id) = self.ids.get(code) {
            return *id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
        self.ids.insert(code.to_owned(), id);
        id
    }

    pub(crate) fn get(&self, code: &str) -> Option<u32> {
        self.ids.get(code).copied()
    }

    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }
}

/// Distinct places and, for each, the items at it (indexes, ascending).
#[derive(Clone, Debug, Default)]
pub(crate) struct Places {
    pub points: Vec<Location>,
    /// `members[starts[p]..starts[p + 1]]` are the items at `points[p]`.
    pub starts: Vec<u32>,
    pub members: Vec<u32>,
    /// The place of each item.
    pub of: Vec<u32>,
}

impl Places {
    fn group(locations: impl Iterator<Item = Location>) -> Self {
        let mut by_bits: HashMap<(u64, u64), u32> = HashMap::new();
        let mut points = Vec::new();
        let mut of = Vec::new();
        for at in locations {
            let p = *by_bits
                .entry((at.lat.to_bits(), at.lon.to_bits()))
                .or_insert_with(|| {
                    points.push(at);
                    u32::try_from(points.len() - 1).unwrap_or(u32::MAX)
                });
            of.push(p);
        }
        let mut starts = vec![0u32; points.len() + 1];
        for &p in &of {
            starts[p as usize + 1] += 1;
        }
        for p in 0..points.len() {
            starts[p + 1] += starts[p];
        }
        let mut next = starts.clone();
        let mut members = vec![0u32; of.len()];
        for (item, &p) in of.iter().enumerate() {
            members[next[p as usize] as usize] = u32::try_from(item).unwrap_or(u32::MAX);
            next[p as usize] += 1;
        }
        Self {
            points,
            starts,
            members,
            of,
        }
    }

    pub(crate) fn at(&self, p: usize) -> &[u32] {
        &self.members[self.starts[p] as usize..self.starts[p + 1] as usize]
    }
}

/// Lists of skill ids stored end to end: list `i` is
/// `ids[starts[i]..starts[i + 1]]`.
#[derive(Clone, Debug, Default)]
pub(crate) struct IdLists {
    pub ids: Vec<u32>,
    pub starts: Vec<u32>,
}

impl IdLists {
    fn new() -> Self {
        Self {
            ids: Vec::new(),
            starts: vec![0],
        }
    }

    fn push(&mut self, codes: &[String], interner: &mut Interner) {
        self.ids.extend(codes.iter().map(|c| interner.intern(c)));
        self.starts
            .push(u32::try_from(self.ids.len()).unwrap_or(u32::MAX));
    }

    #[inline]
    pub(crate) fn get(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// Precomputed facts about a catalogue snapshot; see the module docs.
#[derive(Clone, Debug, Default)]
pub struct RankingIndex {
    pub(crate) skills: Interner,
    /// Demands are stored in place order: slot `i` is the demand
    /// `demand_places.members[i]`, so that a pass over the demands near a
    /// worker, place by place, reads their facts and skills in order.
    /// One list per slot: essential skills, then optional.
    pub(crate) demand_skills: IdLists,
    /// Number of essential skills of the demand in each slot.
    pub(crate) demand_essential: Vec<u32>,
    pub(crate) demand_places: Places,
    /// One list per module, all courses' modules in order.
    pub(crate) module_skills: IdLists,
    /// Index of each course's first module in `module_skills`.
    pub(crate) course_modules: Vec<u32>,
    /// The course of each module.
    pub(crate) module_course: Vec<u32>,
    /// For each skill id, the modules whose first skill it is: a module all
    /// of whose skills a worker holds is among those of a held skill.
    pub(crate) modules_by_first_skill: IdLists,
    /// What deciding whether a demand is open and what it is worth reads,
    /// side by side (a demand's full record is much larger), by slot.
    pub(crate) demand_facts: Vec<DemandFacts>,
    pub(crate) course_places: Places,
    /// Course calendar months: `month_counts[c][m]` is how many of course
    /// `c`'s (year, month) pairs fall in month `m` (1–12).
    pub(crate) month_counts: Vec<MonthCounts>,
    fingerprint: Fingerprint,
}

/// The facts of a demand that [`crate::common::nearby_demands_by_place`] reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DemandFacts {
    pub expires_on: Option<NaiveDate>,
    pub positions: i64,
    pub wage_midpoint_vnd: Option<f64>,
}

impl DemandFacts {
    #[inline]
    pub(crate) fn is_open_on(&self, today: NaiveDate) -> bool {
        self.expires_on.is_none_or(|last| last >= today)
    }
}

/// What identifies the slices an index was built from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Fingerprint {
    courses: usize,
    demands: usize,
    first_last_course: (i64, i64),
    first_last_demand: (i64, i64),
}

impl Fingerprint {
    fn of(courses: &[CourseCandidate], demands: &[DemandCandidate]) -> Self {
        Self {
            courses: courses.len(),
            demands: demands.len(),
            first_last_course: (
                courses.first().map_or(0, |c| c.id),
                courses.last().map_or(0, |c| c.id),
            ),
            first_last_demand: (
                demands.first().map_or(0, |d| d.id),
                demands.last().map_or(0, |d| d.id),
            ),
        }
    }
}

impl RankingIndex {
    /// Index a catalogue snapshot: O(total skills), once per snapshot.
    pub fn new(courses: &[CourseCandidate], demands: &[DemandCandidate]) -> Self {
        let mut skills = Interner::default();
        let mut module_skills = IdLists::new();
        let mut course_modules = Vec::with_capacity(courses.len() + 1);
        let mut month_counts = Vec::with_capacity(courses.len());
        let mut module_course = Vec::new();
        for (i, c) in courses.iter().enumerate() {
            course_modules.push(u32::try_from(module_skills.starts.len() - 1).unwrap_or(0));
            for m in &c.modules {
                module_skills.push(&m.skills, &mut skills);
                module_course.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
            month_counts.push(month_counts_of(c));
        }
        course_modules.push(u32::try_from(module_skills.starts.len() - 1).unwrap_or(0));
        let demand_places = Places::group(demands.iter().map(DemandCandidate::location));
        let in_place_order = || demand_places.members.iter().map(|&i| &demands[i as usize]);
        let mut demand_skills = IdLists::new();
        let mut demand_essential = Vec::with_capacity(demands.len());
        let mut codes: Vec<String> = Vec::new();
        for d in in_place_order() {
            codes.clear();
            codes.extend(d.essential_skills.iter().cloned());
            codes.extend(d.optional_skills.iter().cloned());
            demand_skills.push(&codes, &mut skills);
            demand_essential.push(u32::try_from(d.essential_skills.len()).unwrap_or(u32::MAX));
        }
        let mut firsts: Vec<Vec<u32>> = vec![Vec::new(); skills.len()];
        for m in 0..module_course.len() {
            if let Some(&first) = module_skills.get(m).first() {
                firsts[first as usize].push(u32::try_from(m).unwrap_or(u32::MAX));
            }
        }
        let mut modules_by_first_skill = IdLists::new();
        for list in firsts {
            modules_by_first_skill.ids.extend(list);
            modules_by_first_skill
                .starts
                .push(u32::try_from(modules_by_first_skill.ids.len()).unwrap_or(u32::MAX));
        }
        let demand_facts = in_place_order()
            .map(|d| DemandFacts {
                expires_on: d.expires_on,
                positions: d.positions,
                wage_midpoint_vnd: d.wage_midpoint_vnd(),
            })
            .collect();
        Self {
            skills,
            demand_skills,
            demand_facts,
            module_course,
            modules_by_first_skill,
            demand_essential,
            demand_places,
            module_skills,
            course_modules,
            course_places: Places::group(courses.iter().map(CourseCandidate::location)),
            month_counts,
            fingerprint: Fingerprint::of(courses, demands),
        }
    }

    /// True when the index was built from these slices.
    pub(crate) fn fits(&self, courses: &[CourseCandidate], demands: &[DemandCandidate]) -> bool {
        self.fingerprint == Fingerprint::of(courses, demands)
    }

    /// Skill ids of the demand in `slot` (see `demand_skills`): essential
    /// ones, then optional ones.
    #[inline]
    pub(crate) fn demand_at(&self, slot: usize) -> (&[u32], &[u32]) {
        self.demand_skills
            .get(slot)
            .split_at(self.demand_essential[slot] as usize)
    }

    /// Skill ids of module `m` of course `c`.
    #[inline]
    pub(crate) fn module(&self, c: usize, m: usize) -> &[u32] {
        self.module_skills.get(self.course_modules[c] as usize + m)
    }
}

/// How many of a course's (year, month) pairs fall in each month (index 1–12).
/// A course's calendar months: `months[m]` is how many of its calendar
/// months are month m of the year (1–12; a course over a year long
/// repeats), `days[m]` how many of its days fall in month m.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct MonthCounts {
    pub months: [u32; 13],
    pub days: [u32; 13],
}

pub(crate) fn month_counts_of(course: &CourseCandidate) -> MonthCounts {
    let mut counts = MonthCounts::default();
    let (start, end) = (course.start_date, course.end_date());
    for (year, month) in course.months() {
        let m = month as usize;
        if m > 12 {
            continue;
        }
        counts.months[m] += 1;
        let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(start);
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        }
        .unwrap_or(end);
        let from = first.max(start);
        let to = next.pred_opt().unwrap_or(next).min(end);
        let days = (to - from).num_days() + 1;
        counts.days[m] += u32::try_from(days.max(0)).unwrap_or(0);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_group_items_in_order() {
        let a = Location::new(21.0, 105.8);
        let b = Location::new(21.1, 105.7);
        let places = Places::group([a, b, a, a, b].into_iter());
        assert_eq!(places.points, vec![a, b]);
        assert_eq!(places.at(0), &[0, 2, 3]);
        assert_eq!(places.at(1), &[1, 4]);
        assert_eq!(places.of, vec![0, 1, 0, 0, 1]);
    }
}
