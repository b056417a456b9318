use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "worker_skills")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub worker_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub skill_id: i64,
    pub certified: bool,
}

impl ActiveModelBehavior for ActiveModel {}
