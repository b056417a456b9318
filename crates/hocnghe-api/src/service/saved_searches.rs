//! Saved searches for the JSON API and the pages: a search is checked as
//! the search itself checks it before it is kept, and the same check turns a
//! kept search back into a query when it runs.

use hocnghe_domain::saved_searches::{SavedSearch, SavedSearchInput};
use hocnghe_domain::{SearchKind, ValidationErrors};
use hocnghe_search::query::MAX_PER_PAGE;
use hocnghe_search::{CourseQuery, DemandQuery, SearchIndex};
use hocnghe_store::repo::saved_searches;

use crate::error::{ApiError, ApiResult};
use crate::extract::parse_query;
use crate::service::search::{CourseSearchParams, DemandSearchParams, course_query, demand_query};
use crate::state::AppState;

/// A kept search as a query, on every match (one page of the largest size).
pub enum Prepared {
    Courses(CourseQuery),
    Jobs(DemandQuery),
}

/// The query a search with these parameters runs, or the problems with them
/// (field names as the search pages and API name them).
pub fn prepare(
    index: &SearchIndex,
    kind: SearchKind,
    params: &[(String, String)],
) -> ApiResult<Prepared> {
    let query: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .append_pair("per_page", &MAX_PER_PAGE.to_string())
        .finish();
    Ok(match kind {
        SearchKind::Courses => {
            let p: CourseSearchParams = parse_query(&query)?;
            Prepared::Courses(course_query(index, p)?)
        }
        SearchKind::Jobs => {
            let p: DemandSearchParams = parse_query(&query)?;
            Prepared::Jobs(demand_query(index, p)?)
        }
    })
}

/// Keep a search for the worker after checking it as a search.
pub async fn save(
    state: &AppState,
    worker_id: i64,
    input: SavedSearchInput,
) -> ApiResult<SavedSearch> {
    let input = input.clean()?;
    if let Err(mut error) = prepare(&state.search.index, input.kind, &input.params()) {
        for field in &mut error.body.fields {
            if input.filters.contains_key(&field.field) {
                field.field = format!("filters.{}", field.field);
            }
        }
        return Err(error);
    }
    Ok(saved_searches::create(&state.db, worker_id, &input).await?)
}

/// A value of the search form that is not a number, as a field error.
pub fn bad_number(field: &str) -> ApiError {
    ApiError::from(ValidationErrors::single(hocnghe_domain::FieldError::new(
        field,
        "invalid_type",
        "Giá trị phải là một số.",
        "The value must be a number.",
    )))
}
