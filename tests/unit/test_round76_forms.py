"""Mechanisms for forms the reader met in blind round 76 (each letter or line written here, not taken from a
corpus): a point's full stop read as a digit ("22 Mindestens …") and a first point's lost number under a line
announcing the state; points "31" / "32" proved by the answers "zu 3.1" / "zu 3.2"; a Wahlperiode's V read small
("v11/2020/…"); Halle's sessions "VII/SR/16"; points numbered "(1)"; a label column headed "Drucksache"; "Sehr geehrtcr"; an Amt's name of two words; "… hatte … bestimmt: „…“"; "Ich
werde Sie … unterrichten."; a marking's words inside a bracket that opened on the line above; a quoted title with a
note in brackets; the whole matter's closing words; a box under a label column's values; a received stamp's name;
a numeral ending a file number; a signature OCR read as letters; "Zeichen" without its colon; an address beside the
unit."""
from __future__ import annotations

from pipeline.closing import find_signatories
from pipeline.header import find_city, find_file_number, find_recipients, labelled_values, pair_label_column, _find_department
from pipeline.lexicon import ANSWERS_END, CLOSING_STATEMENT, LETTER_CLOSING
from pipeline.marking import is_marking
from pipeline.numbering import repair_numbers
from pipeline.references import find_resolutions, find_sessions
from pipeline.sections import SALUTATION
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_stop_read_as_a_digit_and_a_first_number_lost_under_the_announcing_line():
    lines = ["Der Stand stellt sich wie folgt dar:",
             "Die Verwaltung wird beauftragt, einen Wettbewerb vorzubereiten.",
             "Die Auslobung ist fertig.",
             "22 Mindestens die Hälfte der Fläche ist zu begrünen.",
             "Die Vorgabe ist in der Auslobung enthalten.",
             "3. Über das Ergebnis ist zu berichten.",
             "Der Bericht folgt."]
    repaired = repair_numbers(lines)
    assert repaired[1].startswith("1. Die Verwaltung wird beauftragt")
    assert repaired[3] == "2. Mindestens die Hälfte der Fläche ist zu begrünen."
    # a real number 22 in its sequence stays
    assert repair_numbers(["21. Die Stadt …", "22. Die Verwaltung …", "23. Der Rat …"])[1] == "22. Die Verwaltung …"


def test_points_whose_decimal_point_ocr_lost_proved_by_the_answers_headings():
    lines = ["1 Der Oberbürgermeister wird beauftragt, ein Konzept zu erarbeiten.",
             "2 Das Konzept ist vorzulegen.",
             "31 Als Sofortmaßnahme sind Sonnensegel zu beschaffen.",
             "32 _ Die freien Träger sind zu unterstützen.",
             "Hierzu wird berichtet:", "zu 1.", "Erstellt.", "zu 2.", "In Arbeit.",
             "zu 3.1", "Beschafft.", "zu 3.2", "Nicht möglich."]
    repaired = repair_numbers(lines)
    assert repaired[2].startswith("3.1 Als Sofortmaßnahme")
    assert repaired[3].startswith("3.2 Die freien Träger")


def test_a_wahlperiodes_v_read_small_and_hallés_session_numbers():
    assert [r[0] for r in find_resolutions("Zwischenbericht zum Beschluss v11/2020/01876 – Hitzeschutz")] == ["VII/2020/01876"]
    assert [s[0] for s in find_sessions("Der Stadtrat hat am 28.10.2020 (Sitzung VII/SR/16) beschlossen:")] == ["VII/SR/16"]


_OFFENBACH = """Stadt Offenbach am Main
Der Magistrat – Amt für Stadtplanung

An die
Stadtverordnetenversammlung
                                                  Offenbach, den 11.08.2025
                                                  Geschäftszeichen: 60.3-B12/2025

Bericht des Magistrats B 12/2025

Betreff: Trinkbrunnen in der Innenstadt
Bezug: Beschluss der Stadtverordnetenversammlung Nr. 2024/0999 vom 14.03.2024

(1)   Der Magistrat wird beauftragt, drei Trinkbrunnen in der Innenstadt aufzustellen.

Zwei Brunnen sind in Betrieb.

(2)   Die Brunnen sind barrierefrei zu gestalten.

Beide Brunnen sind barrierefrei.

Für den Magistrat

Dr. Hanna Beispiel
Stadträtin
"""


def test_points_numbered_in_brackets_open_the_body(tmp_path):
    record = read(tmp_path, _OFFENBACH)
    assert record.subject == "Trinkbrunnen in der Innenstadt"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].response == "Zwei Brunnen sind in Betrieb."


_POTSDAM_IN_ORDER = """Landeshauptstadt Potsdam
Der Oberbürgermeister
Geschäftsbereich Klima, Umwelt und Grün

                                        Potsdam, den 3. Mai 2023

Mitteilungsvorlage
Drucksache            23/SVV/0999
Betreff               Sachstand Beschluss 21/SVV/0111 „Bänke für alle
                      Parks“
Empfänger             Stadtverordnetenversammlung der Landeshauptstadt Potsdam
Zeichen               FB 47/2023-099

Inhalt der Mitteilung:

Die Stadtverordnetenversammlung hat in ihrer Sitzung am 01.12.2021 den Beschluss
21/SVV/0111 gefasst. Der Beschluss lautet:

    1. Der Oberbürgermeister wird beauftragt, in allen Parks Bänke aufzustellen.

    2. Die Pflege der Bänke ist dem Grünflächenamt zu übertragen.

Zum Sachstand:

Bisher wurden vierzig Bänke aufgestellt.

Die Pflege liegt beim Grünflächenamt.

Karla Beispiel
Beigeordnete für Klima, Umwelt und Grün
"""


def test_a_label_column_headed_by_the_papers_number(tmp_path):
    record = read(tmp_path, _POTSDAM_IN_ORDER)
    assert record.resolution == "21/SVV/0111"
    assert record.subject == "Bänke für alle Parks"
    assert record.file_number == "FB 47/2023-099"
    # paragraphs under one heading answer the points jointly (earlier rounds' truths; round 76's split them by place)
    assert record.mandates[0].response == record.mandates[1].response


def test_a_salutations_ending_read_with_one_error_and_an_amts_name_of_two_words():
    assert SALUTATION.match("Sehr geehrtcr Herr Bürgermeister, sehr geehrte Damen und Herren,")
    assert find_city(["Amt Seenlandschaft Waren", "Der Amtsvorsteher"]) == ("Amt Seenlandschaft Waren", 0)
    assert find_city(["Amt für Soziales"]) == (None, None)
    assert find_city(["Amt Treenetal Mitteilungsvorlage"]) == ("Amt Treenetal", 0)      # a form title beside it


_ZWECKVERBAND = """Zweckverband Wasserversorgung Obertal
Geschäftsstelle

An die Mitglieder
der Verbandsversammlung

                                                  14. Februar 2025

Sachstand zum Beschluss VV 09/2023 – Erneuerung der Fernleitung

Sehr geehrte Damen und Herren,

mit Beschluss VV 09/2023 hat die Verbandsversammlung die Geschäftsführung beauftragt, „die
Fernleitung im Abschnitt 2 zu erneuern“. Dazu kann ich Folgendes mitteilen: Die Arbeiten
haben begonnen.

Zugleich hatte die Verbandsversammlung bestimmt: „Die Mehrkosten sind der Verbandsversammlung
vor jeder weiteren Vergabe vorzulegen.“ Mehrkosten sind bislang nicht entstanden.
Ich werde Sie in der Herbstsitzung über den Abschluss der Arbeiten unterrichten.

Mit freundlichen Grüßen

Ewald Beispiel
Geschäftsführer
"""


def test_a_quote_the_body_determined_and_the_writers_promise_to_report(tmp_path):
    record = read(tmp_path, _ZWECKVERBAND)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].quote == "Die Mehrkosten sind der Verbandsversammlung vor jeder weiteren Vergabe vorzulegen."
    assert record.mandates[1].response == "Mehrkosten sind bislang nicht entstanden."
    assert LETTER_CLOSING.search("Ich werde Sie in der Herbstsitzung über den Abschluss unterrichten.")


_TITLE_WITH_NOTE = """Stadt Jena
Dezernat für Stadtentwicklung und Umwelt

An den Stadtrat der Stadt Jena

Jena, den 13.06.2024

Sachstandsbericht zum Beschluss 23/2999-BR

„Radbügel an allen Schulen“ (Stadtratsbeschluss vom 15.11.2023)

1. „Die Stadtverwaltung wird beauftragt, an allen Schulen Radbügel aufzustellen.“
An zwölf Schulen stehen Radbügel.

Christian Beispiel
Bürgermeister
"""


def test_a_quoted_title_with_a_note_in_brackets(tmp_path):
    record = read(tmp_path, _TITLE_WITH_NOTE)
    assert record.subject == "Radbügel an allen Schulen"
    assert record.mandates[0].quote == "Die Stadtverwaltung wird beauftragt, an allen Schulen Radbügel aufzustellen."


def test_a_markings_words_in_a_bracket_opened_on_the_line_above():
    assert not is_marking("Dienstgebrauch) wird den Ausschussmitgliedern gesondert zugeleitet.")
    assert is_marking("VS – Nur für den Dienstgebrauch")


def test_an_address_beside_the_unit():
    assert _find_department(["Stadt Münster", "Amt für Mobilität und Tiefbau Albersloher Weg 33 48155 Münster", ""], 0) \
        == "Amt für Mobilität und Tiefbau"


def test_the_whole_matters_closing_words():
    assert CLOSING_STATEMENT.match("Die Angelegenhcit ist damit erledigt.")
    assert CLOSING_STATEMENT.match("Mit dieser Information betrachtet die Verwaltung den Beschliiss als abschließend bearbeitet.")
    assert ANSWERS_END.match("Die Beschlusskontrolle bleibt offen. Wiedervorlage: Juni 2026.")


def test_a_box_under_a_label_columns_values():
    lines = ["An", "", "Datum", "GZ", "", "Stadtrat", "Alle Fraktionen", "05.04.2024", "(GB 5) 51.4-So", "☐ vertraulich"]
    paired = [line for line in pair_label_column(lines) if line]
    assert paired == ["An: Stadtrat Alle Fraktionen", "Datum: 05.04.2024", "GZ: (GB 5) 51.4-So", "☐ vertraulich"]


def test_a_received_stamp_is_no_addressee():
    stamp = ["Büro der", "Stadträte", "08. APR. 2024", "", "Landeshauptstadt Dresden", "", "An: Stadtrat Alle Fraktionen", ""]
    assert find_recipients(stamp) == "Stadtrat Alle Fraktionen"


def test_a_numeral_ending_a_file_number_and_zeichen_without_its_colon():
    assert find_file_number({"drucksache-nr.": "DS/0733/1X"}) == "DS/0733/IX"
    assert labelled_values(["Zeichen SBA Pi 1.3-0419"]) == {"zeichen": "SBA Pi 1.3-0419"}


def test_a_signature_read_as_letters_is_no_role():
    sender, _ = find_signatories(["Mit freundlichen Grüßen", "", "Bürgermeister", "", "vIUNVWV-", "", "Lennart Beispiel"])
    assert (sender.name, sender.role) == ("Lennart Beispiel", "Bürgermeister")



def test_a_review_closed_for_some_points_only_is_no_final_report():
    from pipeline.closing import find_report_type
    body = ("Der Punkt wird daher nicht weiterverfolgt. Damit ist die Beschlusskontrolle für Ziffer 1 und 2 abgeschlossen. "
            "Über Ziffer 3 wird erneut berichtet.")
    assert find_report_type("", body, None, ["done", "rejected", "not_started"]) == "interim"
    assert find_report_type("", "Damit ist die Beschlusskontrolle abgeschlossen.", None, ["done"]) == "final"


_ANSWERS_BY_ORDINAL_AND_CLAUSE = """Stadt Halle (Saale)
Geschäftsbereich Bildung und Soziales

Halle (Saale), 18. Juni 2024

Mitteilung
Beschluss VII/2022/09999 – Offene Schulhöfe
Der Stadtrat hat am 26. April 2023 beschlossen:
1. Der Oberbürgermeister wird beauftragt, an fünf Grundschulen die Schulhöfe nachmittags zu öffnen.
2. Dazu sind die erforderlichen Schließdienste zu organisieren.
Über die Erfahrungen ist dem Bildungsausschuss nach einem Jahr zu berichten.
Zum ersten Beschlusspunkt: Drei Schulhöfe sind geöffnet.
Hinsichtlich der Dienste nach Punkt 2 ist festzuhalten: Ein freier Träger schließt die Höfe.
Zu Punkt 3: Der Erfahrungsbericht wird dem Ausschuss im September 2024 vorgelegt.

Jugendamt

Dr. Ines Beispiel
Beigeordnete
"""


def test_answers_headed_by_an_ordinal_or_a_clause_naming_the_point_prove_a_lost_number(tmp_path):
    record = read(tmp_path, _ANSWERS_BY_ORDINAL_AND_CLAUSE)
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[2].quote == "Über die Erfahrungen ist dem Bildungsausschuss nach einem Jahr zu berichten."
    assert [m.response for m in record.mandates[:2]] == ["Drei Schulhöfe sind geöffnet.", "Ein freier Träger schließt die Höfe."]
    # the body signing, alone in its paragraph above the name, is no part of the last answer
    assert record.mandates[2].response == "Der Erfahrungsbericht wird dem Ausschuss im September 2024 vorgelegt."


def test_a_labelled_field_above_the_name_is_no_signing_body(tmp_path):
    # (the letter's date unreadable: the field's month must not stand in for it)
    letter = _ANSWERS_BY_ORDINAL_AND_CLAUSE.replace("Jugendamt", "Nächster Bericht: Juni 2025").replace("Halle (Saale), 18. Juni 2024\n", "")
    record = read(tmp_path, letter)
    assert record.letter_date is None
    assert record.next_review == "2025-06"


def test_the_place_and_date_above_a_signature_without_greeting_go_with_it():
    from pipeline.sections import split_sections
    lines = ["Bezirksamt Beispiel von Berlin", "", "Vorlage zur Kenntnisnahme", "", "Drucksache DS/0999/IX", "",
             "1. Das Bezirksamt wird ersucht, Bäume zu pflanzen.", "Es wurden vier Bäume gepflanzt.", "",
             "Das Ersuchen wird hiermit als erledigt betrachtet.", "", "Berlin, den 22.05.2024", "",
             "Dr. Holger Beispiel", "Bezirksbürgermeister"]
    parts = split_sections(lines)
    assert parts.closing[0] == "Berlin, den 22.05.2024"
    assert parts.body[-2:] == ["Das Ersuchen wird hiermit als erledigt betrachtet.", ""]
