"""Finding values again on the page (pipeline.provenance), on hand-made documents."""
from __future__ import annotations

from models import Mandate, Person, Record, Source
from pipeline.layout import Page, Word
from pipeline.provenance import locate
from pipeline.read import Document, PlacedWord

SOURCE = Source(path="x", sha256="0" * 64, media_type="application/pdf", pages=1, ocr=False)


def _page_doc(rows: list[list[tuple[str, float]]], ocr: bool = False) -> Document:
    """A one-page document: each row a list of (word, x) at 20 points per row."""
    words = []
    for r, row in enumerate(rows):
        for text, x in row:
            words.append(Word(text, x, 100 + 20 * r, x + 8 * len(text), 110 + 20 * r))
    page = Page(1, 595, 842, tuple(words), ocr=ocr)
    return Document("x", "0" * 64, "application/pdf", 1, ocr, "", words=tuple(PlacedWord(1, w) for w in words),
                    page_sizes=((page.width, page.height),))


def _record(**values) -> Record:
    return Record(source=SOURCE, kind="beschlusskontrolle", status="unknown", **values)


def test_a_value_beside_another_column_gets_one_box_per_line():
    doc = _page_doc([
        [("An", 70), ("alle", 95), ("Fraktionen", 130), ("Landeshauptstadt", 360), ("Dresden", 500)],
        [("des", 70), ("Stadtrates", 100), ("Geschäftsbereich", 360), ("Kultur", 500)],
    ])
    prov = locate(_record(recipients="An alle Fraktionen des Stadtrates", city="Landeshauptstadt Dresden"), doc)
    span = prov.fields["recipients"]
    assert span.text == "An alle Fraktionen des Stadtrates"
    assert [(b.page, b.x0, b.y0) for b in span.boxes] == [(1, 70, 100), (1, 70, 120)]
    assert span.boxes[0].x1 < 360          # the letterhead beside it is not inside the box
    assert prov.fields["city"].boxes[0].x0 == 360


def test_a_word_broken_over_two_lines_is_found():
    doc = _page_doc([[("Geschäftsbereich", 70), ("für", 210), ("So-", 240)], [("ziales", 70), ("und", 130), ("Wohnen", 160)]])
    prov = locate(_record(department="Geschäftsbereich für Soziales und Wohnen"), doc)
    assert len(prov.fields["department"].boxes) == 2


def test_ocr_with_one_wrong_letter_is_found_but_digital_text_must_match():
    rows = [[("Dr.", 70), ("Heike", 100), ("Morgenstem", 150)], [("Beigeordnete", 70)]]
    person = Person(name="Dr. Heike Morgenstern", role="Beigeordnete")
    assert "sender.name" in locate(_record(sender=person), _page_doc(rows, ocr=True)).fields
    assert "sender.name" not in locate(_record(sender=person), _page_doc(rows, ocr=False)).fields


def test_a_value_not_printed_gets_no_span():
    doc = _page_doc([[("Landeshauptstadt", 70), ("Dresden", 200)]])
    prov = locate(_record(city="Stadt Leipzig", department="Dezernat Umwelt"), doc)
    assert prov.fields == {}


def test_points_are_found_in_order_and_deadlines_inside_their_answer():
    text = ("Beschlusskontrolle zu V0001/22\n"
            "1. „Ein Konzept ist vorzulegen.“\n"
            "Das Konzept wird bis zum 30.06.2024 vorgelegt.\n"
            "2. „Ein Konzept ist vorzulegen.“\n"
            "Das Konzept liegt vor; die Beratung folgt bis Ende 2025.\n")
    doc = Document("x.txt", "0" * 64, "text/plain", 1, False, text)
    record = _record(mandates=[
        Mandate(number="1", quote="Ein Konzept ist vorzulegen.", response="Das Konzept wird bis zum 30.06.2024 vorgelegt.",
                status="in_progress", deadlines=["2024-06-30"]),
        Mandate(number="2", quote="Ein Konzept ist vorzulegen.",
                response="Das Konzept liegt vor; die Beratung folgt bis Ende 2025.", status="in_progress",
                deadlines=["2025-12"])])
    fields = locate(record, doc).fields
    assert (fields["mandates[0].quote"].line, fields["mandates[1].quote"].line) == (2, 4)   # the same words twice
    assert (fields["mandates[0].number"].line, fields["mandates[1].number"].line) == (2, 4)
    assert fields["mandates[0].deadlines[0]"].text == "30.06.2024"
    assert fields["mandates[1].deadlines[0]"].line == 5 and "2025" in fields["mandates[1].deadlines[0]"].text
    assert fields["kind"].text == "Beschlusskontrolle"
    span = fields["mandates[0].response"]
    assert text[span.start:span.end] == "Das Konzept wird bis zum 30.06.2024 vorgelegt."
