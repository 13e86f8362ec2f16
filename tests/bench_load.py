"""The public server under load: 20 clients flood it, a visitor still gets letter pages in time.

Two floods of FLOOD_SECONDS each (`BENCH_LOAD_SECONDS`, default 30) against `beschlussarchiv serve
--public` over a public copy of the bench archive (bench_serve's build, BENCH_LOAD_COUNT letters,
default 20,000): CLIENTS threads requesting (1) the most expensive page a visitor may ask for,
the passed-deadlines canned query as HTML (1,000 rows), and (2) rows that do not exist. Meanwhile
one visitor requests letter pages one after another; target (issue 9): their p99 under 1 s.
Baseline: the same visitor's letter pages on the idle server, measured first in the same run.
"""
from __future__ import annotations

import os
import statistics
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

CLIENTS = 20
TARGET_P99_S = 1.0


def _fetch(url: str) -> float:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            r.read()
    except urllib.error.HTTPError as e:
        e.read()
    return time.perf_counter() - started


def _visitor(base: str, ids: list[int], stop: threading.Event, times: list[float]) -> None:
    i = 0
    while not stop.is_set():
        times.append(_fetch(f"{base}/archiv/letters/{ids[i % len(ids)]}"))
        i += 1


def _flood(url_of, stop: threading.Event) -> None:
    i = 0
    while not stop.is_set():
        _fetch(url_of(i))
        i += 1


def _p(times: list[float], q: float) -> float:
    return statistics.quantiles(times, n=100)[q - 1] if len(times) >= 2 else times[0]


def _run(base: str, ids: list[int], seconds: float, flood_url=None) -> list[float]:
    stop, times = threading.Event(), []
    threads = [threading.Thread(target=_visitor, args=(base, ids, stop, times))]
    if flood_url:
        threads += [threading.Thread(target=_flood, args=(flood_url, stop)) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join()
    return times


def main() -> bool:
    import sqlite3

    from archive.publish import publish
    from tests.bench_serve import build
    from tests.publishing import Server

    count = int(os.environ.get("BENCH_LOAD_COUNT", "20000"))
    seconds = float(os.environ.get("BENCH_LOAD_SECONDS", "30"))
    with tempfile.TemporaryDirectory() as tmp:
        public = Path(tmp) / "public.db"
        publish(build(count), public, copy_files=False)
        ids = [r[0] for r in sqlite3.connect(public).execute("SELECT id FROM letters ORDER BY random() LIMIT 200")]
        ok = True
        with Server(public, "--public") as server:
            idle = _run(server.base, ids, 5)
            print(f"{count} letters, public copy; a visitor's letter pages, idle: p50 {_p(idle, 50) * 1000:.0f} ms, "
                  f"p99 {_p(idle, 99) * 1000:.0f} ms ({len(idle)} pages)", flush=True)
            floods = {
                "most expensive page (passed deadlines, HTML, 1,000 rows)":
                    lambda i: f"{server.base}/archiv/verstrichene_fristen",
                "missing rows": lambda i: f"{server.base}/archiv/letters/{10_000_000 + i}",
            }
            for label, url_of in floods.items():
                times = _run(server.base, ids, seconds, url_of)
                p50, p99 = _p(times, 50), _p(times, 99)
                good = p99 < TARGET_P99_S
                ok = ok and good
                print(f"  {CLIENTS} clients flooding with {label} for {seconds:.0f} s: letter pages p50 "
                      f"{p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms ({p99 / _p(idle, 99):.1f}x idle) "
                      f"{'ok ' if good else 'SLOW'} < {TARGET_P99_S:.0f} s ({len(times)} pages)", flush=True)
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
