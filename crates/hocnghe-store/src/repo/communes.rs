use std::collections::HashMap;

use hocnghe_domain::CommuneKind;
use hocnghe_domain::catalogue::Commune;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, QueryOrder};

use crate::entities::commune;
use crate::error::{StoreResult, parse_stored};

#[derive(Debug, Clone, PartialEq)]
pub struct CommuneRecord {
    pub code: String,
    pub name: String,
    pub full_name: String,
    pub kind: CommuneKind,
    pub name_en: String,
    pub codename: String,
    pub lat: f64,
    pub lon: f64,
    pub area_km2: f64,
}

pub async fn upsert(db: &impl ConnectionTrait, records: &[CommuneRecord]) -> StoreResult<()> {
    for chunk in records.chunks(super::BATCH) {
        let rows = chunk.iter().map(|r| commune::ActiveModel {
            code: Set(r.code.clone()),
            name: Set(r.name.clone()),
            full_name: Set(r.full_name.clone()),
            kind: Set(r.kind.as_str().to_owned()),
            name_en: Set(r.name_en.clone()),
            codename: Set(r.codename.clone()),
            lat: Set(r.lat),
            lon: Set(r.lon),
            area_km2: Set(r.area_km2),
        });
        commune::Entity::insert_many(rows)
            .on_conflict(
                OnConflict::column(commune::Column::Code)
                    .update_columns([
                        commune::Column::Name,
                        commune::Column::FullName,
                        commune::Column::Kind,
                        commune::Column::NameEn,
                        commune::Column::Codename,
                        commune::Column::Lat,
                        commune::Column::Lon,
                        commune::Column::AreaKm2,
                    ])
                    .to_owned(),
            )
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

pub async fn list(db: &impl ConnectionTrait) -> StoreResult<Vec<Commune>> {
    commune::Entity::find()
        .order_by_asc(commune::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

pub async fn get(db: &impl ConnectionTrait, code: &str) -> StoreResult<Option<Commune>> {
    commune::Entity::find_by_id(code.to_owned())
        .one(db)
        .await?
        .map(to_domain)
        .transpose()
}

/// Commune names by code, for filling views.
pub async fn names(db: &impl ConnectionTrait) -> StoreResult<HashMap<String, String>> {
    Ok(commune::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.code, c.name))
        .collect())
}

fn to_domain(row: commune::Model) -> StoreResult<Commune> {
    Ok(Commune {
        kind: parse_stored("communes", "kind", &row.kind)?,
        code: row.code,
        name: row.name,
        full_name: row.full_name,
        name_en: row.name_en,
        lat: row.lat,
        lon: row.lon,
        area_km2: row.area_km2,
    })
}
