"""What provenance costs (issue: trust the record): extraction time with and without finding
each value again on the page, and the archive's size with and without the stored boxes, both
measured in the same run on the same letters.

Targets: under 10 % more extraction time, under 25 % more archive size.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_TARGET = 1.10
SIZE_TARGET = 1.25


def _letters() -> list[Path]:
    folders = [ROOT / "examples", ROOT / "tests" / "corpus" / "blind9", ROOT.parent / "shared" / "corpus" / "dev"]
    return sorted(p for folder in folders if folder.exists() for p in folder.iterdir()
                  if p.suffix == ".txt" or p.name.endswith(".digital.pdf"))


def main() -> bool:
    from archive import store
    from pipeline import read_document
    from pipeline.letter import parse_letter
    from pipeline.provenance import locate

    files = _letters()
    docs = [read_document(f, ocr="never") for f in files]      # read once: both sides parse the same documents
    parse_letter(docs[0])
    rounds: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(5):
        for name in rounds:
            started = time.perf_counter()
            for doc in docs:
                record = parse_letter(doc)
                if name == "with":
                    locate(record, doc)
            rounds[name].append(time.perf_counter() - started)
    without, with_ = (statistics.median(rounds[k]) for k in ("without", "with"))
    read_started = time.perf_counter()
    for f in files:
        read_document(f, ocr="never")
    reading = time.perf_counter() - read_started
    ratio = (reading + with_) / (reading + without)

    sizes = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("without", "with"):
            db = Path(tmp) / f"{name}.db"
            conn = store.open_archive(db)
            for f, doc in zip(files, docs):
                record = parse_letter(doc)
                if name == "with":
                    record = record.model_copy(update={"provenance": locate(record, doc)})
                store.save_record(conn, record, full_text=doc.text, size=f.stat().st_size)
            conn.execute("VACUUM")
            conn.close()
            sizes[name] = db.stat().st_size
    growth = sizes["with"] / sizes["without"]
    print(f"{len(files)} letters (digital PDFs and text), median of 5 rounds")
    print(f"  read (pdfplumber, text)        {reading * 1000 / len(files):8.1f} ms/letter")
    print(f"  parse                          {without * 1000 / len(files):8.1f} ms/letter")
    print(f"  parse + provenance             {with_ * 1000 / len(files):8.1f} ms/letter")
    print(f"  extraction with / without      {ratio:8.3f}x  (target < {TIME_TARGET}x)  {'ok' if ratio < TIME_TARGET else 'MISSED'}")
    print(f"  archive {sizes['without'] / 1e6:.2f} MB -> {sizes['with'] / 1e6:.2f} MB  "
          f"{growth:8.3f}x  (target < {SIZE_TARGET}x)  {'ok' if growth < SIZE_TARGET else 'MISSED'}")
    return ratio < TIME_TARGET and growth < SIZE_TARGET
