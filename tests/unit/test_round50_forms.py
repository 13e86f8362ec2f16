"""Whole letters and single mechanisms in forms the reader met in blind round 50 (each written here, not
taken from a corpus): a two-column table of points whose first number OCR lost, answered below it; a
point's number over the label of its words ("3.1 Beschlusstext"); lettered points each under "Zu
Beschlusspunkt a)"; answers under "Zu I." / "zu 1." to the groups quoted above; one answer taking its
points by ordinal ("Zum ersten Beschlusspunkt …"); "Vorl.-Nr."; "nichtöffentlich" in a sentence about a
committee's deliberation."""
from __future__ import annotations

from pipeline.marking import is_marking
from pipeline.references import find_resolutions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_two_column_table_of_points_its_first_number_lost(tmp_path):
    record = read(tmp_path, """Stadt Musterburg
Fachbereich Sport

Musterburg, 24. Juni 2024

Beschlusskontrolle
Vorl.-Nr. 187/23 – Sanierung der Sportplätze
Nr. Beschluss
Der Sportplatz Ost wird im Jahr 2024 saniert.
2a Als Füllmaterial ist Sand zu verwenden.
2b Etwaige Mehrkosten sind darzustellen.
3 Der Sportplatz West ist im Jahr 2025 zu sanieren.

Sachstand
Zu 1: Die Sanierung wurde im Mai abgeschlossen.
Zu 2a und 2b: Eingebaut wurde Sand; Mehrkosten sind nicht angefallen.
Zu 3: Mit der Planung wurde noch nicht begonnen.

Bürgermeisterin
""")
    assert record.kind == "beschlusskontrolle" and record.resolution == "187/23"
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("1", "Der Sportplatz Ost wird im Jahr 2024 saniert."), ("2a", "Als Füllmaterial ist Sand zu verwenden."),
        ("2b", "Etwaige Mehrkosten sind darzustellen."), ("3", "Der Sportplatz West ist im Jahr 2025 zu sanieren.")]
    assert record.mandates[0].response == "Die Sanierung wurde im Mai abgeschlossen."
    assert record.mandates[3].status == "not_started"


def test_numbers_over_labels_and_lettered_headings_head_points(tmp_path):
    record = read(tmp_path, """Kreis Musterland
Fachdienst Umwelt
Musterstadt, 14. Januar 2025

Beschlusskontrolle zur Vorlage UEA/2024/117

Sehr geehrte Damen und Herren,

3.1 Beschlusstext
Der Kreis erwirbt die Flurstücke 14 und 15 zum Verkehrswert.
Sachstand
Der Kaufvertrag wurde am 05.12.2024 beurkundet.

3.2 Beschlusstext
Die Verhandlungen über das Flurstück 17 werden fortgeführt.
Sachstand
Die Eigentümerin hat einen Verkauf abgelehnt.
""")
    assert [(m.number, m.response) for m in record.mandates] == [
        ("3.1", "Der Kaufvertrag wurde am 05.12.2024 beurkundet."), ("3.2", "Die Eigentümerin hat einen Verkauf abgelehnt.")]
    lettered = read(tmp_path, """Zweckverband Wasser Musterbach
Musterbach, 30.04.2025
Sachstandsbericht zum Beschluss der Verbandsversammlung Nr. 07/2024

Sehr geehrte Damen und Herren,

Zu Beschlusspunkt a)
„Die Geschäftsführung wird ermächtigt, die Bauleistungen zu vergeben.“
Der Auftrag wurde am 17.02.2025 vergeben.

Zu Beschlusspunkt b)
„Die Versorgung der Ortsteile ist jederzeit zu sichern.“
Die Versorgung wird über eine provisorische Leitung sichergestellt.
""")
    assert [(m.number, m.response) for m in lettered.mandates] == [
        ("a", "Der Auftrag wurde am 17.02.2025 vergeben."), ("b", "Die Versorgung wird über eine provisorische Leitung sichergestellt.")]


def test_answers_under_roman_headings_go_to_their_group(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Geschäftsbereich Bildung
Datum: 12.04.2016

Sachstandsbericht
A0214/15 (SR/019/2015) – Schulsozialarbeit an Oberschulen
A0230/16 (SR/027/2016) – Schulsozialarbeit an Grundschulen

Sehr geehrte Stadträtinnen und Stadträte,
die beiden Beschlüsse haben folgenden Wortlaut:

I. Beschluss A0214/15
1. Die Schulsozialarbeit an allen Oberschulen wird dauerhaft sichergestellt.
2. Die Wirksamkeit ist extern zu evaluieren.

II. Beschluss A0230/16
1. An fünf Grundschulen wird ein Modellprojekt durchgeführt.

Zum Stand der Umsetzung:
Zu I.
zu 1.
Die Schulsozialarbeit wird an allen Oberschulen angeboten.
zu 2.
Mit der Evaluation wurde noch nicht begonnen.
Zu II.
zu 1.
Die Auswahl der Grundschulen erfolgt bis Ende Mai 2016.
""")
    assert [(m.resolution, m.number, m.response) for m in record.mandates] == [
        ("A0214/15", "1", "Die Schulsozialarbeit wird an allen Oberschulen angeboten."),
        ("A0214/15", "2", "Mit der Evaluation wurde noch nicht begonnen."),
        ("A0230/16", "1", "Die Auswahl der Grundschulen erfolgt bis Ende Mai 2016.")]


def test_one_answer_taking_its_points_by_ordinal(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Baudezernat
Musterstadt, 10.02.2023
Sachstandsbericht zum Beschluss B-112/2022

Sehr geehrte Damen und Herren,

Der Stadtrat hat am 21. September 2022 beschlossen:
1. »Für das Freibad ist ein Sanierungskonzept zu erarbeiten.«
2. »Die Verwaltung beantragt hierfür Fördermittel.«

Die Verwaltung berichtet hierzu wie folgt:
Zum ersten Beschlusspunkt ist festzustellen, dass das Konzept vorliegt. Der Auftrag ist damit erfüllt.
Was den zweiten Beschlusspunkt betrifft, wird der Antrag derzeit erarbeitet. Er soll bis Ende Juni 2023 vorliegen.
""")
    assert [(m.number, m.status, m.deadlines) for m in record.mandates] == [("1", "done", []), ("2", "in_progress", ["2023-06"])]
    assert record.mandates[1].response.startswith("Was den zweiten Beschlusspunkt betrifft")


def test_an_abbreviated_paper_and_a_committees_closed_deliberation():
    assert [r[0] for r in find_resolutions("Vorl.-Nr. 187/23 – Sanierung der Sportplätze")] == ["187/23"]
    assert not is_marking("Entwurf wurde am 03.03.2016 im Jugendhilfeausschuss nichtöffentlich vorberaten. Die")
    assert is_marking("NICHTÖFFENTLICH")


def test_refraining_rejects_and_closing_words_end_the_last_answer(tmp_path):
    from pipeline.status import response_status
    assert response_status("Die Verwaltung sieht daher von einer Umsetzung ab.") == "rejected"
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Referat für Klimaschutz
Musterstadt, 28.01.2025

Sachstandsbericht
Begrünung von Wartehäuschen
Beschluss des Ausschusses für Klimaschutz vom 14.05.2024 (SB)
Sitzungsvorlage Nr. 20-26 / V 12407
Sehr geehrte Damen und Herren,
der Ausschuss hat am 14.05.2024 Folgendes beschlossen:

1. Das Referat wird beauftragt, 25 Wartehäuschen zu begrünen.

2. Eine Ausweitung auf weitere Haltestellen wird angestrebt.
Hierzu teilt das Referat für Klimaschutz mit:
Zu Ziffer 1:
Die ersten zwölf Dächer sind begrünt.
Zu Ziffer 2:
Eine Ausweitung ist derzeit nicht möglich.
Der Abschlussbericht wird dem Ausschuss im Oktober 2025 vorgelegt.
Mit freundlichen Grüßen
""")
    assert record.subject == "Begrünung von Wartehäuschen"       # the title above the line saying when it was decided
    assert [(m.quote, m.response) for m in record.mandates] == [
        ("Das Referat wird beauftragt, 25 Wartehäuschen zu begrünen.", "Die ersten zwölf Dächer sind begrünt."),
        ("Eine Ausweitung auf weitere Haltestellen wird angestrebt.", "Eine Ausweitung ist derzeit nicht möglich.")]
    assert record.next_review == "2025-10"


def test_a_reference_broken_after_its_sitting_names_the_resolution(tmp_path):
    record = read(tmp_path, """Verbandsgemeinde Musterberg
Fachbereich Bauen
Musterberg, den 17. Feb. 2025

Beschluss des Verbandsgemeinderates vom 12.06.2024 (Sitzung
VGR/04/2024), Vorlage Nr. 0093/2024
Hochwasservorsorgekonzept für die Ortsgemeinden
Sehr geehrte Damen und Herren,
zu dem oben genannten Beschluss teilen wir Ihnen den aktuellen Stand mit.

1. »Die Verwaltung wird beauftragt, ein Vorsorgekonzept erstellen zu lassen.«
Das Ingenieurbüro wurde im September 2024 beauftragt.
""")
    assert (record.resolution, record.session_number) == ("0093/2024", "VGR/04/2024")
    assert record.subject == "Hochwasservorsorgekonzept für die Ortsgemeinden"


def test_a_table_whose_columns_ran_together_is_no_table_of_answers():
    from pipeline.tables import answers_table
    lines = ["Beschlusspunkt Erledigungsvermerk", "", "01 Alle Schulen erhalten Ausstattung an 14 von",
             "bis zum Schuljahr 2023/24 19 Schulen", "02 Für die Wartung sind Stellen im Stellenplan"]
    assert answers_table(lines) == lines      # no points quoted above it: its rows are points and answers run together
