#!/usr/bin/env python3
"""Password-hashing flood (issue 28): does argon2 work stay bounded?

Registers `--accounts` worker accounts, then from `--concurrency` threads sends
`POST /api/v1/auth/password` with a wrong current password (each one costs an
argon2id hash of 19 MiB if it gets that far) for `--seconds`, while one thread
runs course searches and times them. Samples the server's resident memory
from /proc/<pid>/status (`--pid`, the server's process id). Prints the status
codes the flood got, the peak RSS, and search p50/p99 during the flood.
Standard library only.

    bench/password_flood.py --base http://127.0.0.1:18080 --pid 12345 \\
        --accounts 20 --concurrency 100 --seconds 20
"""

import argparse
import collections
import json
import random
import statistics
import threading
import time
import urllib.error
import urllib.request


def call(base, method, path, body=None, token=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        error.read()
        return error.code
    except Exception:  # noqa: BLE001 - a timeout or reset counts as a failure
        return 0


def register(base, n):
    body = {
        "role": "worker",
        "display_name": f"Flood {n}",
        "phone": f"09{random.randrange(10**8):08d}",
        "password": "mật khẩu thử nghiệm",
    }
    request = urllib.request.Request(
        base + "/api/v1/auth/register", data=json.dumps(body).encode(), method="POST"
    )
    request.add_header("content-type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["token"]


def rss_mib(pid):
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:18080")
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--accounts", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()

    tokens = [register(args.base, n) for n in range(args.accounts)]
    stop = time.monotonic() + args.seconds
    codes = collections.Counter()
    lock = threading.Lock()
    search_ms = []
    peak = [rss_mib(args.pid)]
    before = peak[0]

    def flood(i):
        token = tokens[i % len(tokens)]
        body = {"current_password": "không đúng", "new_password": "mật khẩu mới dài"}
        while time.monotonic() < stop:
            code = call(args.base, "POST", "/api/v1/auth/password", body, token)
            with lock:
                codes[code] += 1

    def search():
        while time.monotonic() < stop:
            started = time.monotonic()
            call(args.base, "GET", "/api/v1/courses/search?q=han&per_page=10")
            search_ms.append((time.monotonic() - started) * 1000)

    def sample():
        while time.monotonic() < stop:
            peak[0] = max(peak[0], rss_mib(args.pid))
            time.sleep(0.05)

    threads = [threading.Thread(target=flood, args=(i,)) for i in range(args.concurrency)]
    threads += [threading.Thread(target=search), threading.Thread(target=sample)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    search_ms.sort()
    p99 = search_ms[int(len(search_ms) * 0.99) - 1] if search_ms else float("nan")
    print(f"flood answers: {dict(sorted(codes.items()))}")
    print(f"RSS before {before:.0f} MiB, peak {peak[0]:.0f} MiB")
    print(
        f"searches during the flood: {len(search_ms)}, "
        f"p50 {statistics.median(search_ms):.1f} ms, p99 {p99:.1f} ms"
    )


if __name__ == "__main__":
    main()
