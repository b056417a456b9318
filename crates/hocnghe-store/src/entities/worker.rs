use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "workers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    pub commune_code: String,
    pub birth_year: Option<i32>,
    pub education: String,
    pub max_travel_km: i32,
    pub free_months: String,
    pub study_times: String,
    pub max_fee_vnd: Option<i64>,
    pub share_with_counsellors: bool,
    pub share_with_employers: bool,
    pub ethnicity: Option<String>,
    pub ethnicity_consent_purpose: Option<String>,
    pub ethnicity_consented_at: Option<DateTimeUtc>,
    pub goal: Option<String>,
    pub current_occupation_code: Option<String>,
    /// Comma-separated delivery modes; empty means any.
    pub delivery_modes: String,
    /// Comma-separated limit kinds that cannot bend.
    pub hard_limits: String,
    /// Comma-separated support categories; sensitive, kept only with consent.
    pub support_categories: Option<String>,
    pub support_consent_purpose: Option<String>,
    pub support_consented_at: Option<DateTimeUtc>,
    /// Comma-separated access needs; sensitive (health data), kept only with consent.
    pub access_needs: Option<String>,
    pub access_consent_purpose: Option<String>,
    pub access_consented_at: Option<DateTimeUtc>,
    pub registered_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
