use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "courses")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub provider_id: i64,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub level: String,
    pub occupation_id: Option<i64>,
    pub commune_code: String,
    pub delivery_mode: String,
    pub fee_vnd: i64,
    pub subsidy_vnd: i64,
    pub certificate: Option<String>,
    pub status: String,
    /// Comma-separated access needs the course accommodates; empty when not stated.
    pub accessibility: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
