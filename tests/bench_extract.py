"""Extraction speed on digital PDFs, per page, against pdfplumber's own `extract_words`
and pypdfium2's plain text, measured in the same run on the same files.

Target (issue 2): our whole extraction costs at most 1.3x pdfplumber's extract_words.
Our reading alone (`read_document`: pdfplumber's words and the page's drawings, with the
characters built directly, pipeline/pdfobjects.py) is printed too, so what the reader's own
stages add stays in view.
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3


def _pdfs() -> list[Path]:
    for folder in (ROOT / "tests" / "letters" / "golden", ROOT / "examples", ROOT.parent / "shared" / "corpus" / "dev"):
        found = sorted(p for p in folder.glob("*.pdf") if "scan" not in p.name) if folder.exists() else []
        if found:
            return found
    return []


def _per_page(fns: dict, files: list[Path], pages: int, repeat: int = 5) -> dict[str, float]:
    """Median time per page for each function over all files; the functions take turns in
    every round, so load from elsewhere on the machine falls on all of them alike."""
    rounds: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            started = time.perf_counter()
            for f in files:
                fn(f)
            rounds[name].append((time.perf_counter() - started) / pages)
    return {name: statistics.median(times) for name, times in rounds.items()}


def main() -> bool:
    import pdfplumber
    import pypdfium2

    from pipeline import extract
    from pipeline.nlp import nlp
    from pipeline.read import read_document

    files = _pdfs()
    if not files:
        print("no digital PDFs found to measure")
        return True
    pages = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            pages += len(pdf.pages)
    nlp()  # imports and the spaCy pipeline are paid once per process, not per file
    extract(files[0])

    def plumber_words(path: Path) -> None:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_words(x_tolerance=1.5)   # the same call pipeline.read makes: like for like

    def pdfium_text(path: Path) -> None:
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()

    times = _per_page({"ours": lambda p: extract(p, ocr="never"), "read": lambda p: read_document(p, ocr="never"),
                       "plumber": plumber_words, "pdfium": pdfium_text}, files, pages)
    ours, read, plumber, pdfium = times["ours"], times["read"], times["plumber"], times["pdfium"]
    ratio = ours / plumber
    print(f"{len(files)} digital PDFs, {pages} pages (median of 5 rounds)")
    print(f"  beschlussarchiv extract        {ours * 1000:8.1f} ms/page")
    print(f"    of which reading the PDF     {read * 1000:8.1f} ms/page  (the parse and provenance stages: {(ours - read) * 1000:.1f})")
    print(f"  pdfplumber extract_words       {plumber * 1000:8.1f} ms/page")
    print(f"  pypdfium2 get_text_range       {pdfium * 1000:8.1f} ms/page")
    print(f"  ratio extract / extract_words  {ratio:8.2f}x  (target <= {TARGET}x)  {'ok' if ratio <= TARGET else 'MISSED'}")
    print(f"  ratio extract / pypdfium2      {ours / pdfium:8.1f}x")
    return ratio <= TARGET
