"""Mechanisms for forms the reader met in blind round 75 (each letter or line written here, not taken from a
corpus): points numbered "1.1 Beschluss: …" right under the title; one bar table for each resolution; a session's
number after a decision's date; "QuartaI" for "Quartal"; a marking under the unit; a Dezernat's numeral read "1X";
a lost number between "1. Beschluss:" and "3. Beschluss:"; "Empfänger" beside a council; a label column with a gap
where a value wrapped; answers headed "Zum zweiten Auftrag:" and "Zu Ihrer Prüfbitte unter 2.:"; "im Herbst 2024
erneut berichten"; "Informationsdrucksache Nr."; a refusal whose reason stands in a clause before it; "Zum weiteren
Zeitplan:" after the last point; "Rückmeldung zum Beschluss"; a signature without a greeting; "bis Mitte 2025"; a
quoted title in a paragraph of its own; an addressee "im Hause"; "Gez."; a report on a point's own matter as its answer."""
from __future__ import annotations

from pipeline.dates import find_periods
from pipeline.deadlines import find_deadlines
from pipeline.header import form_number, pair_label_column
from pipeline.markers import ordinal_heads
from pipeline.references import find_resolutions, find_sessions
from pipeline.status import response_status, sentence_status
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_DECIMAL_POINTS_UNDER_TITLE = """Gemeinde Kleinmachnow
Der Bürgermeister
Fachbereich Bauen und Wohnen
An die Gemeindevertretung
Datum: 2024-11-19
Az. 60-12/Hak
Sachstandsbericht zum Beschluss DS-2023/117 (GV 09/2023)
Radweg Hakeburg
1.1 Beschluss: Die Verwaltung wird beauftragt, für den Radweg zur Hakeburg einen Förderantrag zu stellen.
 Sachstand: Der Förderantrag wurde am 04.03.2024 gestellt. Erledigt.
1.2 Beschluss: Der Eigenanteil ist im Haushalt 2025 einzuplanen.
 Sachstand: Der Eigenanteil ist im Entwurf des Haushalts 2025 enthalten.
2 Beschluss: Die Gemeindevertretung wird jährlich unterrichtet.
 Sachstand: Mit diesem Bericht erfolgt die Unterrichtung.
Nächster Bericht: November 2025
Jana Beispiel
Fachbereichsleiterin
"""


def test_points_numbered_one_point_one_open_the_body_under_the_title(tmp_path):
    record = read(tmp_path, _DECIMAL_POINTS_UNDER_TITLE)
    assert record.subject == "Radweg Hakeburg"
    assert [m.number for m in record.mandates] == ["1.1", "1.2", "2"]
    assert record.mandates[0].quote.startswith("Die Verwaltung wird beauftragt, für den Radweg")


_TWO_BAR_TABLES = """Landeshauptstadt Dresden
Geschäftsbereich Kultur

Hausmitteilung

An: Mitglieder des Ausschusses für Kultur
Datum: 02.05.2023

Sachstandsbericht zu den Beschlüssen A0111/22 und V0222/22

Die Umsetzung beider Beschlüsse ist je Beschluss in einer Übersicht dargestellt.

I. A0111/22

Nr. | Beschlusspunkt | Sachstand | Status
1 | Der Oberbürgermeister wird beauftragt, die Stadtteilbibliothek Pieschen zu sanieren. | Die Planung ist beauftragt. | in Umsetzung

II. V0222/22

Nr. | Beschlusspunkt | Sachstand | Status
1 | Der Förderrichtlinie Kulturraum wird zugestimmt. | Die Richtlinie gilt seit dem 01.01.2023. | erledigt
2 | Die Richtlinie ist nach zwei Jahren zu überprüfen. | Die Überprüfung ist noch nicht begonnen. | offen

Mit freundlichen Grüßen

Karla Beispiel
Beigeordnete für Kultur
"""


def test_a_bar_table_for_each_resolution_gives_each_its_points(tmp_path):
    record = read(tmp_path, _TWO_BAR_TABLES)
    assert [(m.resolution, m.number) for m in record.mandates] == [("A0111/22", "1"), ("V0222/22", "1"), ("V0222/22", "2")]
    assert record.mandates[1].quote == "Der Förderrichtlinie Kulturraum wird zugestimmt."
    assert record.mandates[2].response == "Die Überprüfung ist noch nicht begonnen."


def test_a_sessions_number_after_a_decisions_date_is_the_session():
    line = "Beschluss des Stadtrates vom 14.09.2021, SR/033/2021"
    assert find_resolutions(line) == []
    assert [s[0] for s in find_sessions(line)] == ["SR/033/2021"]
    # right after the context word, with no date between, the shape still names the resolution
    assert [r[0] for r in find_resolutions("Beschluss GR/012/2023")] == ["GR/012/2023"]


def test_a_quarter_whose_l_ocr_read_as_a_capital_i():
    assert [p.value for p in find_periods("Wiedervorlage: III. QuartaI 2022")] == ["2022-09"]


_MARKED_UNDER_THE_UNIT = """Stadt Frankfurt am Main
Der Magistrat
Dezernat IX – Ordnung, Sicherheit und Brandschutz
VS – NUR FÜR DEN DIENSTGEBRAUCH

An die Stadtverordnetenversammlung

Frankfurt am Main, 12.05.2025
GZ: 1X/32.4-0088/2025

Bericht des Magistrats B 177
zum Beschluss der Stadtverordnetenversammlung vom 20.02.2025, § 1188
Notrufsäulen im Ostpark

1. Beschluss: Der Magistrat wird beauftragt, im Ostpark zwei Notrufsäulen aufzustellen.
Bericht: Die Säulen sind bestellt.
Beschluss: Die Kosten sind aus dem laufenden Budget zu decken.
Bericht: Die Kosten werden aus dem Budget des Dezernats getragen.
3. Beschluss: Über die Nutzung ist nach einem Jahr zu berichten.
Bericht: Der Bericht folgt im Sommer 2026.

Annette Beispiel
Stadträtin
"""


def test_a_marking_under_the_unit_a_numeral_read_as_one_and_a_lost_labelled_number(tmp_path):
    record = read(tmp_path, _MARKED_UNDER_THE_UNIT)
    assert record.department == "Dezernat IX – Ordnung, Sicherheit und Brandschutz"
    assert record.confidential is True
    assert record.file_number == "IX/32.4-0088/2025"
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[1].quote == "Die Kosten sind aus dem laufenden Budget zu decken."


def test_predicates_joined_by_und_each_give_a_verdict():
    answer = "Das Gutachten wurde beauftragt und steht noch aus."
    assert sentence_status(answer) == "not_started"
    assert response_status(answer) == "in_progress"      # begun (commissioned), its result outstanding


_RECIPIENT_BESIDE_LABEL = """Landeshauptstadt Potsdam

Der Oberbürgermeister
Geschäftsbereich Ordnung und Umwelt

Mitteilungsvorlage 24/SVV/0101
Datum             03.02.24
Betreff           Sachstand zum Beschluss 23/SVV/0555 „Mehr Bänke
                  im Volkspark“
Empfänger         Stadtverordnetenversammlung der Landeshauptstadt Potsdam

Inhalt der Mitteilung:

Mit Beschluss vom 05.04.2023 hat die Stadtverordnetenversammlung den
Oberbürgermeister beauftragt,

1.    im Volkspark zwanzig zusätzliche Bänke aufzustellen, und

2.    die Kosten der Pflege darzustellen.

Zum ersten Auftrag ist festzustellen: Zwölf Bänke wurden aufgestellt. Die übrigen acht
folgen bis Ende 2024.

Zum zweiten Auftrag: Die Kosten wurden dem Ausschuss am 12.10.2023 vorgelegt.

Die Verwaltung wird im Herbst 2024 erneut berichten.

Bernd Beispiel
Beigeordneter für Ordnung und Umwelt
"""


def test_a_recipient_beside_its_label_and_answers_headed_by_ordinals(tmp_path):
    record = read(tmp_path, _RECIPIENT_BESIDE_LABEL)
    assert record.recipients == "Stadtverordnetenversammlung der Landeshauptstadt Potsdam"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].response == "Zwölf Bänke wurden aufgestellt. Die übrigen acht folgen bis Ende 2024."
    assert record.mandates[1].response == "Die Kosten wurden dem Ausschuss am 12.10.2023 vorgelegt."
    assert record.next_review == "2024"


def test_a_label_column_with_a_gap_where_a_value_wrapped():
    lines = ["Datum", "Öffentlich", "Betreff", "", "Empfänger", "", "03.02.24", "ja",
             "Sachstand zum Beschluss 23/SVV/0555 „Mehr Bänke", "im Volkspark“",
             "Stadtverordnetenversammlung der Landeshauptstadt Potsdam", "", "Inhalt der Mitteilung:"]
    paired = [line for line in pair_label_column(lines) if line]
    assert paired == ["Datum: 03.02.24", "Öffentlich: ja", "Betreff: Sachstand zum Beschluss 23/SVV/0555 „Mehr Bänke im Volkspark“",
                      "Empfänger: Stadtverordnetenversammlung der Landeshauptstadt Potsdam", "Inhalt der Mitteilung:"]
    # headings over an answer's lines are no form: nothing paired
    answer = ["Zum Stand:", "", "Zu Punkt 1:", "", "Die Planung läuft seit dem 2. Mai 2023 in den Ämtern.",
              "Sie soll bis zum 30. September 2023 abgeschlossen", "werden."]
    assert pair_label_column(answer) == answer
    # "Öffentlich" heading a consultation table's column is no label
    table = ["Gremium", "Datum", "", "Öffentlich", "Regionalausschuss Nord", "04.12.2023", "", "Radweg im Hofweg"]
    assert pair_label_column(table)[3] == "Öffentlich"


def test_answers_headed_by_what_the_point_asked_and_its_number():
    assert ordinal_heads(["Zu Ihrer Prüfbitte unter 2.: Das Amt teilt mit, dass …"]) == ["Zu Punkt 2: Das Amt teilt mit, dass …"]
    assert ordinal_heads(["Zum dritten Beschlusspunkt:"]) == ["Zu Punkt 3:"]
    assert ordinal_heads(["Zum ersten Mal wurde …"]) == ["Zum ersten Mal wurde …"]


def test_an_information_paper_names_itself_on_its_title_line():
    assert form_number(["Informationsdrucksache Nr. 0311/2025"]) == "0311/2025"


def test_a_refusal_whose_reason_stands_in_a_clause_before_it():
    assert sentence_status("Da das Dach die Last nicht trägt, wird eine Solaranlage nicht umgesetzt.") == "rejected"
    # not yet, for a reason: put off
    assert sentence_status("Da die Mittel fehlen, wird die Anlage noch nicht umgesetzt.") == "not_started"


_FURTHER_COURSE_AND_SIGNATURE = """Markt Beispielhausen
Bauamt

An den Marktgemeinderat

Beispielhausen, 03.06.2025

Rückmeldung zum Marktgemeinderatsbeschluss vom 4. März 2025
Sanierung der Turnhalle

Beschlusspunkt 1
„Die Verwaltung wird beauftragt, die Sanierung der Turnhalle auszuschreiben.“
Die Ausschreibung ist erfolgt.
Beschlusspunkt 2
„Die Kosten sind im Haushalt 2026 zu veranschlagen.“
Die Kosten sind im Entwurf des Haushalts 2026 veranschlagt.
Zum weiteren Zeitplan: Der Baubeginn ist für Juli 2026 geplant. Die Arbeiten dauern bis Mitte 2027.

Thomas Beispiel
Erster Bürgermeister
"""


def test_the_course_ahead_after_the_last_point_and_a_signature_without_greeting(tmp_path):
    record = read(tmp_path, _FURTHER_COURSE_AND_SIGNATURE)
    assert record.subject == "Sanierung der Turnhalle"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].response == "Die Kosten sind im Entwurf des Haushalts 2026 veranschlagt."
    assert (record.sender.name, record.sender.role) == ("Thomas Beispiel", "Erster Bürgermeister")


def test_the_middle_of_a_year_is_its_first_halfs_end():
    assert find_deadlines("Ein Ergebnis wird bis Mitte 2025 erwartet.") == ["2025-06"]
    assert find_deadlines("Die Arbeiten sollen bis Ende 2025 abgeschlossen sein.") == ["2025"]


_IN_HOUSE_QUOTED_TITLE = """Stadt Jena

Dezernat Stadtentwicklung und Umwelt


Bau- und Umweltausschuss
im Hause

                                                                Jena, 30.09.2024

Sachstandsbericht: Stadtratsbeschluss Nr. 23/1999-BR

„Schattige Spielplätze“

1     „Der Oberbürgermeister wird beauftragt, auf zehn Spielplätzen Sonnensegel anzubringen.“

Antwort der Verwaltung: Auf sechs Spielplätzen hängen Sonnensegel.

Gez.

Karla Beispiel
Dezernentin
"""


def test_a_quoted_title_in_its_own_paragraph_an_addressee_in_house_and_a_capital_gez(tmp_path):
    record = read(tmp_path, _IN_HOUSE_QUOTED_TITLE)
    assert record.subject == "Schattige Spielplätze"
    assert record.recipients == "Bau- und Umweltausschuss im Hause"
    assert record.mandates[0].response == "Auf sechs Spielplätzen hängen Sonnensegel."
    assert (record.sender.name, record.sender.role) == ("Karla Beispiel", "Dezernentin")


def test_a_report_on_the_points_own_matter_answers_a_point_asking_for_one():
    from pipeline.answers import clean_response
    lines = ["Eine Zählung ist für den Sommer vorgesehen. Über das Ergebnis wird der Ausschuss im Oktober 2025 unterrichtet."]
    assert clean_response(lines, quote="Die Verwaltung berichtet dem Ausschuss über die Auslastung.") == lines[0]
    # to a point asking for something else it is the letter's closing words
    assert clean_response(lines, quote="Die Auslastung ist zu zählen.") == "Eine Zählung ist für den Sommer vorgesehen."
