"""Golden letters of our own making (tests/letters/golden): every document against its truth.

One test per document (id = file name); a failure lists every field that differs, compared
the way the shared scorer compares (tests/scoring.py). The documents and truth files are
written by `python -m tests.letters.golden`; tests/letters/README.md says what each exercises.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scoring import misses

GOLDEN = Path(__file__).parent / "letters" / "golden"
DOCUMENTS = sorted(p for p in GOLDEN.iterdir() if p.is_file() and p.suffix in {".txt", ".pdf", ".png", ".jpg"})


def truth_for(doc: Path) -> dict:
    return json.loads((GOLDEN / "truth" / f"{doc.name.split('.')[0]}.json").read_text(encoding="utf-8"))


def test_golden_set_is_there():
    assert len(DOCUMENTS) >= 12
    assert all((GOLDEN / "truth" / f"{d.name.split('.')[0]}.json").exists() for d in DOCUMENTS)


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda p: p.name)
def test_golden_document(doc: Path):
    from pipeline import extract
    record = extract(doc).model_dump(mode="json")
    wrong = misses(truth_for(doc), record)
    assert not wrong, f"{doc.name}: {len(wrong)} field(s) differ:\n  " + "\n  ".join(wrong)
