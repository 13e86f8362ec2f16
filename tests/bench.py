"""`make bench`: every benchmark module tests/bench_*.py, each printing its own figures.

Each module has `main() -> bool` (False when a target is missed); the run exits 1 then.
Timings are reported as ratios against a baseline measured in the same run.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    selected = sys.argv[1:]
    ok = True
    for name in names:
        if selected and name.removeprefix("bench_") not in selected:
            continue
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"tests.{name}")
        ok = module.main() and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
