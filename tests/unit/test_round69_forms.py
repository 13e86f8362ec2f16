"""Mechanisms for forms the reader met in blind round 69 (each letter or line written here, not taken
from a corpus): "Zu Beschlusspunkt 1" right under the line announcing the resolution heads the point; an
"Abschlussmitteilung"; a resolution quoted inside the sentence that tells what was resolved; an identifier
broken at its slash; a numbered closing section; the venue under a reference; an answer that refers to
another or tells what a check found; a place's name OCR split; a form's row of labels with one known label;
a decision's date run into the title; a role run into the acknowledger's name; an
answer label with the answering unit's abbreviation; "zu Punkt 1" inside a sentence; "I," for a first "1."."""
from __future__ import annotations

from pipeline import closing
from pipeline.header import label_row_over_values, place_date
from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_HEADINGS_UNDER_THE_RESOLUTION = """Zweckverband Wasser Musterberg
Geschäftsstelle

An die Mitglieder
der Verbandsversammlung

Unser Zeichen: ZV 12.3/2025
Musterberg, 28.01.2025

Schlussbericht zum Beschluss der Verbandsversammlung Nr. 04/2024
Erneuerung des Pumpwerks Nord

Sehr geehrte Damen und Herren,

die Verbandsversammlung hat in ihrer Sitzung am 18.07.2024 beschlossen:

Zu Beschlusspunkt 1

    Das Pumpwerk Nord wird saniert. Die Kosten werden im Wirtschaftsplan 2024 bereitgestellt.

Die Sanierung wurde im November 2024 abgeschlossen.

Zu Beschlusspunkt 2

    Eine Notstromversorgung ist vorzusehen.

Das Notstromaggregat ist seit Dezember 2024 in Betrieb.

Der Beschluss ist damit vollständig abgearbeitet.

Mit freundlichen Grüßen

Frank Muster
Geschäftsführer
"""


def test_a_points_heading_right_under_the_announcement_heads_the_point(tmp_path):
    record = read(tmp_path, _HEADINGS_UNDER_THE_RESOLUTION)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Das Pumpwerk Nord wird saniert. Die Kosten werden im Wirtschaftsplan 2024 bereitgestellt."
    assert record.mandates[0].response == "Die Sanierung wurde im November 2024 abgeschlossen."


_CLOSING_NOTICE = """Markt Musterau
Bauamt

An alle Mitglieder
des Marktgemeinderates

Unser Zeichen: III/632-Mu
Musterau, 10. Feb. 2025

Abschlussmitteilung
Beschluss-Nr. 088/2024 (Sitzung MGR/11/2024 vom 22.10.2024)
Fahrradständer am Rathaus

Beschlusstext: „Der Marktgemeinderat beschließt: Am Rathaus werden zwanzig Fahrradständer aufgestellt.“

Die Fahrradständer wurden am 03.02.2025 aufgestellt. Der Beschluss ist damit vollzogen.

Mit freundlichen Grüßen

gez. Rudolf Muster
Erster Bürgermeister
"""


def test_an_abschlussmitteilung_is_a_report(tmp_path):
    record = read(tmp_path, _CLOSING_NOTICE)
    assert record.kind == "beschlusskontrolle" and record.resolution == "088/2024"
    assert record.report_type == "final"


_QUOTED_IN_THE_LEAD = """Freie und Hansestadt Hamburg
Bezirksamt Musterbezirk

An die
Bezirksversammlung Musterbezirk

Mitteilung der Bezirksamtsleitung
Drucksache 22-0815
Az.: MR 31 / 2024-042
Hamburg, den 17. Januar 2025

Bänke am Musterplatz
hier: Beschluss der Bezirksversammlung vom 26.09.2024, Drs. 22-0777

Sachverhalt:

Die Bezirksversammlung hat in ihrer Sitzung am 26.09.2024 beschlossen, die Bezirksamtsleitung
zu bitten, „am Musterplatz vier zusätzliche Sitzbänke aufzustellen“.

Das Bezirksamt teilt hierzu mit:

Zwei Bänke wurden im Dezember 2024 aufgestellt. Die übrigen zwei folgen bis Ende März 2025.

Petitum:

Die Bezirksversammlung wird um Kenntnisnahme gebeten.

Erika Muster
Bezirksamtsleiterin
"""


def test_a_resolution_quoted_in_the_sentence_telling_what_was_resolved_is_one_point(tmp_path):
    record = read(tmp_path, _QUOTED_IN_THE_LEAD)
    assert record.kind == "beschlusskontrolle" and record.resolution == "22-0777"
    assert [(m.number, m.quote) for m in record.mandates] == [("1", "am Musterplatz vier zusätzliche Sitzbänke aufzustellen")]
    assert record.mandates[0].response == "Zwei Bänke wurden im Dezember 2024 aufgestellt. Die übrigen zwei folgen bis Ende März 2025."
    assert record.mandates[0].deadlines == ["2025-03"]


_BEKANNTGABE = """Landeshauptstadt Musterstadt
Referat für Klimaschutz

An die Mitglieder
des Umweltausschusses

Az.: RK 23/0815
Musterstadt, 8. Mai 2025

Blühwiesen in Parks
Abschlussbericht zum Stadtratsbeschluss vom 23.11.2022 (Sitzungsvorlage Nr. 20-26
/ V 01234)
Bekanntgabe in der Sitzung des Umweltausschusses am 27.05.2025

1. Anlass

Der Stadtrat hat am 23.11.2022 Folgendes beschlossen:
1. Das Referat wird beauftragt, in fünf Parks Blühwiesen anzulegen.
2. Für die Pflege sind jährlich 50.000 Euro bereitzustellen.

2. Stand der Umsetzung

Zu Ziffer 1:
Die Blühwiesen wurden im Frühjahr 2024 angelegt.
Zu Ziffer 2:
Eine eigene Haushaltsposition wurde nicht geschaffen; zusätzliche Mittel sind nicht möglich.

3. Abschluss

Mit dieser Bekanntgabe ist der Auftrag abschließend behandelt.

Die Referentin
"""


def test_a_broken_identifier_a_venue_line_and_a_closing_section(tmp_path):
    record = read(tmp_path, _BEKANNTGABE)
    assert record.resolution == "20-26 / V 01234"
    assert record.subject == "Blühwiesen in Parks"
    assert record.mandates[1].response == "Eine eigene Haushaltsposition wurde nicht geschaffen; zusätzliche Mittel sind nicht möglich."


_DECLARATIVE_POINTS = """Landeshauptstadt Musterstadt
Amt für Schulen

Geschäftliche Mitteilung
Drucksache 0123/2025
Datum: 21.03.25

Ortsbeirat Mitte

Umsetzung des Beschlusses Drucksache 0456/2023
Sicherer Schulweg an der Grundschule Mitte

Der Ortsbeirat Mitte hat am 07.09.2023 die folgenden Punkte beschlossen. Die Verwaltung nimmt dazu Stellung:

1) Vor der Grundschule Mitte wird eine Tempo-30-Strecke eingerichtet.
Die Beschilderung wurde am 14.10.2024 aufgestellt.
2) Die Kosten für Warnwesten übernimmt die Stadt.
Siehe Antwort zu 1).
3) In der Schulstraße wird ein Fußgängerüberweg eingerichtet.
Die Verkehrszählung vom 05.11.2024 hat ergeben, dass zu wenige Menschen dort queren. Ein Überweg kann daher nicht
angeordnet werden.

Wiedervorlage: 09/2025

gez. Dr. Max Muster
Stadtrat
"""


def test_an_answer_referring_to_another_or_telling_what_a_check_found_ends_a_declarative_point(tmp_path):
    record = read(tmp_path, _DECLARATIVE_POINTS)
    assert [m.quote for m in record.mandates[1:]] == ["Die Kosten für Warnwesten übernimmt die Stadt.",
                                                       "In der Schulstraße wird ein Fußgängerüberweg eingerichtet."]
    assert record.mandates[1].response == "Siehe Antwort zu 1)."
    assert record.mandates[2].response.startswith("Die Verkehrszählung vom 05.11.2024 hat ergeben")


def test_a_place_name_split_by_ocr_and_a_row_of_labels_with_one_known_label():
    assert place_date("Berl in, den 30.01.2024") == "2024-01-30"
    assert label_row_over_values(["Information   Datum   Status", "I0815/23   12.07.2023   öffentlich"])[:3] == [
        "Information: I0815/23", "Datum: 12.07.2023", "Status: öffentlich"]


_DATE_RUN_INTO_THE_TITLE = """Amt Musterheide
Bauamt

Gemeindevertretung Musterdorf                       Unser Zeichen: BA 60-22/23
                                                    Musterdorf, 21.09.2023

Sachstandsbericht zur Umsetzung des Beschlusses Nr. GVMu-023/2023
vom 04.05.2023 – Neue Leuchten im Ortsteil Mühle

Sehr geehrte Gemeindevertreterinnen und Gemeindevertreter,

die Gemeindevertretung hat beschlossen:

a) Die Straßenbeleuchtung im Ortsteil Mühle wird auf LED-Technik umgerüstet.

Der Förderantrag konnte noch nicht gestellt werden, da das Programm erst ab dem 01.11.2023 Anträge annimmt.

Mit freundlichen Grüßen

Karl Muster
Amtsvorsteher
"""


def test_a_decisions_date_before_the_title(tmp_path):
    record = read(tmp_path, _DATE_RUN_INTO_THE_TITLE)
    assert record.subject == "Neue Leuchten im Ortsteil Mühle"


def test_a_role_run_into_the_acknowledgers_name_under_its_label():
    sender, acknowledged = closing.find_signatories(
        ["Mit freundlichen Grüßen", "", "Kenntnisnahme:", "", "Martin Muster",
         "Beigeordneter für Bildung, Jugend und Sport Thomas Beispiel", "Oberbürgermeister"], by_column=True)
    assert (sender.name, sender.role) == ("Martin Muster", "Beigeordneter für Bildung, Jugend und Sport")
    assert (acknowledged.name, acknowledged.role) == ("Thomas Beispiel", "Oberbürgermeister")


_ANSWERS_OF_A_UNIT = """Freie Hansestadt Musterhafen
Ortsamt Nord

An den Beirat Nord

Musterhafen, 03.03.2025

Umsetzung des Beiratsbeschlusses vom 12.11.2024

Der Beirat hat in seiner Sitzung am 12.11.2024 beschlossen:

1. „Der Beirat fordert das Amt für Straßen und Verkehr auf, in der Parkstraße Tempo 30 anzuordnen.“

    Antwort ASV: Die 20 Schilder wurden im Oktober 2024 aufgestellt.

2. „Der Beirat bittet um Prüfung, ob die Lindenstraße Fahrradstraße werden kann.“

    Antwort ASV: Mit der Prüfung hat das ASV noch nicht begonnen, da zunächst das Ergebnis
    zu Punkt 1 abgewartet werden soll.

Mit freundlichen Grüßen

Anna Muster
Ortsamtsleiterin
"""


def test_an_answer_label_with_a_units_abbreviation_and_zu_punkt_inside_a_sentence(tmp_path):
    record = read(tmp_path, _ANSWERS_OF_A_UNIT)
    assert [m.response for m in record.mandates] == [
        "Die 20 Schilder wurden im Oktober 2024 aufgestellt.",
        "Mit der Prüfung hat das ASV noch nicht begonnen, da zunächst das Ergebnis zu Punkt 1 abgewartet werden soll."]


def test_an_answer_heading_naming_two_points_in_lower_case_is_still_a_heading(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Referat für Klimaschutz

Musterstadt, 12.04.2024

Bekanntgabe zum Stadtratsbeschluss Sitzungsvorlage Nr. 20-26 / V 04321
Förderprogramm Balkonkraftwerke

Der Stadtrat hat beschlossen:
1. Das Referat wird beauftragt, ein Förderprogramm aufzulegen.
2. Die Mittel sind bereitzustellen.
3. Über die Inanspruchnahme ist zu berichten.
Über die Umsetzung berichtet das Referat wie folgt.
zu Ziffer 1
Die Förderrichtlinie wurde am 1. Dezember 2022 veröffentlicht.
zu Ziffer 2 und 3
Die Mittel wurden bereitgestellt. Mit dieser Bekanntgabe wird berichtet.

Mit freundlichen Grüßen

Dr. Lena Muster
Referentin
""")
    assert [m.response for m in record.mandates][1:] == ["Die Mittel wurden bereitgestellt. Mit dieser Bekanntgabe wird berichtet."] * 2


def test_ocrs_i_comma_for_the_first_number_under_the_introduction():
    lines = ["Der Stadtrat hat am 26. April 2023 beschlossen:", "I, Der Oberbürgermeister wird beauftragt, die Schulhöfe",
             "zu öffnen.", "2. Dazu sind Schließdienste zu organisieren."]
    assert repair_numbers(lines)[1] == "1. Der Oberbürgermeister wird beauftragt, die Schulhöfe"
