//! The search index: opening, searching, and handing out the single writer.

use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;
use hocnghe_domain::{CourseLevel, DeliveryMode, EmploymentType};
use serde::de::DeserializeOwned;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RangeQuery, TermQuery, TermSetQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{Index, IndexReader, IndexSettings, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analyzers::register_analyzers;
use crate::documents::{CourseDoc, DemandDoc};
use crate::error::{Result, SearchError};
use crate::exec::bonus::BonusWeight;
use crate::exec::collect::{Collected, HitCollector, Order, RankedDoc};
use crate::exec::column_filter::InCommunes;
use crate::exec::kind_filter::OfKind;
use crate::exec::segment_cache::SegmentCache;
use crate::geo::CommuneLocator;
use crate::highlight::Highlighter;
use crate::open::{OpenOutcome, RebuildReason, open_usable, wipe};
use crate::query::{
    CourseHit, CourseQuery, DemandHit, DemandQuery, NearMatches, Place, Relaxed, SearchResults,
    page_window,
};
use crate::relaxing::strictest_round;
use crate::schema::{Fields, Kind, day_number, fast};
use crate::synonyms::Synonyms;
use crate::text_query::TextPlan;
use crate::writer::IndexWriterHandle;

const COURSE_FACETS: &[&str] = &[fast::LEVEL, fast::SECTOR, fast::COMMUNE, fast::MODE];
const DEMAND_FACETS: &[&str] = &[fast::EMPLOYMENT_TYPE, fast::SECTOR, fast::COMMUNE];

pub(crate) struct Shared {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    locator: CommuneLocator,
    synonyms: ArcSwap<Synonyms>,
    pub writer_taken: AtomicBool,
    pub last_applied: Mutex<Option<i64>>,
    segments: Arc<SegmentCache>,
}

/// Courses and job demands, searchable by free Vietnamese text and exact filters.
/// Cheap to share: put it in an `Arc` and search from blocking threads; every
/// search takes a fresh searcher from the one reader.
pub struct SearchIndex {
    shared: Arc<Shared>,
}

impl SearchIndex {
    /// Opens the index in `dir`, or wipes and recreates it empty when it is missing,
    /// corrupt or built by another schema version; the outcome tells which.
    pub fn open(
        dir: &Path,
        locator: CommuneLocator,
        synonyms: Synonyms,
    ) -> Result<(SearchIndex, OpenOutcome)> {
        let fields = Fields::new();
        let usable = open_usable(dir, &fields).and_then(|(index, last)| {
            let reader = reader(&index).map_err(|e| RebuildReason::Corrupt(e.to_string()))?;
            Ok((index, reader, last))
        });
        let (index, reader, outcome) = match usable {
            Ok((index, reader, last)) => (
                index,
                reader,
                OpenOutcome::Existing {
                    last_applied: Some(last),
                },
            ),
            Err(reason) => {
                tracing::warn!(?reason, dir = %dir.display(), "search index needs a rebuild");
                wipe(dir)?;
                std::fs::create_dir_all(dir)?;
                let index = Index::builder()
                    .schema(fields.schema.clone())
                    .settings(index_settings())
                    .create_in_dir(dir)?;
                register_analyzers(&index);
                let reader = reader(&index)?;
                (index, reader, OpenOutcome::NeedsRebuild { reason })
            }
        };
        let last_applied = match outcome {
            OpenOutcome::Existing { last_applied } => last_applied,
            OpenOutcome::NeedsRebuild { .. } => None,
        };
        Ok((
            Self::from_parts(index, reader, fields, locator, synonyms, last_applied),
            outcome,
        ))
    }

    /// An empty in-memory index, for tests and tools.
    pub fn open_in_ram(locator: CommuneLocator, synonyms: Synonyms) -> Result<SearchIndex> {
        let fields = Fields::new();
        let index = Index::builder()
            .schema(fields.schema.clone())
            .settings(index_settings())
            .create_in_ram()?;
        register_analyzers(&index);
        let reader = reader(&index)?;
        Ok(Self::from_parts(
            index, reader, fields, locator, synonyms, None,
        ))
    }

    fn from_parts(
        index: Index,
        reader: IndexReader,
        fields: Fields,
        locator: CommuneLocator,
        synonyms: Synonyms,
        last_applied: Option<i64>,
    ) -> SearchIndex {
        let shared = Shared {
            index,
            reader,
            fields,
            locator,
            synonyms: ArcSwap::from_pointee(synonyms),
            writer_taken: AtomicBool::new(false),
            last_applied: Mutex::new(last_applied),
            segments: Arc::default(),
        };
        SearchIndex {
            shared: Arc::new(shared),
        }
    }

    /// The single writer; `WriterTaken` while another handle is alive.
    pub fn writer(&self) -> Result<IndexWriterHandle> {
        if self.shared.writer_taken.swap(true, Ordering::AcqRel) {
            return Err(SearchError::WriterTaken);
        }
        IndexWriterHandle::new(Arc::clone(&self.shared)).inspect_err(|_| {
            self.shared.writer_taken.store(false, Ordering::Release);
        })
    }

    /// The outbox id recorded by the latest commit.
    pub fn last_applied(&self) -> Option<i64> {
        *self
            .shared
            .last_applied
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Replaces the synonym table; searches started afterwards use it.
    pub fn set_synonyms(&self, synonyms: Synonyms) {
        self.shared.synonyms.store(Arc::new(synonyms));
    }

    /// Number of index segments in the current searcher (each query pays a little per segment).
    pub fn segment_count(&self) -> usize {
        self.shared.reader.searcher().segment_readers().len()
    }

    pub fn locator(&self) -> &CommuneLocator {
        &self.shared.locator
    }

    /// Ids of every indexed course and demand, for consistency checks against the database.
    pub fn doc_ids(&self) -> Result<(BTreeSet<i64>, BTreeSet<i64>)> {
        let (mut courses, mut demands) = (BTreeSet::new(), BTreeSet::new());
        for segment in self.shared.reader.searcher().segment_readers() {
            let ids = segment.fast_fields().i64(fast::ID)?;
            let kinds = segment.fast_fields().u64(fast::KIND)?;
            for doc in 0..segment.max_doc() {
                if segment.is_deleted(doc) {
                    continue;
                }
                let (Some(id), Some(kind)) = (ids.first(doc), kinds.first(doc)) else {
                    continue;
                };
                if kind == Kind::Course as u64 {
                    courses.insert(id);
                } else {
                    demands.insert(id);
                }
            }
        }
        Ok((courses, demands))
    }

    fn kind_filter(&self, kind: Kind) -> Box<dyn Query> {
        Box::new(OfKind::new(kind, Arc::clone(&self.shared.segments)))
    }

    pub fn search_courses(&self, query: &CourseQuery) -> Result<SearchResults<CourseHit>> {
        let f = &self.shared.fields;
        let mut filters = vec![self.kind_filter(Kind::Course)];
        filters.extend(id_filter(f.id, query.only_ids.as_deref()));
        filters.extend(term_filter(f.occupation, query.occupation.as_deref()));
        filters.extend(term_filter(f.skill, query.skill.as_deref()));
        filters.extend(term_filter(f.level, query.level.map(CourseLevel::as_str)));
        filters.extend(term_filter(f.mode, query.mode.map(DeliveryMode::as_str)));
        if let Some(max_fee) = query.max_fee {
            filters.push(i64_range(f.fee, Bound::Unbounded, Bound::Included(max_fee)));
        }
        // A range query needs one bound at least: "any day" is from the smallest.
        let dates = (
            Bound::Included(query.starts_after.map_or(i64::MIN, day_number)),
            query
                .starts_before
                .map_or(Bound::Unbounded, |d| Bound::Included(day_number(d))),
        );
        match query.schedule {
            Some(schedule) => match f.start_day_for(schedule) {
                Some(field) => filters.push(i64_range(field, dates.0, dates.1)),
                None => filters.push(Box::new(tantivy::query::EmptyQuery)),
            },
            None if query.starts_after.is_some() || query.starts_before.is_some() => {
                filters.push(i64_range(f.start_day, dates.0, dates.1));
            }
            None => {}
        }
        let request = Request {
            text: query.q.as_deref(),
            commune: query.commune.as_deref(),
            radius_km: query.radius_km,
            page: query.page,
            per_page: query.per_page,
            facets: COURSE_FACETS,
        };
        self.search(request, filters, |doc: CourseDoc, ranked, highlight| {
            CourseHit {
                id: doc.id,
                score: ranked.score,
                highlight,
                distance_km: ranked.distance_km,
                title: doc.title,
                commune_code: doc.commune_code,
                level: doc.level,
                delivery_mode: doc.delivery_mode,
                schedule: doc.schedule,
                fee_vnd: doc.fee_vnd,
                fee_after_subsidy_vnd: doc.fee_after_subsidy_vnd,
                start_date: doc.start_date,
                weeks: doc.weeks,
                provider_name: doc.provider_name,
                occupation_code: doc.occupation_code,
                occupation_name: doc.occupation_name,
                sector: doc.sector,
                credits: doc.credits,
                intakes: doc.intakes,
            }
        })
    }

    pub fn search_demands(&self, query: &DemandQuery) -> Result<SearchResults<DemandHit>> {
        let f = &self.shared.fields;
        let mut filters = vec![self.kind_filter(Kind::Demand)];
        filters.extend(id_filter(f.id, query.only_ids.as_deref()));
        filters.extend(term_filter(f.occupation, query.occupation.as_deref()));
        filters.extend(term_filter(f.skill, query.skill.as_deref()));
        filters.extend(term_filter(
            f.employment_type,
            query.employment_type.map(EmploymentType::as_str),
        ));
        if let Some(min_wage) = query.min_wage {
            filters.push(i64_range(
                f.wage,
                Bound::Included(min_wage),
                Bound::Unbounded,
            ));
        }
        if let Some(date) = query.active_on {
            filters.push(i64_range(
                f.expires_day,
                Bound::Included(day_number(date)),
                Bound::Unbounded,
            ));
        }
        let request = Request {
            text: query.q.as_deref(),
            commune: query.commune.as_deref(),
            radius_km: query.radius_km,
            page: query.page,
            per_page: query.per_page,
            facets: DEMAND_FACETS,
        };
        self.search(request, filters, |doc: DemandDoc, ranked, highlight| {
            DemandHit {
                id: doc.id,
                score: ranked.score,
                highlight,
                distance_km: ranked.distance_km,
                title: doc.title,
                commune_code: doc.commune_code,
                employer_name: doc.employer_name,
                positions: doc.positions,
                wage_min_vnd: doc.wage_min_vnd,
                wage_max_vnd: doc.wage_max_vnd,
                employment_type: doc.employment_type,
                start_date: doc.start_date,
                expires_on: doc.expires_on,
                occupation_code: doc.occupation_code,
                occupation_name: doc.occupation_name,
                sector: doc.sector,
            }
        })
    }

    fn search<D, H>(
        &self,
        request: Request<'_>,
        mut filters: Vec<Box<dyn Query>>,
        to_hit: impl Fn(D, &crate::exec::collect::RankedDoc, Option<String>) -> H,
    ) -> Result<SearchResults<H>>
    where
        D: DeserializeOwned + Titled,
    {
        let (offset, per_page) = page_window(request.page, request.per_page)?;
        let searcher = self.shared.reader.searcher();
        self.shared.segments.keep_only(&searcher);
        let synonyms = self.shared.synonyms.load();
        let plan = match request.text {
            Some(text) => TextPlan::build(
                text,
                &self.shared.fields,
                &searcher,
                &synonyms,
                &self.shared.locator,
            )?,
            None => None,
        };
        // A place named in the query stands in for the commune the search did
        // not give: a distance boost, never a filter.
        let place = plan
            .as_ref()
            .and_then(|p| p.place.clone())
            .filter(|_| request.commune.is_none())
            .map(|(commune_code, name)| Place { commune_code, name });
        let origin = place.as_ref().map(|p| p.commune_code.as_str());
        let distances = self.geo(&request, origin, &mut filters)?;
        let order = match (&plan, &distances) {
            (Some(_), _) => Order::Score,
            (None, Some(_)) => Order::Nearest,
            (None, None) => Order::Newest,
        };
        let distance_weight = if place.is_some() {
            NAMED_PLACE_WEIGHT
        } else {
            1.0
        };
        let collector = |keep: usize, facets: &'static [&'static str]| HitCollector {
            order,
            keep,
            facets,
            distances: distances.clone(),
            distance_weight,
            segments: Arc::clone(&self.shared.segments),
            bonus: None,
        };
        let (collected, relaxed, near) = match &plan {
            None => (
                searcher.search(
                    &with_filters(Vec::new(), &filters),
                    &collector(offset + per_page, request.facets),
                )?,
                None,
                None,
            ),
            Some(plan) => {
                let (collected, required) = search_relaxing(
                    &searcher,
                    plan,
                    &filters,
                    collector(offset + per_page, request.facets),
                )?;
                // An empty page is not a partial match, however far it relaxed.
                let relaxed = plan.relaxed(required).filter(|_| collected.total > 0);
                let few = (1..NEAR_BELOW).contains(&collected.total)
                    && offset == 0
                    && collected.top.len() == collected.total
                    && relaxed.is_none();
                let near = if few {
                    near_matches(
                        &searcher,
                        plan,
                        &filters,
                        collector(NEAR_BELOW + NEAR_MAX, &[]),
                        &collected,
                    )?
                } else {
                    None
                };
                (collected, relaxed, near)
            }
        };
        let intent = plan.as_ref().and_then(|p| p.intent);
        let terms = plan.map(|p| p.highlight_terms).unwrap_or_default();
        let highlighter = Highlighter::new(&terms);
        let to_hits = |ranked: &[RankedDoc]| -> Result<Vec<H>> {
            let mut hits = Vec::with_capacity(ranked.len());
            for ranked in ranked {
                let doc: D = self.stored(&searcher, ranked)?;
                let marked = highlighter.highlight(doc.title(), doc.description());
                hits.push(to_hit(doc, ranked, marked));
            }
            Ok(hits)
        };
        let hits = to_hits(collected.top.get(offset..).unwrap_or_default())?;
        let near = match near {
            Some((ranked, relaxed)) => Some(NearMatches {
                relaxed,
                hits: to_hits(&ranked)?,
            }),
            None => None,
        };
        Ok(SearchResults {
            total: collected.total,
            hits,
            facets: collected.facets,
            relaxed,
            place,
            intent,
            near,
        })
    }

    /// Distances from the query's commune (or else from `named`, a commune
    /// named in the text), and the radius filter when asked for.
    fn geo(
        &self,
        request: &Request<'_>,
        named: Option<&str>,
        filters: &mut Vec<Box<dyn Query>>,
    ) -> Result<Option<Arc<HashMap<String, f64>>>> {
        let locator = &self.shared.locator;
        let Some(commune) = request.commune else {
            if request.radius_km.is_some() {
                return Err(SearchError::InvalidQuery(
                    "radius_km needs a commune".into(),
                ));
            }
            let Some(named) = named else {
                return Ok(None);
            };
            let distances = locator
                .distances_from(named)
                .ok_or_else(|| SearchError::UnknownCommune(named.into()))?;
            let owned = distances
                .into_iter()
                .map(|(code, d)| (code.to_string(), d))
                .collect();
            return Ok(Some(Arc::new(owned)));
        };
        let distances = locator
            .distances_from(commune)
            .ok_or_else(|| SearchError::UnknownCommune(commune.into()))?;
        if let Some(radius) = request.radius_km {
            if !(radius >= 0.0 && radius.is_finite()) {
                return Err(SearchError::InvalidQuery(format!(
                    "radius_km must be a positive number, not {radius}"
                )));
            }
            let near = distances.iter().filter(|(_, d)| **d <= radius);
            let codes = near.map(|(code, _)| (*code).to_string()).collect();
            filters.push(Box::new(InCommunes::new(
                codes,
                Arc::clone(&self.shared.segments),
            )));
        }
        let owned = distances
            .into_iter()
            .map(|(code, d)| (code.to_string(), d))
            .collect();
        Ok(Some(Arc::new(owned)))
    }

    fn stored<D: DeserializeOwned>(
        &self,
        searcher: &Searcher,
        ranked: &crate::exec::collect::RankedDoc,
    ) -> Result<D> {
        let doc: TantivyDocument = searcher.doc(ranked.address)?;
        let source = doc
            .get_first(self.shared.fields.source)
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        Ok(serde_json::from_str(source)?)
    }
}

/// The distance boost for a place named in the query, against one for the
/// search's `commune`: at most [`crate::DISTANCE_BOOST_MAX`] times this, 40
/// points in the named commune, under half a matched word, so a course there
/// leads among courses that match the trade equally well.
const NAMED_PLACE_WEIGHT: f32 = 5.0;

struct Request<'a> {
    text: Option<&'a str>,
    commune: Option<&'a str>,
    radius_km: Option<f64>,
    page: u32,
    per_page: u32,
    facets: &'static [&'static str],
}

pub(crate) trait Titled {
    fn title(&self) -> &str;
    fn description(&self) -> &str;
}

impl Titled for CourseDoc {
    fn title(&self) -> &str {
        &self.title
    }
    fn description(&self) -> &str {
        &self.description
    }
}

impl Titled for DemandDoc {
    fn title(&self) -> &str {
        &self.title
    }
    fn description(&self) -> &str {
        &self.description
    }
}

/// Runs the text query requiring all syllables, then, when nothing matches,
/// requiring the fewest that still match something (see [`crate::relaxing`]).
/// Returns how many syllables the hits were required to match.
fn search_relaxing(
    searcher: &Searcher,
    plan: &TextPlan,
    filters: &[Box<dyn Query>],
    mut collector: HitCollector,
) -> Result<(Collected, usize)> {
    let steps = plan.relaxations();
    let collected = search_requiring(searcher, plan, filters, &mut collector, steps[0])?;
    let rest = &steps[1..];
    if collected.total > 0 || rest.is_empty() {
        return Ok((collected, steps[0]));
    }
    // With one round left, running it is the cheapest way to know.
    let round = match rest {
        [last] => Some(*last),
        _ => strictest_round(searcher, &plan.matchers_by_rarity(), filters, rest)?,
    };
    match round {
        Some(required) => Ok((
            search_requiring(searcher, plan, filters, &mut collector, required)?,
            required,
        )),
        // Not even the rarest syllable matches: the empty page stands.
        None => Ok((collected, steps[0])),
    }
}

/// Fewer full matches than a phone screen shows: offer near matches too.
const NEAR_BELOW: usize = 5;
/// Near matches offered at most.
const NEAR_MAX: usize = 5;

/// The best documents matching the query but its least telling qualifier
/// (see [`TextPlan::near`]) that are not full matches, and which words they
/// match; `None` when the query has no qualifier or nothing more matches.
fn near_matches(
    searcher: &Searcher,
    plan: &TextPlan,
    filters: &[Box<dyn Query>],
    mut collector: HitCollector,
    full: &Collected,
) -> Result<Option<(Vec<RankedDoc>, Relaxed)>> {
    let Some((clauses, relaxed)) = plan.near() else {
        return Ok(None);
    };
    collector.bonus = Some(BonusWeight::new(&clauses.bonus, searcher)?);
    let found = searcher.search(&with_filters(clauses.required, filters), &collector)?;
    let shown: Vec<i64> = full.top.iter().map(|d| d.id).collect();
    let near: Vec<RankedDoc> = found
        .top
        .into_iter()
        .filter(|d| !shown.contains(&d.id))
        .take(NEAR_MAX)
        .collect();
    Ok((!near.is_empty()).then_some((near, relaxed)))
}

fn search_requiring(
    searcher: &Searcher,
    plan: &TextPlan,
    filters: &[Box<dyn Query>],
    collector: &mut HitCollector,
    required: usize,
) -> Result<Collected> {
    let clauses = plan.clauses(required);
    collector.bonus = Some(BonusWeight::new(&clauses.bonus, searcher)?);
    let query = with_filters(clauses.required, filters);
    Ok(searcher.search(&query, collector)?)
}

/// Filters restrict without scoring. They join the text's own clauses in one
/// intersection: a nested boolean query would put a second intersection and a
/// required-optional scorer between every matching document and the filters.
///
/// A boost of zero makes them score nothing without a wrapper: a
/// `ConstScoreQuery` would put one more virtual call between the intersection
/// and the filter at every candidate.
pub(crate) fn with_filters(
    mut clauses: Vec<(Occur, Box<dyn Query>)>,
    filters: &[Box<dyn Query>],
) -> BooleanQuery {
    for filter in filters {
        clauses.push((
            Occur::Must,
            Box::new(BoostQuery::new(filter.box_clone(), 0.0)),
        ));
    }
    BooleanQuery::new(clauses)
}

/// Only the documents with these ids (none when the list is empty).
fn id_filter(field: Field, ids: Option<&[i64]>) -> Option<Box<dyn Query>> {
    let ids = ids?;
    Some(Box::new(TermSetQuery::new(
        ids.iter().map(|id| Term::from_field_i64(field, *id)),
    )))
}

fn term_filter(field: Field, value: Option<&str>) -> Option<Box<dyn Query>> {
    let value = value?;
    Some(Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    )))
}

fn i64_range(field: Field, lower: Bound<i64>, upper: Bound<i64>) -> Box<dyn Query> {
    let term = |v: i64| Term::from_field_i64(field, v);
    Box::new(RangeQuery::new(lower.map(term), upper.map(term)))
}

/// Every hit on a page decompresses its doc-store block: 4 KiB blocks (tantivy's
/// default is 16 KiB) hold a few documents each, so a page reads a quarter of the
/// bytes for a slightly larger store.
fn index_settings() -> IndexSettings {
    IndexSettings {
        docstore_blocksize: 4_096,
        ..IndexSettings::default()
    }
}

fn reader(index: &Index) -> tantivy::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_segment_cache_opens_every_facet_column() {
        for facet in COURSE_FACETS.iter().chain(DEMAND_FACETS) {
            assert!(
                crate::exec::segment_cache::STR_COLUMNS.contains(facet),
                "{facet} is a facet but not a cached column"
            );
        }
    }
}
