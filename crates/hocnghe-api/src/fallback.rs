//! Answers for requests no handler takes: a JSON 404, or 405 with `Allow`
//! when the path exists with other methods (taken from the OpenAPI document,
//! so the two cannot disagree), and JSON errors for paths and query strings
//! that do not parse. Pages get the same errors as HTML pages.

use std::sync::OnceLock;

use actix_web::http::StatusCode;
use actix_web::http::header::ALLOW;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

use crate::error::ApiError;
use crate::web::render::PageError;

/// The default service: 405 for a documented path with another method
/// (the API and `/health/...`), else 404.
pub async fn not_found_or_wrong_method(req: HttpRequest) -> HttpResponse {
    let allowed = allowed_methods(req.path());
    if !allowed.is_empty() {
        let mut response = ApiError::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
            format!(
                "Địa chỉ này không nhận phương thức {}; dùng {}.",
                req.method(),
                allowed.join(", ")
            ),
            format!(
                "This route does not take {}; use {}.",
                req.method(),
                allowed.join(", ")
            ),
        )
        .error_response();
        if let Ok(value) = allowed.join(", ").parse() {
            response.headers_mut().insert(ALLOW, value);
        }
        return response;
    }
    respond(
        &req,
        ApiError::not_found("trang hoặc địa chỉ API", "page or API route"),
    )
}

/// `web::Path` that does not parse (`/api/v1/demands/abc`): no such object.
pub fn path_config() -> web::PathConfig {
    web::PathConfig::default().error_handler(|_, req| {
        into_error(
            req,
            ApiError::not_found("đối tượng có mã này", "object with this id"),
        )
    })
}

/// `web::Query` that does not parse.
pub fn query_config() -> web::QueryConfig {
    web::QueryConfig::default().error_handler(|err, req| {
        into_error(
            req,
            ApiError::bad_request(
                format!("Tham số truy vấn không hợp lệ ({err})."),
                format!("Invalid query parameters ({err})."),
            ),
        )
    })
}

/// `web::Form` that does not parse (a page form sent by hand).
pub fn form_config() -> web::FormConfig {
    web::FormConfig::default().error_handler(|err, req| {
        into_error(
            req,
            ApiError::bad_request(
                "Biểu mẫu gửi lên không đọc được.",
                format!("The form could not be read ({err})."),
            ),
        )
    })
}

fn is_api(req: &HttpRequest) -> bool {
    req.path().starts_with("/api/")
}

fn into_error(req: &HttpRequest, error: ApiError) -> actix_web::Error {
    if is_api(req) {
        error.into()
    } else {
        PageError::for_request(req, error).into()
    }
}

fn respond(req: &HttpRequest, error: ApiError) -> HttpResponse {
    if is_api(req) {
        error.error_response()
    } else {
        PageError::for_request(req, error).error_response()
    }
}

/// Path templates of the API split into segments (`{id}` matches anything),
/// with their methods.
type Routes = Vec<(Vec<String>, Vec<&'static str>)>;

fn routes() -> &'static Routes {
    static ROUTES: OnceLock<Routes> = OnceLock::new();
    ROUTES.get_or_init(|| {
        crate::routes::openapi()
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let methods = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(m, present)| present.then_some(m))
                .collect();
                (path.split('/').map(str::to_owned).collect(), methods)
            })
            .collect()
    })
}

/// Methods the API takes at `path`. A template made only of fixed segments
/// (`/demands/search`) wins over one with parameters (`/demands/{id}`).
fn allowed_methods(path: &str) -> Vec<&'static str> {
    let segments: Vec<&str> = path.split('/').collect();
    let matches = |template: &[String]| {
        template.len() == segments.len()
            && template
                .iter()
                .zip(&segments)
                .all(|(t, s)| t.starts_with('{') || t == s)
    };
    let found: Vec<&(Vec<String>, Vec<&'static str>)> =
        routes().iter().filter(|(t, _)| matches(t)).collect();
    let exact = found
        .iter()
        .find(|(t, _)| t.iter().all(|s| !s.starts_with('{')));
    let mut methods: Vec<&'static str> = match exact {
        Some((_, m)) => m.clone(),
        None => found.iter().flat_map(|(_, m)| m.iter().copied()).collect(),
    };
    methods.sort_unstable();
    methods.dedup();
    methods
}

#[cfg(test)]
mod tests {
    use super::allowed_methods;

    #[test]
    fn methods_come_from_the_document() {
        assert_eq!(allowed_methods("/api/v1/auth/login"), ["POST"]);
        assert!(allowed_methods("/api/v1/demands/7").contains(&"GET"));
        assert!(allowed_methods("/api/v1/nothing/here").is_empty());
    }
}
