"""Stamps: ink on a scanned page that OCR did not read, found and read again.

A confidentiality marking is often a stamp: boxed, turned, faint red, put anywhere on the page
(over the letterhead, after the signature, on page 2). Tesseract reads the page's printed lines
and often drops such a stamp entirely, and a page that shows no marking is then no evidence that
there was none. So, per page:

    patches(grey, words)   boxes of ink that no recognised word covers, big in both directions
                           and inked inside (a frame whose text was read is empty inside; a
                           rule or underline is one cell high)
    read_stamp(grey, box)  the patch cut out, made black on white and read again as one block
                           (a frame confuses Tesseract's page layout), turned by 0, ±15 and ±30
                           degrees and, unless one of these readings is a marking or a dated
                           registry stamp, with its frame taken out, then by the angle that
                           sets its lines level: every reading, for the marking rules to judge

The caller keeps the readings (the letter stage looks for markings in them) and, for a patch
in the top part of the first page that does not read as a dated registry stamp ("Eingegangen
12. OKT. 2023"), says the page's confidentiality cannot be known.
"""
from __future__ import annotations

import re

import numpy as np

from pipeline.dates import find_dates
from pipeline.lexicon import RECEIPT
from pipeline.marking import is_marking

CELLS_ACROSS = 60                  # grid cells across the page: about 3.5 mm each on A4
PATCH_WIDE, PATCH_HIGH = 4, 3      # cells: about 1.4 x 1 cm at least
FILLED = 0.3                       # share of the patch's inner cells with unread ink
ANGLES = (0, 15, -15, 30, -30)


def patches(grey, words) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, y0, x1, y1) of unread ink patches; `words` have .box in the same pixels."""
    cell = max(grey.width // CELLS_ACROSS, 4)
    page = np.asarray(grey, dtype=np.int16)
    # clearly darker than the paper (its level: the median of every fourth pixel each way): a faint stamp too
    ink = page < np.median(page[::4, ::4]) - 50
    pad = max(2, grey.height // 200)
    for w in words:
        x0, y0, x1, y1 = w.box
        ink[max(0, y0 - pad):y1 + pad, max(0, x0 - pad):x1 + pad] = False
    rows, cols = grey.height // cell, grey.width // cell
    if not rows or not cols:
        return []
    grid = ink[:rows * cell, :cols * cell].reshape(rows, cell, cols, cell).mean(axis=(1, 3)) > 0.03
    return [(x0 * cell, y0 * cell, (x1 + 1) * cell, (y1 + 1) * cell) for x0, y0, x1, y1 in _filled_patches(grid)]


def _filled_patches(grid) -> list[tuple[int, int, int, int]]:
    """Cell boxes of the 4-connected patches that are big in both directions and inked inside."""
    seen: set[tuple[int, int]] = set()
    rows, cols = grid.shape
    found = []
    for r, c in zip(*np.nonzero(grid)):
        if (r, c) in seen:
            continue
        stack, cells = [(r, c)], []
        seen.add((r, c))
        while stack:
            y, x = stack.pop()
            cells.append((y, x))
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and grid[ny, nx] and (ny, nx) not in seen:
                    seen.add((ny, nx))
                    stack.append((ny, nx))
        ys, xs = [y for y, _ in cells], [x for _, x in cells]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if x1 - x0 + 1 < PATCH_WIDE or y1 - y0 + 1 < PATCH_HIGH:
            continue
        inner = grid[y0 + 1:y1, x0 + 1:x1]
        if inner.size and inner.mean() >= FILLED:
            found.append((int(x0), int(y0), int(x1), int(y1)))
    return found


def read_stamp(grey, box: tuple[int, int, int, int], read_block) -> list[str]:
    """What the patch says, read as one block of text at each angle (empty readings left out)."""
    from PIL import Image

    x0, y0, x1, y1 = box
    margin = (y1 - y0) // 4
    crop = grey.crop((max(0, x0 - margin), max(0, y0 - margin), min(grey.width, x1 + margin),
                      min(grey.height, y1 + margin)))
    pixels = np.asarray(crop, dtype=np.int16)
    ink = pixels < np.median(pixels) - 50
    clean = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))
    readings = []
    for angle in ANGLES:
        turned = clean.rotate(angle, expand=True, fillcolor=255) if angle else clean
        text = read_block(turned).strip()
        if text:
            readings.append(text)
    if any(is_marking(text) or registry_stamp(text) for text in readings):
        return readings     # it says what it is: the level reading (a costly search over angles) adds nothing
    unframed = _without_rules(clean)
    if unframed is not None:    # Tesseract reads a framed block as a picture: nothing at all, however clean the words
        text = read_block(unframed).strip()
        if text:
            readings.append(text)
            if is_marking(text) or registry_stamp(text):
                return readings
    upright = _upright_angle(clean)
    if upright not in ANGLES:
        text = read_block(clean.rotate(upright, expand=True, fillcolor=255)).strip()
        if text:
            readings.append(text)
    return readings


def _without_rules(clean):
    """The stamp with its frame taken out, or None when it has none: ink runs far longer than a
    letter is wide (a sixth of the patch across) or high (half of it down) are rules. A frame
    tilted by a degree or two still leaves such runs, its lines being a few pixels thick."""
    from PIL import Image

    ink = np.asarray(clean) < 128
    rules = _long_runs(ink, ink.shape[1] // 6) | _long_runs(ink.T, ink.shape[0] // 2).T
    if not rules.any():
        return None
    return Image.fromarray(np.where(ink & ~rules, 0, 255).astype(np.uint8))


def _long_runs(ink, least: int):
    """The pixels of each row's runs of ink at least `least` long."""
    out = np.zeros_like(ink)
    edges = np.diff(np.pad(ink.astype(np.int8), ((0, 0), (1, 1))), axis=1)
    for row, start in zip(*np.nonzero(edges == 1)):
        end = start + int(np.argmax(edges[row, start + 1:] == -1)) + 1
        if end - start >= least:
            out[row, start:end] = True
    return out


def _upright_angle(clean) -> int:
    """The turn (whole degrees, within ±30) that sets the stamp's frame and lines level: the one
    whose rows of ink are sharpest (the largest sum of squared row counts). Tesseract reads a
    framed stamp tilted by a few degrees as nothing at all ("VERTRAULICH" at 4-6 degrees only)."""
    from PIL import Image

    small = clean.reduce(2) if min(clean.size) > 200 else clean     # half size: the same angle, a quarter of the work
    best, best_score = 0, -1.0
    for angle in range(-30, 31):
        turned = small.rotate(angle, expand=True, fillcolor=255, resample=Image.Resampling.NEAREST)
        rows = (np.asarray(turned) < 128).sum(axis=1).astype(np.float64)
        score = float((rows ** 2).sum())
        if score > best_score:
            best, best_score = angle, score
    return best


def registry_stamp(reading: str) -> bool:
    """A stamp read well enough to say what it is: a registry or received stamp carries a full
    date and words ("Eingegangen 12. OKT. 2023 Büro des Stadtrates"). Such a stamp is evidence,
    not unread ink; a marking read from it still counts, since every reading goes to the
    marking rules."""
    words = re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", reading)
    return bool(words) and any(len(d.value) == 10 for d in find_dates(reading))


def names_receipt(reading: str) -> bool:
    """A reading that names a registry stamp's receipt ("EINGANG", "Eingegangen", "Posteingang")."""
    return bool(re.search(rf"\b{RECEIPT}\b", reading, re.I))
