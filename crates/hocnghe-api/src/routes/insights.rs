//! The city's training targets, for counsellors and admins. Aggregates
//! only; as JSON or as CSV that Excel opens with Vietnamese intact.

use actix_web::{HttpResponse, get, web};
use chrono::{Datelike, Utc};
use hocnghe_domain::insights::{LabourMarket, MarketBreakdown, TargetFigures, Targets};
use hocnghe_domain::{FieldError, Role, ValidationErrors};
use hocnghe_store::repo::insights;
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use crate::auth::Identity;
use crate::auth::policy::require_role;
use crate::error::{ApiError, ApiResult, ErrorBody};
use crate::extract::ValidQuery;
use crate::state::AppState;

mod market_csv;

#[derive(OpenApi)]
#[openapi(paths(targets, targets_csv, labour_market, labour_market_csv))]
pub struct Doc;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(targets_csv)
        .service(targets)
        .service(labour_market_csv)
        .service(labour_market);
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct TargetParams {
    /// Year of the enrolments counted (2000–2100); this year by default.
    year: Option<i32>,
    /// `json` (default) or `csv`.
    format: Option<String>,
}

/// Progress toward Hanoi's targets: enrolments in the year against 20,000,
/// workers trained against 80% and certified against 60%, overall and by
/// home commune (counsellors and admins; definitions in the response).
#[utoipa::path(security(("bearer" = [])), tag = "insights", params(TargetParams),
    responses((status = 401, body = ErrorBody), (status = 200, body = Targets), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/insights/targets")]
async fn targets(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<TargetParams>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Counsellor])?;
    let p = params.into_inner();
    respond(&state, p.year, wants_csv(p.format.as_deref())?).await
}

fn wants_csv(format: Option<&str>) -> ApiResult<bool> {
    csv_format(format).map_err(ApiError::field)
}

fn csv_format(format: Option<&str>) -> Result<bool, FieldError> {
    match format {
        None | Some("json") => Ok(false),
        Some("csv") => Ok(true),
        Some(_) => Err(FieldError::invalid(
            "format",
            "Định dạng phải là json hoặc csv.",
            "The format must be json or csv.",
        )),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MarketParams {
    /// `json` (default) or `csv`.
    format: Option<String>,
    /// The CSV's breakdown: `skill` (default), `occupation` or `commune`.
    /// The JSON always holds all three.
    by: Option<String>,
}

/// Demand against supply by skill, by occupation and by commune, largest
/// shortage first (counsellors and admins; definitions in the response).
/// Demand is open positions of open, unexpired demands; supply is workers
/// holding or in training for the skill, interested in or in training for
/// the occupation, and living in the commune with or learning a skill its
/// demands ask for.
#[utoipa::path(security(("bearer" = [])), tag = "insights", params(MarketParams),
    responses((status = 401, body = ErrorBody), (status = 200, body = LabourMarket), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/insights/labour-market")]
async fn labour_market(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<MarketParams>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Counsellor])?;
    let p = params.into_inner();
    // Both parameters are checked, so a request with two mistakes hears of both.
    match (
        MarketBreakdown::parse("by", p.by.as_deref()),
        csv_format(p.format.as_deref()),
    ) {
        (Ok(by), Ok(csv)) => market_response(&state, csv.then_some(by)).await,
        (by, csv) => Err(ApiError::validation(ValidationErrors(
            [by.err(), csv.err()].into_iter().flatten().collect(),
        ))),
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ByParam {
    /// `skill` (default), `occupation` or `commune`.
    by: Option<String>,
}

/// The same as `/insights/labour-market?format=csv` (with `by`).
#[utoipa::path(security(("bearer" = [])), tag = "insights", params(ByParam),
    responses((status = 401, body = ErrorBody), (status = 200, content_type = "text/csv"), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/insights/labour-market.csv")]
async fn labour_market_csv(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<ByParam>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Counsellor])?;
    let by =
        MarketBreakdown::parse("by", params.into_inner().by.as_deref()).map_err(ApiError::field)?;
    market_response(&state, Some(by)).await
}

/// The market as JSON, or as the CSV of one breakdown.
async fn market_response(
    state: &AppState,
    csv: Option<MarketBreakdown>,
) -> ApiResult<HttpResponse> {
    let market = insights::labour_market(&state.db, Utc::now().date_naive()).await?;
    let Some(by) = csv else {
        return Ok(HttpResponse::Ok().json(market));
    };
    let (filename, body) = market_csv::render(&market, by);
    Ok(csv_response(filename, body))
}

fn csv_response(filename: &str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{filename}\""),
        ))
        .body(body)
}

/// The same as `/insights/targets?format=csv`.
#[utoipa::path(security(("bearer" = [])), tag = "insights", params(("year" = Option<i32>, Query)),
    responses((status = 401, body = ErrorBody), (status = 200, content_type = "text/csv"), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/insights/targets.csv")]
async fn targets_csv(
    state: web::Data<AppState>,
    identity: Identity,
    params: ValidQuery<YearParam>,
) -> ApiResult<HttpResponse> {
    require_role(&identity, &[Role::Counsellor])?;
    respond(&state, params.into_inner().year, true).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearParam {
    year: Option<i32>,
}

async fn respond(state: &AppState, year: Option<i32>, csv: bool) -> ApiResult<HttpResponse> {
    let year = year.unwrap_or_else(|| Utc::now().year());
    if !(2000..=2100).contains(&year) {
        return Err(ApiError::field(FieldError::out_of_range(
            "year", 2000, 2100,
        )));
    }
    let found = insights::targets(&state.db, year).await?;
    if !csv {
        return Ok(HttpResponse::Ok().json(found));
    }
    Ok(csv_response(
        &format!("hocnghe-chi-tieu-{year}.csv"),
        targets_to_csv(&found),
    ))
}

/// UTF-8 with a byte-order mark so Excel reads the Vietnamese correctly.
fn targets_to_csv(t: &Targets) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(
        "ma_xa,xa_phuong,nguoi_lao_dong,da_qua_dao_tao,ty_le_qua_dao_tao,co_chung_chi,ty_le_co_chung_chi,luot_nhap_hoc_nam\r\n",
    );
    row(&mut out, "", "Toàn thành phố", &t.overall);
    for c in &t.by_commune {
        row(&mut out, &c.commune_code, &c.commune_name, &c.figures);
    }
    out
}

fn row(out: &mut String, code: &str, name: &str, f: &TargetFigures) {
    let share = |s: Option<f64>| s.map(|v| v.to_string()).unwrap_or_default();
    let cells = [
        field(code),
        field(name),
        f.registered_workers.to_string(),
        f.trained.to_string(),
        share(f.trained_share),
        f.certified.to_string(),
        share(f.certified_share),
        f.enrolments_in_year.to_string(),
    ];
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// A text cell: quoted when it holds a separator, and prefixed with `'`
/// when a spreadsheet would read it as a formula (OWASP CSV injection).
fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn text_cells_are_quoted_and_never_formulas() {
        assert_eq!(field("Ba Vì"), "Ba Vì");
        assert_eq!(field("Hàn, cắt"), "\"Hàn, cắt\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
    }
}
