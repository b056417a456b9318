//! The city's targets over the years, for counsellors and admins: the
//! city's line per year against the plan's 2030 line, and one year's
//! figures by commune. Counts only; no worker is named.

use actix_web::http::StatusCode;
use actix_web::{get, web};
use askama::Template;
use chrono::Datelike;
use hocnghe_domain::insights::{TargetsOverYears, YearFigures};
use hocnghe_domain::{FieldError, Role, ValidationErrors};
use hocnghe_store::repo::insights;
use serde::Deserialize;

use crate::auth::identity::unauthenticated;
use crate::auth::policy::require_role;
use crate::error::ApiError;
use crate::state::AppState;
use crate::web::ctx::{Ctx, hanoi_today};
use crate::web::render::{OrPage, PageError, PageResult, page};

#[derive(Template)]
#[template(path = "targets.html")]
struct TargetsPage {
    ctx: Ctx,
    targets: TargetsOverYears,
    /// The year the commune table shows.
    year: i32,
}

impl TargetsPage {
    /// A commune's figures for the chosen year.
    fn in_year<'a>(&self, years: &'a [YearFigures]) -> Option<&'a YearFigures> {
        years.iter().find(|y| y.year == self.year)
    }

    /// A share against a target, as a bar width in percent (at most 100).
    fn bar(&self, share: &Option<f64>) -> u32 {
        share.map_or(0, |s| (s * 100.0).clamp(0.0, 100.0).round() as u32)
    }
}

#[derive(Deserialize)]
struct YearParam {
    year: Option<String>,
}

#[get("/counsellor/targets")]
async fn targets(
    state: web::Data<AppState>,
    ctx: Ctx,
    params: web::Query<YearParam>,
) -> PageResult {
    let user = ctx
        .user
        .as_ref()
        .ok_or_else(|| PageError::new(&ctx, unauthenticated()))?;
    require_role(user, &[Role::Counsellor, Role::Admin]).or_page(&ctx)?;
    let this_year = hanoi_today().year();
    let targets = insights::targets_over_years(&state.db, this_year)
        .await
        .or_page(&ctx)?;
    let first = targets.city.first().map_or(this_year, |y| y.year);
    let year = match params.year.as_deref().map(str::trim) {
        None | Some("") => this_year,
        Some(raw) => raw
            .parse::<i32>()
            .ok()
            .filter(|y| (first..=this_year).contains(y))
            .ok_or_else(|| {
                ApiError::from(ValidationErrors::single(FieldError::out_of_range(
                    "year",
                    i64::from(first),
                    i64::from(this_year),
                )))
            })
            .or_page(&ctx)?,
    };
    page(
        &ctx,
        StatusCode::OK,
        &TargetsPage {
            ctx: ctx.clone(),
            targets,
            year,
        },
    )
}
