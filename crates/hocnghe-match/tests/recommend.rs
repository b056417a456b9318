#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `recommend_courses` on hand-built cases where the right order is obvious.

mod fixtures;

use fixtures::*;
use hocnghe_domain::{CourseLevel, DeliveryMode, EducationLevel, LimitKind, StudyTime};
use hocnghe_match::{
    CompletedModule, Concern, CourseCandidate, CourseRecommendation, CreditsToward,
    DemandCandidate, HeldSkill, WorkerContext, recommend_courses,
};

fn recommend(
    worker: &WorkerContext,
    courses: &[CourseCandidate],
    demands: &[DemandCandidate],
) -> Vec<CourseRecommendation> {
    recommend_courses(worker, courses, demands, &catalog(), today(), 20)
}

fn ids(recs: &[CourseRecommendation]) -> Vec<i64> {
    recs.iter().map(|r| r.course_id).collect()
}

fn find(recs: &[CourseRecommendation], id: i64) -> &CourseRecommendation {
    recs.iter().find(|r| r.course_id == id).unwrap()
}

#[test]
fn a_worker_in_ba_vi_is_not_sent_60_km_when_an_equal_course_is_5_km_away() {
    let courses = [course(1, &["han_mig"], 60.0), course(2, &["han_mig"], 5.0)];
    let demands = [demand(10, &["han_mig"], &[], 8, 3.0)];
    let recs = recommend(&worker(), &courses, &demands);
    assert_eq!(ids(&recs), vec![2, 1]);
    let far = find(&recs, 1);
    assert_eq!(far.explanation.distance_km, Some(60.0));
    assert!(far.factors.distance <= 0.1, "{:?}", far.factors);
    assert!(matches!(
        far.explanation.concerns[0],
        Concern::TooFar { distance_km, max_travel_km } if distance_km == 60.0 && max_travel_km == 15.0
    ));
    assert!(
        far.explanation
            .summary_vi
            .contains("xa hơn quãng đường bạn có thể đi (15 km)")
    );
    assert!(
        far.explanation
            .summary_en
            .contains("farther than you can travel (15 km)")
    );
    let near = find(&recs, 2);
    assert_eq!(near.explanation.distance_km, Some(5.0));
    assert!(near.explanation.concerns.is_empty());
}

#[test]
fn a_course_for_skills_100_nearby_positions_need_beats_one_nobody_asks_for() {
    let courses = [course(1, &["trong_rau"], 2.0), course(2, &["han_mig"], 2.0)];
    let demands = [
        demand(10, &["han_mig"], &[], 60, 4.0),
        demand(11, &["han_mig"], &[], 40, 9.0),
    ];
    let recs = recommend(&worker(), &courses, &demands);
    assert_eq!(ids(&recs), vec![2, 1]);
    assert_eq!(find(&recs, 2).explanation.open_positions_nearby, 100);
    assert_eq!(find(&recs, 2).explanation.demands_nearby, 2);
    assert_eq!(find(&recs, 1).explanation.open_positions_nearby, 0);
    assert_eq!(find(&recs, 1).factors.demand, 1.0);
    assert!(
        find(&recs, 1)
            .explanation
            .summary_vi
            .contains("chưa có vị trí tuyển dụng nào trong bán kính 24 km")
    );
}

#[test]
fn demands_past_a_preferred_radius_fade_and_past_a_hard_one_do_not_count() {
    // The worker's radius is 15 km, a preference: demands count up to one
    // scale (5 km + a quarter of the radius) past it, fading.
    let courses = [course(1, &["han_mig"], 2.0)];
    let scale: f64 = 5.0 + 15.0 / 4.0;
    let demands = [demand(10, &["han_mig"], &[], 500, 24.5)];
    let recs = recommend(&worker(), &courses, &demands);
    let e = &recs[0].explanation;
    assert_eq!(e.open_positions_nearby, 0);
    assert_eq!(e.weighted_positions, 0.0);
    assert!(e.jobs_unlocked.is_empty());
    assert_eq!(recs[0].factors.demand, 1.0);

    let demands = [demand(10, &["han_mig"], &[], 500, 15.5)];
    let recs = recommend(&worker(), &courses, &demands);
    let e = &recs[0].explanation;
    assert_eq!(e.open_positions_nearby, 500);
    assert_eq!(e.demand_reach_km, 24.0);
    let faded = 500.0 * (-(15.5 - 15.0) / scale).exp();
    assert!(
        (e.weighted_positions - faded).abs() < 0.5,
        "{}",
        e.weighted_positions
    );

    // Just inside the radius it counts in full.
    let demands = [demand(10, &["han_mig"], &[], 500, 14.5)];
    let recs = recommend(&worker(), &courses, &demands);
    assert_eq!(recs[0].explanation.open_positions_nearby, 500);
    assert!((recs[0].explanation.weighted_positions - 500.0).abs() < 1e-9);

    // A hard radius does not bend.
    let mut w = worker();
    w.hard_limits = vec![LimitKind::Distance];
    let demands = [demand(10, &["han_mig"], &[], 500, 15.5)];
    let recs = recommend(&w, &courses, &demands);
    assert_eq!(recs[0].explanation.open_positions_nearby, 0);
    assert_eq!(recs[0].explanation.demand_reach_km, 15.0);
}

#[test]
fn courses_the_worker_cannot_take_rank_below_one_they_can_and_say_why() {
    let mut w = worker();
    w.max_fee_vnd = Some(2_000_000);
    w.study_times = vec![StudyTime::Weekday, StudyTime::Weekend];
    w.free_months = vec![1, 2, 3, 4, 5, 11, 12];

    let ok = course(1, &["han_mig"], 5.0);
    let mut dear = course(2, &["han_mig"], 5.0);
    dear.fee_vnd = 3_500_000;
    dear.subsidy_vnd = 500_000;
    let mut prereq = course(3, &["han_mig"], 5.0);
    prereq.modules[0].prerequisites = vec!["MĐ-HAN-CB".into()];
    let mut evening = course(4, &["han_mig"], 5.0);
    evening.schedule = StudyTime::Evening;
    let mut harvest = course(5, &["han_mig"], 5.0);
    harvest.start_date = date(2026, 6, 1);
    harvest.weeks = 12; // 1 June – 23 August: June, July, August, all busy
    let mut college = course(6, &["han_mig"], 5.0);
    college.level = CourseLevel::CaoDang;

    let courses = [college, harvest, evening, prereq, dear, ok];
    let demands = [demand(10, &["han_mig"], &[], 20, 3.0)];
    let mut lower_secondary = w.clone();
    lower_secondary.education = EducationLevel::LowerSecondary;
    let recs = recommend(&lower_secondary, &courses, &demands);
    assert_eq!(recs[0].course_id, 1, "{:?}", ids(&recs));
    assert!(recs[0].explanation.concerns.is_empty());
    for r in &recs[1..] {
        assert!(r.score < recs[0].score / 3.0, "{} {}", r.course_id, r.score);
        assert_eq!(
            r.explanation.concerns.len(),
            1,
            "{:?}",
            r.explanation.concerns
        );
        assert!(r.explanation.summary_vi.contains(" Lưu ý: "));
        assert!(r.explanation.summary_en.contains(" Note: "));
    }

    let dear = &find(&recs, 2).explanation;
    assert!(!dear.within_budget);
    assert_eq!(dear.fee_after_subsidy_vnd, 3_000_000);
    assert!(
        dear.summary_vi
            .contains("học phí 3.000.000 đ vượt mức bạn có thể trả (2.000.000 đ)")
    );
    assert!(
        dear.summary_en
            .contains("VND 3,000,000 is more than you can pay (VND 2,000,000)")
    );

    let prereq = &find(&recs, 3).explanation;
    assert_eq!(prereq.prerequisites_missing, vec!["MĐ-HAN-CB".to_owned()]);
    assert!(
        prereq
            .summary_vi
            .contains("cần học trước mô-đun: MĐ-HAN-CB")
    );

    let evening = &find(&recs, 4).explanation;
    assert!(!evening.schedule_fit);
    assert!(
        evening
            .summary_vi
            .contains("lịch học (buổi tối) không trùng thời gian bạn rảnh")
    );
    assert!(evening.summary_en.contains("it meets on evenings"));

    let harvest = &find(&recs, 5).explanation;
    assert_eq!(harvest.season_fit, 0.0);
    assert_eq!(
        harvest.concerns,
        vec![Concern::Season {
            free_months: 0,
            course_months: 3,
            busy_months: vec![6, 7, 8]
        }]
    );
    assert!(harvest.summary_vi.contains("chỉ 0/3 tháng học"));
    assert!(harvest.summary_en.contains("busy in June, July, August"));

    let college = &find(&recs, 6).explanation;
    assert!(!college.level_fit);
    assert!(
        college
            .summary_vi
            .contains("trình độ cao đẳng yêu cầu tốt nghiệp trung học phổ thông")
    );

    // With upper secondary schooling the college course is fine.
    let recs = recommend(&w, &courses, &demands);
    assert!(find(&recs, 6).explanation.level_fit);
    assert_eq!(find(&recs, 6).score, find(&recs, 1).score);
    assert_eq!(recs[0].course_id, 1, "equal scores fall to the lower id");
}

#[test]
fn half_free_season_counts_half() {
    let mut w = worker();
    w.free_months = vec![4];
    // 1 April for 8 weeks ends 26 May: 30 days in April (free), 26 in May
    // (busy); the share counts days.
    let recs = recommend(&w, &[course(1, &["han_mig"], 1.0)], &[]);
    let e = &recs[0].explanation;
    assert_eq!(e.season_fit, 30.0 / 56.0);
    assert!((recs[0].factors.season - (0.2 + 0.8 * 30.0 / 56.0)).abs() < 1e-12);
    assert!(
        e.summary_vi
            .contains("chỉ 1/2 tháng học rơi vào lúc bạn rảnh việc đồng áng (bận tháng 5)")
    );
}

#[test]
fn prerequisites_are_met_by_code_by_skills_or_within_the_course() {
    let mut basic = course(1, &["han_mig"], 3.0);
    basic.modules[0].code = "HAN-CB".into();
    let mut advanced = course(2, &["han_tig"], 3.0);
    advanced.modules = vec![
        module("M1", 2, &["doc_ban_ve"]),
        module("M2", 3, &["han_tig"]),
    ];
    advanced.modules[1].prerequisites = vec!["M1".into(), "HAN-CB".into()];
    let courses = [basic, advanced];

    let recs = recommend(&worker(), &courses, &[]);
    assert_eq!(
        find(&recs, 2).explanation.prerequisites_missing,
        vec!["HAN-CB"]
    );

    // Completed a module with that code.
    let mut w = worker();
    w.completed_modules = vec![CompletedModule {
        code: "HAN-CB".into(),
        credits: 2,
        skills: vec![],
        certificate: None,
        course_id: None,
    }];
    let recs = recommend(&w, &courses, &[]);
    assert!(find(&recs, 2).explanation.prerequisites_missing.is_empty());

    // Completed another module that teaches the same skills.
    w.completed_modules = vec![CompletedModule {
        code: "X-77".into(),
        credits: 2,
        skills: vec!["han_mig".into(), "an_toan".into()],
        certificate: None,
        course_id: None,
    }];
    let recs = recommend(&w, &courses, &[]);
    assert!(find(&recs, 2).explanation.prerequisites_missing.is_empty());
    assert_eq!(find(&recs, 2).factors.prerequisites, 1.0);
    // Whatever the order the courses come in.
    let reversed = [courses[1].clone(), courses[0].clone()];
    let again = recommend(&w, &reversed, &[]);
    assert_eq!(find(&again, 2).factors, find(&recs, 2).factors);
}

#[test]
fn skills_the_worker_already_holds_are_not_gained() {
    let mut w = worker();
    w.skills = vec![
        HeldSkill::certified("han_mig"),
        HeldSkill::self_reported("an_toan"),
    ];
    let courses = [course(1, &["han_mig", "han_tig", "an_toan"], 2.0)];
    let demands = [
        demand(10, &["han_mig"], &[], 50, 3.0),
        demand(11, &["han_tig"], &[], 7, 3.0),
    ];
    let recs = recommend(&w, &courses, &demands);
    let e = &recs[0].explanation;
    let gained: Vec<&str> = e.skills_gained.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(gained, vec!["han_tig"]);
    assert_eq!(e.open_positions_nearby, 7);
    assert_eq!(e.weighted_positions, 7.0);
    assert!(
        e.summary_vi
            .contains("Học 1 kỹ năng mới (Hàn TIG) mà 7 vị trí tuyển dụng")
    );
    assert!(
        e.summary_en
            .contains("Learn 1 new skill (TIG welding) that 7 open positions within 24 km need")
    );

    // A course teaching only held skills, with no certificate to gain, is
    // no advice at all.
    let recs = recommend(&w, &[course(2, &["han_mig"], 2.0)], &demands);
    assert!(recs.is_empty());
    // With a certificate the worker lacks, it certifies what they can do.
    let mut certifying = course(3, &["han_mig"], 2.0);
    certifying.certificate = Some("Chứng chỉ Hàn".into());
    let recs = recommend(&w, &[certifying], &demands);
    assert!(recs[0].explanation.skills_gained.is_empty());
    assert_eq!(recs[0].factors.demand, 1.0);
    assert!(
        recs[0]
            .explanation
            .summary_vi
            .starts_with("Khóa học không dạy thêm kỹ năng nào bạn chưa có")
    );
}

#[test]
fn online_courses_ignore_distance() {
    let mut online = course(1, &["han_mig"], 120.0);
    online.delivery_mode = DeliveryMode::Online;
    let near = course(2, &["han_mig"], 4.0);
    let recs = recommend(
        &worker(),
        &[near, online],
        &[demand(10, &["han_mig"], &[], 5, 1.0)],
    );
    assert_eq!(ids(&recs), vec![1, 2]);
    let e = &recs[0].explanation;
    assert_eq!(e.distance_km, None);
    assert_eq!(recs[0].factors.distance, 1.0);
    assert!(e.concerns.is_empty());
    assert!(e.summary_vi.contains("; học trực tuyến;"));
    assert!(e.summary_en.contains("; online;"));
}

#[test]
fn credits_toward_a_begun_certificate_are_counted_and_reported() {
    let cert = "Chứng chỉ sơ cấp Điện dân dụng";
    let mut c = course(1, &[], 3.0);
    c.certificate = Some(cert.into());
    c.modules = vec![
        module("MĐ01", 4, &["an_toan", "doc_ban_ve"]),
        module("MĐ02", 8, &["dien_dan_dung"]),
        module("MĐ03", 8, &["sua_dien"]),
    ];
    let mut w = worker();
    w.completed_modules = vec![
        // Same certificate, same code (its skills alone would not match).
        CompletedModule {
            code: "MĐ01".into(),
            credits: 4,
            skills: vec!["an_toan".into()],
            certificate: Some(cert.into()),
            course_id: Some(77),
        },
        // Another programme's module that teaches the same skill.
        CompletedModule {
            code: "ĐIỆN-2".into(),
            credits: 6,
            skills: vec!["dien_dan_dung".into()],
            certificate: Some("Chứng chỉ Thợ điện".into()),
            course_id: None,
        },
    ];
    let other = course(2, &["sua_dien"], 3.0);
    let recs = recommend(&w, &[c, other], &[]);
    let e = &find(&recs, 1).explanation;
    assert_eq!(
        e.credits_toward,
        Some(CreditsToward {
            certificate: cert.into(),
            earned: 12,
            required: 20
        })
    );
    assert!((find(&recs, 1).factors.credits - 1.3).abs() < 1e-12);
    assert!(
        e.summary_en
            .contains("12 of 20 credits toward Chứng chỉ sơ cấp Điện dân dụng")
    );
    assert!(
        e.summary_vi
            .contains("bạn đã có 12/20 tín chỉ của Chứng chỉ sơ cấp Điện dân dụng")
    );
    // Completed modules' skills count as held.
    let gained: Vec<&str> = e.skills_gained.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(gained, vec!["doc_ban_ve", "sua_dien"]);
    assert_eq!(recs[0].course_id, 1, "the begun certificate comes first");
    assert_eq!(find(&recs, 2).explanation.credits_toward, None);
}

#[test]
fn jobs_unlocked_lists_exactly_the_demands_whose_missing_essentials_are_covered() {
    let mut w = worker();
    w.skills = vec![HeldSkill::self_reported("an_toan")];
    let courses = [course(1, &["han_mig", "doc_ban_ve"], 2.0)];
    let mut expired = demand(15, &["han_mig"], &[], 9, 2.0);
    expired.expires_on = Some(date(2026, 2, 28));
    let demands = [
        demand(11, &["an_toan", "han_mig"], &[], 3, 6.0), // unlocked
        demand(12, &["han_mig", "han_tig"], &[], 4, 2.0), // han_tig still missing
        demand(13, &["an_toan"], &["doc_ban_ve"], 5, 2.0), // already open to the worker
        demand(14, &["han_mig"], &[], 6, 40.0),           // too far
        expired,
        demand(16, &["doc_ban_ve"], &["han_tig"], 2, 1.0), // unlocked (optional gap stays)
        demand(17, &["may_cn"], &[], 100, 1.0),            // unrelated
    ];
    let recs = recommend(&w, &courses, &demands);
    let e = &recs[0].explanation;
    let unlocked: Vec<(i64, f64)> = e
        .jobs_unlocked
        .iter()
        .map(|j| (j.demand_id, j.distance_km))
        .collect();
    assert_eq!(unlocked, vec![(16, 1.0), (11, 6.0)]);
    assert_eq!(e.open_positions_nearby, 3 + 4 + 5 + 2);
    assert_eq!(e.demands_nearby, 4);
    // Weighted: 11 gives 3 (its one missing essential), 12 half of 4, 13 its
    // optional 0.4 × 5, 16 its essential 2.
    assert!((e.weighted_positions - (3.0 + 2.0 + 2.0 + 2.0)).abs() < 1e-9);
    assert!(e.summary_vi.contains("mở ra 2 việc làm"));
    assert!(e.summary_en.contains("unlocks 2 jobs"));
}

#[test]
fn explanation_numbers_and_summaries_are_exactly_what_the_fixtures_imply() {
    let mut c = course(1, &[], 5.2);
    c.modules = vec![
        module("MĐ01", 2, &["an_toan", "doc_ban_ve"]),
        module("MĐ02", 4, &["han_mig", "han_tig"]),
    ];
    c.fee_vnd = 1_500_000;
    c.subsidy_vnd = 300_000;
    let demands = [
        demand(10, &["han_mig"], &[], 25, 3.0),
        demand(11, &["han_mig", "doc_ban_ve"], &["ban_hang"], 12, 8.0),
        demand(12, &["han_mig"], &[], 50, 30.0),
    ];
    let recs = recommend(&worker(), &[c], &demands);
    let r = &recs[0];
    let e = &r.explanation;
    assert_eq!(e.open_positions_nearby, 37);
    assert_eq!(e.demands_nearby, 2);
    assert_eq!(e.distance_km, Some(5.2));
    assert_eq!(e.fee_after_subsidy_vnd, 1_200_000);
    assert!(e.within_budget);
    assert!(e.schedule_fit);
    assert_eq!(e.season_fit, 1.0);
    let positions: Vec<(&str, i64)> = e
        .skills_gained
        .iter()
        .map(|s| (s.code.as_str(), s.positions_nearby))
        .collect();
    assert_eq!(
        positions,
        vec![
            ("han_mig", 37),
            ("doc_ban_ve", 12),
            ("an_toan", 0),
            ("han_tig", 0)
        ]
    );
    // 25 (10 in full) + 12 (11's two missing essentials both taught; its
    // optional ban_hang is not).
    assert!((e.weighted_positions - 37.0).abs() < 1e-9);
    assert!((r.factors.demand - (1.0 + 0.5 * 38f64.ln())).abs() < 1e-9);
    assert!((r.factors.distance - (1.0 - 0.4 * 5.2 / 15.0)).abs() < 1e-6);
    assert_eq!(
        e.summary_vi,
        "Nghề đang cần người gần bạn. Học 4 kỹ năng mới (Hàn MIG, Đọc bản vẽ, An toàn lao động, …) mà 37 vị trí tuyển dụng \
         trong bán kính 24 km đang cần; mở ra 2 việc làm; cách nhà 5,2 km; học phí sau hỗ trợ 1.200.000 đ."
    );
    assert_eq!(
        e.summary_en,
        "A trade employers near you need. Learn 4 new skills (MIG welding, Reading drawings, Occupational safety, …) that 37 open \
         positions within 24 km need; unlocks 2 jobs; 5.2 km from home; fee after subsidy VND 1,200,000."
    );
}

#[test]
fn score_is_the_product_of_the_returned_factors() {
    let mut w = worker();
    w.max_fee_vnd = Some(100_000);
    w.occupations_of_interest = vec!["welder".into()];
    let mut c = course(1, &["han_mig", "han_tig"], 20.0);
    c.fee_vnd = 400_000;
    c.occupation_code = Some("welder".into());
    let recs = recommend(
        &w,
        &[c],
        &[demand(10, &["han_mig", "han_tig"], &["an_toan"], 9, 2.0)],
    );
    let r = &recs[0];
    assert!((r.score - r.factors.product()).abs() < 1e-9);
    assert_eq!(r.factors.interest, 4.0);
    // Four times the budget: the floor.
    assert!((r.factors.fee - 0.03).abs() < 1e-12);
    assert!(r.factors.distance < 0.6);
}

#[test]
fn courses_that_start_in_the_past_are_left_out() {
    let mut past = course(1, &["han_mig"], 1.0);
    past.start_date = date(2026, 2, 28);
    let mut starts_today = course(2, &["han_mig"], 1.0);
    starts_today.start_date = today();
    let recs = recommend(&worker(), &[past, starts_today], &[]);
    assert_eq!(ids(&recs), vec![2]);
}

#[test]
fn a_certificate_already_held_is_never_recommended() {
    let mut w = worker();
    w.certificates = vec!["Chứng chỉ Hàn".into()];
    let mut held = course(1, &["han_mig"], 1.0);
    held.certificate = Some("Chứng chỉ Hàn".into());
    let other = course(2, &["han_mig"], 1.0);
    let recs = recommend(&w, &[held, other], &[]);
    assert_eq!(ids(&recs), vec![2]);
}

#[test]
fn limit_bounds_the_list_and_zero_means_none() {
    let courses: Vec<_> = (1..=30).map(|i| course(i, &["han_mig"], 1.0)).collect();
    let recs = recommend_courses(&worker(), &courses, &[], &catalog(), today(), 5);
    assert_eq!(ids(&recs), vec![1, 2, 3, 4, 5]);
    assert!(recommend_courses(&worker(), &courses, &[], &catalog(), today(), 0).is_empty());
}

#[test]
fn wages_above_the_local_median_weigh_more() {
    let mut rich = demand(10, &["han_mig"], &[], 10, 2.0);
    rich.wage_min_vnd = Some(12_000_000);
    rich.wage_max_vnd = Some(14_000_000);
    let mut poor = demand(11, &["han_tig"], &[], 10, 2.0);
    poor.wage_min_vnd = Some(6_000_000);
    poor.wage_max_vnd = Some(8_000_000);
    let courses = [course(1, &["han_tig"], 2.0), course(2, &["han_mig"], 2.0)];
    let recs = recommend(&worker(), &courses, &[rich, poor]);
    // Median of 13M and 7M is 10M: factors 1.3 and 0.7.
    assert_eq!(ids(&recs), vec![2, 1]);
    assert!((recs[0].explanation.weighted_positions - 13.0).abs() < 1e-9);
    assert!((recs[1].explanation.weighted_positions - 7.0).abs() < 1e-9);
}

#[test]
fn results_serialise_to_json() {
    let recs = recommend(&worker(), &[course(1, &["han_mig"], 1.0)], &[]);
    let json = serde_json::to_value(&recs).unwrap();
    assert_eq!(json[0]["course_id"], 1);
    assert!(json[0]["factors"]["demand"].is_number());
    assert!(json[0]["explanation"]["distance_km"].is_number());
}
