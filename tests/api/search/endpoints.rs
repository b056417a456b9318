//! Course and demand search over HTTP, on data created through the API.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use reqwest::StatusCode;

use crate::helpers::{BA_VI, TestApp, browser, course_body, demand_body, hit_ids, html, spawn_app};

/// Query parameters of one search.
type Params<'a> = &'a [(&'a str, &'a str)];

const SON_TAY: &str = "09574";
const HOAN_KIEM: &str = "00070";

/// Three courses that differ in every filterable way.
pub(super) struct Courses {
    pub moto: i64,
    pub mushrooms: i64,
    pub advanced: i64,
}

pub(super) async fn create_courses(app: &TestApp) -> Courses {
    let provider = app.create_provider().await;
    // "Sửa chữa xe máy": so_cap, in person, 4.5M - 3M subsidy = 1.5M, 2027-03-02, Ba Vì.
    let moto = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();

    let mut body = course_body(provider);
    body["title"] = json!("Trồng nấm sò, nấm rơm");
    body["description"] = json!("Đóng bịch, cấy giống và chăm sóc nấm tại nhà.");
    body["level"] = json!("short_course");
    body["occupation_code"] = json!("nguoi-trong-nam");
    body["commune_code"] = json!(SON_TAY);
    body["delivery_mode"] = json!("online");
    body["start_date"] = json!("2027-05-10");
    body["fee_vnd"] = json!(2_000_000);
    body["subsidy_vnd"] = json!(0);
    body["certificate"] = json!(null);
    body["modules"] = json!([
        {"code": "MĐ01", "title": "Cấy giống nấm", "credits": 2, "hours": 45,
         "skills": ["trong-va-cham-soc-nam-so-nam-rom"]}
    ]);
    let mushrooms = app.create_course(&body).await["id"].as_i64().unwrap();

    let mut body = course_body(provider);
    body["title"] = json!("Sửa chữa xe máy nâng cao");
    body["level"] = json!("trung_cap");
    body["commune_code"] = json!(HOAN_KIEM);
    body["delivery_mode"] = json!("blended");
    body["start_date"] = json!("2026-12-01");
    body["fee_vnd"] = json!(6_000_000);
    body["subsidy_vnd"] = json!(1_000_000);
    let advanced = app.create_course(&body).await["id"].as_i64().unwrap();

    Courses {
        moto,
        mushrooms,
        advanced,
    }
}

fn sorted(mut ids: Vec<i64>) -> Vec<i64> {
    ids.sort_unstable();
    ids
}

fn facet(body: &Value, name: &str) -> BTreeMap<String, u64> {
    body["facets"][name]
        .as_object()
        .unwrap_or_else(|| panic!("facet {name} missing: {body}"))
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect()
}

fn counts(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

#[tokio::test]
async fn unaccented_and_decomposed_queries_find_the_course_within_two_seconds() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let id = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();

    let found = app
        .search_until("courses", &[("q", "sua xe may")], |b| {
            hit_ids(b).contains(&id)
        })
        .await;
    let hit = &found["hits"][0];
    assert_eq!(hit["id"], id);
    assert_eq!(hit["title"], "Sửa chữa xe máy");
    assert_eq!(hit["fee_after_subsidy_vnd"], 1_500_000);
    assert_eq!(hit["provider_name"], "Trung tâm Giáo dục nghề nghiệp Ba Vì");
    assert_eq!(hit["occupation_code"], "tho-sua-chua-xe-may");
    assert_eq!(hit["sector"], "mechanics");
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    let highlight = hit["highlight"].as_str().unwrap();
    assert!(highlight.contains("<mark>"), "{highlight}");
    assert_eq!(found["page"], 1);
    assert_eq!(found["per_page"], 20);

    // "Sửa xe máy" with combining marks (NFD), as some phone keyboards send it.
    let nfd = "Su\u{31b}\u{309}a xe ma\u{301}y";
    let found = app.search("courses", &[("q", nfd)]).await;
    assert_eq!(hit_ids(&found), [id]);
    // Skills' alternative labels are searchable too: "đại tu" (overhaul) is one
    // of the engine skill's colloquial names, in no title or description.
    let found = app.search("courses", &[("q", "dai tu")]).await;
    assert_eq!(hit_ids(&found), [id]);
}

/// A synonym of several syllables ("trồng rau không đất" for "thủy canh")
/// finds a course only where the whole phrase stands, and its syllables are
/// marked only there: not "trồng rau" in a title that matched "thủy canh", nor
/// every "không" of a description.
#[tokio::test]
async fn synonym_phrases_are_highlighted_only_where_they_match() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let mut body = course_body(provider);
    body["title"] = json!("Trồng rau thủy canh");
    body["description"] = json!("Không cần nhiều đất, tiết kiệm nước.");
    let hydroponics = app.create_course(&body).await["id"].as_i64().unwrap();
    body["title"] = json!("Kỹ thuật trồng rau không đất");
    body["description"] = json!("Rau sạch cho bữa cơm gia đình.");
    let soilless = app.create_course(&body).await["id"].as_i64().unwrap();
    body["title"] = json!("Bán hàng online");
    body["description"] = json!("Không có đất vẫn trồng rau được.");
    let unrelated = app.create_course(&body).await["id"].as_i64().unwrap();

    let found = app
        .search_until("courses", &[("q", "thuy canh")], |b| hit_ids(b).len() >= 2)
        .await;
    assert_eq!(
        sorted(hit_ids(&found)),
        sorted(vec![hydroponics, soilless]),
        "{found}"
    );
    assert!(!hit_ids(&found).contains(&unrelated));
    let highlight = |id: i64| {
        found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|hit| hit["id"] == id)
            .map(|hit| hit["highlight"].clone())
            .unwrap()
    };
    assert_eq!(
        highlight(hydroponics),
        "Trồng rau <mark>thủy</mark> <mark>canh</mark>"
    );
    assert_eq!(
        highlight(soilless),
        "Kỹ thuật <mark>trồng</mark> <mark>rau</mark> <mark>không</mark> <mark>đất</mark>"
    );
}

/// Browsers and phones ask for compressed bodies; the search endpoints gzip
/// theirs and say so, and the decoded page is the one an identity client gets.
#[tokio::test]
async fn search_bodies_are_gzipped_for_clients_that_accept_it() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let id = app.create_course(&course_body(provider)).await["id"]
        .as_i64()
        .unwrap();
    let plain = app
        .search_until("courses", &[("q", "sua xe may")], |b| {
            hit_ids(b).contains(&id)
        })
        .await;

    let url = app.url("/api/v1/courses/search?q=sua%20xe%20may");
    let asked = |accept: &'static str| {
        app.client
            .get(&url)
            .header("accept-encoding", accept)
            .send()
    };
    let response = asked("gzip, deflate, br").await.unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["content-encoding"], "gzip");
    assert_eq!(headers["vary"], "accept-encoding");
    assert_eq!(headers["content-type"], "application/json");
    let compressed = response.bytes().await.unwrap();
    let mut decoded = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&compressed[..]),
        &mut decoded,
    )
    .expect("a gzip body");
    let decoded: Value = serde_json::from_slice(&decoded).unwrap();
    assert_eq!(decoded, plain);

    // A client that refuses gzip gets plain JSON.
    let response = asked("gzip;q=0, identity").await.unwrap();
    assert!(response.headers().get("content-encoding").is_none());
    assert_eq!(response.json::<Value>().await.unwrap(), plain);
}

#[tokio::test]
async fn course_filters_narrow_the_hits_and_facets_count_every_match() {
    let app = spawn_app().await;
    let c = create_courses(&app).await;
    app.wait_until_ready().await;

    let all = app.search("courses", &[]).await;
    assert_eq!(all["total"], 3);
    assert_eq!(
        hit_ids(&all),
        [c.advanced, c.mushrooms, c.moto],
        "no text: newest first"
    );
    assert_eq!(
        facet(&all, "level"),
        counts(&[("short_course", 1), ("so_cap", 1), ("trung_cap", 1)])
    );
    assert_eq!(
        facet(&all, "mode"),
        counts(&[("blended", 1), ("in_person", 1), ("online", 1)])
    );
    assert_eq!(
        facet(&all, "commune"),
        counts(&[(BA_VI, 1), (SON_TAY, 1), (HOAN_KIEM, 1)])
    );
    assert_eq!(
        facet(&all, "sector"),
        counts(&[("green_agriculture", 1), ("mechanics", 2)])
    );

    let moto = app.search("courses", &[("q", "sua xe may")]).await;
    assert_eq!(sorted(hit_ids(&moto)), sorted(vec![c.moto, c.advanced]));
    assert_eq!(moto["total"], 2);
    assert_eq!(
        facet(&moto, "level"),
        counts(&[("so_cap", 1), ("trung_cap", 1)])
    );
    assert_eq!(facet(&moto, "sector"), counts(&[("mechanics", 2)]));

    let cases: &[(Params, Vec<i64>)] = &[
        (&[("level", "so_cap")], vec![c.moto]),
        (&[("level", "trung_cap"), ("q", "xe may")], vec![c.advanced]),
        (&[("mode", "online")], vec![c.mushrooms]),
        (&[("mode", "blended")], vec![c.advanced]),
        // max_fee is on what the learner pays after the subsidy.
        (&[("max_fee", "1500000")], vec![c.moto]),
        (&[("max_fee", "1499999")], vec![]),
        (&[("max_fee", "2000000")], vec![c.mushrooms, c.moto]),
        (&[("starts_after", "2027-01-01")], vec![c.mushrooms, c.moto]),
        (&[("starts_after", "2027-05-10")], vec![c.mushrooms]),
        (&[("occupation", "nguoi-trong-nam")], vec![c.mushrooms]),
        (
            &[("occupation", "tho-sua-chua-xe-may")],
            vec![c.advanced, c.moto],
        ),
        (
            &[("skill", "trong-va-cham-soc-nam-so-nam-rom")],
            vec![c.mushrooms],
        ),
        (
            &[("skill", "sua-chua-he-thong-phanh-xe-may")],
            vec![c.advanced, c.moto],
        ),
        (&[("skill", "no-such-skill")], vec![]),
        (&[("q", "sua xe may"), ("mode", "in_person")], vec![c.moto]),
    ];
    for (params, expected) in cases {
        let found = app.search("courses", params).await;
        assert_eq!(
            sorted(hit_ids(&found)),
            sorted(expected.clone()),
            "{params:?}: {found}"
        );
        assert_eq!(found["total"], expected.len(), "{params:?}");
    }

    // Paging: one hit per page, the total stays.
    let first = app.search("courses", &[("per_page", "1")]).await;
    let second = app
        .search("courses", &[("per_page", "1"), ("page", "2")])
        .await;
    assert_eq!(first["total"], 3);
    assert_eq!(hit_ids(&first), [c.advanced]);
    assert_eq!(hit_ids(&second), [c.mushrooms]);
    assert_eq!(second["page"], 2);
}

/// Great-circle distance on the mean-radius sphere.
fn haversine_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

async fn centroid(app: &TestApp, code: &str) -> (f64, f64) {
    let (status, commune) = app.get_json(&format!("/api/v1/communes/{code}")).await;
    assert_eq!(status, 200, "{commune}");
    (
        commune["lat"].as_f64().unwrap(),
        commune["lon"].as_f64().unwrap(),
    )
}

#[tokio::test]
async fn radius_keeps_nearby_courses_and_distances_are_between_commune_centroids() {
    let app = spawn_app().await;
    let c = create_courses(&app).await;
    app.wait_until_ready().await;

    let ba_vi = centroid(&app, BA_VI).await;
    let to_son_tay = haversine_km(ba_vi, centroid(&app, SON_TAY).await);
    let to_hoan_kiem = haversine_km(ba_vi, centroid(&app, HOAN_KIEM).await);
    assert!(to_son_tay < to_hoan_kiem);

    let expected: BTreeMap<i64, f64> = [
        (c.moto, 0.0),
        (c.mushrooms, to_son_tay),
        (c.advanced, to_hoan_kiem),
    ]
    .into();
    let check_distances = |body: &Value| {
        for hit in body["hits"].as_array().unwrap() {
            let id = hit["id"].as_i64().unwrap();
            let distance = hit["distance_km"].as_f64().unwrap();
            assert!(
                (distance - expected[&id]).abs() < 0.01,
                "course {id}: {distance} km, expected {}",
                expected[&id]
            );
        }
    };

    // A commune alone: every course, with its distance; nearest first without text.
    let near = app.search("courses", &[("commune", BA_VI)]).await;
    assert_eq!(hit_ids(&near), [c.moto, c.mushrooms, c.advanced]);
    check_distances(&near);

    let between = format!("{:.3}", (to_son_tay + to_hoan_kiem) / 2.0);
    let within = app
        .search("courses", &[("commune", BA_VI), ("radius_km", &between)])
        .await;
    assert_eq!(hit_ids(&within), [c.moto, c.mushrooms]);
    check_distances(&within);
    assert_eq!(
        facet(&within, "commune"),
        counts(&[(BA_VI, 1), (SON_TAY, 1)])
    );

    let zero = app
        .search("courses", &[("commune", BA_VI), ("radius_km", "0")])
        .await;
    assert_eq!(hit_ids(&zero), [c.moto]);

    let text = app
        .search(
            "courses",
            &[
                ("q", "sua xe may"),
                ("commune", HOAN_KIEM),
                ("radius_km", "5"),
            ],
        )
        .await;
    assert_eq!(hit_ids(&text), [c.advanced]);
    assert!(text["hits"][0]["distance_km"].as_f64().unwrap() < 1e-6);

    // Without a commune there is no distance.
    let plain = app.search("courses", &[("q", "nam")]).await;
    assert_eq!(plain["hits"][0]["distance_km"], Value::Null);
}

/// No course is about both mushrooms and motorbikes: the search falls back to
/// the rarer words and says which ones the hits have.
#[tokio::test]
async fn a_partial_match_says_which_words_the_hits_have() {
    let app = spawn_app().await;
    let c = create_courses(&app).await;
    app.wait_until_ready().await;

    let partial = app.search("courses", &[("q", "trong nam xe may")]).await;
    assert_eq!(hit_ids(&partial), [c.mushrooms]);
    assert_eq!(
        partial["relaxed"],
        json!({"required": ["trong", "nam"], "optional": ["xe", "may"]})
    );

    let whole = app.search("courses", &[("q", "sửa xe máy")]).await;
    assert_eq!(sorted(hit_ids(&whole)), sorted(vec![c.moto, c.advanced]));
    assert_eq!(whole["relaxed"], Value::Null);
    let nothing = app.search("courses", &[("q", "zzz qqq")]).await;
    assert_eq!(nothing["total"], 0);
    assert_eq!(nothing["relaxed"], Value::Null);
}

#[tokio::test]
async fn few_full_matches_come_with_near_matches_and_the_words_they_lack() {
    let app = spawn_app().await;
    let c = create_courses(&app).await;
    app.wait_until_ready().await;

    // One course is "nâng cao" (advanced); the plain motorbike course lacks
    // that qualifier and follows apart, outside the total.
    let found = app.search("courses", &[("q", "sửa xe máy nâng cao")]).await;
    assert_eq!(hit_ids(&found), [c.advanced]);
    assert_eq!(found["total"], 1);
    assert_eq!(found["relaxed"], Value::Null);
    assert_eq!(
        found["near"]["words"],
        json!({"required": ["sửa", "xe", "máy"], "optional": ["nâng", "cao"]})
    );
    assert_eq!(hit_ids(&found["near"]), [c.moto]);

    let client = browser();
    let (status, page) = html(&client, &app, "/courses?q=sửa+xe+máy+nâng+cao").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("1 khóa học"), "{page}");
    let near_at = page
        .find("Kết quả gần đúng: có thể thiếu “nâng”, “cao”")
        .expect("near matches are headed as such");
    let moto_at = page
        .find(&format!(r#"<a href="/courses/{}">"#, c.moto))
        .expect("the near match is shown");
    let advanced_at = page
        .find(&format!(r#"<a href="/courses/{}">"#, c.advanced))
        .unwrap();
    assert!(
        advanced_at < near_at && near_at < moto_at,
        "full match first, then the near ones"
    );

    // Enough full matches: no near ones.
    let whole = app.search("courses", &[("q", "sửa xe máy")]).await;
    assert_eq!(whole["near"], Value::Null);
}

#[tokio::test]
async fn words_asking_for_a_job_among_courses_lead_to_the_jobs() {
    let app = spawn_app().await;
    create_courses(&app).await;
    app.wait_until_ready().await;
    let found = app
        .search("courses", &[("q", "tuyen tho sua xe may")])
        .await;
    assert_eq!(found["intent"], "work");
    let found = app.search("demands", &[("q", "hoc sua xe may")]).await;
    assert_eq!(found["intent"], "learn");
    // Words that do not say: no intent.
    let found = app.search("courses", &[("q", "sua xe may")]).await;
    assert_eq!(found["intent"], Value::Null);

    let client = browser();
    let (_, page) = html(&client, &app, "/courses?q=tuyen+tho+sua+xe+may").await;
    assert!(
        page.contains(r#"Bạn đang tìm việc làm? <a href="/jobs?q=tuyen+tho+sua+xe+may">Tìm việc làm «tuyen tho sua xe may»</a>"#),
        "{page}"
    );
    let (_, jobs) = html(&client, &app, "/jobs?q=hoc+sua+xe+may").await;
    assert!(
        jobs.contains(r#"<a href="/courses?q=hoc+sua+xe+may">Tìm khóa học «hoc sua xe may»</a>"#),
        "{jobs}"
    );
}

#[tokio::test]
async fn demand_search_filters_and_hides_expired_demands() {
    let app = spawn_app().await;
    let employer = app.create_employer().await;
    // "Tuyển 5 thợ hàn MIG": permanent, 8–12M, Ba Vì, expires 2027-03-31.
    let welder = app.create_demand(&demand_body(employer)).await["id"]
        .as_i64()
        .unwrap();

    let mut body = demand_body(employer);
    body["title"] = json!("Tuyển thợ sửa xe máy thời vụ");
    body["description"] = json!("Bảo dưỡng xe máy dịp Tết.");
    body["occupation_code"] = json!("tho-sua-chua-xe-may");
    body["skills"] =
        json!([{"code": "bao-duong-sua-chua-dong-co-xe-may", "importance": "essential"}]);
    body["commune_code"] = json!(SON_TAY);
    body["employment_type"] = json!("seasonal");
    body["wage_min_vnd"] = json!(5_000_000);
    body["wage_max_vnd"] = json!(6_000_000);
    body["expires_on"] = json!("2027-06-30");
    let mechanic = app.create_demand(&body).await["id"].as_i64().unwrap();

    let mut body = demand_body(employer);
    body["title"] = json!("Tuyển thợ hàn gấp");
    body["start_date"] = json!(null);
    body["expires_on"] = json!("2020-06-30");
    let expired = app.create_demand(&body).await["id"].as_i64().unwrap();

    let mut body = demand_body(employer);
    body["title"] = json!("Tuyển phụ hàn, lương thỏa thuận");
    body["wage_min_vnd"] = json!(null);
    body["wage_max_vnd"] = json!(null);
    body["employment_type"] = json!("contract");
    body["expires_on"] = json!(null);
    let no_wage = app.create_demand(&body).await["id"].as_i64().unwrap();
    app.wait_until_ready().await;
    assert!(app.index.doc_ids().unwrap().1.contains(&expired));

    let all = app.search("demands", &[]).await;
    assert_eq!(hit_ids(&all), [no_wage, mechanic, welder], "{all}");
    assert_eq!(
        facet(&all, "employment_type"),
        counts(&[("contract", 1), ("permanent", 1), ("seasonal", 1)])
    );
    assert_eq!(facet(&all, "sector"), counts(&[("mechanics", 3)]));
    assert_eq!(facet(&all, "commune"), counts(&[(BA_VI, 2), (SON_TAY, 1)]));

    let welders = app.search("demands", &[("q", "tho han")]).await;
    let ids = hit_ids(&welders);
    assert!(
        ids.contains(&welder) && !ids.contains(&expired),
        "{welders}"
    );
    assert!(
        welders["hits"][0]["highlight"]
            .as_str()
            .unwrap()
            .contains("<mark>")
    );

    // "hàn CO2" is an alternative label of the MIG/MAG welding skill.
    let co2 = app.search("demands", &[("q", "han co2")]).await;
    assert_eq!(
        sorted(hit_ids(&co2)),
        sorted(vec![welder, no_wage]),
        "{co2}"
    );

    let cases: &[(Params, Vec<i64>)] = &[
        (&[("employment_type", "seasonal")], vec![mechanic]),
        (&[("employment_type", "permanent")], vec![welder]),
        // min_wage looks at the best offered wage; demands without a wage never match.
        (&[("min_wage", "10000000")], vec![welder]),
        (&[("min_wage", "6000000")], vec![welder, mechanic]),
        (&[("min_wage", "12000001")], vec![]),
        (&[("skill", "han-mig-mag")], vec![welder, no_wage]),
        (
            &[("skill", "bao-duong-sua-chua-dong-co-xe-may")],
            vec![mechanic],
        ),
        (&[("occupation", "tho-sua-chua-xe-may")], vec![mechanic]),
        (
            &[("occupation", "tho-han"), ("min_wage", "1")],
            vec![welder],
        ),
        (
            &[("q", "sua xe may"), ("commune", BA_VI), ("radius_km", "1")],
            vec![],
        ),
    ];
    for (params, expected) in cases {
        let found = app.search("demands", params).await;
        assert_eq!(
            sorted(hit_ids(&found)),
            sorted(expected.clone()),
            "{params:?}: {found}"
        );
    }
    let hit = app
        .search("demands", &[("employment_type", "seasonal")])
        .await;
    let hit = &hit["hits"][0];
    assert_eq!(hit["title"], "Tuyển thợ sửa xe máy thời vụ");
    assert_eq!(hit["wage_max_vnd"], 6_000_000);
    assert_eq!(hit["employer_name"], "Hợp tác xã cơ khí Ba Vì");
    assert_eq!(hit["expires_on"], "2027-06-30");
}

#[tokio::test]
async fn updates_and_deletes_change_what_search_returns() {
    let app = spawn_app().await;
    let provider = app.create_provider().await;
    let mut body = course_body(provider);
    let id = app.create_course(&body).await["id"].as_i64().unwrap();
    app.search_until("courses", &[("q", "sua xe may")], |b| hit_ids(b) == [id])
        .await;

    // A new title replaces the old one in the index.
    body["title"] = json!("Kỹ thuật trồng nấm rơm");
    app.update_course(id, &body).await;
    // (Relaxed matching would find the old version too: check the title.)
    app.search_until("courses", &[("q", "trong nam rom")], |b| {
        hit_ids(b) == [id] && b["hits"][0]["title"] == "Kỹ thuật trồng nấm rơm"
    })
    .await;
    // Its modules and skills are still about motorbikes, so it still matches
    // those words, under its new title.
    let old = app.search("courses", &[("q", "sửa chữa xe máy")]).await;
    assert_eq!(old["hits"][0]["title"], "Kỹ thuật trồng nấm rơm", "{old}");

    // Renaming the provider re-indexes its courses.
    let mut provider_body = crate::helpers::provider_body();
    provider_body["name"] = json!("Trường Cao đẳng Nông nghiệp Hà Nội");
    app.update_provider(provider, &provider_body).await;
    app.search_until("courses", &[("q", "trong nam rom")], |b| {
        b["hits"][0]["provider_name"] == "Trường Cao đẳng Nông nghiệp Hà Nội"
    })
    .await;

    // A closed course is no longer searchable; reopening brings it back.
    body["status"] = json!("closed");
    app.update_course(id, &body).await;
    app.search_until("courses", &[], |b| b["total"] == 0).await;
    body["status"] = json!("open");
    app.update_course(id, &body).await;
    app.search_until("courses", &[], |b| b["total"] == 1).await;

    app.delete_course(id).await;
    app.search_until("courses", &[("q", "trong nam rom")], |b| b["total"] == 0)
        .await;

    // The same for demands, including one that is filled.
    let employer = app.create_employer().await;
    let mut body = demand_body(employer);
    let demand = app.create_demand(&body).await["id"].as_i64().unwrap();
    app.search_until("demands", &[("q", "han mig")], |b| hit_ids(b) == [demand])
        .await;
    body["title"] = json!("Tuyển thợ may công nghiệp");
    app.update_demand(demand, &body).await;
    app.search_until("demands", &[("q", "tho may")], |b| {
        hit_ids(b) == [demand] && b["hits"][0]["title"] == "Tuyển thợ may công nghiệp"
    })
    .await;
    body["status"] = json!("filled");
    app.update_demand(demand, &body).await;
    app.search_until("demands", &[], |b| b["total"] == 0).await;
    body["status"] = json!("open");
    app.update_demand(demand, &body).await;
    app.search_until("demands", &[], |b| b["total"] == 1).await;
    app.delete_demand(demand).await;
    app.search_until("demands", &[], |b| b["total"] == 0).await;

    let (courses, demands) = app.index.doc_ids().unwrap();
    assert_eq!((courses, demands), (BTreeSet::new(), BTreeSet::new()));
}
