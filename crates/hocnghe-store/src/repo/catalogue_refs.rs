//! Checks that a request's references (commune, occupation, skills, owner)
//! exist, reported as field errors so the client learns which field is wrong.

use std::collections::HashMap;

use hocnghe_domain::FieldError;
use sea_orm::{ConnectionTrait, EntityTrait};

use crate::entities::commune;
use crate::error::StoreResult;
use crate::repo::taxonomy;

pub async fn check_commune(
    db: &impl ConnectionTrait,
    code: &str,
    errors: &mut Vec<FieldError>,
) -> StoreResult<()> {
    if !code.is_empty()
        && commune::Entity::find_by_id(code.to_owned())
            .one(db)
            .await?
            .is_none()
    {
        errors.push(FieldError::invalid_commune("commune_code"));
    }
    Ok(())
}

pub async fn resolve_occupation(
    db: &impl ConnectionTrait,
    code: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> StoreResult<Option<i64>> {
    let Some(code) = code else { return Ok(None) };
    let id = taxonomy::occupation_id(db, code).await?;
    if id.is_none() {
        errors.push(FieldError::unknown(
            "occupation_code",
            "nghề",
            "occupation",
            code,
        ));
    }
    Ok(id)
}

/// Resolve skill codes given with their field paths; unknown codes become
/// field errors.
pub async fn resolve_skills(
    db: &impl ConnectionTrait,
    codes: &[(String, String)],
    errors: &mut Vec<FieldError>,
) -> StoreResult<HashMap<String, i64>> {
    let wanted: Vec<String> = codes.iter().map(|(_, code)| code.clone()).collect();
    let ids = taxonomy::skill_ids(db, &wanted).await?;
    for (field, code) in codes {
        if !ids.contains_key(code) {
            errors.push(FieldError::unknown(field.clone(), "kỹ năng", "skill", code));
        }
    }
    Ok(ids)
}
