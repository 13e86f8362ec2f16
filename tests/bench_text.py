"""Time grows linearly with the length of a text: a letter repeated to 1 MB and to 10 MB.

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
    return good


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
