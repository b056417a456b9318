#!/usr/bin/env python3
"""Scores hocnghe's course recommendations and job matches against the
counsellor's judgments in bench/advice/ (Python 3 standard library only).

    python3 bench/advice/score.py                  # builds and runs the runner
    python3 bench/advice/score.py --run run.json   # scores a saved run
    python3 bench/advice/score.py --per-persona    # adds each persona's top 5

The runner is `cargo run -p hocnghe-match --example advice_panel --release`
(set CARGO_TARGET_DIR as you build). Metrics, over the top 5:

- NDCG@5: gain 2^max(grade, 0) - 1, discount log2(rank + 1); the ideal list
  is the best five judged grades over the whole catalogue (defaults
  included); averaged over the personas with at least one grade >= 1.
- P@5: share of the five slots holding an item graded >= 2 (an empty slot
  counts as a miss).
- bad@5: mean number of items graded -1 in the top 5, over all personas.
- dup@5 (courses): mean number of top-5 courses repeating a
  (provider_name, title) already shown above them.
- NDCG@5 once (courses): NDCG@5 where a course counts once, as a card: a
  repeated (provider_name, title) earns no gain, and the ideal list takes
  each course once with its best-graded intake. This is the measure for a
  list that must show each course once (another intake on the card is not
  a second recommendation); plain NDCG@5 rewards listing two intakes.

Rule baselines, computed here from the catalogue; all skip courses that
started before `today` and demands past `expires_on`, and count an online
course as 0 km away:
- courses "chosen trades, nearest": courses whose occupation is one of the
  worker's occupations_of_interest, nearest first (nearest first overall
  when none is chosen);
- courses "nearest": every course, nearest first;
- jobs "distance only": open demands within max_travel_km, nearest first;
- jobs "chosen trades, nearest": open demands in the chosen occupations,
  nearest first, whatever the distance ("distance only" when none chosen).
Ties go to the lower id. A last row lists every item not graded -1, best
grade first: the ceiling each metric can reach on this panel (its dup@5 is
above 0 where two intakes of one course are equally good advice).
"""
import argparse
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
K = 5


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def run_ranking(catalogue, personas):
    cmd = ["cargo", "run", "-q", "-p", "hocnghe-match", "--example", "advice_panel", "--release", "--", catalogue, personas]
    out = subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.PIPE).stdout
    return json.loads(out)


class Grades:
    def __init__(self, judgments):
        self.j = judgments

    def grade(self, pid, kind, item_id):
        j = self.j[pid]
        for it in j[kind]:
            if it["id"] == item_id:
                return it["grade"]
        return j["course_default" if kind == "courses" else "job_default"]

    def all_grades(self, pid, kind, ids):
        return [self.grade(pid, kind, i) for i in ids]


def gain(g):
    return 2 ** max(g, 0) - 1


def dcg(grades):
    return sum(gain(g) / math.log2(i + 2) for i, g in enumerate(grades[:K]))


def ndcg(shown, ideal):
    best = dcg(sorted(ideal, reverse=True))
    return dcg(shown) / best if best > 0 else None


def score(ranked, kind, grades, catalogue_ids, titles=None):
    """ranked: {pid: [ids]}; returns the metrics and per-persona rows."""
    nd, nd_once, prec, bad, dup, rows = [], [], [], [], [], {}
    for pid in grades.j:
        top = ranked.get(pid, [])[:K]
        g = grades.all_grades(pid, kind, top)
        ideal = grades.all_grades(pid, kind, catalogue_ids)
        n = ndcg(g, ideal) if max(ideal) >= 1 else None
        if n is not None:
            nd.append(n)
        prec.append(sum(1 for x in g if x >= 2) / K)
        bad.append(sum(1 for x in g if x == -1))
        if titles is not None:
            seen, d, once = set(), 0, []
            for i, gi in zip(top, g):
                key = titles[i]
                d += key in seen
                once.append(0 if key in seen else gi)
                seen.add(key)
            dup.append(d)
            best = {}
            for i, gi in zip(catalogue_ids, ideal):
                best[titles[i]] = max(best.get(titles[i], -1), gi)
            if n is not None:
                nd_once.append(ndcg(once, list(best.values())))
        rows[pid] = (top, g, n)
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")
    return {"ndcg": mean(nd), "ndcg_once": mean(nd_once) if titles is not None else None, "n": len(nd), "p": mean(prec), "bad": mean(bad), "dup": mean(dup) if titles is not None else None}, rows


def baselines(cat, personas):
    today = cat["today"]
    courses = [c for c in cat["courses"] if c["start_date"] >= today]
    demands = [d for d in cat["demands"] if d["expires_on"] is None or d["expires_on"] >= today]
    out = {"courses chosen": {}, "courses nearest": {}, "jobs distance": {}, "jobs chosen": {}}
    for p in personas:
        w, pid = p["worker"], p["id"]
        here = (w["lat"], w["lon"])

        def cdist(c):
            return 0.0 if c["delivery_mode"] == "online" else haversine_km(*here, c["lat"], c["lon"])

        def ddist(d):
            return haversine_km(*here, d["lat"], d["lon"])

        chosen = set(w["occupations_of_interest"])
        nearest = sorted(courses, key=lambda c: (cdist(c), c["id"]))
        out["courses nearest"][pid] = [c["id"] for c in nearest]
        out["courses chosen"][pid] = [c["id"] for c in nearest if c["occupation_code"] in chosen] if chosen else out["courses nearest"][pid]
        near_d = sorted(demands, key=lambda d: (ddist(d), d["id"]))
        out["jobs distance"][pid] = [d["id"] for d in near_d if ddist(d) <= w["max_travel_km"]]
        out["jobs chosen"][pid] = [d["id"] for d in near_d if d["occupation_code"] in chosen] if chosen else out["jobs distance"][pid]
    return out


def fmt(x, digits=3):
    return "–" if x is None else f"{x:.{digits}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--run", help="JSON output of the runner (default: build and run it)")
    ap.add_argument("--catalogue", default=os.path.join(HERE, "catalogue.json"))
    ap.add_argument("--personas", default=os.path.join(HERE, "personas.json"))
    ap.add_argument("--judgments", default=os.path.join(HERE, "judgments.json"))
    ap.add_argument("--per-persona", action="store_true", help="print each persona's top 5 with grades")
    ap.add_argument("--only", help="score these personas only: comma-separated ids, or 'panel' (p01-p35) or 'held-out' (p36-p41)")
    args = ap.parse_args()

    cat, personas, judg = load(args.catalogue), load(args.personas), load(args.judgments)
    missing = {p["id"] for p in personas} ^ set(judg)
    if missing:
        sys.exit(f"personas and judgments differ: {sorted(missing)}")
    run = load(args.run) if args.run else run_ranking(args.catalogue, args.personas)
    if args.only:
        groups = {"panel": [f"p{i:02d}" for i in range(1, 36)], "held-out": [f"p{i:02d}" for i in range(36, 42)]}
        keep = set(groups.get(args.only, args.only.split(",")))
        personas = [p for p in personas if p["id"] in keep]
        judg = {pid: j for pid, j in judg.items() if pid in keep}
    grades = Grades(judg)
    course_ids = [c["id"] for c in cat["courses"]]
    demand_ids = [d["id"] for d in cat["demands"]]
    titles = {c["id"]: (c["provider_name"], c["title"]) for c in cat["courses"]}
    base = baselines(cat, personas)

    def oracle(kind, ids):
        # The judgments themselves, best grade first, leaving out bad advice
        # (a list may be shorter than five): the ceiling of every metric.
        return {pid: sorted((i for i in ids if grades.grade(pid, kind, i) >= 0), key=lambda i: (-grades.grade(pid, kind, i), i))
                for pid in judg}

    systems_c = [("current ranking", {p: r["courses"] for p, r in run.items()}),
                 ("rule: chosen trades, nearest first", base["courses chosen"]),
                 ("rule: nearest first", base["courses nearest"]),
                 ("ceiling: the judgments' own order", oracle("courses", course_ids))]
    systems_j = [("current ranking", {p: r["jobs"] for p, r in run.items()}),
                 ("rule: distance only (within radius)", base["jobs distance"]),
                 ("rule: chosen trades, nearest first", base["jobs chosen"]),
                 ("ceiling: the judgments' own order", oracle("jobs", demand_ids))]

    print(f"Advice panel: {len(personas)} personas, {len(course_ids)} courses, {len(demand_ids)} demands, today {cat['today']}; top {K}.")
    print()
    print("Courses")
    print()
    print("| system | NDCG@5 | NDCG@5 once | P@5 | bad@5 | dup@5 |")
    print("|---|---:|---:|---:|---:|---:|")
    rows_c = {}
    for name, ranked in systems_c:
        m, rows = score(ranked, "courses", grades, course_ids, titles)
        rows_c[name] = rows
        print(f"| {name} | {fmt(m['ndcg'])} (n={m['n']}) | {fmt(m['ndcg_once'])} | {fmt(m['p'])} | {fmt(m['bad'], 2)} | {fmt(m['dup'], 2)} |")
    print()
    print("Jobs")
    print()
    print("| system | NDCG@5 | P@5 | bad@5 |")
    print("|---|---:|---:|---:|")
    rows_j = {}
    for name, ranked in systems_j:
        m, rows = score(ranked, "jobs", grades, demand_ids)
        rows_j[name] = rows
        print(f"| {name} | {fmt(m['ndcg'])} (n={m['n']}) | {fmt(m['p'])} | {fmt(m['bad'], 2)} |")

    if args.per_persona:
        print()
        print("Current ranking, per persona (top 5 as id:grade; NDCG@5 – when the persona has no item graded >= 1)")
        print()
        print("| persona | courses | NDCG | jobs | NDCG |")
        print("|---|---|---:|---|---:|")
        for p in personas:
            pid = p["id"]
            ct, cg, cn = rows_c["current ranking"][pid]
            jt, jg, jn = rows_j["current ranking"][pid]
            cs = " ".join(f"{i}:{g}" for i, g in zip(ct, cg))
            js = " ".join(f"{i}:{g}" for i, g in zip(jt, jg))
            print(f"| {pid} | {cs} | {fmt(cn, 2)} | {js} | {fmt(jn, 2)} |")


if __name__ == "__main__":
    main()
