//! The curated taxonomy, indexed for the generator.

use std::collections::HashMap;

use hocnghe_domain::Importance;
use hocnghe_store::reference::curated_taxonomy;

use crate::DemoError;

pub struct OccupationVocab {
    pub name_vi: String,
    pub description_vi: String,
    /// Skill codes in taxonomy order.
    pub essential: Vec<String>,
    pub optional: Vec<String>,
}

pub struct Vocab {
    pub occupations: HashMap<String, OccupationVocab>,
    pub skill_labels: HashMap<String, String>,
}

impl Vocab {
    pub fn load() -> Result<Self, DemoError> {
        let taxonomy = curated_taxonomy()?;
        let mut occupations: HashMap<String, OccupationVocab> = taxonomy
            .occupations
            .into_iter()
            .map(|o| {
                let vocab = OccupationVocab {
                    name_vi: o.name_vi,
                    description_vi: o.description_vi,
                    essential: Vec::new(),
                    optional: Vec::new(),
                };
                (o.code, vocab)
            })
            .collect();
        for relation in taxonomy.relations {
            if let Some(occupation) = occupations.get_mut(&relation.occupation_code) {
                match relation.importance {
                    Importance::Essential => occupation.essential.push(relation.skill_code),
                    Importance::Optional => occupation.optional.push(relation.skill_code),
                }
            }
        }
        let skill_labels = taxonomy
            .skills
            .into_iter()
            .map(|s| (s.code, s.label_vi))
            .collect();
        Ok(Self {
            occupations,
            skill_labels,
        })
    }

    pub fn occupation(&self, code: &str) -> Result<&OccupationVocab, DemoError> {
        self.occupations.get(code).ok_or_else(|| {
            DemoError::Store(hocnghe_store::StoreError::not_found("occupation", code))
        })
    }

    pub fn label<'a>(&'a self, skill: &'a str) -> &'a str {
        self.skill_labels
            .get(skill)
            .map(String::as_str)
            .unwrap_or(skill)
    }
}
