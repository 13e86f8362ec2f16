"""Whole letters, hand-placed pages and single mechanisms in forms the reader met in blind round 53 (each
written here, not taken from a corpus): an answer "Kenntnisnahme; …" that is no acknowledgement's label;
two signature blocks set a word space apart; a table heading over two rows ("Beschluss /" over "Nr."), its
number cells naming the resolution ("A0345/23 /" over "1", the "1" lost); the first point under a group's
heading; OCR's stops for a point's number ("2»", "1,", "$;"); several cited points in one paragraph; an
answer marked "> "; a cover letter; talks held "nichtöffentlich"; a Berlin form carrying the Ersuchen's number."""
from __future__ import annotations

from pipeline import header
from pipeline.layout import layout_text
from pipeline.marking import is_marking
from pipeline.numbering import repair_numbers
from pipeline.status import see_point
from tests.unit.test_layout import line, page
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_an_answer_opening_with_kenntnisnahme_splits_no_columns():
    text = layout_text([page(
        1,
        line("1.", 70, 100) + line("Der Rat stimmt dem Plan", 110, 100), line("zu.", 110, 114),
        line("Kenntnisnahme; eine Umsetzungsmaßnahme ist hierzu nicht erforderlich.", 50, 128),
        line("2.", 70, 148) + line("Die Verwaltung wird beauftragt, ein System", 110, 148),
        line("einzurichten.", 110, 162),
    )])
    assert "2. Die Verwaltung wird beauftragt, ein System" in text


def test_two_signature_blocks_a_word_space_apart_read_column_by_column():
    text = layout_text([page(
        1,
        line("Mit freundlichen Grüßen", 70, 600),
        line("Kenntnisnahme:", 305, 630),
        line("Jan Muster", 78, 660),
        # the left role runs up to the right name with a gap a little wider than a word space
        line("Beigeordneter für Bildung, Jugend, Kultur und", 78, 674) + line("Dirk Beispiel", 305, 674),
        line("Sport", 78, 688) + line("Oberbürgermeister", 305, 688),
    )])
    assert "Jan Muster\nBeigeordneter für Bildung, Jugend, Kultur und\nSport" in text
    right = [text.index(s) for s in ("Sport", "Kenntnisnahme:", "Dirk Beispiel", "Oberbürgermeister")]
    assert right == sorted(right)


def test_a_heading_over_two_rows_and_number_cells_naming_the_resolution():
    rows = [line("Beschluss /", 77, 100) + line("Beschlusstext", 152, 100) + line("Sachstand", 320, 100) + line("Termin", 488, 100),
            line("Nr.", 77, 112),
            line("A0101/24 /", 77, 130) + line("Eine Liste", 152, 130) + line("Die Liste liegt vor.", 320, 130) + line("erledigt", 488, 130),
            line("1", 77, 142) + line("erstellen.", 152, 142),
            line("A0202/24 /", 77, 164) + line("Bänke aufstellen.", 152, 164) + line("Noch nicht begonnen.", 320, 164) + line("–", 488, 164)]
    # (the second record's number lost, as OCR may lose it: a new resolution's points start at 1)
    text = layout_text([page(1, *rows)])
    assert "Zu A0101/24:\n\n1. „Eine Liste erstellen.“\nDie Liste liegt vor." in text
    assert "Zu A0202/24:\n\n1. „Bänke aufstellen.“\nNoch nicht begonnen." in text


def test_numbers_whose_stops_ocr_misread():
    lines = ["$; Der Rat beschließt die Sanierung der Brücke.", "Umsetzung:", "Die Planung ist abgeschlossen.",
             "2. Die Verwaltung wird beauftragt, eine Umleitung einzurichten.", "Umsetzung:", "Sie ist abgestimmt.",
             "3 Fördermittel sind zu beantragen.", "Umsetzung:", "Der Antrag ist gestellt.",
             "4» Der Bau ist bis 2026 abzuschließen."]
    assert [line.split()[0] for line in repair_numbers(lines) if line[:1] in "$1234"] == ["1.", "2.", "3.", "4."]
    # a quote mark after a number nothing before it continues stays what it is
    assert repair_numbers(["7» Der Rat tagt."]) == ["7» Der Rat tagt."]


def test_points_under_group_headings_cited_answers_and_arrows(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
Sozialdezernat
Musterstadt, 19. Dezember 2024

Beschlusskontrolle – Sachstand zu den Kreistagsbeschlüssen vom 24.07.2024
Sehr geehrte Damen und Herren,
zu den nachfolgend genannten Beschlüssen berichten wir zum Stand der Umsetzung.
A. Drucksache 2024/087 (Sitzung KT/04/2024)
Ausbau der Pflegestützpunkte
1. Im Raum Wangen wird ein weiterer Pflegestützpunkt eingerichtet.
> Die Räume sind angemietet; der Stützpunkt soll zum 1. April 2025 eröffnet werden.
2» Die Personalkosten sind mit den Kassen anteilig abzurechnen.
> Eine Vereinbarung liegt noch nicht vor.
B. Drucksache 2024/091 (Sitzung KT/04/2024)
Kommunale Pflegekonferenz
1, Der Landkreis richtet eine Kommunale Pflegekonferenz ein.
> Die konstituierende Sitzung fand am 14.11.2024 statt.

Mit freundlichen Grüßen
Petra Muster
Sozialdezernentin
""")
    assert [(m.resolution, m.number) for m in record.mandates] == [("2024/087", "1"), ("2024/087", "2"), ("2024/091", "1")]
    assert record.mandates[0].quote == "Im Raum Wangen wird ein weiterer Pflegestützpunkt eingerichtet."
    assert record.mandates[1].response == "Eine Vereinbarung liegt noch nicht vor."


def test_several_points_cited_in_one_paragraph(tmp_path):
    record = read(tmp_path, """Ortschaft Musterdorf
Ortschaftsverwaltung
Musterdorf, den 6. Mai 2013

Mitteilung zum Beschluss V-Mu0021/12 vom 12.11.2012
Sehr geehrte Ortschaftsräte,
mit o. g. Beschluss hat der Ortschaftsrat in Punkt 1 beauftragt: „Die Ortschaftsverwaltung wird beauftragt,
den Spielplatz mit einer neuen Schaukel auszustatten.“ Die Schaukel wurde im April montiert. Der Spielplatz
ist wieder geöffnet.
Punkt 2 des Beschlusses lautet: „Der alte Sandkasten ist zurückzubauen.“ Der Rückbau ist noch nicht erfolgt.
Die Ortschaftsverwaltung wird im Oktober 2013 erneut berichten.
Mit freundlichen Grüßen
Sabine Muster
Ortsamtsleiterin
""")
    assert [(m.number, m.response) for m in record.mandates] == [
        ("1", "Die Schaukel wurde im April montiert. Der Spielplatz ist wieder geöffnet."),
        ("2", "Der Rückbau ist noch nicht erfolgt.")]


def test_a_cover_letter_naming_a_quoted_title_is_no_report(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
Der Landrat
Musterstadt, 4. März 2024

Übersendung des Sachstandsberichtes zum Kreistagsbeschluss Nr. 112/2022

Sehr geehrte Damen und Herren,

in der Anlage übersende ich Ihnen den Sachstandsbericht zur Umsetzung des Kreistagsbeschlusses
Nr. 112/2022 zur Kenntnis. Der Bericht wird unter dem Tagesordnungspunkt
„Informationen des Landrates“ aufgerufen.

Mit freundlichen Grüßen

Dr. Max Muster
Landrat
""")
    assert record.kind == "unknown"


def test_see_another_point_after_entfaellt_and_talks_held_nichtoeffentlich():
    assert see_point("Entfällt, siehe Nr. 1.") == "1"
    assert see_point("Entfällt.") is None
    assert not is_marking("nichtöffentlich geführt; Vertragsentwürfe können daher nicht beigefügt")
    assert is_marking("NICHTÖFFENTLICH")


def test_a_berlin_form_reports_under_the_ersuchens_number(tmp_path):
    record = read(tmp_path, """Bezirksamt Musterstadt von Berlin
Abteilung Bauen

Berlin, den 19.09.2023
Drucksache Nr.: DS/0733/IX

Vorlage zur Kenntnisnahme
für die Bezirksverordnetenversammlung

Betr.: Sichere Querung Hauptstraße

Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 23.03.2023 Folgendes beschlossen:

„Das Bezirksamt wird ersucht, sich für eine Querungshilfe an der Hauptstraße einzusetzen.“

Das Bezirksamt berichtet hierzu wie folgt:

Die Senatsverwaltung prüft eine Lichtsignalanlage; das Ergebnis wird bis Ende 2023 erwartet.

Max Muster
Bezirksbürgermeister
""")
    assert (record.resolution, record.file_number) == ("DS/0733/IX", None)
    assert record.subject == "Sichere Querung Hauptstraße"
    assert record.mandates[0].resolution == "DS/0733/IX"


def test_a_forms_own_number_with_its_value_on_the_next_line_and_a_label_run_into_the_unit():
    # "Drucksache Nr. (ggf. Nachtragsvermerk):" over "24/SVV/0791": the form's own number, not the resolution
    assert header.form_number(["Drucksache Nr. (ggf. Nachtragsvermerk):", "24/SVV/0791"]) == "24/SVV/0791"
    assert header.form_number(["Drucksache Nr. (ggf. Nachtragsvermerk): 24/SVV/0791"]) == "24/SVV/0791"
    assert header.tidy_unit("Geschäftsbereich Bildung und Sport Gremium: Stadtverordnetenversammlung der") \
        == "Geschäftsbereich Bildung und Sport"


def test_unquoted_points_then_their_answers_numbered_again(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Fachbereich Grün
Musterstadt, 5. Juli 2023

Mitteilungsvorlage zum Beschluss 22/SVV/0999
Die Stadtverordnetenversammlung hatte am 02.11.2022 beschlossen:
1) Der Oberbürgermeister wird beauftragt, ein Baumpflanzprogramm aufzulegen.
2) Die Bürgerschaft ist über Baumpatenschaften zu beteiligen.
Zur Umsetzung:
1) Im Herbst 2022 wurden 162 Bäume gepflanzt.
2) Baumpatenschaften werden seit März 2023 angeboten.

Max Muster
Beigeordneter
""")
    assert [(m.quote, m.response) for m in record.mandates] == [
        ("Der Oberbürgermeister wird beauftragt, ein Baumpflanzprogramm aufzulegen.", "Im Herbst 2022 wurden 162 Bäume gepflanzt."),
        ("Die Bürgerschaft ist über Baumpatenschaften zu beteiligen.", "Baumpatenschaften werden seit März 2023 angeboten.")]


def test_a_role_ending_in_its_units_number():
    from pipeline.closing import is_role
    assert is_role("Fachbereichsleiterin 3") and is_role("2. Bürgermeister")
    assert not is_role("Bürgermeister, Hauptstraße 12, 01067 Dresden")
