"""Mechanisms for forms the reader met in blind round 61 (each letter written here, not taken from a
corpus): a heading that counts the resolutions it reports on; a first point's "1)" that OCR read as
"l)"; a consultation table whose cells a text export put each on a line of its own; a form's label
over its value; points numbered "001"; a table heading of several words; answer headings whose
number OCR lost or misread in the middle of the sequence."""
from __future__ import annotations

from pipeline.lexicon import REPORT_TITLE
from pipeline.marking import find_confidential
from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_heading_that_counts_its_resolutions_names_a_report():
    assert REPORT_TITLE.search("Sachstand zu zwei Beschlüssen des Hauptausschusses vom 04.03.2024")
    assert REPORT_TITLE.search("Mitteilung zu den beiden Anträgen der Fraktionen")
    assert not REPORT_TITLE.search("Sachstand zwei Jahre nach der Eröffnung")


_LETTER_WITH_L_FOR_ONE = """Stadt Musterhausen
Fachbereich Grün

Musterhausen, den 04.03.2024
Az. 67.1-44

Sachstandsmitteilung
zur Drucksache Nr. 12-3456/2023
Bolzplatz am Lindenweg
l) Die Verwaltung wird gebeten, den Bolzplatz am Lindenweg mit neuen Toren auszustatten.
Die Tore sind bestellt und werden im Mai 2024 aufgestellt.
2) Der Zaun ist zu erneuern.
Der Zaun wurde im Februar 2024 erneuert.
Wiedervorlage: 30.06.2024

Petra Beispiel
Fachbereichsleiterin
"""


def test_a_first_point_whose_1_ocr_read_as_l_opens_the_points(tmp_path):
    record = read(tmp_path, _LETTER_WITH_L_FOR_ONE)
    assert record.kind == "beschlusskontrolle"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote.startswith("Die Verwaltung wird gebeten, den Bolzplatz")
    assert record.mandates[1].response == "Der Zaun wurde im Februar 2024 erneuert."


def test_a_consultation_table_with_each_cell_on_its_own_line_marks_nothing():
    head = ["Landeshauptstadt Musterstadt", "Öffentlichkeitsstatus", "öffentlich", "INFORMATION", "I0100/24",
            "Beratung", "Tag", "Behandlung", "Der Oberbürgermeister", "12.03.2024", "nicht öffentlich",
            "Stadtrat", "28.03.2024", "öffentlich", "Kurztitel", "Umsetzung des Beschlusses zur DS0100/23"]
    assert find_confidential(head, ()) == (False, [])
    # the form's own status says non-public: so it is
    own = ["nicht öffentlich" if line == "öffentlich" and k == 2 else line for k, line in enumerate(head)]
    assert find_confidential(own, ())[0] is True


def test_a_form_label_over_its_unit_is_no_unit(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
- Der Oberbürgermeister -
Datum
04.03.2024
Dezernat
Dezernat IV
INFORMATION
I0100/24
Kurztitel
Umsetzung des Beschlusses zur DS0100/23 „Spielplatz am Anger“
Der Stadtrat hat in seiner Sitzung am 10.10.2023 beschlossen:
1. Der Oberbürgermeister wird beauftragt, den Spielplatz am Anger zu sanieren.
2. Die Anwohner sind zu beteiligen.
Zu 1.: Die Sanierung ist für den Sommer 2024 geplant.
Zu 2.: Die Beteiligung fand am 15.01.2024 statt.
""")
    assert record.department == "Dezernat IV"


def test_points_numbered_with_leading_zeros_are_answered_in_their_order(tmp_path):
    record = read(tmp_path, """Stadt Musterhausen
Dezernat Bauen

Musterhausen, 23.10.2023
Abschlussbericht zur Umsetzung des Stadtratsbeschlusses Nr. 22/0101-BR
Betreff: Radwege im Norden
Sehr geehrte Damen und Herren,
der o. g. Beschluss hat folgenden Wortlaut:
001
Der Radweg an der Nordstraße ist zu verbreitern.
002
Die Beleuchtung ist zu erneuern.
Zur Umsetzung berichte ich:
001
Die Verbreiterung wurde im Juli 2023 abgeschlossen.
002
Die Erneuerung der Beleuchtung wird nicht weiterverfolgt, die Mittel fehlen.
Tobias Beispiel
Dezernent
""")
    assert [m.number for m in record.mandates] == ["001", "002"]
    assert [m.response for m in record.mandates] == [
        "Die Verbreiterung wurde im Juli 2023 abgeschlossen.",
        "Die Erneuerung der Beleuchtung wird nicht weiterverfolgt, die Mittel fehlen."]


def test_a_table_heading_of_several_words_is_one_column(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from pipeline import extract

    path = tmp_path / "table.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 780
    for line in ("Stadt Musterhausen", "Fachdienst Schule", "", "Datum: 22.01.2024", "", "Beschlussverfolgung",
                 "Beschluss des Schulausschusses vom 28.09.2023 zur Vorlage VO/2023/0100", "Neue Tafeln für die Schulen"):
        c.drawString(70, y, line)
        y -= 14
    y -= 10
    # (a cell's second line runs under the heading's later words: no column of its own starts there)
    rows = [[("Nr.", "Auftrag laut Beschluss", "Sachstand (Stand: 22.01.2024)")],
            [("1", "Alle Klassenräume werden mit", "Teilweise umgesetzt: 84 von 132"), ("", "Digitalisierungstafeln ausgestattet.", "Räumen sind ausgestattet.")],
            [("2", "Die Lehrkräfte sind in der Nutzung", "Die Schulungen fanden im"), ("", "der Tafeln zu schulen.", "Dezember statt.")]]
    for row in rows:
        c.line(70, y + 12, 540, y + 12)
        for cells in row:
            for x, text in zip((75, 105, 315), cells):
                c.drawString(x, y, text)
            y -= 12
        y -= 8
    c.line(70, y + 12, 540, y + 12)
    c.drawString(70, y - 20, "Mit freundlichen Grüßen")
    c.drawString(70, y - 60, "Petra Beispiel")
    c.save()
    record = extract(path)
    assert [(m.number, m.quote, m.response) for m in record.mandates] == [
        ("1", "Alle Klassenräume werden mit Digitalisierungstafeln ausgestattet.", "Teilweise umgesetzt: 84 von 132 Räumen sind ausgestattet."),
        ("2", "Die Lehrkräfte sind in der Nutzung der Tafeln zu schulen.", "Die Schulungen fanden im Dezember statt.")]


def test_an_answer_heading_that_lost_its_number_between_two_takes_the_one_between():
    lines = ["der Stadtrat hat folgenden Beschluss gefasst:",
             "l. Die Bibliothek bleibt erhalten.",
             "Der Oberbürgermeister wird beauftragt, den Mietvertrag zu verlängern.",
             "Die Öffnungszeiten sind zu erweitern.",
             "Zum Stand der Umsetzung wird mitgeteilt:",
             "zu 1.", "Die Bibliothek ist geöffnet.",
             "ZU:", "Die Verhandlungen laufen.",
             "zu.3,", "Die Erweiterung folgt 2025."]
    out = repair_numbers(lines)
    assert out[1:4] == ["1. Die Bibliothek bleibt erhalten.",
                        "2. Der Oberbürgermeister wird beauftragt, den Mietvertrag zu verlängern.",
                        "3. Die Öffnungszeiten sind zu erweitern."]
    assert out[7] == "Zu 2."
