use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "saved_searches")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub worker_id: i64,
    pub kind: String,
    pub q: Option<String>,
    pub commune_code: Option<String>,
    pub radius_km: Option<f64>,
    #[sea_orm(column_type = "Text")]
    pub filters: String,
    pub high_water: i64,
    pub last_run_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
