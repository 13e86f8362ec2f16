"""Storing letters as the archive grows: the cost of one letter at 1,000, 10,000 and 100,000 letters, in one run.

Target (issue 13): storing a letter into an archive of 100,000 letters costs at most 1.5x what it
costs into one of 1,000.

One archive is built through archive.store.write_rows from bench_serve's generated rows, 1,000
letters per transaction (letters/s along the build are printed), and copied when it holds 1,000
and 10,000 letters. Then, in each of ROUNDS rounds, every archive stores its next PROBE letters
as ingest's writer stores a document read (write_rows, paths and run counts, one transaction
each), the archives taking turns so that whatever else the machine does falls on all of them
alike. The first round warms the caches and is not timed; it counts the SQLite VM instructions
per letter instead (the SQL work, which no machine load changes). Cost per letter = time of the
timed rounds / letters, checkpoints included. `BENCH_STORE_COUNT` changes the largest archive
(default 100000); the archives live in a temporary folder under data/bench/ (about 9 MB per
1,000 letters).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 1000          # letters per transaction while building
PROBE, ROUNDS = 150, 8
TARGET = 1.5


def main() -> bool:
    from archive import store
    from archive.ingest import Options, Summary, _start_run, _Writer
    from tests.bench_serve import BASE, base_rows, variant
    from tests.test_archive import vm_steps

    count = int(os.environ.get("BENCH_STORE_COUNT", "100000"))
    sizes = [n for n in (1000, 10000) if n < count] + [count]
    bases = base_rows()

    folder = ROOT / "data" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix="store-") as tmp:
        paths = {n: Path(tmp) / f"{n}.db" for n in sizes}
        conn = store.open_archive(paths[count])
        started, stored, curve = time.perf_counter(), 0, []
        while stored < count:
            batch = min(BATCH, count - stored)
            t0 = time.perf_counter()
            with store.transaction(conn):
                for i in range(stored, stored + batch):
                    store.write_rows(conn, variant(bases[i % BASE], i))
            stored += batch
            curve.append((stored, batch / (time.perf_counter() - t0)))
            if stored in paths and stored != count:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copyfile(paths[count], paths[stored])
        conn.close()
        build = time.perf_counter() - started
        print(f"  build  {count:,} letters in {build:.0f} s, {BATCH:,} per transaction: " + ", ".join(
            f"{n:,} letters {rate:.0f}/s" for n, rate in curve if n in paths), flush=True)

        conns = {n: store.open_archive(p) for n, p in paths.items()}
        writers = {n: _Writer(c, Summary(run_id=_start_run(c, Options(), ["bench"]))) for n, c in conns.items()}

        def store_next(n: int, r: int) -> None:
            """Round r's letters into the archive of n letters (those that come next), as ingest's writer."""
            for i in range(n + r * PROBE, n + (r + 1) * PROBE):
                rows = variant(bases[i % BASE], i)
                writers[n].stored(rows, [rows.document["source_path"]], reprocessed=False)

        work = {n: vm_steps(conns[n], [lambda n=n: store_next(n, 0)]) / PROBE for n in sizes}
        seconds = {n: 0.0 for n in sizes}
        for r in range(1, ROUNDS + 1):
            for n in sizes:
                t0 = time.perf_counter()
                store_next(n, r)
                seconds[n] += time.perf_counter() - t0
        for c in conns.values():
            c.close()

    cost = {n: seconds[n] / (PROBE * ROUNDS) * 1000 for n in sizes}
    print(f"  store  one letter per transaction (as ingest), {ROUNDS} x {PROBE} letters per archive, taking turns:")
    for n in sizes:
        print(f"         into {n:>9,} letters: {cost[n]:.2f} ms ({1000 / cost[n]:.0f} letters/s), "
              f"{work[n]:,.0f} SQLite VM instructions")
    ratio = cost[count] / cost[sizes[0]]
    good = ratio <= TARGET
    print(f"  store  cost per letter at {count:,} = {ratio:.2f}x at {sizes[0]:,} "
          f"{'ok ' if good else 'SLOW'} <= {TARGET}x", flush=True)
    return good


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
