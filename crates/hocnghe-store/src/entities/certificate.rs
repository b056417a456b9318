use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "certificates")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub worker_id: i64,
    pub name: String,
    pub issuer: Option<String>,
    pub issued_year: Option<i32>,
    pub course_id: Option<i64>,
    pub verified: bool,
    pub created_at: DateTimeUtc,
    pub enrolment_id: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
