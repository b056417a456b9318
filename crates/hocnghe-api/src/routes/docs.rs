//! The OpenAPI 3.1 document at `/api/v1/openapi.json` and Swagger UI at
//! `/docs`, served from files compiled into the binary (no CDN).

use actix_web::{HttpResponse, get, web};
use utoipa::OpenApi;
use utoipa_swagger_ui::SwaggerUi;

use super::{
    admin, applications, auth, candidates, communes, courses, demands, employers, enrolments,
    guidance, health, inbox, insights, intakes, matching, me, notifications, providers, search,
    suggest, taxonomy, workers,
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

/// Declares the session token scheme. Which operations need it is set per
/// operation by [`describe_operations`].
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).description(Some(
                "Session token from /api/v1/auth/login or /auth/register, required by every write and by personal data. Browsers may use the hocnghe_session cookie instead.",
            )).build()),
        );
    }
}

/// Make each operation say what the server really does, from what the
/// operation declares:
/// - an operation whose handler needs a session declares the bearer
///   requirement (a test calls every operation without a session to check
///   this against the handlers); it gets 401, and 403 (every such operation
///   answers 403 `password_change_required` to an account that must change
///   its password); the others are public (an empty requirement list);
/// - a JSON body can be broken (400), too large (413), of another type (415)
///   or invalid (422);
/// - a path parameter that names nothing, or does not parse, gives 404;
/// - query parameters that do not parse or are out of range give 400 or 422.
fn describe_operations(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::path::ParameterIn;
    use utoipa::openapi::security::SecurityRequirement;
    for item in doc.paths.paths.values_mut() {
        for operation in [
            &mut item.get,
            &mut item.post,
            &mut item.put,
            &mut item.patch,
            &mut item.delete,
        ]
        .into_iter()
        .flatten()
        {
            let needs_session = operation
                .security
                .as_ref()
                .is_some_and(|s| s.iter().any(|r| *r != SecurityRequirement::default()));
            let responses = &mut operation.responses.responses;
            let mut add = |status: &str, description: &str| {
                responses
                    .entry(status.to_owned())
                    .or_insert_with(|| error_response(description));
            };
            if needs_session {
                add("401", "No session, or it has expired");
                add("403", "Not allowed, or the password must be changed first");
            }
            if operation.request_body.is_some() {
                add("400", "The body is not JSON");
                add("413", "The body is too large");
                add("415", "The body is not application/json");
                add("422", "Invalid fields");
            }
            let parameters = operation.parameters.as_deref().unwrap_or_default();
            if parameters
                .iter()
                .any(|p| p.parameter_in == ParameterIn::Path)
            {
                add("404", "Nothing with this id (or it is not a number)");
            }
            if parameters
                .iter()
                .any(|p| p.parameter_in == ParameterIn::Query)
            {
                add("400", "Query parameters that cannot be read");
                add("422", "Query parameters out of range or invalid");
            }
            operation.security = Some(if needs_session {
                vec![SecurityRequirement::new("bearer", Vec::<String>::new())]
            } else {
                Vec::new()
            });
        }
    }
}

fn error_response(description: &str) -> utoipa::openapi::RefOr<utoipa::openapi::Response> {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
        .into()
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
        intakes::Doc::openapi(),
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
        inbox::Doc::openapi(),
        notifications::Doc::openapi(),
        me::Doc::openapi(),
    ] {
        doc = doc.nest("/api/v1", part);
    }
    describe_operations(&mut doc);
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
