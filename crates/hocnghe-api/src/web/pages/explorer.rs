//! The interest explorer: `/so-thich` asks the statements, and
//! `/so-thich/ket-qua` (a GET, so the result can be bookmarked and printed
//! as an advice sheet) shows the theme scores and the occupations ranked by
//! interest fit × local demand × training nearby, with the method.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, get, web};
use askama::Template;
use hocnghe_domain::catalogue::Commune;
use hocnghe_store::repo::communes;

use crate::service::guidance::{self, Exploration, ExplorerAnswers, Questionnaire};
use crate::state::AppState;
use crate::web::ctx::Ctx;
use crate::web::forms::{FormErrors, FormFields};
use crate::web::render::{OrPage, PageError, PageResult, page};

#[derive(Template)]
#[template(path = "explorer.html")]
struct QuestionsPage {
    ctx: Ctx,
    questions: Questionnaire,
    communes: Vec<Commune>,
    /// Answers given so far (item code → "0" | "1" | "2").
    given: BTreeMap<String, String>,
    commune: String,
    errors: FormErrors,
}

impl QuestionsPage {
    fn answered(&self, item: &str, value: &str) -> bool {
        self.given.get(item).is_some_and(|v| v == value)
    }
}

async fn questions_page(
    state: &AppState,
    ctx: &Ctx,
    given: BTreeMap<String, String>,
    commune: String,
    errors: FormErrors,
    status: StatusCode,
) -> PageResult {
    let template = QuestionsPage {
        ctx: ctx.clone(),
        questions: guidance::questionnaire().or_page(ctx)?,
        communes: communes::list(&state.db).await.or_page(ctx)?,
        given,
        commune,
        errors,
    };
    page(ctx, status, &template)
}

#[get("/so-thich")]
async fn questions(state: web::Data<AppState>, ctx: Ctx) -> PageResult {
    questions_page(
        &state,
        &ctx,
        BTreeMap::new(),
        String::new(),
        FormErrors::default(),
        StatusCode::OK,
    )
    .await
}

#[derive(Template)]
#[template(path = "explorer_result.html")]
struct ResultPage {
    ctx: Ctx,
    result: Exploration,
    commune_name: Option<String>,
    /// Theme code → (Vietnamese, English) name, for the occupations' themes.
    theme_names: Vec<(String, String, String)>,
}

impl ResultPage {
    fn themes_of(&self, letters: &str) -> String {
        letters
            .chars()
            .filter_map(|c| {
                self.theme_names
                    .iter()
                    .find(|(code, ..)| code.starts_with(c))
                    .map(|(_, vi, en)| {
                        if self.ctx.en() {
                            en.clone()
                        } else {
                            vi.clone()
                        }
                    })
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn pct(&self, x: &f64) -> i64 {
        (x * 100.0).round() as i64
    }
}

/// How many occupations the result shows.
const RESULT_ROWS: u32 = 10;

#[get("/so-thich/ket-qua")]
async fn result(state: web::Data<AppState>, ctx: Ctx, req: HttpRequest) -> PageResult {
    let form = FormFields::parse(req.query_string().as_bytes());
    let data = hocnghe_store::guidance::data().or_page(&ctx)?;
    let mut given = BTreeMap::new();
    let mut answers = BTreeMap::new();
    for item in &data.items {
        let v = form.one(&item.code);
        if v.is_empty() {
            continue;
        }
        // A value that is not a small number is kept as out of range.
        answers.insert(item.code.clone(), v.parse::<u8>().unwrap_or(u8::MAX));
        given.insert(item.code.clone(), v);
    }
    let commune = form.one("commune");
    let input = ExplorerAnswers {
        answers,
        commune: (!commune.is_empty()).then(|| commune.clone()),
        limit: Some(RESULT_ROWS),
    };
    match guidance::explore(&state, &input).await {
        Ok(result) => {
            let commune_name = match &result.nearby_commune {
                Some(code) => communes::get(&state.db, code)
                    .await
                    .or_page(&ctx)?
                    .map(|c| c.full_name),
                None => None,
            };
            let template = ResultPage {
                ctx: ctx.clone(),
                theme_names: data
                    .themes
                    .iter()
                    .map(|t| (t.code.clone(), t.name_vi.clone(), t.name_en.clone()))
                    .collect(),
                result,
                commune_name,
            };
            page(&ctx, StatusCode::OK, &template)
        }
        Err(e) if e.status.is_client_error() => {
            questions_page(
                &state,
                &ctx,
                given,
                commune,
                FormErrors::from_api(ctx.lang, e),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(e) => Err(PageError::new(&ctx, e)),
    }
}
