//! Request extractors that turn malformed input into field-level 4xx
//! errors instead of actix's plain-text defaults.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::web::Bytes;
use actix_web::{FromRequest, HttpRequest};
use hocnghe_domain::FieldError;
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// A JSON body, deserialised with the path of the first bad field.
/// Oversized bodies get 413, other content types 415, broken JSON 400, and
/// wrong types, missing or unknown fields 422.
#[derive(Debug)]
pub struct ValidJson<T>(pub T);

impl<T> ValidJson<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for ValidJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = is_json(req);
        let body = Bytes::from_request(req, payload);
        Box::pin(async move {
            let bytes = body
                .await
                .map_err(|e| payload_error(e.as_response_error().status_code()))?;
            decode(is_json, &bytes).map(ValidJson)
        })
    }
}

/// Like [`ValidJson`], for a body that may be left out: an empty body is
/// `None`, anything else must be valid JSON of `T`.
#[derive(Debug)]
pub struct OptionalJson<T>(pub Option<T>);

impl<T: DeserializeOwned + 'static> FromRequest for OptionalJson<T> {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, ApiError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let is_json = is_json(req);
        let body = Bytes::from_request(req, payload);
        Box::pin(async move {
            let bytes = body
                .await
                .map_err(|e| payload_error(e.as_response_error().status_code()))?;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(OptionalJson(None));
            }
            decode(is_json, &bytes).map(|v| OptionalJson(Some(v)))
        })
    }
}

fn is_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case("application/json")
        })
        .unwrap_or(false)
}

fn decode<T: DeserializeOwned>(is_json: bool, bytes: &[u8]) -> Result<T, ApiError> {
    if !is_json {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Nội dung phải ở dạng JSON (Content-Type: application/json).",
            "The body must be JSON (Content-Type: application/json).",
        ));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(value) => {
            de.end().map_err(|_| malformed_json())?;
            Ok(value)
        }
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            match inner.classify() {
                serde_json::error::Category::Data => {
                    Err(ApiError::field(field_error(&path, &inner.to_string())))
                }
                _ => Err(malformed_json()),
            }
        }
    }
}

/// Query parameters, deserialised with the name of the first bad parameter.
#[derive(Debug)]
pub struct ValidQuery<T>(pub T);

impl<T> ValidQuery<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: DeserializeOwned> FromRequest for ValidQuery<T> {
    type Error = ApiError;
    type Future = std::future::Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(parse_query(req.query_string()).map(ValidQuery))
    }
}

pub fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    let de = serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        ApiError::field(field_error(&path, &err.into_inner().to_string()))
    })
}

/// Turn a serde message into a bilingual field error. serde reports a
/// missing field at its parent's path, so the name is taken from the message.
fn field_error(path: &str, message: &str) -> FieldError {
    let join = |parent: &str, name: &str| {
        if parent.is_empty() || parent == "." {
            name.to_owned()
        } else {
            format!("{parent}.{name}")
        }
    };
    if let Some(name) = backticked(message, "missing field `") {
        return FieldError::required(join(path, name));
    }
    if message.starts_with("unknown field `") {
        return FieldError::new(
            path,
            "unknown_field",
            "Trường này không được phép.",
            format!("This field is not allowed ({message})."),
        );
    }
    if message.starts_with("unknown variant `") {
        return FieldError::new(
            path,
            "invalid_choice",
            format!("Giá trị không nằm trong danh sách cho phép ({message})."),
            format!("Not one of the allowed values ({message})."),
        );
    }
    FieldError::new(
        if path == "." { "" } else { path },
        "invalid_type",
        format!("Giá trị không đúng kiểu dữ liệu ({message})."),
        format!("Wrong type of value ({message})."),
    )
}

fn backticked<'a>(message: &'a str, prefix: &str) -> Option<&'a str> {
    message.strip_prefix(prefix)?.split('`').next()
}

fn malformed_json() -> ApiError {
    ApiError::bad_request(
        "Nội dung JSON không đọc được.",
        "The JSON body could not be parsed.",
    )
}

fn payload_error(status: StatusCode) -> ApiError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            status,
            "payload_too_large",
            "Nội dung gửi lên quá lớn.",
            "The request body is too large.",
        )
    } else {
        ApiError::bad_request(
            "Không đọc được nội dung yêu cầu.",
            "The request body could not be read.",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Params {
        page: Option<u32>,
        level: Option<String>,
    }

    #[test]
    fn bad_query_names_the_parameter() {
        let err = parse_query::<Params>("page=abc").unwrap_err();
        assert_eq!(err.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(err.body.fields[0].field, "page");
    }

    #[test]
    fn missing_field_is_reported_by_name() {
        let e = field_error("modules[0]", "missing field `title`");
        assert_eq!(e.field, "modules[0].title");
        assert_eq!(e.code, "required");
        assert_eq!(field_error(".", "missing field `title`").field, "title");
    }
}
