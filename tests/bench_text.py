"""Long inputs: time grows linearly with the length of a text, memory stays flat over long PDFs.

Issue 10: a letter's text repeated to 2 / 5 / 10 MB took 10 / 59 / 232 s (quadratic). Target:
the time per MB at 10 MB within 1.5x the time per MB at 1 MB, measured in the same run, in one
process after the pipeline is loaded (so start-up is not spread over the megabytes). The text is
one of our own golden letters (tests/letters/golden), repeated.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

GOLDEN = Path(__file__).parent / "letters" / "golden" / "g01.txt"
RATIO = 1.5
PDF_PAGES = 1000
PDF_PEAK_MB = 1536     # issue 10: a 1,000-page PDF under 1.5 GB peak (it was 4.7-7.4 GB)


def _seconds(path: Path) -> float:
    from pipeline import extract

    started = time.perf_counter()
    extract(path)
    return time.perf_counter() - started


def main() -> bool:
    from pipeline import warm_up

    warm_up()
    letter = GOLDEN.read_bytes() + b"\n"
    per_mb = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (1, 10):
            path = Path(tmp) / f"letter-{mb}mb.txt"
            path.write_bytes(letter * (mb * 1024 * 1024 // len(letter)))
            per_mb[mb] = _seconds(path) / mb
            print(f"  {mb:2d} MB of text: {per_mb[mb] * mb:.1f} s ({per_mb[mb]:.2f} s per MB)", flush=True)
    ratio = per_mb[10] / per_mb[1]
    good = ratio <= RATIO
    print(f"  time per MB at 10 MB = {ratio:.2f}x that at 1 MB {'ok ' if good else 'SLOW'} <= {RATIO}x")
    return _long_pdf() and good


def _long_pdf() -> bool:
    """Peak memory of `beschlussarchiv extract` on a 1,000-page text PDF, in its own process."""
    import resource
    import subprocess
    import sys

    from tests.test_ingest import _long_text_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.pdf"
        _long_text_pdf(path, PDF_PAGES)
        command = Path(sys.executable).parent / "beschlussarchiv"
        started = time.perf_counter()
        subprocess.run([str(command), "extract", "--json", str(path)], capture_output=True, check=True)
        seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    good = peak_mb < PDF_PEAK_MB
    print(f"  a {PDF_PAGES}-page text PDF: {seconds:.1f} s, peak {peak_mb:.0f} MB "
          f"{'ok ' if good else 'BIG '} < {PDF_PEAK_MB} MB (reads the first 100 pages, warns about the rest)")
    return good


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
