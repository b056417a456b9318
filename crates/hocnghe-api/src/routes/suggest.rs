//! Typeahead over the taxonomy's skills and occupations, from in-memory lists
//! built at startup.

use actix_web::{HttpResponse, get, web};
use hocnghe_domain::text::nfc;
use hocnghe_domain::{FieldError, ValidationErrors};
use hocnghe_search::Suggestion;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(suggest_skills, suggest_occupations))]
pub struct Doc;

/// Registered before `/skills/{code}` and `/occupations/{code}`.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(suggest_skills).service(suggest_occupations);
}

pub const MAX_LIMIT: usize = 20;
const DEFAULT_LIMIT: usize = 8;
const MAX_QUERY_CHARS: usize = 100;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SuggestParams {
    /// What has been typed so far; the last word is a prefix ("dien d").
    q: Option<String>,
    /// At most this many suggestions, 1 to 20 (default 8).
    #[param(minimum = 1, maximum = 20)]
    limit: Option<usize>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SuggestItemView {
    pub code: String,
    pub label: String,
    pub label_en: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Suggestions {
    pub items: Vec<SuggestItemView>,
}

fn suggest(
    suggester: impl Fn(&str, usize) -> Vec<Suggestion>,
    params: SuggestParams,
) -> ApiResult<HttpResponse> {
    let mut errors = Vec::new();
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        errors.push(FieldError::out_of_range("limit", 1, MAX_LIMIT as i64));
    }
    let q = nfc(params.q.as_deref().unwrap_or_default());
    if q.chars().count() > MAX_QUERY_CHARS {
        errors.push(FieldError::too_long("q", MAX_QUERY_CHARS));
    }
    if !errors.is_empty() {
        return Err(ValidationErrors(errors).into());
    }
    // Well under a millisecond: cheap enough for the async thread.
    let items = suggester(&q, limit)
        .into_iter()
        .map(
            |Suggestion {
                 code,
                 label,
                 label_en,
             }| SuggestItemView {
                code,
                label,
                label_en,
            },
        )
        .collect();
    Ok(HttpResponse::Ok().json(Suggestions { items }))
}

/// Skills whose label, alternative label or English label matches what was typed.
#[utoipa::path(tag = "search", params(SuggestParams),
    responses((status = 200, body = Suggestions), (status = 422, body = ErrorBody)))]
#[get("/skills/suggest")]
async fn suggest_skills(
    state: web::Data<AppState>,
    params: ValidQuery<SuggestParams>,
) -> ApiResult<HttpResponse> {
    suggest(
        |q, n| state.search.skills.suggest(q, n),
        params.into_inner(),
    )
}

/// Occupations whose Vietnamese or English name matches what was typed.
#[utoipa::path(tag = "search", params(SuggestParams),
    responses((status = 200, body = Suggestions), (status = 422, body = ErrorBody)))]
#[get("/occupations/suggest")]
async fn suggest_occupations(
    state: web::Data<AppState>,
    params: ValidQuery<SuggestParams>,
) -> ApiResult<HttpResponse> {
    suggest(
        |q, n| state.search.occupations.suggest(q, n),
        params.into_inner(),
    )
}
