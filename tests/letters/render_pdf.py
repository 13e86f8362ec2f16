"""Composition -> digital PDF (reportlab): a letter with a real text layer.

Geometry as in municipal letters: the letterhead column at the right (city, unit, reference,
date or date stamp), the recipient block at the left, the body below in justified paragraphs
with hyphenated line ends; multi-page letters get a running header, page numbers and a footer.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tests.letters.compose import Block, Composition, Head
from tests.letters.typeset import break_lines

W, H = A4
LEFT, RIGHT = 70.0, 525.0
COLUMN = 360.0                  # x of the letterhead column
BOTTOM = 115.0
TOP_NEXT = 770.0
BODY_TOP = {"A": 600.0, "B": 590.0, "C": 615.0}
SIZE, LEADING = 10.0, 13.5
STAMP_BLUE = Color(0.13, 0.25, 0.65)

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
FAMILIES = {
    "sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
}
FALLBACK = ("Vera", "VeraBd", "VeraIt")   # shipped with reportlab; no checkbox glyphs


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    has_boxes: bool

    def of(self, style: str) -> str:
        return {"bold": self.bold, "italic": self.italic}.get(style, self.regular)


def fonts(family: str) -> Fonts:
    """Register the family's TrueType fonts once (DejaVu when installed, else reportlab's Vera)."""
    names = FAMILIES[family]
    for folder in FONT_DIRS:
        if all((folder / f"{n}.ttf").exists() for n in names):
            for n in names:
                if n not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(n, str(folder / f"{n}.ttf")))
            return Fonts(*names, has_boxes=True)
    for n in FALLBACK:
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, f"{n}.ttf"))
    return Fonts(*FALLBACK, has_boxes=False)


@dataclass
class Line:
    text: str
    x: float
    font: str
    justify_to: float | None = None   # right edge when the line is justified


def render_pdf(comp: Composition) -> bytes:
    f = fonts(comp.family)
    pages = _paginate(comp, f)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Beschlusskontrolle")
    c.setAuthor(comp.head.city)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        if i == 1:
            _draw_head(c, comp.head, f)
        else:
            _draw_running_header(c, comp, f, i, n)
        for y, line, signature in page:
            if signature:
                _scribble(c, line.x + 5, y - 4, i)
                continue
            _draw_line(c, line, y)
        _draw_footer(c, comp, f, i, n)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- body -----------------------------------------------------------------------------------

def _measure(b: Block, f: Fonts) -> list[Line]:
    font = f.of(b.style)
    width = lambda s: pdfmetrics.stringWidth(s, font, SIZE)  # noqa: E731
    indent = 0.0
    if b.label:
        indent = max(22.0, pdfmetrics.stringWidth(b.label, font, SIZE) + 8)
    texts = break_lines(b.text, width, RIGHT - LEFT - indent, hyphenate=b.justify)
    lines = []
    for k, t in enumerate(texts):
        last = k == len(texts) - 1
        lines.append(Line(t, LEFT + indent, font, RIGHT if b.justify and not last else None))
    if b.label:
        lines.insert(0, Line(b.label, LEFT, font))     # drawn at the same y as the first text line
    return lines


def _paginate(comp: Composition, f: Fonts) -> list[list[tuple[float, Line, bool]]]:
    """Place the body blocks on pages; returns per page (y, line, is_signature_space)."""
    measured = [(_measure(b, f), b) for b in comp.body]
    pages: list[list[tuple[float, Line, bool]]] = [[]]
    y = BODY_TOP[comp.head.layout]
    for idx, (lines, b) in enumerate(measured):
        text_lines = [ln for ln in lines if not (b.label and ln is lines[0])]
        need = (b.gap * LEADING if pages[-1] else 0) + len(text_lines) * LEADING + b.space_after_lines * LEADING
        if b.keep_next and idx + 1 < len(measured):
            nxt_lines, nxt = measured[idx + 1]
            need += nxt.gap * LEADING + min(2, len(nxt_lines)) * LEADING
        if y - need < BOTTOM and pages[-1] and (len(text_lines) <= 3 or b.keep_next):
            pages.append([])
            y = TOP_NEXT
        if pages[-1]:
            y -= b.gap * LEADING
        if b.label:
            pages[-1].append((y, lines[0], False))
        for ln in text_lines:
            if y < BOTTOM:                  # a long paragraph continues on the next page
                pages.append([])
                y = TOP_NEXT
            pages[-1].append((y, ln, False))
            y -= LEADING
        if b.space_after_lines:
            pages[-1].append((y - LEADING * 0.5, Line("", LEFT, f.regular), True))
            y -= b.space_after_lines * LEADING
    return pages


def _draw_line(c: Canvas, line: Line, y: float) -> None:
    c.setFont(line.font, SIZE)
    words = line.text.split(" ")
    if line.justify_to is None or len(words) < 2:
        c.drawString(line.x, y, line.text)
        return
    widths = [pdfmetrics.stringWidth(w, line.font, SIZE) for w in words]
    gap = (line.justify_to - line.x - sum(widths)) / (len(words) - 1)
    x = line.x
    for w, wd in zip(words, widths):
        c.drawString(x, y, w)
        x += wd + gap


def _scribble(c: Canvas, x: float, y: float, seed: int) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.15, 0.45))
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(x, y)
    p.curveTo(x + 15, y + 28, x + 22, y - 6, x + 34, y + 14 + seed % 3)
    p.curveTo(x + 44, y + 30, x + 52, y - 4, x + 70, y + 8)
    p.curveTo(x + 82, y + 16, x + 90, y + 2, x + 105, y + 6)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


# --- head, running header, footer --------------------------------------------------------------

def _checkbox(c: Canvas, x: float, y: float, ticked: bool, f: Fonts) -> float:
    """Draw '☐ vertraulich' / '☒ vertraulich'; returns the x after the box."""
    if f.has_boxes:
        c.setFont(f.regular, SIZE)
        c.drawString(x, y, "☒" if ticked else "☐")
    else:
        c.rect(x, y - 1, 8, 8)
        if ticked:
            c.line(x, y - 1, x + 8, y + 7)
            c.line(x, y + 7, x + 8, y - 1)
    return x + 13


def _draw_marking(c: Canvas, h: Head, f: Fonts, x: float, y: float) -> None:
    if h.marking in ("unticked", "ticked", "nicht_oeffentlich"):
        x2 = _checkbox(c, x, y, h.marking == "ticked", f)
        c.setFont(f.regular, SIZE)
        c.drawString(x2, y, "vertraulich")
    elif h.marking == "label_only":
        c.setFont(f.regular, SIZE)
        c.drawString(x, y, "vertraulich")
    if h.marking in ("nicht_oeffentlich", "vertraulich"):
        c.setFont(f.bold, 11)
        c.drawString(COLUMN if h.layout == "A" else LEFT, 815,
                     "nicht öffentlich" if h.marking == "nicht_oeffentlich" else "VERTRAULICH")


def _draw_stamp(c: Canvas, x: float, y: float, text: str) -> None:
    c.saveState()
    c.setFillColor(STAMP_BLUE)
    c.setStrokeColor(STAMP_BLUE)
    c.setFont("Courier-Bold", 11)
    w = pdfmetrics.stringWidth(text, "Courier-Bold", 11)
    c.rect(x - 4, y - 5, w + 8, 17, stroke=1, fill=0)
    c.drawString(x, y, text)
    c.restoreState()


def _draw_head(c: Canvas, h: Head, f: Fonts) -> None:
    if h.layout == "A":
        c.setFont(f.bold, 13)
        c.drawString(COLUMN, 790, h.city)
        c.setFont(f.regular, 8.5)
        y = 775
        for line in h.department:
            c.drawString(COLUMN, y, line)
            y -= 11
        c.setFont(f.regular, 8.5)
        c.drawString(COLUMN, y - 8, f"{h.file_label} {h.file_number}")
        c.drawString(COLUMN, y - 30, h.date_label)
        dx = COLUMN + pdfmetrics.stringWidth(h.date_label, f.regular, 8.5) + 8
        if h.stamp:
            _draw_stamp(c, dx, y - 30, h.date_text)
        else:
            c.drawString(dx, y - 30, h.date_text)
        _draw_marking(c, h, f, LEFT, 765)
        _draw_lines(c, f.regular, 10, LEFT, 742, h.recipients, 12)
    elif h.layout == "B":
        _draw_marking(c, h, f, LEFT, 765)
        c.setFont(f.bold, 14)
        c.drawString(COLUMN, 800, h.city)
        _draw_lines(c, f.regular, 10, COLUMN, 785, h.department, 12)
        c.setFont(f.regular, 6.5)
        c.drawString(LEFT, 742, h.return_address)
        c.line(LEFT, 739, LEFT + pdfmetrics.stringWidth(h.return_address, f.regular, 6.5), 739)
        _draw_lines(c, f.regular, 10, LEFT, 722, h.recipients, 12)
        y = 722
        for label, value in h.info_rows:
            c.setFont(f.regular, 8.5)
            c.drawString(COLUMN, y, label)
            if label == "Datum" and h.stamp:
                y -= 6
                _draw_stamp(c, COLUMN + 75, y, value)
            else:
                c.drawString(COLUMN + 75, y, value)
            y -= 12
    else:
        _draw_marking(c, h, f, LEFT, 765)
        c.setFont(f.bold, 15)
        c.drawCentredString(W / 2, 795, h.city)
        c.setFont(f.regular, 10)
        y = 781
        for line in h.department:
            c.drawCentredString(W / 2, y, line)
            y -= 12
        c.line(LEFT, y - 2, RIGHT, y - 2)
        _draw_lines(c, f.regular, 10, LEFT, 722, h.recipients, 12)
        c.setFont(f.regular, 10)
        if h.stamp:
            _draw_stamp(c, RIGHT - pdfmetrics.stringWidth(h.date_text, "Courier-Bold", 11), 722, h.date_text)
        else:
            c.drawRightString(RIGHT, 722, h.date_text)


def _draw_lines(c: Canvas, font: str, size: float, x: float, y: float, lines, step: float) -> None:
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= step


def _draw_running_header(c: Canvas, comp: Composition, f: Fonts, i: int, n: int) -> None:
    c.setFont(f.regular, 8.5)
    if comp.running_header:
        c.drawString(LEFT, 805, comp.running_header)
        if comp.head.layout == "B":
            c.drawRightString(RIGHT, 805, f"Seite {i} von {n}")
        c.line(LEFT, 799, RIGHT, 799)
    else:
        c.drawCentredString(W / 2, 805, f"- {i} -")


def _draw_footer(c: Canvas, comp: Composition, f: Fonts, i: int, n: int) -> None:
    layout = comp.head.layout
    if n > 1 and layout == "A":
        c.setFont(f.regular, 8.5)
        c.drawRightString(RIGHT, 92, f"Seite {i} von {n}")
    if i > 1 and layout != "B":
        return
    c.setLineWidth(0.5)
    c.line(LEFT, 75, RIGHT, 75)
    c.setFont(f.regular, 6.5)
    y = 64
    for line in comp.footer:
        if layout == "C":
            c.drawCentredString(W / 2, y, line)
        else:
            c.drawString(LEFT, y, line)
        y -= 9
    if layout == "B" and n > 1:
        c.drawRightString(RIGHT, 64, f"Seite {i} von {n}")
