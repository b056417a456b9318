//! Occupation pages: `/nghe` (every occupation by sector group) and
//! `/nghe/{code}` (what the work is, skills, local demand on a small map,
//! the wage range, the route of courses, related occupations and, for a
//! signed-in worker, the gap from their skills).

use std::fmt::Write as _;

use actix_web::http::StatusCode;
use actix_web::{get, web};
use askama::Template;
use chrono::Utc;
use hocnghe_domain::Importance;
use hocnghe_domain::catalogue::{Commune, OccupationSkill};
use hocnghe_match::{Location, OccupationGap, OccupationSkills, occupation_gap};
use hocnghe_store::repo::{communes, ranking};

use super::signed_in;
use crate::service::guidance::{self, CommuneDemandView, OccupationGuide, SectorGroup};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::render::{OrPage, PageResult, page};

#[derive(Template)]
#[template(path = "occupations.html")]
struct BrowsePage {
    ctx: Ctx,
    groups: Vec<SectorGroup>,
}

#[get("/nghe")]
async fn browse(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    let groups = guidance::browse(&state).await.or_page(&ctx)?;
    page(
        &ctx,
        StatusCode::OK,
        &BrowsePage {
            ctx: ctx.clone(),
            groups,
        },
    )
}

#[derive(Template)]
#[template(path = "occupation.html")]
struct OccupationPage {
    ctx: Ctx,
    guide: OccupationGuide,
    essential: Vec<OccupationSkill>,
    optional: Vec<OccupationSkill>,
    /// (Vietnamese, English) names of its interest themes.
    themes: Vec<(String, String)>,
    map_svg: String,
    /// The communes with most positions, for the list under the map.
    top_communes: Vec<CommuneDemandView>,
    /// The signed-in worker's gap to this occupation.
    gap: Option<OccupationGap>,
    is_worker_without_profile: bool,
}

/// Communes listed under the map.
const TOP_COMMUNES: usize = 8;
/// Courses the worker's gap lists.
const GAP_COURSES: usize = 5;

#[get("/nghe/{code}")]
async fn occupation(state: web::Data<AppState>, ctx: Ctx, code: web::Path<String>) -> PageResult {
    let worker_id = signed_in::visiting_worker(&state, &ctx).await?;
    let worker = match worker_id {
        Some(id) => Some(ranking::worker_context(&state.db, id).await.or_page(&ctx)?),
        None => None,
    };
    let location = worker.as_ref().map(|w| Location::new(w.lat, w.lon));
    let guide = guidance::occupation_guide(&state, &code, location)
        .await
        .or_page(&ctx)?;
    let gap = match &worker {
        Some(w) => {
            let mut held: Vec<String> = w.skills.iter().map(|s| s.code.clone()).collect();
            held.extend(
                w.completed_modules
                    .iter()
                    .flat_map(|m| m.skills.iter().cloned()),
            );
            let snapshot = state
                .ranking
                .snapshot(&state.db, &state.search.index)
                .await
                .or_page(&ctx)?;
            Some(occupation_gap(
                &guidance::held_as_occupation(held),
                &OccupationSkills::from_occupation(&guide.occupation.skills),
                &snapshot.catalogue.courses,
                &snapshot.catalogue.skills,
                location,
                Utc::now().date_naive(),
                GAP_COURSES,
            ))
        }
        None => None,
    };
    let data = hocnghe_store::guidance::data().or_page(&ctx)?;
    let themes = guide
        .interest_themes
        .chars()
        .filter_map(|c| data.theme(&c.to_string()))
        .map(|t| (t.name_vi.clone(), t.name_en.clone()))
        .collect();
    let all_communes = communes::list(&state.db).await.or_page(&ctx)?;
    let map_svg = dot_map(&all_communes, &guide.by_commune, ctx.en());
    let (essential, optional) = guide
        .occupation
        .skills
        .iter()
        .cloned()
        .partition(|s| s.importance == Importance::Essential);
    let top_communes = guide
        .by_commune
        .iter()
        .take(TOP_COMMUNES)
        .cloned()
        .collect();
    let template = OccupationPage {
        ctx: ctx.clone(),
        essential,
        optional,
        themes,
        map_svg,
        top_communes,
        gap,
        is_worker_without_profile: ctx.is("worker") && worker_id.is_none(),
        guide,
    };
    page(&ctx, StatusCode::OK, &template)
}

/// A small map: every commune centre as a grey dot, and a green circle,
/// its area growing with the positions, where the occupation is hiring.
/// A few kilobytes, so the page stays light on a cheap phone.
fn dot_map(all: &[Commune], hiring: &[CommuneDemandView], english: bool) -> String {
    const W: f64 = 300.0;
    const PAD: f64 = 8.0;
    let (mut min_lat, mut max_lat, mut min_lon, mut max_lon) =
        (90.0f64, -90.0f64, 180.0f64, -180.0f64);
    for c in all {
        min_lat = min_lat.min(c.lat);
        max_lat = max_lat.max(c.lat);
        min_lon = min_lon.min(c.lon);
        max_lon = max_lon.max(c.lon);
    }
    if all.is_empty() || max_lon <= min_lon || max_lat <= min_lat {
        return String::new();
    }
    let scale = (W - 2.0 * PAD) / (max_lon - min_lon);
    let h = (max_lat - min_lat) * scale + 2.0 * PAD;
    let x = |lon: f64| PAD + (lon - min_lon) * scale;
    let y = |lat: f64| PAD + (max_lat - lat) * scale;
    let mut svg = String::with_capacity(8 * 1024);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="dotmap" viewBox="0 0 {W:.0} {h:.0}" role="img" aria-label="{}">"#,
        if english {
            "Map of open positions by commune"
        } else {
            "Bản đồ vị trí đang tuyển theo xã"
        }
    );
    for c in all {
        let _ = write!(
            svg,
            r##"<circle cx="{:.1}" cy="{:.1}" r="1.6" fill="#c9d1cc"/>"##,
            x(c.lon),
            y(c.lat)
        );
    }
    let most = hiring.iter().map(|c| c.positions).max().unwrap_or(1).max(1) as f64;
    for c in hiring {
        let r = 3.0 + 9.0 * (c.positions as f64 / most).sqrt();
        let unit = if english { "positions" } else { "vị trí" };
        let _ = write!(
            svg,
            r##"<a href="/jobs?commune={code}"><circle cx="{:.1}" cy="{:.1}" r="{r:.1}" fill="#2f8a52" fill-opacity="0.7"><title>{name}: {n} {unit}</title></circle></a>"##,
            x(c.lon),
            y(c.lat),
            code = c.commune_code,
            name = crate::web::html_escape(&c.commune_name),
            n = c.positions,
        );
    }
    svg.push_str("</svg>");
    svg
}
