//! `GET /api/v1/courses/search` and `/demands/search`: the search service's
//! pages, encoded (and gzipped when asked) on the search thread.

use actix_web::{HttpRequest, HttpResponse, get, route, web};
use hocnghe_search::{CourseHit, DemandHit, SearchError, SearchIndex, SearchResults};
use serde::Serialize;
use utoipa::OpenApi;

use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::routes::gzip_json::{BodyEncoding, EncodedJson};
use crate::service::search::{
    CourseSearchParams, DemandSearchParams, SearchPage, course_query, demand_query, pooled_search,
};
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(search_courses, search_demands))]
pub struct Doc;

/// Registered before `/courses/{id}` and `/demands/{id}` so that `search` is not read as an id.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(search_courses)
        .service(search_demands)
        .service(other_methods_on_course_search)
        .service(other_methods_on_demand_search);
}

/// Another method on a search path is 405 with `Allow: GET`. Without these,
/// `PUT /courses/search` would reach the `/courses/{id}` routes and ask for
/// a session (401) before finding that `search` is no id.
#[route(
    "/courses/search",
    method = "POST",
    method = "PUT",
    method = "PATCH",
    method = "DELETE"
)]
async fn other_methods_on_course_search(req: HttpRequest) -> HttpResponse {
    crate::fallback::not_found_or_wrong_method(req).await
}

#[route(
    "/demands/search",
    method = "POST",
    method = "PUT",
    method = "PATCH",
    method = "DELETE"
)]
async fn other_methods_on_demand_search(req: HttpRequest) -> HttpResponse {
    crate::fallback::not_found_or_wrong_method(req).await
}

/// Run a search and encode its page as the response body, both on the same
/// search thread (see [`EncodedJson`]).
async fn search_response<Q, H>(
    state: &AppState,
    query: Q,
    search: fn(&SearchIndex, &Q) -> Result<SearchResults<H>, SearchError>,
    (page, per_page): (u32, u32),
    encoding: BodyEncoding,
) -> ApiResult<HttpResponse>
where
    Q: Send + 'static,
    H: Serialize + Send + 'static,
{
    let body = pooled_search(state, query, search, (page, per_page), move |found| {
        EncodedJson::new(&found as &SearchPage<H>, encoding).map_err(|error| {
            tracing::error!(%error, "search response encoding failed");
            ApiError::internal()
        })
    })
    .await?;
    Ok(body.into_response())
}

/// Search courses: free text in Vietnamese with or without diacritics, exact
/// filters, distance from a commune, facets over every match.
#[utoipa::path(tag = "search", params(CourseSearchParams),
    responses((status = 200, body = SearchPage<CourseHit>), (status = 422, body = ErrorBody),
        (status = 503, body = ErrorBody, description = "Every search thread is busy and the queue is full")))]
#[get("/courses/search")]
#[tracing::instrument(skip_all)]
async fn search_courses(
    state: web::Data<AppState>,
    params: ValidQuery<CourseSearchParams>,
    req: HttpRequest,
) -> ApiResult<HttpResponse> {
    let query = course_query(&state.search.index, params.into_inner())?;
    let pages = (query.page, query.per_page);
    let encoding = BodyEncoding::of(&req);
    search_response::<_, CourseHit>(&state, query, SearchIndex::search_courses, pages, encoding)
        .await
}

/// Search job demands that are open and not expired (in Hanoi's calendar).
#[utoipa::path(tag = "search", params(DemandSearchParams),
    responses((status = 200, body = SearchPage<DemandHit>), (status = 422, body = ErrorBody),
        (status = 503, body = ErrorBody, description = "Every search thread is busy and the queue is full")))]
#[get("/demands/search")]
#[tracing::instrument(skip_all)]
async fn search_demands(
    state: web::Data<AppState>,
    params: ValidQuery<DemandSearchParams>,
    req: HttpRequest,
) -> ApiResult<HttpResponse> {
    let query = demand_query(&state.search.index, params.into_inner())?;
    let pages = (query.page, query.per_page);
    let encoding = BodyEncoding::of(&req);
    search_response::<_, DemandHit>(&state, query, SearchIndex::search_demands, pages, encoding)
        .await
}
