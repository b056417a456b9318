//! Turning templates and errors into HTML responses.

use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, LOCATION};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use super::ctx::{Ctx, LANG_COOKIE, Lang};
use crate::error::ApiError;

pub type PageResult = Result<HttpResponse, PageError>;

/// Render a page. Pages can show personal data, so they are never cached by
/// shared caches.
pub fn page<T: Template>(ctx: &Ctx, status: StatusCode, template: &T) -> PageResult {
    let html = template.render().map_err(|e| {
        tracing::error!(error = %e, "template rendering failed");
        PageError::new(ctx, ApiError::internal())
    })?;
    let mut response = HttpResponse::build(status);
    response
        .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
        .insert_header((CACHE_CONTROL, "private, no-cache"));
    if ctx.lang_changed {
        response.cookie(
            Cookie::build(LANG_COOKIE, ctx.lang.code())
                .path("/")
                .same_site(SameSite::Lax)
                .max_age(time::Duration::days(365))
                .finish(),
        );
    }
    Ok(response.body(html))
}

/// 303 See Other, the answer to a successful form post. A target that is not
/// a valid header value goes to the home page instead of failing.
pub fn redirect(to: &str) -> HttpResponse {
    let location = actix_web::http::header::HeaderValue::from_str(to)
        .unwrap_or(actix_web::http::header::HeaderValue::from_static("/"));
    HttpResponse::SeeOther()
        .insert_header((LOCATION, location))
        .finish()
}

/// Only redirect to a path on this site after login: it starts with one `/`
/// and has no control characters, whitespace or backslashes (browsers drop
/// tabs and newlines and read `\\` as `/`, so `/\t/evil.example` or
/// `/\\evil.example` would leave the site). Anything else goes home.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if is_same_site_path(n) => n.to_owned(),
        _ => "/".to_owned(),
    }
}

fn is_same_site_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\')
}

/// An error shown as a page in the visitor's language. A missing login
/// sends the visitor to the login page and back.
#[derive(Debug)]
pub struct PageError {
    lang: Lang,
    here: String,
    error: Box<ApiError>,
}

impl PageError {
    pub fn new(ctx: &Ctx, error: ApiError) -> Self {
        Self {
            lang: ctx.lang,
            here: ctx.here_encoded(),
            error: Box::new(error),
        }
    }

    /// For errors raised before a page handler runs (extractors, no route).
    pub fn for_request(req: &actix_web::HttpRequest, error: ApiError) -> Self {
        Self {
            lang: Lang::of_request(req),
            here: form_urlencoded::byte_serialize(req.path().as_bytes()).collect(),
            error: Box::new(error),
        }
    }
}

impl std::fmt::Display for PageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: Ctx,
    status: u16,
    message: &'a str,
    /// Each field's problem, in the visitor's language.
    fields: Vec<&'a str>,
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        self.error.status
    }

    fn error_response(&self) -> HttpResponse {
        if self.error.status == StatusCode::UNAUTHORIZED {
            return redirect(&format!("/login?next={}", self.here));
        }
        let ctx = Ctx {
            lang: self.lang,
            user: None,
            here: "/".into(),
            lang_changed: false,
            unread: 0,
        };
        let message = if self.lang == Lang::En {
            &self.error.body.message_en
        } else {
            &self.error.body.message_vi
        };
        let fields = self
            .error
            .body
            .fields
            .iter()
            .map(|f| {
                if self.lang == Lang::En {
                    f.message_en.as_str()
                } else {
                    f.message_vi.as_str()
                }
            })
            .collect();
        let template = ErrorPage {
            ctx: ctx.clone(),
            status: self.error.status.as_u16(),
            message,
            fields,
        };
        let html = template.render().unwrap_or_else(|_| message.clone());
        HttpResponse::build(self.error.status)
            .insert_header((CONTENT_TYPE, "text/html; charset=utf-8"))
            .body(html)
    }
}

/// `?` inside page handlers: attach the visitor's language to API errors.
pub trait OrPage<T> {
    fn or_page(self, ctx: &Ctx) -> Result<T, PageError>;
}

impl<T, E: Into<ApiError>> OrPage<T> for Result<T, E> {
    fn or_page(self, ctx: &Ctx) -> Result<T, PageError> {
        self.map_err(|e| PageError::new(ctx, e.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next(Some("/me/courses?page=2")), "/me/courses?page=2");
        for bad in [
            "//evil.example",
            "/\t/evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "/\r\nX: y",
            "/ /evil",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
