"""Every value the reader gives points at words on the page that hold it (issue: trust the record).

Over the shared corpus (skipped when ../shared is not here): the seed letter as text, digital
PDF and scan must be fully covered; every real and dev letter in every variant nearly so, with
the values that could not be found again listed on failure.
"""
from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.dates import find_dates, find_periods

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus is not here")


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold().replace("ß", "ss"))


def values(record) -> dict[str, object]:
    """Field path -> value, for every non-null value that was read from the page."""
    r = record.model_dump()
    out: dict[str, object] = {k: r[k] for k in ("city", "department", "file_number", "resolution", "session_number",
                                                 "subject", "recipients", "letter_date", "next_review") if r[k]}
    if r["kind"] == "beschlusskontrolle":
        out["kind"] = r["kind"]
    if r["confidential"]:
        out["confidential"] = True
    for person in ("sender", "acknowledged_by"):
        for part in ("name", "role"):
            if (r[person] or {}).get(part):
                out[f"{person}.{part}"] = r[person][part]
    for k, alias in enumerate(r["also_concerns"]):
        out |= {f"also_concerns[{k}].{f}": alias[f] for f in ("resolution", "session_number", "subject") if alias[f]}
    for k, point in enumerate(r["mandates"]):
        # a single unnumbered point is "1" by the contract: there is no printed number to point at
        if not (point["number"] == "1" and len(r["mandates"]) == 1):
            out[f"mandates[{k}].number"] = point["number"]
        out[f"mandates[{k}].quote"] = point["quote"]
        if point["response"]:
            out[f"mandates[{k}].response"] = point["response"]
            out[f"mandates[{k}].status"] = point["status"]
        out |= {f"mandates[{k}].deadlines[{d}]": v for d, v in enumerate(point["deadlines"])}
    return out


def holds(path: str, value, text: str) -> bool:
    """Whether the words a span points at hold the value."""
    if path in ("kind", "confidential") or path.endswith(".status"):
        return bool(text)      # the heading, the marking, the answer read
    if path in ("letter_date", "next_review") or ".deadlines[" in path:
        printed = [d.value for d in find_dates(text) + find_periods(text)]
        return any(value.startswith(p) or p.startswith(value) for p in printed) or value[:4] in text
    a, b = _norm(str(value)), _norm(text)
    return a in b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.8


def misses(files: list[Path]) -> tuple[int, list[str]]:
    total, missed = 0, []
    for file in files:
        record = extract(file)
        spans = record.provenance.fields
        for path, value in values(record).items():
            total += 1
            span = spans.get(path)
            if span is None or not holds(path, value, span.text):
                missed.append(f"{file.name} {path}: {str(value)[:60]!r} -> {span.text[:60] if span else None!r}")
    return total, missed


def test_every_value_of_the_seed_letter_points_at_its_words():
    files = sorted((CORPUS / "seed").glob("seed_letter.*"))
    assert {f.suffix for f in files} == {".pdf", ".txt"} and len(files) == 3
    total, missed = misses(files)
    assert total > 90 and not missed, "\n".join(missed)


def test_seed_letter_boxes_lie_on_the_page_around_the_words():
    record = extract(CORPUS / "seed" / "seed_letter.digital.pdf")
    prov = record.provenance
    assert len(prov.page_sizes) == record.source.pages == 2
    for path, span in prov.fields.items():
        assert span.boxes, path
        for box in span.boxes:
            width, height = prov.page_sizes[box.page - 1]
            assert 0 <= box.x0 < box.x1 <= width and 0 <= box.y0 < box.y1 <= height, path
    # the sender signs on page 2, below the last point's answer
    assert prov.fields["sender.name"].boxes[0].page == 2
    assert prov.fields["sender.name"].boxes[0].y0 > prov.fields["mandates[3].response"].boxes[-1].y1


def test_every_letter_of_the_shared_corpus_points_at_its_words():
    """Real and dev letters in every variant (text, digital PDF, scans as PDF, PNG, TIFF, JPEG)."""
    files = sorted(f for folder in ("real", "dev") for f in (CORPUS / folder).iterdir() if f.is_file()
                   and f.suffix in (".txt", ".pdf", ".png", ".tif", ".tiff", ".jpg"))
    total, missed = misses(files)
    # measured (2026-12-02, 25a81cf): 898 of 903 values over the whole shared corpus located; without a
    # place: a year read from a damaged date, two sub-point numbers glued to their quote ("8d)„Für"),
    # and the contract's "1" of one unnumbered point (exempted above: nothing printed to point at)
    assert total > 800 and len(missed) <= total * 0.01, "\n".join(missed)
