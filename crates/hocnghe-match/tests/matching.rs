#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `match_jobs`, `rank_candidates` and `occupation_gap` on hand-built cases.

mod fixtures;

use fixtures::*;
use hocnghe_domain::{DeliveryMode, EmploymentType, Importance, LimitKind, StudyTime};
use hocnghe_match::{
    Concern, HeldSkill, JobMatch, Location, OccupationSkills, match_jobs, occupation_gap,
    rank_candidates,
};

fn codes(skills: &[impl AsRef<str>]) -> Vec<String> {
    skills.iter().map(|s| s.as_ref().to_owned()).collect()
}

fn job_ids(m: &[JobMatch]) -> Vec<i64> {
    m.iter().map(|j| j.demand_id).collect()
}

#[test]
fn match_jobs_orders_100_over_75_over_50_percent_and_lists_what_is_missing() {
    let mut w = worker();
    w.skills = held(&["han_mig", "doc_ban_ve", "an_toan"]);
    let mut half = demand(50, &["han_mig", "may_cn"], &[], 20, 0.5);
    half.wage_min_vnd = Some(20_000_000);
    half.wage_max_vnd = Some(20_000_000);
    let mut full = demand(100, &["han_mig", "doc_ban_ve"], &["han_tig"], 2, 12.0);
    full.employment_type = EmploymentType::Seasonal;
    let mut three_quarters = demand(
        75,
        &["han_mig", "doc_ban_ve", "an_toan", "han_tig"],
        &["ban_hang"],
        4,
        6.3,
    );
    three_quarters.wage_min_vnd = Some(8_000_000);
    three_quarters.wage_max_vnd = Some(10_000_000);
    let demands = [half, three_quarters, full];

    let tig_far = course(1, &["han_tig"], 9.0);
    let tig_near = course(2, &["han_tig", "an_toan"], 4.1);
    let mut tig_too_far = course(3, &["han_tig"], 30.0);
    tig_too_far.title = "Hàn TIG xa".into();
    let sewing = course(4, &["may_cn"], 2.0);
    let courses = [tig_far, tig_near, tig_too_far, sewing];

    let matches = match_jobs(&w, &demands, &courses, &catalog(), today(), 10);
    assert_eq!(job_ids(&matches), vec![100, 75, 50]);
    let pcts: Vec<u8> = matches.iter().map(|m| m.essential_match_pct).collect();
    assert_eq!(pcts, vec![100, 75, 50]);

    let m75 = &matches[1];
    assert_eq!(m75.optional_match_pct, 0);
    let missing: Vec<(&str, Importance)> = m75
        .missing_skills
        .iter()
        .map(|s| (s.code.as_str(), s.importance))
        .collect();
    assert_eq!(
        missing,
        vec![
            ("han_tig", Importance::Essential),
            ("ban_hang", Importance::Optional)
        ]
    );
    let matched: Vec<&str> = m75.matched_skills.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(matched, vec!["han_mig", "doc_ban_ve", "an_toan"]);
    assert_eq!(m75.distance_km, 6.3);

    let suggested: Vec<(i64, Option<f64>, bool)> = m75
        .courses
        .iter()
        .map(|c| (c.course_id, c.distance_km, c.feasible))
        .collect();
    assert_eq!(
        suggested,
        vec![
            (2, Some(4.1), true),
            (1, Some(9.0), true),
            (3, Some(30.0), false)
        ]
    );
    assert_eq!(
        codes(
            &m75.courses[0]
                .teaches
                .iter()
                .map(|s| &s.code)
                .collect::<Vec<_>>()
        ),
        vec!["han_tig"]
    );
    assert!(matches!(m75.courses[2].concerns[0], Concern::TooFar { .. }));
    assert_eq!(
        m75.summary_vi,
        "Bạn có 3/4 kỹ năng bắt buộc (75%); còn thiếu: Hàn TIG. Nơi làm việc cách 6,3 km; \
         lương 8.000.000–10.000.000 đ/tháng. Khóa gần nhất dạy Hàn TIG: Khóa 2 (Trung tâm GDNN Ba Vì), cách 4,1 km."
    );
    assert_eq!(
        m75.summary_en,
        "You have 3 of 4 essential skills (75%); missing: TIG welding. The workplace is 6.3 km away; \
         wage VND 8,000,000–10,000,000/month. Nearest course teaching TIG welding: Khóa 2 (Trung tâm GDNN Ba Vì), 4.1 km away."
    );

    let m100 = &matches[0];
    assert!(
        m100.summary_vi
            .starts_with("Bạn có 2/2 kỹ năng bắt buộc (100%); nên có thêm: Hàn TIG.")
    );
    assert_eq!(m100.courses[0].course_id, 2);
    let m50 = &matches[2];
    assert_eq!(m50.courses.len(), 1);
    assert_eq!(m50.courses[0].course_id, 4);
}

#[test]
fn expired_jobs_and_jobs_beyond_a_hard_radius_are_left_out() {
    let mut w = worker();
    w.skills = held(&["han_mig"]);
    let mut expired = demand(1, &["han_mig"], &[], 3, 1.0);
    expired.expires_on = Some(date(2026, 2, 28));
    let mut last_day = demand(2, &["han_mig"], &[], 3, 1.0);
    last_day.expires_on = Some(today());
    let mut open_ended = demand(3, &["han_mig"], &[], 3, 1.0);
    open_ended.expires_on = None;
    let far = demand(4, &["han_mig"], &[], 3, 16.0);
    let too_far = demand(5, &["han_mig"], &[], 3, 40.0);
    let all = [expired, last_day, open_ended, far, too_far];
    // A 15 km radius the worker can bend: the job 1 km beyond is shown
    // last, flagged; one far beyond is not.
    let matches = match_jobs(&w, &all, &[], &catalog(), today(), 10);
    assert_eq!(job_ids(&matches), vec![2, 3, 4]);
    assert!(matches[0].within_radius && !matches[2].within_radius);
    assert!(
        matches[2]
            .summary_vi
            .contains("xa hơn quãng đường bạn muốn đi")
    );
    // The same radius as a hard limit.
    w.hard_limits = vec![LimitKind::Distance];
    let matches = match_jobs(&w, &all, &[], &catalog(), today(), 10);
    assert_eq!(job_ids(&matches), vec![2, 3]);
}

#[test]
fn at_equal_coverage_nearer_better_paid_and_certified_come_first() {
    let mut w = worker();
    w.skills = vec![HeldSkill::certified("han_mig")];
    let near = demand(1, &["han_mig"], &[], 1, 2.0);
    let far = demand(2, &["han_mig"], &[], 1, 10.0);
    let matches = match_jobs(
        &w,
        &[far.clone(), near.clone()],
        &[],
        &catalog(),
        today(),
        10,
    );
    assert_eq!(job_ids(&matches), vec![1, 2]);

    let mut paid = far.clone();
    paid.id = 3;
    paid.wage_min_vnd = Some(12_000_000);
    let mut cheap = far;
    cheap.id = 4;
    cheap.wage_min_vnd = Some(6_000_000);
    let matches = match_jobs(&w, &[cheap, paid], &[], &catalog(), today(), 10);
    assert_eq!(job_ids(&matches), vec![3, 4]);
}

#[test]
fn match_jobs_suggests_online_courses_without_distance() {
    let mut w = worker();
    w.study_times = vec![StudyTime::Evening];
    let mut online = course(7, &["ban_hang"], 80.0);
    online.delivery_mode = DeliveryMode::Online;
    online.schedule = StudyTime::Evening;
    let weekday = course(8, &["ban_hang"], 1.0);
    let matches = match_jobs(
        &w,
        &[demand(1, &["ban_hang"], &[], 2, 3.0)],
        &[weekday, online],
        &catalog(),
        today(),
        5,
    );
    let c: Vec<(i64, Option<f64>, bool)> = matches[0]
        .courses
        .iter()
        .map(|c| (c.course_id, c.distance_km, c.feasible))
        .collect();
    assert_eq!(c, vec![(7, None, true), (8, Some(1.0), false)]);
    assert!(
        matches[0]
            .summary_vi
            .ends_with("Khóa 7 (Trung tâm GDNN Ba Vì), học trực tuyến.")
    );
    assert_eq!(matches[0].essential_match_pct, 0);
}

#[test]
fn candidates_rank_by_coverage_then_distance_and_must_reach_the_job() {
    let job = demand(1, &["han_mig", "han_tig"], &["doc_ban_ve"], 3, 0.0);
    let workers = [
        candidate(10, held(&["han_mig"]), 2.0, 20.0),
        candidate(11, held(&["han_mig", "han_tig"]), 12.0, 20.0),
        candidate(12, held(&["han_mig", "han_tig", "doc_ban_ve"]), 25.0, 20.0), // cannot reach
        candidate(13, held(&["han_mig", "han_tig"]), 3.0, 20.0),
        candidate(
            14,
            vec![
                HeldSkill::certified("han_mig"),
                HeldSkill::certified("han_tig"),
            ],
            12.0,
            20.0,
        ),
    ];
    let ranked = rank_candidates(&job, &workers, &catalog(), 10);
    let ids: Vec<i64> = ranked.iter().map(|c| c.worker_id).collect();
    assert_eq!(ids, vec![13, 14, 11, 10]);
    let last = &ranked[3];
    assert_eq!(last.essential_match_pct, 50);
    assert_eq!(
        codes(
            &last
                .missing_skills
                .iter()
                .map(|s| &s.code)
                .collect::<Vec<_>>()
        ),
        vec!["han_tig", "doc_ban_ve"]
    );
    assert_eq!(
        last.summary_vi,
        "Có 1/2 kỹ năng bắt buộc (50%); còn thiếu: Hàn TIG; cách nơi làm việc 2,0 km."
    );
    assert_eq!(
        ranked[1].summary_en,
        "Has 2 of 2 essential skills (100%), 2 certified; 12.0 km from the workplace."
    );
}

#[test]
fn an_applicant_beyond_their_own_radius_is_still_listed_after_those_with_more_skills() {
    let job = demand(1, &["han_mig", "han_tig"], &[], 3, 0.0);
    let mut far = candidate(20, held(&["han_mig", "han_tig"]), 25.0, 20.0);
    let near = candidate(21, held(&["han_mig"]), 2.0, 20.0);
    assert!(rank_candidates(&job, std::slice::from_ref(&far), &catalog(), 10).is_empty());
    far.applied = true;
    let ranked = rank_candidates(&job, &[near, far], &catalog(), 10);
    let ids: Vec<i64> = ranked.iter().map(|c| c.worker_id).collect();
    assert_eq!(ids, vec![20, 21], "coverage first, whatever the distance");
    assert_eq!(ranked[0].distance_km, 25.0);
    assert_eq!(ranked[0].essential_match_pct, 100);
}

#[test]
fn occupation_gap_lists_missing_skills_courses_and_a_small_cover() {
    let from = OccupationSkills {
        essential: codes(&["han_mig", "an_toan"]),
        optional: codes(&["doc_ban_ve"]),
    };
    let to = OccupationSkills {
        essential: codes(&["an_toan", "dien_dan_dung", "sua_dien", "han_tig"]),
        optional: codes(&["doc_ban_ve", "ban_hang"]),
    };
    let mut past = course(1, &["dien_dan_dung", "sua_dien", "han_tig"], 1.0);
    past.start_date = date(2026, 1, 1);
    let courses = [
        past,
        course(2, &["dien_dan_dung"], 2.0),
        course(3, &["dien_dan_dung", "sua_dien", "ban_hang"], 8.0),
        course(4, &["han_tig"], 5.0),
        course(5, &["dien_dan_dung", "sua_dien"], 3.0),
        course(6, &["ban_hang"], 1.0),
    ];
    let gap = occupation_gap(
        &from,
        &to,
        &courses,
        &catalog(),
        Some(Location::new(BA_VI.0, BA_VI.1)),
        today(),
        10,
    );
    let shared: Vec<(&str, Importance)> = gap
        .shared_skills
        .iter()
        .map(|s| (s.code.as_str(), s.importance))
        .collect();
    assert_eq!(
        shared,
        vec![
            ("an_toan", Importance::Essential),
            ("doc_ban_ve", Importance::Optional)
        ]
    );
    let missing: Vec<&str> = gap.missing_skills.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(
        missing,
        vec!["dien_dan_dung", "sua_dien", "han_tig", "ban_hang"]
    );
    let ranked: Vec<i64> = gap.courses.iter().map(|c| c.course_id).collect();
    // 5 and 3 both teach two essentials; 3 adds an optional. Then the one-essential courses by distance.
    assert_eq!(ranked, vec![3, 5, 2, 4, 6]);
    let cover: Vec<i64> = gap.cover.iter().map(|c| c.course_id).collect();
    assert_eq!(cover, vec![3, 4]);
    assert!(gap.uncovered_essential.is_empty());
    assert_eq!(
        gap.summary_vi,
        "Nghề mới cần 6 kỹ năng; bạn đã có 2, còn thiếu 4 (3 bắt buộc). 2 khóa học đủ để học tất cả kỹ năng bắt buộc còn thiếu."
    );
    assert_eq!(
        gap.summary_en,
        "The new occupation needs 6 skills; you have 2 and lack 4 (3 essential). 2 courses cover all the missing essential skills."
    );

    // Without a location, distance plays no part; a skill no course teaches is reported.
    let to = OccupationSkills {
        essential: codes(&["han_tig", "may_cn"]),
        optional: vec![],
    };
    let gap = occupation_gap(&from, &to, &courses, &catalog(), None, today(), 10);
    assert_eq!(gap.courses[0].distance_km, None);
    assert_eq!(gap.cover.len(), 1);
    assert_eq!(gap.uncovered_essential[0].code, "may_cn");
    assert!(
        gap.summary_en
            .ends_with("No course teaches: Industrial sewing.")
    );
}
