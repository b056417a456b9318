//! The one place where errors of every crate become HTTP responses:
//! `{code, message_vi, message_en, fields}` with a 4xx status for anything
//! the client can fix, and a logged 500 for everything else.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use hocnghe_domain::{FieldError, ValidationErrors};
use hocnghe_search::SearchError;
use hocnghe_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// Body of every error response.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code, e.g. `validation_failed`, `not_found`.
    pub code: String,
    pub message_vi: String,
    pub message_en: String,
    /// Field-level problems, for `validation_failed`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldError>,
}

#[derive(Debug, thiserror::Error)]
#[error("{status} {}: {}", .body.code, .body.message_en)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
    /// Seconds, sent as `Retry-After` with 429 and 503.
    pub retry_after: Option<u64>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: &str,
        message_vi: impl Into<String>,
        message_en: impl Into<String>,
    ) -> Self {
        Self {
            status,
            body: ErrorBody {
                code: code.to_owned(),
                message_vi: message_vi.into(),
                message_en: message_en.into(),
                fields: Vec::new(),
            },
            retry_after: None,
        }
    }

    pub fn validation(errors: ValidationErrors) -> Self {
        let mut error = Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            "Dữ liệu gửi lên chưa hợp lệ; xem chi tiết từng trường.",
            "The request has invalid fields; see each field for details.",
        );
        error.body.fields = errors.0;
        error
    }

    pub fn field(error: FieldError) -> Self {
        Self::validation(ValidationErrors::single(error))
    }

    pub fn not_found(what_vi: &str, what_en: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("Không tìm thấy {what_vi}."),
            format!("No such {what_en}."),
        )
    }

    pub fn bad_request(message_vi: impl Into<String>, message_en: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            message_vi,
            message_en,
        )
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "Đã có lỗi ở máy chủ. Vui lòng thử lại sau.",
            "Something went wrong on the server. Please try again later.",
        )
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status);
        if let Some(seconds) = self.retry_after {
            response.insert_header(("Retry-After", seconds.to_string()));
        }
        response.json(&self.body)
    }
}

impl From<ValidationErrors> for ApiError {
    fn from(errors: ValidationErrors) -> Self {
        Self::validation(errors)
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Invalid(errors) => Self::validation(errors),
            StoreError::NotFound { entity, .. } => {
                let (vi, en) = entity_names(entity);
                Self::not_found(vi, en)
            }
            StoreError::Conflict {
                message_vi,
                message_en,
            } => Self::new(StatusCode::CONFLICT, "conflict", message_vi, message_en),
            StoreError::Forbidden {
                message_vi,
                message_en,
            } => Self::new(StatusCode::FORBIDDEN, "forbidden", message_vi, message_en),
            other => {
                tracing::error!(error = %other, "store error");
                Self::internal()
            }
        }
    }
}

impl From<SearchError> for ApiError {
    fn from(error: SearchError) -> Self {
        match error {
            SearchError::UnknownCommune(code) => Self::field(FieldError::unknown(
                "commune",
                "xã/phường",
                "commune",
                &code,
            )),
            // The routes check parameters first; what is left is still the client's.
            SearchError::InvalidQuery(message) => Self::field(FieldError::invalid(
                "q",
                format!("Yêu cầu tìm kiếm không hợp lệ ({message})."),
                format!("Invalid search ({message})."),
            )),
            other => {
                tracing::error!(error = %other, "search error");
                Self::internal()
            }
        }
    }
}

fn entity_names(entity: &str) -> (&'static str, &'static str) {
    match entity {
        "provider" => ("cơ sở đào tạo", "provider"),
        "course" => ("khóa học", "course"),
        "employer" => ("nhà tuyển dụng", "employer"),
        "demand" => ("nhu cầu tuyển dụng", "demand"),
        "skill" => ("kỹ năng", "skill"),
        "occupation" => ("nghề", "occupation"),
        "commune" => ("xã/phường", "commune"),
        "worker" => ("người lao động", "worker"),
        "user" => ("tài khoản", "account"),
        "application" => ("đơn ứng tuyển", "application"),
        "candidate" => ("ứng viên", "candidate"),
        _ => ("dữ liệu", "record"),
    }
}
