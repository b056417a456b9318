use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "skills")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
    #[sea_orm(column_type = "Text")]
    pub alt_labels: String,
    pub skill_group: String,
    pub esco_uri: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
