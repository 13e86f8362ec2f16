"""Whole letters and single mechanisms in forms the reader met in blind round 49 (each written here, not
taken from a corpus): points 3.1, 3.2 under a sentence naming point 3 over two lines, running text right
under the subject, a sentence over two lines announcing the points, decimal points OCR read as colons
("3:2"), a first number misread before "2)" and "3)", a public box read empty beside an unreadable one,
two labels under one heading ("Datum / Az."), words OCR ran together ("weitererBericht", "nichterfolgt"),
and an identifier after the sitting's date and a comma."""
from __future__ import annotations

from pipeline.header import labelled_values
from pipeline.marking import find_confidential
from pipeline.nlp import split_run_together
from pipeline.numbering import repair_numbers
from pipeline.references import find_resolutions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_decimal_points_under_a_sentence_naming_their_group(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
Fachbereich Umwelt

Musterstadt, 03.04.2025

Schlussbericht
Vorlage Nr. 0342/2023 – Beschluss des Kreistages vom 06.12.2023
Klimaschutz in den Kreisschulen
Mit dem Klimaschutzkonzept hat sich der Landkreis das Ziel gesetzt, die Emissionen seiner
Schulen bis 2030 deutlich zu senken. Die Ziffern 1 und 2 betreffen die Annahme des Konzepts.
Unter Ziffer 3 des Beschlusses hat der Kreistag folgende Sofortmaßnahmen
beschlossen, über deren Umsetzung hiermit abschließend berichtet wird:
3.1 Die Dachflächen der Schulen werden auf ihre Eignung für Photovoltaik geprüft.
Umsetzung: Die Prüfung ist abgeschlossen.
3:2 Die Kreisverwaltung stellt ihren Fuhrpark auf Elektrofahrzeuge um.
Umsetzung: Die Umstellung wird laufend umgesetzt.
3:8 Ein Klimaschutzmanagement wird eingerichtet.
Umsetzung: Die Stelle ist seit dem 01.03.2024 besetzt.

Dr. Kai Muster
Erster Kreisrat
""")
    assert record.subject == "Klimaschutz in den Kreisschulen"
    assert [m.number for m in record.mandates] == ["3.1", "3.2", "3.3"]
    assert record.mandates[2].response == "Die Stelle ist seit dem 01.03.2024 besetzt."


def test_a_sentence_over_two_lines_announcing_the_points_is_no_subject(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Amt für Stadtentwicklung
Musterstadt, 23. Januar 2025

Sachstandsbericht
zum Beschluss des Bauausschusses vom 12.03.2024
Vorlage VO/24/20815/61
Programm Dachgeschossausbau
Der Stand der Umsetzung der einzelnen Beschlusspunkte ergibt sich aus der
folgenden Übersicht:

1. „Die Verwaltung wird beauftragt, ein Förderprogramm zu erarbeiten.“
Die Förderrichtlinie ist zum 01.01.2025 in Kraft getreten.
""")
    assert record.subject == "Programm Dachgeschossausbau"


def test_a_first_number_misread_before_its_siblings_with_brackets():
    lines = ["7) Der Vorsitzende wird ermächtigt, den Auftrag zu vergeben.", "Der Auftrag wurde erteilt.",
             "2) Die Mehrkosten sind zu decken.", "Die Deckung ist nicht möglich.",
             "3) Über den Fortschritt ist zu berichten.", "Wird beachtet."]
    assert repair_numbers(lines)[0] == "1) Der Vorsitzende wird ermächtigt, den Auftrag zu vergeben."
    # a colon for the decimal point is repaired only where the group's points before it prove the number
    assert repair_numbers(["3:2 Die Kreisverwaltung stellt um."]) == ["3:2 Die Kreisverwaltung stellt um."]


def test_an_empty_public_box_beside_an_unreadable_one_is_not_public():
    assert find_confidential(["| Informationsvorlage [ D öffentlich & nichtöffentlich"], ()) == (True, [])
    # the box before "nichtöffentlich" read, and read empty: that box decides, as before
    assert find_confidential(["Informationsvorlage & öffentlich D nichtöffentlich"], ()) == (False, [])
    # neither box legible: not known, so not public
    confidential, warnings = find_confidential(["Informationsvorlage & öffentlich & nichtöffentlich"], ())
    assert confidential is None and warnings


def test_two_labels_under_one_heading():
    assert labelled_values(["Datum / Az. | 16.01.2025 / ASB 40-31/Kr"]) == {"datum": "16.01.2025", "az": "ASB 40-31/Kr"}
    values = labelled_values(["\\ Datum / Az.", "RAS", "| 16.01.2025 / ASB 40-31/Kr"])
    assert values["az"] == "ASB 40-31/Kr" and values["datum"] == "16.01.2025"


def test_words_ocr_ran_together_are_parted():
    assert split_run_together("Ein weitererBericht folgt; DasErgebnis ist nichterfolgt.") == \
        "Ein weiterer Bericht folgt; Das Ergebnis ist nicht erfolgt."
    assert split_run_together("Die BürgerInnen und SchülerInnen, nichtöffentlich, nochmals") == \
        "Die BürgerInnen und SchülerInnen, nichtöffentlich, nochmals"
    assert split_run_together("Amt für StadtGrün") == "Amt für StadtGrün"     # two nouns: a name, not OCR's doing
    # a first name run into the surname alone on its line, a month run into "Mitte"
    assert split_run_together("SabineGroß-Hennig") == "Sabine Groß-Hennig"
    assert split_run_together("bis MitteOktober 2022") == "bis Mitte Oktober 2022"


def test_an_identifier_after_the_sittings_date_and_a_comma():
    assert [r[0] for r in find_resolutions("zum Beschluss der Stadtverordnetenversammlung vom 12.12.2023, SV-2023/0512")] \
        == ["SV-2023/0512"]
    assert find_resolutions("Beschluss des Rates vom 12.12.2023, 15 Stimmen dafür") == []
