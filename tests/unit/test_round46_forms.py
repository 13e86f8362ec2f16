"""Whole letters and single mechanisms in forms the reader met in blind round 46 (each written here,
not taken from a corpus): lettered quotes after an answered point ("2. „…“ answer" / "a) „…“ answer" are
2a, 2b), points numbered "I. Beschluss:" over their words, a form's sender row ("Absender  Landeshauptstadt
…", its label damaged by OCR), an unlabelled "GZ (GB 2) …" run into it, a label's row between a unit's
two lines, a resolution with a session's shape after "Beschluss des Amtsausschusses", a short session in
brackets after the identifier and its date, boxes printed after their labels, an answer to a council
question whose heading stands low in the letterhead, and cues ("Dem Beschlusspunkt wird entsprochen",
"ist … beabsichtigt", "soll … werden")."""
from __future__ import annotations

from pipeline.header import find_city, find_department, mend_labels, split_embedded_labels
from pipeline.mandates import read_body
from pipeline.marking import find_confidential
from pipeline.status import response_status
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_lettered_quotes_after_an_answered_point_are_its_parts():
    body = ["1. „Die Schwimmhalle ist ganzjährig zu öffnen.“", "Die Halle ist seit März ganzjährig geöffnet.",
            "2. „Ein Sanierungskonzept ist vorzulegen.“", "Das Konzept wird erarbeitet.",
            "a) „Die Sauna ist einzubeziehen.“", "Die Sauna ist Teil der Planung.",
            "b) „Die Vereine sind zu beteiligen.“", "Die Vereine wurden im Mai beteiligt.",
            "3. „Die Eintrittspreise bleiben stabil.“", "Die Preise wurden nicht erhöht."]
    points, _ = read_body(body, "A0101/20", ["A0101/20"])
    assert [(p.number, " ".join(p.response)) for p in points] == [
        ("1", "Die Halle ist seit März ganzjährig geöffnet."), ("2", "Das Konzept wird erarbeitet."),
        ("2a", "Die Sauna ist Teil der Planung."), ("2b", "Die Vereine wurden im Mai beteiligt."),
        ("3", "Die Preise wurden nicht erhöht.")]


def test_a_lettered_line_inside_an_answer_that_quotes_nothing_stays_in_the_answer():
    body = ["1. „Der Radweg ist zu verbreitern.“", "Die Planung umfasst:", "a) die Verbreiterung auf drei Meter,",
            "b) eine neue Beleuchtung.", "2. „Die Kosten sind zu ermitteln.“", "Die Kosten sind ermittelt."]
    points, _ = read_body(body, "A0101/20", ["A0101/20"])
    assert [p.number for p in points] == ["1", "2"]


def test_points_numbered_with_roman_numerals_over_a_resolution_label(tmp_path):
    record = read(tmp_path, """Zweckverband Abwasser Oberes Musterland
Der Verbandsvorsteher
An die Mitglieder der Verbandsversammlung
Unser Zeichen: ZV-12/2024
Musterdorf, 04.04.2024
Sachstandsbericht zum Beschluss VV 07/2023 der Verbandsversammlung
Erneuerung der Kläranlage Musterdorf

Sehr geehrte Damen und Herren,

zum oben genannten Beschluss berichten wir:

I. Beschluss:
Die Verbandsversammlung beschließt die Erneuerung der Belebungsbecken.

Sachstand: Die Bauarbeiten laufen seit Februar.

II. Beschluss:
Die Einleitung in den Vorfluter ist messtechnisch zu überwachen.

Sachstand: Die Messstelle wurde im Januar eingerichtet.

Mit freundlichen Grüßen
Karl Mustermann
Verbandsvorsteher
""")
    assert [(m.number, m.status) for m in record.mandates] == [("I", "in_progress"), ("II", "done")]
    assert record.mandates[0].quote == "Die Verbandsversammlung beschließt die Erneuerung der Belebungsbecken."


def test_a_sender_row_names_the_city_and_its_unit_around_a_label_row():
    lines = mend_labels(["Abseuder Landeshauptstadt Dresden GZ (GB 3) 12.40/2024-07",
                         "Geschäftsbereich Umwelt, Klima und", "Datum 3. März 2024", "Amt für Stadtgrün"])
    assert lines[0].startswith("Absender Landeshauptstadt Dresden")      # one glyph OCR damaged, read as printed
    lines = split_embedded_labels(lines)
    assert "GZ (GB 3) 12.40/2024-07" in lines                             # an unlabelled GZ run into the row
    city, at = find_city(lines)
    assert city == "Landeshauptstadt Dresden"
    assert find_department(lines, at) == "Geschäftsbereich Umwelt, Klima und Amt für Stadtgrün"


def test_a_resolution_with_a_sessions_shape_and_its_short_session_in_brackets(tmp_path):
    record = read(tmp_path, """Amt Musterheide
Der Amtsvorsteher
An die Mitglieder des Amtsausschusses
Musterheide, 12.02.2024
Sachstand zum Beschluss des Amtsausschusses AA/O17/2O23 vom 14.09.2023
(AA-S 05/2023)
Neubau der Feuerwache Musterheide

Sehr geehrte Damen und Herren,

1) "Die Planung der Feuerwache ist fortzuführen."
Die Entwurfsplanung wurde im Januar abgeschlossen.

Mit freundlichen Grüßen
Jutta Beispiel
Amtsvorsteherin
""")
    assert (record.resolution, record.session_number) == ("AA/017/2023", "AA-S 05/2023")   # OCR's O read as the zero it is
    assert record.subject == "Neubau der Feuerwache Musterheide"


def test_boxes_printed_after_their_labels():
    assert find_confidential(["Az.: 12/3 Status: öffentlich X nichtöffentlich □"], ())[0] is False
    assert find_confidential(["Az.: 12/3 Status: öffentlich □ nichtöffentlich ☒"], ())[0] is True
    assert find_confidential(["Status: ☐ öffentlich ☒ nichtöffentlich"], ())[0] is True     # boxes before labels as before


def test_an_answer_to_a_council_question_below_a_long_letterhead_is_no_report(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt · Postfach 10 · 01000 Musterstadt
Stadtrat
Herrn Max Beispiel
Fraktion Musterliste
Rathausplatz 1
01000 Musterstadt
Stadt Musterstadt
Der Oberbürgermeister
Geschäftszeichen
OB 10-AF0101/22
Bearbeiterin
Frau Muster
Telefon
0123 456-789
Datum
2. Mai 2022
Anfrage Nr. AF0101/22
Anfrage des Stadtrates Herrn Max Beispiel vom 4. April 2022
Stand der Umsetzung des Beschlusses A0999/21 „Bänke am Flussufer“

Sehr geehrter Herr Beispiel,
Ihre Anfrage beantworte ich wie folgt:
Frage 1:
„Wie viele Bänke stehen bereits?“
Von zwölf Bänken stehen acht.

Mit freundlichen Grüßen
Erika Beispiel
Oberbürgermeisterin
""")
    assert record.kind == "unknown"


def test_cues_for_the_point_in_the_dative_an_intention_and_a_plan():
    assert response_status("Die Gebühren wurden nicht erhöht. Dem Beschlusspunkt wird entsprochen.") == "done"
    assert response_status("Die Halle ist geöffnet. Für den Winter ist eine Verlängerung beabsichtigt.") == "in_progress"
    assert response_status("Die Planung wurde abgeschlossen. Die Vergabe soll im Mai beschlossen werden.") == "in_progress"
