use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "proposed_skills")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// The worker whose profile holds it, or
    pub worker_id: Option<i64>,
    pub label: String,
    pub label_key: String,
    pub status: String,
    pub skill_id: Option<i64>,
    pub decided_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
    /// the demand that holds it (exactly one of the two).
    pub demand_id: Option<i64>,
    /// Essential or optional, for a demand's proposal.
    pub importance: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
