#!/usr/bin/env python3
"""PostgreSQL full-text baseline for the judged relevance set of
crates/hocnghe-search/tests/relevance/ (Python 3 standard library only; talks
to PostgreSQL through the `psql` client).

    HOCNGHE_RELEVANCE_DUMP=/tmp/dump.json \\
        cargo test -p hocnghe-search --test relevance -- --nocapture
    python3 bench/relevance/pg_baseline.py --dump /tmp/dump.json [--markdown]

It creates a throw-away database (dropped at the end, also on error or
Ctrl-C), loads corpus.json, builds one weighted tsvector per course and demand
the way crates/hocnghe-store/src/repo/fts_baseline.rs does (an IMMUTABLE
`hocnghe_unaccent` = unaccent(lower(text)), the 'simple' configuration; title
A, occupation + skill labels + alternative labels B, description + module
titles C, provider / employer name D; a GIN index), and runs every query of
queries.toml two ways, top 10 by ts_rank desc, id asc (`--ties desc`: id desc,
as fts_baseline.rs pages), with the kind and the query's filters:

* pg AND: plainto_tsquery('simple', hocnghe_unaccent(q)), as in production;
* pg OR:  the same lexemes joined with `|` (to_tsquery over the quoted
  lexemes of to_tsvector('simple', hocnghe_unaccent(q)); a hyphenated word,
  which no judged query has, would come back as a phrase alternative).

Filters mirror the search engine: `commune` alone filters nothing (hocnghe
only boosts nearer hits; PostgreSQL has no such boost), `commune` + `radius_km`
keeps the communes whose centroid (communes.csv) is within the radius of the
query commune's centroid (haversine, mean Earth radius 6371.0088 km);
level, mode, max_fee (on fee_after_subsidy_vnd), starts_after (start_date),
employment_type, min_wage (on wage_max_vnd, else wage_min_vnd) and active_on
(expires_on absent or not before) as in hocnghe-search. Queries marked
`nfd = true` are sent decomposed (NFD), as the Rust test sends them to hocnghe.

It then scores hocnghe (the ranked ids of the dump written by the Rust test)
and both PostgreSQL variants exactly as tests/relevance.rs does:

* grades: `best` 3, `first` 3, `relevant` 2, `partial` 1, others 0;
* NDCG@10: gain 2^grade - 1, discount log2(rank + 1), the ideal DCG from all
  judged grades (best + relevant + partial, highest first, first ten);
* MRR: 1 / rank of the first hit of grade >= 2 within the top 10, else 0;
* P@5: hits of any grade > 0 among the first five, divided by 5;
* no-answer queries: honest = zero hits; flagged = zero hits or the engine
  marked its hits partial (`relaxed`). PostgreSQL never flags, so its flagged
  rate equals its honest rate. Answerable and no-answer queries are scored
  apart (NDCG, MRR and P@5 over answerable queries only).

`--verify rust_output.txt` checks that the scores computed here for hocnghe
and for the Rust test's own tantivy baseline (the dump's `baseline` ids) equal
the table printed by the Rust test, to the three decimals it prints.
"""
import argparse
import json
import math
import os
import secrets
import signal
import subprocess
import sys
import tomllib
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURES = os.path.join(ROOT, "crates", "hocnghe-search", "tests", "relevance")
DEPTH = 10
EARTH_RADIUS_KM = 6371.0088
SYSTEMS = ("hocnghe", "pg AND", "pg OR")


# ---------------------------------------------------------------- judgements

class Judged:
    def __init__(self, raw):
        self.raw = raw
        self.kind = raw["kind"]
        self.category = raw["category"]
        self.q = raw["q"]
        self.relevant = list(raw.get("relevant", []))
        self.first = raw.get("first")
        self.best = list(raw.get("best", []))
        self.partial = list(raw.get("partial", []))
        self.no_answer = bool(raw.get("no_answer", False))
        self.nfd = bool(raw.get("nfd", False))

    def grade(self, id_):
        if id_ in self.best or self.first == id_:
            return 3
        if id_ in self.relevant:
            return 2
        if id_ in self.partial:
            return 1
        return 0

    def relevant_ids(self):
        """Ids of grade 2 or 3 (best, then relevant not in best)."""
        return self.best + [i for i in self.relevant if i not in self.best]

    def grades(self):
        ids = self.relevant_ids() + self.partial
        return sorted((self.grade(i) for i in ids), reverse=True)


def gain(grade):
    return float((1 << grade) - 1)


def dcg(grades):
    return sum(gain(g) / math.log2(i + 2) for i, g in enumerate(list(grades)[:DEPTH]))


def measure(j, ids, relaxed):
    """One system's answer to one query, scored as tests/relevance.rs does."""
    if j.no_answer:
        return {"honest": not ids, "flagged": (not ids) or relaxed}
    relevant = j.relevant_ids()
    ideal = dcg(j.grades())
    got = dcg(j.grade(i) for i in ids)
    ndcg = got / ideal if ideal else float("nan")
    rr = 0.0
    for pos, i in enumerate(ids):
        if i in relevant:
            rr = 1.0 / (pos + 1)
            break
    p5 = sum(1 for i in ids[:5] if j.grade(i) > 0) / 5.0
    found = sum(1 for i in ids[:3] if i in relevant)
    recall3 = found / min(len(relevant), 3) if relevant else float("nan")
    first = None if j.first is None else (bool(ids) and ids[0] == j.first)
    return {"ndcg": ndcg, "rr": rr, "p5": p5, "recall3": recall3, "first": first}


class Score:
    def __init__(self):
        self.answerable = 0
        self.no_answer = 0
        self.ndcg = self.rr = self.p5 = self.recall3 = 0.0
        self.first_judged = self.first_right = 0
        self.honest = self.flagged = 0

    def add(self, j, m):
        if j.no_answer:
            self.no_answer += 1
            self.honest += int(m["honest"])
            self.flagged += int(m["flagged"])
            return
        self.answerable += 1
        self.ndcg += m["ndcg"]
        self.rr += m["rr"]
        self.p5 += m["p5"]
        self.recall3 += m["recall3"]
        if m["first"] is not None:
            self.first_judged += 1
            self.first_right += int(m["first"])

    @property
    def n(self):
        return self.answerable + self.no_answer

    def mean(self, total):
        return total / max(self.answerable, 1)

    def mean_ndcg(self):
        return self.mean(self.ndcg)

    def mrr(self):
        return self.mean(self.rr)

    def mean_p5(self):
        return self.mean(self.p5)

    def recall(self):
        return self.mean(self.recall3)

    def first_rate(self):
        return 1.0 if self.first_judged == 0 else self.first_right / self.first_judged

    def honest_rate(self):
        return self.honest / max(self.no_answer, 1)

    def flagged_rate(self):
        return self.flagged / max(self.no_answer, 1)

    def row(self):
        """The cell layout of the Rust test's table."""
        if self.answerable == 0:
            return "%5s %5s %5s  honest %.3f flagged %.3f" % (
                "-", "-", "-", self.honest_rate(), self.flagged_rate())
        if self.no_answer == 0:
            return "%.3f %.3f %.3f" % (self.mean_ndcg(), self.mrr(), self.mean_p5())
        return "%.3f %.3f %.3f  honest %.3f flagged %.3f" % (
            self.mean_ndcg(), self.mrr(), self.mean_p5(),
            self.honest_rate(), self.flagged_rate())


# ---------------------------------------------------------------- communes

def load_communes(path):
    centroids = {}
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines()[1:]:
            if not line:
                continue
            cols = line.split(",")
            centroids[cols[0]] = (float(cols[2]), float(cols[3]))
    return centroids


def haversine_km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = math.radians(lat2 - lat1)
    d_lambda = math.radians(lon2 - lon1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2.0 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def communes_within(centroids, code, radius):
    if code not in centroids:
        raise SystemExit(f"unknown commune code: {code}")
    if not (radius >= 0.0 and math.isfinite(radius)):
        raise SystemExit(f"radius_km must be a positive number, not {radius}")
    origin = centroids[code]
    return sorted(c for c, at in centroids.items() if haversine_km(origin, at) <= radius)


# ---------------------------------------------------------------- PostgreSQL

class Psql:
    def __init__(self, args):
        self.base = ["psql", "-X", "-q", "-At", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                     "-h", args.host, "-p", str(args.port), "-U", args.user]

    def run(self, db, sql):
        proc = subprocess.run(self.base + ["-d", db], input=sql, capture_output=True,
                              text=True, encoding="utf-8")
        if proc.returncode != 0:
            raise RuntimeError(f"psql failed ({proc.returncode}) on {db}:\n{proc.stderr.strip()}")
        return proc.stdout


def lit(text):
    """A standard-conforming SQL string literal."""
    if "\0" in text:
        raise ValueError("NUL in text")
    return "'" + text.replace("'", "''") + "'"


SETUP_SQL = r"""
SET client_min_messages = warning;
SET standard_conforming_strings = on;
CREATE EXTENSION IF NOT EXISTS unaccent;
-- As fts_baseline.rs: unaccent() is only STABLE; the index expression needs an
-- IMMUTABLE wrapper with the dictionary named explicitly.
CREATE OR REPLACE FUNCTION hocnghe_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$;
-- "pg OR": the lexemes plainto_tsquery would AND, joined with |; each one
-- quoted for to_tsquery (quotes doubled, backslashes escaped).
CREATE OR REPLACE FUNCTION bench_or_tsquery(text) RETURNS tsquery
    LANGUAGE sql STABLE PARALLEL SAFE STRICT
    AS $$ SELECT to_tsquery('simple', coalesce(
        (SELECT string_agg('''' || replace(replace(l, '\', '\\'), '''', '''''') || '''', ' | ')
           FROM unnest(tsvector_to_array(to_tsvector('simple', hocnghe_unaccent($1)))) AS l),
        '')) $$;
CREATE TABLE bench_raw (doc jsonb NOT NULL);
"""

BUILD_SQL = r"""
SET client_min_messages = warning;
CREATE TABLE courses AS
SELECT (c->>'id')::bigint AS id,
       c->>'title' AS title,
       coalesce(c->>'description', '') AS description,
       coalesce(c->>'provider_name', '') AS org_name,
       c->>'occupation_name' AS occupation_name,
       (SELECT string_agg((s->>'label') || ' ' ||
                          coalesce((SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(s->'alt_labels') a), ''),
                          ' ')
          FROM jsonb_array_elements(coalesce(c->'skills', '[]')) s) AS skill_text,
       (SELECT string_agg(m, ' ') FROM jsonb_array_elements_text(coalesce(c->'module_titles', '[]')) m) AS module_text,
       c->>'commune_code' AS commune_code,
       c->>'level' AS level,
       c->>'delivery_mode' AS delivery_mode,
       (c->>'fee_after_subsidy_vnd')::bigint AS fee_after_subsidy_vnd,
       (c->>'start_date')::date AS start_date
  FROM bench_raw, jsonb_array_elements(bench_raw.doc->'courses') c;
CREATE TABLE demands AS
SELECT (d->>'id')::bigint AS id,
       d->>'title' AS title,
       coalesce(d->>'description', '') AS description,
       coalesce(d->>'employer_name', '') AS org_name,
       d->>'occupation_name' AS occupation_name,
       (SELECT string_agg((s->>'label') || ' ' ||
                          coalesce((SELECT string_agg(a, ' ') FROM jsonb_array_elements_text(s->'alt_labels') a), ''),
                          ' ')
          FROM jsonb_array_elements(coalesce(d->'skills', '[]')) s) AS skill_text,
       d->>'commune_code' AS commune_code,
       d->>'employment_type' AS employment_type,
       (d->>'wage_min_vnd')::bigint AS wage_min_vnd,
       (d->>'wage_max_vnd')::bigint AS wage_max_vnd,
       (d->>'expires_on')::date AS expires_on
  FROM bench_raw, jsonb_array_elements(bench_raw.doc->'demands') d;
ALTER TABLE courses ADD PRIMARY KEY (id);
ALTER TABLE demands ADD PRIMARY KEY (id);
-- Weights as fts_baseline.rs: title A, occupation and skills B, description
-- and modules C, organisation D.
ALTER TABLE courses ADD COLUMN bench_tsv tsvector;
ALTER TABLE demands ADD COLUMN bench_tsv tsvector;
UPDATE courses c SET bench_tsv =
    setweight(to_tsvector('simple', hocnghe_unaccent(c.title)), 'A') ||
    setweight(to_tsvector('simple', hocnghe_unaccent(
        coalesce(c.occupation_name, '') || ' ' || coalesce(c.skill_text, ''))), 'B') ||
    setweight(to_tsvector('simple', hocnghe_unaccent(
        c.description || ' ' || coalesce(c.module_text, ''))), 'C') ||
    setweight(to_tsvector('simple', hocnghe_unaccent(c.org_name)), 'D');
UPDATE demands d SET bench_tsv =
    setweight(to_tsvector('simple', hocnghe_unaccent(d.title)), 'A') ||
    setweight(to_tsvector('simple', hocnghe_unaccent(
        coalesce(d.occupation_name, '') || ' ' || coalesce(d.skill_text, ''))), 'B') ||
    setweight(to_tsvector('simple', hocnghe_unaccent(d.description)), 'C') ||
    setweight(to_tsvector('simple', hocnghe_unaccent(d.org_name)), 'D');
CREATE INDEX courses_bench_tsv ON courses USING gin (bench_tsv);
CREATE INDEX demands_bench_tsv ON demands USING gin (bench_tsv);
CREATE TABLE bench_queries AS
SELECT * FROM jsonb_to_recordset((SELECT doc FROM bench_raw WHERE doc ? 'queries')->'queries')
    AS x(idx int, kind text, q text, communes text[], level text, mode text, max_fee bigint,
         starts_after date, employment_type text, min_wage bigint, active_on date);
ANALYZE courses;
ANALYZE demands;
ANALYZE bench_queries;
SELECT 'courses', count(*), count(*) FILTER (WHERE bench_tsv IS NULL) FROM courses
UNION ALL
SELECT 'demands', count(*), count(*) FILTER (WHERE bench_tsv IS NULL) FROM demands
UNION ALL
SELECT 'queries', count(*), 0 FROM bench_queries;
"""

# One row per (query, variant): idx, variant, number of matches, top ids.
SEARCH_SQL = r"""
SET client_min_messages = warning;
WITH v AS (
    SELECT q.*, t.variant, t.tsq
      FROM bench_queries q
     CROSS JOIN LATERAL (VALUES
        ('and', plainto_tsquery('simple', hocnghe_unaccent(btrim(q.q)))),
        ('or',  bench_or_tsquery(btrim(q.q)))) AS t(variant, tsq)
)
SELECT v.idx, v.variant, m.n, m.ids
  FROM v
 CROSS JOIN LATERAL (
    SELECT count(*) AS n,
           coalesce(string_agg(h.id::text, ',' ORDER BY h.rank DESC, h.id %(ties)s)
                    FILTER (WHERE h.pos <= %(depth)d), '') AS ids
      FROM (SELECT c.id, ts_rank(c.bench_tsv, v.tsq) AS rank,
                   row_number() OVER (ORDER BY ts_rank(c.bench_tsv, v.tsq) DESC, c.id %(ties)s) AS pos
              FROM courses c
             WHERE v.kind = 'course'
               AND c.bench_tsv @@ v.tsq
               AND (v.communes IS NULL OR c.commune_code = ANY (v.communes))
               AND (v.level IS NULL OR c.level = v.level)
               AND (v.mode IS NULL OR c.delivery_mode = v.mode)
               AND (v.max_fee IS NULL OR c.fee_after_subsidy_vnd <= v.max_fee)
               AND (v.starts_after IS NULL OR c.start_date >= v.starts_after)
            UNION ALL
            SELECT d.id, ts_rank(d.bench_tsv, v.tsq) AS rank,
                   row_number() OVER (ORDER BY ts_rank(d.bench_tsv, v.tsq) DESC, d.id %(ties)s) AS pos
              FROM demands d
             WHERE v.kind = 'demand'
               AND d.bench_tsv @@ v.tsq
               AND (v.communes IS NULL OR d.commune_code = ANY (v.communes))
               AND (v.employment_type IS NULL OR d.employment_type = v.employment_type)
               AND (v.min_wage IS NULL OR coalesce(d.wage_max_vnd, d.wage_min_vnd) >= v.min_wage)
               AND (v.active_on IS NULL OR d.expires_on IS NULL OR d.expires_on >= v.active_on)
           ) AS h
 ) AS m
 ORDER BY v.idx, v.variant;
"""


def query_rows(judged, centroids):
    rows = []
    for idx, j in enumerate(judged):
        raw = j.raw
        if j.kind not in ("course", "demand"):
            raise SystemExit(f"unknown kind {j.kind}")
        q = unicodedata.normalize("NFD", j.q) if j.nfd else j.q
        communes = None
        if raw.get("radius_km") is not None:
            if raw.get("commune") is None:
                raise SystemExit(f"query {j.q!r}: radius_km needs a commune")
            communes = communes_within(centroids, raw["commune"], float(raw["radius_km"]))
        elif raw.get("commune") is not None and raw["commune"] not in centroids:
            raise SystemExit(f"unknown commune code: {raw['commune']}")
        row = {"idx": idx, "kind": j.kind, "q": q, "communes": communes}
        course_filters = ("level", "mode", "max_fee", "starts_after")
        demand_filters = ("employment_type", "min_wage", "active_on")
        for key in course_filters if j.kind == "course" else demand_filters:
            value = raw.get(key)
            row[key] = None if value is None else str(value) if key in (
                "starts_after", "active_on") else value
        rows.append(row)
    return rows


def run_postgres(args, corpus_text, judged, centroids):
    """{variant: [(ids, n_matches)] per query, in queries.toml order}."""
    psql = Psql(args)
    db = f"hocnghe_relbench_{os.getpid()}_{secrets.token_hex(4)}"
    created = False
    try:
        psql.run(args.admin_db, f'CREATE DATABASE "{db}" TEMPLATE template0 ENCODING \'UTF8\';\n')
        created = True
        queries = json.dumps({"queries": query_rows(judged, centroids)}, ensure_ascii=False)
        load = (SETUP_SQL
                + f"INSERT INTO bench_raw (doc) VALUES ({lit(corpus_text)}::jsonb);\n"
                + f"INSERT INTO bench_raw (doc) VALUES ({lit(queries)}::jsonb);\n")
        psql.run(db, load)
        counts = psql.run(db, BUILD_SQL)
        if args.verbose:
            print(f"database {db}:", counts.strip().replace("\n", "; ").replace("\t", " "),
                  file=sys.stderr)
        ties = {"asc": "ASC", "desc": "DESC"}[args.ties]
        out = psql.run(db, SEARCH_SQL % {"depth": DEPTH, "ties": ties})
    finally:
        if created and not args.keep_db:
            try:
                psql.run(args.admin_db, f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE);\n')
            except Exception as e:  # noqa: BLE001 - report, do not mask the first error
                print(f"warning: could not drop database {db}: {e}", file=sys.stderr)
        elif created:
            print(f"kept database {db}", file=sys.stderr)
    results = {"pg AND": [None] * len(judged), "pg OR": [None] * len(judged)}
    for line in out.splitlines():
        if not line:
            continue
        idx, variant, n, ids = line.split("\t")
        name = {"and": "pg AND", "or": "pg OR"}[variant]
        results[name][int(idx)] = ([int(i) for i in ids.split(",") if i], int(n))
    for name, per_query in results.items():
        missing = [i for i, r in enumerate(per_query) if r is None]
        if missing:
            raise RuntimeError(f"{name}: no result for queries {missing}")
    return results


# ---------------------------------------------------------------- output

def category_scores(judged, answers):
    """{category or 'ALL': {system: Score}}, answers = {system: [(ids, relaxed)]}."""
    by_cat = {}
    total = {s: Score() for s in answers}
    for i, j in enumerate(judged):
        cat = by_cat.setdefault(j.category, {s: Score() for s in answers})
        for system, per_query in answers.items():
            ids, relaxed = per_query[i]
            m = measure(j, ids, relaxed)
            cat[system].add(j, m)
            total[system].add(j, m)
    out = {c: by_cat[c] for c in sorted(by_cat)}
    out["ALL"] = total
    return out


def text_table(scores):
    lines = ["%-18s %4s  hocnghe: NDCG@10 MRR P@5 (honest)   | pg AND | pg OR" % ("category", "n")]
    for cat, s in scores.items():
        lines.append("%-18s %4d  %s  | %s  | %s" % (
            cat, s["hocnghe"].n, s["hocnghe"].row(), s["pg AND"].row(), s["pg OR"].row()))
    return "\n".join(lines)


def markdown_table(scores):
    lines = ["| category | n | hocnghe NDCG@10 | MRR | P@5 | pg AND NDCG@10 | MRR | P@5 "
             "| pg OR NDCG@10 | MRR | P@5 |",
             "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"]
    for cat, s in scores.items():
        if s["hocnghe"].answerable == 0:
            continue
        cells = []
        for system in SYSTEMS:
            sc = s[system]
            cells += ["%.3f" % sc.mean_ndcg(), "%.3f" % sc.mrr(), "%.3f" % sc.mean_p5()]
        name = f"**{cat}**" if cat == "ALL" else cat
        lines.append(f"| {name} | {s['hocnghe'].answerable} | " + " | ".join(cells) + " |")
    lines += ["", "| no-answer category | n | hocnghe honest | hocnghe flagged "
              "| pg AND honest (= flagged) | pg OR honest (= flagged) |",
              "|---|--:|--:|--:|--:|--:|"]
    for cat, s in scores.items():
        h = s["hocnghe"]
        if h.no_answer == 0:
            continue
        name = f"**{cat}**" if cat == "ALL" else cat
        lines.append(f"| {name} | {h.no_answer} | {h.honest_rate():.3f} | {h.flagged_rate():.3f} "
                     f"| {s['pg AND'].honest_rate():.3f} | {s['pg OR'].honest_rate():.3f} |")
    return "\n".join(lines)


def below(scores):
    """Categories where hocnghe is under a PostgreSQL variant."""
    out = []
    for cat, s in scores.items():
        h = s["hocnghe"]
        for system in ("pg AND", "pg OR"):
            p = s[system]
            if h.answerable and h.mean_ndcg() < p.mean_ndcg() - 1e-12:
                out.append(f"{cat}: NDCG@10 {h.mean_ndcg():.3f} < {system} {p.mean_ndcg():.3f}")
            if h.no_answer and h.honest_rate() < p.honest_rate() - 1e-12:
                out.append(f"{cat}: honest {h.honest_rate():.3f} < {system} {p.honest_rate():.3f}")
    return out


def verify(path, judged, dump):
    """Compare with the summary table the Rust test printed."""
    rust = {}
    recall_line = None
    in_table = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("category") and "hocnghe: NDCG@10" in line:
                in_table = True
                continue
            if line.startswith("hocnghe: recall@3"):
                recall_line = line.strip()
                in_table = False
                continue
            if in_table and line.strip():
                left, _, right = line.partition("|")
                parts = left.split(None, 2)
                if len(parts) < 3:
                    continue
                rust[parts[0]] = (int(parts[1]), parts[2].strip(), right.strip())
    if not rust:
        raise SystemExit(f"{path}: no summary table found")
    answers = {"hocnghe": [(d["hocnghe"], d["relaxed"]) for d in dump],
               "baseline": [(d["baseline"], False) for d in dump]}
    scores = category_scores(judged, answers)
    problems = []
    for cat, s in scores.items():
        if cat not in rust:
            problems.append(f"{cat}: missing from {path}")
            continue
        n, h_row, b_row = rust.pop(cat)
        # The parse above loses the row's leading padding: compare words.
        if (n, h_row.split(), b_row.split()) != (
                s["hocnghe"].n, s["hocnghe"].row().split(), s["baseline"].row().split()):
            problems.append(f"{cat}: rust ({n}, {h_row!r}, {b_row!r}) != python "
                            f"({s['hocnghe'].n}, {s['hocnghe'].row()!r}, {s['baseline'].row()!r})")
    problems += [f"{cat}: only in {path}" for cat in rust]
    t = scores["ALL"]["hocnghe"]
    ours = f"hocnghe: recall@3 {t.recall():.3f}, first {t.first_rate():.3f}"
    if recall_line is not None and recall_line != ours:
        problems.append(f"rust {recall_line!r} != python {ours!r}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", default="/work/rel-dump.json",
                    help="ranked ids written by the Rust test (HOCNGHE_RELEVANCE_DUMP)")
    ap.add_argument("--queries", default=os.path.join(FIXTURES, "queries.toml"))
    ap.add_argument("--corpus", default=os.path.join(FIXTURES, "corpus.json"))
    ap.add_argument("--communes", default=os.path.join(FIXTURES, "communes.csv"))
    ap.add_argument("--host", default=os.environ.get("PGHOST", "127.0.0.1"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("PGPORT", "5432")))
    ap.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    ap.add_argument("--admin-db", default="test",
                    help="database to connect to for CREATE / DROP DATABASE")
    ap.add_argument("--markdown", action="store_true", help="also print markdown tables")
    ap.add_argument("--per-query", action="store_true",
                    help="print every query's top ids and NDCG for the three systems")
    ap.add_argument("--verify", metavar="RUST_OUTPUT",
                    help="check the hocnghe (and tantivy baseline) scores against the "
                         "table the Rust test printed; exit 1 on a difference")
    ap.add_argument("--ties", choices=("asc", "desc"), default="asc",
                    help="order of equal ts_rank scores by id (fts_baseline.rs pages "
                         "with id DESC; default asc)")
    ap.add_argument("--keep-db", action="store_true", help="do not drop the database (debugging)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    # SIGTERM / SIGHUP unwind through the finally that drops the database.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _frame: sys.exit(128 + signum))

    with open(args.queries, "rb") as f:
        judged = [Judged(q) for q in tomllib.load(f)["query"]]
    with open(args.corpus, encoding="utf-8") as f:
        corpus_text = f.read()
    json.loads(corpus_text)  # fail early on a broken file
    centroids = load_communes(args.communes)
    with open(args.dump, encoding="utf-8") as f:
        dump = json.load(f)
    if len(dump) != len(judged):
        raise SystemExit(f"{args.dump}: {len(dump)} entries for {len(judged)} judged queries")
    for j, d in zip(judged, dump):
        if (d["q"], d["kind"], d["category"]) != (j.q, j.kind, j.category):
            raise SystemExit(f"{args.dump} does not follow {args.queries}: "
                             f"{d['q']!r} against {j.q!r}")

    if args.verify:
        problems = verify(args.verify, judged, dump)
        if problems:
            print("VERIFY FAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
            sys.exit(1)
        print(f"verify: hocnghe and tantivy-baseline scores equal {args.verify} "
              "(every category, ALL, recall@3, first)")
        print()

    pg = run_postgres(args, corpus_text, judged, centroids)
    answers = {"hocnghe": [(d["hocnghe"][:DEPTH], bool(d["relaxed"])) for d in dump],
               "pg AND": [(ids, False) for ids, _ in pg["pg AND"]],
               "pg OR": [(ids, False) for ids, _ in pg["pg OR"]]}
    scores = category_scores(judged, answers)

    if args.per_query:
        print("%-18s %-6s %-42s %s" % ("category", "kind", "query",
                                        "ndcg/verdict and top 5: hocnghe | pg AND | pg OR"))
        for i, j in enumerate(judged):
            cells = []
            for system in SYSTEMS:
                ids, relaxed = answers[system][i]
                m = measure(j, ids, relaxed)
                verdict = ("zero" if m["honest"] else "PARTIAL" if m["flagged"] else "FALSE") \
                    if j.no_answer else "%.2f" % m["ndcg"]
                cells.append(f"{verdict} {ids[:5]}")
            print("%-18s %-6s %-42s %s" % (j.category, j.kind, j.q, " | ".join(cells)))
        print()

    print(text_table(scores))
    print()
    print("pg AND / pg OR: flagged = honest (PostgreSQL never marks hits as partial).")
    print()
    lows = below(scores)
    print("hocnghe below a PostgreSQL variant:" + ("" if lows else " nowhere"))
    for line in lows:
        print("  " + line)
    print()
    print("no-answer queries with hits:")
    for system in SYSTEMS:
        hits = []
        for i, j in enumerate(judged):
            if j.no_answer and answers[system][i][0]:
                extra = " (flagged partial)" if answers[system][i][1] else ""
                hits.append(f"{j.q!r} {answers[system][i][0][:5]}{extra}")
        print(f"  {system} ({len(hits)}):" + ("" if hits else " none"))
        for h in hits:
            print("    " + h)
    if args.markdown:
        print()
        print(markdown_table(scores))


if __name__ == "__main__":
    main()
