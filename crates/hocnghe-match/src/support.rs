//! Tuition support by category (`data/support/tuition_support.csv`, from
//! Quyết định 46/2015/QĐ-TTg, Điều 4): the most the State pays toward an
//! elementary or short course for a learner in a support category.

use std::sync::OnceLock;

use hocnghe_domain::{CourseLevel, SupportCategory};

const TUITION_SUPPORT_CSV: &str = include_str!("../../../data/support/tuition_support.csv");

/// One row: all of `categories` must apply.
#[derive(Clone, Debug, PartialEq)]
struct Cap {
    categories: Vec<SupportCategory>,
    cap_vnd: i64,
    levels: Vec<CourseLevel>,
}

fn caps() -> &'static [Cap] {
    static CAPS: OnceLock<Vec<Cap>> = OnceLock::new();
    CAPS.get_or_init(|| parse(TUITION_SUPPORT_CSV))
}

/// Rows whose categories or levels do not parse are left out (a unit test
/// checks that none is).
fn parse(text: &str) -> Vec<Cap> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let mut cells = line.splitn(4, ',');
            let categories = cells
                .next()?
                .split('+')
                .map(|c| c.trim().parse().ok())
                .collect::<Option<Vec<SupportCategory>>>()?;
            let cap_vnd = cells.next()?.trim().parse().ok()?;
            let levels = cells
                .next()?
                .split('|')
                .map(|l| l.trim().parse().ok())
                .collect::<Option<Vec<CourseLevel>>>()?;
            Some(Cap {
                categories,
                cap_vnd,
                levels,
            })
        })
        .collect()
}

/// The highest support cap that applies to a learner in `categories` for a
/// course of `level`; 0 when none does.
pub fn support_cap_vnd(categories: &[SupportCategory], level: CourseLevel) -> i64 {
    if categories.is_empty() {
        return 0;
    }
    caps()
        .iter()
        .filter(|c| {
            c.levels.contains(&level) && c.categories.iter().all(|k| categories.contains(k))
        })
        .map(|c| c.cap_vnd)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_data_parses() {
        let rows = TUITION_SUPPORT_CSV
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty());
        assert_eq!(parse(TUITION_SUPPORT_CSV).len(), rows.count());
    }

    #[test]
    fn the_highest_applicable_cap_wins() {
        use SupportCategory::*;
        assert_eq!(support_cap_vnd(&[], CourseLevel::SoCap), 0);
        assert_eq!(
            support_cap_vnd(&[Disability], CourseLevel::SoCap),
            6_000_000
        );
        assert_eq!(
            support_cap_vnd(&[NearPoorHousehold], CourseLevel::ShortCourse),
            2_500_000
        );
        assert_eq!(
            support_cap_vnd(&[EthnicMinority], CourseLevel::SoCap),
            3_000_000
        );
        assert_eq!(
            support_cap_vnd(&[PoorHousehold, EthnicMinority], CourseLevel::SoCap),
            4_000_000
        );
        // The decision covers elementary and short courses only.
        assert_eq!(support_cap_vnd(&[Disability], CourseLevel::TrungCap), 0);
    }
}
