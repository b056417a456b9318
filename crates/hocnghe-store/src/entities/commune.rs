use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "communes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub name: String,
    pub full_name: String,
    pub kind: String,
    pub name_en: String,
    pub codename: String,
    pub lat: f64,
    pub lon: f64,
    pub area_km2: f64,
}

impl ActiveModelBehavior for ActiveModel {}
