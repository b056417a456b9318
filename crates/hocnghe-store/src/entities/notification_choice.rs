use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_choices")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub worker_id: i64,
    pub channel: String,
    pub chosen_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
