"""Whole letters and single mechanisms in forms the reader met in blind round 41 (each written here,
not taken from a corpus): a district council's resolution that "called on" the authority, points headed
"Beschlusspunkt 3. a):", an acknowledgement's label beside the greeting, two signature columns run into
single lines, a form's own number beside its letterhead, a stamp's month and year damaged by OCR, a
postponement's new date, form fields run together on one line, a title over the form's first section."""
from __future__ import annotations

from pipeline.closing import find_next_review, find_signatories, is_role
from pipeline.dates import find_dates
from pipeline.deadlines import find_deadlines
from pipeline.header import find_city, labelled_values
from pipeline.marking import is_marking
from pipeline.references import find_sessions
from pipeline.status import mend_cue_words, response_status, see_point
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_councils_call_on_the_authority_is_a_resolution_answered_point_by_point(tmp_path):
    record = read(tmp_path, """Die Senatorin für Kultur
Freie Hansestadt Bremen

Ortsamt Nord
Beirat Vegesack

Bremen, 14.03.2024
Lesesaal im Bürgerhaus Vegesack
Ihr Beschluss vom 12.10.2023 (Beschluss-Nr. V-2023/07)

Sehr geehrte Damen und Herren,
der Beirat Vegesack hat in seiner Sitzung am 12.10.2023 die Senatorin für Kultur aufgefordert,
1. im Bürgerhaus einen Lesesaal einzurichten,
2. die Öffnungszeiten mit der Stadtbibliothek abzustimmen und
3. eine Förderung durch den Bund zu prüfen.

Hierzu nehme ich wie folgt Stellung:
Zu 1. und 2.:
Der Lesesaal ist eingerichtet; die Öffnungszeiten werden derzeit mit der Stadtbibliothek abgestimmt.
Zu 3.:
Die Prüfung hat ergeben, dass das Land die Kosten in voller Höhe trägt.

Mit freundlichen Grüßen
Im Auftrag
Jana Töpfer
""")
    assert record.kind == "beschlusskontrolle"          # "aufgefordert" resolves as "beauftragt" does
    assert record.resolution == "V-2023/07"
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[2].status == "done"          # the examination asked for has its result


def test_an_examination_with_a_result_is_done_unless_what_it_found_is_negated():
    assert response_status("Die Prüfung hat ergeben, dass ein Zuschuss beantragt werden kann.") == "done"
    assert response_status("Die Prüfung ergab, dass die Umsetzung nicht möglich ist.") == "rejected"
    assert response_status("Die Prüfung hat ergeben, dass ein Zuschuss nicht nötig ist.") == "unknown"   # the finding decides


def test_sub_point_headings_with_a_stop_before_the_letter_and_a_reference_to_them(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden
Amt für Stadtgrün

Beschlusskontrolle zu V0777/24 (Sitzungsnummer: SR/044/2024)
Grüne Höfe

Sehr geehrte Damen und Herren,
zum oben genannten Beschluss wird folgender Zwischenstand mitgeteilt:

Beschlusspunkt 1:
„Es ist ein Förderprogramm für Hofbegrünung aufzulegen.“
Sachstand:
Das Programm wurde im Januar 2025 aufgelegt.

Beschlusspunkt 2. a):
„Es ist eine Beratungsstelle einzurichten.“
Sachstand:
Mit der Einrichtung wurde noch nicht begonnen.

Beschlusspunkt 2. b):
„Die Beratungsstelle ist im Stadtteilhaus unterzubringen.“
Sachstand:
Siehe Beschlusspunkt 2. a).

Mit freundlichen Grüßen

Karin Seidel
Amtsleiterin
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b"]
    assert record.mandates[2].status == record.mandates[1].status == "not_started"   # "Siehe … 2. a)" takes 2a's state
    assert see_point("Siehe Ziffer 4 b).") == "4b"


def test_the_acknowledgements_label_beside_the_greeting_and_its_role_beside_the_senders():
    sender, acknowledged = find_signatories(["Mit freundlichen Grüßen Kenntnisnahme:", "In Vertretung", "",
                                              "Paul Krüger", "Leiter des Sportamtes Oberbürgermeister"])
    assert (sender.name, sender.role) == ("Paul Krüger", "Leiter des Sportamtes")
    assert (acknowledged.name, acknowledged.role) == (None, "Oberbürgermeister")


def test_two_signature_columns_run_together_are_cut_where_names_and_roles_are_likeliest():
    # "Dr. Eva Roth Hans Gerber" cuts two ways into names, "… für Allgemeine Verwaltung Bürgermeister" two ways into roles
    sender, acknowledged = find_signatories(["Kenntnisnahme:", "", "Dr. Eva Roth Hans Gerber",
                                              "Beigeordnete für Allgemeine Verwaltung Bürgermeister"])
    assert (sender.name, sender.role) == ("Dr. Eva Roth", "Beigeordnete für Allgemeine Verwaltung")
    assert (acknowledged.name, acknowledged.role) == ("Hans Gerber", "Bürgermeister")


def test_a_ranked_post_is_a_role():
    assert is_role("2. Bürgermeister") and not is_role("Marktplatz 2")
    sender, _ = find_signatories(["In Vertretung", "gez. Xaver Huber", "2. Bürgermeister"])
    assert (sender.name, sender.role) == ("Xaver Huber", "2. Bürgermeister")


def test_letterhead_with_the_forms_number_beside_it_and_no_article_for_a_city():
    assert find_city(["Hanse- und Universitätsstadt Rostock Vorlage 2025/IV/0101", "Der Oberbürgermeister"])[0] \
        == "Hanse- und Universitätsstadt Rostock"
    assert find_city(["Landeshauptstadt Der Oberbürgermeister"])[0] is None    # two columns run together: no city "Der"


def test_a_stamps_month_and_year_read_with_ocrs_glyphs():
    assert [d.value for d in find_dates(".' JUNl 2O1O")] == ["2010-06"]
    assert [d.value for d in find_dates("12. JUL1 2019")] == ["2019-07-12"]


def test_a_postponement_names_its_new_date_in_any_tense():
    assert find_deadlines("Die Eröffnung musste wegen der Bauverzögerung auf März 2025 verschoben werden.", "2024-10") == ["2025-03"]
    assert find_deadlines("Die Eröffnung wurde im März 2024 gefeiert.", "2024-10") == []


def test_a_next_review_hyphenated_over_two_lines():
    assert find_next_review(["Der Rat wird nach Vorliegen des Gutachtens, voraussichtlich im No-",
                             "vember 2025, erneut informiert."]) == "2025-11"


def test_form_fields_run_together_on_one_line_each_keep_their_value():
    values = labelled_values(["Status: öffentlich Datum: 19.02.2024",
                              "Aktenzeichen: 66.1-Br/2024-7 Federführung: Fachbereich Tiefbau"])
    assert values["datum"] == "19.02.2024"
    assert values["aktenzeichen"] == "66.1-Br/2024-7"


def test_a_damaged_negation_is_still_a_negation():
    assert mend_cue_words("Der Punkt ist nicbt umsetzbar, die Nacht bleibt.") == "Der Punkt ist nicht umsetzbar, die Nacht bleibt."
    assert response_status("Der Beschlusspunkt ist in dieser Form nicbt umsetzbar.") == "rejected"


def test_a_session_named_by_a_compound_of_sitzung():
    assert [s for s, *_ in find_sessions("Vorlage 12/2024 · Stadtratssitzung SR 03/2024 vom 20.03.2024")] == ["SR 03/2024"]


def test_a_sentence_ending_in_a_marking_word_and_a_verb_is_no_marking():
    assert not is_marking("Verschlusssache eingestuft.")
    assert is_marking("VS – Nur für den Dienstgebrauch")


def test_a_market_towns_only_point_with_its_unit_between_dashes(tmp_path):
    record = read(tmp_path, """MARKT HOLZKIRCHEN AM INN
- Geschäftsleitung -
An die Mitglieder
des Marktgemeinderates
Unser Zeichen: GL-11/Ha Holzkirchen, 4. Juni 2024
Vollzug des Beschlusses Nr. 2024/031 aus der Sitzung MGR 03/2024 vom 13.03.2024
Neue Sitzbänke am Kirchplatz
Sehr geehrte Damen und Herren,
der Marktgemeinderat hat in der oben genannten Sitzung beschlossen:
"Die Verwaltung wird beauftragt, am Kirchplatz vier neue Sitzbänke aufzustellen."
Zum Vollzug teilen wir mit:
Die Bänke wurden am 28.05.2024 aufgestellt.
Der Beschluss ist damit vollzogen.
Mit freundlichen Grüßen
In Vertretung
gez. Franz Obermaier
2. Bürgermeister
""")
    assert record.department == "Geschäftsleitung"
    assert record.sender.role == "2. Bürgermeister"
    assert record.mandates[0].response.endswith("Der Beschluss ist damit vollzogen.")    # the only point's answer


def test_a_forms_title_above_its_first_section_and_its_own_number_with_a_dash(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Hamburg
Bezirksamt Wandsbek

Mitteilungsvorlage
öffentlich

Drucksachen–Nr.: 22-3001
Datum: 02.04.2024

Bolzplatz Eichtalpark: Sanierung und neue Tore

Sachverhalt:
Die Bezirksversammlung hat am 15.02.2024 folgenden Beschluss gefasst (Drs. 22-2770):
„Die Bezirksamtsleitung wird gebeten,
a) den Bolzplatz zu sanieren und
b) neue Tore aufzustellen.“
Das Bezirksamt nimmt hierzu wie folgt Stellung:
zu a)
Die Sanierung ist für Juli 2024 beauftragt.
zu b)
Die Tore wurden im März 2024 aufgestellt.
""")
    assert record.resolution == "22-2770"       # the form's own number ("Drucksachen–Nr.", a dash) is a label's value
    assert record.subject == "Bolzplatz Eichtalpark: Sanierung und neue Tore"
