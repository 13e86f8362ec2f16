"""Writes examples/: the demo letters that `make run` ingests.

    python -m tests.letters.examples

A series about one resolution (interim -> interim -> final), a letter whose announced review
date has passed with no later letter, a confidential letter, two scans (a PNG image and an
image-only PDF) and a plain-text letter. All dates lie before 2026-11.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.letters.generate import make_series, random_spec, render, truth_of
from tests.letters.scan import scan_image, scan_pdf

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example_docs():
    """(spec, variant, what) for each example document."""
    series = make_series(41, ("interim", "interim", "final"), start=date(2024, 2, 12), prefix="ex_series_",
                         n_points=3, statuses=["in_progress", "not_started", "in_progress"])
    overdue = make_series(57, ("interim",), start=date(2025, 1, 20), prefix="ex_overdue_")[0]
    confidential = random_spec(63, "ex_confidential", layout="A", marking="ticked", final=False, review="month",
                               n_points=3, letter_date=date(2025, 6, 3))
    scan_png = random_spec(303, "ex_scan_single", n_points=2, acknowledged=None, final=False, review="day",
                           letter_date=date(2023, 9, 18))
    scan_multi = random_spec(71, "ex_scan_multi", layout="B", n_points=4, final=True, letter_date=date(2022, 11, 8))
    text = random_spec(89, "ex_text", layout="C", txt_style="wrapped", letter_date=date(2021, 4, 26), final=False, review="day")
    return [
        *[(s, "digital.pdf", f"series {i}/3 about {s.resolutions[0].ident}: "
                             f"{'final report' if s.final else 'interim, next review ' + s.next_review}")
          for i, s in enumerate(series, 1)],
        (overdue, "digital.pdf", f"interim report; its next review ({overdue.next_review}) has passed with no later letter"),
        (confidential, "digital.pdf", "ticked '☒ vertraulich': confidential, kept out of the public export"),
        (scan_png, "scan.png", "a one-page scan as a PNG image (OCR)"),
        (scan_multi, "scan.pdf", "an image-only PDF of a two-page letter, as from an office scanner (OCR)"),
        (text, "txt", "plain text as a PDF-to-text tool prints it, with page furniture"),
    ]


def main() -> None:
    (EXAMPLES / "truth").mkdir(parents=True, exist_ok=True)
    rows = []
    for spec, variant, what in example_docs():
        pdf = render(spec, "digital.pdf")
        data = {"digital.pdf": pdf, "txt": render(spec, "txt"),
                "scan.pdf": scan_pdf(pdf, 1) if variant == "scan.pdf" else b"",
                "scan.png": scan_image(pdf, 2, "PNG") if variant == "scan.png" else b""}[variant]
        (EXAMPLES / f"{spec.id}.{variant}").write_bytes(data)
        (EXAMPLES / "truth" / f"{spec.id}.json").write_text(
            json.dumps(truth_of(spec), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append(f"| `{spec.id}.{variant}` | {spec.letter_date:%Y-%m-%d} | {what} |")
    readme = EXAMPLES / "README.md"
    readme.write_text(README.format(table="\n".join(rows)), encoding="utf-8")
    print(f"wrote {len(rows)} examples to {EXAMPLES}")


README = """# Example letters

Invented Beschlusskontrolle letters for the demo (`make run` ingests this folder). They are
made by `python -m tests.letters.examples` from the test-letter generator in `tests/letters/`;
`truth/<id>.json` holds the record each one must give (same layout as the scoring corpora).

| document | letter date | what it shows |
|---|---|---|
{table}

The series shows how the archive follows one resolution over time; the overdue letter shows a
review that was announced but never followed by a later letter.
"""


if __name__ == "__main__":
    main()
