//! "My saved searches": save the search on a course or job search page with
//! one form post, see what each saved search finds now, and delete one
//! through a confirmation page.

use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{get, post, web};
use askama::Template;
use hocnghe_domain::SearchKind;
use hocnghe_domain::saved_searches::{COURSE_FILTERS, JOB_FILTERS, SavedSearch, SavedSearchInput};
use hocnghe_search::SearchIndex;
use hocnghe_store::repo::saved_searches;

use super::signed_in;
use crate::service::saved_searches::{Prepared, bad_number, prepare, save as save_search};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::FormFields;
use crate::web::render::{OrPage, PageResult, page, redirect};

/// A saved search as the list shows it.
struct Row {
    search: SavedSearch,
    what_vi: String,
    what_en: String,
    /// What it finds now; `None` when it could not run.
    found: Option<usize>,
}

#[derive(Template)]
#[template(path = "saved_searches.html")]
struct ListPage {
    ctx: Ctx,
    has_profile: bool,
    rows: Vec<Row>,
    saved: bool,
}

#[get("/me/searches")]
async fn list(state: web::Data<AppState>, ctx: Ctx, req: actix_web::HttpRequest) -> PageResult {
    let worker_id = signed_in::worker(&state, &ctx).await?;
    let mut rows = Vec::new();
    if let Some(id) = worker_id {
        for search in saved_searches::for_worker(&state.db, id)
            .await
            .or_page(&ctx)?
        {
            let found = found_now(&state, &search).await;
            let (what_vi, what_en) = search.describe();
            rows.push(Row {
                search,
                what_vi,
                what_en,
                found,
            });
        }
    }
    page(
        &ctx,
        StatusCode::OK,
        &ListPage {
            ctx: ctx.clone(),
            has_profile: worker_id.is_some(),
            rows,
            saved: req.query_string().contains("saved=1"),
        },
    )
}

/// How many results the search has now (a count only).
async fn found_now(state: &AppState, search: &SavedSearch) -> Option<usize> {
    let prepared = prepare(&state.search.index, search.kind, &search.params()).ok()?;
    let index: std::sync::Arc<SearchIndex> = state.search.index.clone();
    state
        .search
        .pool
        .run(move || match prepared {
            Prepared::Courses(mut q) => {
                q.per_page = 1;
                index.search_courses(&q).map(|r| r.total).ok()
            }
            Prepared::Jobs(mut q) => {
                q.per_page = 1;
                index.search_demands(&q).map(|r| r.total).ok()
            }
        })
        .await
        .ok()
        .flatten()
}

/// The search page's "save this search" button.
#[post("/me/searches")]
async fn save(state: web::Data<AppState>, ctx: Ctx, body: Bytes) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let fields = FormFields::parse(&body);
    let input = input_from_form(&fields).or_page(&ctx)?;
    save_search(&state, worker_id, input).await.or_page(&ctx)?;
    Ok(redirect("/me/searches?saved=1"))
}

fn input_from_form(fields: &FormFields) -> crate::error::ApiResult<SavedSearchInput> {
    let kind = match fields.one("kind").as_str() {
        "courses" => SearchKind::Courses,
        _ => SearchKind::Jobs,
    };
    let allowed = match kind {
        SearchKind::Courses => COURSE_FILTERS,
        SearchKind::Jobs => JOB_FILTERS,
    };
    let text = |name: &str| Some(fields.one(name)).filter(|v| !v.trim().is_empty());
    let radius_km = match text("radius_km") {
        Some(r) => Some(
            r.trim()
                .parse::<f64>()
                .map_err(|_| bad_number("radius_km"))?,
        ),
        None => None,
    };
    Ok(SavedSearchInput {
        kind,
        q: text("q"),
        commune: text("commune"),
        radius_km,
        filters: fields
            .pairs()
            .iter()
            .filter(|(k, v)| allowed.contains(&k.as_str()) && !v.is_empty())
            .cloned()
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "saved_search_delete.html")]
struct DeletePage {
    ctx: Ctx,
    what: String,
    id: i64,
}

/// "Delete this saved search?"
#[get("/me/searches/{id}/delete")]
async fn confirm_delete(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    let search = saved_searches::get_own(&state.db, worker_id, *id)
        .await
        .or_page(&ctx)?;
    let (vi, en) = search.describe();
    page(
        &ctx,
        StatusCode::OK,
        &DeletePage {
            what: ctx.t(&vi, &en).to_owned(),
            ctx: ctx.clone(),
            id: search.id,
        },
    )
}

#[post("/me/searches/{id}/delete")]
async fn delete(state: web::Data<AppState>, ctx: Ctx, id: web::Path<i64>) -> PageResult {
    let worker_id = signed_in::worker_with_profile(&state, &ctx).await?;
    saved_searches::delete(&state.db, worker_id, *id)
        .await
        .or_page(&ctx)?;
    Ok(redirect("/me/searches"))
}
