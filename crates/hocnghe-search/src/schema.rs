//! The tantivy schema and the mapping from input documents to tantivy documents.
//!
//! Courses and demands share one index (one writer, one commit payload); the
//! `kind` field tells them apart and `key` ("c:12", "d:7") is the delete term.

use chrono::NaiveDate;
use hocnghe_domain::{Sector, StudyTime};
use tantivy::columnar::{Column, ColumnIndex};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{DocId, TantivyDocument};

use crate::analyzers::{BIGRAM, EXACT, FOLDED};
use crate::documents::{CourseDoc, DemandDoc, SkillRef};
use crate::skill_labels::{distinct_alt_labels, label_keys_memoised};
use crate::vietnamese::nfc;

/// Bump whenever the schema, an analyzer or the document mapping changes: an index
/// built with another version is wiped and rebuilt on open.
pub const SCHEMA_VERSION: u32 = 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    Course = 0,
    Demand = 1,
}

impl Kind {
    pub(crate) fn key(self, id: i64) -> String {
        match self {
            Kind::Course => format!("c:{id}"),
            Kind::Demand => format!("d:{id}"),
        }
    }
}

/// Which part of a document a text field holds; drives the BM25 field boosts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Title,
    /// Skill labels, their alternative labels and the occupation name.
    Tags,
    Modules,
    Body,
    /// Provider or employer name.
    Org,
}

impl Part {
    pub(crate) const ALL: [Part; 5] = [
        Part::Title,
        Part::Tags,
        Part::Modules,
        Part::Body,
        Part::Org,
    ];

    /// Whether the part has fields of its own. The description is only in the
    /// catch-all: it is most of the text, so its own fields cost more to index
    /// than their separate BM25 was worth; the catch-all's BM25 stands in.
    /// The organisation name has a folded field of its own and is *not* in the
    /// catch-all: a provider's or employer's name is no trade ("Trường Cao đẳng
    /// Nông nghiệp công nghệ cao" does not make its sewing course a match for
    /// "nông nghiệp công nghệ cao"), so it only matches queries that look like
    /// a name (`understand`).
    fn has_own_fields(self) -> bool {
        matches!(self, Part::Title | Part::Tags | Part::Modules | Part::Org)
    }

    /// Whether the part's text goes to the catch-all, which every query
    /// matches against.
    fn in_catch_all(self) -> bool {
        self != Part::Org
    }

    /// Whether queries read this part's bigrams (adjacency credits and synonym
    /// phrases); the others are not indexed.
    fn has_bigrams(self) -> bool {
        matches!(self, Part::Title | Part::Tags)
    }

    fn name(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Tags => "tags",
            Part::Modules => "modules",
            Part::Body => "body",
            Part::Org => "org",
        }
    }
}

/// One logical text field indexed up to three ways: folded always; exact (with
/// diacritics) only in the catch-all, where the exact-diacritics credit looks;
/// bigrams only where queries look for adjacency or phrases (the title, the
/// tags and the catch-all).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextField {
    pub exact: Option<Field>,
    pub folded: Field,
    pub bigram: Option<Field>,
}

/// Study times, as `CourseDoc::schedule` spells them.
pub const SCHEDULES: [&str; 3] = ["weekday", "evening", "weekend"];

pub(crate) mod fast {
    pub const KIND: &str = "kind";
    pub const ID: &str = "id";
    pub const COMMUNE: &str = "commune";
    pub const SECTOR: &str = "sector";
    pub const LEVEL: &str = "level";
    pub const MODE: &str = "mode";
    pub const EMPLOYMENT_TYPE: &str = "employment_type";
}

#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub schema: Schema,
    pub key: Field,
    pub kind: Field,
    pub id: Field,
    /// The NFC input document as JSON, read back for the hits of the current page;
    /// without its skills and module titles, which hits do not show (they were
    /// most of its length). Text, not bytes: tantivy reads a stored bytes value
    /// back one byte at a time (3.5 % of a search's instructions), a text
    /// in one copy; serde_json then parses it without checking its UTF-8 again.
    pub source: Field,
    /// Per part, its own fields when it has them (see [`Part::has_own_fields`]).
    pub parts: [Option<TextField>; 5],
    /// Every text part together: matching and typo expansion look here once
    /// instead of once per part.
    pub all: TextField,
    /// Skill labels as whole phrases (see
    /// [`crate::skill_labels::label_keys`]): one token per key, so a query
    /// hits a label only when it names the label, not a word it starts with.
    pub label: Field,
    pub commune: Field,
    pub sector: Field,
    pub level: Field,
    pub mode: Field,
    pub employment_type: Field,
    pub occupation: Field,
    pub skill: Field,
    pub fee: Field,
    pub start_day: Field,
    /// Start days of open classes per study time (weekday, evening, weekend),
    /// so that a time and a date range are checked on the same class.
    pub start_day_at: [Field; 3],
    pub wage: Field,
    pub expires_day: Field,
}

impl Fields {
    pub(crate) fn new() -> Fields {
        let mut b = Schema::builder();
        let key = b.add_text_field("key", STRING);
        let kind = b.add_u64_field(fast::KIND, INDEXED | FAST);
        let id = b.add_i64_field(fast::ID, INDEXED | FAST);
        let source = b.add_text_field("source", STORED);
        let mut text = |name: &str, exact: bool, bigrams: Option<IndexRecordOption>| TextField {
            exact: exact.then(|| {
                b.add_text_field(&format!("{name}_exact"), text_options(EXACT, WITH_FREQS))
            }),
            folded: b.add_text_field(&format!("{name}_folded"), text_options(FOLDED, WITH_FREQS)),
            bigram: bigrams.map(|record| {
                b.add_text_field(&format!("{name}_bigram"), text_options(BIGRAM, record))
            }),
        };
        let parts = Part::ALL.map(|p| {
            p.has_own_fields()
                .then(|| text(p.name(), false, p.has_bigrams().then_some(WITH_FREQS)))
        });
        // The catch-all's bigrams only ever earn constant credits (adjacency,
        // synonym phrases): no term frequencies to record.
        let all = text("all", true, Some(IndexRecordOption::Basic));
        let label = b.add_text_field("label", text_options("raw", WITH_FREQS));
        let facet = STRING | FAST;
        let commune = b.add_text_field(fast::COMMUNE, facet.clone());
        let sector = b.add_text_field(fast::SECTOR, facet.clone());
        let level = b.add_text_field(fast::LEVEL, facet.clone());
        let mode = b.add_text_field(fast::MODE, facet.clone());
        let employment_type = b.add_text_field(fast::EMPLOYMENT_TYPE, facet);
        let occupation = b.add_text_field("occupation", STRING);
        let skill = b.add_text_field("skill", STRING);
        let fee = b.add_i64_field("fee", INDEXED | FAST);
        let start_day = b.add_i64_field("start_day", INDEXED | FAST);
        let start_day_at =
            SCHEDULES.map(|s| b.add_i64_field(&format!("start_day_{s}"), INDEXED | FAST));
        let wage = b.add_i64_field("wage", INDEXED | FAST);
        let expires_day = b.add_i64_field("expires_day", INDEXED | FAST);
        Fields {
            schema: b.build(),
            key,
            kind,
            id,
            source,
            parts,
            all,
            label,
            commune,
            sector,
            level,
            mode,
            employment_type,
            occupation,
            skill,
            fee,
            start_day,
            start_day_at,
            wage,
            expires_day,
        }
    }

    pub(crate) fn part(&self, part: Part) -> Option<TextField> {
        self.parts[part as usize]
    }

    pub(crate) fn course_document(
        &self,
        course: &CourseDoc,
    ) -> Result<TantivyDocument, serde_json::Error> {
        let mut course = nfc_course(course);
        let mut doc = self.common(Kind::Course, course.id);
        let skills = std::mem::take(&mut course.skills);
        let modules = std::mem::take(&mut course.module_titles);
        doc.add_text(self.source, serde_json::to_string(&course)?);
        course.skills = skills;
        course.module_titles = modules;
        self.add_text(&mut doc, Part::Title, [&course.title]);
        self.add_tags(&mut doc, course.occupation_name.as_deref(), &course.skills);
        self.add_text(&mut doc, Part::Modules, &course.module_titles);
        self.add_text(&mut doc, Part::Body, [&course.description]);
        self.add_text(&mut doc, Part::Org, [&course.provider_name]);
        self.add_facets(
            &mut doc,
            &course.commune_code,
            course.sector.map(Sector::as_str),
            &course.skills,
        );
        add_opt(&mut doc, self.occupation, course.occupation_code.as_deref());
        doc.add_text(self.level, course.level.as_str());
        doc.add_text(self.mode, course.delivery_mode.as_str());
        doc.add_text(self.employment_type, NO_VALUE);
        doc.add_i64(self.fee, course.fee_after_subsidy_vnd);
        if course.intakes.is_empty() {
            self.add_class(&mut doc, course.start_date, course.schedule);
        }
        for intake in &course.intakes {
            self.add_class(&mut doc, intake.start_date, intake.schedule);
        }
        doc.add_i64(self.wage, i64::MIN);
        doc.add_i64(self.expires_day, i64::MAX);
        Ok(doc)
    }

    pub(crate) fn demand_document(
        &self,
        demand: &DemandDoc,
    ) -> Result<TantivyDocument, serde_json::Error> {
        let mut demand = nfc_demand(demand);
        let mut doc = self.common(Kind::Demand, demand.id);
        let skills = std::mem::take(&mut demand.skills);
        doc.add_text(self.source, serde_json::to_string(&demand)?);
        demand.skills = skills;
        self.add_text(&mut doc, Part::Title, [&demand.title]);
        self.add_tags(&mut doc, demand.occupation_name.as_deref(), &demand.skills);
        self.add_text(&mut doc, Part::Body, [&demand.description]);
        self.add_text(&mut doc, Part::Org, [&demand.employer_name]);
        self.add_facets(
            &mut doc,
            &demand.commune_code,
            demand.sector.map(Sector::as_str),
            &demand.skills,
        );
        add_opt(&mut doc, self.occupation, demand.occupation_code.as_deref());
        doc.add_text(self.employment_type, demand.employment_type.as_str());
        doc.add_text(self.level, NO_VALUE);
        doc.add_text(self.mode, NO_VALUE);
        // No wage never passes a minimum wage; courses have no wage either.
        let wage = demand.wage_max_vnd.or(demand.wage_min_vnd);
        doc.add_i64(self.wage, wage.unwrap_or(i64::MIN));
        let expires = demand.expires_on.map_or(i64::MAX, day_number);
        doc.add_i64(self.expires_day, expires);
        doc.add_i64(self.fee, i64::MAX);
        doc.add_i64(self.start_day, i64::MIN);
        Ok(doc)
    }

    fn add_class(&self, doc: &mut TantivyDocument, start: NaiveDate, schedule: StudyTime) {
        let day = day_number(start);
        doc.add_i64(self.start_day, day);
        if let Some(field) = self.start_day_for(schedule) {
            doc.add_i64(field, day);
        }
    }

    /// The start-day field of one study time.
    pub(crate) fn start_day_for(&self, schedule: StudyTime) -> Option<Field> {
        SCHEDULES
            .iter()
            .position(|s| *s == schedule.as_str())
            .map(|i| self.start_day_at[i])
    }

    fn common(&self, kind: Kind, id: i64) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.key, kind.key(id));
        doc.add_u64(self.kind, kind as u64);
        doc.add_i64(self.id, id);
        doc
    }

    /// Adds each value to the part's own fields, if any, and to the catch-all. The analyzers
    /// analyse a text once for all of these fields (see `analyzers`).
    fn add_text<S: AsRef<str>>(
        &self,
        doc: &mut TantivyDocument,
        part: Part,
        values: impl IntoIterator<Item = S>,
    ) {
        let own = self.part(part);
        for value in values {
            let value = value.as_ref();
            if value.trim().is_empty() {
                continue;
            }
            let all = part.in_catch_all().then_some(&self.all);
            for target in own.iter().chain(all) {
                if let Some(exact) = target.exact {
                    doc.add_text(exact, value);
                }
                doc.add_text(target.folded, value);
                if let Some(bigram) = target.bigram {
                    doc.add_text(bigram, value);
                }
            }
        }
    }

    fn add_tags(
        &self,
        doc: &mut TantivyDocument,
        occupation_name: Option<&str>,
        skills: &[SkillRef],
    ) {
        let labels = skills.iter().flat_map(|s| {
            let alts = distinct_alt_labels(s);
            let alts = (0..alts.len()).map(move |i| &s.alt_labels[alts[i]]);
            std::iter::once(&s.label).chain(alts)
        });
        let labels: Vec<&str> = labels.map(String::as_str).collect();
        // Skills only: an occupation's name is a list of trades ("Người làm
        // vườn, trồng hoa, nấm và cây giống"), no phrase of the document's.
        for label in &labels {
            for key in label_keys_memoised(label).iter() {
                doc.add_text(self.label, key);
            }
        }
        self.add_text(doc, Part::Tags, occupation_name.into_iter().chain(labels));
    }

    fn add_facets(
        &self,
        doc: &mut TantivyDocument,
        commune: &str,
        sector: Option<&str>,
        skills: &[SkillRef],
    ) {
        doc.add_text(self.commune, commune);
        doc.add_text(self.sector, sector.unwrap_or(NO_VALUE));
        for skill in skills {
            doc.add_text(self.skill, &skill.code);
        }
    }
}

/// The value of a facet a document does not have (a demand's course level, a
/// course without sector). Every document has a value in every fast field, so
/// tantivy stores the columns as "full": reading one is an array access, where
/// an optional column looks the document up in a rank index first (a tenth of a
/// search's time went there). Facet counts leave this value out; the numeric
/// fields use values no filter accepts (`i64::MIN` under a minimum, `i64::MAX`
/// over a maximum), and every search filters on the kind first.
pub(crate) const NO_VALUE: &str = "";

/// A document's value in a fast field. Columns are full (see [`NO_VALUE`]):
/// the value is read at the document's row, without asking the column's index
/// for the document's rows first, as [`Column::first`] does.
pub(crate) fn value_at<T>(column: &Column<T>, doc: DocId) -> Option<T>
where
    T: PartialOrd + Copy + std::fmt::Debug + Send + Sync + 'static,
{
    match column.index {
        ColumnIndex::Full => Some(column.values.get_val(doc)),
        _ => column.first(doc),
    }
}

const WITH_FREQS: IndexRecordOption = IndexRecordOption::WithFreqs;

fn text_options(analyzer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(record),
    )
}

fn add_opt(doc: &mut TantivyDocument, field: Field, value: Option<&str>) {
    if let Some(value) = value {
        doc.add_text(field, value);
    }
}

/// Days since 0001-01-01, the representation of dates in range filters.
pub(crate) fn day_number(date: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&date))
}

fn nfc_string(s: &mut String) {
    if let std::borrow::Cow::Owned(normalized) = nfc(s) {
        *s = normalized;
    }
}

fn nfc_skills(skills: &mut [SkillRef]) {
    for skill in skills {
        nfc_string(&mut skill.label);
        skill.alt_labels.iter_mut().for_each(nfc_string);
    }
}

fn nfc_course(course: &CourseDoc) -> CourseDoc {
    let mut c = course.clone();
    for s in [&mut c.title, &mut c.description, &mut c.provider_name] {
        nfc_string(s);
    }
    c.occupation_name.iter_mut().for_each(nfc_string);
    c.module_titles.iter_mut().for_each(nfc_string);
    nfc_skills(&mut c.skills);
    c
}

fn nfc_demand(demand: &DemandDoc) -> DemandDoc {
    let mut d = demand.clone();
    for s in [&mut d.title, &mut d.description, &mut d.employer_name] {
        nfc_string(s);
    }
    d.occupation_name.iter_mut().for_each(nfc_string);
    nfc_skills(&mut d.skills);
    d
}
