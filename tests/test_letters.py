"""The test-letter generator itself: valid truth, determinism, and the golden set up to date."""
from __future__ import annotations

import json
import re

import pytest

from models import Record
from models.record import overall_status
from tests.letters.generate import make_letter, make_series, other_spec, random_spec, render, truth_of
from tests.letters.golden import GOLDEN, golden_specs

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SOURCE = {"path": "x", "sha256": "0" * 64, "media_type": "text/plain", "pages": 1, "ocr": False}


@pytest.mark.parametrize("seed", range(40))
def test_random_truth_is_a_valid_record(seed):
    text, truth = make_letter(random_spec(seed))
    Record.model_validate({**truth, "source": SOURCE, "warnings": []})
    assert truth["status"] == overall_status([m["status"] for m in truth["mandates"]])
    assert all(ISO.match(d) for m in truth["mandates"] for d in m["deadlines"])
    for m in truth["mandates"]:
        assert "„" not in m["quote"] + m["response"] and "“" not in m["quote"] + m["response"]
        assert m["response"].split()[0] in text          # the answer is printed
    if truth["report_type"] == "final":
        assert truth["next_review"] is None
    assert truth["letter_date"] <= (truth["next_review"] or "9999")


def test_deadlines_lie_after_the_letter():
    for seed in range(60):
        truth = truth_of(random_spec(seed))
        for m in truth["mandates"]:
            assert all(d >= truth["letter_date"][:len(d)] for d in m["deadlines"]), (seed, m)


def test_same_seed_same_letter():
    a, b = random_spec(5, "x"), random_spec(5, "x")
    assert render(a, "txt") == render(b, "txt")
    assert render(a, "digital.pdf") == render(b, "digital.pdf")


def test_pdf_text_layer_holds_the_letter():
    import io
    import pdfplumber
    spec = random_spec(8, "x", layout="A", n_points=2)
    with pdfplumber.open(io.BytesIO(render(spec, "digital.pdf"))) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
    assert spec.resolutions[0].ident in text
    assert spec.sender.name in text


def test_series_moves_on_and_ends_final():
    letters = make_series(3, ("interim", "interim", "final"))
    truths = [truth_of(s) for s in letters]
    assert len({t["resolution"] for t in truths}) == 1
    dates = [t["letter_date"] for t in truths]
    assert dates == sorted(dates)
    assert [t["report_type"] for t in truths] == ["interim", "interim", "final"]
    assert truths[0]["next_review"] and truths[-1]["next_review"] is None
    assert truths[1]["letter_date"] <= truths[0]["next_review"]


def test_other_documents_are_unknown():
    for kind in ("tagesordnung", "niederschrift", "ausfertigung", "presse"):
        text, truth = make_letter(other_spec(1, "n", kind))
        assert truth["kind"] == "unknown" and truth["mandates"] == [] and truth["resolution"] is None
        assert text.strip()


@pytest.mark.parametrize("spec, variants, what", golden_specs(), ids=lambda v: getattr(v, "id", ""))
def test_golden_files_are_up_to_date(spec, variants, what):
    """The committed truth and text match the generator; rerun `python -m tests.letters.golden` when not."""
    stored = json.loads((GOLDEN / "truth" / f"{spec.id}.json").read_text(encoding="utf-8"))
    assert stored == truth_of(spec)
    if "txt" in variants:
        assert (GOLDEN / f"{spec.id}.txt").read_bytes() == render(spec, "txt")
