"""Whole letters and single mechanisms in forms the reader met in blind round 42 (each written here,
not taken from a corpus): an identifier's year read with OCR's O, a Verbandsgemeinde's "BV 2023/0231",
a session's date under its label, a final report OCR split a word of, a surname signed after "gez.",
a letterhead with the form's title beside the city word, both signature columns' roles on one row,
a signature above its annex list, the organ in capitals, a damaged label, an answer heading naming
two lettered parts."""
from __future__ import annotations

from pipeline.closing import find_report_type, find_signatories
from pipeline.header import find_city, find_letter_date, place_date
from pipeline.references import find_resolutions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_identifiers_read_through_ocr_and_a_kind_before_year_and_number():
    assert [r for r, *_ in find_resolutions("TOP 4.2 - AN/0815/2O24")] == ["AN/0815/2024"]
    assert [r for r, *_ in find_resolutions("I. BV 2024/0117 (Sitzung vom 04.03.2024)")] == ["BV 2024/0117"]
    assert find_resolutions("im Dezember 2O23") == []


def test_a_date_under_a_sessions_label_does_not_date_the_letter():
    assert find_letter_date(["Gremium", "Bezirksvertretung 2", "Datum der Sitzung", "18.04.2024"], {}) is None
    assert place_date("Hannover / 14.02.2024") == "2024-02-14"


def test_a_final_report_whose_word_ocr_split():
    text = "Mit dieser Mitteilung ist der Beschluss aus Sicht der Verwaltung abs chließend bearbeitet."
    assert find_report_type("", text, None, ["done", "in_progress"]) == "final"


def test_a_surname_signed_after_gez_and_no_greeting(tmp_path):
    record = read(tmp_path, """Stadt Köln
Die Oberbürgermeisterin

Beschluss der Bezirksvertretung Porz vom 05.03.2024 - AN/0815/2024
Mehr Bänke am Rheinufer

Die Bezirksvertretung Porz hat am 05.03.2024 folgenden Beschluss gefasst:
1. Die Verwaltung wird beauftragt, am Rheinufer zehn Bänke aufzustellen.
2. Die Bänke sind barrierefrei zu gestalten.
Die Verwaltung teilt hierzu Folgendes mit:
Zu 1.:
Die Bänke wurden im Mai 2024 aufgestellt.
Zu 2.:
Alle Bänke haben Armlehnen und eine Sitzhöhe von 48 cm.

gez. Wallenborn-Otte
""")
    assert record.resolution == "AN/0815/2024"
    assert record.sender.name == "Wallenborn-Otte"


def test_a_form_title_beside_the_city_word_and_the_forms_number_below():
    assert find_city(["Landeshauptstadt Informationsdrucksache", "Hannover", "", "Nr. 0123/2024"]) == ("Landeshauptstadt Hannover", 1)


def test_both_columns_roles_on_one_row_under_the_acknowledging_name():
    sender, acknowledged = find_signatories(["Petra Lindner-Ross", "", "Kenntnisnahme:", "", "Jan Feldmann", "",
                                              "Beigeordnete für Kultur und Tourismus Oberbürgermeister"])
    assert (sender.name, sender.role) == ("Petra Lindner-Ross", "Beigeordnete für Kultur und Tourismus")
    assert (acknowledged.name, acknowledged.role) == ("Jan Feldmann", "Oberbürgermeister")


def test_a_magistrates_report_signed_above_its_annex_list(tmp_path):
    record = read(tmp_path, """An die
Stadtverordnetenversammlung
der Stadt Frankfurt am Main

STADT FRANKFURT AM MAIN
DER MAGISTRAT
Dezernat für Mobilität

B 211
Frankfurt am Main, 04.03.2024
Az. 66.1-RAD-2024

Bericht des Magistrats
Radabstellanlagen an Schulen
Vorgang: Beschl. d. Stv.-V. vom 12.10.2023, § 3901

Die Stadtverordnetenversammlung hat beschlossen:
1. Der Magistrat wird beauftragt, an allen Grundschulen überdachte Radabstellanlagen zu errichten.
2. Die Schulen sind an der Standortwahl zu beteiligen.
Der Magistrat berichtet hierzu wie folgt:
Zu 1.
Bis Ende 2023 wurden an 18 Grundschulen Anlagen errichtet.
Zu 2.
Die Standorte wurden mit allen Schulleitungen abgestimmt.

gez. Dr. Martina Oberlin
Stadträtin

Anlage: Standortliste Radabstellanlagen (2 Seiten)
""")
    assert record.department == "Dezernat für Mobilität"           # the organ in capitals is no unit
    assert (record.sender.name, record.sender.role) == ("Dr. Martina Oberlin", "Stadträtin")


def test_a_damaged_label_and_an_answer_heading_naming_two_lettered_parts(tmp_path):
    record = read(tmp_path, """LANDRATSAMT OBERLAND
Sachgebiet 31 – Straßenbau
Aktcnzeichen: 31-0412/STR-2
Oberstadt, 05.02.2024

Sachstandsbericht zum Kreistagsbeschluss Nr. 41/2023 (Sitzung KT/2023/02 vom 10.05.2023)
Radweg Oberstadt – Unterdorf

Sehr geehrte Damen und Herren,
der Kreistag hat folgenden Beschluss gefasst:
1. Die Verwaltung wird beauftragt, einen Radweg zwischen Oberstadt und Unterdorf zu planen.
2. Für den Radweg gilt:
a) Er ist mindestens 2,50 m breit.
b) Er wird beleuchtet.
Hierzu berichten wir:
Zu Punkt 1:
Die Planung wurde im Januar 2024 abgeschlossen.
Zu Punkt 2 a) und b):
Beide Vorgaben sind in der Planung berücksichtigt.

Mit freundlichen Grüßen
Georg Kammerer
Landrat
""")
    assert record.file_number == "31-0412/STR-2"
    assert record.city == "Landratsamt Oberland" and record.department == "Sachgebiet 31 – Straßenbau"
    by_number = {m.number: m for m in record.mandates}
    assert by_number["2a"].response == by_number["2b"].response == "Beide Vorgaben sind in der Planung berücksichtigt."
