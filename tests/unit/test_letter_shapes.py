"""Whole letters in shapes a plain-text conversion gives: no blank lines, headings broken over
lines, answers marked by arrows, a second resolution named by its number alone."""
from __future__ import annotations

import pytest

from pipeline import extract


def read(tmp_path, text: str):
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_genre_heading_alone_above_the_identifier_opens_the_reference(tmp_path):
    # the page-2 header "Beschlusskontrolle V1234/22" must not be taken for the reference line
    record = read(tmp_path, """Landeshauptstadt Dresden Hausmitteilung
An: Mitglieder des Ausschusses für Umwelt
Datum: 04.06.2024
Beschlusskontrolle
V1234/22 (SR/011/2022)
Baumpflanzungen an der Leipziger Straße
1. Es sind vierzig Straßenbäume zu pflanzen.
Sachstand:
Die Pflanzung ist abgeschlossen.
2. Die Pflege ist für drei Jahre zu sichern.
Sachstand:
Der Pflegevertrag läuft bis 2027.
Seite 1 von 2
Beschlusskontrolle V1234/22
Anke Vollmer
Beigeordnete für Umwelt
Seite 2 von 2
""")
    assert record.kind == "beschlusskontrolle"
    assert (record.resolution, record.session_number) == ("V1234/22", "SR/011/2022")
    assert record.subject == "Baumpflanzungen an der Leipziger Straße"
    assert [m.number for m in record.mandates] == ["1", "2"]


def test_letterhead_columns_end_where_the_prose_begins_in_a_text_without_blank_lines(tmp_path):
    from pipeline.text import text_columns
    text = ("Stadt Nordhafen\n"
            "Ortsamt Mitte                 Auskunft: Herr Roloff\n"
            "Beirat Hafenviertel             Zimmer 2.04\n"
            "Kaistraße 4                   Nordhafen, 02.02.2024\n"
            "Ihr Beschluss Nr. 12/2023 vom 09.11.2023\n"
            "Sehr geehrte Damen und Herren, zu dem oben genannten Beschluss nehmen wir wie folgt\n"
            "Stellung:\n"
            "1) Der Beirat bittet um zusätzliche Fahrradbügel am Markt.\n"
            "Zwölf Bügel wurden im Januar 2024 aufgestellt, die Bitte ist damit erfüllt.\n")
    lines = text_columns(text).split("\n")
    # the short line ending the paragraph stays in the paragraph; only the letterhead is split
    assert lines.index("Stellung:") == lines.index("Sehr geehrte Damen und Herren, zu dem oben genannten Beschluss nehmen wir wie folgt") + 1
    assert lines[:4] == ["Stadt Nordhafen", "Ortsamt Mitte", "Beirat Hafenviertel", "Kaistraße 4"]


def test_a_reply_to_a_named_resolution_answering_its_points_is_a_letter(tmp_path):
    record = read(tmp_path, """Stadt Nordhafen
Amt für Verkehr
Nordhafen, 02.02.2024
Ihr Beschluss Nr. 12/2023 vom 09.11.2023
Radverkehr am Markt
Sehr geehrte Damen und Herren,
zu dem oben genannten Beschluss nimmt das Amt für Verkehr wie folgt Stellung:
1) Am Markt sind Fahrradbügel aufzustellen.
Zwölf Bügel wurden im Januar 2024 aufgestellt.
2) Die Ampel am Kai ist länger grün zu schalten.
Die Umprogrammierung ist beauftragt und soll bis Ende April 2024 erfolgen.
Mit freundlichen Grüßen
Im Auftrag
Jana Roloff
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "12/2023"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].deadlines == ["2024-04"]


def test_arrows_mark_the_answers_and_a_running_header_above_a_page_mark_is_left_out(tmp_path):
    record = read(tmp_path, """Gemeinde Seefeld
Bauamt
Seefeld, 14.03.2023
Vollzug des Beschlusses Nr. 31/2022
Sanierung des Bauhofs
Sehr geehrte Damen und Herren,
zum Vollzug des o. g. Beschlusses wird wie folgt berichtet:
1. Das Dach des Bauhofs ist zu sanieren.
→ Die Arbeiten sind vergeben und beginnen im April.
Gemeinde Seefeld – Beschlussvollzug Nr. 31/2022
Seite 2
2. Die Zufahrt ist zu pflastern.
→ Die Zufahrt wurde im Herbst gepflastert.
Mit freundlichen Grüßen
Tobias Lenz
Bauamtsleiter
""")
    assert [m.quote for m in record.mandates] == ["Das Dach des Bauhofs ist zu sanieren.", "Die Zufahrt ist zu pflastern."]
    assert [m.response for m in record.mandates] == ["Die Arbeiten sind vergeben und beginnen im April.",
                                                    "Die Zufahrt wurde im Herbst gepflastert."]


def test_a_heading_broken_after_its_first_word_names_the_report(tmp_path):
    record = read(tmp_path, """Stadt Altmühl
Geschäftsbereich Bildung

Altmühl, 3. Mai 2023

Mitteilung
zum Beschluss VII/2022/01234
Neubau der Sporthalle Ost

1. „Die Sporthalle Ost ist neu zu bauen.“
Die Planung ist beauftragt.

2. „Die Vereine sind zu beteiligen.“
Zwei Workshops haben stattgefunden.

Karin Seidel
Beigeordnete für Bildung
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "VII/2022/01234"


def test_an_identifier_with_its_session_alone_on_a_line_heads_the_next_resolutions_points():
    from pipeline.mandates import read_body
    body = """Beschlusspunkt 1: „Dem Tausch wird zugestimmt.“
Der Vertrag ist beurkundet.

A0777/23 – SR/062/2023
Sicherung von Flächen für Schulen
Beschlusspunkt 1: „Eine Strategie ist vorzulegen.“
Die Strategie wird erarbeitet.

Die Kostenschätzung wurde dem Ausschuss zur Kenntnis gegeben (Informationsvorlage
V2544/24).
""".split("\n")
    points, groups = read_body(body, "V2210/23", ["V2210/23"])
    assert [(p.number, p.resolution) for p in points] == [("1", "V2210/23"), ("1", "A0777/23")]
    assert groups == [("A0777/23", "SR/062/2023", "Sicherung von Flächen für Schulen")]


def test_unquoted_points_answered_on_the_next_line_in_a_resolutions_other_voices():
    from pipeline.mandates import read_body
    body = """Der Kreisausschuss berichtet zum Stand der Umsetzung:

1. Dem Neubau der Sporthalle mit Kosten von 4,1 Mio. Euro wird zugestimmt.
Kenntnisnahme; keine weiteren Veranlassungen.

2. Das Raumprogramm ist um einen Gymnastikraum zu erweitern.
Der Gymnastikraum ist in der Entwurfsplanung berücksichtigt.

3. Der Kreistag nimmt die Kostenschätzung zur Kenntnis.
Keine Umsetzung erforderlich.
""".split("\n")
    points, _ = read_body(body, "2023/0087", ["2023/0087"])
    assert [(p.number, " ".join(p.quote).strip(), " ".join(p.response).strip()) for p in points] == [
        ("1", "Dem Neubau der Sporthalle mit Kosten von 4,1 Mio. Euro wird zugestimmt.", "Kenntnisnahme; keine weiteren Veranlassungen."),
        ("2", "Das Raumprogramm ist um einen Gymnastikraum zu erweitern.", "Der Gymnastikraum ist in der Entwurfsplanung berücksichtigt."),
        ("3", "Der Kreistag nimmt die Kostenschätzung zur Kenntnis.", "Keine Umsetzung erforderlich.")]


def test_a_letter_date_years_ahead_is_a_misreading_left_empty(tmp_path):
    record = read(tmp_path, """Stadt Nordhafen
Amt für Verkehr
Nordhafen, 13.08.2055
Beschlusskontrolle zu V1234/22
Radverkehr am Markt
Sehr geehrte Damen und Herren,
1. „Am Markt sind Fahrradbügel aufzustellen.“
Zwölf Bügel wurden aufgestellt.
Mit freundlichen Grüßen
Jana Roloff
""")
    assert record.letter_date is None
    assert any("2055-08-13" in w and "future" in w for w in record.warnings)


def test_a_point_number_ocr_lost_is_recovered_from_the_sequence_and_the_resolutions_words():
    from pipeline.mandates import read_body
    body = """die Verbandsversammlung hat folgenden Beschluss gefasst:
1. Der Vorstand wird beauftragt, ein Sanierungskonzept
erstellen zu lassen.
Die Mitgliedsgemeinden sind an der Erarbeitung zu beteiligen.
3. Private Anlagen sind in das Konzept einzubeziehen.

Zu 1.: Das Büro ist beauftragt.
Zu 2.: Die Beteiligung läuft.
Zu 3.: Das ist nach der Satzung nicht möglich.
""".split("\n")
    points, _ = read_body(body, "VV 08/2023", ["VV 08/2023"])
    assert [(p.number, " ".join(p.quote)) for p in points] == [
        ("1", "Der Vorstand wird beauftragt, ein Sanierungskonzept erstellen zu lassen."),
        ("2", "Die Mitgliedsgemeinden sind an der Erarbeitung zu beteiligen."),
        ("3", "Private Anlagen sind in das Konzept einzubeziehen.")]
    assert [" ".join(p.response).strip() for p in points] == [
        "Das Büro ist beauftragt.", "Die Beteiligung läuft.", "Das ist nach der Satzung nicht möglich."]


def test_an_answer_head_naming_several_points_in_the_plural():
    from pipeline.mandates import read_body
    body = """1. „Es sind Trinkbrunnen aufzustellen.“
2. „Die Beiräte sind zu beteiligen.“
3. „Die Wartung ist vertraglich zu regeln.“

Zu Beschlusspunkt 1: Sieben Brunnen stehen.
Zu den Beschlusspunkten 2 und 3: Die Beiräte sind beteiligt; der Wartungsvertrag wird verhandelt.
""".split("\n")
    points, _ = read_body(body, "VII-A-05873", ["VII-A-05873"])
    assert [(p.number, " ".join(p.response).strip()) for p in points] == [
        ("1", "Sieben Brunnen stehen."),
        ("2", "Die Beiräte sind beteiligt; der Wartungsvertrag wird verhandelt."),
        ("3", "Die Beiräte sind beteiligt; der Wartungsvertrag wird verhandelt.")]


def test_a_signature_without_greeting_whose_role_wraps_onto_an_und_line(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden
Datum: 04.06.2024
Beschlusskontrolle zu V1234/22
Baumpflanzungen an der Leipziger Straße
1. „Es sind vierzig Straßenbäume zu pflanzen.“
Die Pflanzung ist abgeschlossen.

Dr. Martin Oehlmann
Beigeordneter für Stadtentwicklung, Bau, Verkehr
und Liegenschaften
Kenntnisnahme:
Jens Wollmann
Oberbürgermeister
""")
    assert record.sender.name == "Dr. Martin Oehlmann"
    assert record.sender.role == "Beigeordneter für Stadtentwicklung, Bau, Verkehr und Liegenschaften"
    assert (record.acknowledged_by.name, record.acknowledged_by.role) == ("Jens Wollmann", "Oberbürgermeister")


def test_a_form_drawn_with_bars_gives_its_labelled_fields_and_points(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Erfurt
Beigeordnete für Bildung, Kultur und Sport

Information zur Umsetzung eines Stadtratsbeschlusses

Empfänger | Ausschuss für Bildung und Sport
Drucksache-Nr. | 1287/21
Titel | Erweiterung der Regelschule Nord
Az. | 40.2-Sch/1287-21
Datum | 15.10.2024

Beschlusspunkt 1 | Die Regelschule wird ab dem Schuljahr 2023/24 vierzügig geführt.
Erledigungsvermerk | Die Vierzügigkeit ist zum Schuljahr 2023/24 umgesetzt.
Termin | erledigt
zuständiges Amt | Amt für Bildung

Beschlusspunkt 2 | Der Oberbürgermeister wird beauftragt, den Erweiterungsbau fertigzustellen.
Erledigungsvermerk | Der Rohbau ist fertiggestellt. Die Übergabe ist bis 31.07.2025 geplant.
Termin | 31.07.2025
zuständiges Amt | Amt für Gebäudemanagement

Dr. Anja Freitag
Beigeordnete für Bildung, Kultur und Sport
""")
    assert (record.resolution, record.file_number, record.letter_date) == ("1287/21", "40.2-Sch/1287-21", "2024-10-15")
    assert [(m.number, m.response, m.status) for m in record.mandates] == [
        ("1", "Die Vierzügigkeit ist zum Schuljahr 2023/24 umgesetzt.", "done"),
        ("2", "Der Rohbau ist fertiggestellt. Die Übergabe ist bis 31.07.2025 geplant.", "in_progress")]
    assert record.mandates[1].deadlines == ["2025-07-31"]


def test_a_unit_below_the_organ_and_the_return_address_keeps_its_wrapped_line(tmp_path):
    record = read(tmp_path, """Stadt Leipzig
Der Oberbürgermeister

Stadt Leipzig · 04092 Leipzig

Dezernat Umwelt, Klima und
Sport

Unser Zeichen: 36.2-0412/24
Leipzig, 14.06.2024

An die Fraktionen der Ratsversammlung

Beschlusskontrolle zum Beschluss VII-DS-07730
Lärmschutz an Schulen

1. „Die Verwaltung wird beauftragt, Lärmschutz zu prüfen.“
Die Prüfung ist abgeschlossen.

Mit freundlichen Grüßen

Heiko Rosenthal
Bürgermeister
""")
    assert record.department == "Dezernat Umwelt, Klima und Sport"


def test_a_vollzug_report_with_its_session_broken_over_two_lines(tmp_path):
    record = read(tmp_path, """Landratsamt Nordhafen
Sachgebiet 31 – Schulen
Nordhafen, 26.02.2024

Beschlussvollzug – Sachstand
Kreistagsbeschluss KT-2023/041 vom 24.07.2023 (OR
SW/011/2023)
Schulbuslinien im Norden

Sehr geehrte Damen und Herren,

zum Vollzug des oben genannten Beschlusses berichte ich wie folgt.

Ziffer 1 Das Landratsamt wird beauftragt, die Schulbuslinien neu zu ordnen.
Vollzug: Die Linien wurden zum Schuljahr 2023/24 neu geordnet.

Ziffer 2 Die Fahrpläne sind den Eltern bekannt zu geben.
Vollzug: Die Fahrpläne wurden verteilt.

Mit freundlichen Grüßen
Markus Ostermaier
Regierungsdirektor
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "KT-2023/041"
    assert record.session_number == "OR SW/011/2023"
    assert [m.number for m in record.mandates] == ["1", "2"]


def test_an_enacting_clause_whose_words_ocr_ran_together_is_no_point(tmp_path):
    record = read(tmp_path, """Bezirksamt Nordhafen
Nordhafen, 09.04.2024
Beschlusskontrolle zur Drucksache DS/0733/VI
Sichere Schulwege

Die Bezirksverordnetenversammlung hat Folgendes beschlossen:

Das Bezirksamt wirdersucht,

a) an der Schule Gehwegvorstreckungen anzulegen,

b) an der Kreuzung einen Fußgängerüberweg einzurichten.

Zu a): Die Planung ist abgeschlossen.

Zu b): Die Anordnung wurde abgelehnt.

Mit freundlichen Grüßen
Annika Rosental
Bezirksbürgermeisterin
""")
    assert [m.number for m in record.mandates] == ["a", "b"]
    assert record.mandates[1].response == "Die Anordnung wurde abgelehnt."


def test_a_signature_without_greeting_whose_role_breaks_after_a_comma_above_the_acknowledgement(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden
Geschäftsbereich Stadtentwicklung
Datum: 15.01.2024

Beschlusskontrolle
A0311/22 – Stadtratsbeschluss vom 23.02.2023 (SR/045/2023)
Schattige Spielplätze

1. „Auf 20 Spielplätzen sind Bäume zu pflanzen.“
Es wurden 31 Bäume gepflanzt.

2. „Sonnensegel sind zu prüfen.“
Die Prüfung ist abgeschlossen.

Jörg Tannenberger
Beigeordneter für Stadtentwicklung,
Bau, Verkehr und Liegenschaften

Kenntnis genommen:

Matthias Wendler
Oberbürgermeister
""")
    assert record.sender.name == "Jörg Tannenberger"
    assert record.sender.role == "Beigeordneter für Stadtentwicklung, Bau, Verkehr und Liegenschaften"
    assert record.acknowledged_by.name == "Matthias Wendler"


def test_a_received_stamps_date_under_a_signature_without_greeting(tmp_path):
    record = read(tmp_path, """Verbandsgemeindeverwaltung Nieder-Olm
Fachbereich 2 – Bauen
Datum: Nieder-Olm, 20.02.2024

Betreff: Sachstand zum Beschluss (Beschluss-Nr. 2023/0188) – Erweiterung der Grundschule

Der Verbandsgemeinderat hat am 12.10.2023 beschlossen:
1) Die Verwaltung wird beauftragt, die Planung auszuschreiben.
2) Eine Containerlösung ist nicht weiterzuverfolgen.

Zu 1) Die Ausschreibung ist erfolgt.
Zu 2) Wird beachtet.

Ralf Wendelstein
Bürgermeister

FEB. 2024
Büro Bürgermeister
Eing. 17.08.23
""")
    assert record.city == "Verbandsgemeindeverwaltung Nieder-Olm"
    assert record.sender.name == "Ralf Wendelstein" and record.sender.role == "Bürgermeister"
    assert record.mandates[-1].response == "Wird beachtet."


def test_the_record_of_a_decision_with_its_votes_is_no_report():
    from pipeline.letter import _is_report
    lines = ["Stadt Jena", "Stadtrat", "Beschluss Nr. 22/1487-BR", "Datum Abstimmung", "14.09.2022 Ja 31, Nein 6, Enthaltung 2",
             "Der Stadtrat beschließt:", "1. Der Stadtrat beschließt die Sanierung.", "Für die Richtigkeit der Ausfertigung:"]
    assert _is_report(lines, ["Beschluss Nr. 22/1487-BR"]) is False


def test_a_point_ordering_reports_on_the_state_of_work_names_no_genre():
    from pipeline.letter import _is_report
    lines = ["Stadt Jena", "Der Stadtrat beschließt:", "4. Dem Werkausschuss ist halbjährlich über den Stand der Umsetzung zu berichten."]
    assert _is_report(lines, []) is None


def test_a_quarterly_overview_of_many_resolutions_is_no_report_on_one():
    from pipeline.letter import _is_report
    lines = ["An die Mitglieder des Stadtrates", "Quartalsbericht Beschlusskontrolle – Stand 31.12.2023",
             "Übersicht der offenen Stadtratsbeschlüsse"]
    assert _is_report(lines, []) is False


def test_a_lead_in_answering_the_resolution_by_zum_beschluss():
    from pipeline.letter import _answers_a_resolution
    body = ["Sehr geehrte Damen und Herren,", "zum Beschluss des Marktgemeinderates teilen wir Ihnen den Stand mit:",
            "1. „Die Wegebeleuchtung wird auf LED-Leuchten umgestellt.“", "Die Umstellung ist abgeschlossen.",
            "2. „Die Beleuchtung wird nachts abgeschaltet.“", "Die Nachtabschaltung ist vorbereitet."]
    assert _answers_a_resolution(body, named=True)


@pytest.mark.parametrize("lines", [
    pytest.param(["Stadt Frankfurt (Oder)", "Beantworfung der Anfrage AF/0045/2024 vom 21.03.2024",
                  "Umsetzung des Beschlusses 22/SVV/0517"], id="one-letter-of-the-heading-damaged"),
    pytest.param(["Landeshauptstadt Düsseldorf PRESSEMITTEILUNG", "Stadt setzt Ratsbeschluss um",
                  "Der ausführliche Sachstandsbericht wurde zugeleitet."], id="press-genre-beside-the-letterhead"),
    pytest.param(["Stadt Trier", "Antwort der Verwaltung", "auf die Anfrage der Fraktion vom 05.09.2023",
                  "1. Wie ist der Sachstand bei der Umsetzung des Stadtratsbeschlusses?"], id="heading-broken-after-its-first-words"),
    pytest.param(["Landeshauptstadt Wiesbaden", "Antwort des Magistrats auf die Anfrage Nr. 0321/2023",
                  "Stand der Umsetzung des Beschlusses Nr. 0112"], id="the-answering-organ-named"),
])
def test_other_genres_named_above_the_report_words(lines):
    from pipeline.letter import _is_report
    assert _is_report(lines, []) is False


def test_a_cover_letter_sending_the_report_on_is_no_report(tmp_path):
    letter = tmp_path / "cover.txt"
    letter.write_text("Gemeinde Henstedt-Ulzburg\nDie Bürgermeisterin\n\nHenstedt-Ulzburg, 02.10.2024\n\n"
                      "Feuerwehrbedarfsplan – Sachstandsbericht zum Beschluss vom 14.05.2024 (Vorlage VO/2024/088)\n\n"
                      "Sehr geehrte Frau Lohmann-Saß,\n\nanbei übersende ich Ihnen den Sachstandsbericht der Verwaltung "
                      "mit der Bitte, ihn den Mitgliedern zuzuleiten.\n\nMit freundlichen Grüßen\n\nUlrike Hansen-Tews\n"
                      "Bürgermeisterin\n", encoding="utf-8")
    assert extract(str(letter)).kind == "unknown"
    letter.write_text(letter.read_text(encoding="utf-8").replace("anbei übersende ich", "als Anlage übersende ich"), encoding="utf-8")
    assert extract(str(letter)).kind == "unknown"


def test_a_resolution_whose_identifier_has_a_session_s_shape_is_not_also_its_session(tmp_path):
    record = read(tmp_path, """Amt Neuheide
Bauamt
Neuheide, 05.10.2023

An die Gemeindevertretung Neuheide

Zwischenbericht zum Beschluss BV/014/2023 – Ausbau des Feldwegs

Sehr geehrte Damen und Herren,

1. „Der Amtsdirektor wird beauftragt, den Feldweg auszubauen.“

Die Ausschreibung läuft.

Mit freundlichen Grüßen

Jana Kolbe
Amtsdirektorin
""")
    assert record.resolution == "BV/014/2023"
    assert record.session_number is None


def test_a_mitteilung_whose_lead_in_names_the_motion_between_beschluss_and_gefasst(tmp_path):
    # no genre heading, the resolution named only in the body: "… folgenden Beschluss zum Antrag … gefasst:"
    record = read(tmp_path, """Stadt Wesertal
Der Oberbürgermeister
Mitteilung
Datum: 04.03.2024
Betreff:
Bänke am Uferweg
Sachverhalt:
Der Ortsrat Mitte hat in seiner Sitzung am 12.12.2023 folgenden Beschluss
zum Antrag 23-4410 gefasst:
„Die Verwaltung wird gebeten, am Uferweg sechs Bänke aufzustellen.“
Hierzu teilt die Verwaltung mit:
Vier Bänke stehen; zwei weitere werden bis Ende Mai 2024 aufgestellt.
Ilka Sommer
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "23-4410"
    assert record.mandates[0].response.startswith("Vier Bänke stehen")


def test_a_forms_own_number_in_its_footer_stays_its_own_and_the_titled_identifier_below_is_the_resolution(tmp_path):
    record = read(tmp_path, """Stadt Altenau
Die Oberbürgermeisterin
Mitteilung
Vorlagen-Nummer: 5120/2024
Datum: 28.11.2024

Betreff

Sachstand zum Beschluss des Bezirks vom 22.04.2024
AN/0456/2024 – Spielplatz Lindenhof

Der Bezirk hat am 22.04.2024 folgenden Beschluss gefasst:

1. „Die Verwaltung wird beauftragt, den Spielplatz Lindenhof zu erneuern.“

Stellungnahme der Verwaltung:

Die Planung ist abgeschlossen; der Bau beginnt im Frühjahr 2025.

Stadt Altenau – Mitteilung 5120/2024 – Seite 1 von 1

gez. Dr. Lindner-Graf

Dr. Petra Lindner-Graf
Beigeordnete
""")
    assert record.resolution == "AN/0456/2024"
    assert record.subject == "Spielplatz Lindenhof"
    assert (record.sender.name, record.sender.role) == ("Dr. Petra Lindner-Graf", "Beigeordnete")


def test_a_closing_sentence_announcing_a_final_report_by_a_date_ends_the_last_answer(tmp_path):
    record = read(tmp_path, """Bezirksamt Nordost
Abteilung Stadtentwicklung
Datum: 10.01.2024
Zwischenbericht zur Drucksache DS/0712/V
Hofbegrünung
Sehr geehrte Damen und Herren,
die Bezirksverordnetenversammlung hat beschlossen:
„Das Bezirksamt wird ersucht, ein Programm für Hofbegrünungen aufzulegen.“
Hierzu wird berichtet:
Der Förderantrag ist gestellt.

Das Bezirksamt wird der Bezirksverordnetenversammlung bis zum 30.04.2024 einen
Schlussbericht vorlegen.

Mit freundlichen Grüßen
Jana Roloff
Bezirksstadträtin
""")
    assert record.mandates[0].response == "Der Förderantrag ist gestellt."


def test_a_letter_answering_the_points_of_the_named_resolution_without_a_genre_heading(tmp_path):
    record = read(tmp_path, """Freie Stadt Nordhafen
Amt für Straßen
Nordhafen, 11.04.2025
Beschluss des Beirates Mitte vom 21.11.2024 (Beiratsbeschluss Nr. 2024/067)
Tempo 30 in der Allee
Sehr geehrte Beiratsmitglieder,
zu den einzelnen Punkten des o. g. Beschlusses nimmt das Amt wie folgt Stellung:
1) »Der Beirat fordert, in der Allee Tempo 30 anzuordnen.«
Eine Anordnung ist rechtlich nicht zulässig.
2) »Am Park ist eine Querungshilfe einzurichten.«
Die Planung läuft; der Bau beginnt 2026.
Mit freundlichen Grüßen
Jana Roloff
""")
    assert record.kind == "beschlusskontrolle" and record.resolution == "2024/067"
    assert [m.status for m in record.mandates] == ["rejected", "in_progress"]


def test_a_report_without_salutation_or_greeting_closed_by_a_received_stamp(tmp_path):
    # the body opens where the council's resolving is told; lettered clauses are the points; the
    # received stamp under the signature ("Bezirksamt …" / date / "BV-Geschäftsf.") is no signature
    record = read(tmp_path, """Stadt Nordhafen
Amt für Straßen und Verkehr

Mitteilung an die Bezirksvertretung Nord
12.06.2024

Sachstand zum Beschluss AN/0412/2024 „Schulweg Mühlenstraße“
Die Bezirksvertretung Nord hat in ihrer Sitzung am 14.03.2024 die Verwaltung
beauftragt,
a) an der Mühlenstraße einen Zebrastreifen einzurichten,
b) die Ampel am Markt länger grün zu schalten.
Hierzu teilt die Verwaltung mit:
Zu a) Die Anordnung ist erfolgt; markiert wird im Juli 2024.
Zu b) Eine längere Grünphase ist wegen des Rückstaus nicht möglich.

gez. Dr. Ines Hartwig
Beigeordnete

Bezirksamt Nord
14. JUNI 2024
BV-Geschäftsst.
""")
    assert record.kind == "beschlusskontrolle"
    assert [m.number for m in record.mandates] == ["a", "b"]
    assert record.mandates[0].quote == "an der Mühlenstraße einen Zebrastreifen einzurichten,"
    assert (record.sender.name, record.sender.role) == ("Dr. Ines Hartwig", "Beigeordnete")


def test_a_title_in_its_own_paragraph_above_the_identifier_is_the_subject(tmp_path):
    record = read(tmp_path, """Verbandsgemeinde Talheim
Fachbereich Bauen

Sachstandsmitteilung

Talheim, 02.09.2024
Az.: 3/610-4

Kauf einer Fläche für den Bauhof
Vorlage-Nr. 0211/2024 – Beschluss des Verbandsgemeinderates vom 11.07.2024
(nichtöffentliche Sitzung)
Die Verwaltung wird ermächtigt, über den Kauf der Fläche Flur 2, Nr. 17 zu verhandeln.
Die Verhandlungen laufen.
2. Der Preis darf den Verkehrswert nicht überschreiten.
Wird beachtet.
3. Danach ist der Umbau zu planen.
Steht noch aus.

Mit freundlichen Grüßen

Rita Kamm
Bürgermeisterin
""")
    assert record.subject == "Kauf einer Fläche für den Bauhof"
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[0].quote == "Die Verwaltung wird ermächtigt, über den Kauf der Fläche Flur 2, Nr. 17 zu verhandeln."


def test_genre_and_title_on_one_line_and_a_damaged_enacting_verb(tmp_path):
    # "beschheßt": OCR's h for "li"; the genre heading and the title share a line
    record = read(tmp_path, """Markt Oberau
Bauamt

An die Mitglieder des Marktgemeinderates

Oberau, 20.06.2024
Beschlussvollzug – Beschaffung eines Lastenrads für den Bauhof

Beschluss-Nr. 2024/077 aus der Sitzung des Marktgemeinderates vom 12.03.2024

Der Marktgemeinderat beschheßt:

    Der Bauhof erhält ein Lastenrad. Die Verwaltung wird mit der Beschaffung
    über den Rahmenvertrag des Landkreises beauftragt.

Das Rad wurde am 17.06.2024 übergeben. Der Beschluss ist damit vollzogen.

Mit freundlichen Grüßen

Hubert Lenz
Erster Bürgermeister
""")
    assert record.subject == "Beschaffung eines Lastenrads für den Bauhof"
    assert [(m.number, m.status) for m in record.mandates] == [("1", "done")]
    assert record.mandates[0].quote.startswith("Der Bauhof erhält ein Lastenrad.")


def test_a_line_naming_the_session_gives_the_session_not_the_resolution(tmp_path):
    record = read(tmp_path, """Zweckverband Wasser Talgrund
Geschäftsstelle

An die Mitglieder der Verbandsversammlung

Talgrund, 08.07.2024

Bericht zum Vollzug von Beschlüssen der Verbandsversammlung

Sitzung der Verbandsversammlung ZV-03/2023 vom 23.11.2023
I. Beschluss ZV 07/2023 – Sanierung Hochbehälter
1. Die Geschäftsführung wird beauftragt, die Sanierung auszuschreiben.
Die Ausschreibung ist erfolgt.
II. Beschluss ZV 11/2023 – Funkwasserzähler
1. Alle Anschlüsse werden bis 2027 mit Funkzählern ausgestattet.
Mit dem Einbau wurde noch nicht begonnen.

Mit freundlichen Grüßen

Dr. Frieder Lutz
Geschäftsführer
""")
    assert (record.resolution, record.session_number) == ("ZV 07/2023", "ZV-03/2023")
    assert [a.resolution for a in record.also_concerns] == ["ZV 11/2023"]
    assert [(m.number, m.resolution) for m in record.mandates] == [("1", "ZV 07/2023"), ("1", "ZV 11/2023")]


def test_an_old_letter_naming_its_report_only_after_hier_is_a_letter(tmp_path):
    # no genre heading but "hier: Sachstand zur Umsetzung", and "zu dem o. g. Beschluss" in the lead-in
    record = read(tmp_path, """LANDESHAUPTSTADT DRESDEN
Der Bürgermeister für Kultur

An die Mitglieder
des Ausschusses für Kultur

Dresden, 14. Mai 2007

Betreff: Beschluss A0311-SR41-06 vom 16.11.2006

Erhalt der Stadtteilbibliothek Laubegast

hier: Sachstand zur Umsetzung

Sehr geehrte Damen und Herren,

zu dem o. g. Beschluss des Stadtrates teile ich Ihnen den Stand mit:

1. "Die Stadtteilbibliothek ist am bisherigen Standort zu erhalten."

Die Bibliothek bleibt geöffnet.

2. "Die Öffnungszeiten sind zu erweitern."

Seit März ist donnerstags geöffnet.

Mit freundlichen Grüßen

Dr. Jens Kleinert
Bürgermeister für Kultur
""")
    assert record.kind == "beschlusskontrolle"
    assert (record.resolution, record.subject) == ("A0311-SR41-06", "Erhalt der Stadtteilbibliothek Laubegast")
    assert [m.number for m in record.mandates] == ["1", "2"]


def test_addressee_and_place_date_row_printed_under_the_title_are_header(tmp_path):
    record = read(tmp_path, """Stadt Leipzig
Der Oberbürgermeister
Dezernat Stadtentwicklung und Bau
Information zur Umsetzung des Ratsbeschlusses VII-A-05318
Fahrradparken an Knotenpunkten des ÖPNV
Ratsversammlung der Stadt Leipzig
Leipzig, 10.12.2024 – Az.: 66.3-04/2024
Die Ratsversammlung hat den Antrag in ihrer Sitzung am 18. September 2024 beschlossen:
1. Der Oberbürgermeister wird beauftragt, überdachte Fahrradabstellanlagen zu errichten.
Die Planung ist abgeschlossen, die Vergabe erfolgt.
2. Die Anlagen sind mit Lademöglichkeiten auszustatten.
Die Ladesäulen sind Bestandteil der Vergabe.
Thomas Dienberg
Bürgermeister und Beigeordneter für Stadtentwicklung und Bau
""")
    assert record.subject == "Fahrradparken an Knotenpunkten des ÖPNV"
    assert record.recipients == "Ratsversammlung der Stadt Leipzig"
    assert (record.letter_date, record.file_number) == ("2024-12-10", "66.3-04/2024")
    assert [m.number for m in record.mandates] == ["1", "2"]


def test_lettered_clauses_after_a_lead_in_ending_in_a_comma_each_with_its_answer(tmp_path):
    record = read(tmp_path, """Verbandsgemeinde Montabaur
Information zur Umsetzung des Beschlusses 2024/0187

Lehrschwimmbecken Heiligenroth
Sitzung des Verbandsgemeinderates Nr. 09/2024 vom 10.10.2024
Der Verbandsgemeinderat hat beschlossen, die Verwaltung zu beauftragen,
a) die Sanierung des Lehrschwimmbeckens bis Ende 2025
vorzubereiten,
Die Ausschreibung der Planungsleistungen wird derzeit vorbereitet.
b) Fördermittel aus dem Landesprogramm zu beantragen,
Der Förderantrag wurde am 20.01.2025 gestellt; eine Entscheidung steht aus.
c) den Schulen eine Übergangslösung anzubieten.
Seit Februar 2025 nutzen die Grundschulen das Hallenbad Montabaur.
Ein abschließender Bericht folgt nach Vorliegen des Förderbescheides.

In Vertretung
Torsten Heibel
Erster Beigeordneter
""")
    assert (record.subject, record.session_number, record.next_review) == ("Lehrschwimmbecken Heiligenroth", "09/2024", None)
    assert [(m.number, m.quote) for m in record.mandates] == [
        ("a", "die Sanierung des Lehrschwimmbeckens bis Ende 2025 vorzubereiten,"),
        ("b", "Fördermittel aus dem Landesprogramm zu beantragen,"),
        ("c", "den Schulen eine Übergangslösung anzubieten.")]
    assert record.mandates[1].response == "Der Förderantrag wurde am 20.01.2025 gestellt; eine Entscheidung steht aus."


def test_points_headed_beschlusstext_punkt_with_an_unlabelled_answer_heading(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Potsdam
Mitteilungsvorlage – Zwischenbericht
zum Beschluss 22/SVV/0734 – Sanierung Spielplatz Am Schlaatz
Beschlusstext Punkt 1
Der Oberbürgermeister wird beauftragt, den Spielplatz zu sanieren.

Umsetzungsstand
Die Sanierung wurde begonnen.

Beschlusstext Punkt 2
Die Anwohner sind zu beteiligen.

Umsetzungsstand
Eine Beteiligung fand am 14. Januar 2023 statt.
""")
    assert [(m.number, m.response) for m in record.mandates] == [
        ("1", "Die Sanierung wurde begonnen."), ("2", "Eine Beteiligung fand am 14. Januar 2023 statt.")]


def test_the_parts_of_the_point_a_lead_line_names_and_the_title_under_it(tmp_path):
    record = read(tmp_path, """Zweckverband Abwasserbeseitigung Obere Kinzig
Sachstandsbericht zum Beschluss VV 08/2024

Beschluss der Verbandsversammlung vom 05.12.2024, Ziffer 3:
Investitionsprogramm Regenwasserbehandlung
3.1 Die Geschäftsführung erneuert die Regenüberlaufbecken RÜB 4 und RÜB 7.
RÜB 4 ist fertiggestellt.
3.2 Die Gebührenkalkulation 2026 berücksichtigt die Investitionen.
Mit der Kalkulation wird im Herbst begonnen.

Bernd Ruppel
Verbandsvorsteher
""")
    assert record.subject == "Investitionsprogramm Regenwasserbehandlung"
    assert [m.number for m in record.mandates] == ["3.1", "3.2"]


def test_headings_over_points_quoted_below_them_each_head_a_point(tmp_path):
    record = read(tmp_path, """Stadt Chemnitz
Beschlusskontrolle zum Beschluss B-112/2022
Sozialticket für den Tierpark

Sehr geehrte Stadträtinnen und Stadträte,
zum o. g. Beschluss berichte ich Ihnen zum Zwischenstand.

Zu Ziffer 1

»Die Verwaltung prüft die Einführung eines Sozialtickets.«

Die Prüfung ist abgeschlossen.

Zu Ziffer 2

»Die Einnahmeausfälle sind im Wirtschaftsplan auszuweisen.«

Die Ausweisung erfolgt erst mit dem Wirtschaftsplan 2024.

Mit freundlichen Grüßen
Dagmar Ruscheinsky
Bürgermeisterin
""")
    assert [(m.number, m.response) for m in record.mandates] == [
        ("1", "Die Prüfung ist abgeschlossen."), ("2", "Die Ausweisung erfolgt erst mit dem Wirtschaftsplan 2024.")]


def test_an_agenda_item_and_a_worded_date_ending_the_reference_are_no_subject(tmp_path):
    record = read(tmp_path, """Stadt Köln
Amt für Straßen und Radwegebau

Mitteilung

Fahrradbügel Venloer Straße
Beschluss der Bezirksvertretung Ehrenfeld vom 26.02.2024, AN/0871/2024,
TOP 8.1.3
Die Bezirksvertretung Ehrenfeld hat in ihrer Sitzung am 26.02.2024 beschlossen:
Die Verwaltung wird gebeten, zehn zusätzliche Fahrradbügel aufzustellen.
Stellungnahme der Verwaltung:
Die Fahrradbügel wurden im Oktober 2024 aufgestellt.
""")
    assert (record.resolution, record.subject) == ("AN/0871/2024", "Fahrradbügel Venloer Straße")
    record = read(tmp_path, """Landeshauptstadt Dresden
Beschlusskontrolle zum Beschluss A0712/22 (SR/058/2023) vom
14. Juni 2023
Sonntagsöffnung von Stadtteilbibliotheken erproben

1. Der Oberbürgermeister wird beauftragt, ein Konzept vorzulegen.
Das Konzept liegt im Entwurf vor.
""")
    assert record.subject == "Sonntagsöffnung von Stadtteilbibliotheken erproben"


def test_a_report_headed_point_by_point_without_a_lead_in_is_a_letter(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Kiel
Amt für Sicherheit und Ordnung
Geschäftliche Mitteilung – Sachstand
Drucksache 0733/2024 „Sicherheit am Bahnhofsvorplatz“, Beschluss der Ratsversammlung vom 19.09.2024
Zu Beschlusspunkt 1:
Die Beleuchtung des Vorplatzes ist zu verbessern.
Zusätzliche LED-Leuchten wurden im Januar 2025 installiert.
Zu Beschlusspunkt 2:
Der Ordnungsdienst erhöht seine Präsenz in den Abendstunden.
Die Präsenzzeiten wurden ausgeweitet.

Gerwin Stöcken
Stadtrat
""")
    assert record.kind == "beschlusskontrolle"
    assert [m.number for m in record.mandates] == ["1", "2"]


def test_any_council_addressed_by_name_is_the_recipient_but_not_a_row_of_the_consultation(tmp_path):
    record = read(tmp_path, """Markt Garmisch-Partenkirchen
Geschäftsleitung

Marktgemeinderat Garmisch-Partenkirchen
– Mitglieder –

Garmisch-Partenkirchen, 14.03.2024

Beschlussvollzug – Zwischenbericht

Beschluss-Nr. 112/2023 vom 28.11.2023: Parkraumbewirtschaftung am Skistadion

1) »Die Verwaltung wird beauftragt, die Parkgebühren neu zu kalkulieren.«

Die Neukalkulation liegt vor. Der Punkt ist erledigt.
""")
    assert record.recipients == "Marktgemeinderat Garmisch-Partenkirchen – Mitglieder –"
    record = read(tmp_path, """Bezirksamt Altona
Mitteilungsdrucksache
Datum: 12.09.2023

Beratungsfolge

Datum

Bezirksversammlung Altona

28.09.2023

Umsetzung des Beschlusses Drs. 21-3764

Die Bezirksversammlung hat folgenden Beschluss gefasst:
1. Im Volkspark sind zwanzig Bänke aufzustellen.
Die Bänke sind aufgestellt.
""")
    assert record.recipients is None


def test_a_reply_on_a_resolution_named_by_its_date_alone_is_a_letter_with_its_title(tmp_path):
    record = read(tmp_path, """Freie Hansestadt Bremen
Ortsamt Nordufer
An die Mitglieder des Beirates Nordufer
Bremen, den 8. Juli 2024
Beiratsbeschluss vom 16.05.2024 – Tempo 30 in der Uferallee
Sehr geehrte Beiratsmitglieder,
der Beirat hatte in seiner Sitzung am 16.05.2024 einstimmig beschlossen:
»Der Beirat fordert das Amt für Straßen und Verkehr auf, in der Uferallee Tempo 30 anzuordnen.«
Das Amt hat mitgeteilt, dass eine Anordnung rechtlich nicht zulässig ist. Der Anregung kann daher nicht gefolgt werden.
Mit freundlichen Grüßen
Ortsamtsleiterin
Gesa Morgenroth
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution is None and record.subject == "Tempo 30 in der Uferallee"
    assert [m.status for m in record.mandates] == ["rejected"]


def test_a_berlin_vorlage_zur_kenntnisnahme_names_its_subject_after_ueber(tmp_path):
    record = read(tmp_path, """Bezirksamt Treptow-Köpenick von Berlin
Abteilung Bauen

Bezirksverordnetenversammlung Treptow-Köpenick

Vorlage – zur Kenntnisnahme –
über Sichere Schulwege vor Grundschulen
Drucksache DS/0733/IX

Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 23.03.2023 Folgendes beschlossen:
Das Bezirksamt wird ersucht, vor den Grundschulen Elternhaltestellen einzurichten.
Das Bezirksamt berichtet hierzu:
Elternhaltestellen wurden im August 2023 eingerichtet.
""")
    assert record.resolution == "DS/0733/IX"
    assert record.subject == "Sichere Schulwege vor Grundschulen"
