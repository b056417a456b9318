//! Hanoi's communes as shipped in data/hanoi_communes.csv.

use std::collections::HashMap;

use hocnghe_domain::CommuneKind;
use hocnghe_store::reference::parse_communes;

use crate::DemoError;

const COMMUNES_CSV: &str = include_str!("../../../data/hanoi_communes.csv");

#[derive(Debug, Clone)]
pub struct Place {
    /// Short name, e.g. "Ba Vì".
    pub name: String,
    /// With its kind, e.g. "Xã Ba Vì".
    pub full_name: String,
    pub rural: bool,
}

pub struct Places {
    by_code: HashMap<String, Place>,
    /// Rural communes (xã), in file order, for synthetic workers.
    pub rural: Vec<String>,
}

impl Places {
    pub fn load() -> Result<Self, DemoError> {
        let records = parse_communes(COMMUNES_CSV)?;
        let rural = records
            .iter()
            .filter(|r| r.kind == CommuneKind::Commune)
            .map(|r| r.code.clone())
            .collect();
        let by_code = records
            .into_iter()
            .map(|r| {
                let place = Place {
                    rural: r.kind == CommuneKind::Commune,
                    name: r.name,
                    full_name: r.full_name,
                };
                (r.code, place)
            })
            .collect();
        Ok(Self { by_code, rural })
    }

    pub fn get(&self, code: &str) -> Result<&Place, DemoError> {
        self.by_code
            .get(code)
            .ok_or_else(|| DemoError::Store(hocnghe_store::StoreError::not_found("commune", code)))
    }
}
