"""OCR speed on scanned pages: our whole extraction against raw Tesseract, and 1 vs 2 workers.

For the same scanned pages in one run:
  ours   seconds per page of `pipeline.extract` (render, clean-up, OCR, geometry, parsing)
  raw    seconds per page of Tesseract alone (SetImage + GetUTF8Text) on the same rendered
         page images, with the same model, page segmentation and thread settings
  ratio  ours / raw; target at most 1.15 on one worker (issue 3)
  workers  the same extraction over all documents with 1 and with 2 worker processes;
         target: 2 workers at least 1.5x faster than 1

Ours and raw are measured alternately, document by document, so that a busy machine
slows both alike. The scans are the dev corpus's scanned PDFs when the shared corpus is
beside the repository, otherwise the committed fixture (tests/fixtures/ocr).
"""
from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.15
WORKER_TARGET = 1.5
ROUNDS = 2


def _scans() -> list[Path]:
    dev = ROOT.parent / "shared" / "corpus" / "dev"
    found = sorted(dev.glob("*.scan.pdf")) if dev.exists() else []
    return found[:4] or [ROOT / "tests" / "fixtures" / "ocr" / "letter_scan.pdf"]


def _rendered(path: Path) -> list:
    import pypdfium2 as pdfium

    from pipeline import ocr
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [ocr.render_pdf_page(pdf, i) for i in range(len(pdf))]
    finally:
        pdf.close()


def _extract(path: Path) -> int:
    from pipeline import extract
    return extract(path).source.pages


def _with_workers(files: list[Path], workers: int) -> float:
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_warm) as pool:
        pool.map(_sleep, range(workers))          # the workers are up and warm before timing
        started = time.perf_counter()
        pool.map(_extract, files, chunksize=1)
        return time.perf_counter() - started


def _warm() -> None:
    from pipeline import ocr
    from pipeline.letter import parse_letter  # noqa: F401  (imports paid before timing)
    ocr._api()


def _sleep(_: int) -> None:
    time.sleep(0.2)


def main() -> bool:
    from tesserocr import OEM, PyTessBaseAPI

    from pipeline import ocr

    load = os.getloadavg()[0]       # before any of our own work
    files = _scans()
    images = {f: _rendered(f) for f in files}
    pages = sum(len(v) for v in images.values())
    raw_api = PyTessBaseAPI(path=ocr.tessdata_dir() + os.sep, lang="deu", psm=ocr.SETTINGS.psm, oem=OEM.LSTM_ONLY)
    _warm()
    _extract(files[0])   # imports, models and caches are paid once per process, not per page

    ours = raw = 0.0
    for _ in range(ROUNDS):
        for f in files:
            started = time.perf_counter()
            _extract(f)
            ours += time.perf_counter() - started
            started = time.perf_counter()
            for image in images[f]:
                raw_api.SetImage(image)
                raw_api.GetUTF8Text()
            raw += time.perf_counter() - started
    raw_api.End()
    ours /= ROUNDS * pages
    raw /= ROUNDS * pages
    ratio = ours / raw
    print(f"scanned pages: {pages} in {len(files)} documents, {ocr.SETTINGS.dpi} dpi, psm {ocr.SETTINGS.psm}, "
          f"model {ocr.tessdata_dir()}/deu.traineddata, {ROUNDS} rounds")
    print(f"ours (full extract)      {ours:6.2f} s/page")
    print(f"raw Tesseract            {raw:6.2f} s/page")
    print(f"ratio ours/raw           {ratio:6.2f}x   (target <= {RATIO_TARGET})")

    work = files * 2
    one = _with_workers(work, 1)
    two = _with_workers(work, 2)
    speedup = one / two
    print(f"1 worker                 {one / (2 * pages):6.2f} s/page")
    print(f"2 workers                {two / (2 * pages):6.2f} s/page")
    print(f"speed-up with 2 workers  {speedup:6.2f}x   (target >= {WORKER_TARGET}; {os.cpu_count()} CPUs)")
    if load > 0.5:
        print(f"note: the machine's load average was {load:.1f} before this run ({os.cpu_count()} CPUs): other work "
              "competes with the second worker, and the speed-up reads low")
    ok = ratio <= RATIO_TARGET and speedup >= WORKER_TARGET
    if not ok:
        print("target missed")
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
