use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "outcomes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub worker_id: i64,
    pub enrolment_id: i64,
    pub recorded_by: Option<i64>,
    pub recorded_by_role: String,
    pub months_after: i32,
    pub status: String,
    pub monthly_income_vnd: Option<i64>,
    pub employer_id: Option<i64>,
    pub recorded_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
