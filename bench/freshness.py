#!/usr/bin/env python3
"""How soon a write is searchable (issue 3: "within 2 s of its write").

Registers an employer account, then posts demands one at a time over the API,
each titled with a word no other document has, and polls the demand search for
that word until the new demand's id is among the hits. Prints the delay from
the POST's response to the first search that finds it (p50, p95, max) and the
POST's own latency. Run it against a server with data (bench/run.sh does, once
idle and once under search load). Standard library only.

    bench/freshness.py --base http://127.0.0.1:18080 --count 50 --label idle
"""

import argparse
import datetime
import json
import random
import string
import sys
import time
import urllib.error
import urllib.request

POLL_SECONDS = 0.005
GIVE_UP_SECONDS = 30


def call(base, method, path, body=None, token=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def employer_session(base, phone):
    password = "mật khẩu đo độ tươi"
    status, body = call(base, "POST", "/api/v1/auth/register", {
        "role": "employer", "display_name": "Người đo độ tươi", "phone": phone,
        "password": password})
    if status == 422 and '"taken"' in str(body):  # a rerun: the account exists
        status, body = call(base, "POST", "/api/v1/auth/login",
                            {"login": phone, "password": password})
    if status not in (200, 201):
        sys.exit(f"cannot sign in as {phone}: {status} {body}")
    token = body["token"]
    status, employer = call(base, "POST", "/api/v1/employers", {
        "name": "Hợp tác xã đo độ tươi", "kind": "cooperative",
        "commune_code": "09700", "description": "Đăng tin tuyển dụng để đo độ trễ tìm kiếm."},
        token)
    if status != 201:
        sys.exit(f"cannot create the employer: {status} {employer}")
    return token, employer["id"]


def unique_word():
    # Letters only, so the tokenizer keeps it whole; random, so that no other
    # document is within typo distance of it.
    return "do" + "".join(random.choices(string.ascii_lowercase, k=10))


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:18080")
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--label", default="idle")
    parser.add_argument("--phone", default="0987650002")
    parser.add_argument("--json", help="write every measurement to this file")
    args = parser.parse_args()

    token, employer_id = employer_session(args.base, args.phone)
    today = datetime.date.today()
    writes, delays = [], []
    for _ in range(args.count):
        word = unique_word()
        body = {
            "employer_id": employer_id,
            "title": f"Tuyển thợ hàn {word}",
            "description": "Tin tuyển dụng để đo độ trễ từ lúc ghi đến lúc tìm thấy.",
            "occupation_code": "tho-han",
            "skills": [{"code": "han-mig-mag", "importance": "essential"}],
            "positions": 1, "commune_code": "09700",
            "wage_min_vnd": 8_000_000, "wage_max_vnd": 10_000_000,
            "employment_type": "permanent",
            "start_date": (today + datetime.timedelta(days=30)).isoformat(),
            "expires_on": (today + datetime.timedelta(days=120)).isoformat(),
        }
        started = time.perf_counter()
        status, demand = call(args.base, "POST", "/api/v1/demands", body, token)
        written = time.perf_counter()
        if status != 201:
            sys.exit(f"cannot post a demand: {status} {demand}")
        while True:
            status, found = call(args.base, "GET", f"/api/v1/demands/search?q={word}&per_page=5")
            if status != 200:
                sys.exit(f"search failed: {status} {found}")
            if any(hit["id"] == demand["id"] for hit in found["hits"]):
                break
            if time.perf_counter() - written > GIVE_UP_SECONDS:
                sys.exit(f"demand {demand['id']} not searchable after {GIVE_UP_SECONDS} s")
            time.sleep(POLL_SECONDS)
        writes.append((written - started) * 1000)
        delays.append((time.perf_counter() - written) * 1000)

    if args.json:
        with open(args.json, "w") as out:
            json.dump({"label": args.label, "write_ms": writes, "searchable_after_ms": delays}, out)
    w, d = sorted(writes), sorted(delays)
    print(f"freshness ({args.label}, {args.count} demands): searchable after p50 "
          f"{percentile(d, 50):.1f} ms, p95 {percentile(d, 95):.1f} ms, max {d[-1]:.1f} ms; "
          f"POST p50 {percentile(w, 50):.1f} ms, p95 {percentile(w, 95):.1f} ms")


if __name__ == "__main__":
    main()
