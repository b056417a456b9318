#!/usr/bin/env python3
"""Fail when a dependency can only be used under a copyleft licence (GPL,
AGPL, LGPL, MPL is allowed) -- the shipped binary must stay permissive.
Reads `cargo metadata`, so it needs no extra tool; deny.toml says the same
for people who run cargo-deny."""
import json
import subprocess
import sys

COPYLEFT = ("GPL", "AGPL", "LGPL", "SSPL", "EUPL")

def acceptable(expr: str) -> bool:
    # "A OR B" is fine if any alternative is free of copyleft terms;
    # "A AND B" needs every part to be.
    expr = expr.replace("/", " OR ").replace("(", " ").replace(")", " ")
    for alternative in expr.split(" OR "):
        parts = alternative.split(" AND ")
        if all(not any(c in p.upper() for c in COPYLEFT) for p in parts):
            return True
    return False

meta = json.loads(subprocess.check_output(["cargo", "metadata", "--format-version", "1", "--locked"]))
used = {node["id"] for node in meta["resolve"]["nodes"]}
bad = []
for pkg in meta["packages"]:
    if pkg["id"] not in used or pkg["source"] is None:
        continue
    licence = pkg.get("license") or ""
    if not licence:
        bad.append(f"{pkg['name']} {pkg['version']}: no licence declared")
    elif not acceptable(licence):
        bad.append(f"{pkg['name']} {pkg['version']}: {licence}")
if bad:
    print("dependencies with unacceptable licences:\n  " + "\n  ".join(bad))
    sys.exit(1)
print(f"licences ok ({len(used)} packages)")
