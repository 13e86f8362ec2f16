"""Mechanisms for forms the reader met in blind round 84 (each letter or line written here, not taken from a corpus):
a sentence ending in a colon over a ruled table; a table's numbers misread by OCR; clauses going on an enacting
sentence with the first one's number lost; a registry stamp's receipt word among the points; a running header whose
marking OCR put a speck before; a session line naming its body in one word; a division and its office in the
letterhead; a form's box beside the file number."""
from __future__ import annotations

from pipeline.layout import Page, Word, layout
from tests.unit.test_tables import _words
from pipeline.marking import find_confidential, running_parts
from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def _row(top: float, *cells: tuple[float, str]) -> list[Word]:
    return _words(top, list(cells))     # one printed row: each cell's words from its left edge


_COLUMNS = (60, 90, 250, 420)


def _table_page(numbers: list[str], lead_in: str | None) -> Page:
    words = _row(100, (60, "Sachstand zum Beschluss V0815/25 über die Ausstattung der Schulen."))
    top = 130
    if lead_in:
        words += _row(top, (60, lead_in))
        top += 20
    words += _row(top, *zip(_COLUMNS, ("Nr.", "Beschlusspunkt", "Sachstand", "Status")))
    points = [("Die Schulen werden", "ausgestattet."), ("Die Kosten sind", "darzustellen."), ("Der Rat dankt", "den Eltern.")]
    answers = [("Die Geräte sind", "geliefert."), ("Die Aufstellung", "liegt vor."), ("Kein Sachstand", "nötig.")]
    for number, point, answer in zip(numbers, points, answers):
        top += 20
        words += _row(top, *[(x, t) for x, t in zip(_COLUMNS, (number, point[0], answer[0], "erledigt")) if t])
        top += 11
        words += _row(top, (_COLUMNS[1], point[1]), (_COLUMNS[2], answer[1]))
    return Page(1, 595, 842, tuple(words))


def test_a_line_ending_in_a_colon_leads_in_to_a_table_and_heads_no_column():
    # "Umsetzung je Beschlusspunkt:" names an answer's and a point's heading word: read with the heading row, it
    # made a second point column, and the first wrapped point line seemed to run across it and end the table
    text = layout([_table_page(["1", "2", "3"], "Umsetzung je Beschlusspunkt:")])[0]
    assert "1. „Die Schulen werden ausgestattet.“" in text
    assert "3. „Der Rat dankt den Eltern.“" in text


def test_a_table_whose_numbers_repeat_is_numbered_by_its_rows():
    # OCR read "1" as "3" and lost the "2": a sequence never repeats, the rows count
    text = layout([_table_page(["3", "", "3"], None)])[0]
    assert [line[:2] for line in text.splitlines() if "„" in line] == ["1.", "2.", "3."]


def test_a_table_numbered_on_from_an_earlier_point_keeps_its_numbers():
    text = layout([_table_page(["3", "4", "5"], None)])[0]
    assert [line[:2] for line in text.splitlines() if "„" in line] == ["3.", "4.", "5."]


def test_clauses_going_on_an_enacting_sentence_with_the_first_number_lost():
    lines = ["Die Stadtverordnetenversammlung hat den Magistrat gebeten,", "",
             "zusätzliche Abfallbehälter in der Fußgängerzone", "aufzustellen,", "Stellungnahme des Magistrats:",
             "30 Behälter wurden im Frühjahr aufgestellt.", "2.", "die Reinigung am Wochenende zu verdoppeln,",
             "Stellungnahme des Magistrats:", "Die Reinigung erfolgt zweimal täglich.", "3.", "ein Pfandsystem einzuführen.",
             "Stellungnahme des Magistrats:", "Ein Pfandsystem wird nicht eingeführt."]
    repaired = repair_numbers(lines)
    assert repaired[2] == "1. zusätzliche Abfallbehälter in der Fußgängerzone"
    assert repaired[5] == lines[5]     # a count opening an answer is no point's number


def test_a_receipt_stamp_among_the_points_is_no_point():
    lines = ["Der Stadtrat hat am 22.11.2007 beschlossen:", "", "EINGANG", "19. DEZ. 2007", "",
             "l. Die Stadtverwaltung legt ein Konzept vor.", "2. Der Badebetrieb ist aufrechtzuerhalten.",
             "Hierzu teile ich mit:", "Zu 1.: Das Konzept ist in Arbeit.", "Zu 2.: Der Betrieb läuft weiter."]
    repaired = repair_numbers(lines)
    assert repaired[2] == "EINGANG"
    assert repaired[5].startswith("1. Die Stadtverwaltung")


def test_a_marking_in_a_running_header_with_a_speck_before_it():
    header = "Trennen nichtöffentlich – Ortschaft Schönfeld-Weißig – Beschlusskontrolle V-SW00034/20 Sein – Seite 2 NE"
    assert find_confidential(["Sachstand: Die Arbeiten laufen.", ""] + running_parts([header]), ()) == (True, [])
    public = "Ortschaft Weißig – Beschlusskontrolle V-SW0034/20 – Seite 2"
    assert find_confidential(["Sachstand: Die Arbeiten laufen.", ""] + running_parts([public]), ())[0] is False


_MARKT = """Markt Seefeld
Dezernat 2 – Bauen und Umwelt, Bauamt

An den Marktgemeinderat

                                                  Seefeld, 4.11.2024
Az.: 632-Ba/112 □ vertraulich

Sachstand zum Beschluss Nr. 112/2023
Marktgemeinderatssitzung vom 20.07.2023, öffentlicher Teil
Barrierefreier Umbau der Bushaltestellen

1. Die Haltestelle am Bahnhof wird 2024 barrierefrei umgebaut.
Sachstand: Die Haltestelle wurde im September 2024 fertiggestellt.

Mit freundlichen Grüßen

Rolf Muster
Erster Bürgermeister
"""


def test_session_line_division_office_and_boxed_file_number(tmp_path):
    record = read(tmp_path, _MARKT)
    assert record.subject == "Barrierefreier Umbau der Bushaltestellen"
    assert record.department == "Bauamt"
    assert record.file_number == "632-Ba/112"


def test_a_session_line_saying_where_it_was_decided_is_no_title(tmp_path):
    text = _MARKT.replace("Marktgemeinderatssitzung vom 20.07.2023, öffentlicher Teil",
                          "Beschlossen in der Sitzung des Marktgemeinderates vom 20.07.2023.")
    assert read(tmp_path, text).subject == "Barrierefreier Umbau der Bushaltestellen"
