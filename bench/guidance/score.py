#!/usr/bin/env python3
"""Scores skills discovery and the interest explorer against the judged sets
in bench/guidance/ (Python 3 standard library only), through the JSON API of
a running hocnghe (the demo data set: `hocnghe serve --demo`).

    python3 bench/guidance/score.py [--base http://127.0.0.1:8080] [--per-person]

Discovery: the skills `POST /api/v1/guidance/discover` returns for the ticked
activities against the skills the counsellor recorded: precision and recall
per person, averaged (macro), and over all pairs (micro).

Explorer: `POST /api/v1/guidance/interests` (all of Hanoi, every occupation
returned) against the counsellor's graded suggestions (3, 2, 1; the rest 0).
NDCG@5 with gain 2^grade - 1 and discount log2(rank + 1), the ideal list
being the best judged grades; P@5 = share of the top five graded >= 2.
Baselines from the same response: "demand only" orders occupations by open
positions (ties by code), "interest fit only" by fit (ties by code).
"""
import argparse
import json
import math
import os
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
K = 5


def call(base, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def ndcg(ranked, grades, k=K):
    dcg = sum((2 ** grades.get(c, 0) - 1) / math.log2(i + 2) for i, c in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def p_at(ranked, grades, k=K):
    return sum(1 for c in ranked[:k] if grades.get(c, 0) >= 2) / k


def discovery(base, per_person):
    people = json.load(open(os.path.join(HERE, "discovery_judgments.json"), encoding="utf-8"))
    ps, rs, tp_all, pred_all, gold_all = [], [], 0, 0, 0
    for p in people:
        got = {s["code"] for s in call(base, "/api/v1/guidance/discover",
                                       {"activities": p["ticked"]})["skills"]}
        gold = set(p["counsellor_skills"])
        tp = len(got & gold)
        ps.append(tp / len(got) if got else 0.0)
        rs.append(tp / len(gold) if gold else 0.0)
        tp_all, pred_all, gold_all = tp_all + tp, pred_all + len(got), gold_all + len(gold)
        if per_person:
            print(f"  {p['id']}: P {ps[-1]:.2f} R {rs[-1]:.2f}  extra {sorted(got - gold)}  missed {sorted(gold - got)}")
    n = len(people)
    print(f"discovery ({n} people): macro precision {sum(ps)/n:.3f}, macro recall {sum(rs)/n:.3f}; "
          f"micro precision {tp_all/pred_all:.3f}, micro recall {tp_all/gold_all:.3f}")


def explorer(base, per_person):
    profiles = json.load(open(os.path.join(HERE, "interest_judgments.json"), encoding="utf-8"))
    items = [i["code"] for i in call(base, "/api/v1/guidance/interests")["items"]]
    rows = {"explorer (fit x demand x training)": [], "demand only": [], "interest fit only": []}
    precision = {k: [] for k in rows}
    for p in profiles:
        digits = p["answers"].replace(" ", "")
        answers = {code: int(d) for code, d in zip(items, digits)}
        res = call(base, "/api/v1/guidance/interests", {"answers": answers, "limit": 100})
        occ = res["occupations"]
        lists = {
            "explorer (fit x demand x training)": [o["code"] for o in occ],
            "demand only": [o["code"] for o in sorted(occ, key=lambda o: (-o["positions"], o["code"]))],
            "interest fit only": [o["code"] for o in sorted(occ, key=lambda o: (-o["fit"], o["code"]))],
        }
        grades = p["suggest"]
        for name, ranked in lists.items():
            rows[name].append(ndcg(ranked, grades))
            precision[name].append(p_at(ranked, grades))
        if per_person:
            top = lists["explorer (fit x demand x training)"][:K]
            print(f"  {p['id']}: NDCG@5 {rows['explorer (fit x demand x training)'][-1]:.2f}  top5 {top}")
    n = len(profiles)
    print(f"explorer ({n} profiles):")
    print("| ranking | NDCG@5 | P@5 |")
    print("|---|---|---|")
    for name in rows:
        print(f"| {name} | {sum(rows[name])/n:.3f} | {sum(precision[name])/n:.3f} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--per-person", action="store_true")
    args = ap.parse_args()
    discovery(args.base, args.per_person)
    explorer(args.base, args.per_person)


if __name__ == "__main__":
    main()
