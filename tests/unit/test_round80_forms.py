"""Mechanisms for forms the reader met in blind round 80 (each letter written here, not taken from a corpus): a first
point's "1." read as a letter with a semicolon over sub-points 2a, 2b; a quoted point whose number OCR lost, between
answers that run on in their "Zu Ziffer" headings; a day planned for the work; a form's labels "Datum des Schreibens"
and "Zeichen" in a row over their values."""
from __future__ import annotations

from pipeline.deadlines import find_deadlines
from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_letter_with_a_semicolon_for_the_first_points_number_before_sub_points(tmp_path):
    record = read(tmp_path, """Landkreis Beispiel
Der Landrat
Dezernat II – Ordnung

An die Mitglieder des Kreistages
Geschäftszeichen: 32.1-0001/26
Beschlussverfolgung

Beispielstadt, 10.03.2026

Kreistagsbeschluss Nr. 001/2026 aus der Sitzung KT/001/2026 vom 28.01.2026
Neubau der Feuerwache Nord
Sehr geehrte Damen und Herren, mit dem Beschluss hat der Kreistag den Neubau beschlossen.
Beschlusstext und Stand der Umsetzung:
L; „Der Landrat wird beauftragt, die Feuerwache Nord neu zu errichten.“
Der Bauantrag ist gestellt. Die Genehmigung wird im Mai 2026 erwartet.
2a. „Bis zur Fertigstellung ist ein Ausweichstandort zu betreiben.“
Der Ausweichstandort ist seit dem 01.02.2026 in Betrieb.

2b. „Die Kosten sind mit den Gemeinden abzustimmen.“
Die Abstimmung mit den Gemeinden hat noch nicht begonnen.
In Vertretung des Landrates

Erika Beispiel
Beigeordnete
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b"]
    assert record.mandates[0].quote.startswith("Der Landrat wird beauftragt")


def test_a_quote_between_two_answers_is_the_point_whose_number_was_lost():
    lines = ["1; „Für die Schule ist ein Ausweichquartier zu errichten.“",
             "Zu Ziffer 1: Das Ausweichquartier wird errichtet. Die Übergabe ist im August vorgesehen.",
             "„Die Kosten sind aus dem Budget des Eigenbetriebes zu tragen.“",
             "Zu Ziffer 2: Eine Finanzierung aus dem Budget ist nicht möglich."]
    assert repair_numbers(lines)[2] == "2. „Die Kosten sind aus dem Budget des Eigenbetriebes zu tragen.“"


def test_a_heading_alone_over_its_quote_lends_no_number_to_the_quote_below_the_next():
    # "Zu Beschlusspunkt 1:" alone on its line heads the quote under it: the quote belongs to point 1
    lines = ["Zu Beschlusspunkt 1:", "„Die Planung ist fortzuschreiben.“", "Die Planung wird fortgeschrieben.",
             "Zu Beschlusspunkt 2:", "„Die Finanzierung ist sicherzustellen.“", "Die Mittel sind eingestellt."]
    assert repair_numbers(lines)[1] == "„Die Planung ist fortzuschreiben.“"


def test_a_day_planned_for_the_work_is_its_deadline():
    assert find_deadlines("Die Übergabe an die Schule ist zum Schuljahresbeginn am 08.08.2026 vorgesehen.",
                          not_before="2026-05-01") == ["2026-08-08"]
    assert find_deadlines("Die Übergabe ist am 08.08.2026 geplant.", not_before="2026-05-01") == ["2026-08-08"]
    # (a day in the past tense, or no plan word after it, stays no deadline)
    assert find_deadlines("Die Übergabe wurde am 08.08.2026 vorgesehen.", not_before="2026-05-01") == []
    assert find_deadlines("Die Sitzung am 08.08.2026 ist abgesagt.", not_before="2026-05-01") == []


def test_a_row_of_labels_with_the_letters_date_and_its_sign_over_their_values(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden

Ortschaft Beispieldorf

Der Ortsvorsteher

Mitteilung zum Beschluss

an die Mitglieder des Ortschaftsrates Beispieldorf

Beschluss-Nr.  Sitzung  Datum des Schreibens  Zeichen
V-Bd0001/26  OR Bd/001/2026  18.03.2026  OV Bd 65.2/26-1

Zu den Beschlusspunkten teile ich den aktuellen Sachstand mit.

1.   Die Ortschaftsverwaltung wird beauftragt, die Sanierung des Gemeindehauses vorzubereiten.

Sachstand: Die Planungsleistungen wurden am 15.01.2026 vergeben.

Mit freundlichen Grüßen

Max Beispiel
Ortsvorsteher
""")
    assert record.letter_date == "2026-03-18"
    assert record.file_number == "OV Bd 65.2/26-1"
