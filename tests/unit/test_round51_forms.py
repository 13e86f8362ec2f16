"""Whole letters in forms the reader met in blind rounds 51 and 52 (each written here, not taken from a
corpus): a bar table whose number cells name the resolution before the point ("A0101/24 1 | …"); two
signatures side by side in a text file where the sender's long role fills the left column; lettered points
alone on their lines over the resolution's words; a lead naming the point whose parts are reported
("Ziffer 3, die wie folgt lautet:"); a point left out and named in passing; the first quoted point's "1."
misread; remarks under their own heading after the last answer."""
from __future__ import annotations

from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_bar_table_naming_each_rows_resolution_and_signatures_side_by_side(tmp_path):
    record = read(tmp_path, """Stadt Musterburg
Geschäftsbereich Kultur
Datum: 03.02.2025

Beschlusskontrolle zu A0101/24 und A0202/24

Sehr geehrte Damen und Herren,

den Stand entnehmen Sie bitte der Übersicht.

Nr. | Beschlusspunkt | Sachstand | Status
A0101/24 1 | Eine Liste der Denkmale ist zu erstellen. | Die Liste liegt vor. | erledigt
A0101/24 2 | Die Liste ist zu veröffentlichen. | Die Veröffentlichung ist für März vorgesehen. | in Arbeit
A0202/24 1 | Am Markt sind Bänke aufzustellen. | Zwölf Bänke stehen. | erledigt

Mit freundlichen Grüßen

Dr. Inge Wolkenstein                          Kenntnis genommen
Beigeordnete für Kultur, Sport und Tourismus  Karl Brenner
                                              Oberbürgermeister
""")
    assert [(m.resolution, m.number) for m in record.mandates] == [("A0101/24", "1"), ("A0101/24", "2"), ("A0202/24", "1")]
    assert record.mandates[2].quote == "Am Markt sind Bänke aufzustellen."
    assert [m.status for m in record.mandates] == ["done", "in_progress", "done"]
    assert (record.sender.name, record.sender.role) == ("Dr. Inge Wolkenstein", "Beigeordnete für Kultur, Sport und Tourismus")
    assert (record.acknowledged_by.name, record.acknowledged_by.role) == ("Karl Brenner", "Oberbürgermeister")


def test_lettered_points_alone_on_their_lines_over_the_resolutions_words(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
Der Kreisausschuss
Musterstadt, 4. November 2024

Bericht des Kreisausschusses
Beschluss-Nr. 12/2024 des Kreistages
Sehr geehrter Herr Vorsitzender,
der Kreistag hat den Kreisausschuss mit folgenden Maßnahmen beauftragt.
a)
Der Kreisausschuss wird beauftragt, eine Richtlinie zu erlassen.
 Die Richtlinie ist seit dem 01.10.2024 in Kraft.
b)
Die Förderung soll auch Vereine umfassen.
 Eine Förderung von Vereinen ist rechtlich nicht zulässig.
Mit freundlichen Grüßen
Für den Kreisausschuss
Anna Beispiel
Landrätin
""")
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("a", "Der Kreisausschuss wird beauftragt, eine Richtlinie zu erlassen."),
        ("b", "Die Förderung soll auch Vereine umfassen.")]
    assert record.mandates[0].response == "Die Richtlinie ist seit dem 01.10.2024 in Kraft."


def test_a_lead_naming_the_point_whose_parts_follow_and_remarks_under_their_own_heading(tmp_path):
    record = read(tmp_path, """Stadt Musterhafen
Dezernat Soziales
Musterhafen, 27. Januar 2025

Sachstand zur Umsetzung der Drucksache 0999/2024
Sehr geehrte Damen und Herren,
die Ziffern 1 und 2 des Beschlusses wurden bereits abschließend behandelt.
Diese Mitteilung berichtet über die Ziffer 3, die wie folgt lautet:
3.1 Die Verwaltung stellt zusätzliche Schlafplätze bereit.
3.2 Für Frauen ist eine eigene Unterkunft einzurichten.
Hierzu teile ich mit:
Zu 3.1
Seit November stehen 86 zusätzliche Plätze bereit.
Zu 3.2
Ein geeignetes Objekt wurde bisher nicht gefunden.
Ergänzende Hinweise:
Die Belegung lag im Dezember bei 91 Prozent.
Mit freundlichen Grüßen
Jan Muster
Stadtrat
""")
    assert [m.number for m in record.mandates] == ["3.1", "3.2"]
    assert record.mandates[1].response == "Ein geeignetes Objekt wurde bisher nicht gefunden."


def test_a_point_left_out_and_named_in_passing_does_not_break_the_sequence(tmp_path):
    lines = ["1 Der Bürgermeister wird beauftragt, Bäume zu pflanzen.", "Es wurden 40 Bäume gepflanzt.",
             "3.1 Ein Konzept ist zu erstellen.", "Es ist in Arbeit.",
             "Punkt 2 des Beschlusses wird mit dieser Information erfüllt."]
    assert repair_numbers(lines)[0].startswith("1. Der")
    # without the sentence naming point 2, the bare "1" before "3.1" proves nothing
    assert repair_numbers(lines[:4])[0].startswith("1 Der")
    record = read(tmp_path, """Stadt Musterstadt
Der Oberbürgermeister
Datum: 22.05.2023

Thema: Umsetzung des Beschlusses zur DS0101/22 – Stadtbäume
Der Stadtrat hat den Antrag DS0101/22 beschlossen. Über die Umsetzung informiere ich wie folgt:
1 Der Oberbürgermeister wird beauftragt, jährlich 1.000 Bäume zu pflanzen.

Im Jahr 2022 wurden 1.146 Bäume gepflanzt.
3.1 Für Neupflanzungen ist ein Bewässerungskonzept zu erstellen.

Das Konzept soll bis zum 30.09.2023 vorliegen.

Punkt 2 des Beschlusses (Bericht an den Stadtrat) wird mit dieser Information erfüllt.

Katrin Muster
Oberbürgermeisterin
""")
    assert record.kind == "beschlusskontrolle"
    assert [m.number for m in record.mandates] == ["1", "3.1"]
    assert record.mandates[1].deadlines == ["2023-09-30"]


def test_the_first_quoted_points_number_misread_before_a_2():
    lines = ["I. Antrag 1342/2023", "4. »Die Verwaltung wird beauftragt, den Zugang umzubauen.«", "Sachstand: Erledigt.",
             "2. »Ein Konzept ist zu erstellen.«", "Sachstand: In Arbeit.", "II. Antrag 0877/2024",
             "1. »Eine Stelle ist einzurichten.«", "Sachstand: Eingerichtet."]
    assert repair_numbers(lines)[1].startswith("1. »Die Verwaltung")
    # a first point numbered 2 stays 2: a letter may report on some points only
    assert repair_numbers(["2. »Ein Konzept ist zu erstellen.«", "3. »Bänke aufstellen.«"])[0].startswith("2.")
