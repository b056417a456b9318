use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "plan_steps")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub plan_id: i64,
    pub kind: String,
    pub title: String,
    pub intake_id: Option<i64>,
    pub demand_id: Option<i64>,
    pub due_on: Option<Date>,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub done_at: Option<DateTimeUtc>,
    pub done_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
