//! The OpenAPI 3.1 document at `/api/v1/openapi.json` and Swagger UI at
//! `/docs`, served from files compiled into the binary (no CDN).

use actix_web::{HttpResponse, get, web};
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use super::{
    admin, applications, auth, candidates, communes, courses, demands, employers, enrolments,
    guidance, health, insights, matching, providers, search, suggest, taxonomy, workers,
};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "hocnghe API",
        description = "Học nghề: việc làm và đào tạo nghề theo mô-đun, tín chỉ cho lao động nông thôn Hà Nội. \
                       Job matching and modular, credit-based vocational training for Hanoi's rural workers.",
        version = "1"
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "health"), (name = "accounts", description = "Registration, login, sessions"),
        (name = "admin", description = "Admins only"),
        (name = "workers", description = "A worker's own profile and personal data"),
        (name = "counsellors", description = "Guidance counsellors, for workers who share with them"), (name = "reference", description = "Communes, skills, occupations"),
        (name = "guidance", description = "Career guidance: occupation guides, skills discovery from everyday activities, the interest explorer"),
        (name = "providers"), (name = "courses"), (name = "employers"), (name = "demands"),
        (name = "search", description = "Ranked search over courses and job demands, and typeahead"),
        (name = "applications", description = "Job applications, candidates for a demand and contact reveals"),
        (name = "enrolments", description = "Enrolments, modules passed, certificates, stackable credits and outcomes"),
        (name = "insights", description = "The city's training targets and labour market, for counsellors and admins (aggregates only)")
    )
)]
struct ApiDoc;

/// Declares the session token scheme used by every write endpoint.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some(
                "Session token from /api/v1/auth/login or /auth/register, required by every write and by personal data. Browsers may use the hocnghe_session cookie instead.",
            )).build()),
        );
        openapi.security = Some(vec![SecurityRequirement::new(
            "bearer",
            Vec::<String>::new(),
        )]);
    }
}

pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.merge(health::Doc::openapi());
    for part in [
        auth::Doc::openapi(),
        admin::Doc::openapi(),
        communes::Doc::openapi(),
        taxonomy::Doc::openapi(),
        guidance::Doc::openapi(),
        providers::Doc::openapi(),
        courses::Doc::openapi(),
        employers::Doc::openapi(),
        demands::Doc::openapi(),
        search::Doc::openapi(),
        suggest::Doc::openapi(),
        workers::Doc::openapi(),
        enrolments::Doc::openapi(),
        insights::Doc::openapi(),
        matching::Doc::openapi(),
        applications::Doc::openapi(),
        candidates::Doc::openapi(),
    ] {
        doc = doc.nest("/api/v1", part);
    }
    doc
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(openapi_json)
        .service(SwaggerUi::new("/docs/{_:.*}").url("/api/v1/openapi-ui.json", openapi()));
    cfg.route(
        "/docs",
        web::get().to(|| async {
            HttpResponse::Found()
                .insert_header(("Location", "/docs/"))
                .finish()
        }),
    );
}

#[get("/api/v1/openapi.json")]
async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(openapi())
}
