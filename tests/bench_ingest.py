"""Ingest throughput for 1,000 generated digital letters, with 1 and 2 workers, against extraction alone.

Targets (issue 4): storing costs under 5 % of extraction time, and 2 workers are at least
1.5x faster than 1. The letters are generated once and cached under data/bench/ (git-ignored).
`BENCH_INGEST_COUNT` changes the number of letters (default 1000).

    extract     read_document + parse_letter for every file, in this process (= pipeline.extract)
    rows        record -> rows (incl. the Snowball stems), which ingest does in its workers
    store       one transaction per document into a fresh archive (FTS triggers included)
    ingest 1/2  the whole `ingest` (hashing, workers, writer) with 1 and 2 worker processes
"""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 7


def letters(count: int) -> Path:
    from tests.letters.generate import OTHER_KINDS, other_spec, random_spec, render

    # Keyed by the generator's source, so that a changed generator gives fresh letters.
    source = hashlib.sha256(b"".join(p.read_bytes() for p in sorted((ROOT / "tests" / "letters").glob("*.py"))))
    folder = ROOT / "data" / "bench" / f"digital-{count}-seed{SEED}-{source.hexdigest()[:10]}"
    done = folder / ".complete"
    if done.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    for i in range(count):  # as `python -m tests.letters.generate --count N`: 1 in 25 is not a letter
        seed = SEED * 1_000_003 + i
        spec = (other_spec(seed, f"n{i:05d}", OTHER_KINDS[(i // 25) % 4]) if i % 25 == 24
                else random_spec(seed, f"g{i:05d}"))
        (folder / f"{spec.id}.digital.pdf").write_bytes(render(spec, "digital.pdf"))
    done.touch()
    print(f"generated {count} digital letters in {time.perf_counter() - started:.1f} s -> {folder}")
    return folder


def main() -> bool:
    from archive import store
    from archive.ingest import DEFAULT_EXTRACTOR, Options, _init_worker, ingest
    from archive.rows import record_rows
    from pipeline import PIPELINE_VERSION, read_document
    from pipeline.letter import parse_letter

    count = int(os.environ.get("BENCH_INGEST_COUNT", "1000"))
    folder = letters(count)
    files = sorted(p for p in folder.iterdir() if p.suffix == ".pdf")
    _init_worker(DEFAULT_EXTRACTOR)  # imports and spaCy lookups, once: excluded from every timing

    started = time.perf_counter()
    extracted = []
    for path in files:
        doc = read_document(path)
        extracted.append((parse_letter(doc), doc.text, path.stat().st_size))
    t_extract = time.perf_counter() - started

    started = time.perf_counter()
    rows = [record_rows(r, full_text=text, size=size, pipeline_version=PIPELINE_VERSION, ingested_at=store.now())
            for r, text, size in extracted]
    t_rows = time.perf_counter() - started

    work = Path(tempfile.mkdtemp(prefix="bench_ingest_"))
    try:
        conn = store.open_archive(work / "store.db")
        started = time.perf_counter()
        for (record, _, _), r in zip(extracted, rows):
            with store.transaction(conn):
                store.write_rows(conn, r)
                store.add_paths(conn, record.source.sha256, [record.source.path], seen_at=r.document["ingested_at"])
        t_store = time.perf_counter() - started
        conn.close()

        runs = {}
        for workers in (1, 2):
            summary = ingest([folder], work / f"ingest{workers}.db", Options(workers=workers), progress=io.StringIO())
            assert summary.new == len(files) and summary.failed == 0, summary.line()
            runs[workers] = summary
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n = len(files)
    share = (t_rows + t_store) / t_extract
    speedup = runs[1].duration_s / runs[2].duration_s
    print(f"{n} digital letters, {os.cpu_count()} CPUs")
    print(f"  extract alone      {t_extract:7.1f} s  {n / t_extract:6.1f} letters/s  (1 process)")
    print(f"  rows (+ stems)     {t_rows:7.2f} s  {100 * t_rows / t_extract:5.1f} % of extract")
    print(f"  store              {t_store:7.2f} s  {100 * t_store / t_extract:5.1f} % of extract  "
          f"({n / t_store:.0f} documents/s, one transaction each)")
    for workers, s in runs.items():
        print(f"  ingest, {workers} worker{'s' if workers > 1 else ' '}  {s.duration_s:7.1f} s  "
              f"{n / s.duration_s:6.1f} letters/s  = {s.duration_s / t_extract:.2f} x extract alone; "
              f"writer storing {s.store_s:.2f} s ({100 * s.store_s / t_extract:.1f} % of extract)")
    ok_share, ok_speedup = share < 0.05, speedup >= 1.5
    print(f"  storage share {100 * share:.1f} % (target < 5 %): {'ok' if ok_share else 'MISSED'}")
    print(f"  2 workers vs 1: {speedup:.2f}x (target >= 1.5x): {'ok' if ok_speedup else 'MISSED'}")
    return ok_share and ok_speedup


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
