//! The city's targets year by year: enrolments in each year and, at each
//! year's end, the shares of registered workers trained and certified,
//! with certificates issued by providers counted apart from those workers
//! declared themselves.

use serde::Serialize;
use utoipa::ToSchema;

use crate::enrolments::rate;

pub const YEARS_DEFINITIONS_VI: &str = "Mỗi năm: lượt nhập học là số đăng ký được cơ sở nhận trong năm. \
Người lao động đã đăng ký, đã qua đào tạo và có chứng chỉ được tính đến cuối năm đó: đã qua đào tạo là có khóa học hoàn thành trước cuối năm hoặc có chứng chỉ; \
chứng chỉ do cơ sở cấp là chứng chỉ cơ sở đào tạo ghi trên hệ thống; tự khai là chứng chỉ người lao động tự ghi, chưa được cơ sở xác nhận. \
Năm của chứng chỉ là năm cấp ghi trên chứng chỉ, nếu không có thì năm được ghi vào hệ thống. Đường mục tiêu 2030: 80% qua đào tạo, 60% có bằng cấp hoặc chứng chỉ.";

pub const YEARS_DEFINITIONS_EN: &str = "Each year: enrolments are those a provider accepted during the year. \
Registered, trained and certified workers are counted at the year's end: trained means a course completed by then or a certificate; \
provider-issued certificates are those a training provider recorded here; declared ones were entered by the worker and not confirmed by a provider. \
A certificate's year is the issue year written on it, or else the year it was recorded. The 2030 line: 80% trained, 60% with a degree or certificate.";

/// One year's figures, for the whole city or one commune.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct YearFigures {
    pub year: i32,
    pub enrolments: i64,
    /// Workers registered by the year's end.
    pub registered_workers: i64,
    pub trained: i64,
    pub trained_share: Option<f64>,
    /// Workers holding a certificate a provider issued.
    pub certified_by_provider: i64,
    /// Workers holding only certificates they declared.
    pub certified_declared_only: i64,
    /// Workers with any certificate: the two above.
    pub certified: i64,
    pub certified_share: Option<f64>,
    pub certified_by_provider_share: Option<f64>,
}

impl YearFigures {
    /// Fill the shares from the counts.
    pub fn with_shares(mut self) -> Self {
        self.certified = self.certified_by_provider + self.certified_declared_only;
        self.trained_share = rate(self.trained, self.registered_workers);
        self.certified_share = rate(self.certified, self.registered_workers);
        self.certified_by_provider_share =
            rate(self.certified_by_provider, self.registered_workers);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CommuneYears {
    pub commune_code: String,
    pub commune_name: String,
    pub years: Vec<YearFigures>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct TargetsOverYears {
    pub trained_target: f64,
    pub certified_target: f64,
    pub yearly_enrolment_target: i64,
    /// Oldest first.
    pub city: Vec<YearFigures>,
    /// Communes with registered workers, by code.
    pub by_commune: Vec<CommuneYears>,
    pub definitions_vi: String,
    pub definitions_en: String,
}
