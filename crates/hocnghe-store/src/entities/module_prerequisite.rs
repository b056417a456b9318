use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "module_prerequisites")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub module_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub prerequisite_code: String,
}

impl ActiveModelBehavior for ActiveModel {}
