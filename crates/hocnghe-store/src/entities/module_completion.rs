use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "module_completions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub worker_id: i64,
    pub module_id: Option<i64>,
    pub code: String,
    pub title: String,
    pub credits: i32,
    pub certificate: Option<String>,
    pub completed_on: Option<Date>,
    pub verified: bool,
    pub recorded_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub enrolment_id: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
