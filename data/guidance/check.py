#!/usr/bin/env python3
"""Checks the guidance data against itself and the taxonomy (standard library only).

    python3 data/guidance/check.py

Exit status 1 and one line per problem when something is wrong.
"""
import csv
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = os.path.join(HERE, "..", "taxonomy")
THEMES = "RIASEC"
problems = []


def read(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    name = os.path.basename(path)
    if "\r" in text:
        problems.append(f"{name}: CRLF line endings")
    if unicodedata.normalize("NFC", text) != text:
        problems.append(f"{name}: text is not NFC")
    rows = list(csv.DictReader(text.splitlines()))
    if rows and list(rows[0].keys()) != header:
        problems.append(f"{name}: header {list(rows[0].keys())} != {header}")
    for i, row in enumerate(rows, start=2):
        for k, v in row.items():
            if v is None or v != v.strip() or v == "":
                problems.append(f"{name}:{i}: empty or padded {k!r}")
    return rows


def unique(rows, key, name):
    seen = set()
    for r in rows:
        if r[key] in seen:
            problems.append(f"{name}: {key} {r[key]!r} twice")
        seen.add(r[key])
    return seen


skills = {r["code"] for r in csv.DictReader(open(os.path.join(TAXONOMY, "skills.csv"), encoding="utf-8"))}
occupations = {r["code"] for r in csv.DictReader(open(os.path.join(TAXONOMY, "occupations.csv"), encoding="utf-8"))}

activities = read(os.path.join(HERE, "activities.csv"), ["code", "group", "label_vi", "label_en"])
activity_codes = unique(activities, "code", "activities.csv")
links = read(os.path.join(HERE, "activity_skills.csv"), ["activity_code", "skill_code"])
pairs = set()
for r in links:
    if r["activity_code"] not in activity_codes:
        problems.append(f"activity_skills.csv: unknown activity {r['activity_code']!r}")
    if r["skill_code"] not in skills:
        problems.append(f"activity_skills.csv: unknown skill {r['skill_code']!r}")
    pair = (r["activity_code"], r["skill_code"])
    if pair in pairs:
        problems.append(f"activity_skills.csv: {pair} twice")
    pairs.add(pair)
for code in activity_codes - {a for a, _ in pairs}:
    problems.append(f"activities.csv: {code!r} maps to no skill")

themes = read(os.path.join(HERE, "interest_themes.csv"), ["code", "name_vi", "name_en", "description_vi", "description_en"])
if [t["code"] for t in themes] != list(THEMES):
    problems.append(f"interest_themes.csv: themes must be {THEMES} in that order")
items = read(os.path.join(HERE, "interest_items.csv"), ["code", "theme", "text_vi", "text_en"])
unique(items, "code", "interest_items.csv")
for t in THEMES:
    n = sum(1 for i in items if i["theme"] == t)
    if n < 2:
        problems.append(f"interest_items.csv: theme {t} has {n} items (at least 2)")
counts = {sum(1 for i in items if i["theme"] == t) for t in THEMES}
if len(counts) > 1:
    problems.append("interest_items.csv: every theme needs the same number of items")
for i in items:
    if i["theme"] not in THEMES:
        problems.append(f"interest_items.csv: {i['code']} has unknown theme {i['theme']!r}")

occ = read(os.path.join(HERE, "occupation_interests.csv"), ["occupation_code", "themes"])
seen = unique(occ, "occupation_code", "occupation_interests.csv")
for r in occ:
    t = r["themes"]
    if r["occupation_code"] not in occupations:
        problems.append(f"occupation_interests.csv: unknown occupation {r['occupation_code']!r}")
    if not (2 <= len(t) <= 3) or len(set(t)) != len(t) or any(c not in THEMES for c in t):
        problems.append(f"occupation_interests.csv: {r['occupation_code']}: themes {t!r} must be 2-3 distinct letters of {THEMES}")
for code in sorted(occupations - seen):
    problems.append(f"occupation_interests.csv: occupation {code!r} has no themes")

for p in problems:
    print(p)
print(f"{len(activities)} activities, {len(links)} activity-skill links, {len(items)} interest items, "
      f"{len(occ)} occupations with themes: {'OK' if not problems else f'{len(problems)} problems'}")
sys.exit(1 if problems else 0)
