"""A ruled table's lines taken out of a page image before OCR.

Tesseract's page layout reads a ruled table poorly: a heading row boxed by rules is lost, a
number alone in its cell is dropped, and a rule beside a word is read as "|". With the rules
erased the same page reads row by row, and `pipeline.tables` places the words by their boxes.

Only pages that hold a table are changed: at least three long vertical rules side by side (a
stamp's frame has two, a checkbox's sides are short). Inside the table's extent every thin straight
run of ink longer than a rule's minimum is erased, with its blurred edge; text has no strokes that
long, and a shaded cell's fill is too thick to be a rule. The checkbox and stamp readers still see
the page as scanned (`pipeline.ocr` hands them the original image).
"""
from __future__ import annotations

import numpy as np

MIN_RULE = 120            # pixels at 300 dpi (1 cm): the shortest horizontal run of ink taken for a rule
MIN_UPRIGHT = 60          # the same for a vertical one: a page turned by a degree breaks a rule's column into runs
                          # this long (text's tallest strokes, 12 pt capitals, are about 35)
TABLE_RULE = 300          # pixels of a vertical rule's extent for it to count as a table's column rule
MIN_COLUMN_RULES = 3      # a table's column rules at least (its two borders and one between columns)
INK = 128                 # grey values below this are ink (a cell's shade, about 200, is not)
EDGE = 3                  # pixels of a rule's blurred edge erased with it (a rule printed grey is lighter there)
MARGIN = 20               # pixels: ink this close to the image's edge is the scan's border, no table's rule
THICK = 8                 # pixels: a run of ink thicker than twice this across is a fill, no rule
BREAK = 80                # pixels: a gap this tall breaks a vertical rule (a table's rules run on through its rows)
SKEW = 20                 # pixels a rule across the table rises or falls from end to end (a page turned by a degree)
ACROSS = 0.6              # of the table's width: how much of it a rule across spans
TALL_ROW = 110            # pixels: a row at least this tall (two lines of text) holds a point and its answer
_SAME_RULE = 12           # pixels: vertical runs this close across belong to one (slightly skewed) rule


def _runs(ink, length: int):
    """The pixels of `ink` (rows x columns, bool) lying on a horizontal run of ink at least `length` long."""
    rows, n = ink.shape
    if n < length:
        return np.zeros_like(ink)
    sums = np.zeros((rows, n + 1), dtype=np.int32)
    np.cumsum(ink, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length      # the window starting at x is all ink
    starts = np.zeros((rows, n + 1), dtype=np.int32)
    np.cumsum(np.pad(full, ((0, 0), (0, length - 1))), axis=1, out=starts[:, 1:])
    # pixel x lies on a run when a full window starts in (x - length, x]
    before = np.concatenate([np.zeros((rows, length), dtype=np.int32), starts[:, 1:n + 1 - length]], axis=1)
    return (starts[:, 1:] - before) > 0


def _column_rules(ink) -> list[tuple[int, int, int, int]]:
    """(left, right, top, bottom) of each long vertical rule: runs of ink whose columns lie together.
    Found on every other row (half the work; a rule loses nothing by it)."""
    vertical = _runs(ink[::2].T, MIN_UPRIGHT // 2).T
    cols = np.flatnonzero(vertical.any(axis=0))
    rules: list[list[int]] = []
    for x in cols:
        if rules and x - rules[-1][1] <= _SAME_RULE:
            rules[-1][1] = int(x)
        else:
            rules.append([int(x), int(x)])
    found = []
    for left, right in rules:
        ys = np.flatnonzero(vertical[:, left:right + 1].any(axis=1))
        # its longest unbroken stretch: a stamp's frame above the table, in line with a column rule, is no part of it
        breaks = np.flatnonzero(np.diff(ys) > BREAK // 2)
        starts, ends = np.concatenate(([0], breaks + 1)), np.concatenate((breaks, [len(ys) - 1]))
        k = int(np.argmax(ys[ends] - ys[starts]))
        top, bottom = int(ys[starts[k]]), int(ys[ends[k]])
        if 2 * (bottom - top) >= TABLE_RULE and left > MARGIN and right < ink.shape[1] - MARGIN:
            found.append((left, right, 2 * top, 2 * bottom + 1))
    return found


def _thin(mask, axis: int):
    """The runs of `mask` no thicker across `axis` than a rule: a shaded cell's fill is kept (its text
    would go with it)."""
    thick = mask.copy()
    for shift in (THICK, -THICK):
        thick &= np.roll(mask, shift, axis=axis)
    return mask & ~_grown(thick, THICK)


def _grown(mask, by: int = EDGE):
    """The mask grown by `by` pixels each way (by default a rule's blurred edge)."""
    grown = mask.copy()
    for shift in range(1, by + 1):
        grown[shift:, :] |= mask[:-shift, :]
        grown[:-shift, :] |= mask[shift:, :]
        grown[:, shift:] |= mask[:, :-shift]
        grown[:, :-shift] |= mask[:, shift:]
    return grown


def _row_rules(horizontal) -> list[int]:
    """The height of each rule across the table: where, within a page's skew, horizontal runs cover most of
    its width."""
    height, width = horizontal.shape
    sums = np.zeros((height + 1, width), dtype=np.int32)
    np.cumsum(horizontal, axis=0, out=sums[1:])
    low, high = np.clip(np.arange(height) - SKEW, 0, height), np.clip(np.arange(height) + SKEW + 1, 0, height)
    covered = ((sums[high] - sums[low]) > 0).sum(axis=1) >= ACROSS * width
    ys = np.flatnonzero(covered)
    runs: list[list[int]] = []
    for y in ys:
        if runs and y - runs[-1][1] <= 1:
            runs[-1][1] = int(y)
        else:
            runs.append([int(y), int(y)])
    return [(a + b) // 2 for a, b in runs]


def _parts(rules: list[tuple[int, int, int, int]], rows: list[int]) -> list[tuple[int, int, int, list[int]]]:
    """The table's parts, top to bottom: consecutive rows crossed by the same inner column rules (a form's
    label | value box above a table of points is a part of its own). (top, bottom, columns, row heights)."""
    outer = {min(r[0] for r in rules), max(r[0] for r in rules)}
    parts: list[tuple[int, int, int, list[int]]] = []
    last = None
    for top, bottom in zip(rows, rows[1:]):
        inner = tuple(r[0] for r in rules if r[0] not in outer and r[2] <= top + 2 * SKEW and r[3] >= bottom - 2 * SKEW)
        if parts and inner == last:
            first, _, columns, heights = parts[-1]
            parts[-1] = (first, bottom, columns, heights + [bottom - top])
        else:
            parts.append((top, bottom, len(inner) + 1, [bottom - top]))
        last = inner
    return parts


def _points_table(columns: int, heights: list[int]) -> bool:
    """A table of points and answers, not a form's label | value box: three columns or more, or rows of
    several lines."""
    return columns >= 3 or sorted(heights)[len(heights) // 2] >= TALL_ROW


def without_table_rules(image):
    """A copy of the greyscale page image with its table's rules erased, or None when it holds no ruled table."""
    from PIL import Image

    pixels = np.asarray(image)
    ink = pixels < INK
    rules = _column_rules(ink)
    if len(rules) < MIN_COLUMN_RULES:
        return None
    left, right = min(r[0] for r in rules), max(r[1] for r in rules)
    top, bottom = min(r[2] for r in rules), max(r[3] for r in rules)
    # the table's extent, its outer rules included (a skewed border leans out by a few pixels)
    y0, y1 = max(0, top - _SAME_RULE), min(ink.shape[0], bottom + _SAME_RULE + 1)
    x0, x1 = max(0, left - _SAME_RULE), min(ink.shape[1], right + _SAME_RULE + 1)
    inside = ink[y0:y1, x0:x1]
    horizontal = _thin(_runs(inside, MIN_RULE), 0)
    rule = _grown(horizontal | _thin(_runs(inside.T, MIN_UPRIGHT).T, 1))
    rows = [y0 + y for y in _row_rules(horizontal)]
    parts = _parts(rules, rows) if len(rows) >= 2 else [(top, bottom, len(rules) - 1, [bottom - top])]
    keep = np.ones(rule.shape[0], dtype=bool)       # rows of the table whose rules stay
    for first, last, columns, heights in parts:
        if _points_table(columns, heights):
            keep[max(0, first - y0 - SKEW):max(0, last - y0 + SKEW + 1)] = False
    if keep.all():
        return None
    rule[keep] = False
    cleaned = pixels.copy()
    cleaned[y0:y1, x0:x1][rule] = 255
    return Image.fromarray(cleaned)
