#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use hocnghe_search::{
    CourseQuery, DemandQuery, IndexOp, Intent, OpenOutcome, RebuildReason, SCHEMA_VERSION,
    SearchError, SearchIndex, Synonyms,
};

fn index_with(ops: Vec<IndexOp>) -> SearchIndex {
    let index = SearchIndex::open_in_ram(locator(), Synonyms::empty()).unwrap();
    index.writer().unwrap().apply(ops, 1).unwrap();
    index
}

fn course_ids(index: &SearchIndex, query: CourseQuery) -> Vec<i64> {
    index
        .search_courses(&query)
        .unwrap()
        .hits
        .iter()
        .map(|h| h.id)
        .collect()
}

fn text(q: &str) -> CourseQuery {
    CourseQuery {
        q: Some(q.into()),
        ..Default::default()
    }
}

fn repair_courses() -> Vec<IndexOp> {
    let mut ops = Vec::new();
    let mut c = course(
        1,
        "Sửa chữa xe máy",
        "Bảo dưỡng, sửa chữa động cơ xe máy & xe số.",
    );
    c.level = "so_cap".parse().unwrap();
    ops.push(IndexOp::UpsertCourse(c));
    let mut c = course(
        2,
        "Sửa chữa điện thoại",
        "Thay màn hình, sửa main điện thoại.",
    );
    c.commune_code = HOAN_KIEM.into();
    c.sector = Some("digital".parse().unwrap());
    c.delivery_mode = "online".parse().unwrap();
    c.fee_after_subsidy_vnd = 0;
    ops.push(IndexOp::UpsertCourse(c));
    let mut c = course(3, "Kỹ thuật trồng nấm", "Trồng nấm rơm, nấm sò trong nhà.");
    c.commune_code = SOC_SON.into();
    c.sector = Some("green_agriculture".parse().unwrap());
    c.level = "trung_cap".parse().unwrap();
    c.start_date = date(2026, 1, 5);
    ops.push(IndexOp::UpsertCourse(c));
    let mut c = course(4, "Máy may công nghiệp", "Vận hành máy may, may áo sơ mi.");
    c.commune_code = ME_LINH.into();
    c.sector = None;
    ops.push(IndexOp::UpsertCourse(c));
    ops
}

#[test]
fn unaccented_query_finds_and_highlights_accented_title() {
    let index = index_with(repair_courses());
    let results = index.search_courses(&text("sua xe may")).unwrap();
    assert_eq!(results.hits[0].id, 1);
    assert_eq!(
        results.hits[0].highlight.as_deref(),
        Some("<mark>Sửa</mark> chữa <mark>xe</mark> <mark>máy</mark>")
    );
}

#[test]
fn facets_count_every_match_and_pages_split_hits() {
    let index = index_with(repair_courses());
    let all = index.search_courses(&CourseQuery::default()).unwrap();
    assert_eq!(all.total, 4);
    assert_eq!(
        all.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
        [4, 3, 2, 1],
        "newest first without q"
    );
    assert_eq!(all.facets["level"]["so_cap"], 3);
    assert_eq!(all.facets["level"]["trung_cap"], 1);
    assert_eq!(
        all.facets["sector"].values().sum::<u64>(),
        3,
        "course 4 has no sector"
    );
    assert_eq!(all.facets["mode"]["online"], 1);
    assert_eq!(all.facets["commune"][BA_DINH], 1);
    let page = |page| {
        course_ids(
            &index,
            CourseQuery {
                page,
                per_page: 3,
                ..Default::default()
            },
        )
    };
    assert_eq!(page(1), [4, 3, 2]);
    assert_eq!(page(2), [1]);
    assert!(page(3).is_empty());
    let sua = index.search_courses(&text("sửa chữa")).unwrap();
    assert_eq!(sua.total, 2);
    assert_eq!(sua.facets["sector"]["digital"], 1);
    assert_eq!(sua.facets["level"].values().sum::<u64>(), 2);
}

#[test]
fn filters_are_exact() {
    let index = index_with(repair_courses());
    let ids = |q: CourseQuery| {
        let mut ids = course_ids(&index, q);
        ids.sort();
        ids
    };
    assert_eq!(
        ids(CourseQuery {
            max_fee: Some(0),
            ..Default::default()
        }),
        [2]
    );
    assert_eq!(
        ids(CourseQuery {
            level: Some("trung_cap".parse().unwrap()),
            ..Default::default()
        }),
        [3]
    );
    assert_eq!(
        ids(CourseQuery {
            mode: Some("online".parse().unwrap()),
            ..text("sửa chữa")
        }),
        [2]
    );
    assert_eq!(
        ids(CourseQuery {
            starts_after: Some(date(2026, 1, 5)),
            ..Default::default()
        }),
        [3]
    );
    assert_eq!(
        ids(CourseQuery {
            starts_after: Some(date(2026, 1, 6)),
            ..Default::default()
        }),
        Vec::<i64>::new()
    );
    // A saved search looks only at what is new: these ids, still filtered.
    assert_eq!(
        ids(CourseQuery {
            only_ids: Some(vec![1, 2, 99]),
            ..Default::default()
        }),
        [1, 2]
    );
    assert_eq!(
        ids(CourseQuery {
            only_ids: Some(vec![2, 3]),
            ..text("sửa chữa")
        }),
        [2]
    );
    assert_eq!(
        ids(CourseQuery {
            only_ids: Some(Vec::new()),
            ..Default::default()
        }),
        Vec::<i64>::new()
    );
}

#[test]
fn radius_keeps_near_communes_and_commune_orders_by_distance() {
    let index = index_with(repair_courses());
    let near = CourseQuery {
        commune: Some(BA_DINH.into()),
        radius_km: Some(5.0),
        ..Default::default()
    };
    let results = index.search_courses(&near).unwrap();
    assert_eq!(
        results.hits.iter().map(|h| h.id).collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(results.hits[0].distance_km, Some(0.0));
    assert!((results.hits[1].distance_km.unwrap() - 1.49).abs() < 0.05);
    let nearest = course_ids(
        &index,
        CourseQuery {
            commune: Some(SOC_SON.into()),
            ..Default::default()
        },
    );
    assert_eq!(nearest[0], 3);
    let unknown = CourseQuery {
        commune: Some("12345".into()),
        ..Default::default()
    };
    assert!(matches!(
        index.search_courses(&unknown),
        Err(SearchError::UnknownCommune(_))
    ));
    let no_commune = CourseQuery {
        radius_km: Some(3.0),
        ..Default::default()
    };
    assert!(matches!(
        index.search_courses(&no_commune),
        Err(SearchError::InvalidQuery(_))
    ));
}

#[test]
fn demand_filters_wage_expiry_and_type() {
    let mut cheap = demand(10, "Thợ hàn", "Hàn điện, hàn MIG.");
    cheap.wage_max_vnd = Some(6_000_000);
    cheap.wage_min_vnd = Some(5_000_000);
    cheap.expires_on = Some(date(2025, 6, 30));
    let mut rich = demand(11, "Thợ hàn bậc cao", "Hàn TIG inox.");
    rich.wage_max_vnd = None;
    rich.wage_min_vnd = Some(12_000_000);
    rich.employment_type = "seasonal".parse().unwrap();
    let mut unpaid = demand(12, "Tình nguyện viên", "Hỗ trợ hàn gắn cộng đồng.");
    unpaid.wage_max_vnd = None;
    unpaid.wage_min_vnd = None;
    let index = index_with(vec![
        IndexOp::UpsertDemand(cheap),
        IndexOp::UpsertDemand(rich),
        IndexOp::UpsertDemand(unpaid),
    ]);
    let ids = |q: DemandQuery| {
        let mut ids: Vec<i64> = index
            .search_demands(&q)
            .unwrap()
            .hits
            .iter()
            .map(|h| h.id)
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(
        ids(DemandQuery {
            min_wage: Some(10_000_000),
            ..Default::default()
        }),
        [11]
    );
    assert_eq!(
        ids(DemandQuery {
            min_wage: Some(6_000_000),
            ..Default::default()
        }),
        [10, 11]
    );
    assert_eq!(
        ids(DemandQuery {
            active_on: Some(date(2025, 7, 1)),
            ..Default::default()
        }),
        [11, 12]
    );
    assert_eq!(
        ids(DemandQuery {
            active_on: Some(date(2025, 6, 30)),
            ..Default::default()
        }),
        [10, 11, 12]
    );
    assert_eq!(
        ids(DemandQuery {
            employment_type: Some("seasonal".parse().unwrap()),
            ..Default::default()
        }),
        [11]
    );
    let facets = index
        .search_demands(&DemandQuery::default())
        .unwrap()
        .facets;
    assert_eq!(facets["employment_type"]["permanent"], 2);
    assert!(
        course_ids(&index, CourseQuery::default()).is_empty(),
        "kinds never mix"
    );
}

#[test]
fn upsert_replaces_delete_removes_rebuild_replaces_all() {
    let index = index_with(repair_courses());
    let mut writer = index.writer().unwrap();
    assert!(matches!(index.writer(), Err(SearchError::WriterTaken)));
    writer
        .apply(
            vec![
                IndexOp::UpsertCourse(course(1, "Hàn điện cơ bản", "Hàn que.")),
                IndexOp::DeleteCourse(2),
            ],
            7,
        )
        .unwrap();
    assert_eq!(index.last_applied(), Some(7));
    assert_eq!(
        index.doc_ids().unwrap().0.into_iter().collect::<Vec<_>>(),
        [1, 3, 4]
    );
    assert!(course_ids(&index, text("bảo dưỡng")).is_empty());
    assert_eq!(course_ids(&index, text("han dien")), [1]);
    writer
        .rebuild(
            vec![IndexOp::UpsertDemand(demand(
                5,
                "Thợ điện",
                "Điện dân dụng.",
            ))],
            9,
        )
        .unwrap();
    let (courses, demands) = index.doc_ids().unwrap();
    assert!(courses.is_empty());
    assert_eq!(demands.into_iter().collect::<Vec<_>>(), [5]);
    assert_eq!(index.last_applied(), Some(9));
    drop(writer);
    assert!(index.writer().is_ok(), "dropping the handle frees the slot");
}

#[test]
fn reopening_reports_existing_then_rebuild_on_schema_bump_or_corruption() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    let (index, outcome) = SearchIndex::open(&path, locator(), Synonyms::empty()).unwrap();
    assert_eq!(
        outcome,
        OpenOutcome::NeedsRebuild {
            reason: RebuildReason::Missing
        }
    );
    index
        .writer()
        .unwrap()
        .rebuild(repair_courses(), 42)
        .unwrap();
    drop(index);

    let (index, outcome) = SearchIndex::open(&path, locator(), Synonyms::empty()).unwrap();
    assert_eq!(
        outcome,
        OpenOutcome::Existing {
            last_applied: Some(42)
        }
    );
    assert_eq!(index.last_applied(), Some(42));
    assert_eq!(course_ids(&index, text("trồng nấm")), [3]);
    // A reopened index can take new documents (its analyzers are registered).
    let mut mushrooms = repair_courses()
        .into_iter()
        .find_map(|op| match op {
            IndexOp::UpsertCourse(c) if c.id == 3 => Some(c),
            _ => None,
        })
        .unwrap();
    mushrooms.id = 30;
    index
        .writer()
        .unwrap()
        .apply(vec![IndexOp::UpsertCourse(mushrooms)], 44)
        .unwrap();
    let mut ids = course_ids(&index, text("trồng nấm"));
    ids.sort_unstable();
    assert_eq!(ids, [3, 30]);
    drop(index);

    let meta = path.join("meta.json");
    let bumped = std::fs::read_to_string(&meta).unwrap().replace(
        &format!("\\\"schema_version\\\":{SCHEMA_VERSION}"),
        "\\\"schema_version\\\":0",
    );
    std::fs::write(&meta, bumped).unwrap();
    let (index, outcome) = SearchIndex::open(&path, locator(), Synonyms::empty()).unwrap();
    let expected = RebuildReason::SchemaVersion {
        found: Some(0),
        expected: SCHEMA_VERSION,
    };
    assert_eq!(outcome, OpenOutcome::NeedsRebuild { reason: expected });
    assert_eq!(index.doc_ids().unwrap().0.len(), 0, "wiped");
    assert_eq!(index.last_applied(), None);
    index
        .writer()
        .unwrap()
        .rebuild(repair_courses(), 43)
        .unwrap();
    drop(index);

    std::fs::write(&meta, "{ not json").unwrap();
    let (index, outcome) = SearchIndex::open(&path, locator(), Synonyms::empty()).unwrap();
    assert!(
        matches!(
            outcome,
            OpenOutcome::NeedsRebuild {
                reason: RebuildReason::Corrupt(_)
            }
        ),
        "{outcome:?}"
    );
    assert!(index.doc_ids().unwrap().0.is_empty());
    index.writer().unwrap().apply(vec![], 1).unwrap();
}

#[test]
fn search_index_is_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<SearchIndex>();
    assert_send_sync::<hocnghe_search::IndexWriterHandle>();
}

#[test]
fn synonyms_can_change_at_runtime() {
    let index = index_with(vec![IndexOp::UpsertCourse(course(
        1,
        "Chăn nuôi lợn",
        "Chuồng trại, thức ăn.",
    ))]);
    // Without the synonym, "heo" is unknown, and "nuôi" alone names no
    // trade: no partial match on the head alone.
    assert!(course_ids(&index, text("nuôi heo")).is_empty());
    assert!(course_ids(&index, text("heo")).is_empty());
    index.set_synonyms(Synonyms::from_pipe_groups(["heo|lợn"]));
    assert_eq!(course_ids(&index, text("heo")), [1]);
    assert_eq!(course_ids(&index, text("nuôi heo")), [1]);
}

#[test]
fn nearer_hits_win_among_equally_relevant_ones() {
    let mut far = course(1, "Điện dân dụng", "Lắp đặt điện.");
    far.commune_code = SOC_SON.into();
    let near = course(2, "Điện dân dụng", "Lắp đặt điện.");
    let index = index_with(vec![
        IndexOp::UpsertCourse(far),
        IndexOp::UpsertCourse(near),
    ]);
    let from_soc_son = CourseQuery {
        commune: Some(SOC_SON.into()),
        ..text("điện dân dụng")
    };
    assert_eq!(course_ids(&index, from_soc_son), [1, 2]);
    let from_ba_dinh = CourseQuery {
        commune: Some(BA_DINH.into()),
        ..text("điện dân dụng")
    };
    let hits = index.search_courses(&from_ba_dinh).unwrap().hits;
    assert_eq!(hits.iter().map(|h| h.id).collect::<Vec<_>>(), [2, 1]);
    assert!(hits[0].score - hits[1].score <= hocnghe_search::DISTANCE_BOOST_MAX);
}

#[test]
fn relaxing_drops_whole_trade_words_and_keeps_the_heads() {
    let index = index_with(repair_courses());
    // "sửa" is a head, "xe máy" a phrase of a title, "zzz qqq" and "vvv"
    // unknown words: relaxing drops the unknown words and keeps the head and
    // the phrase, which match the motorbike course.
    let results = index
        .search_courses(&text("sửa xe máy zzz qqq vvv"))
        .unwrap();
    assert_eq!(results.total, 1);
    assert_eq!(results.hits[0].id, 1);
    assert_eq!(results.facets["level"]["so_cap"], 1);
    let relaxed = results.relaxed.expect("the results say they are partial");
    assert_eq!(relaxed.required, ["sửa", "xe", "máy"]);
    assert_eq!(relaxed.optional, ["zzz", "qqq", "vvv"]);
    // A head alone is no match: "sửa đồng hồ" (watch repair) does not fall
    // back to "sửa", although every course here repairs something.
    let watches = index.search_courses(&text("sửa đồng hồ")).unwrap();
    assert_eq!(watches.total, 0);
    assert_eq!(watches.relaxed, None);
    // Two known syllables that no text has side by side are an unknown word:
    // "máy nấm" is not "máy" here and "nấm" there.
    assert!(course_ids(&index, text("may nam")).is_empty());
    let whole = index.search_courses(&text("sửa xe máy")).unwrap();
    assert!(whole.total > 0);
    assert_eq!(
        whole.relaxed, None,
        "every word matched: nothing was relaxed"
    );
    // Nothing matches at all: an empty page with its facets, not an error.
    let none = index.search_courses(&text("zzz qqq vvv www")).unwrap();
    assert_eq!(none.total, 0);
    assert!(none.hits.is_empty());
    assert!(none.facets.contains_key("level"));
    assert_eq!(none.relaxed, None);
}

#[test]
fn fillers_and_places_are_never_required() {
    let index = index_with(repair_courses());
    // Only "sửa", "điện thoại" must match; the place names the commune the
    // hits are measured from, and the answer says so.
    let results = index
        .search_courses(&text("tôi muốn học nghề sửa điện thoại ở Hoàn Kiếm"))
        .unwrap();
    assert_eq!(course_ids_of(&results), [2]);
    assert_eq!(results.relaxed, None);
    let place = results.place.expect("the place is understood");
    assert_eq!(place.commune_code, HOAN_KIEM);
    assert_eq!(results.hits[0].distance_km, Some(0.0));
    // Unaccented, with "khoá học" and "ở".
    let results = index
        .search_courses(&text("khoa hoc trong nam o soc son"))
        .unwrap();
    assert_eq!(course_ids_of(&results), [3]);
    // A long sentence loses its fillers, not its trade words, to the
    // ten-syllable bound.
    let results = index
        .search_courses(&text(
            "cho em hỏi ở gần Sóc Sơn có khóa học trồng nấm nào không ạ",
        ))
        .unwrap();
    assert_eq!(course_ids_of(&results), [3]);
    assert_eq!(results.place.map(|p| p.commune_code), Some(SOC_SON.into()));
    // A query of fillers only is taken as typed.
    assert!(course_ids(&index, text("tôi muốn học")).is_empty());
    // "ô" is not "ở": typed with marks, a filler's twin stays a trade word.
    assert!(course_ids(&index, text("sửa ô tô")).is_empty());
}

#[test]
fn a_trade_absent_from_the_catalogue_gets_no_hits_from_its_scattered_words() {
    let mut ops = repair_courses();
    let mut c = course(
        5,
        "Pha chế cà phê",
        "Pha cà phê trứng, quản lý quầy; có kinh nghiệm cắt tỉa là lợi thế.",
    );
    c.sector = None;
    ops.push(IndexOp::UpsertCourse(c));
    let mut c = course(6, "Làm móng nghệ thuật", "Sơn gel, vẽ móng.");
    c.sector = None;
    ops.push(IndexOp::UpsertCourse(c));
    let index = index_with(ops);
    // A head the index knows is not a typo: "trong" is "trồng", not "trứng".
    assert!(course_ids(&index, text("trong ca phe")).is_empty());
    assert_eq!(course_ids(&index, text("pha che ca phe")), [5]);
    // The first trade word is one no text has: its qualifier alone
    // ("nghệ thuật") is no answer.
    let tattoo = index.search_courses(&text("xăm hình nghệ thuật")).unwrap();
    assert_eq!(tattoo.total, 0);
    // A query of heads only must find them side by side: "cắt" and
    // "kinh nghiệm" in one text are no glass cutter ("thợ cắt kính").
    assert!(course_ids(&index, text("tho cat kinh")).is_empty());
    assert_eq!(course_ids(&index, text("sua chua")), [1, 2]);
}

#[test]
fn few_full_matches_come_with_near_matches_apart() {
    let mut ops = Vec::new();
    for (id, title) in [
        (1, "Trồng hoa lan"),
        (2, "Trồng hoa hồng"),
        (3, "Trồng hoa cúc"),
        (4, "Sửa chữa xe máy"),
    ] {
        let mut c = course(id, title, "Kỹ thuật trồng và chăm sóc.");
        c.sector = None;
        ops.push(IndexOp::UpsertCourse(c));
    }
    let index = index_with(ops);
    // One orchid course: the other flower courses follow as near matches,
    // which lack "lan" and say so, outside the total and the facets.
    let orchids = index.search_courses(&text("trồng hoa lan")).unwrap();
    assert_eq!(course_ids_of(&orchids), [1]);
    assert_eq!(orchids.total, 1);
    assert_eq!(orchids.relaxed, None);
    let near = orchids
        .near
        .expect("near matches under a single full match");
    let mut near_ids: Vec<i64> = near.hits.iter().map(|h| h.id).collect();
    near_ids.sort_unstable();
    assert_eq!(near_ids, [2, 3]);
    assert_eq!(near.relaxed.optional, ["lan"]);
    // One trade word, nothing to leave out: no near matches.
    let motorbikes = index.search_courses(&text("sửa xe máy")).unwrap();
    assert!(motorbikes.near.is_none());
    // Past the first page there are none either.
    let second = index
        .search_courses(&CourseQuery {
            page: 2,
            ..text("trồng hoa lan")
        })
        .unwrap();
    assert!(second.near.is_none());
}

#[test]
fn words_about_asking_say_whether_a_course_or_a_job_is_wanted() {
    let mut c = course(1, "Tin học văn phòng", "Word, Excel.");
    c.sector = None;
    let index = index_with(vec![IndexOp::UpsertCourse(c)]);
    let intent = |q: &str| index.search_courses(&text(q)).unwrap().intent;
    assert_eq!(intent("hoc tin hoc"), Some(Intent::Learn));
    assert_eq!(intent("tuyển nhân viên tin học"), Some(Intent::Work));
    assert_eq!(intent("tìm việc làm tin học"), Some(Intent::Work));
    // "tin học" is a trade, not a wish to learn.
    assert_eq!(intent("tin hoc van phong"), None);
    assert_eq!(
        intent("học tin học để xin việc"),
        None,
        "both said: neither"
    );
}

#[test]
fn organisation_names_match_only_name_like_queries() {
    let mut c = course(1, "Cắt may cơ bản", "Đo, cắt, may quần áo.");
    c.provider_name = "Trường Cao đẳng Nông nghiệp công nghệ cao".into();
    let index = index_with(vec![IndexOp::UpsertCourse(c)]);
    assert!(course_ids(&index, text("nong nghiep cong nghe cao")).is_empty());
    assert_eq!(
        course_ids(&index, text("Trường Cao đẳng Nông nghiệp")),
        [1],
        "a query that looks like a name finds the organisation's courses"
    );
}

fn course_ids_of<H: HasId>(results: &hocnghe_search::SearchResults<H>) -> Vec<i64> {
    results.hits.iter().map(HasId::id).collect()
}

trait HasId {
    fn id(&self) -> i64;
}

impl HasId for hocnghe_search::CourseHit {
    fn id(&self) -> i64 {
        self.id
    }
}

fn skill(label: &str, alts: &[&str]) -> hocnghe_search::SkillRef {
    hocnghe_search::SkillRef {
        code: label.into(),
        label: label.into(),
        alt_labels: alts.iter().map(|a| a.to_string()).collect(),
        essential: true,
    }
}

#[test]
fn a_skill_counts_only_when_the_query_names_it_as_a_phrase() {
    let mut mason = course(1, "Nề hoàn thiện", "Xây, trát cho công trình xây dựng.");
    mason.skills = vec![skill("thợ xây", &["nề"])];
    mason.sector = None;
    let mut cook = course(
        2,
        "Dinh dưỡng bếp ăn trường học",
        "Tính khẩu phần, dựng bữa.",
    );
    cook.skills = vec![skill("Xây dựng thực đơn", &[])];
    cook.sector = None;
    let mut bakery = course(3, "Bánh truyền thống", "Bánh chưng, bánh giầy.");
    bakery.skills = vec![skill("làm bánh", &[])];
    bakery.sector = None;
    let index = index_with(vec![
        IndexOp::UpsertCourse(mason),
        IndexOp::UpsertCourse(cook),
        IndexOp::UpsertCourse(bakery),
    ]);
    // "xây dựng" only starts the cook's skill: the mason, whose skill
    // "thợ xây" it names, comes first, with or without diacritics.
    assert_eq!(course_ids(&index, text("xây dựng")), [1, 2]);
    assert_eq!(course_ids(&index, text("xay dung")), [1, 2]);
    // Named whole, the skill counts.
    assert_eq!(course_ids(&index, text("xây dựng thực đơn")), [2]);
    // A skill named without its head ("trồng", "làm") still counts: "bánh".
    assert_eq!(course_ids(&index, text("bánh")), [3]);
}

#[test]
fn a_head_does_not_split_an_unknown_word_in_a_sentence_or_alone() {
    let mut hair = course(1, "Cắt tóc nam nữ", "Cắt, uốn, nhuộm.");
    hair.skills = vec![skill("cắt tóc", &["làm tóc"])];
    hair.sector = None;
    let mut rattan = course(2, "Đồ nội thất mây tre giả mây nhựa", "Đan ghế.");
    rattan.sector = None;
    let index = index_with(vec![
        IndexOp::UpsertCourse(hair),
        IndexOp::UpsertCourse(rattan),
    ]);
    // "tóc giả" (wigs) is one word no text has: no hairdressing answer,
    // flagged or not, as a sentence or as a short query.
    for q in ["học nghề làm tóc giả", "làm tóc giả", "lam toc gia"] {
        let found = index.search_courses(&text(q)).unwrap();
        assert_eq!(found.total, 0, "{q}");
        assert!(found.near.is_none(), "{q}");
    }
    assert_eq!(course_ids(&index, text("học nghề làm tóc")), [1]);
}
