"""Mechanisms for forms the reader met in blind round 87 (each letter and page written here, not taken from a
corpus): a table whose identifiers stand in a column of their own, or whose rows are lettered; a letterhead
of labels beside their values; an answer heading with the point's words in brackets; a heading "Beantwortung
Beschluss …"; words OCR ran together; closing words that are no answer; and more."""
from __future__ import annotations

from pipeline.closing import find_report_type
from pipeline.header import find_file_number, parse_reference, unit_from
from pipeline.layout import Page, Word, layout
from pipeline.mandates import running_lines
from pipeline.nlp import split_run_together
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file
from tests.unit.test_tables import _words


def _row(top: float, *cells: tuple[float, str]) -> list[Word]:
    return _words(top, list(cells))


def _points(text: str) -> list[str]:
    return [line for line in text.splitlines() if "„" in line]


def test_a_table_with_the_identifier_in_a_column_before_the_number():
    # "Beschluss | Punkt | Beschlusstext | Sachstand": each row names its resolution, then its point
    words = _row(100, (60, "Beschlusskontrolle zu zwei Beschlüssen des Bauausschusses."))
    words += _row(130, (60, "Beschluss"), (130, "Punkt"), (170, "Beschlusstext"), (360, "Sachstand"))
    rows = [("A0101/26", "1", "Die Brücke ist", "zu sanieren.", "Die Planung", "läuft."),
            ("A0101/26", "2", "Die Kosten sind", "darzustellen.", "Sie liegen", "vor."),
            ("A0202/26", "1", "Ein Radweg ist", "anzulegen.", "Noch nicht", "begonnen.")]
    top = 130
    for identifier, number, *cells in rows:
        top += 20
        words += _row(top, (60, identifier), (130, number), (170, cells[0]), (360, cells[2]))
        top += 11
        words += _row(top, (170, cells[1]), (360, cells[3]))
    text = layout([Page(1, 595, 842, tuple(words))])[0]
    assert _points(text) == ["1. „Die Brücke ist zu sanieren.“", "2. „Die Kosten sind darzustellen.“",
                             "1. „Ein Radweg ist anzulegen.“"]
    assert "Zu A0202/26:" in text


def test_a_table_whose_number_cells_hold_letters():
    words = _row(100, (60, "Zum Stand der Umsetzung wird tabellarisch berichtet."))
    words += _row(130, (60, "Pkt."), (90, "Beschlusspunkt"), (250, "Sachstand"), (420, "Bewertung"))
    top = 130
    for letter, point, answer in (("a", "Der Spielplatz wird erneuert.", "Erneuert."), ("b", "Bänke sind aufzustellen.", "Offen.")):
        top += 20
        words += _row(top, (60, letter), (90, point), (250, answer), (420, "erledigt"))
    text = layout([Page(1, 595, 842, tuple(words))])[0]
    assert _points(text) == ["a) „Der Spielplatz wird erneuert.“", "b) „Bänke sind aufzustellen.“"]


def _letterhead(rows: list[tuple[str, str]], below: list[str] = ()) -> str:
    words = _row(50, (60, "Stadt Beispielstadt"))
    top = 80
    for label, value in rows:
        words += _row(top, (60, label), (320, value))
        top += 14
    for value in below:
        words += _row(top, (320, value))
        top += 14
    words += _row(top + 30, (60, "Sehr geehrte Damen und Herren, wir berichten zum Stand der Umsetzung des Beschlusses."))
    return layout([Page(1, 595, 842, tuple(words))])[0]


def test_a_letterheads_labels_beside_their_values_stay_rows():
    text = _letterhead([("Betreff:", "Neue Bänke am Markt"), ("Unser Zeichen:", "61.2-0815"), ("Datum:", "Beispielstadt, 03.03.2026")],
                       below=[])
    assert "Betreff: Neue Bänke am Markt" in text
    assert "Unser Zeichen: 61.2-0815" in text


def test_a_form_value_wrapped_under_itself_stays_with_its_label():
    text = _letterhead([("Beschluss-Nr.:", "VV-03/2026"), ("Gegenstand:", "Sanierung der Leitung Nord –")],
                       below=["Abschnitt Süd"])
    assert "Gegenstand: Sanierung der Leitung Nord –\nAbschnitt Süd" in text


def test_labels_over_their_values_are_read_as_columns():
    # "Fachbereich:" | "Datum:" over "Tiefbau" | "03.03.2026": a row of labels, their values below; no label-value rows
    text = _letterhead([("Fachbereich:", "Datum:"), ("Tiefbau", "03.03.2026")])
    assert "Fachbereich: Datum:" not in text
    assert "Fachbereich:\nTiefbau" in text


_BRACKETED = """Stadt Beispielstadt
Der Oberbürgermeister

Umsetzung des Beschlusses 2026/AN/0815 "Sauberer Hafen"

Zu den Aufträgen wird wie folgt berichtet.

Zu Ziffer 1 (»Der Oberbürgermeister wird beauftragt, am Hafen zusätzliche
Abfallbehälter aufzustellen.«):
Zwölf Abfallbehälter wurden im Mai 2026 aufgestellt.

Zu Ziffer 2 (»Die Reinigung ist am Wochenende zu verstärken.«):
Die Reinigung am Wochenende wird derzeit ausgeschrieben.

Petra Beispiel
"""


def test_an_answer_heading_with_the_points_words_in_brackets(tmp_path):
    record = read(tmp_path, _BRACKETED)
    assert [m.quote for m in record.mandates] == [
        "Der Oberbürgermeister wird beauftragt, am Hafen zusätzliche Abfallbehälter aufzustellen.",
        "Die Reinigung ist am Wochenende zu verstärken."]
    assert record.mandates[0].response == "Zwölf Abfallbehälter wurden im Mai 2026 aufgestellt."


_ANSWERED = """Stadt Beispielstadt
Amt für Verkehr

An die Bezirksvertretung 2

Beispielstadt, den 3. März 2026

Beantwortung Beschluss AN/0815/2026 aus der Sitzung BV2/004/2026

Neue Fahrradständer am Bahnhof

„Die Verwaltung wird beauftragt, am Bahnhof 30 Fahrradständer aufzustellen.“

Es wurden 32 Fahrradständer aufgestellt. Der Auftrag ist erledigt.

Das Verfahren ist damit abgeschlossen.

Im Auftrag
Jonas Beispiel
"""


def test_a_heading_beantwortung_beschluss_names_a_report_and_the_closing_words_no_answer(tmp_path):
    record = read(tmp_path, _ANSWERED)
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "AN/0815/2026"
    assert record.mandates[0].response == "Es wurden 32 Fahrradständer aufgestellt. Der Auftrag ist erledigt."


_DECLARED = """Stadt Beispielstadt
Dezernat Bildung

Information zur Umsetzung des Beschlusses VII-A-01234

1) Der Oberbürgermeister wird beauftragt, an drei Schulen Mensen einzurichten.
Zwei Mensen sind eröffnet, die dritte folgt im August 2026.

2) Der Stadtrat erklärt, dass gesundes Schulessen ein Ziel der Stadt ist.
Zu diesem Punkt ist kein Verwaltungshandeln erforderlich.

Anna Beispiel
Bürgermeisterin
"""


def test_a_sentence_referring_back_to_the_point_answers_it(tmp_path):
    record = read(tmp_path, _DECLARED)
    assert record.mandates[1].quote == "Der Stadtrat erklärt, dass gesundes Schulessen ein Ziel der Stadt ist."
    assert record.mandates[1].response == "Zu diesem Punkt ist kein Verwaltungshandeln erforderlich."


def test_words_ocr_ran_together_before_a_participle_or_an_enumerations_und():
    assert split_run_together("Das Amt hat die Anordnungabgelehnt.") == "Das Amt hat die Anordnung abgelehnt."
    assert split_run_together("Amt für Schule, Jugendund Sport") == "Amt für Schule, Jugend und Sport"
    assert split_run_together("Das Landgericht und der Verbund") == "Das Landgericht und der Verbund"


def test_a_further_report_without_its_date_keeps_the_report_interim():
    body = "Die Messungen sind erfolgt. Ein Termin für einen weiteren Bericht steht noch nicht fest."
    assert find_report_type("", body, None, ["done"]) == "interim"


def test_the_lead_ins_sitting_is_no_part_of_the_title():
    found, _ = parse_reference(["Drucksache Nr. 15-0815/2026 – Querungshilfe Marktstraße", "",
                                "der Bezirksrat hat in seiner Sitzung am 12.01.2026 auf Antrag der"])
    assert found == [("15-0815/2026", None, "Querungshilfe Marktstraße")]


def test_a_session_line_with_the_title_after_a_dash():
    found, _ = parse_reference(["Zwischenbericht zum Kreistagsbeschluss 204/2026", "Sitzung KT/011/2026 – Ausbau der K 1234"])
    assert found == [("204/2026", "KT/011/2026", "Ausbau der K 1234")]


def test_a_session_in_brackets_after_the_decisions_date():
    found, _ = parse_reference(["Drucksache Nr. DS/0815/IX, Beschluss der BVV vom 12.02.2026 (BVV/0031/IX)"])
    assert found[0][:2] == ("DS/0815/IX", "BVV/0031/IX")


def test_a_contact_beside_the_file_number_is_no_part_of_it():
    assert find_file_number({"az": "RBS-II-26 · Telefon 233-12345"}) == "RBS-II-26"


def test_a_units_kind_alone_over_its_name():
    assert unit_from(["Geschäftsbereich", "Umwelt und Grün", "Datum:"], 0) == "Geschäftsbereich Umwelt und Grün"


_FORM = """Landeshauptstadt Beispielstadt
Der Oberbürgermeister

Mitteilungsvorlage

Betreff: Schlussbericht zum Beschluss 26/SVV/0815 "Solardächer auf Schulen"

Empfänger:
Stadtverordnetenversammlung der Landeshauptstadt Beispielstadt

1. Der Oberbürgermeister wird beauftragt, Schuldächer für Solaranlagen zu prüfen.
Die Prüfung ist für alle Schulen abgeschlossen.

2. Geeignete Dächer sind mit Solaranlagen auszustatten.
Zwölf Schulen wurden ausgestattet. Der Auftrag ist erledigt.

Petitum: Die Stadtverordnetenversammlung wird gebeten, den Bericht zur Kenntnis zu nehmen.

Max Beispiel
"""


def test_the_addressee_under_its_label_and_the_petitum_closing_the_answers(tmp_path):
    record = read(tmp_path, _FORM)
    assert record.recipients == "Stadtverordnetenversammlung der Landeshauptstadt Beispielstadt"
    assert record.mandates[-1].response == "Zwölf Schulen wurden ausgestattet. Der Auftrag ist erledigt."


def test_a_page_head_naming_the_papers_number_after_the_marking():
    lines = ["Die Planung läuft.", "", "Seite 1 von 2", "", "VS – NUR FÜR DEN DIENSTGEBRAUCH", "",
             "Informationsvorlage 2026/IV/0815", "", "Zu Ziffer 3:"]
    assert "Informationsvorlage #/IV/#" in running_lines(lines)


_SCANNED = """Stadt Beispielstadt
Geschäftsbereich Finanzen

Mitteilung
zum Beschluss VII/2026/01234 "Abgabe auf Einwegbecher"

Gremium: Stadtrat
Sitzung: 27.04.2026

Der Stadtrat hat in seiner Sitzung am 24.02.2026 beschlossen:
t: Die Stadt erhebt ab 2027 eine Abgabe auf Einwegbecher.
2: Die Einnahmen sind für die Stadtreinigung zu verwenden.

Zu 1.: Eine solche Abgabe ist nach dem Kommunalabgabengesetz unzulässig.
Zu 2.: Siehe Punkt 1.
Die Verwaltung betrachtet die Beschlusskontrolle damit als abgeschlossen.
EINGANG RATSBÜRO
06. MRZ. 2026

Eva Beispiel
Bürgermeisterin
"""


def test_ocrs_t_for_the_first_number_the_councils_gremium_row_and_a_received_stamp_among_the_answers(tmp_path):
    record = read(tmp_path, _SCANNED)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Die Stadt erhebt ab 2027 eine Abgabe auf Einwegbecher."
    assert record.recipients == "Stadtrat"
    assert "EINGANG" not in record.mandates[-1].response


_NUMBER_ALONE = """Markt Beispielhausen
Geschäftsleitung

An die Mitglieder des Marktgemeinderates
GL/011-2026   Beispielhausen, 13.05.2026

Beschlussvollzug – Sachstandsmitteilung
Erwerb eines Grundstücks für den Kindergarten
Beschluss-Nr. 2026/118
1
„Die Verwaltung wird ermächtigt, das Grundstück zu erwerben.“
Sachstand: Die Verhandlungen dauern an.

Florian Beispiel
Geschäftsleiter
"""


def test_a_bare_number_over_a_quote_and_a_file_number_under_the_addressee(tmp_path):
    record = read(tmp_path, _NUMBER_ALONE)
    assert record.recipients == "An die Mitglieder des Marktgemeinderates"
    assert record.subject == "Erwerb eines Grundstücks für den Kindergarten"
    assert record.mandates[0].quote == "Die Verwaltung wird ermächtigt, das Grundstück zu erwerben."


def test_a_posts_and_a_citys_name_read_through_one_damaged_glyph(tmp_path):
    record = read(tmp_path, """Landcshauptstadt Beispielburg
Ortschaft Nord

Mitteilung zum Beschluss OR-N/0815/26

1) Die Bänke am Teich sind zu erneuern.
Die Bänke wurden im April 2026 erneuert.

Ortsvorsteber
Bernd Beispiel
""")
    assert record.city == "Landeshauptstadt Beispielburg"
    assert record.sender is not None and record.sender.role == "Ortsvorsteher"


def test_a_file_number_ends_the_addressee_unless_the_addressee_goes_on_below_it():
    from pipeline.header import find_recipients
    assert find_recipients(["An die Mitglieder des Marktgemeinderates", "GL/011-2026", "Erwerb eines Grundstücks"]) \
        == "An die Mitglieder des Marktgemeinderates"
    assert find_recipients(["An die Mitglieder", "der Verbandsversammlung", "ZV/07-2026/Ab", "des Zweckverbandes Nord"]) \
        == "An die Mitglieder der Verbandsversammlung des Zweckverbandes Nord"
