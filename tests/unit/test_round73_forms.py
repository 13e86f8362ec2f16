"""Mechanisms for forms the reader met in blind round 73 (each letter or line written here, not taken from a
corpus): the resolution's sentences quoted in running text without numbers; OCR's space inside a session's
number; a form's label alone under the unit; a title in quotes right under the reference line; "erneut
vorgelegt" announces the next review; a name over its post closes a letter without a greeting; a decision's
date wrapped onto the title's line."""
from __future__ import annotations

from pipeline.closing import find_next_review
from pipeline.deadlines import find_deadlines
from pipeline.references import find_sessions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_QUOTED_IN_PROSE = """Landeshauptstadt Musterstadt
Der Oberbürgermeister

Musterstadt, 17. April 2023
Aktenzeichen: 4-61/Park-23

Zwischenbericht
Beschluss 22/SVV/0101 „Spielplatz am Stadtpark“
Sehr geehrte Damen und Herren Stadtverordnete,
mit dem o. g. Beschluss wurde ich beauftragt, „Der Oberbürgermeister wird beauftragt,
den Spielplatz am Stadtpark bis zum Sommer zu erneuern.“ Hierzu ist festzustellen: Die
neuen Geräte sind bestellt. Der Aufbau beginnt im Mai 2023.
Weiter heißt es im Beschluss: „Die Anwohner sind an der Planung zu beteiligen.“ Eine
Beteiligung fand am 3. März 2023 statt.
Der nächste Bericht erfolgt im Oktober 2023.
Mit freundlichen Grüßen
Max Muster
Beigeordneter
"""


def test_the_resolutions_sentences_quoted_in_running_text_are_its_points(tmp_path):
    record = read(tmp_path, _QUOTED_IN_PROSE)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].response == "Die neuen Geräte sind bestellt. Der Aufbau beginnt im Mai 2023."
    assert record.mandates[1].quote == "Die Anwohner sind an der Planung zu beteiligen."
    assert record.mandates[1].response == "Eine Beteiligung fand am 3. März 2023 statt."


def test_a_sessions_number_with_ocrs_space_inside():
    assert find_sessions("Beschluss vom 12.12.2013 (WA/03 1/2013)")[0][:1] == ("WA/031/2013",)
    assert find_sessions("(WA/031/2013)")[0][0] == "WA/031/2013"


_LABEL_UNDER_UNIT = """Landeshauptstadt Musterstadt
Stadtverwaltung
Dezernat Umwelt und Klima
Titel der Drucksache:
Information zum Umsetzungsstand des Beschlusses zur DS 0101/2022
„Musterstadt kühlt ab“
Drucksache 1900/23
Musterstadt, 12.07.2023
Zum Stand der Umsetzung wird wie folgt informiert:
1. Die Stadtverwaltung prüft die Einrichtung eines Hitzeaktionsplans.
Die Prüfung ist abgeschlossen.
Erik Muster
Beigeordneter
"""


def test_a_forms_label_under_the_unit_and_a_quoted_title_under_the_reference(tmp_path):
    record = read(tmp_path, _LABEL_UNDER_UNIT)
    assert record.department == "Dezernat Umwelt und Klima"
    assert record.subject == "Musterstadt kühlt ab"


def test_a_matter_presented_again_is_the_next_review_and_no_deadline():
    assert find_next_review(["Die Angelegenheit wird im November 2017 erneut vorgelegt."]) == "2017-11"
    assert find_deadlines("Die Prüfung dauert an. Die Angelegenheit wird im November 2017 erneut vorgelegt.") == []


_NAME_OVER_POST = """Stadt Musterstadt
Amt für Schule

Musterstadt, 02.05.2022

Sachstandsbericht zum Beschluss der Ratsversammlung (VII-A-01234)
Trinkwasser an Schulen
Beschlusspunkt 1
An allen Oberschulen sind Trinkwasserspender aufzustellen.
Bisher sind 31 von 37 Oberschulen ausgestattet.
Die Verwaltung wird der Ratsversammlung im IV. Quartal 2022 erneut berichten.
Vicki Muster-Beispiel
Bürgermeisterin und Beigeordnete
für Jugend, Schule und Sport
"""


def test_a_name_over_its_post_closes_a_letter_without_a_greeting(tmp_path):
    record = read(tmp_path, _NAME_OVER_POST)
    assert record.sender.name == "Vicki Muster-Beispiel"
    assert record.sender.role == "Bürgermeisterin und Beigeordnete für Jugend, Schule und Sport"
    assert record.mandates[0].response == "Bisher sind 31 von 37 Oberschulen ausgestattet."


_DATE_WRAPPED = """Stadt Musterstadt
Dezernat 4

Musterstadt, 12.02.2025

Mitteilung zum Beschluss
Drucksache 8800/2020-2025 – Sitzung der Bezirksvertretung Mitte
vom 14.11.2024
Querungshilfe an der Schulstraße
Die Bezirksvertretung Mitte hat in ihrer Sitzung am 14.11.2024 folgenden Beschluss gefasst:
1. „Die Verwaltung wird beauftragt, eine Querungshilfe an der Schulstraße zu planen.“
Die Planung ist abgeschlossen.
Mit freundlichen Grüßen
Erika Muster
"""


def test_a_decisions_date_wrapped_onto_the_title_is_no_part_of_it(tmp_path):
    assert read(tmp_path, _DATE_WRAPPED).subject == "Querungshilfe an der Schulstraße"


def test_a_decimal_point_ocr_lost_is_proved_by_its_neighbours():
    from pipeline.numbering import _lost_decimal_point
    assert _lost_decimal_point(["34. „Die Kreisverwaltung …“", "Das Konzept …", "3.2. „Für …“", "Die Richtlinie …",
                                "33. „Die Einrichtung …“"]) == ["3.1. „Die Kreisverwaltung …“", "Das Konzept …",
                                                                 "3.2. „Für …“", "Die Richtlinie …", "3.3. „Die Einrichtung …“"]
    # a number of items in a sentence is no point's number
    assert _lost_decimal_point(["31 Stellen wurden besetzt.", "Die Lage ist gut."])[0] == "31 Stellen wurden besetzt."


def test_a_dash_read_surely_is_text_and_a_speck_is_not():
    from pipeline.ocr import RawWord, _drop_specks
    words = [RawWord("Dezernat", 95.0, (100, 100, 260, 134), 0), RawWord("5", 95.0, (270, 100, 285, 134), 0),
             RawWord("–", 92.0, (295, 115, 310, 119), 0), RawWord("-", 40.0, (600, 115, 612, 119), 0),
             RawWord("Gesundheit", 95.0, (320, 100, 500, 134), 0)]
    assert [w.text for w in _drop_specks(words)] == ["Dezernat", "5", "–", "Gesundheit"]


_SIGNED_FOR_THE_ADMINISTRATION = """Stadt Musterstadt
Amt für Soziales

Musterstadt, 03.03.2025

Mitteilung zum Beschluss DS 0101/2024
Notunterkünfte

1. „Die Verwaltung richtet zwei Notunterkünfte ein.“
Beide Unterkünfte sind seit Januar 2025 in Betrieb.

Die Beschlüsse sind damit abschließend bearbeitet.

Für die Stadtverwaltung

Bürgermeisterin für Soziales
Helene Muster
"""


def test_signed_for_the_administration_is_a_formula_not_a_post(tmp_path):
    record = read(tmp_path, _SIGNED_FOR_THE_ADMINISTRATION)
    assert record.sender.name == "Helene Muster" and record.sender.role == "Bürgermeisterin für Soziales"
