"""Mechanisms for forms the reader met in blind round 88 (each letter written here, not taken from a corpus): a
form's numbered sections over the resolution's numbered parts; an answer heading naming the point "des
Beschlusses" with the quote in brackets and the answer on the same line; an answers' introduction dated; the
paper's closing words and the form's next sections; the letterhead printed under the title."""
from __future__ import annotations

from pipeline.header import find_file_number
from pipeline.markers import numbered_sections
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_forms_numbered_sections_are_no_points_but_a_heading_each_point_repeats_is():
    lines = ["3. Beschlusstext (Auszug)", "3.1 Die Brücke ist zu sanieren.", "3.2 Die Kosten sind darzustellen.", "",
             "4. Stand der Umsetzung", "zu 3.1:", "Die Planung läuft."]
    assert numbered_sections(lines)[0] == "Beschlusstext (Auszug)"
    assert numbered_sections(lines)[4] == "Stand der Umsetzung"
    repeated = ["1. Beschlusstext:", "Die Brücke ist zu sanieren.", "Umsetzungsstand:", "Sie läuft.",
                "2. Beschlusstext:", "Die Kosten sind darzustellen."]
    assert numbered_sections(repeated) == repeated


_SECTIONS = """Landeshauptstadt Beispielburg
Beigeordneter für Bauen

Information I0815/26
Kurztitel: Umsetzung des Beschlusses zur DS0815/26 – Neue Radwege

3. Beschlusstext (Auszug)
 3.1 Der Oberbürgermeister wird beauftragt, zwei Radwege zu planen.
 3.2 Die Finanzierung ist im Haushalt 2027 sicherzustellen.

4. Stand der Umsetzung
 zu 3.1:
 Die Planung der beiden Radwege ist abgeschlossen.
 zu 3.2:
 Die Mittel sind im Haushaltsentwurf 2027 veranschlagt.

Klaus Beispiel
Beigeordneter
"""


def test_points_numbered_as_parts_of_a_forms_section(tmp_path):
    record = read(tmp_path, _SECTIONS)
    assert [m.number for m in record.mandates] == ["3.1", "3.2"]
    assert record.mandates[0].response == "Die Planung der beiden Radwege ist abgeschlossen."


_IN_BRACKETS = """Gemeinde Beispielheim
Fachbereich Bauen

Aktenzeichen FB3-26/0815 · Datum 20.02.2026

Photovoltaik auf der Sporthalle
Umsetzung des Ratsbeschlusses Vorlage 2026/0815

Zu Ziffer 1 des Beschlusses („Die Verwaltung wird beauftragt, eine Photovoltaikanlage
zu planen.“): Die Planung ist abgeschlossen.

Zu Ziffer 2 des Beschlusses („Ein Speicher ist zu prüfen.“): Die Prüfung wurde
zurückgestellt.

Andreas Beispiel
Bürgermeister
"""


def test_a_bracketed_quote_after_a_heading_naming_the_resolution_and_the_answer_on_its_line(tmp_path):
    record = read(tmp_path, _IN_BRACKETS)
    assert [m.quote for m in record.mandates] == ["Die Verwaltung wird beauftragt, eine Photovoltaikanlage zu planen.",
                                                  "Ein Speicher ist zu prüfen."]
    assert record.mandates[0].response == "Die Planung ist abgeschlossen."
    assert record.file_number == "FB3-26/0815"


def test_the_date_beside_a_file_number_is_no_part_of_it():
    assert find_file_number({"aktenzeichen": "FB3-26/0815 · Datum 20.02.2026"}) == "FB3-26/0815"


_BERLIN = """Bezirksamt Beispielberg von Berlin
Abteilung Umwelt

Vorlage zur Kenntnisnahme
Drucksache DS/0815/IX

Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 15.01.2026 beschlossen:
„Das Bezirksamt wird ersucht, am Rathaus einen Trinkbrunnen aufzustellen und darüber zu berichten.“

Das Bezirksamt hat am 12.03.2026 beschlossen, dazu wie folgt zu berichten:
Der Standort wurde festgelegt, der Bau ist für Mai 2026 eingeplant.

Die Drucksache DS/0815/IX ist damit erledigt.

Auswirkungen auf den Haushaltsplan: keine

Martin Beispiel
Bezirksbürgermeister
"""


def test_a_dated_introduction_of_the_answer_and_the_papers_closing_rows_are_no_answer(tmp_path):
    record = read(tmp_path, _BERLIN)
    assert record.mandates[0].response == "Der Standort wurde festgelegt, der Bau ist für Mai 2026 eingeplant."


_LETTERHEAD_BELOW = """An die Mitglieder der Verbandsversammlung

Bericht zum Beschluss ZV 08/2026

Zweckverband Abfall Beispieltal
Geschäftsstelle

Az.: ZV-A 1.4/2026-031
Beispieltal, 14.06.2026

1. Die Biotonne ist im Verbandsgebiet einzuführen.
Die Biotonne wird seit dem 01.04.2026 angeboten.

Jana Beispiel
Verbandsvorsteherin
"""


def test_the_letterhead_under_the_title_names_the_authority_and_no_title(tmp_path):
    record = read(tmp_path, _LETTERHEAD_BELOW)
    assert record.city == "Zweckverband Abfall Beispieltal"
    assert record.subject != "Zweckverband Abfall Beispieltal"


def test_the_sitting_that_decided_in_brackets_after_the_title(tmp_path):
    record = read(tmp_path, """Verbandsgemeinde Beispielau
Der Bürgermeister

Sachstandsbericht zum Beschluss VG-R 12/2026
Einheitliche Friedhofssatzung (Sitzung des Verbandsgemeinderates am 25.04.2026)

1. Die Verwaltung wird beauftragt, eine einheitliche Satzung zu entwerfen.
Der Entwurf liegt vor.

Max Beispiel
Bürgermeister
""")
    assert record.subject == "Einheitliche Friedhofssatzung"
