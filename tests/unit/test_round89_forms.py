"""Mechanisms for forms the reader met in blind round 89 (each letter written here, not taken from a corpus): a
numbered run inside a paragraph (a quotation's points, the answers' headings); a heading naming the request
with a hyphenated compound ("zum BA-Antrag"); an answer heading with a dash and the point's topic; a
resolution's point numbered "Beschluss, Ziffer 1:"; answers to a council member's questions; a post and a
name on one line; a degree after a name; OCR's capital I where two words ran together."""
from __future__ import annotations

from pipeline.closing import find_signatories, is_name
from pipeline.markers import run_on_sequences
from pipeline.text import normalize
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_numbered_run_inside_a_paragraph_is_parted_where_the_numbers_count_on():
    lines = ["Der Rat hat beschlossen: „1. Die Halle ist zu sanieren. 2. Die Kosten",
             "sind darzustellen.“", "", "Dazu: Zu Ziffer 1 - Sie ist saniert. Zu Ziffer 2 - Sie sind dargestellt."]
    assert run_on_sequences(lines) == ["Der Rat hat beschlossen:", "„1. Die Halle ist zu sanieren.", "2. Die Kosten",
                                       "sind darzustellen.“", "", "Dazu:", "Zu Ziffer 1 - Sie ist saniert.",
                                       "Zu Ziffer 2 - Sie sind dargestellt."]


def test_a_number_in_running_text_without_its_run_parts_nothing():
    lines = ["Die Arbeiten beginnen am 2. Mai. 3. Oktober ist der Feiertag.", "Das ist Punkt 3. Zu Ziffer 2 - nichts."]
    assert run_on_sequences(lines) == lines


_RUN_ON = """Stadt Beispielfeld
Ortsverwaltung Nord

Unser Zeichen: OV-N 12.4
Datum: 14. März 2026

Abschließende Mitteilung zum OR-Antrag Nr. 26-31 / A 00815 des Ortsrates Nord vom 12.01.2026
Bänke am Dorfteich

Der Ortsrat hat in seiner Sitzung beantragt: „1. Am Dorfteich sind zwei Bänke aufzustellen. 2. Zudem
soll ein Papierkorb angebracht werden.“

Hierzu wird mitgeteilt: Zu Nr. 1: Die Bänke wurden im Februar 2026 aufgestellt. Zu Nr. 2: Der
Papierkorb wurde ebenfalls angebracht.

Karla Beispiel
Sachgebietsleiterin
"""


def test_a_letter_on_a_hyphenated_request_with_its_points_and_answers_run_on(tmp_path):
    record = read(tmp_path, _RUN_ON)
    assert record.kind == "beschlusskontrolle"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].quote == "Zudem soll ein Papierkorb angebracht werden."
    assert record.mandates[0].response == "Die Bänke wurden im Februar 2026 aufgestellt."
    assert record.mandates[1].response == "Der Papierkorb wurde ebenfalls angebracht."


_TOPIC_HEADS = """Landeshauptstadt Beispielstadt
Grünflächenamt

Datum: 02.03.2026

Beschlusskontrolle zur Vorlage 0815/2025
Stadtrat vom 10.12.2025
Trinkbrunnen in Parks

Zu 1 – Brunnen:
Die Verwaltung wird beauftragt, in drei Parks Trinkbrunnen aufzustellen.
Zwei Brunnen sind aufgestellt. Der dritte folgt bis 30.06.2026.
Zu 2 – Wartung:
Die Wartung ist vertraglich zu sichern.
Der Wartungsvertrag ist geschlossen.

Karl Beispiel
Beigeordneter
"""


def test_answer_headings_with_a_dash_and_the_points_topic(tmp_path):
    record = read(tmp_path, _TOPIC_HEADS)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Die Verwaltung wird beauftragt, in drei Parks Trinkbrunnen aufzustellen."
    assert record.mandates[1].response == "Der Wartungsvertrag ist geschlossen."


_COMMA_LABELS = """Stadt Beispielhafen
Ortsamt West

An den Beirat West
                                                            Beispielhafen, 8. Jan. 2026

Beschlussverfolgung
Beiratsbeschluss vom 15.10.2025 (Nr. 2025/017)
Radweg am Deich

Beschluss, Ziffer 1:
    Der Beirat bittet das Amt, am Deich einen Radweg zu markieren.
Stellungnahme des Amtes:
Der Radweg ist markiert.
Beschluss, Ziffer 2:
    Ferner wird um eine Beleuchtung gebeten.
Stellungnahme:
Die Beleuchtung ist beauftragt.

Mit freundlichen Grüßen

Jana Beispiel
Ortsamtsleiterin
"""


def test_points_numbered_beschluss_comma_ziffer(tmp_path):
    record = read(tmp_path, _COMMA_LABELS)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].response == "Die Beleuchtung ist beauftragt."


_QUESTIONS = """Landeshauptstadt Beispielburg
Dezernat III

                                                         Beispielburg, 04.05.2026
Schriftliche Mitteilung der Verwaltung
Thema: Stand der Umsetzung des Spielplatzprogramms (DS0815/25)

In der Sitzung des Stadtrates wurde gefragt:

        1. Wie viele der mit DS0815/25 beschlossenen Spielplätze sind fertig?

Bis zum 31.03.2026 sind vier Spielplätze fertig.

        2. Wann wird das Programm abgeschlossen sein?

Die Verwaltung geht von einem Abschluss im Herbst 2027 aus.

Karl Beispiel
Beigeordneter
"""


def test_answers_to_questions_are_no_report_on_a_resolution(tmp_path):
    record = read(tmp_path, _QUESTIONS)
    assert record.kind == "unknown"
    assert record.mandates == []


def test_a_post_and_a_name_on_one_line_and_a_degree_after_a_name():
    sender, _ = find_signatories(["Stadträtin Dr. Karla Beispiel-Muster"], by_column=False)
    assert (sender.name, sender.role) == ("Dr. Karla Beispiel-Muster", "Stadträtin")
    sender, _ = find_signatories(["Der Verbandsvorsitzende", "Landrat Dr. Karl Beispiel"], by_column=False)
    assert (sender.name, sender.role) == ("Dr. Karl Beispiel", "Der Verbandsvorsitzende Landrat")
    sender, _ = find_signatories(["Amtsleiterin Ortsamt Beispielfeld", "", "Karla Beispiel"], by_column=False)
    assert (sender.name, sender.role) == ("Karla Beispiel", "Amtsleiterin Ortsamt Beispielfeld")
    assert is_name("Karla Beispiel, Dipl.-Ing. (FH)")
    assert is_name("Dr. Ayşe Yılmaz-Beispiel")
    assert not is_name("Stadträtin Dr. Karla Beispiel")


def test_ocrs_capital_i_kept_where_two_known_words_ran_together():
    assert normalize("Die nächsteInformation folgt.") == "Die nächsteInformation folgt."
    assert normalize("Die MitgIieder der SchuIe") == "Die Mitglieder der Schule"


def test_the_next_review_announced_across_a_page_break():
    from pipeline.closing import find_next_review
    lines = ["Eine weitere Berichterstattung erfolgt mit der Satzung, spätestens", "", "- 1 -", "",
             "Sachstandsbericht A0815/26 - Seite 2", "", "zum 30.09.2026.", ""]
    assert find_next_review(lines) == "2026-09-30"


def test_the_deciding_bodys_line_before_the_title_is_no_part_of_it():
    from pipeline.header import parse_reference
    assert parse_reference(["Bericht zum Vollzug des Kreistagsbeschlusses Nr. 815/2026", "Kreistag, Sitzung KT/008/2026 am 30.01.2026",
                            "", "Zukunft des Kreisbades", ""])[0] == [("815/2026", "KT/008/2026", "Zukunft des Kreisbades")]
    assert parse_reference(["Mitteilung zum BA-Antrag Nr. 26-31 / B 00815 des", "Bezirksausschusses 4 vom 14.01.2026",
                            "Bänke am Dorfteich", ""])[0] == [("26-31 / B 00815", None, "Bänke am Dorfteich")]


def test_a_statement_on_a_council_members_question_is_another_genre(tmp_path):
    record = read(tmp_path, _QUESTIONS.replace("Schriftliche Mitteilung der Verwaltung", "Stellungnahme der Verwaltung zur Anfrage F0815/26")
                  .replace("Wie viele der mit DS0815/25 beschlossenen Spielplätze sind fertig?", "Die Zahl der fertigen Spielplätze wird genannt.")
                  .replace("Wann wird das Programm abgeschlossen sein?", "Der Abschluss des Programms wird genannt."))
    assert record.kind == "unknown"


_STAMPED = """Landkreis Beispielkreis
Der Kreisausschuss

Datum: 02.05.2026

Halbjahresbericht zum Beschluss KT-815/2025
Tablets für Lehrkräfte

Zu Ziffer 1:
Die Tablets wurden im März 2026 ausgegeben.
Zu Ziffer 2:
Die Schulungen sind abgeschlossen.

Für den Kreisausschuss

Landrat
Karl Beispiel

KREISTAGSBÜRO

06. MAI 2026
"""


def test_a_received_stamps_office_apart_from_its_date_under_the_signature(tmp_path):
    record = read(tmp_path, _STAMPED)
    assert (record.sender.name, record.sender.role) == ("Karl Beispiel", "Landrat")


def test_a_year_the_answer_also_names_more_closely_is_no_second_deadline():
    from pipeline.deadlines import find_deadlines
    assert find_deadlines("Zwölf Standorte folgen im Jahr 2027; der Abschluss ist bis Juni 2027 vorgesehen.") == ["2027-06"]
    assert find_deadlines("Der Rest folgt im Jahr 2027.") == ["2027"]
    # a year's end is a target of its own
    assert find_deadlines("Die Vergabe ist für Januar 2027 vorgesehen, der Abschluss bis Ende 2027.") == ["2027-01", "2027"]


_REMARK = """Stadt Beispielstadt
Der Oberbürgermeister

Datum: 02.03.2026

Sachstandsbericht zur Vorlage 0815/2025
Neubau der Sporthalle

1. „Die Verwaltung wird beauftragt, die Sporthalle neu zu bauen.“
Der Rohbau ist fertig.

2. „Die Kosten sind einzuhalten.“
Mehrkosten sind derzeit nicht absehbar.

Die Angaben zu den Angebotspreisen werden nur in nichtöffentlicher Sitzung erläutert.

Karl Beispiel
Oberbürgermeister
"""


def test_a_remark_where_details_are_given_non_publicly_closes_the_answers(tmp_path):
    record = read(tmp_path, _REMARK)
    assert record.mandates[-1].response == "Mehrkosten sind derzeit nicht absehbar."


def test_what_stands_around_a_title_naming_when_and_where_it_was_decided_is_no_part_of_it():
    from pipeline.header import parse_reference
    assert parse_reference(["Vorlage V/0815/2026 – Neue Bänke am Markt", "Beschlussfassung der Bezirksvertretung am 29.01.2026", ""])[0] \
        == [("V/0815/2026", None, "Neue Bänke am Markt")]
    assert parse_reference(["Antrag VII-A-08150 – beschlossen in der Ratsversammlung", "Fahrradstraße am Markt", ""])[0][0][2] \
        == "Fahrradstraße am Markt"
    assert parse_reference(["Geschäftliche Mitteilung – Umsetzung des Ratsbeschlusses Drs. 0815/2026", "", "Neue Bänke am Markt", ""])[0] \
        == [("0815/2026", None, "Neue Bänke am Markt")]
    assert parse_reference(["Beschlusskontrolle A0815/26", "", "Bänke am Elberadweg",
                            "    Der Stadtbezirksbeirat Mitte beschließt, sechs Bänke aufzustellen.", ""])[0][0][2] == "Bänke am Elberadweg"


_SESSION_NOTE = """Stadt Beispielstadt
Amt für Sport

Datum: 02.03.2026

Sachstandsbericht zum Beschluss 0815/2025
Kinder-Sportfest 2026 (Stadtratssitzung 13/2025)

1. „Die Verwaltung wird beauftragt, ein Sportfest auszurichten.“
Das Sportfest ist für Juni 2026 geplant.

Karl Beispiel
Beigeordneter
"""


def test_a_session_noted_in_brackets_after_the_title(tmp_path):
    assert read(tmp_path, _SESSION_NOTE).subject == "Kinder-Sportfest 2026"


_BODYS_MOTION = """Landeshauptstadt Beispielstadt
Baureferat

An den Vorsitzenden des Bezirksausschusses 4
Herrn Karl Beispiel

Unser Zeichen BAU-815
Datum 09.02.2026

Bänke im Stadtpark
BA-Antrag Nr. 26-31 / B 00815 des Bezirksausschusses 4 vom 12.01.2026

Sehr geehrter Herr Beispiel,

der Bezirksausschuss hat beantragt: „Das Baureferat wird gebeten, im Stadtpark zwei
Bänke aufzustellen.“

Zu dem Antrag teilen wir Folgendes mit:

Zwei Bänke wurden im Januar 2026 aufgestellt. Der Antrag ist damit erledigt.

Mit freundlichen Grüßen

Karla Beispiel
Baudirektorin
"""


def test_a_council_bodys_motion_answered_is_a_report_but_a_partys_is_none(tmp_path):
    record = read(tmp_path, _BODYS_MOTION)
    assert record.kind == "beschlusskontrolle"
    assert record.mandates[0].response == "Zwei Bänke wurden im Januar 2026 aufgestellt. Der Antrag ist damit erledigt."
    party = read(tmp_path, _BODYS_MOTION.replace("der Bezirksausschuss hat beantragt", "die Fraktion hat beantragt"))
    assert party.kind == "unknown"
