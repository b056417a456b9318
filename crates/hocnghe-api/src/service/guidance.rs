//! Career guidance, shared by the JSON routes and the pages: occupations by
//! sector group, one occupation's guide (skills, local demand, the route of
//! courses, related occupations), skills discovery from everyday
//! activities, and the interest explorer.

use std::collections::{BTreeMap, HashMap};

use chrono::Utc;
use hocnghe_domain::catalogue::{Occupation, SkillLabel};
use hocnghe_domain::{FieldError, Sector, ValidationErrors};
use hocnghe_match::guide::discovery::{self, Activity};
use hocnghe_match::guide::interests::{self, ExplorerInput, MAX_ANSWER};
use hocnghe_match::guide::outlook::{self, RouteCourse, WageRange};
use hocnghe_match::guide::related;
use hocnghe_match::{Location, OccupationSkills};
use hocnghe_store::guidance::{self as curated, GuidanceData};
use hocnghe_store::repo::{communes, discovered_skills, occupation_skills, taxonomy};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Demands and courses this close to the person's commune count as local
/// in the explorer (online courses always do).
pub const NEARBY_KM: f64 = 30.0;
/// How many related occupations a guide lists.
pub const RELATED_LIMIT: usize = 6;

/// The four groups `/nghe` is browsed by.
pub const GROUPS: [(&str, &str, &str, &[Sector]); 4] = [
    (
        "nong-nghiep",
        "Nông nghiệp công nghệ cao và nông nghiệp xanh",
        "High-tech and green agriculture",
        &[Sector::HighTechAgriculture, Sector::GreenAgriculture],
    ),
    (
        "cong-nghiep-xay-dung",
        "Công nghiệp, xây dựng, cơ khí và làng nghề",
        "Industry, construction, mechanics and craft villages",
        &[
            Sector::Industry,
            Sector::Construction,
            Sector::Mechanics,
            Sector::Craft,
        ],
    ),
    ("dich-vu", "Dịch vụ", "Services", &[Sector::Services]),
    ("ky-thuat-so", "Kỹ thuật số", "Digital", &[Sector::Digital]),
];

fn group_of(sector: Option<Sector>) -> &'static str {
    GROUPS
        .iter()
        .find(|(_, _, _, sectors)| sector.is_some_and(|s| sectors.contains(&s)))
        .map_or("khac", |(code, ..)| code)
}

fn curated() -> ApiResult<&'static GuidanceData> {
    Ok(curated::data()?)
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct OccupationSummary {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub sector: Option<Sector>,
    /// Open positions in Hanoi now.
    pub open_positions: i64,
    /// Open courses (not started) that lead to it.
    pub courses: u32,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct SectorGroup {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    /// By Vietnamese name.
    pub occupations: Vec<OccupationSummary>,
}

/// Every occupation, in the four sector groups.
pub async fn browse(state: &AppState) -> ApiResult<Vec<SectorGroup>> {
    let occupations = taxonomy::all_occupations(&state.db).await?;
    let snapshot = state
        .ranking
        .snapshot(&state.db, &state.search.index)
        .await?;
    let today = Utc::now().date_naive();
    let mut positions: HashMap<&str, i64> = HashMap::new();
    for d in &snapshot.catalogue.demands {
        if let Some(code) = d.occupation_code.as_deref()
            && outlook::is_open(d, today)
        {
            *positions.entry(code).or_default() += d.positions;
        }
    }
    let courses = courses_by_occupation(&snapshot.catalogue.courses, today, |_| true);
    let mut groups: Vec<SectorGroup> = GROUPS
        .iter()
        .map(|(code, vi, en, _)| SectorGroup {
            code: (*code).to_owned(),
            name_vi: (*vi).to_owned(),
            name_en: (*en).to_owned(),
            occupations: Vec::new(),
        })
        .collect();
    for o in occupations {
        let group = group_of(o.sector);
        let Some(g) = groups.iter_mut().find(|g| g.code == group) else {
            continue;
        };
        g.occupations.push(OccupationSummary {
            open_positions: positions.get(o.code.as_str()).copied().unwrap_or(0),
            courses: courses.get(o.code.as_str()).copied().unwrap_or(0),
            code: o.code,
            name_vi: o.name_vi,
            name_en: o.name_en,
            sector: o.sector,
        });
    }
    for g in &mut groups {
        g.occupations
            .sort_by(|a, b| a.name_vi.cmp(&b.name_vi).then(a.code.cmp(&b.code)));
    }
    Ok(groups)
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct CommuneDemandView {
    pub commune_code: String,
    pub commune_name: String,
    pub positions: i64,
    pub demands: u32,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct RelatedView {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub shared_skills: u32,
    pub similarity: f64,
}

/// Everything `/nghe/{code}` shows, as data.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct OccupationGuide {
    /// With its skills, essential first.
    pub occupation: Occupation,
    /// Code of its group in [`browse`].
    pub group: String,
    /// Its interest themes (R I A S E C), strongest first.
    pub interest_themes: String,
    pub open_positions: i64,
    pub open_demands: u32,
    /// Communes with open positions, most first.
    pub by_commune: Vec<CommuneDemandView>,
    /// From the open demands that name a wage.
    pub wage: Option<WageRange>,
    /// Open courses leading to it: shortest level first, then fewest
    /// credits, then earliest start. Empty when none is offered yet.
    pub route: Vec<RouteCourse>,
    /// Occupations sharing its skills, most similar first.
    pub related: Vec<RelatedView>,
}

/// One occupation's guide; course distances from `location` when given.
pub async fn occupation_guide(
    state: &AppState,
    code: &str,
    location: Option<Location>,
) -> ApiResult<OccupationGuide> {
    let occupation = taxonomy::get_occupation(&state.db, code.trim()).await?;
    let snapshot = state
        .ranking
        .snapshot(&state.db, &state.search.index)
        .await?;
    let today = Utc::now().date_naive();
    let local = outlook::outlook(
        &occupation.code,
        &snapshot.catalogue.demands,
        &snapshot.catalogue.courses,
        location,
        today,
    );
    let names = communes::names(&state.db).await?;
    let all_skills = occupation_skills::all(&state.db).await?;
    let related = related::related(&occupation.code, &all_skills, RELATED_LIMIT);
    let others = taxonomy::all_occupations(&state.db).await?;
    let related = related
        .into_iter()
        .filter_map(|r| {
            let o = others.iter().find(|o| o.code == r.code)?;
            Some(RelatedView {
                name_vi: o.name_vi.clone(),
                name_en: o.name_en.clone(),
                code: r.code,
                shared_skills: r.shared_skills,
                similarity: r.similarity,
            })
        })
        .collect();
    Ok(OccupationGuide {
        group: group_of(occupation.sector).to_owned(),
        interest_themes: curated()?
            .occupation_themes
            .get(&occupation.code)
            .cloned()
            .unwrap_or_default(),
        open_positions: local.open_positions,
        open_demands: local.open_demands,
        by_commune: local
            .by_commune
            .into_iter()
            .map(|c| CommuneDemandView {
                commune_name: names.get(&c.commune_code).cloned().unwrap_or_default(),
                commune_code: c.commune_code,
                positions: c.positions,
                demands: c.demands,
                lat: c.lat,
                lon: c.lon,
            })
            .collect(),
        wage: local.wage,
        route: local.route,
        related,
        occupation,
    })
}

/// A commune's centre, or a field error naming `field`.
pub async fn commune_location(state: &AppState, field: &str, code: &str) -> ApiResult<Location> {
    let found = communes::get(&state.db, code.trim())
        .await?
        .ok_or_else(|| {
            ApiError::field(FieldError::new(
                field,
                "unknown_commune",
                "Không có xã/phường với mã này.",
                "No commune has this code.",
            ))
        })?;
    Ok(Location::new(found.lat, found.lon))
}

// ---------------------------------------------------------------- discovery

/// The checklist: every activity with the skills it stands for.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ActivityView {
    pub code: String,
    pub group: String,
    pub label_vi: String,
    pub label_en: String,
    pub skills: Vec<SkillLabel>,
}

pub async fn activities(state: &AppState) -> ApiResult<Vec<ActivityView>> {
    let labels = skill_labels(state).await?;
    Ok(curated()?
        .activities
        .iter()
        .map(|a| ActivityView {
            code: a.code.clone(),
            group: a.group.clone(),
            label_vi: a.label_vi.clone(),
            label_en: a.label_en.clone(),
            skills: a.skills.iter().map(|s| label(&labels, s)).collect(),
        })
        .collect())
}

#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscoverInput {
    /// Codes of the activities the person has done (see `GET /guidance/activities`).
    pub activities: Vec<String>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct DiscoveredSkillView {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    /// The ticked activities it comes from.
    pub from_activities: Vec<String>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Discovery {
    /// In checklist order, each once.
    pub skills: Vec<DiscoveredSkillView>,
}

/// Skills of the ticked activities; every unknown activity is a field error.
pub async fn discover(state: &AppState, input: &DiscoverInput) -> ApiResult<Discovery> {
    let data = curated()?;
    let mut errors = Vec::new();
    if input.activities.is_empty() {
        errors.push(FieldError::new(
            "activities",
            "required",
            "Hãy chọn ít nhất một việc bạn đã từng làm.",
            "Tick at least one thing you have done.",
        ));
    }
    for (i, code) in input.activities.iter().enumerate() {
        if data.activity(code.trim()).is_none() {
            errors.push(FieldError::new(
                format!("activities[{i}]"),
                "unknown_activity",
                "Không có việc này trong danh sách.",
                "This activity is not in the checklist.",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(ValidationErrors(errors)));
    }
    let ticked: Vec<String> = input
        .activities
        .iter()
        .map(|c| c.trim().to_owned())
        .collect();
    let labels = skill_labels(state).await?;
    Ok(Discovery {
        skills: discovery::discover(&data.activities, &ticked)
            .into_iter()
            .map(|d| {
                let l = label(&labels, &d.code);
                DiscoveredSkillView {
                    code: d.code,
                    label_vi: l.label_vi,
                    label_en: l.label_en,
                    from_activities: d.from_activities,
                }
            })
            .collect(),
    })
}

#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmedSkills {
    /// Skill codes the worker confirmed.
    pub skills: Vec<String>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AddedSkills {
    /// Newly in the profile, as self-reported.
    pub added: Vec<String>,
    /// Already in the profile, left as they were.
    pub already_held: Vec<String>,
}

/// Add confirmed skills to a worker's profile as self-reported.
pub async fn add_confirmed(
    state: &AppState,
    worker_id: i64,
    input: &ConfirmedSkills,
) -> ApiResult<AddedSkills> {
    let codes: Vec<String> = input.skills.iter().map(|c| c.trim().to_owned()).collect();
    let known = taxonomy::skill_ids(&state.db, &codes).await?;
    let mut errors = Vec::new();
    if codes.is_empty() {
        errors.push(FieldError::new(
            "skills",
            "required",
            "Hãy chọn ít nhất một kỹ năng để thêm vào hồ sơ.",
            "Choose at least one skill to add to the profile.",
        ));
    }
    for (i, code) in codes.iter().enumerate() {
        if !known.contains_key(code) {
            errors.push(FieldError::new(
                format!("skills[{i}]"),
                "unknown_skill",
                "Không có kỹ năng với mã này.",
                "No skill has this code.",
            ));
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::validation(ValidationErrors(errors)));
    }
    let added = discovered_skills::add_self_reported(&state.db, worker_id, &codes).await?;
    tracing::info!(
        worker_id,
        added = added.added.len(),
        "discovered skills added"
    );
    Ok(AddedSkills {
        added: added.added,
        already_held: added.already_held,
    })
}

// ---------------------------------------------------------------- explorer

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ThemeView {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub description_vi: String,
    pub description_en: String,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ItemView {
    pub code: String,
    pub theme: String,
    pub text_vi: String,
    pub text_en: String,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Questionnaire {
    pub themes: Vec<ThemeView>,
    /// Answer each with 0 (không thích / dislike), 1 (bình thường / neutral) or 2 (thích / like).
    pub items: Vec<ItemView>,
}

pub fn questionnaire() -> ApiResult<Questionnaire> {
    let data = curated()?;
    Ok(Questionnaire {
        themes: data
            .themes
            .iter()
            .map(|t| ThemeView {
                code: t.code.clone(),
                name_vi: t.name_vi.clone(),
                name_en: t.name_en.clone(),
                description_vi: t.description_vi.clone(),
                description_en: t.description_en.clone(),
            })
            .collect(),
        items: data
            .items
            .iter()
            .map(|i| ItemView {
                code: i.code.clone(),
                theme: i.theme.clone(),
                text_vi: i.text_vi.clone(),
                text_en: i.text_en.clone(),
            })
            .collect(),
    })
}

#[derive(Clone, Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExplorerAnswers {
    /// Item code → 0, 1 or 2; every item must be answered.
    pub answers: BTreeMap<String, u8>,
    /// The person's commune: demand and courses within 30 km count
    /// (online courses always). Without it, all of Hanoi counts.
    pub commune: Option<String>,
    /// How many occupations to return, 1–100 (default 10).
    pub limit: Option<u32>,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ThemeResult {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    /// Share of the highest possible answers, 0–1.
    pub score: f64,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ExplorerRow {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub sector: Option<Sector>,
    /// The occupation's themes, strongest first.
    pub themes: String,
    /// Interest fit, 0–1.
    pub fit: f64,
    /// Open positions counted (nearby or all of Hanoi).
    pub positions: i64,
    /// ln(1 + positions) / ln(1 + the most positions of any occupation), 0–1.
    pub demand: f64,
    /// Open courses counted (nearby or online, or all of Hanoi).
    pub courses: u32,
    /// 1 when at least one course is counted, else 0.
    pub training: f64,
    /// fit × (0.5 + 0.5·demand) × (0.75 + 0.25·training).
    pub score: f64,
}

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct Exploration {
    pub themes: Vec<ThemeResult>,
    /// Best score first.
    pub occupations: Vec<ExplorerRow>,
    /// Whether demand and courses were counted near a commune.
    pub nearby_commune: Option<String>,
}

/// Validate the answers: every item answered 0–2, no unknown item.
pub fn check_answers(answers: &BTreeMap<String, u8>) -> ApiResult<Vec<(char, u8)>> {
    let data = curated()?;
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for item in &data.items {
        match answers.get(&item.code) {
            None => errors.push(FieldError::new(
                format!("answers.{}", item.code),
                "required",
                "Hãy trả lời câu này.",
                "Please answer this statement.",
            )),
            Some(a) if *a > MAX_ANSWER => errors.push(FieldError::new(
                format!("answers.{}", item.code),
                "out_of_range",
                "Câu trả lời phải là 0, 1 hoặc 2.",
                "The answer must be 0, 1 or 2.",
            )),
            Some(a) => out.push((item.theme.chars().next().unwrap_or('?'), *a)),
        }
    }
    for code in answers.keys() {
        if !data.items.iter().any(|i| &i.code == code) {
            errors.push(FieldError::new(
                format!("answers.{code}"),
                "unknown_item",
                "Không có câu hỏi với mã này.",
                "No statement has this code.",
            ));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(ApiError::validation(ValidationErrors(errors)))
    }
}

pub fn check_limit(limit: Option<u32>) -> ApiResult<usize> {
    match limit {
        None => Ok(10),
        Some(n @ 1..=100) => Ok(n as usize),
        Some(_) => Err(ApiError::field(FieldError::new(
            "limit",
            "out_of_range",
            "Số nghề phải từ 1 đến 100.",
            "The limit must be between 1 and 100.",
        ))),
    }
}

/// Theme scores and occupations ranked by fit × demand × training.
pub async fn explore(state: &AppState, input: &ExplorerAnswers) -> ApiResult<Exploration> {
    let answers = check_answers(&input.answers)?;
    let limit = check_limit(input.limit)?;
    let near = match input.commune.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(code) => Some((
            code.to_owned(),
            commune_location(state, "commune", code).await?,
        )),
    };
    let data = curated()?;
    let scores = interests::theme_scores(&answers);
    let snapshot = state
        .ranking
        .snapshot(&state.db, &state.search.index)
        .await?;
    let today = Utc::now().date_naive();
    let within = |at: Location| {
        near.as_ref()
            .is_none_or(|(_, l)| l.distance_km(at) <= NEARBY_KM)
    };
    let mut positions: HashMap<&str, i64> = HashMap::new();
    for d in &snapshot.catalogue.demands {
        if let Some(code) = d.occupation_code.as_deref()
            && outlook::is_open(d, today)
            && within(d.location())
        {
            *positions.entry(code).or_default() += d.positions;
        }
    }
    let courses = courses_by_occupation(&snapshot.catalogue.courses, today, |c| {
        c.delivery_mode == hocnghe_domain::DeliveryMode::Online || within(c.location())
    });
    let occupations = taxonomy::all_occupations(&state.db).await?;
    let inputs: Vec<ExplorerInput> = occupations
        .iter()
        .filter_map(|o| {
            Some(ExplorerInput {
                themes: data.occupation_themes.get(&o.code)?.clone(),
                positions: positions.get(o.code.as_str()).copied().unwrap_or(0),
                courses: courses.get(o.code.as_str()).copied().unwrap_or(0),
                code: o.code.clone(),
            })
        })
        .collect();
    let ranked = interests::rank(&scores, &inputs);
    Ok(Exploration {
        themes: scores
            .iter()
            .map(|s| {
                let t = data.theme(&s.theme);
                ThemeResult {
                    code: s.theme.clone(),
                    name_vi: t.map(|t| t.name_vi.clone()).unwrap_or_default(),
                    name_en: t.map(|t| t.name_en.clone()).unwrap_or_default(),
                    score: s.score,
                }
            })
            .collect(),
        occupations: ranked
            .into_iter()
            .take(limit)
            .filter_map(|m| {
                let o = occupations.iter().find(|o| o.code == m.code)?;
                Some(ExplorerRow {
                    name_vi: o.name_vi.clone(),
                    name_en: o.name_en.clone(),
                    sector: o.sector,
                    code: m.code,
                    themes: m.themes,
                    fit: m.fit,
                    positions: m.positions,
                    demand: m.demand,
                    courses: m.courses,
                    training: m.training,
                    score: m.score,
                })
            })
            .collect(),
        nearby_commune: near.map(|(code, _)| code),
    })
}

async fn skill_labels(state: &AppState) -> ApiResult<HashMap<String, SkillLabel>> {
    Ok(taxonomy::all_skills(&state.db)
        .await?
        .into_iter()
        .map(|s| {
            (
                s.code.clone(),
                SkillLabel {
                    code: s.code,
                    label_vi: s.label_vi,
                    label_en: s.label_en,
                },
            )
        })
        .collect())
}

fn label(labels: &HashMap<String, SkillLabel>, code: &str) -> SkillLabel {
    labels.get(code).cloned().unwrap_or_else(|| SkillLabel {
        code: code.to_owned(),
        label_vi: code.to_owned(),
        label_en: code.to_owned(),
    })
}

/// Activities in a group, for the checklist's headings.
pub fn activity_groups(activities: &[Activity]) -> Vec<(String, Vec<Activity>)> {
    let mut out: Vec<(String, Vec<Activity>)> = Vec::new();
    for a in activities {
        match out.iter_mut().find(|(g, _)| *g == a.group) {
            Some((_, list)) => list.push(a.clone()),
            None => out.push((a.group.clone(), vec![a.clone()])),
        }
    }
    out
}

/// OccupationSkills of what a worker holds, for the gap to an occupation.
pub fn held_as_occupation(codes: impl IntoIterator<Item = String>) -> OccupationSkills {
    OccupationSkills {
        essential: codes.into_iter().collect(),
        optional: Vec::new(),
    }
}

/// Upcoming courses per occupation code among those `keep` accepts. The
/// catalogue lists one candidate per open class: a course counts once.
fn courses_by_occupation(
    candidates: &[hocnghe_match::CourseCandidate],
    today: chrono::NaiveDate,
    keep: impl Fn(&hocnghe_match::CourseCandidate) -> bool,
) -> HashMap<&str, u32> {
    let mut ids: HashMap<&str, std::collections::HashSet<i64>> = HashMap::new();
    for c in candidates
        .iter()
        .filter(|c| c.start_date >= today && keep(c))
    {
        if let Some(code) = c.occupation_code.as_deref() {
            ids.entry(code).or_default().insert(c.id);
        }
    }
    ids.into_iter()
        .map(|(code, ids)| (code, u32::try_from(ids.len()).unwrap_or(u32::MAX)))
        .collect()
}
