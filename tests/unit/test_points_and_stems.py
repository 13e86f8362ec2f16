"""Points numbered as a sequence with sub-points, stems that sub-points finish, answer heads
and closing sentences: the points reader on short bodies of our own."""
from __future__ import annotations

from pipeline.answers import clean_response
from pipeline.mandates import read_body


def points(text: str, resolution: str = "V0100/23"):
    found, _ = read_body(text.split("\n"), resolution, [resolution])
    return [(p.number, clean_response(p.quote), clean_response(p.response)) for p in found]


def test_unquoted_paragraphs_numbered_1_2a_2b_3_are_points_answered_below_them():
    read = points("""
1) Dem Ankauf des Grundstücks zu einem Kaufpreis von 100.000 EUR wird zugestimmt.
Der Kaufvertrag wurde am 14.03.2023 beurkundet.

2a) Der Oberbürgermeister wird beauftragt, die Zahlung aus dem Budget zu leisten.
Die Zahlung ist erfolgt.

2b) Die Nebenkosten sind aus dem Haushalt des Amtes zu decken.
Die Nebenkosten sind beglichen.

3) Der Stadtrat nimmt zur Kenntnis, dass die Planung im Jahr 2024 beginnt.
Hierzu besteht kein Handlungsbedarf.

Sämtliche Beschlusspunkte sind umgesetzt.""")
    assert [n for n, _, _ in read] == ["1", "2a", "2b", "3"]
    assert read[0][2] == "Der Kaufvertrag wurde am 14.03.2023 beurkundet."
    assert read[3] == ("3", "Der Stadtrat nimmt zur Kenntnis, dass die Planung im Jahr 2024 beginnt.",
                       "Hierzu besteht kein Handlungsbedarf.")


def test_sub_points_of_an_unfinished_stem_quote_the_whole_sentence():
    read = points("""
1. Der Lärmaktionsplan wird beschlossen.
Sachstand: Kenntnisnahme.

2. Die Verwaltung wird beauftragt, Tempo 30 nachts
a) auf der Lederstraße anzuordnen.
Sachstand: Die Anordnung ist erfolgt.

b) auf der Hauptstraße anzuordnen.
Sachstand: Die Behörde hat nicht zugestimmt.""")
    assert [(n, q) for n, q, _ in read][1:] == [
        ("2a", "Die Verwaltung wird beauftragt, Tempo 30 nachts auf der Lederstraße anzuordnen."),
        ("2b", "Die Verwaltung wird beauftragt, Tempo 30 nachts auf der Hauptstraße anzuordnen.")]
    assert read[2][2] == "Die Behörde hat nicht zugestimmt."


def test_sub_points_under_a_heading_with_a_colon_keep_their_own_words():
    read = points("""
1. Die Lücke an der K 8908 wird geschlossen.

Die Baugenehmigung liegt vor.

2. Radweg Nord:

a) Für den Abschnitt Nord ist eine Studie zu beauftragen.

Die Studie liegt vor.

3. Der Kreistag ist regelmäßig zu informieren.

Dies wird erfüllt.""")
    assert [(n, q) for n, q, _ in read] == [("1", "Die Lücke an der K 8908 wird geschlossen."),
                                           ("2a", "Für den Abschnitt Nord ist eine Studie zu beauftragen."),
                                           ("3", "Der Kreistag ist regelmäßig zu informieren.")]


def test_a_heading_with_a_prefixed_kind_opens_the_next_resolutions_points_and_its_session_leaves_the_title():
    body = """I. GR-Drucksache 23/041/03 (Sitzung GR/2023/05 vom 11.05.2023)
1. „Der Plan wird beschlossen.“
Kenntnisnahme.

II. GR-Drucksache 23/058/01 (Sitzung GR/2023/07 vom 20.07.2023)
Förderprogramm Balkonkraftwerke

1. „Die Stadt legt ein Förderprogramm auf.“
Das Programm ist geöffnet."""
    found, groups = read_body(body.split("\n"), "23/041/03", ["23/041/03"])
    assert [(p.number, p.resolution) for p in found] == [("1", "23/041/03"), ("1", "23/058/01")]
    assert ("23/058/01", "GR/2023/07", "Förderprogramm Balkonkraftwerke") in groups


def test_an_answer_head_that_ocr_glued_to_its_word_still_heads_the_answer():
    read = points("""
Ziffer 1: „Es sind Bäume zu pflanzen.“
Ziffer 2: „Eine Patenschaftskampagne ist zu starten.“

Zu Ziffer 1: Die Pflanzung ist beauftragt.

ZuZiffer 2: Die Kampagne ist noch nicht angelaufen.""")
    assert [(n, r) for n, _, r in read] == [("1", "Die Pflanzung ist beauftragt."), ("2", "Die Kampagne ist noch nicht angelaufen.")]


def test_an_announcing_sentence_and_the_letters_closing_are_no_part_of_the_answer():
    assert clean_response(["Hierzu informiert die Verwaltung wie folgt: Der Bericht erfolgt mit dieser Information."]) \
        == "Der Bericht erfolgt mit dieser Information."
    assert clean_response(["Siehe Ausführungen zu Punkt 3.1. Die Bürgerschaft wird im I. Quartal 2025 erneut informiert."]) \
        == "Siehe Ausführungen zu Punkt 3.1."
    assert clean_response(["Mit dieser Vorlage wird abschließend informiert. Eineweitere Berichterstattung ist nicht vorgesehen."]) \
        == "Mit dieser Vorlage wird abschließend informiert."


def test_a_point_headed_with_its_number_of_the_resolution():
    read = points("""
Ziffer 1.1 des Beschlusses:
„Die Verwaltung wird beauftragt, die Sanierung vorzubereiten.“
Umsetzungsstand: Die Entwurfsplanung ist abgeschlossen.

Ziffer 1.2 des Beschlusses:
„Die Bauarbeiten sollen im Sommer 2024 beginnen.“
Umsetzungsstand: Ein Baubeginn im Sommer 2024 ist nicht realistisch.""")
    assert [(n, r) for n, _, r in read] == [("1.1", "Die Entwurfsplanung ist abgeschlossen."),
                                           ("1.2", "Ein Baubeginn im Sommer 2024 ist nicht realistisch.")]


def test_a_dated_announcement_of_the_next_report_and_the_forms_next_section_close_the_last_answer():
    assert clean_response(["Die Anzeige ist bestellt. Über die Inbetriebnahme wird im Mai 2024 berichtet."]) == "Die Anzeige ist bestellt."
    # undated, it may be the point's own promise and stays
    assert clean_response(["Eine Zählung ist eingeplant. Über das Ergebnis wird der Beirat im Anschluss unterrichtet."]) \
        == "Eine Zählung ist eingeplant. Über das Ergebnis wird der Beirat im Anschluss unterrichtet."
    assert clean_response(["Der Beschluss gilt als erledigt. Finanzielle Auswirkungen: keine"]) == "Der Beschluss gilt als erledigt."


def test_points_headed_like_answers_quote_the_resolution_and_answer_below():
    read = points("""Der Magistrat berichtet zu den einzelnen Beschlusspunkten wie folgt:
Zu Beschlusspunkt 1:
Der Magistrat wird beauftragt, bis 2030 im Stadtgebiet 1000 Bäume zu pflanzen.
In der Pflanzperiode 2023/2024 wurden 137 Bäume gepflanzt.
Zu Beschlusspunkt 2:
Der Magistrat richtet eine Baumpatenschaftsbörse im Internet ein.
Mit der Einrichtung der Börse wurde noch nicht begonnen.""")
    assert read == [
        ("1", "Der Magistrat wird beauftragt, bis 2030 im Stadtgebiet 1000 Bäume zu pflanzen.",
         "In der Pflanzperiode 2023/2024 wurden 137 Bäume gepflanzt."),
        ("2", "Der Magistrat richtet eine Baumpatenschaftsbörse im Internet ein.",
         "Mit der Einrichtung der Börse wurde noch nicht begonnen.")]


def test_an_answer_heading_without_the_resolutions_words_heads_no_point():
    # answers only: nothing quotes the resolution, so no point is invented from the answers
    assert points("""Zum Stand der Umsetzung:
Zu 1.:
Die Markierung wurde im September 2022 abgeschlossen.
Zu 2.:
Es wurden 214 Stellplätze errichtet.""") == []


def test_bare_numbers_in_a_column_are_points_when_a_marked_number_follows():
    read = points("""zu den Beschlusspunkten wird wie folgt berichtet:
1   Der Verbandsgeschäftsführer wird beauftragt, die Sanierung auszuschreiben.
→ Die Ausschreibung ist erfolgt.
2   Die Versorgung ist während der Bauzeit über eine Notleitung sicherzustellen.
→ Die Notleitung ist seit dem 02.10.2023 in Betrieb.
3.1   Die Kosten sind aus dem Wirtschaftsplan 2023 zu finanzieren.
→ Die Finanzierung erfolgt aus dem Wirtschaftsplan 2023.""")
    assert [n for n, _, _ in read] == ["1", "2", "3.1"]
    assert read[0][2] == "Die Ausschreibung ist erfolgt."


def test_a_labelled_resolution_text_under_the_first_heading_is_its_point():
    found, groups = read_body("""Beschlusstext: Der Stadtrat beschließt die Fortschreibung des Nahverkehrsplans.
Sachstand: Der Nahverkehrsplan ist in Kraft getreten.
II. Beschluss-Nr. 22/1602-BV
Barrierefreier Ausbau der Haltestelle
1. Beschlusstext: Die Haltestelle ist barrierefrei auszubauen.
Sachstand: Die Bauarbeiten haben begonnen.
Die Beschlüsse 22/1587-BV und 22/1602-BV werden damit als erledigt betrachtet.""".split("\n"), "22/1587-BV", ["22/1587-BV"])
    read = [(p.number, p.resolution, clean_response(p.quote), clean_response(p.response)) for p in found]
    assert read == [
        ("1", "22/1587-BV", "Der Stadtrat beschließt die Fortschreibung des Nahverkehrsplans.",
         "Der Nahverkehrsplan ist in Kraft getreten."),
        ("1", "22/1602-BV", "Die Haltestelle ist barrierefrei auszubauen.", "Die Bauarbeiten haben begonnen.")]


def test_a_letter_ocr_read_for_the_next_points_digit_is_that_digit():
    read = points("""1. „Die Verwaltung erstellt einen Hitzeaktionsplan.“
Der Entwurf liegt vor.
2. „Trinkbrunnen sind aufzustellen.“
Sechs Trinkbrunnen sind in Betrieb.
3. „Der Betrieb ist vertraglich zu sichern.“
Der Vertrag ist geschlossen.
A. „Kühle Orte sind öffentlich zugänglich zu machen.“
Eine Erhebung hat begonnen.""")
    assert [n for n, _, _ in read] == ["1", "2", "3", "4"]
    assert read[3][1].strip("\"") == "Kühle Orte sind öffentlich zugänglich zu machen."
    # out of sequence the letter is no number: "A." after point 1 stays text
    read = points("""1. „Die Verwaltung erstellt einen Hitzeaktionsplan.“
Der Entwurf liegt vor.
A. Müller hat ihn geprüft.""")
    assert [n for n, _, _ in read] == ["1"]


def test_lettered_points_under_a_resolutions_heading_and_an_unlabelled_point_under_the_next():
    found, groups = read_body("""nachfolgend berichtet die Verwaltung über den Stand der Umsetzung.
I. Beschluss B-088/2023 vom 28.06.2023
Sanierung der ehemaligen Schule Sonnenstraße 35
a) Die Verwaltung wird beauftragt, einen Fördermittelantrag zu stellen.
Der Antrag wurde am 29.09.2023 eingereicht.
b) Die Planungsleistungen sind zu beauftragen.
Der Zuschlag wurde am 12.01.2024 erteilt.
II. Beschluss BA-141/2020 vom 02.12.2020
Barrierefreie Bushaltestellen
Die Verwaltung wird beauftragt, die Bushaltestellen bis Ende 2022 barrierefrei auszubauen.
Die Haltestelle Zietenstraße wurde im Jahr 2022 umgebaut.""".split("\n"), None, [])
    read = [(p.number, p.resolution, clean_response(p.quote), clean_response(p.response)) for p in found]
    assert read == [
        ("a", "B-088/2023", "Die Verwaltung wird beauftragt, einen Fördermittelantrag zu stellen.",
         "Der Antrag wurde am 29.09.2023 eingereicht."),
        ("b", "B-088/2023", "Die Planungsleistungen sind zu beauftragen.", "Der Zuschlag wurde am 12.01.2024 erteilt."),
        ("1", "BA-141/2020", "Die Verwaltung wird beauftragt, die Bushaltestellen bis Ende 2022 barrierefrei auszubauen.",
         "Die Haltestelle Zietenstraße wurde im Jahr 2022 umgebaut.")]


def test_a_point_headed_beschlusstext_with_its_number():
    read = points("""zum o. g. Beschluss gebe ich Ihnen den ersten Zwischenbericht.
Beschlusstext 1.1
Der Oberbürgermeister wird beauftragt, eine Wärmeplanung zu erstellen.
Umsetzungsstand:
Die Stadtwerke wurden im März 2023 beauftragt.

Beschlusstext 1.2
Dabei sind die Potenziale der Abwärme zu erfassen.
Umsetzungsstand:
Wird im Rahmen der Potenzialanalyse berücksichtigt.

Die Wiedervorlage im Ausschuss ist für den 14.11.2023 vorgesehen.""")
    assert [(n, r) for n, _, r in read] == [("1.1", "Die Stadtwerke wurden im März 2023 beauftragt."),
                                            ("1.2", "Wird im Rahmen der Potenzialanalyse berücksichtigt.")]


def test_a_heading_zu_roman_numeral_and_identifier_opens_the_next_resolutions_points():
    found, groups = read_body("""Zu I. VII/2021/02714
1. "Der Oberbürgermeister wird beauftragt, die Bauhülle zu sichern."
Die Dachsicherung ist abgeschlossen.

Zu II. VII/2021/02960
1. "Vor Beginn der Hauptsanierung ist eine Bürgerwerkstatt durchzuführen."
Die Bürgerwerkstatt hat am 14.05.2022 stattgefunden.""".split("\n"), None, [])
    assert [(p.number, p.resolution) for p in found] == [("1", "VII/2021/02714"), ("1", "VII/2021/02960")]
    assert clean_response(found[0].response) == "Die Dachsicherung ist abgeschlossen."


def test_numbered_headings_naming_a_resolution_and_a_closing_sentence_on_the_reports():
    found, groups = read_body("""zu den nachfolgenden Beschlüssen berichte ich über den Stand der Umsetzung.
1. VO/2022/0347 – Fortschreibung der Schulnetzplanung
„Die Schulnetzplanung wird beschlossen.“
Die Genehmigung liegt seit dem 15.12.2022 vor.

2. VO/2022/0412 – Einrichtung eines Jugendbeirates
2.1 „Die Oberbürgermeisterin wird beauftragt, eine Satzung vorzulegen.“
Der Satzungsentwurf wird im April vorgelegt.

Die Beschlusskontrollen zu VO/2022/0347 und VO/2022/0398 sind abgeschlossen.""".split("\n"), None, [])
    assert [(p.number, p.resolution, clean_response(p.response)) for p in found] == [
        ("1", "VO/2022/0347", "Die Genehmigung liegt seit dem 15.12.2022 vor."),
        ("2.1", "VO/2022/0412", "Der Satzungsentwurf wird im April vorgelegt.")]


def test_unquoted_points_under_the_second_resolutions_heading_after_its_title_and_date():
    found, groups = read_body("""I. Vorlage V/0531/2021 – Ausbau der Kindertagesbetreuung
(Ratsbeschluss vom 15.12.2021)
1.   Die Verwaltung wird beauftragt, 90 zusätzliche Betreuungsplätze zu schaffen.
Die Baugenehmigungen liegen vor.
II. Antrag A-R/0044/2022 – Ferienbetreuung für Grundschulkinder
(Ratsbeschluss vom 06.07.2022)
1.   Das Angebot der städtischen Ferienbetreuung wird um 200 Plätze erweitert.
Die Erweiterung ist in Umsetzung.""".split("\n"), None, [])
    assert [(p.number, p.resolution, clean_response(p.response)) for p in found] == [
        ("1", "V/0531/2021", "Die Baugenehmigungen liegen vor."),
        ("1", "A-R/0044/2022", "Die Erweiterung ist in Umsetzung.")]
    assert groups[1][2] == "Ferienbetreuung für Grundschulkinder"


def test_a_sentence_closing_the_follow_up_ends_the_last_answer():
    found, _ = read_body("""1. „Die Verwaltung wird beauftragt, Bänke aufzustellen.“
Zu 1.: Die Bänke stehen.

2. „Die Bänke sind zu pflegen.“
Zu 2.: Aus den genannten Gründen wird dieser Punkt nicht weiterverfolgt.

Die Beschlussverfolgung ist damit abgeschlossen. Die Verwaltung wird das Anliegen 2025 erneut einbringen.""".split("\n"), "2023/AN/4410", ["2023/AN/4410"])
    assert clean_response(found[-1].response) == "Aus den genannten Gründen wird dieser Punkt nicht weiterverfolgt."


def test_a_first_number_misread_by_ocr_is_point_1_when_2_and_3_follow():
    for first in ("5 ", "3: ", "l. "):
        read = points(f"""Der Rat beschließt:
{first}Die Grünfläche am Bahnhof wird neu gestaltet.
2, Die Stadtwerke werden beteiligt.
3: Dem Rat wird im Herbst berichtet.
Zu Ziffer 1:
Die Planung ist beauftragt.""")
        assert [n for n, _, _ in read] == ["1", "2", "3"], first
        assert read[0][1] == "Die Grünfläche am Bahnhof wird neu gestaltet."
        assert read[0][2] == "Die Planung ist beauftragt."


def test_a_first_number_alone_on_its_line_is_joined_to_the_text_below():
    read = points("""Der Rat beschließt:
7

Die Grünfläche am Bahnhof wird neu gestaltet.
2. Die Stadtwerke werden beteiligt.
3. Dem Rat wird im Herbst berichtet.""")
    assert [n for n, _, _ in read][:3] == ["1", "2", "3"]
    assert read[0][1] == "Die Grünfläche am Bahnhof wird neu gestaltet."


def test_a_misread_number_without_2_and_3_after_it_is_left_alone():
    # only the sequence proves a misreading: "5" before "2." alone, or before a true "1.", is text
    read = points("""Der Rat beschließt:
5 Die Grünfläche am Bahnhof wird neu gestaltet.
2. Die Stadtwerke werden beteiligt.""")
    assert "1" not in [n for n, _, _ in read]
    read = points("""Der Rat beschließt:
1. Die Grünfläche am Bahnhof wird neu gestaltet.
4 Bäume werden gepflanzt.
2. Die Stadtwerke werden beteiligt.
3. Dem Rat wird berichtet.""")
    assert [n for n, _, _ in read] == ["1", "2", "3"]


def test_three_bare_numbers_1_2_3_prove_each_other():
    # a table's number column that lost its rules: no stop after any number
    read = points("""Beschluss und Stand:

1 Der Bürgermeister wird ermächtigt, das Grundstück zu verkaufen.

2 Im Vertrag ist eine Bauverpflichtung aufzunehmen.

3 Ein Rückkaufsrecht ist zu sichern.""")
    assert [n for n, _, _ in read] == ["1", "2", "3"]
    assert read[1][1] == "Im Vertrag ist eine Bauverpflichtung aufzunehmen."


def test_a_date_at_a_line_start_is_no_point_number():
    read = points("""Der Rat hat folgenden Beschluss gefasst:
3: Der Bürgermeister wird beauftragt, ein Konzept zu erarbeiten.
Der Entwurf wurde mit dem Ortsbeirat am
16.01.2024 beraten.
2 Im Konzept ist vorzusehen, die Stellplätze zu reduzieren.
Die Stellplätze sind reduziert.
3. Das Konzept ist bis Juni vorzulegen.
Die Vorlage wird vorbereitet.""")
    assert [n for n, _, _ in read] == ["1", "2", "3"]


def test_answers_numbered_again_after_all_points_were_quoted_go_to_their_points():
    read = points("""Der Beirat hat beschlossen:
1. „Am Markt ist ein Zebrastreifen einzurichten.“
2. „In der Hafenstraße soll Tempo 30 gelten.“
Nach Rückfrage bei den Dienststellen kann ich Ihnen dazu Folgendes
mitteilen:
1. Der Zebrastreifen ist geplant; er wird im Mai markiert.
2. Für Tempo 30 fehlt die rechtliche Grundlage.
Ich werde den Beirat im Herbst erneut informieren.""")
    assert [(n, a) for n, _, a in read] == [
        ("1", "Der Zebrastreifen ist geplant; er wird im Mai markiert."),
        ("2", "Für Tempo 30 fehlt die rechtliche Grundlage.")]


def test_an_answer_heading_that_lost_its_number_is_zu_1_when_zu_2_follows():
    read = points("""Der Rat hat folgenden Beschluss gefasst:
1. Der Standort der Bibliothek ist zu sichern.
2. Die Öffnungszeiten sind zu erweitern.
Zum Stand teile ich Ihnen mit:
zu:
Der Mietvertrag ist verlängert.
zu 2.
Die Erweiterung ist nicht möglich.""")
    assert [(n, a) for n, _, a in read] == [("1", "Der Mietvertrag ist verlängert."), ("2", "Die Erweiterung ist nicht möglich.")]


def test_a_first_point_whose_stop_ocr_read_as_a_comma_before_a_small_letter():
    read = points("""Die Versammlung hat beschlossen:
„Der Magistrat wird beauftragt,
1, an allen Schulen den Bedarf an Wasserspendern zu erheben und
2. die Schulen danach auszustatten.“
Der Magistrat berichtet hierzu wie folgt:
Die Erhebung ist abgeschlossen.""")
    assert [n for n, _, _ in read] == ["1", "2"]
    assert read[0][1] == "an allen Schulen den Bedarf an Wasserspendern zu erheben und"


def test_headings_zu_ziffer_3_1_over_quoted_points_of_a_letter_on_some_points_only():
    read = points("""Unter Ziffer 3 wurde die Geschäftsführung beauftragt. Hierzu berichte ich wie folgt:

Zu Ziffer 3.1

„Die Geschäftsführung wird beauftragt, eine zweite Leitstelle einzurichten.“

Die Umbauarbeiten laufen seit April.

Zu Ziffer 3.2

„Die Außenstationen sind vom öffentlichen Netz zu trennen.“

Die Trennung ist zur Hälfte vollzogen.""")
    assert [(n, a) for n, _, a in read] == [("3.1", "Die Umbauarbeiten laufen seit April."),
                                            ("3.2", "Die Trennung ist zur Hälfte vollzogen.")]


def test_a_quoted_title_heads_its_sub_points():
    read = points("""1. „Der Bestand ist zu erfassen.“
Die Erfassung läuft.
2. „Baumpatenschaften“
2.1 „Die Stadt prüft Baumpatenschaften.“
Die Prüfung ist abgeschlossen.
2.2 „Das Ergebnis ist dem Ausschuss vorzustellen.“
Ein Termin steht noch nicht fest.""")
    assert [n for n, _, _ in read] == ["1", "2.1", "2.2"]


def test_a_first_point_whose_number_ocr_dropped_is_the_text_after_the_introduction():
    read = points("""Die Versammlung hat folgenden Beschluss gefasst:
Das Amt wird gebeten, im Park 20 Bänke aufzustellen.
2: Das Amt wird gebeten, zwei Brunnen zu errichten.
3: Die Finanzierung ist sicherzustellen.
Das Amt teilt hierzu Folgendes mit:
Zu 1.:
Vierzehn Bänke stehen.""")
    assert [n for n, _, _ in read] == ["1", "2", "3"]
    assert read[0][1] == "Das Amt wird gebeten, im Park 20 Bänke aufzustellen." and read[0][2] == "Vierzehn Bänke stehen."
