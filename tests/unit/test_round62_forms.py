"""Mechanisms for forms the reader met in blind round 62 (each letter written here, not taken from a
corpus): a point heading with "(Wortlaut)"; the next point's heading closing a quote whose closing mark
OCR lost; numbered topic headings over quoted points; a label and its date beside signature blocks; a
text table whose heading stacks its cells on indented lines; a table broken by a page; a reference
repeated in a later page's header; an addressee in the old spelling; prose answers taking the points by
their ordinals after a sentence of introduction; work that goes on step by step."""
from __future__ import annotations

from pipeline.closing import find_report_type
from pipeline.layout import layout_text
from pipeline.markers import MARKER
from pipeline.status import response_status, split_by_naming
from pipeline.status_model import classify
from tests.unit.test_layout import line, page
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_point_heading_with_its_words_named_in_brackets():
    m = MARKER.match("Beschlusspunkt 3 (Wortlaut):")
    assert m and m.group("num") == "3" and m.group("colon")
    assert MARKER.match("Punkt 2 (Beschlusstext):").group("num") == "2"


_HEADED_POINTS = """Stadt Musterhausen
Dezernat Bau

Musterhausen, 04.03.2024
Az.: 61-12/24

Mitteilung zum Beschluss 2023/BV/0117
Neubau der Kita am Anger

Die Stadtverordnetenversammlung hat am 07.09.2023 beschlossen.
Beschlusspunkt 1 (Wortlaut):
Die Verwaltung plant den Neubau einer Kita am Anger.
Umsetzung: Die Planung wurde im Januar 2024 abgeschlossen.
Beschlusspunkt 2 (Wortlaut):
Die Kita ist bis zum Jahr 2026 fertigzustellen.
Umsetzung: Der Bauantrag ist gestellt; die Genehmigung steht noch aus.

Petra Beispiel
Bürgermeisterin
"""


def test_points_headed_with_wortlaut_are_read(tmp_path):
    record = read(tmp_path, _HEADED_POINTS)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Die Verwaltung plant den Neubau einer Kita am Anger."
    assert record.mandates[1].response.startswith("Der Bauantrag ist gestellt")


_LOST_CLOSING_MARK = """Landeshauptstadt Musterstadt
Geschäftsbereich Bildung

GZ: 40.21
Datum: 07.11.2016

Beschlusskontrolle zu V1123/16
Neubau eines Gymnasiums

Zu Beschlusspunkt 1:
„Der Standort wird für ein Gymnasium gesichert.“
Das Grundstück wurde im Oktober 2016 erworben.
Zu Beschlusspunkt 2a:
„Die Planungsleistungen sind so zu vergeben, dass der Schulbetrieb 2019 beginnen kann.
Das Vergabeverfahren für die Generalplanung läuft.
Zu Beschlusspunkt 2b:
„Parallel ist eine Sporthalle auszuschreiben.“
Die Ausschreibung der Sporthalle steht noch aus.

Mit freundlichen Grüßen

Hans Beispiel
Beigeordneter
"""


def test_the_next_points_heading_closes_a_quote_that_lost_its_closing_mark(tmp_path):
    record = read(tmp_path, _LOST_CLOSING_MARK)
    assert [m.number for m in record.mandates] == ["1", "2a", "2b"]
    assert record.mandates[1].quote.endswith("Schulbetrieb 2019 beginnen kann.")
    assert record.mandates[1].response == "Das Vergabeverfahren für die Generalplanung läuft."
    assert record.mandates[2].status == "not_started"


_TOPIC_HEADINGS = """Landkreis Musterland
Dezernat II

Musterstadt, 27.09.2022
Az.: II/38.1-09/22

Beschlussverfolgung
Beschluss-Nr.: 214/2022
Gegenstand: Ausstattung der Feuerwehrzentrale

1. Ausstattung
a) „Die Feuerwehrzentrale erhält ein zweites Einsatzleitfahrzeug.“
Das Fahrzeug ist seit dem 15.08.2022 im Einsatzdienst.
b) „Die Werkstatt ist um einen Lagerraum zu erweitern.“
Die Bauarbeiten haben am 05.09.2022 begonnen.

2. Bedarfsplan
„Die Fortschreibung des Bedarfsplanes ist dem Kreistag vorzulegen.“
Der Entwurf wird dem Kreistag im 1. Halbjahr 2023 vorgelegt.

Im Auftrag
Gunnar Beispiel
Amtsleiter
"""


def test_numbered_topic_headings_over_quoted_points_number_them(tmp_path):
    record = read(tmp_path, _TOPIC_HEADINGS)
    assert [m.number for m in record.mandates] == ["1a", "1b", "2"]
    assert record.mandates[2].quote == "Die Fortschreibung des Bedarfsplanes ist dem Kreistag vorzulegen."
    assert record.mandates[1].response == "Die Bauarbeiten haben am 05.09.2022 begonnen."


def test_a_review_label_and_its_date_beside_two_signature_blocks_stay_one_line():
    p = page(1, line("Beschlussverfolgung 214/2022", 70, 100), line("Die Antwort auf den Punkt.", 70, 300),
             line("Nächste Beschlussverfolgung:", 70, 400) + line("31.03.2023", 300, 400),
             line("Im Auftrag", 70, 430) + line("Zur Kenntnis genommen:", 300, 430),
             line("Gunnar Beispiel", 70, 480) + line("Landrat", 300, 480),
             line("Amtsleiter Brand- und", 70, 497), line("Katastrophenschutz", 70, 510))
    text = layout_text([p])
    assert "Nächste Beschlussverfolgung: 31.03.2023" in text
    # the role a line's space under the name, in the name's column, belongs to that block
    assert text.index("Katastrophenschutz") < text.index("Zur Kenntnis genommen:")


_INDENTED_TABLE = """Landkreis Musterland                        Az.: 63.1-210/2024
Abteilung Umwelt                            Musterstadt, 18.11.2024

An die Mitglieder des Kreisausschusses
Beschlusskontrolle – Zwischenbericht

Beschluss des Kreistages vom 27.06.2023, Vorlage Nr. 2023/287
Klimaschutz für kreiseigene Gebäude

Der Umsetzungsstand ergibt sich aus der folgenden Übersicht.

- 2 -
Landkreis Musterland – Beschlusskontrolle zur Vorlage 2023/287

Nr.  Beschlusspunkt
      Sachstand
      Status
      Termin

1  Für alle Schulen wird eine Potenzialanalyse erstellt.
      Die Analyse liegt für 14 der 17 Schulen vor; die übrigen werden
      im ersten Quartal 2025 untersucht.
      in Bearbeitung
      I/2025

2  Die Zahl der Ladepunkte wird von 4 auf 20 erhöht.
      Seit dem 01.10.2024 stehen 12 Ladepunkte zur Verfügung.
      in Bearbeitung
      –

Nächste Beschlusskontrolle: 30.06.2025

Im Auftrag
gez. Birte Beispiel
Abteilungsleiterin
"""


def test_a_text_table_whose_heading_stacks_its_cells_on_indented_lines(tmp_path):
    record = read(tmp_path, _INDENTED_TABLE)
    # the later page's header repeats the reference: the title stays the one under the first page's reference
    assert record.subject == "Klimaschutz für kreiseigene Gebäude"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Für alle Schulen wird eine Potenzialanalyse erstellt."
    assert record.mandates[0].response.endswith("im ersten Quartal 2025 untersucht.")
    # the point's words hold no answer, though no cue tells where they end: the indentation does
    assert record.mandates[1].quote == "Die Zahl der Ladepunkte wird von 4 auf 20 erhöht."
    assert record.mandates[1].response == "Seit dem 01.10.2024 stehen 12 Ladepunkte zur Verfügung."


_TABLE_OVER_A_PAGE = """Landeshauptstadt Musterstadt
Geschäftsbereich Umwelt

An alle Fraktionen des Stadtrates

GZ: (GB 7) 67.30
Datum: 10.12.2019

Abschließende Beschlusskontrolle zu A0513/19
Nisthilfen an kommunalen Gebäuden

Ziffer  Beschlusstext                   Stand der Umsetzung
-----------------------------------------------------------------------------
1.      An allen Schulen werden         Bisher wurden 37 Gebäude
        Nisthilfen angebracht.          ausgestattet.
2.      Die Nisthilfen sind dauerhaft   Die Kontrolle der

- 1 -

Landeshauptstadt Musterstadt - Geschäftsbereich Umwelt

        zu unterhalten.                 Nisthilfen wird laufend durch das
                                        Hochbauamt umgesetzt.

Mit diesem Bericht wird die Beschlusskontrolle zu diesem Antrag abgeschlossen.

Claudia Beispiel
Beigeordnete
"""


def test_a_text_table_goes_on_under_the_next_pages_header(tmp_path):
    record = read(tmp_path, _TABLE_OVER_A_PAGE)
    assert [m.quote for m in record.mandates] == ["An allen Schulen werden Nisthilfen angebracht.",
                                                  "Die Nisthilfen sind dauerhaft zu unterhalten."]
    assert record.mandates[1].response == "Die Kontrolle der Nisthilfen wird laufend durch das Hochbauamt umgesetzt."
    assert record.mandates[1].status == "in_progress"
    assert record.report_type == "final"


def test_closing_the_follow_up_on_a_named_motion_makes_the_report_final():
    assert find_report_type("", "Mit diesem Bericht wird die Beschlusskontrolle zu beiden Anträgen abgeschlossen.",
                            None, ["in_progress"]) == "final"
    assert find_report_type("", "Die Arbeiten laufen.", None, ["in_progress"], "Abschließende Beschlusskontrolle") == "final"


def test_an_addressee_in_the_old_spelling(tmp_path):
    record = read(tmp_path, """LANDESHAUPTSTADT MUSTERSTADT
Der Beigeordnete für Stadtentwicklung


Ausschuß für Stadtentwicklung und Bau
z. Hd. des Vorsitzenden
Herrn Stadtrat Eberhard Beispiel


                                                              Az.: 61.22-Wa/07
                                                           Musterstadt, 03.09.2007


Betr.: Beschlußkontrolle zum Beschluß A0412-SR52-07 vom 14.06.2007
      Wegeleitsystem für den Elberadweg

der Stadtrat hat beschlossen:

      "Der Oberbürgermeister wird beauftragt, ein Wegeleitsystem zu errichten."

Die Montage der Wegweiser wurde im August 2007 abgeschlossen.

Mit freundlichen Grüßen

Hans Beispiel
""")
    assert record.recipients == "Ausschuß für Stadtentwicklung und Bau z. Hd. des Vorsitzenden Herrn Stadtrat Eberhard Beispiel"


def test_a_subject_row_ends_the_addressee_and_a_summary_heading_is_no_title(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt                  GZ: SI 4512-02
Referat Soziales                   Datum: 08.11.24

Mitteilungsvorlage

An den Sozialausschuss des Gemeinderats
Betreff:   Wohnungsnotfallhilfe: Ausbau der Notübernachtung

Bezug:   Beschluss des Gemeinderats vom 20.07.2023 zu GRDrs 612/2023

Kurzfassung

Der Gemeinderat hat den Ausbau beschlossen. Die Verwaltung berichtet über den Stand.

1. „Die Zahl der Plätze wird von 24 auf 40 erhöht.“
Seit dem 01.10.2024 stehen 32 Plätze zur Verfügung.

Dr. Katrin Beispiel
Bürgermeisterin
""")
    assert record.recipients == "An den Sozialausschuss des Gemeinderats"
    assert record.subject == "Wohnungsnotfallhilfe: Ausbau der Notübernachtung"


def test_a_title_ends_at_the_forms_next_row_or_the_first_sentence(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Dezernat 5

Az.: 40.2/2023/0117
Musterstadt, 17. März 2023

Sachstandsbericht zur Beschlusskontrolle

Beschluss-Nr.: B-152/2022
Gegenstand: Digitale Ausstattung der Oberschulen
Beschlussfassung: Stadtrat am 29.06.2022

1. „Die Stadtverwaltung erarbeitet einen Medienentwicklungsplan.“
Der Medienentwicklungsplan liegt seit Dezember 2022 vor.

Petra Beispiel
Bürgermeisterin
""")
    assert record.subject == "Digitale Ausstattung der Oberschulen"


def test_prose_answers_taking_the_points_by_ordinal_after_an_introduction():
    answer = ("Die Bürgerschaft hat den Antrag in ihrer Sitzung am 07.12.2022 beschlossen. Zum ersten Punkt ist festzustellen, "
              "dass die Zugänge am 1. Juni 2023 freigegeben wurden. Hinsichtlich des zweiten Punktes wurden Gespräche geführt; "
              "die Beschaffung ist beauftragt.")
    assert split_by_naming(answer, "1") == ["Zum ersten Punkt ist festzustellen, dass die Zugänge am 1. Juni 2023 freigegeben wurden."]
    assert split_by_naming(answer, "2")[0].startswith("Hinsichtlich des zweiten Punktes")


def test_work_that_goes_on_step_by_step_or_continuously_is_in_progress():
    answer = "Bislang wurden elf kühle Orte ausgewiesen. Die Ausweisung in den übrigen Stadtteilen erfolgt schrittweise."
    assert response_status(answer) == "in_progress"
    assert classify(answer)[0] == "in_progress"
    # the model's unsure "done" yields to the rules where the answer says the work goes on
    assert classify("Die Kontrolle der Nisthilfen wird laufend durch das Amt für Hochbau im Rahmen der "
                    "Gebäudeunterhaltung umgesetzt.")[0] == "in_progress"
    assert classify("Die Nisthilfen wurden an allen Gebäuden angebracht.")[0] == "done"


def test_an_addressee_under_the_forms_own_number_and_a_heading_over_the_answers(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Geschäftsbereich II

Musterstadt, 9. Mai 2022
Az.: 61.4/2022-bg
Mitteilung VII/2022/03980

An die Mitglieder des Ausschusses für Klimaschutz

Mitteilung – Zwischenbericht

zum Beschluss des Stadtrates VII/2021/02455 vom 24.11.2021
Förderprogramm Dachbegrünung

Beschlusstext (Auszug)
1. Die Verwaltung wird gebeten, ein Förderprogramm für Dachbegrünung aufzulegen.
2. Der Ausschuss begrüßt das Engagement der Vereine für die Begrünung.
Stellungnahme des Umweltamtes vom 29.01.2022
Zu 1. Das Förderprogramm wird derzeit erarbeitet.

Zu 2. Eine Stellungnahme ist nicht erforderlich.

Eine wcitere Information erfolgt bis zum 30.09.2022.

Petra Beispiel
Beigeordnete
""")
    assert record.recipients == "An die Mitglieder des Ausschusses für Klimaschutz"
    assert record.subject == "Förderprogramm Dachbegrünung"
    assert record.mandates[1].quote == "Der Ausschuss begrüßt das Engagement der Vereine für die Begrünung."
    # OCR's "wcitere" read as the word it must be: the letter announces its next report
    assert record.next_review == "2022-09-30"


def test_a_sentence_announcing_the_answer_is_no_part_of_it(tmp_path):
    record = read(tmp_path, """Markt Musterhausen
Bauamt

Musterhausen, 12.03.2024
Az.: 6102-12

Bericht zum Vollzug des Beschlusses Nr. 45/2023
Neue Sitzbänke am Marktplatz

1. „Am Marktplatz sind vier Sitzbänke aufzustellen.“
Zum Vollzug wird mitgeteilt: Erledigt, die Bänke stehen seit Februar 2024.

Hans Beispiel
Erster Bürgermeister
""")
    assert record.mandates[0].response == "Erledigt, die Bänke stehen seit Februar 2024."
    assert record.mandates[0].status == "done"


def test_a_labelled_point_with_a_name_in_quotes_answered_in_its_own_paragraph(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterstadt
Ortschaft Weixdorf

Musterstadt, 02.05.2024
Az.: OV Wx 12/24

An den Ortschaftsrat Weixdorf

Mitteilung zum Beschluss A-Wx0014/24
Betreff: Wartehalle an der Haltestelle Weixdorf, Bad
Beschlusstext: Die Stadtverwaltung wird gebeten, an der Haltestelle „Weixdorf,
Bad“ eine überdachte Wartehalle zu errichten.
Nach Prüfung durch das Tiefbauamt ist die Errichtung einer Wartehalle an dieser
Haltestelle nicht möglich. Der Gehweg ist dort zu schmal.

Die Beschlusskontrolle ist damit abgeschlossen.

Annett Beispiel
Amtsleiterin
""")
    point = record.mandates[0]
    assert point.quote == 'Die Stadtverwaltung wird gebeten, an der Haltestelle "Weixdorf, Bad" eine überdachte Wartehalle zu errichten.'
    assert point.response.startswith("Nach Prüfung durch das Tiefbauamt")
    assert point.status == "rejected"


def test_the_body_told_to_expect_the_next_report_ends_the_answers_and_a_session_note_before_the_title(tmp_path):
    record = read(tmp_path, """Verbandsgemeinde Musterheim
Fachbereich 3

Az.: FB3/461-12/24
Musterheim, 12.09.2024

An die Mitglieder des Verbandsgemeinderates

Sachstandsbericht zu Beschlüssen des Verbandsgemeinderates

I. Vorlage 0123/2024 (Sitzung vom 07.05.2024)
Erweiterung der Kita „Pusteblume“
1. Beschluss: „Der Erweiterung der Kindertagesstätte wird zugestimmt.“
Sachstand: Die Module wurden im Juli 2024 bestellt.
Der Verbandsgemeinderat erhält den nächsten Sachstand im Dezember 2024.

Hans Beispiel
Bürgermeister
""")
    assert record.subject == 'Erweiterung der Kita "Pusteblume"'
    assert record.mandates[0].response == "Die Module wurden im Juli 2024 bestellt."


def test_the_deciding_body_after_the_reference_line_is_no_part_of_the_title():
    from pipeline.header import parse_reference
    resolutions, _ = parse_reference(["Mitteilung zur Umsetzung des Beschlusses Nr. 031/2023 der", "Gemeindevertretung Chorin",
                                      "Entschlammung des Dorfteiches Sandkrug"])
    assert resolutions == [("031/2023", None, "Entschlammung des Dorfteiches Sandkrug")]


def test_answers_in_a_block_numbered_as_the_points_were(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Der Oberbürgermeister

Musterstadt, 14.02.2025
Az.: 66/12-2025

An die Bezirksvertretung Nord

Mitteilung zum Beschluss der Bezirksvertretung
(Drucksache Nr. 35912-24)
Umgestaltung des Nordmarkts

die Bezirksvertretung hat die Verwaltung mit folgendem Beschluss beauftragt:
1 „Die Verwaltung wird gebeten, die Spielflächen auf dem Nordmarkt zu erneuern.“
2a „Die Wegebeleuchtung auf dem Platz wird auf LED-Technik umgestellt.“
2b „An der Westseite des Platzes sind zusätzliche Leuchten aufzustellen.“
Die Verwaltung nimmt wie folgt Stellung:
1 Die Erneuerung der Spielflächen ist für 2026 vorgesehen. Mit der Planung wurde noch nicht begonnen.
2a Die Umstellung steht noch aus.
2b Siehe 2a.

Mit freundlichen Grüßen
Rüdiger Beispiel
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b"]
    assert [m.response for m in record.mandates] == [
        "Die Erneuerung der Spielflächen ist für 2026 vorgesehen. Mit der Planung wurde noch nicht begonnen.",
        "Die Umstellung steht noch aus.", "Siehe 2a."]


def test_an_answer_heading_whose_1_ocr_read_as_l(tmp_path):
    from pipeline.markers import ANSWER_HEAD
    assert ANSWER_HEAD.match("Zul) Die Lichtsignalanlage wurde ergänzt.").group("num") == "l"
    assert ANSWER_HEAD.match("Zulassung der Anlage") is None
    record = read(tmp_path, """Freie und Hansestadt Musterburg
Bezirksamt Nord

Drucksachen-Nr.: 22-1873
Datum: 19.02.2025

Beratungsfolge | Gremium
1 Ausschuss für Mobilität

Mitteilungsdrucksache

Beschluss der Bezirksversammlung vom 28.11.2024 zur Drucksache 22-1540
Sichere Querung am Bahnhof

1) »Die Bezirksamtsleitung wird gebeten, eine zusätzliche Fußgängerfurt einzurichten.«
2) »Der Ausschuss ist über die Umsetzung zu unterrichten.«
Das Fachamt teilt hierzu mit:
Zul) Die Furt wurde am 20.01.2025 in Betrieb genommen.
Zu 2) Mit dieser Drucksache wird der Ausschuss unterrichtet.

gez. Dr. Jan Beispiel
Bezirksamtsleiter
""")
    assert record.mandates[0].response == "Die Furt wurde am 20.01.2025 in Betrieb genommen."


def test_a_title_under_letterhead_fields_that_a_scan_put_below_the_reference(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Dezernat für Stadtentwicklung

An die Mitglieder des Stadtrates

Sachstandsbericht zum Beschluss 21/1034-BV

Musterstadt, 15.02.2023
Az.: Dez. II/61-2023-004
Auskunft: Frau Beispiel
Tel. 03641 49-5127

Eing. 16.02.2023

Radschnellverbindung Lobeda – Stadtzentrum
Mit Beschluss vom 16.03.2022 hat der Stadtrat die Verwaltung beauftragt:
a) »Für eine Radschnellverbindung ist eine Machbarkeitsstudie zu beauftragen.«
Stand: Die Machbarkeitsstudie wurde im Oktober 2022 vergeben.

Petra Beispiel
Beigeordnete
""")
    assert record.subject == "Radschnellverbindung Lobeda – Stadtzentrum"
