use actix_web::{HttpResponse, get, web};
use hocnghe_store::repo::outbox;
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use crate::state::AppState;
use hocnghe_indexer::IndexState;

#[derive(OpenApi)]
#[openapi(paths(live, ready))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(live).service(ready);
}

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: &'static str,
    database: &'static str,
}

#[derive(Serialize, ToSchema)]
pub struct Readiness {
    status: &'static str,
    database: &'static str,
    /// `ok` when the index is serving and the indexer's last step succeeded;
    /// `rebuilding` while it is rebuilt from the database.
    index: IndexState,
    /// Outbox id recorded by the index's latest commit.
    last_applied: Option<i64>,
    /// Database changes not yet applied to the index.
    outbox_backlog: Option<u64>,
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, body = Health)))]
#[get("/health/live")]
async fn live() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: "ok",
        database: "unchecked",
    })
}

/// The process can serve requests: the database answers and the search index
/// is neither rebuilding nor failing. A backlog is reported, not judged.
#[utoipa::path(tag = "health", responses((status = 200, body = Readiness), (status = 503, body = Readiness)))]
#[get("/health/ready")]
async fn ready(state: web::Data<AppState>) -> HttpResponse {
    let database_ok = hocnghe_store::ping(&state.db).await;
    let backlog = if database_ok {
        outbox::len(&state.db).await.ok()
    } else {
        None
    };
    let index = state.search.indexer.state();
    let ready = database_ok && index == IndexState::Ok;
    let body = Readiness {
        status: if ready { "ok" } else { "unavailable" },
        database: if database_ok { "ok" } else { "unreachable" },
        index,
        last_applied: state.search.index.last_applied(),
        outbox_backlog: backlog,
    };
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
