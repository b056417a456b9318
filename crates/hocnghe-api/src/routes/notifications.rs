//! The worker's choice of channel for notifications: `GET`/`PUT
//! /api/v1/me/notifications`.

use actix_web::{HttpResponse, get, put, web};
use hocnghe_domain::notifications::{NotificationChoice, NotificationChoiceInput};
use utoipa::OpenApi;

use crate::auth::Identity;
use crate::auth::access::own_worker_id;
use crate::error::{ApiResult, ErrorBody};
use crate::extract::ValidJson;
use crate::service::notifications;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(paths(my_choice, choose))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(my_choice).service(choose);
}

/// Where the caller's inbox messages are also sent (SMS, Zalo or none),
/// whether this server delivers at all, its quiet hours and daily cap.
#[utoipa::path(security(("bearer" = [])), tag = "workers",
    responses((status = 200, body = NotificationChoice), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/me/notifications")]
#[tracing::instrument(skip_all)]
async fn my_choice(state: web::Data<AppState>, identity: Identity) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    Ok(HttpResponse::Ok().json(notifications::choice_of(&state, worker_id).await?))
}

/// Choose the channel (`none` also cancels messages still waiting). An
/// unknown channel is a 422 with a field error on `channel`.
#[utoipa::path(security(("bearer" = [])), tag = "workers", request_body = NotificationChoiceInput,
    responses((status = 200, body = NotificationChoice), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 415, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/me/notifications")]
#[tracing::instrument(skip_all)]
async fn choose(
    state: web::Data<AppState>,
    identity: Identity,
    body: ValidJson<NotificationChoiceInput>,
) -> ApiResult<HttpResponse> {
    let worker_id = own_worker_id(&state, &identity).await?;
    let choice = notifications::choose(&state, worker_id, &body.into_inner()).await?;
    Ok(HttpResponse::Ok().json(choice))
}
