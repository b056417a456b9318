#!/usr/bin/env python3
"""Validate the hocnghe occupation/skill taxonomy in data/taxonomy/.

Usage:  python3 data/taxonomy/check.py [--esco DIR]

Exits 0 when every rule passes, 1 (with one line per problem) otherwise.
Standard library only.  ESCO URIs are checked against the ESCO v1.1.1 CSV
export when it is available (default /tmp/esco, or $ESCO_DIR, or --esco);
without it only their syntax is checked.
"""
import argparse
import csv
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

SECTORS = {"high_tech_agriculture", "green_agriculture", "industry", "construction",
           "mechanics", "craft", "services", "digital"}
GROUPS = SECTORS | {"transversal"}
RELATIONS = {"essential", "optional"}

MIN_OCCUPATIONS = 64
MIN_SKILLS = 320
MIN_SKILLS_PER_GROUP = 15
MIN_SYNONYM_GROUPS = 60
ESSENTIAL_RANGE = (4, 9)
OPTIONAL_RANGE = (2, 6)
MAX_CODE_LEN = 60
MIN_ESCO_SKILL_SHARE = 1 / 3

HEADERS = {
    "occupations.csv": ["code", "isco_code", "name_vi", "name_en", "sector", "esco_uri",
                        "description_vi"],
    "skills.csv": ["code", "label_vi", "label_en", "alt_labels", "group", "esco_uri"],
    "occupation_skills.csv": ["occupation_code", "skill_code", "relation"],
    "synonyms.csv": ["terms"],
}

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISCO_RE = re.compile(r"^[0-9]{4}$")
OCC_URI_RE = re.compile(r"^http://data\.europa\.eu/esco/occupation/[0-9a-f]{8}-[0-9a-f]{4}-"
                        r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SKILL_URI_RE = re.compile(r"^http://data\.europa\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-"
                          r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

errors = []


def err(msg):
    errors.append(msg)


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


def has_diacritics(s):
    return fold(s) != s.lower()


def is_subsequence(short, long):
    it = iter(long)
    return all(tok in it for tok in short)


def read(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        err(f"{name}: file missing")
        return []
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not valid UTF-8 ({e})")
        return []
    if text.startswith("\ufeff"):
        err(f"{name}: starts with a byte-order mark")
    if "\r" in text:
        err(f"{name}: contains CR characters; use \\n line endings")
    if not text.endswith("\n"):
        err(f"{name}: last line is not terminated by \\n")
    rows = list(csv.reader(text.splitlines(), strict=True))
    if not rows:
        err(f"{name}: empty")
        return []
    if rows[0] != HEADERS[name]:
        err(f"{name}: header {rows[0]} != expected {HEADERS[name]}")
    width = len(HEADERS[name])
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != width:
            err(f"{name}:{i}: expected {width} fields, got {len(r)}")
            continue
        for v in r:
            if not unicodedata.is_normalized("NFC", v):
                err(f"{name}:{i}: value not in NFC: {v!r}")
            if v != v.strip():
                err(f"{name}:{i}: leading/trailing whitespace in {v!r}")
        out.append(dict(zip(HEADERS[name], r), _line=i))
    return out


def load_esco(esco_dir):
    """Return (occupation URIs, skill URIs, ISCO 4-digit codes) or None."""
    files = {k: os.path.join(esco_dir, f) for k, f in (
        ("occ", "occupations_en.csv"), ("skill", "skills_en.csv"), ("isco", "ISCOGroups_en.csv"))}
    if not all(os.path.exists(p) for p in files.values()):
        return None

    def col(path, key, cond=lambda r: True):
        with open(path, encoding="utf-8", newline="") as f:
            return {r[key] for r in csv.DictReader(f) if cond(r)}

    return (col(files["occ"], "conceptUri"), col(files["skill"], "conceptUri"),
            col(files["isco"], "code", lambda r: len(r["code"]) == 4))


def check_codes(name, rows, key, label_key):
    seen = set()
    for r in rows:
        c = r[key]
        if not SLUG_RE.match(c):
            err(f"{name}:{r['_line']}: code {c!r} is not a lowercase ASCII slug")
        if len(c) > MAX_CODE_LEN:
            err(f"{name}:{r['_line']}: code {c!r} longer than {MAX_CODE_LEN}")
        if c in seen:
            err(f"{name}:{r['_line']}: duplicate code {c!r}")
        seen.add(c)
        if not is_subsequence(c.split("-"), slug(r[label_key]).split("-")):
            err(f"{name}:{r['_line']}: code {c!r} is not derived from {r[label_key]!r} "
                f"(expected {slug(r[label_key])!r} or a shortening of it)")
    return seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--esco", default=os.environ.get("ESCO_DIR", "/tmp/esco"),
                    help="folder with the ESCO v1.1.1 CSV export")
    ap.add_argument("--skip-build", action="store_true",
                    help="do not compare the CSVs with build.py output")
    args = ap.parse_args()

    occs = read("occupations.csv")
    skills = read("skills.csv")
    rels = read("occupation_skills.csv")
    syns = read("synonyms.csv")

    esco = load_esco(args.esco)
    if esco is None:
        print(f"note: ESCO CSVs not found in {args.esco}; checking URI syntax only", file=sys.stderr)

    # ------------------------------------------------------------ occupations
    if len(occs) < MIN_OCCUPATIONS:
        err(f"occupations.csv: {len(occs)} occupations, need at least {MIN_OCCUPATIONS}")
    occ_codes = check_codes("occupations.csv", occs, "code", "name_vi")
    for r in occs:
        where = f"occupations.csv:{r['_line']}"
        if not ISCO_RE.match(r["isco_code"]):
            err(f"{where}: isco_code {r['isco_code']!r} is not a 4-digit ISCO-08 unit group")
        elif esco and r["isco_code"] not in esco[2]:
            err(f"{where}: isco_code {r['isco_code']} not in ESCO ISCOGroups_en.csv")
        if r["sector"] not in SECTORS:
            err(f"{where}: sector {r['sector']!r} not one of {sorted(SECTORS)}")
        for k in ("name_vi", "name_en", "description_vi"):
            if not r[k]:
                err(f"{where}: empty {k}")
        if r["name_vi"] and not has_diacritics(r["name_vi"]):
            err(f"{where}: name_vi {r['name_vi']!r} has no Vietnamese diacritics")
        if r["description_vi"] and not has_diacritics(r["description_vi"]):
            err(f"{where}: description_vi has no Vietnamese diacritics")
        u = r["esco_uri"]
        if u:
            if not OCC_URI_RE.match(u):
                err(f"{where}: malformed ESCO occupation URI {u!r}")
            elif esco and u not in esco[0]:
                err(f"{where}: ESCO occupation URI not found in ESCO: {u}")
    present = {r["sector"] for r in occs}
    for s in sorted(SECTORS - present):
        err(f"occupations.csv: no occupation in sector {s}")

    # ------------------------------------------------------------ skills
    if len(skills) < MIN_SKILLS:
        err(f"skills.csv: {len(skills)} skills, need at least {MIN_SKILLS}")
    skill_codes = check_codes("skills.csv", skills, "code", "label_vi")
    per_group = {g: 0 for g in GROUPS}
    mapped = 0
    label_seen = {}
    for r in skills:
        where = f"skills.csv:{r['_line']}"
        if r["group"] not in GROUPS:
            err(f"{where}: group {r['group']!r} not one of {sorted(GROUPS)}")
        else:
            per_group[r["group"]] += 1
        if not r["label_vi"] or not r["label_en"]:
            err(f"{where}: empty label")
        if r["label_vi"] and not has_diacritics(r["label_vi"]):
            err(f"{where}: label_vi {r['label_vi']!r} has no Vietnamese diacritics")
        key = r["label_vi"].lower()
        if key in label_seen:
            err(f"{where}: label_vi duplicates line {label_seen[key]}")
        label_seen[key] = r["_line"]
        alts = r["alt_labels"].split("|") if r["alt_labels"] else []
        if not alts:
            err(f"{where}: no alt_labels")
        if any(not a or a != a.strip() for a in alts):
            err(f"{where}: empty or padded alt label in {r['alt_labels']!r}")
        lowered = [a.lower() for a in alts]
        dups = sorted({a for a in lowered if lowered.count(a) > 1})
        if dups:
            err(f"{where}: duplicate alt labels {dups}")
        if r["label_vi"].lower() in lowered:
            err(f"{where}: alt_labels repeat label_vi")
        if not any(a and not has_diacritics(a) and re.search(r"[a-z]", a.lower()) for a in alts):
            err(f"{where}: alt_labels has no diacritic-free form")
        plain = re.sub(r"\s+", " ", re.sub(r"[^a-z0-9+.\-]+", " ", fold(r["label_vi"]))).strip()
        if plain not in lowered:
            err(f"{where}: alt_labels lacks the diacritic-free label {plain!r}")
        u = r["esco_uri"]
        if u:
            mapped += 1
            if not SKILL_URI_RE.match(u):
                err(f"{where}: malformed ESCO skill URI {u!r}")
            elif esco and u not in esco[1]:
                err(f"{where}: ESCO skill URI not found in ESCO: {u}")
    for g, n in sorted(per_group.items()):
        if n < MIN_SKILLS_PER_GROUP:
            err(f"skills.csv: group {g} has {n} skills, need at least {MIN_SKILLS_PER_GROUP}")
    if skills and mapped < MIN_ESCO_SKILL_SHARE * len(skills):
        err(f"skills.csv: only {mapped}/{len(skills)} skills mapped to ESCO (need a third)")

    # ------------------------------------------------------------ relations
    counts = {c: {"essential": 0, "optional": 0} for c in occ_codes}
    used = set()
    pairs = set()
    for r in rels:
        where = f"occupation_skills.csv:{r['_line']}"
        o, s, rel = r["occupation_code"], r["skill_code"], r["relation"]
        if o not in occ_codes:
            err(f"{where}: unknown occupation_code {o!r}")
        if s not in skill_codes:
            err(f"{where}: unknown skill_code {s!r}")
        if rel not in RELATIONS:
            err(f"{where}: relation {rel!r} not one of {sorted(RELATIONS)}")
        if (o, s) in pairs:
            err(f"{where}: pair ({o}, {s}) listed twice")
        pairs.add((o, s))
        if o in counts and rel in RELATIONS:
            counts[o][rel] += 1
        used.add(s)
    for o, c in sorted(counts.items()):
        lo, hi = ESSENTIAL_RANGE
        if not lo <= c["essential"] <= hi:
            err(f"occupation {o}: {c['essential']} essential skills, need {lo}-{hi}")
        lo, hi = OPTIONAL_RANGE
        if not lo <= c["optional"] <= hi:
            err(f"occupation {o}: {c['optional']} optional skills, need {lo}-{hi}")
    for s in sorted(skill_codes - used):
        err(f"skill {s}: not used by any occupation")

    # ------------------------------------------------------------ synonyms
    if len(syns) < MIN_SYNONYM_GROUPS:
        err(f"synonyms.csv: {len(syns)} groups, need at least {MIN_SYNONYM_GROUPS}")
    group_seen = {}
    for r in syns:
        where = f"synonyms.csv:{r['_line']}"
        terms = r["terms"].split("|")
        if len(terms) < 2:
            err(f"{where}: a group needs at least two terms: {r['terms']!r}")
        if any(not t or t != t.strip() for t in terms):
            err(f"{where}: empty or padded term in {r['terms']!r}")
        low = [t.lower() for t in terms]
        if len(set(low)) != len(low):
            err(f"{where}: duplicate term in {r['terms']!r}")
        folded = [fold(t) for t in terms if has_diacritics(t)]
        for t in terms:
            if not has_diacritics(t) and fold(t) in folded:
                err(f"{where}: {t!r} is only an unaccented duplicate of another term")
        key = frozenset(low)
        if key in group_seen:
            err(f"{where}: same group as line {group_seen[key]}")
        group_seen[key] = r["_line"]

    # ------------------------------------------------------------ build.py is the source
    build = os.path.join(HERE, "build.py")
    if os.path.exists(build) and not args.skip_build:
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run([sys.executable, build, "--out", tmp], capture_output=True, text=True)
            if p.returncode != 0:
                err(f"build.py failed: {p.stderr.strip()}")
            else:
                for name in HEADERS:
                    a = open(os.path.join(tmp, name), "rb").read()
                    b_path = os.path.join(HERE, name)
                    b = open(b_path, "rb").read() if os.path.exists(b_path) else b""
                    if a != b:
                        err(f"{name}: differs from build.py output; run python3 {build}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s) found", file=sys.stderr)
        return 1
    n_occ_esco = sum(1 for r in occs if r["esco_uri"])
    print(f"OK: {len(occs)} occupations ({n_occ_esco} ESCO-mapped), {len(skills)} skills "
          f"({mapped} ESCO-mapped), {len(rels)} relations, {len(syns)} synonym groups")
    print("skills per group: " + ", ".join(f"{g}={n}" for g, n in sorted(per_group.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
