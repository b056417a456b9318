use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::validation::{FieldError, ValidationErrors};

pub const MAX_PER_PAGE: u32 = 100;
pub const DEFAULT_PER_PAGE: u32 = 20;

/// `page` (from 1) and `per_page` (1 to 100) query parameters.
#[derive(Debug, Clone, Copy, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 100000)]
    pub page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub per_page: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub page: u32,
    pub per_page: u32,
}

impl PageRequest {
    pub fn offset(self) -> u64 {
        u64::from(self.page - 1) * u64::from(self.per_page)
    }
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

impl PageParams {
    pub fn validate(self) -> Result<PageRequest, ValidationErrors> {
        let mut errors = Vec::new();
        let page = self.page.unwrap_or(1);
        if page == 0 || page > 100_000 {
            errors.push(FieldError::out_of_range("page", 1, 100_000));
        }
        let per_page = self.per_page.unwrap_or(DEFAULT_PER_PAGE);
        if per_page == 0 || per_page > MAX_PER_PAGE {
            errors.push(FieldError::out_of_range(
                "per_page",
                1,
                i64::from(MAX_PER_PAGE),
            ));
        }
        if errors.is_empty() {
            Ok(PageRequest { page, per_page })
        } else {
            Err(ValidationErrors(errors))
        }
    }
}

/// One page of a list.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Page<T> {
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub items: Vec<T>,
}

impl<T> Page<T> {
    pub fn new(request: PageRequest, total: u64, items: Vec<T>) -> Self {
        Self {
            total,
            page: request.page,
            per_page: request.per_page,
            items,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_page_is_capped_at_100() {
        let err = PageParams {
            page: Some(1),
            per_page: Some(101),
        }
        .validate()
        .unwrap_err();
        assert_eq!(err.0[0].field, "per_page");
        let ok = PageParams {
            page: Some(3),
            per_page: Some(100),
        }
        .validate()
        .unwrap();
        assert_eq!(ok.offset(), 200);
        assert_eq!(
            PageParams {
                page: None,
                per_page: None
            }
            .validate()
            .unwrap(),
            PageRequest::default()
        );
    }
}
