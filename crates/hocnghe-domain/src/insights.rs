//! The city's training targets and the labour market, measured.

mod market;
mod years;

pub use market::*;
pub use years::*;

use serde::Serialize;
use utoipa::ToSchema;

/// Workers to train each year (Hanoi's plan).
pub const YEARLY_ENROLMENT_TARGET: i64 = 20_000;
/// Share of workers trained by 2030.
pub const TRAINED_TARGET: f64 = 0.8;
/// Share of workers holding a certificate by 2030.
pub const CERTIFIED_TARGET: f64 = 0.6;

pub const TARGET_DEFINITIONS_VI: &str = "Lượt nhập học trong năm: số đăng ký được cơ sở đào tạo nhận (đã nhận, đang học, hoàn thành hoặc bỏ học) có ngày nhận trong năm, so với chỉ tiêu 20.000. \
Đã qua đào tạo: người lao động đã đăng ký có ít nhất một khóa học hoàn thành hoặc có ít nhất một chứng chỉ (do cơ sở cấp hoặc tự khai), so với mục tiêu 80%. \
Có chứng chỉ: người lao động có ít nhất một chứng chỉ, so với mục tiêu 60%. Theo xã/phường: theo xã nơi người lao động cư trú.";

pub const TARGET_DEFINITIONS_EN: &str = "Enrolments in the year: enrolments a provider accepted (accepted, studying, completed or dropped) with the acceptance in that year, against 20,000. \
Trained: registered workers with at least one completed course or at least one certificate (issued by a provider or self-declared), against 80%. \
Certified: workers holding at least one certificate, against 60%. By commune: the worker's home commune.";

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct TargetFigures {
    pub registered_workers: i64,
    pub trained: i64,
    /// trained ÷ registered_workers, 4 decimals.
    pub trained_share: Option<f64>,
    pub certified: i64,
    pub certified_share: Option<f64>,
    pub enrolments_in_year: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CommuneTargets {
    pub commune_code: String,
    pub commune_name: String,
    #[serde(flatten)]
    pub figures: TargetFigures,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Targets {
    pub year: i32,
    pub enrolment_target: i64,
    /// enrolments_in_year ÷ enrolment_target, 4 decimals.
    pub enrolment_progress: Option<f64>,
    pub trained_target: f64,
    pub certified_target: f64,
    pub overall: TargetFigures,
    /// Communes with registered workers, by code.
    pub by_commune: Vec<CommuneTargets>,
    pub definitions_vi: String,
    pub definitions_en: String,
}
