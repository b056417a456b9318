use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "occupations")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub code: String,
    pub isco_code: String,
    pub name_vi: String,
    pub name_en: String,
    pub sector: Option<String>,
    pub esco_uri: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub description_vi: String,
}

impl ActiveModelBehavior for ActiveModel {}
