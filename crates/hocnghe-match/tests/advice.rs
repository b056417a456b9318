#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Orderings a counsellor would demand: the person's chosen trade before
//! local demand, soft limits that rank lower but keep a course, hard limits
//! that exclude it, one card per course, and plain words when nothing fits.

mod fixtures;

use fixtures::*;
use hocnghe_domain::{
    AccessNeed, CourseLevel, DeliveryMode, LimitKind, StudyTime, SupportCategory, WorkerGoal,
};
use hocnghe_match::{
    CourseAdvice, CourseCandidate, HeldSkill, Relations, SkillCatalog, TradeFit, WorkerContext,
    advise_courses, match_jobs,
};

fn electrician() -> WorkerContext {
    let mut w = worker();
    w.occupations_of_interest = vec!["tho-dien".into()];
    w.goal = Some(WorkerGoal::WageJob);
    w.max_fee_vnd = Some(2_000_000);
    w
}

fn electrics(id: i64, km: f64) -> CourseCandidate {
    let mut c = course(id, &["dien_dan_dung", "sua_dien"], km);
    c.title = "Điện dân dụng".into();
    c.occupation_code = Some("tho-dien".into());
    c
}

fn sewing(id: i64, km: f64) -> CourseCandidate {
    let mut c = course(id, &["may_cn"], km);
    c.title = "May công nghiệp".into();
    c.provider_name = "Công ty May Ba Vì".into();
    c.occupation_code = Some("tho-may".into());
    c
}

fn advise(w: &WorkerContext, courses: &[CourseCandidate]) -> CourseAdvice {
    // Forty sewing jobs nearby, none for electricians.
    let demands = [demand(10, &["may_cn"], &[], 40, 2.0)];
    advise_courses(w, courses, &demands, &catalog(), today(), 10)
}

/// The demand ids of the worker's job matches, best first.
fn job_ids(w: &WorkerContext, demands: &[hocnghe_match::DemandCandidate]) -> Vec<i64> {
    match_jobs(w, demands, &[], &catalog(), today(), 10)
        .iter()
        .map(|j| j.demand_id)
        .collect()
}

fn ids(list: &[hocnghe_match::CourseRecommendation]) -> Vec<i64> {
    list.iter().map(|r| r.course_id).collect()
}

#[test]
fn the_chosen_trade_comes_before_local_demand_and_other_trades_are_apart() {
    let advice = advise(&electrician(), &[sewing(1, 1.0), electrics(2, 12.0)]);
    assert_eq!(ids(&advice.items), vec![2]);
    assert_eq!(advice.chosen_trade_fits, Some(true));
    assert_eq!(ids(&advice.other_trades_in_demand), vec![1]);
    let other = &advice.other_trades_in_demand[0].explanation;
    assert_eq!(other.reason_vi, "Nghề khác đang cần nhiều người gần bạn");
    assert!(
        advice.items[0]
            .explanation
            .summary_vi
            .starts_with("Đúng nghề bạn chọn.")
    );

    // Someone who chose no trade gets the trade in demand first.
    let advice = advise(&worker(), &[sewing(1, 1.0), electrics(2, 12.0)]);
    assert_eq!(ids(&advice.items), vec![1, 2]);
    assert_eq!(advice.chosen_trade_fits, None);
}

#[test]
fn a_course_a_little_over_a_soft_budget_stays_first_and_says_so() {
    let mut dear = electrics(1, 2.0);
    dear.fee_vnd = 2_200_000;
    let advice = advise(&electrician(), &[dear.clone(), sewing(2, 1.0)]);
    assert_eq!(ids(&advice.items), vec![1]);
    let e = &advice.items[0].explanation;
    assert!(!e.within_budget && !e.fits);
    assert!(e.summary_vi.contains("vượt mức bạn có thể trả"));

    // The same budget as a hard limit: not recommended, but named first as
    // the closest course of the trade, with what stands in the way.
    let mut w = electrician();
    w.hard_limits = vec![LimitKind::Budget];
    let advice = advise(&w, &[dear, sewing(2, 1.0)]);
    assert_eq!(advice.chosen_trade_fits, Some(false));
    assert_eq!(ids(&advice.closest_in_chosen_trade), vec![1]);
    assert!(
        advice
            .notice_vi
            .as_deref()
            .unwrap()
            .starts_with("Chưa có khóa học nào")
    );
    // Sewing is no stand-in for electrics: not on the list, but apart, as
    // another trade employers nearby need.
    assert!(advice.items.is_empty(), "{:?}", ids(&advice.items));
    assert_eq!(ids(&advice.other_trades_in_demand), vec![2]);
    assert!(
        advice
            .notice_vi
            .as_deref()
            .unwrap()
            .ends_with("Tiếp theo là các lựa chọn khác.")
    );
}

#[test]
fn study_times_and_delivery_decide_when_hard_and_rank_when_soft() {
    let mut w = electrician();
    w.study_times = vec![StudyTime::Evening];
    let mut evening = electrics(1, 10.0);
    evening.schedule = StudyTime::Evening;
    evening.title = "Điện dân dụng (lớp tối)".into();
    let day = electrics(2, 1.0);
    // Soft: the evening class first though farther; the day class still listed.
    let advice = advise(&w, &[day.clone(), evening.clone()]);
    assert_eq!(ids(&advice.items), vec![1, 2]);
    // Hard: the day class is gone.
    w.hard_limits = vec![LimitKind::Schedule];
    assert_eq!(ids(&advise(&w, &[day, evening.clone()]).items), vec![1]);

    // Online only, as a hard limit: an in-person course is never offered.
    let mut w = electrician();
    w.delivery_modes = vec![DeliveryMode::Online];
    w.hard_limits = vec![LimitKind::Delivery];
    let mut online = electrics(3, 40.0);
    online.delivery_mode = DeliveryMode::Online;
    online.title = "Điện dân dụng trực tuyến".into();
    assert_eq!(ids(&advise(&w, &[evening, online]).items), vec![3]);
}

#[test]
fn a_course_offered_in_several_intakes_is_one_card_naming_the_others() {
    let mut w = electrician();
    w.free_months = vec![8, 9];
    let spring = electrics(1, 2.0);
    let mut summer = electrics(2, 2.0);
    summer.start_date = date(2026, 8, 3);
    let advice = advise(&w, &[spring, summer]);
    assert_eq!(ids(&advice.items), vec![2], "the intake in the free months");
    let others = &advice.items[0].other_intakes;
    assert_eq!(others.len(), 1);
    assert_eq!((others[0].course_id, others[0].fits), (1, false));
}

#[test]
fn a_certificate_goal_prefers_a_short_course_certifying_the_trade_practised() {
    let mut w = worker();
    w.goal = Some(WorkerGoal::CertifyCurrentTrade);
    w.current_occupation = Some("tho-dien".into());
    w.skills = vec![HeldSkill::self_reported("dien_dan_dung")];
    let mut long = electrics(1, 1.0);
    long.level = CourseLevel::TrungCap;
    long.certificate = Some("Bằng trung cấp Điện".into());
    let mut assessment = electrics(2, 5.0);
    assessment.title = "Đánh giá kỹ năng nghề điện".into();
    assessment.weeks = 2;
    assessment.modules = vec![module("ĐG", 1, &["dien_dan_dung"])];
    assessment.certificate = Some("Chứng chỉ sơ cấp Điện dân dụng".into());
    let advice = advise(&w, &[long, assessment, sewing(3, 1.0)]);
    assert_eq!(ids(&advice.items)[..2], [2, 1]);
    assert_eq!(advice.items[0].explanation.trade_fit, TradeFit::Chosen);
}

#[test]
fn support_categories_lower_the_fee_of_elementary_courses() {
    let mut c = electrics(1, 1.0);
    c.fee_vnd = 5_000_000;
    c.subsidy_vnd = 2_000_000;
    let mut w = electrician();
    w.max_fee_vnd = None;
    let fee = |w: &WorkerContext| {
        advise(w, &[c.clone()]).items[0]
            .explanation
            .fee_after_subsidy_vnd
    };
    assert_eq!(fee(&w), 3_000_000);
    w.support_categories = vec![SupportCategory::Disability];
    assert_eq!(fee(&w), 0);
    w.support_categories = vec![SupportCategory::NearPoorHousehold];
    assert_eq!(fee(&w), 2_500_000);
}

#[test]
fn a_related_skill_counts_half_toward_a_job() {
    let mut relations = Relations::default();
    relations.relate_skills("han_mig", "han_tig");
    let catalog: SkillCatalog = catalog().with_relations(Box::leak(Box::new(relations)));
    let mut w = worker();
    w.skills = vec![HeldSkill::self_reported("han_mig")];
    let jobs = match_jobs(
        &w,
        &[
            demand(1, &["han_tig"], &[], 1, 2.0),
            demand(2, &["may_cn"], &[], 1, 2.0),
        ],
        &[],
        &catalog,
        today(),
        10,
    );
    assert_eq!(jobs[0].demand_id, 1);
    assert_eq!(jobs[0].match_pct, 50);
    assert_eq!(jobs[0].partial_skills[0].via.code, "han_mig");
    assert_eq!(jobs[1].match_pct, 0);
}

#[test]
fn jobs_of_the_chosen_trade_come_first() {
    let mut w = electrician();
    w.skills = vec![HeldSkill::self_reported("an_toan")];
    let mut electric = demand(1, &["dien_dan_dung", "an_toan"], &[], 1, 10.0);
    electric.occupation_code = Some("tho-dien".into());
    let mut other = demand(2, &["an_toan", "may_cn"], &[], 5, 1.0);
    other.occupation_code = Some("tho-may".into());
    let jobs = match_jobs(&w, &[other, electric], &[], &catalog(), today(), 10);
    assert_eq!(
        jobs.iter().map(|j| j.demand_id).collect::<Vec<_>>(),
        vec![1]
    );
    assert_eq!(jobs[0].trade_fit, TradeFit::Chosen);
}

fn wheelchair_user() -> WorkerContext {
    let mut w = electrician();
    w.access_needs = vec![AccessNeed::StepFree];
    w
}

/// Two electrics classes alike but for their place and what they declare.
fn electrics_at(id: i64, provider: &str, access: &[AccessNeed]) -> CourseCandidate {
    let mut c = electrics(id, 3.0);
    c.provider_name = provider.into();
    c.accessibility = access.to_vec();
    c
}

#[test]
fn a_step_free_class_comes_before_an_equal_one_that_has_not_said() {
    let step_free = electrics_at(2, "Trung tâm B", &[AccessNeed::StepFree]);
    let unstated = electrics_at(1, "Trung tâm A", &[]);
    let courses = [unstated.clone(), step_free.clone()];

    // Without access needs, the tie goes to the lower id.
    assert_eq!(ids(&advise(&electrician(), &courses).items), vec![1, 2]);

    let advice = advise(&wheelchair_user(), &courses);
    assert_eq!(ids(&advice.items), vec![2, 1]);
    let first = &advice.items[0];
    assert_eq!(first.factors.access, 1.0);
    assert_eq!(
        first.explanation.access_vi,
        "Lớp có hỗ trợ: lối đi cho xe lăn"
    );
    assert_eq!(
        first.explanation.access_en,
        "The class offers support: step-free access for wheelchairs"
    );
    assert!(
        first
            .explanation
            .summary_vi
            .starts_with("Đúng nghề bạn chọn. Lớp có hỗ trợ: lối đi cho xe lăn."),
        "{}",
        first.explanation.summary_vi
    );
    assert!(first.explanation.concerns.is_empty());

    // The other is still recommended (a soft factor), with a plain warning.
    let second = &advice.items[1];
    assert!(second.factors.access < 1.0);
    assert!(second.explanation.access_vi.is_empty());
    assert_eq!(
        second.explanation.concerns,
        [hocnghe_match::Concern::Access {
            needs: vec![AccessNeed::StepFree]
        }]
    );
    assert!(second.explanation.summary_vi.contains(
        "chưa rõ lớp có hỗ trợ lối đi cho xe lăn — hãy hỏi cơ sở đào tạo trước khi đăng ký"
    ));
    assert!(
        second
            .explanation
            .summary_en
            .contains("ask the provider before you enrol")
    );
}

#[test]
fn an_online_class_counts_as_step_free_but_not_as_sign_language() {
    let mut online = electrics_at(2, "Trung tâm B", &[]);
    online.delivery_mode = DeliveryMode::Online;
    // In person at home: distance 1.0, as online; equal but for the access.
    let mut unstated = electrics(1, 0.0);
    unstated.provider_name = "Trung tâm A".into();
    let courses = [unstated, online];
    assert_eq!(ids(&advise(&electrician(), &courses).items), vec![1, 2]);
    let advice = advise(&wheelchair_user(), &courses);
    assert_eq!(ids(&advice.items), vec![2, 1]);
    assert_eq!(advice.items[0].factors.access, 1.0);
    assert_eq!(
        advice.items[0].explanation.access_vi,
        "Lớp có hỗ trợ: lối đi cho xe lăn"
    );

    // A deaf worker: online is no answer; only a class that says so meets it.
    let mut deaf = electrician();
    deaf.access_needs = vec![AccessNeed::SignLanguage];
    let signing = electrics_at(3, "Trung tâm C", &[AccessNeed::SignLanguage]);
    let mut with_signing = courses.to_vec();
    with_signing.push(signing);
    let advice = advise(&deaf, &with_signing);
    assert_eq!(ids(&advice.items)[0], 3);
    assert!(advice.items[1..].iter().all(|r| r.factors.access < 1.0));
}

#[test]
fn every_need_must_be_met_and_the_chosen_trade_still_comes_first() {
    let mut w = wheelchair_user();
    w.access_needs = vec![AccessNeed::StepFree, AccessNeed::EasyRead];
    let part = electrics_at(1, "Trung tâm A", &[AccessNeed::StepFree]);
    let both = electrics_at(
        2,
        "Trung tâm B",
        &[AccessNeed::EasyRead, AccessNeed::StepFree],
    );
    let mut accessible_sewing = sewing(3, 1.0);
    accessible_sewing.accessibility = vec![AccessNeed::StepFree, AccessNeed::EasyRead];
    let advice = advise(&w, &[part, both, accessible_sewing]);
    // The trade the worker chose stays first, even unmet; the other trade
    // is apart whatever it accommodates.
    assert_eq!(ids(&advice.items), vec![2, 1]);
    assert_eq!(ids(&advice.other_trades_in_demand), vec![3]);
    let unmet = &advice.items[1].explanation;
    assert_eq!(
        unmet.concerns,
        [hocnghe_match::Concern::Access {
            needs: vec![AccessNeed::EasyRead]
        }]
    );
    assert_eq!(
        advice.items[0].explanation.access_vi,
        "Lớp có hỗ trợ: lối đi cho xe lăn, tài liệu dễ hiểu và hướng dẫn từng bước"
    );
}

#[test]
fn jobs_a_little_beyond_a_preferred_radius_still_count_as_local_demand() {
    // Someone with no trade yet and a 15 km radius: forty sewing jobs 18 km
    // away weigh more than two electricians' jobs 5 km away.
    let mut w = worker();
    let courses = [electrics(2, 3.0), sewing(1, 3.0)];
    let demands = [
        demand(10, &["may_cn"], &[], 40, 18.0),
        demand(11, &["sua_dien"], &[], 2, 5.0),
    ];
    let advice = advise_courses(&w, &courses, &demands, &catalog(), today(), 10);
    assert_eq!(ids(&advice.items), vec![1, 2]);
    let sewing_card = &advice.items[0].explanation;
    assert_eq!(sewing_card.open_positions_nearby, 40);
    assert!(
        sewing_card
            .summary_vi
            .contains("40 vị trí tuyển dụng trong bán kính 24 km"),
        "{}",
        sewing_card.summary_vi
    );

    // A hard radius does not bend: the jobs beyond it are not local demand.
    w.hard_limits = vec![LimitKind::Distance];
    let advice = advise_courses(&w, &courses, &demands, &catalog(), today(), 10);
    assert_eq!(ids(&advice.items), vec![2, 1]);
    assert_eq!(advice.items[1].explanation.open_positions_nearby, 0);
}

#[test]
fn without_the_skills_an_entry_job_with_many_openings_comes_before_a_better_paid_skilled_one() {
    // Someone with no trade and no skills yet: twelve sewing places and five
    // welders' jobs at the same distance. The welders' wage is not theirs to
    // earn until they can weld.
    let mut welders = demand(1, &["han_mig", "doc_ban_ve"], &[], 5, 3.0);
    (welders.wage_min_vnd, welders.wage_max_vnd) = (Some(11_000_000), Some(12_000_000));
    let mut sewing = demand(2, &["may_cn"], &[], 12, 3.0);
    (sewing.wage_min_vnd, sewing.wage_max_vnd) = (Some(7_000_000), Some(7_000_000));
    let demands = [welders, sewing];
    let ids = |w: &WorkerContext| job_ids(w, &demands);
    assert_eq!(ids(&worker()), vec![2, 1]);

    // A welder sees the better-paid job they can do first.
    let mut welder = worker();
    welder.skills = vec![
        HeldSkill::certified("han_mig"),
        HeldSkill::self_reported("doc_ban_ve"),
    ];
    assert_eq!(ids(&welder), vec![1, 2]);
}

#[test]
fn a_newcomer_weighs_a_large_intake_more_than_someone_who_can_do_the_job() {
    // Radius 15 km: four welders 6 km away, twenty sewing places 11 km away.
    let near = demand(1, &["han_mig"], &[], 4, 6.0);
    let large = demand(2, &["may_cn"], &[], 20, 11.0);
    let demands = [near, large];
    let ids = |w: &WorkerContext| job_ids(w, &demands);
    // Without either job's skills the large intake is the real chance.
    assert_eq!(ids(&worker()), vec![2, 1]);
    // Able to do both, the nearer job comes first.
    let mut both = worker();
    both.skills = vec![
        HeldSkill::self_reported("han_mig"),
        HeldSkill::self_reported("may_cn"),
    ];
    assert_eq!(ids(&both), vec![1, 2]);
}
