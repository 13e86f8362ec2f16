"""The form checkbox before `vertraulich`: ticked or not, from pixels or vector graphics.

Contract: a ticked box before `vertraulich` makes a letter confidential, an empty one does
not, and when no box can be seen the text stage decides (the label alone says nothing).
Glyph boxes (☐ ☒) in a text layer need nothing from here; this module covers scans (the
box is pixels, which OCR reads as `D`, `O`, `[]` or not at all) and digital PDFs that draw
the box as a rectangle with or without a cross.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

LABEL = "vertraulich"
# OCR may glue the box to the word: `Overtraulich`, `Dvertraulich`, `[]vertraulich`.
_LABEL_WORD = re.compile(r"^\W*(?:[DO0QXx□☐☒]|\[\]|\[X\])?vertraul[il1|]ch\W*$", re.I)


def is_label(text: str) -> bool:
    return bool(_LABEL_WORD.match(text))


def glued_prefix(text: str) -> int:
    """How many characters before `vertraul` belong to a box that OCR glued to the word."""
    at = text.lower().find("vertraul")
    return at if at > 0 and any(ch.isalnum() or ch in "□☐☒[]" for ch in text[:at]) else 0


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float
    ticked: bool


# ---------------------------------------------------------------------------------------
# Pixels (scans)

def _otsu(values) -> float:
    import numpy as np
    hist = np.bincount(values.ravel(), minlength=256).astype(float)
    total = hist.sum()
    if total == 0:
        return 128.0
    p = hist / total
    omega = np.cumsum(p)
    mu = np.cumsum(p * np.arange(256))
    between = (mu[-1] * omega - mu) ** 2 / (omega * (1 - omega) + 1e-12)
    return float(np.argmax(between))


def _components(dark) -> list[tuple[int, int, int, int, int]]:
    """Connected dark regions (8-neighbourhood) as (x0, y0, x1, y1, pixels), x1/y1 exclusive."""
    import numpy as np
    height, width = dark.shape
    seen = np.zeros_like(dark, dtype=bool)
    found = []
    ys, xs = np.nonzero(dark)
    for y, x in zip(ys.tolist(), xs.tolist()):
        if seen[y, x]:
            continue
        seen[y, x] = True
        stack = [(y, x)]
        x0 = x1 = x
        y0 = y1 = y
        count = 0
        while stack:
            cy, cx = stack.pop()
            count += 1
            x0, x1, y0, y1 = min(x0, cx), max(x1, cx), min(y0, cy), max(y1, cy)
            for ny in (cy - 1, cy, cy + 1):
                if 0 <= ny < height:
                    for nx in (cx - 1, cx, cx + 1):
                        if 0 <= nx < width and dark[ny, nx] and not seen[ny, nx]:
                            seen[ny, nx] = True
                            stack.append((ny, nx))
        found.append((x0, y0, x1 + 1, y1 + 1, count))
    return found


def from_pixels(image, label: tuple[float, float, float, float], free_left: float | None = None) -> Box | None:
    """The box left of a label word in a greyscale page image (pixel coordinates), or None.

    A box is a near-square dark frame about as tall as the label's capitals, within a few
    letter heights to the label's left; it is ticked when its inside is more than a little
    dark (a cross, a tick, a fill), and empty when the inside is clean. `free_left`: where the
    nearest word left of the label ends; up to there, a form's label column may hold the box
    (about seven letter heights away: "☒" under "An:", "vertraulich" in the value column).
    """
    import numpy as np
    x0, top, x1, bottom = label
    h = max(bottom - top, 4.0)
    reach = 4 * h if free_left is None else max(4 * h, min(8 * h, x0 - free_left - 0.2 * h))
    left, right = int(max(0, x0 - reach)), int(max(0, x0 - 0.1 * h))
    upper, lower = int(max(0, top - 0.6 * h)), int(min(image.height, bottom + 0.6 * h))
    if right - left < 4 or lower - upper < 4:
        return None
    crop = np.asarray(image.crop((left, upper, right, lower)).convert("L"))
    threshold = min(_otsu(crop), 160.0)
    dark = crop <= threshold       # Otsu: classes [0, t] and (t, 255]
    best = None
    for cx0, cy0, cx1, cy1, count in _components(dark):
        w, hh = cx1 - cx0, cy1 - cy0
        if not (0.5 * h <= w <= 2.0 * h and 0.5 * h <= hh <= 2.0 * h and 0.7 <= w / hh <= 1.4):
            continue
        frame = _frame_share(dark[cy0:cy1, cx0:cx1])
        if frame < 0.6:
            continue   # a letter such as D or O, not a drawn box
        if best is None or cx1 > best[2]:   # the box nearest to the label
            best = (cx0, cy0, cx1, cy1)
    if best is None:
        return None
    bx0, by0, bx1, by1 = best
    inner = dark[by0:by1, bx0:bx1]
    mh, mw = max(1, round(inner.shape[0] * 0.22)), max(1, round(inner.shape[1] * 0.22))
    inside = inner[mh:-mh, mw:-mw]
    ink = float(inside.mean()) if inside.size else 0.0
    return Box(left + bx0, upper + by0, left + bx1, upper + by1, ticked=ink > 0.06)


def _frame_share(region) -> float:
    """How much of a component's outline (its four edges, a few pixels thick) is dark."""
    import numpy as np
    h, w = region.shape
    t = max(1, round(min(h, w) * 0.15))
    edges = [region[:t, :].any(axis=0), region[-t:, :].any(axis=0),
             region[:, :t].any(axis=1), region[:, -t:].any(axis=1)]
    return float(min(np.mean(e) for e in edges))


# ---------------------------------------------------------------------------------------
# Vector graphics (digital PDFs)

def from_vectors(label: tuple[float, float, float, float], rects: list[dict], segments: list[dict],
                 chars: list[dict]) -> Box | None:
    """The box left of a label from pdfplumber objects (rects, lines/curves, chars), or None.

    Ticked when the rectangle is filled dark, or lines or a cross glyph (X, x, ✓, ✗) lie inside it.
    """
    x0, top, x1, bottom = label
    h = max(bottom - top, 1.0)
    best = None
    for rect in rects:
        w, hh = rect["x1"] - rect["x0"], rect["bottom"] - rect["top"]
        if not (0.3 * h <= w <= 2.0 * h and 0.3 * h <= hh <= 2.0 * h and 0.7 <= w / max(hh, 0.01) <= 1.4):
            continue
        if not (x0 - 4 * h <= rect["x1"] <= x0 + 0.2 * h):
            continue
        centre = (rect["top"] + rect["bottom"]) / 2
        if not (top - 0.3 * h <= centre <= bottom + 0.3 * h):
            continue
        if best is None or rect["x1"] > best["x1"]:
            best = rect
    if best is None:
        return None
    bx0, btop, bx1, bbottom = best["x0"], best["top"], best["x1"], best["bottom"]

    def inside(obj: dict) -> bool:
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return bx0 < cx < bx1 and btop < cy < bbottom

    filled = bool(best.get("fill")) and _is_dark(best.get("non_stroking_color"))
    crossed = any(inside(seg) and seg is not best for seg in segments)
    marked = any(inside(ch) and ch.get("text", "").strip() in {"X", "x", "✓", "✔", "✗", "✘", "×"} for ch in chars)
    return Box(bx0, btop, bx1, bbottom, ticked=filled or crossed or marked)


def _is_dark(color) -> bool:
    if color is None:
        return True          # the PDF default fill colour is black
    if isinstance(color, (int, float)):
        values = [float(color)]
    else:
        values = [float(c) for c in color if isinstance(c, (int, float))]
    if not values:
        return True
    if len(values) == 4:     # CMYK
        c, m, y, k = values
        return (1 - k) * (1 - max(c, m, y)) < 0.5
    return sum(values) / len(values) < 0.5
