//! What the search side needs from the database at startup: commune centroids,
//! synonyms, typeahead over the taxonomy, and skills' alternative labels.

use std::path::Path;
use std::sync::Arc;

use hocnghe_domain::catalogue::Skill;
use hocnghe_search::{
    CommuneLocator, LiveSuggester, OpenOutcome, SearchIndex, SuggestItem, Suggester, Synonyms,
};
use hocnghe_store::DatabaseConnection;
use hocnghe_store::reference;
use hocnghe_store::repo::{communes, taxonomy};

use super::IndexerError;
use super::docs::SkillAliases;

/// Built once at startup from the database (the taxonomy and communes are
/// reference data loaded before the server starts).
pub struct SearchSetup {
    pub locator: CommuneLocator,
    pub synonyms: Synonyms,
    pub skills: Arc<LiveSuggester>,
    pub occupations: Arc<Suggester>,
    pub aliases: Arc<SkillAliases>,
}

pub async fn load_setup(db: &DatabaseConnection) -> Result<SearchSetup, IndexerError> {
    let communes = communes::list(db).await?;
    let names: Vec<(String, String)> = communes
        .iter()
        .map(|c| (c.code.clone(), c.name.clone()))
        .collect();
    // Names too: a place named in a query ("… ở Gia Lâm") boosts what is near it.
    let locator = CommuneLocator::new(
        communes
            .into_iter()
            .map(|c| (c.code, c.lat, c.lon))
            .collect(),
    )
    .with_names(names);
    let skills = taxonomy::all_skills(db).await?;
    let occupations = taxonomy::all_occupations(db).await?;

    // The shipped synonym groups, plus one group per skill: its label and every
    // alternative label mean the same thing.
    let mut groups = reference::synonym_groups()?;
    groups.extend(skills.iter().map(|s| {
        std::iter::once(s.label_vi.clone())
            .chain(s.alt_labels.iter().cloned())
            .collect::<Vec<_>>()
    }));
    let synonyms = Synonyms::from_groups(groups);

    let occupation_items = occupations
        .iter()
        .map(|o| SuggestItem {
            code: o.code.clone(),
            label: o.name_vi.clone(),
            label_en: o.name_en.clone(),
            alt_labels: Vec::new(),
        })
        .collect();
    Ok(SearchSetup {
        locator,
        synonyms,
        skills: Arc::new(LiveSuggester::new(skill_suggester_of(&skills)?)),
        occupations: Arc::new(Suggester::build(occupation_items)?),
        aliases: Arc::new(SkillAliases::new(&skills)),
    })
}

/// The skills typeahead as the taxonomy stands now: built again when an
/// admin approves a new skill, so it is offered without a restart.
pub async fn skill_suggester(db: &DatabaseConnection) -> Result<Suggester, IndexerError> {
    skill_suggester_of(&taxonomy::all_skills(db).await?)
}

fn skill_suggester_of(skills: &[Skill]) -> Result<Suggester, IndexerError> {
    let items = skills
        .iter()
        .map(|s| SuggestItem {
            code: s.code.clone(),
            label: s.label_vi.clone(),
            label_en: s.label_en.clone(),
            alt_labels: s.alt_labels.clone(),
        })
        .collect();
    Ok(Suggester::build(items)?)
}

/// Open the on-disk index (creating or wiping it as needed), off the async threads.
pub async fn open_index(
    dir: &Path,
    setup: &SearchSetup,
) -> Result<(SearchIndex, OpenOutcome), IndexerError> {
    let dir = dir.to_path_buf();
    let locator = setup.locator.clone();
    let synonyms = setup.synonyms.clone();
    Ok(tokio::task::spawn_blocking(move || SearchIndex::open(&dir, locator, synonyms)).await??)
}

/// Bytes used by the files in the index directory.
pub fn index_size_bytes(dir: &Path) -> std::io::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let meta = entry?.metadata()?;
        if meta.is_file() {
            total += meta.len();
        }
    }
    Ok(total)
}
