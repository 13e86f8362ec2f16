"""Whole letters and single mechanisms in forms the reader met in blind rounds 54 to 56 (each written
here, not taken from a corpus): the points as parts of a report's numbered section ("3 Beschlusspunkte und
Sachstand" over 3.1, 3.2); points counted "(1)", "(2)" inside the resolution's one sentence, a resolution
"zugestimmt" and a report numbered "Mitteilung der Verwaltung Nr. …"; lettered points over "Antwort:" labels
and a title under the line saying when the resolution was decided; a quoted title followed by "– Sachstand"
and a heading "Bericht der Verwaltung" over the answers; a first point's "1." that OCR read as two letters;
points cited in prose ("… aufzustellen (Ziffer 1)") answered by paragraphs that speak of them; a quote's
paragraphs answered "Zu 1.:"; a form row drawn with bars; numbered headings naming their resolution in
brackets; two numbered sentences; a report announced before the signature; a damaged context word."""
from __future__ import annotations

from pipeline.numbering import repair_numbers
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_points_numbered_as_parts_of_the_reports_section(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Dezernat II – Fachbereich Umwelt
Az.: 67.1/2024-77
Datum: 12.05.2025

Beschlussverfolgung – 1. Fortschreibung

Beschlussvorlage V077/2024: Grünes Zentrum
Der Gemeinderat hat am 10.10.2024 das Programm beschlossen.
1 Anlass
Die Innenstadt ist im Sommer stark überwärmt. Das Programm bündelt Maßnahmen für die Jahre 2025
und 2026.
2 Beschlusspunkte und Sachstand

2.1 Pflanzung von 80 zusätzlichen Straßenbäumen.
Die Pflanzsaison ist abgeschlossen. Es wurden 84 Bäume gepflanzt.

2.2 Einrichtung von vier Trinkbrunnen.
Zwei Brunnen sind in Betrieb, die übrigen folgen bis Ende 2025.
3 Weiteres Vorgehen
Die nächste Fortschreibung wird im November 2025 vorgelegt.

Anna Muster
Bürgermeisterin
""")
    assert record.kind == "beschlusskontrolle"
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("2.1", "Pflanzung von 80 zusätzlichen Straßenbäumen."), ("2.2", "Einrichtung von vier Trinkbrunnen.")]
    assert record.mandates[1].response == "Zwei Brunnen sind in Betrieb, die übrigen folgen bis Ende 2025."


def test_points_counted_in_parentheses_within_one_sentence(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Amt für Grünflächen
Zeichen: 67 12/25
Datum: 2025-03-01

Bezirksvertretung Mitte

Mitteilung der Verwaltung Nr. 20250111

Antrag 20240999 der Fraktionen in der Bezirksvertretung Mitte
Neue Bänke im Stadtpark

Die Bezirksvertretung hat am 10.10.2024 dem Antrag mit folgendem Wortlaut zugestimmt:
„Die Verwaltung wird gebeten, (1) im Stadtpark zehn neue Bänke aufzustellen und (2) die alten
Bänke zu entfernen.“

Zu (1): Die Bänke sind bestellt und werden bis zum 30.05.2025 aufgestellt.

Zu (2): Die alten Bänke wurden am 12.02.2025 entfernt.

Anna Muster
Amtsleiterin
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "20240999"     # the report's own number is none
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote.startswith("im Stadtpark zehn neue Bänke aufzustellen")
    assert record.mandates[1].response == "Die alten Bänke wurden am 12.02.2025 entfernt."


def test_lettered_points_over_answer_labels_and_a_title_under_the_decision(tmp_path):
    record = read(tmp_path, """Musterstadt
Ortsamt Nord
Unser Zeichen: OA N 3-1/24
Musterstadt, 11. Dezember 2024

An die Mitglieder
des Beirats Nord

Beschluss des Beirats Nord vom 12.09.2024
Sichere Querung am Marktplatz

Sehr geehrte Beiratsmitglieder,

zu Ihrem oben genannten Beschluss liegen die Stellungnahmen der Stellen vor.

a) Der Beirat fordert das Amt für Straßen auf, am Marktplatz einen Zebrastreifen anzulegen.

Antwort: Der Zebrastreifen wurde am 20.11.2024 markiert.

b) Zusätzlich ist eine Beleuchtung der Querung einzurichten.

Antwort: Mit der Planung wurde noch nicht begonnen.

Mit freundlichen Grüßen

Anna Muster
Ortsamtsleiterin
""")
    assert record.kind == "beschlusskontrolle"
    assert record.subject == "Sichere Querung am Marktplatz"
    assert [(m.number, m.response) for m in record.mandates] == [
        ("a", "Der Zebrastreifen wurde am 20.11.2024 markiert."), ("b", "Mit der Planung wurde noch nicht begonnen.")]


def test_a_quoted_title_with_its_genre_and_a_heading_over_the_answers(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Referat Klima
GZ: KM 6103-01
Musterstadt, 17.06.2024

Betreff

Umsetzung des Beschlusses GRDrs 100/2023
„Grüne Dächer auf städtischen Gebäuden“ – Sachstand

Der Gemeinderat hat am 27.07.2023 beschlossen:

a) Auf allen städtischen Neubauten ist eine Dachbegrünung vorzusehen.
b) Das Förderprogramm ist um 100.000 Euro jährlich aufzustocken.
Bericht der Verwaltung

Zu Beschlussziffer a)

Der Grundsatz wird bei allen Planungen beachtet.

Zu Beschlussziffer b)

Die Aufstockung ist im Haushalt 2025 enthalten.

Anna Muster
Bürgermeisterin
""")
    assert record.subject == "Grüne Dächer auf städtischen Gebäuden"
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("a", "Auf allen städtischen Neubauten ist eine Dachbegrünung vorzusehen."),
        ("b", "Das Förderprogramm ist um 100.000 Euro jährlich aufzustocken.")]
    assert record.mandates[0].response == "Der Grundsatz wird bei allen Planungen beachtet."


def test_a_first_number_that_ocr_read_as_two_letters():
    lines = ["ik „Die Verwaltung wird gebeten, eine Zone einzurichten.”", "Die Zone ist eingerichtet.",
             "2; „Ein Überweg ist anzulegen.“", "Er ist nicht zulässig.", "3: „Haltestellen sind neu auszuweisen.“"]
    assert repair_numbers(lines)[0] == "1. „Die Verwaltung wird gebeten, eine Zone einzurichten.”"
    # two letters before a quote, with no points numbered 2 and 3 below, stay what they are
    assert repair_numbers(["ik „Die Zone“ ist eingerichtet."]) == ["ik „Die Zone“ ist eingerichtet."]


def test_points_cited_in_prose_take_the_paragraphs_that_speak_of_them(tmp_path):
    # a text layer with no space between paragraphs: each ends on a short line
    record = read(tmp_path, """Freie und Hansestadt Musterstadt
Bezirksamt Nord – Fachamt Stadtgrün
Az.: SG 21/0441
Datum: 04.03.2025

An: Bezirksversammlung Nord

Mehr Bäume am Stadtweiher

Beschluss der Bezirksversammlung vom 30.05.2024 (Drucksache 22-0999)
Sachverhalt:
Mit dem Beschluss wurde das Bezirksamt gebeten, am Stadtweiher zusätzliche Linden zu
pflanzen (Ziffer 1) und an den Wegen Sitzbänke mit Armlehnen aufzustellen (Ziffer 2).
Zudem sollte geprüft werden, ob Paten für die Bäume gewonnen werden können (Ziffer 3).
Die Bänke wurden im Februar aufgestellt; es sind barrierearme Modelle mit Armlehnen, die
auch bei weiteren Standorten verwendet werden.
Eine Baumpatenschaft kann aus haftungsrechtlichen Gründen derzeit nicht angeboten
werden.
Die Linden werden in der Pflanzsaison im Herbst 2025 gesetzt, die Standorte sind
abgestimmt.
Petitum:
Der Ausschuss wird um Kenntnisnahme gebeten.

Anna Muster
Fachamtsleiterin
""")
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("1", "am Stadtweiher zusätzliche Linden zu pflanzen"),
        ("2", "an den Wegen Sitzbänke mit Armlehnen aufzustellen"),
        ("3", "ob Paten für die Bäume gewonnen werden können")]
    responses = [m.response for m in record.mandates]
    assert responses[0].startswith("Die Linden werden in der Pflanzsaison")
    assert responses[1].startswith("Die Bänke wurden im Februar aufgestellt")
    assert responses[2].startswith("Eine Baumpatenschaft kann")


def test_a_paragraph_that_speaks_of_no_cited_point_answers_none():
    from pipeline.prose import assign_answers, cited_clauses

    clauses, tail = cited_clauses("Die Verwaltung wurde gebeten, Linden zu pflanzen (Ziffer 1) und Bänke aufzustellen"
                                  " (Ziffer 2). Die Linden stehen.")
    assert [number for number, _ in clauses] == ["1", "2"] and tail == "Die Linden stehen."
    assert assign_answers([c for _, c in clauses], ["Der Haushalt ist beschlossen.", "Die Bänke stehen."]) == [None, 1]
    # one citation, or citations out of order, name no list of points
    assert cited_clauses("Die Verwaltung wurde gebeten, Linden zu pflanzen (Ziffer 2).") == ([], "")


def test_paragraphs_of_one_quote_answered_zu_1_2_3_and_a_form_row_drawn_with_bars(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt | Mitteilungsvorlage
Betreff: Sachstand zum Beschluss 22/SVV/0101 Fahrradbügel am Bahnhof | öffentlich
Einreicher: Fachbereich Mobilität | Erstellungsdatum: 11.01.2023

Die Stadtverordnetenversammlung hat in ihrer Sitzung am 07.09.2022 beschlossen:

    »Der Oberbürgermeister wird beauftragt, am Bahnhof 300 Fahrradbügel
    aufzustellen.

    Fördermittel des Landes sind einzuwerben.

    Die Bügel sind jährlich zu warten.«

Sachstand:

Zu 1.: Die Bügel sind bestellt und werden bis Ende März 2023 aufgestellt.

Zu 2.: Der Förderaufruf ist noch nicht veröffentlicht.

Zu 3.: Die Wartung ist beauftragt.

Anna Muster
Beigeordnete
""")
    assert record.department == "Fachbereich Mobilität" and record.letter_date == "2023-01-11"
    assert record.subject == "Fahrradbügel am Bahnhof"
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("1", "Der Oberbürgermeister wird beauftragt, am Bahnhof 300 Fahrradbügel aufzustellen."),
        ("2", "Fördermittel des Landes sind einzuwerben."), ("3", "Die Bügel sind jährlich zu warten.")]
    assert record.mandates[1].response == "Der Förderaufruf ist noch nicht veröffentlicht."


def test_numbered_headings_naming_their_resolution_in_brackets(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Grünflächenamt

An die                                        Musterstadt, 21.03.2025
Bezirksvertretung Mitte                       Zeichen: 67/3-Kl

Sachstandsbericht

Die Bezirksvertretung Mitte hat am 13.11.2024 zwei Beschlüsse gefasst. Über deren Umsetzung
berichtet die Verwaltung wie folgt.

1. Beschluss vom 13.11.2024 (Drucksache Nr.: 33017-24)
Erneuerung des Spielplatzes

    „1. Die Verwaltung wird gebeten, die Spielgeräte zu erneuern.“

Stellungnahme: Die Geräte sind bestellt.

2. Beschluss vom 13.11.2024 (Drucksache Nr.: 33544-24)
Beleuchtung des Fußwegs

    „a) Die Beleuchtung des Fußwegs ist zu verbessern.“

Stellungnahme: Vier Leuchten sind seit dem 18.02.2025 in Betrieb.

Mit freundlichen Grüßen

Jan Muster
Stadtrat
""")
    assert [(m.resolution, m.number) for m in record.mandates] == [("33017-24", "1"), ("33544-24", "a")]
    assert [alias.resolution for alias in record.also_concerns] == ["33544-24"]


def test_two_numbered_sentences_and_a_report_announced_before_the_signature(tmp_path):
    record = read(tmp_path, """MARKT MUSTERHAUSEN
Bauamt

An die Mitglieder des Marktgemeinderates

Marktplatz 1
85000 Musterhausen

Musterhausen, 03.12.2024

Mitteilung zum Beschluss Nr. 2024/117
Gegenstand: Brunnen III
1. Der Marktgemeinderat nimmt den Bericht der Wasserversorgung zur Kenntnis.
Keine weiteren Veranlassungen erforderlich.
2. Die Verwaltung wird gebeten, beim Wasserwirtschaftsamt eine Prüfung anzuregen.
Die Prüfung wurde am 12.11.2024 angeregt.
Über den weiteren Fortgang wird die Verwaltung berichten.

i. V.

Maria Muster
2. Bürgermeisterin
""")
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.report_type == "interim"
    assert record.recipients == "An die Mitglieder des Marktgemeinderates"


def test_a_damaged_context_word(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Musterstadt
Bezirksamt Nord
Az.: 22-1184
Datum: 06.05.2025

Sichere Schulwege

Die Bezirksversammlung hat in ihrer Sitzung am 27.02.2025 den Antrag
Drucksachc 22-0917 mit folgendem Petitum beschlossen:

1. Das Bezirksamt wird gebeten, vor der Grundschule eine Markierung aufzubringen.

2. Die Haltezone ist zu verlegen.

Stellungnahme der Verwaltung:

Zu 1. Die Markierung wurde am 14.04.2025 aufgebracht.

Zu 2. Die Haltezone wurde verlegt.

Anna Muster
Fachamtsleiterin
""")
    assert record.resolution == "22-0917" and record.file_number == "22-1184"


def test_a_table_whose_number_column_has_no_heading_left():
    from pipeline.layout import layout_text
    from tests.unit.test_layout import line, page

    # OCR lost the shaded "Ziff." over the numbers and read the first "1" as "E"
    text = layout_text([page(
        1,
        line("Beschluss", 110, 100) + line("Sachstand", 280, 100) + line("Termin", 460, 100),
        line("E", 70, 116) + line("Die Stellen werden", 110, 116) + line("An 24 Schulen umgesetzt.", 280, 116) + line("31.07.2025", 460, 116),
        line("ausgebaut.", 110, 128),
        line("2", 70, 146) + line("Die Förderung wird", 110, 146) + line("Der Antrag ist gestellt.", 280, 146),
        line("beantragt.", 110, 158),
        line("3", 70, 176) + line("Die Verträge werden", 110, 176) + line("Noch nicht begonnen.", 280, 176),
        line("verlängert.", 110, 188),
    )])
    assert "1. „Die Stellen werden ausgebaut.“\nAn 24 Schulen umgesetzt.\nTermin: 31.07.2025" in text
    assert "3. „Die Verträge werden verlängert.“\nNoch nicht begonnen." in text


def test_a_reference_under_the_unit_and_a_label_row_over_its_values(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Der Oberbürgermeister
Fachbereich Städtebau
FB 61-2024-0092
10.12.2024

Ausschuss für Stadtentwicklung

Sachstandsbericht zum Beschluss VO/2024/0101
Neue Radwege

1. „Die Verwaltung wird beauftragt, zwei Radwege zu planen.“
Die Planung ist abgeschlossen.

Anna Muster
Fachbereichsleiterin
""")
    assert record.department == "Fachbereich Städtebau" and record.file_number == "FB 61-2024-0092"
    from pipeline.header import label_row_over_values

    assert label_row_over_values(["Az.  Datum  Öffentlichkeitsstatus", "66.1-ST/2024-08  11.03.2024  öffentlich"]) == [
        "Az.: 66.1-ST/2024-08", "Datum: 11.03.2024", "Öffentlichkeitsstatus: öffentlich", ""]
    # a sentence's words set apart are no label row
    assert label_row_over_values(["Sehr geehrte  Damen", "und  Herren"]) == ["Sehr geehrte  Damen", "und  Herren"]


def test_a_request_to_take_the_matter_as_settled_closes_the_answer(tmp_path):
    record = read(tmp_path, """Bezirksamt Musterbezirk von Berlin

An die
Bezirksverordnetenversammlung Musterbezirk

Abt. Stadtentwicklung und Bürgerdienste
Bezirksstadtrat
Datum: 10.10.2023

Vorlage zur Kenntnisnahme
Betreff: Fahrradbügel in der Lindenallee – Zwischenbericht
Die BVV hat in ihrer Sitzung am 22.03.2023 folgendes Ersuchen beschlossen (Drucksache DS/0101/IX):
„Das Bezirksamt wird ersucht, in der Lindenallee zehn Fahrradbügel aufzustellen.“
Das Bezirksamt berichtet dazu wie folgt:
Die Fahrradbügel werden bis Ende November 2023 aufgestellt.
Wir bitten, den Beschluss mit dieser Vorlage noch nicht als erledigt zu betrachten. Ein
Schlussbericht folgt im I. Quartal 2024.

Anna Muster
Bezirksbürgermeisterin
""")
    assert record.department == "Abt. Stadtentwicklung und Bürgerdienste"
    assert record.mandates[0].response == "Die Fahrradbügel werden bis Ende November 2023 aufgestellt."
    assert record.next_review == "2024-03"


def test_a_heading_in_capitals_names_its_resolution():
    from pipeline.references import find_resolutions

    assert [f[0] for f in find_resolutions("INFORMATION ZUR UMSETZUNG DES BESCHLUSSES V087/2023")] == ["V087/2023"]
    assert [f[0] for f in find_resolutions("Beschluss VORL/2023/12")] == ["VORL/2023/12"]   # an identifier's letters stay


def test_a_table_row_whose_number_ocr_lost_is_told_by_its_gap_and_the_sequence():
    from pipeline.layout import layout_text
    from tests.unit.test_layout import line, page

    text = layout_text([page(
        1,
        line("Nr.", 70, 100) + line("Beschlusspunkt", 110, 100) + line("Sachstand", 280, 100) + line("Termin", 460, 100),
        line("1.", 70, 118) + line("Ein Entwurf ist", 110, 118) + line("Der Entwurf liegt", 280, 118) + line("erledigt", 460, 118),
        line("vorzulegen.", 110, 130) + line("vor.", 280, 130),
        # the second record's "2." lost; the record set apart like the others, its point and answer opening together
        line("Ein Programm ist", 110, 150) + line("Es wird nicht", 280, 150) + line("entfällt", 460, 150),
        line("aufzulegen.", 110, 162) + line("aufgelegt.", 280, 162),
        line("3.", 70, 182) + line("Brunnen sind zu", 110, 182) + line("Zwölf sind in", 280, 182) + line("30.06.2024", 460, 182),
        line("errichten.", 110, 194) + line("Betrieb.", 280, 194),
    )])
    assert "2. „Ein Programm ist aufzulegen.“\nEs wird nicht aufgelegt.\nTermin: entfällt" in text
    assert "1. „Ein Entwurf ist vorzulegen.“" in text and "3. „Brunnen sind zu errichten.“" in text


def test_a_wahlperiode_numeral_read_with_a_one():
    from pipeline.references import find_resolutions

    assert [f[0] for f in find_resolutions("Drucksache 0733/1X")] == ["0733/IX"]
    assert [f[0] for f in find_resolutions("Drucksache 0733/11")] == ["0733/11"]     # digits stay digits


def test_a_report_announced_over_a_line_ending_in_a_quarters_numeral(tmp_path):
    record = read(tmp_path, """Amt Musterland
Der Amtsdirektor
Musterdorf, 01.03.2023

Mitteilung zum Beschluss GV/012/2022
Sehr geehrte Gemeindevertreter,
1) „Ein Fahrzeug ist zu beschaffen.“ – Der Auftrag ist erteilt.
2) „Für die Beschaffung sind Fördermittel zu beantragen.“ – Der Antrag wurde am 20.02.2023 gestellt.
Der Gemeindevertretung wird nach Auslieferung des Fahrzeuges, voraussichtlich im I.
Quartal 2024, abschließend berichtet.

Dirk Muster
""")
    assert record.mandates[1].response == "Der Antrag wurde am 20.02.2023 gestellt."
    assert record.next_review == "2024-03"
