//! Course and job search pages over the same index and checks as the API.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, get, web};
use askama::Template;
use hocnghe_domain::catalogue::Commune;
use hocnghe_domain::saved_searches::{COURSE_FILTERS, JOB_FILTERS};
use hocnghe_domain::{CourseLevel, DeliveryMode, EmploymentType, Role};
use hocnghe_search::{CourseHit, DemandHit, Intent, SearchIndex};
use hocnghe_store::repo::{communes, workers};

use crate::extract::parse_query;
use crate::service::search::{
    CourseSearchParams, DemandSearchParams, RelaxedQuery, SearchPage, course_query, demand_query,
    run_search,
};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormErrors;
use crate::web::html_escape;
use crate::web::render::{OrPage, PageResult, page};

const RADII: [u32; 5] = [5, 10, 20, 30, 50];
const PER_PAGE: u32 = 20;

struct Hit {
    href: String,
    /// HTML: the title, with matches marked when the match was in the title.
    title_html: String,
    /// HTML: a description excerpt with matches marked.
    highlight: Option<String>,
    line1: String,
    line2: String,
}

struct FacetValue {
    label: String,
    count: u64,
    href: String,
    on: bool,
}

struct Facet {
    title: String,
    values: Vec<FacetValue>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPageView {
    ctx: Ctx,
    jobs: bool,
    action: &'static str,
    q: String,
    commune: String,
    radius: String,
    money: String,
    filters_open: bool,
    communes: Vec<Commune>,
    radii: [u32; 5],
    total: usize,
    hits: Vec<Hit>,
    facets: Vec<Facet>,
    errors: Vec<String>,
    notice: Notice,
    prev_href: Option<String>,
    next_href: Option<String>,
    /// For a signed-in worker: the hidden fields of "save this search".
    save_fields: Option<Vec<(String, String)>>,
}

/// What a page says about weak results, and ways on from there.
#[derive(Default)]
struct Notice {
    /// Nothing matched every word: which words the hits match.
    partial: Option<String>,
    /// Nothing matched at all: said first, before the ways on.
    nothing: Option<String>,
    /// A link to the same search without its radius.
    widen_href: Option<String>,
    /// A link to the same filters without the words.
    without_words_href: Option<String>,
    /// Trades whose names fit the words: (name, link to the trade's page).
    trades: Vec<(String, String)>,
    /// The words ask for the other kind ("tuyển thợ hàn" among courses): the
    /// same words there.
    other_kind_href: Option<String>,
    /// Near matches under few full ones: what they may lack, and the hits.
    near: Option<(String, Vec<Hit>)>,
}

/// The heading of near matches and their cards.
fn near_hits<H>(
    ctx: &Ctx,
    near: Option<&crate::service::search::NearPage<H>>,
    card: impl Fn(&H) -> Hit,
) -> Option<(String, Vec<Hit>)> {
    let near = near?;
    let quoted = quoted(&near.words.optional);
    let heading = if ctx.en() {
        format!("Near matches: these may lack {quoted}")
    } else {
        format!("Kết quả gần đúng: có thể thiếu {quoted}")
    };
    Some((heading, near.hits.iter().map(card).collect()))
}

/// Trades offered under a weak result.
const TRADES_OFFERED: usize = 3;

impl Notice {
    fn new<H>(
        state: &AppState,
        ctx: &Ctx,
        params: &Params,
        path: &str,
        found: &SearchPage<H>,
    ) -> Self {
        let (total, relaxed) = (found.total, found.relaxed.as_ref());
        let other_path = match found.intent {
            Some(Intent::Work) if path == "/courses" => Some("/jobs"),
            Some(Intent::Learn) if path == "/jobs" => Some("/courses"),
            _ => None,
        };
        let other_kind_href = other_path.map(|other| {
            let q: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("q", &params.get("q"))
                .finish();
            format!("{other}?{q}")
        });
        let q = params.get("q");
        let weak = total == 0 || relaxed.is_some();
        let radius = params.get("radius_km");
        let widen_href =
            (!radius.is_empty() && weak).then(|| params.href(path, "radius_km", &radius));
        let asked = weak && !q.trim().is_empty();
        let trades = if asked {
            state
                .search
                .occupations
                .suggest(&q, TRADES_OFFERED)
                .into_iter()
                .map(|s| {
                    let name = ctx.t(&s.label, &s.label_en).to_owned();
                    (name, format!("/nghe/{}", s.code))
                })
                .collect()
        } else {
            Vec::new()
        };
        Self {
            partial: relaxed.map(|r| partial_match(ctx, path, &q, r)),
            nothing: (asked && total == 0).then(|| nothing_matches(ctx, path, &q, &radius)),
            widen_href,
            without_words_href: asked.then(|| params.href(path, "q", &q)),
            trades,
            other_kind_href,
            near: None,
        }
    }
}

fn nothing_matches(ctx: &Ctx, path: &str, q: &str, radius: &str) -> String {
    let (what_vi, what_en) = if path == "/jobs" {
        ("việc làm", "job")
    } else {
        ("khóa học", "course")
    };
    if ctx.en() {
        let within = if radius.is_empty() {
            String::new()
        } else {
            format!(" within {radius} km")
        };
        format!("No {what_en} matches «{q}»{within} yet.")
    } else {
        let within = if radius.is_empty() {
            String::new()
        } else {
            format!(" trong bán kính {radius} km")
        };
        format!("Chưa có {what_vi} đúng với «{q}»{within}.")
    }
}

/// Query words as a page quotes them: “sua”, “xe”.
fn quoted(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("“{w}”"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// First that nothing fits what was asked, then what the hits do have.
fn partial_match(ctx: &Ctx, path: &str, q: &str, relaxed: &RelaxedQuery) -> String {
    let jobs = path == "/jobs";
    let (required, optional) = (quoted(&relaxed.required), quoted(&relaxed.optional));
    if ctx.en() {
        let what = if jobs { "job" } else { "course" };
        format!(
            "No {what} matches «{q}» yet. The results below are only partial matches: they contain {required} but may lack {optional}."
        )
    } else {
        let what = if jobs { "việc làm" } else { "khóa học" };
        format!(
            "Chưa có {what} đúng với «{q}». Các kết quả dưới đây chỉ khớp một phần: có {required} nhưng có thể thiếu {optional}."
        )
    }
}

/// The request's query parameters, to rebuild links with one changed.
struct Params(Vec<(String, String)>);

impl Params {
    fn parse(query: &str) -> Self {
        Self(
            form_urlencoded::parse(query.as_bytes())
                .filter(|(k, v)| k != "lang" && !v.is_empty())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    fn get(&self, key: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    fn set(&mut self, key: &str, value: &str) {
        self.0.retain(|(k, _)| k != key);
        self.0.push((key.to_owned(), value.to_owned()));
    }

    /// A link to `path` with `key` set to `value` (or removed if it already
    /// had that value), back on page 1 unless the key is `page`.
    fn href(&self, path: &str, key: &str, value: &str) -> String {
        let mut pairs: Vec<(String, String)> = self
            .0
            .iter()
            .filter(|(k, _)| k != key && (key == "page" || k != "page"))
            .cloned()
            .collect();
        if self.get(key) != value {
            pairs.push((key.to_owned(), value.to_owned()));
        }
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        if query.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{query}")
        }
    }

    fn query_string(&self) -> String {
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(self.0.iter())
            .finish()
    }
}

/// A logged-in worker's home commune: searches measure distances from it.
async fn home_commune(state: &AppState, ctx: &Ctx) -> Option<String> {
    let user = ctx.user.as_ref().filter(|u| u.role == Role::Worker)?;
    let id = workers::id_of_user(&state.db, user.user_id).await.ok()??;
    workers::load(&state.db, id)
        .await
        .ok()
        .map(|p| p.commune_code)
}

#[allow(clippy::too_many_arguments)]
fn facet(
    params: &Params,
    path: &str,
    facets: &std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>>,
    key: &str,
    param: &str,
    title: &str,
    label: impl Fn(&str) -> String,
) -> Option<Facet> {
    let counts = facets.get(key)?;
    let current = params.get(param);
    let mut values: Vec<FacetValue> = counts
        .iter()
        .map(|(value, count)| FacetValue {
            label: label(value),
            count: *count,
            href: params.href(path, param, value),
            on: current == *value,
        })
        .collect();
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    (!values.is_empty()).then(|| Facet {
        title: title.to_owned(),
        values,
    })
}

fn pager(params: &Params, path: &str, page: u32, total: usize) -> (Option<String>, Option<String>) {
    let prev = (page > 1).then(|| params.href(path, "page", &(page - 1).to_string()));
    let shown = u64::from(page) * u64::from(PER_PAGE);
    let next = (shown < total as u64 && shown < 10_000)
        .then(|| params.href(path, "page", &(page + 1).to_string()));
    (prev, next)
}

fn vocabulary_label<T: std::str::FromStr + Copy>(
    ctx: &Ctx,
    value: &str,
    vi: fn(T) -> &'static str,
    en: fn(T) -> &'static str,
) -> String {
    match value.parse::<T>() {
        Ok(v) => ctx.t(vi(v), en(v)).to_owned(),
        Err(_) => value.to_owned(),
    }
}

async fn run<P, Q, H>(
    state: &AppState,
    ctx: &Ctx,
    req: &HttpRequest,
    check: fn(&SearchIndex, P) -> Result<Q, hocnghe_domain::ValidationErrors>,
    search: fn(
        &SearchIndex,
        &Q,
    ) -> Result<hocnghe_search::SearchResults<H>, hocnghe_search::SearchError>,
) -> Result<(Params, Result<(SearchPage<H>, u32), Vec<String>>), crate::web::render::PageError>
where
    P: serde::de::DeserializeOwned,
    Q: Send + 'static + HasPage,
    H: Send + 'static,
{
    let mut params = Params::parse(req.query_string());
    if params.get("commune").is_empty()
        && let Some(home) = home_commune(state, ctx).await
    {
        params.set("commune", &home);
    }
    if params.get("per_page").is_empty() {
        params.set("per_page", &PER_PAGE.to_string());
    }
    let parsed: Result<P, _> = parse_query(&params.query_string());
    let checked = match parsed {
        Ok(p) => check(&state.search.index, p).map_err(crate::error::ApiError::from),
        Err(e) => Err(e),
    };
    match checked {
        Ok(query) => {
            let page = query.page();
            let found = run_search(state, query, search, page, PER_PAGE)
                .await
                .or_page(ctx)?;
            Ok((params, Ok((found, page))))
        }
        Err(error) => Ok((params, Err(FormErrors::from_api(ctx.lang, error).all()))),
    }
}

pub trait HasPage {
    fn page(&self) -> u32;
}

impl HasPage for hocnghe_search::CourseQuery {
    fn page(&self) -> u32 {
        self.page
    }
}

impl HasPage for hocnghe_search::DemandQuery {
    fn page(&self) -> u32 {
        self.page
    }
}

#[get("/courses")]
async fn course_search(state: web::Data<AppState>, ctx: Ctx, req: HttpRequest) -> PageResult {
    let (params, outcome) = run::<CourseSearchParams, _, CourseHit>(
        &state,
        &ctx,
        &req,
        course_query,
        SearchIndex::search_courses,
    )
    .await?;
    let names = communes::names(&state.db).await.or_page(&ctx)?;
    let (status, total, hits, facets, errors, notice, pages) = match outcome {
        Ok((found, page)) => {
            let hits = found
                .hits
                .iter()
                .map(|h| course_hit(&ctx, &names, h))
                .collect();
            let facets = [
                facet(
                    &params,
                    "/courses",
                    &found.facets,
                    "level",
                    "level",
                    ctx.t("Trình độ", "Level"),
                    |v| {
                        vocabulary_label::<CourseLevel>(
                            &ctx,
                            v,
                            CourseLevel::label_vi,
                            CourseLevel::label_en,
                        )
                    },
                ),
                facet(
                    &params,
                    "/courses",
                    &found.facets,
                    "mode",
                    "mode",
                    ctx.t("Hình thức", "Mode"),
                    |v| {
                        vocabulary_label::<DeliveryMode>(
                            &ctx,
                            v,
                            DeliveryMode::label_vi,
                            DeliveryMode::label_en,
                        )
                    },
                ),
            ]
            .into_iter()
            .flatten()
            .collect();
            (
                StatusCode::OK,
                found.total,
                hits,
                facets,
                Vec::new(),
                Notice {
                    near: near_hits(&ctx, found.near.as_ref(), |h| course_hit(&ctx, &names, h)),
                    ..Notice::new(&state, &ctx, &params, "/courses", &found)
                },
                pager(&params, "/courses", page, found.total),
            )
        }
        Err(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            0,
            Vec::new(),
            Vec::new(),
            errors,
            Notice::default(),
            (None, None),
        ),
    };
    render(
        &state, &ctx, status, false, &params, total, hits, facets, errors, notice, pages,
    )
    .await
}

#[get("/jobs")]
async fn job_search(state: web::Data<AppState>, ctx: Ctx, req: HttpRequest) -> PageResult {
    let (params, outcome) = run::<DemandSearchParams, _, DemandHit>(
        &state,
        &ctx,
        &req,
        demand_query,
        SearchIndex::search_demands,
    )
    .await?;
    let names = communes::names(&state.db).await.or_page(&ctx)?;
    let (status, total, hits, facets, errors, notice, pages) = match outcome {
        Ok((found, page)) => {
            let hits = found
                .hits
                .iter()
                .map(|h| job_hit(&ctx, &names, h))
                .collect();
            let facets = [facet(
                &params,
                "/jobs",
                &found.facets,
                "employment_type",
                "employment_type",
                ctx.t("Hình thức", "Type"),
                |v| {
                    vocabulary_label::<EmploymentType>(
                        &ctx,
                        v,
                        EmploymentType::label_vi,
                        EmploymentType::label_en,
                    )
                },
            )]
            .into_iter()
            .flatten()
            .collect();
            (
                StatusCode::OK,
                found.total,
                hits,
                facets,
                Vec::new(),
                Notice {
                    near: near_hits(&ctx, found.near.as_ref(), |h| job_hit(&ctx, &names, h)),
                    ..Notice::new(&state, &ctx, &params, "/jobs", &found)
                },
                pager(&params, "/jobs", page, found.total),
            )
        }
        Err(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            0,
            Vec::new(),
            Vec::new(),
            errors,
            Notice::default(),
            (None, None),
        ),
    };
    render(
        &state, &ctx, status, true, &params, total, hits, facets, errors, notice, pages,
    )
    .await
}

/// What both kinds of hit show: the title with its matches, who offers it,
/// where and how far.
struct HitText<'a> {
    href: String,
    title: &'a str,
    highlight: Option<&'a str>,
    who: &'a str,
    commune_code: &'a str,
    distance_km: Option<f64>,
    line2: String,
}

fn hit(ctx: &Ctx, names: &HashMap<String, String>, text: HitText<'_>) -> Hit {
    let place = names.get(text.commune_code).cloned().unwrap_or_default();
    let distance = text
        .distance_km
        .map(|d| format!(" · {}", ctx.km(&d)))
        .unwrap_or_default();
    Hit {
        href: text.href,
        title_html: title_html(text.title, text.highlight),
        highlight: text
            .highlight
            .filter(|s| strip_marks(s) != html_escape(text.title))
            .map(str::to_owned),
        line1: format!("{} · {place}{distance}", text.who),
        line2: text.line2,
    }
}

fn course_hit(ctx: &Ctx, names: &HashMap<String, String>, h: &CourseHit) -> Hit {
    let level = ctx.t(h.level.label_vi(), h.level.label_en());
    let line2 = format!(
        "{level} · {} {} · {}: {} · {} {}",
        h.weeks,
        ctx.t("tuần", "weeks"),
        ctx.t("bạn trả", "you pay"),
        ctx.fee(&h.fee_after_subsidy_vnd),
        ctx.t("khai giảng", "starts"),
        ctx.date(&h.start_date)
    );
    hit(
        ctx,
        names,
        HitText {
            href: format!("/courses/{}", h.id),
            title: &h.title,
            highlight: h.highlight.as_deref(),
            who: &h.provider_name,
            commune_code: &h.commune_code,
            distance_km: h.distance_km,
            line2,
        },
    )
}

fn job_hit(ctx: &Ctx, names: &HashMap<String, String>, h: &DemandHit) -> Hit {
    let kind = ctx.t(h.employment_type.label_vi(), h.employment_type.label_en());
    let line2 = format!(
        "{} {} · {} · {}",
        h.positions,
        ctx.t("người", "people"),
        ctx.wage(&h.wage_min_vnd, &h.wage_max_vnd),
        kind
    );
    hit(
        ctx,
        names,
        HitText {
            href: format!("/jobs/{}", h.id),
            title: &h.title,
            highlight: h.highlight.as_deref(),
            who: &h.employer_name,
            commune_code: &h.commune_code,
            distance_km: h.distance_km,
            line2,
        },
    )
}

#[allow(clippy::too_many_arguments)]
async fn render(
    state: &AppState,
    ctx: &Ctx,
    status: StatusCode,
    for_jobs: bool,
    params: &Params,
    total: usize,
    hits: Vec<Hit>,
    facets: Vec<Facet>,
    errors: Vec<String>,
    notice: Notice,
    (prev_href, next_href): (Option<String>, Option<String>),
) -> PageResult {
    let money_key = if for_jobs { "min_wage" } else { "max_fee" };
    let template = SearchPageView {
        ctx: ctx.clone(),
        jobs: for_jobs,
        action: if for_jobs { "/jobs" } else { "/courses" },
        q: params.get("q"),
        commune: params.get("commune"),
        radius: params.get("radius_km"),
        money: params.get(money_key),
        filters_open: !params.get("radius_km").is_empty() || !params.get(money_key).is_empty(),
        communes: communes::list(&state.db).await.or_page(ctx)?,
        radii: RADII,
        total,
        hits,
        facets,
        errors,
        notice,
        prev_href,
        next_href,
        save_fields: save_fields(ctx, for_jobs, params),
    };
    page(ctx, status, &template)
}

/// The search as "save this search" posts it, for a signed-in worker.
fn save_fields(ctx: &Ctx, for_jobs: bool, params: &Params) -> Option<Vec<(String, String)>> {
    ctx.user.as_ref().filter(|u| u.role == Role::Worker)?;
    let filters = if for_jobs {
        JOB_FILTERS
    } else {
        COURSE_FILTERS
    };
    let mut fields = vec![(
        "kind".to_owned(),
        if for_jobs { "jobs" } else { "courses" }.to_owned(),
    )];
    fields.extend(
        params
            .0
            .iter()
            .filter(|(k, _)| {
                matches!(k.as_str(), "q" | "commune" | "radius_km") || filters.contains(&k.as_str())
            })
            .cloned(),
    );
    Some(fields)
}

fn strip_marks(s: &str) -> String {
    s.replace("<mark>", "").replace("</mark>", "")
}

/// The search crate's highlight is already HTML-escaped; use it for the
/// title when it is the title.
fn title_html(title: &str, highlight: Option<&str>) -> String {
    match highlight {
        Some(h) if strip_marks(h) == html_escape(title) => h.to_owned(),
        _ => html_escape(title),
    }
}
