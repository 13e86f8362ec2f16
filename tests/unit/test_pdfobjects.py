"""The page objects built the fast way equal pdfplumber's own, key by key and in order."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.pdfobjects import page_objects, read_objects

GOLDEN = sorted((Path(__file__).resolve().parent.parent / "letters" / "golden").glob("*.pdf"))


def _same(path: Path) -> int:
    """Asserts equality on every page; returns the number of characters compared."""
    chars = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            theirs, ours = page.parse_objects(), page_objects(page)
            assert ours == theirs
            assert [list(o) for o in ours.get("char", [])] == [list(o) for o in theirs.get("char", [])]
            chars += len(ours.get("char", []))
    return chars


@pytest.mark.parametrize("path", GOLDEN[:6], ids=lambda p: p.name)
def test_golden_letters_objects_equal_pdfplumbers(path):
    assert _same(path) > 500


def _drawn_pdf(path: Path, shifted: bool = False) -> Path:
    """Text in colours and fonts, a rectangle, a line, a curve, an image and a slanted word;
    `shifted`: the MediaBox not at the origin (pdfplumber moves the boxes by its corner)."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    image = path.with_suffix(".png")
    Image.new("RGB", (40, 20), "gray").save(image)
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Beschlusskontrolle zu V0870/21 – Größe ÄÖÜ ß")
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.setFont("Times-Bold", 14)
    c.drawString(72, 730, "VERTRAULICH")
    c.setFillColorCMYK(0, 0, 0, 1)
    c.rect(71, 700, 8.5, 8.5, stroke=1, fill=0)
    c.line(72, 690, 300, 690)
    c.bezier(72, 650, 100, 680, 140, 620, 180, 650)
    c.drawImage(str(image), 300, 600, 40, 20)
    c.saveState()
    c.translate(200, 400)
    c.rotate(30)
    c.drawString(0, 0, "ENTWURF")
    c.restoreState()
    c.showPage()
    c.save()
    if shifted:   # the same length, so the file's cross-reference table still holds
        data = path.read_bytes()
        assert b"/MediaBox [ 0 0 " in data
        path.write_bytes(data.replace(b"/MediaBox [ 0 0 ", b"/MediaBox [ 9 7 "))
    return path


@pytest.mark.parametrize("shifted", [False, True])
def test_drawn_objects_equal_pdfplumbers(tmp_path, shifted):
    path = _drawn_pdf(tmp_path / "drawn.pdf", shifted)
    assert _same(path) > 40
    with pdfplumber.open(path) as pdf:
        assert pdf.pages[0].mediabox[0] == (9 if shifted else 0)
        kinds = set(page_objects(pdf.pages[0]))
    assert {"char", "rect", "line", "curve", "image"} <= kinds


def test_pdfplumber_reads_words_from_the_objects_given():
    with pdfplumber.open(GOLDEN[0]) as plain, pdfplumber.open(GOLDEN[0]) as fast:
        page = fast.pages[0]
        read_objects(page)
        assert page.extract_words(x_tolerance=1.5) == plain.pages[0].extract_words(x_tolerance=1.5)
        assert page.rects == plain.pages[0].rects
