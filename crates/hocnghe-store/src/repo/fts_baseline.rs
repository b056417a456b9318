//! PostgreSQL full-text search over the catalogue, kept only as the search
//! benchmark's baseline: a `tsvector` per course and demand built with
//! `unaccent` (so "sua xe may" finds "Sửa chữa xe máy"), a GIN index, and
//! `ts_rank` ordering, with the same filters and facets as the tantivy search.
//!
//! [`setup`] fills the vectors once; they are **not** kept up to date on writes
//! (the benchmark's data is static). PostgreSQL only.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};

use crate::error::{StoreError, StoreResult};

/// Columns, function and indexes the baseline adds; dropped and rebuilt by [`setup`].
const SETUP: &[&str] = &[
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    // unaccent() is only STABLE; an index expression or a planner-friendly call
    // needs an IMMUTABLE wrapper with the dictionary named explicitly.
    "CREATE OR REPLACE FUNCTION hocnghe_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$",
    "ALTER TABLE courses ADD COLUMN IF NOT EXISTS bench_tsv tsvector",
    "ALTER TABLE demands ADD COLUMN IF NOT EXISTS bench_tsv tsvector",
    "DROP INDEX IF EXISTS courses_bench_tsv",
    "DROP INDEX IF EXISTS demands_bench_tsv",
    // Weights mirror the tantivy field boosts: title A, skills and occupation B,
    // modules and description C, organisation D.
    "UPDATE courses c SET bench_tsv =
        setweight(to_tsvector('simple', hocnghe_unaccent(c.title)), 'A') ||
        setweight(to_tsvector('simple', hocnghe_unaccent(
            coalesce((SELECT o.name_vi FROM occupations o WHERE o.id = c.occupation_id), '') || ' ' ||
            coalesce((SELECT string_agg(s.label_vi || ' ' || replace(s.alt_labels, '|', ' '), ' ')
                      FROM course_modules m
                      JOIN module_skills ms ON ms.module_id = m.id
                      JOIN skills s ON s.id = ms.skill_id
                      WHERE m.course_id = c.id), ''))), 'B') ||
        setweight(to_tsvector('simple', hocnghe_unaccent(
            c.description || ' ' ||
            coalesce((SELECT string_agg(m.title, ' ') FROM course_modules m WHERE m.course_id = c.id), ''))), 'C') ||
        setweight(to_tsvector('simple', hocnghe_unaccent(
            coalesce((SELECT p.name FROM providers p WHERE p.id = c.provider_id), ''))), 'D')",
    "UPDATE demands d SET bench_tsv =
        setweight(to_tsvector('simple', hocnghe_unaccent(d.title)), 'A') ||
        setweight(to_tsvector('simple', hocnghe_unaccent(
            coalesce((SELECT o.name_vi FROM occupations o WHERE o.id = d.occupation_id), '') || ' ' ||
            coalesce((SELECT string_agg(s.label_vi || ' ' || replace(s.alt_labels, '|', ' '), ' ')
                      FROM demand_skills ds JOIN skills s ON s.id = ds.skill_id
                      WHERE ds.demand_id = d.id), ''))), 'B') ||
        setweight(to_tsvector('simple', hocnghe_unaccent(d.description)), 'C') ||
        setweight(to_tsvector('simple', hocnghe_unaccent(
            coalesce((SELECT e.name FROM employers e WHERE e.id = d.employer_id), ''))), 'D')",
    "CREATE INDEX courses_bench_tsv ON courses USING gin (bench_tsv)",
    "CREATE INDEX demands_bench_tsv ON demands USING gin (bench_tsv)",
    "ANALYZE courses",
    "ANALYZE demands",
];

fn postgres_only(db: &impl ConnectionTrait) -> StoreResult<()> {
    if db.get_database_backend() == DbBackend::Postgres {
        Ok(())
    } else {
        Err(StoreError::conflict(
            "Chỉ dùng được với PostgreSQL.",
            "the full-text baseline needs PostgreSQL",
        ))
    }
}

/// Build (or rebuild) the baseline's vectors and GIN indexes from the current rows.
pub async fn setup(db: &impl ConnectionTrait) -> StoreResult<()> {
    postgres_only(db)?;
    for sql in SETUP {
        db.execute_unprepared(sql).await?;
    }
    Ok(())
}

/// Filters shared by both searches; codes and enum values as stored.
#[derive(Debug, Clone, Default)]
pub struct FtsFilters {
    pub q: Option<String>,
    /// Communes allowed by a radius filter (`None`: no radius).
    pub communes: Option<Vec<String>>,
    pub occupation: Option<String>,
    pub skill: Option<String>,
    pub offset: u64,
    pub limit: u64,
}

#[derive(Debug, Clone, Default)]
pub struct FtsCourseFilters {
    pub level: Option<String>,
    pub mode: Option<String>,
    pub max_fee: Option<i64>,
    pub starts_after: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default)]
pub struct FtsDemandFilters {
    pub employment_type: Option<String>,
    pub min_wage: Option<i64>,
    pub active_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FtsHit {
    pub id: i64,
    pub title: String,
    pub rank: f32,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FtsResults {
    pub total: u64,
    pub hits: Vec<FtsHit>,
    pub facets: BTreeMap<String, BTreeMap<String, u64>>,
}

/// Builds `WHERE` clauses with numbered parameters.
struct Where {
    clauses: Vec<String>,
    values: Vec<Value>,
}

impl Where {
    fn new() -> Self {
        Self {
            clauses: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Add `clause`, where each `?` is replaced by the next parameter.
    fn push(&mut self, clause: &str, values: impl IntoIterator<Item = Value>) {
        let mut out = String::with_capacity(clause.len() + 8);
        let mut values = values.into_iter();
        for part in clause.split_inclusive('?') {
            if let Some(head) = part.strip_suffix('?') {
                out.push_str(head);
                if let Some(value) = values.next() {
                    self.values.push(value);
                    out.push_str(&format!("${}", self.values.len()));
                }
            } else {
                out.push_str(part);
            }
        }
        self.clauses.push(out);
    }

    fn param(&mut self, value: Value) -> String {
        self.values.push(value);
        format!("${}", self.values.len())
    }
}

fn common(w: &mut Where, alias: &str, filters: &FtsFilters) {
    if let Some(communes) = &filters.communes {
        let list: Vec<Value> = communes.iter().map(|c| c.clone().into()).collect();
        if list.is_empty() {
            w.push("FALSE", []);
        } else {
            let marks = vec!["?"; list.len()].join(", ");
            w.push(&format!("{alias}.commune_code IN ({marks})"), list);
        }
    }
    if let Some(code) = &filters.occupation {
        w.push(
            &format!("{alias}.occupation_id = (SELECT id FROM occupations WHERE code = ?)"),
            [code.clone().into()],
        );
    }
}

/// Search courses the PostgreSQL way; facets `level`, `mode`, `sector`, `commune`.
pub async fn search_courses(
    db: &impl ConnectionTrait,
    filters: &FtsFilters,
    course: &FtsCourseFilters,
) -> StoreResult<FtsResults> {
    postgres_only(db)?;
    let mut w = Where::new();
    w.push("c.status = 'open'", []);
    common(&mut w, "c", filters);
    if let Some(code) = &filters.skill {
        w.push(
            "EXISTS (SELECT 1 FROM course_modules m JOIN module_skills ms ON ms.module_id = m.id \
             JOIN skills s ON s.id = ms.skill_id WHERE m.course_id = c.id AND s.code = ?)",
            [code.clone().into()],
        );
    }
    if let Some(level) = &course.level {
        w.push("c.level = ?", [level.clone().into()]);
    }
    if let Some(mode) = &course.mode {
        w.push("c.delivery_mode = ?", [mode.clone().into()]);
    }
    if let Some(max_fee) = course.max_fee {
        w.push(
            "greatest(c.fee_vnd - c.subsidy_vnd, 0) <= ?",
            [max_fee.into()],
        );
    }
    if let Some(date) = course.starts_after {
        w.push(
            "EXISTS (SELECT 1 FROM course_intakes i WHERE i.course_id = c.id \
             AND i.status = 'open' AND i.start_date >= ?)",
            [date.into()],
        );
    }
    let select = "c.id, c.title, c.level AS f_level, c.delivery_mode AS f_mode, \
                  o.sector AS f_sector, c.commune_code AS f_commune";
    let from = "courses c LEFT JOIN occupations o ON o.id = c.occupation_id";
    run(
        db,
        w,
        filters,
        select,
        from,
        "c",
        &["level", "mode", "sector", "commune"],
    )
    .await
}

/// Search demands the PostgreSQL way; facets `employment_type`, `sector`, `commune`.
pub async fn search_demands(
    db: &impl ConnectionTrait,
    filters: &FtsFilters,
    demand: &FtsDemandFilters,
) -> StoreResult<FtsResults> {
    postgres_only(db)?;
    let mut w = Where::new();
    w.push("d.status = 'open'", []);
    common(&mut w, "d", filters);
    if let Some(code) = &filters.skill {
        w.push(
            "EXISTS (SELECT 1 FROM demand_skills ds JOIN skills s ON s.id = ds.skill_id \
             WHERE ds.demand_id = d.id AND s.code = ?)",
            [code.clone().into()],
        );
    }
    if let Some(kind) = &demand.employment_type {
        w.push("d.employment_type = ?", [kind.clone().into()]);
    }
    if let Some(min_wage) = demand.min_wage {
        w.push(
            "coalesce(d.wage_max_vnd, d.wage_min_vnd) >= ?",
            [min_wage.into()],
        );
    }
    if let Some(date) = demand.active_on {
        w.push("(d.expires_on IS NULL OR d.expires_on >= ?)", [date.into()]);
    }
    let select = "d.id, d.title, d.employment_type AS f_employment_type, \
                  o.sector AS f_sector, d.commune_code AS f_commune";
    let from = "demands d LEFT JOIN occupations o ON o.id = d.occupation_id";
    run(
        db,
        w,
        filters,
        select,
        from,
        "d",
        &["employment_type", "sector", "commune"],
    )
    .await
}

/// One statement: the matches, one page of them by rank, and facet counts.
async fn run(
    db: &impl ConnectionTrait,
    mut w: Where,
    filters: &FtsFilters,
    select: &str,
    from: &str,
    alias: &str,
    facets: &[&str],
) -> StoreResult<FtsResults> {
    let text = filters
        .q
        .as_deref()
        .map(str::trim)
        .filter(|q| !q.is_empty());
    let (rank, from) = match text {
        Some(q) => {
            let q = w.param(q.to_owned().into());
            w.push(&format!("{alias}.bench_tsv @@ tsq.q"), []);
            (
                format!("ts_rank({alias}.bench_tsv, tsq.q)"),
                format!("{from}, plainto_tsquery('simple', hocnghe_unaccent({q})) AS tsq(q)"),
            )
        }
        None => ("0::real".to_owned(), from.to_owned()),
    };
    let limit = w.param((filters.limit as i64).into());
    let offset = w.param((filters.offset as i64).into());
    let facet_sql: Vec<String> = facets
        .iter()
        .map(|f| {
            format!(
                "SELECT 'facet' AS kind, NULL::bigint AS id, '{f}' AS title, NULL::real AS rank, \
                 f_{f} AS value, count(*) AS n FROM hits WHERE f_{f} IS NOT NULL GROUP BY f_{f}"
            )
        })
        .collect();
    let sql = format!(
        "WITH hits AS (SELECT {select}, {rank} AS rank FROM {from} WHERE {where_}), \
         page AS (SELECT id, title, rank FROM hits ORDER BY rank DESC, id DESC LIMIT {limit} OFFSET {offset}) \
         SELECT 'total' AS kind, NULL::bigint AS id, NULL AS title, NULL::real AS rank, NULL AS value, count(*) AS n FROM hits \
         UNION ALL SELECT 'hit', id, title, rank, NULL, NULL FROM page \
         UNION ALL {facets}",
        where_ = w.clauses.join(" AND "),
        facets = facet_sql.join(" UNION ALL "),
    );
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            sql,
            w.values,
        ))
        .await?;
    let mut out = FtsResults::default();
    let mut hits: Vec<FtsHit> = Vec::new();
    for row in rows {
        let kind: String = row.try_get("", "kind")?;
        match kind.as_str() {
            "total" => out.total = u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0),
            "hit" => hits.push(FtsHit {
                id: row.try_get("", "id")?,
                title: row.try_get("", "title")?,
                rank: row.try_get("", "rank")?,
            }),
            _ => {
                let facet: String = row.try_get("", "title")?;
                let value: String = row.try_get("", "value")?;
                let n = u64::try_from(row.try_get::<i64>("", "n")?).unwrap_or(0);
                out.facets.entry(facet).or_default().insert(value, n);
            }
        }
    }
    // UNION ALL keeps no order: restore the page's.
    hits.sort_by(|a, b| b.rank.total_cmp(&a.rank).then(b.id.cmp(&a.id)));
    out.hits = hits;
    Ok(out)
}
