"""The reading step: media type by content, when to OCR, checkboxes drawn in digital PDFs."""
from __future__ import annotations

import io

import pytest

from pipeline.read import read_document, sniff_media_type
from tests.fixtures.ocr.make_fixtures import letter_pdf


@pytest.mark.parametrize("head, media_type", [
    pytest.param(b"%PDF-1.7\n", "application/pdf", id="pdf"),
    pytest.param(b"\x00\x00junk%PDF-1.4", "application/pdf", id="pdf-after-junk"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png", id="png"),
    pytest.param(b"II*\x00\x08\x00", "image/tiff", id="tiff-le"),
    pytest.param(b"MM\x00*\x00\x00", "image/tiff", id="tiff-be"),
    pytest.param(b"\xff\xd8\xff\xe0", "image/jpeg", id="jpeg"),
    pytest.param("Beschlusskontrolle zu V0870/21".encode(), "text/plain", id="text"),
    pytest.param(b"<html><body>", None, id="html"),
    pytest.param(b'{"kind": "unknown"}', None, id="json-object"),
    pytest.param(b'[\n  {"id": 1}]', None, id="json-array"),
    # a scanning service's page mark opens the letter: text, though it starts like a JSON array
    pytest.param("[Scan 0412-2024 / Seite 1]\nGEMEINDE LINDENBERG".encode(), "text/plain", id="text-after-page-mark"),
    pytest.param(b"PK\x03\x04\x00\x00", None, id="zip"),
])
def test_media_type_from_content(head, media_type):
    assert sniff_media_type(head) == media_type


@pytest.mark.parametrize("box, expected", [
    pytest.param("empty", (("vertraulich", False),), id="drawn-empty"),
    pytest.param("ticked", (("vertraulich", True),), id="drawn-crossed"),
    pytest.param(None, (), id="no-box"),
])
def test_digital_pdf_checkbox_from_vector_graphics(tmp_path, box, expected):
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter_pdf(box))
    doc = read_document(path)
    assert not doc.ocr
    assert doc.checkboxes == expected
    assert "vertraulich" in doc.text


@pytest.mark.parametrize("angle", [10, 45])
def test_slanted_watermark_is_read_apart_from_the_lines_it_crosses(tmp_path, angle):
    from reportlab.pdfgen import canvas
    from pipeline import extract
    path = tmp_path / "watermarked.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    lines = ["Beschlusskontrolle zu V0870/21 (Sitzungsnummer: F/026/2021)",
             "Die Verwaltung berichtet zum Beschluss folgenden Zwischenstand:",
             "1. Die Oberbürgermeisterin wird beauftragt, ein Konzept vorzulegen.",
             "Das Konzept wird derzeit erarbeitet und im Herbst vorgelegt."]
    for i, line in enumerate(lines):
        c.drawString(71, 700 - 18 * i, line)
    c.saveState()
    c.translate(120, 620)
    c.rotate(angle)
    c.setFont("Helvetica-Bold", 40)
    c.drawString(0, 0, "VERTRAULICH")
    c.restoreState()
    c.save()
    doc = read_document(path)
    assert doc.stamps == ("VERTRAULICH",)
    assert set(lines) <= set(doc.text.split("\n"))
    assert extract(path).confidential is True


def test_filled_rectangle_counts_as_ticked(tmp_path):
    from reportlab.pdfgen import canvas
    path = tmp_path / "filled.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    c.rect(71, 700, 8.5, 8.5, stroke=1, fill=1)
    c.drawString(84, 700, "vertraulich")
    c.drawString(71, 650, "Beschlusskontrolle zu V0001/24 mit einigen weiteren Worten")
    c.save()
    assert read_document(path).checkboxes == (("vertraulich", True),)


def _scan_pdf(tmp_path, name, add_text):
    """A full-page scan image of our letter in a PDF, with `add_text(canvas)` drawn over it."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from tests.fixtures.ocr.make_fixtures import scan
    image = scan(letter_pdf("empty"), dpi=150)
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=70)
    path = tmp_path / name
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(Image.open(io.BytesIO(buf.getvalue()))), 0, 0, *A4)
    add_text(c)
    c.save()
    return path


def _scan_with_stamp_text(tmp_path):
    """A full-page scan image with a few words of real text stamped on by a document system."""
    def stamp(c):
        c.setFont("Helvetica", 7)
        c.drawString(400, 20, "Eingang 2024-03-15 Dokument Nummer 4711 gescannt")
    return _scan_pdf(tmp_path, "stamped.pdf", stamp)


def test_text_layer_of_a_few_stamped_words_over_a_scan_is_not_enough(tmp_path):
    doc = read_document(_scan_with_stamp_text(tmp_path))
    assert doc.ocr
    assert "Beschlusskontrolle" in doc.text


def test_ocr_modes_on_a_digital_pdf(tmp_path):
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter_pdf("empty"))
    digital = read_document(path, ocr="auto")
    never = read_document(path, ocr="never")
    assert not digital.ocr and not never.ocr and digital.text == never.text
    assert "Sanierung der Grundschule am Elbufer" in digital.text


def test_garbage_text_layer_is_replaced_by_ocr(tmp_path):
    """A scan whose earlier OCR layer is junk (invisible text, as scanners write it) is OCR'd again."""
    def junk_layer(c):
        text = c.beginText(72, 700)
        text.setTextRenderMode(3)     # invisible, like an OCR layer
        for _ in range(12):
            text.textLine("pusßnf pun Bunpitg wyaaıaıy LWEJYNIH USyD1PUND")
        c.drawText(text)
    path = _scan_pdf(tmp_path, "junk.pdf", junk_layer)
    doc = read_document(path)
    assert doc.ocr
    assert "Sanierung der Grundschule" in doc.text and "Bunpitg" not in doc.text


@pytest.mark.parametrize("encode", [
    pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
    pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(lambda t: t.encode("utf-16-be"), id="utf-16-be-no-bom"),
    pytest.param(lambda t: t.encode("utf-8").replace(b"\n", b"\n\x00", 3), id="utf-8-with-nul-bytes"),
    pytest.param(lambda t: t.encode("cp1252"), id="windows-1252"),
])
def test_text_in_other_encodings_reads_as_the_same_letter(tmp_path, encode):
    text = "Beschlusskontrolle zu V0870/21 (Sitzungsnummer: F/026/2021)\nSehr geehrte Damen und Herren,\n" \
           "die Straßenbäume wurden gepflanzt; Fördermittel für Grünflächen.\n" * 5
    path = tmp_path / "letter.txt"
    path.write_bytes(encode(text))
    doc = read_document(path)
    assert doc.media_type == "text/plain"
    assert doc.text.replace("\r", "") == text


def test_binary_with_many_nul_bytes_is_not_text():
    assert sniff_media_type(b"\x00\x01\x02abc\x00\x00\x00" * 100) is None
