"""The shared scorer over the shared corpora, with the issue's thresholds.

Runs `../shared/eval/score.py` when `../shared/corpus` exists (skipped otherwise): the seed
letter, the real Dresden OCR-text letters, the dev corpus (text and digital PDFs) and the
scans of both (real OCR, about half a minute; BESCHLUSSARCHIV_SCANS=0 leaves them out).
"""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CORPUS = SHARED / "corpus"

CASES = [
    pytest.param("seed", "txt", 1.0, id="seed-txt"),
    pytest.param("seed", "digital.pdf", 1.0, id="seed-digital"),
    pytest.param("real", "txt", 0.90, id="real-txt"),
    pytest.param("dev", "digital.pdf,txt", 0.97, id="dev-txt-digital"),
]
SCAN_CASES = [
    pytest.param("seed", "scan.pdf", 0.95, id="seed-scan"),
    pytest.param("dev", "scan.pdf,scan.png,scan.tif,scan.jpg", 0.93, id="dev-scans"),
]

pytestmark = pytest.mark.skipif(not (SCORER.exists() and CORPUS.exists()), reason="../shared/corpus is not here")


def extract_command() -> str:
    script = Path(sys.executable).parent / "beschlussarchiv"
    return f"{shlex.quote(str(script))} extract --json"


def score(corpus: str, variants: str, tmp_path: Path) -> dict:
    report = tmp_path / "report.json"
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS / corpus), "--cmd", extract_command(),
         "--variants", variants, "--report", str(report)],
        capture_output=True, text=True, timeout=1200)
    assert report.exists(), f"scorer wrote no report:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return json.loads(report.read_text(encoding="utf-8"))


def explain(result: dict) -> str:
    lines = [f"accuracy {result['accuracy']:.3f} over {result['documents']} documents"]
    if result["failed_documents"]:
        lines.append(f"no record for: {', '.join(result['failed_documents'])}")
    lines += [f"  {field}: {acc:.3f}" for field, acc in sorted(result["fields"].items()) if acc < 1]
    lines += [f"  miss {m['document']} {m['field']}: expected {str(m['expected'])[:120]!r}, got {str(m['got'])[:120]!r}"
              for m in result["misses"][:40]]
    return "\n".join(lines)


@pytest.mark.parametrize("corpus, variants, minimum", CASES)
def test_corpus_score(corpus, variants, minimum, tmp_path):
    result = score(corpus, variants, tmp_path)
    assert result["accuracy"] >= minimum, explain(result)


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("BESCHLUSSARCHIV_SCANS") == "0", reason="BESCHLUSSARCHIV_SCANS=0")
@pytest.mark.parametrize("corpus, variants, minimum", SCAN_CASES)
def test_scan_score(corpus, variants, minimum, tmp_path):
    result = score(corpus, variants, tmp_path)
    assert result["accuracy"] >= minimum, explain(result)
