"""Mechanisms for forms the reader met in blind round 82 (each letter written here, not taken from a corpus): an
application's demands quoted one by one in running prose ("Weiter fordert der Antrag: „…“"); the applicant's name with a
dash in it; boxes after labels that name the part they mark; a ruled row of headings over the addressee; a title before
the genre's words; an answer's words on how it answers; a table's "Vollzug" column; "Siehe Punkt 2." with an answer of
its own; the genre and the title on one heading line; the session's date wrapped onto a quoted title."""
from __future__ import annotations

from pipeline.marking import is_marking
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file

_DEMANDS = """Landeshauptstadt Musterstadt
Referat für Klima und Umwelt

                                                  Musterstadt, 3. März 2026

An den
Bezirksausschuss des 4. Stadtbezirkes

Schattige Spielplätze im Viertel

Stadtratsantrag Nr. 20-26 / A 05555 von der Fraktion Grün – Bunte Liste vom 02.02.2025
Sachstandsbericht

Sehr geehrte Damen und Herren,

der Antrag fordert zunächst: „Das Referat wird gebeten, für alle Spielplätze im Viertel
Sonnensegel zu beschaffen.“ Die Sonnensegel sind bestellt; die Montage ist für den
Juni 2026 vorgesehen.

Weiter fordert der Antrag: „An jedem Spielplatz ist ein Trinkbrunnen aufzustellen.“ Die
Aufstellung von Trinkbrunnen ist aus Kostengründen nicht möglich. Der Punkt wird nicht
weiterverfolgt.

Schließlich verlangt der Antrag: „Die Spielplätze sind jährlich auf Hitzeschäden zu prüfen.“
Die Prüfung ist in den Wartungsplan aufgenommen und wurde im Januar durchgeführt.

Mit freundlichen Grüßen

Dr. Paula Muster
Stadtdirektorin
"""


def test_an_applications_demands_in_prose_and_the_applicants_dashed_name(tmp_path):
    record = read(tmp_path, _DEMANDS)
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "20-26 / A 05555"
    # "von der Fraktion Grün – Bunte Liste vom …" names the applicant: the title is the line above
    assert record.subject == "Schattige Spielplätze im Viertel"
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[1].quote == "An jedem Spielplatz ist ein Trinkbrunnen aufzustellen."
    assert record.mandates[0].deadlines == ["2026-06"]
    assert [m.status for m in record.mandates] == ["in_progress", "rejected", "done"]


def test_boxes_after_labels_that_name_the_part_they_mark():
    assert not is_marking("Amt für Tiefbau          öffentlicher Teil: ☒  nichtöffentlicher Teil: ☐")
    assert is_marking("Amt für Tiefbau          öffentlicher Teil: ☐  nichtöffentlicher Teil: ☒")


_MITTEILUNG = """Stadt Musterstadt                                       Mitteilung
Der Oberbürgermeister                                   Datum: 10.02.2026
Amt für Verkehrsplanung                                 öffentlicher Teil: ☒  nichtöffentlicher Teil: ☐

an | Sitzungstermin
Bezirksvertretung 2 (Nord) | 24.02.2026

Fahrradstraße Lindenweg – Umsetzung des Beschlusses AN/0777/2025

Die Bezirksvertretung Nord hat in ihrer Sitzung am 01.10.2025 beschlossen:

    1. Die Verwaltung wird gebeten, den Lindenweg als Fahrradstraße auszuweisen.

    2. Kfz-Verkehr soll nur für Anlieger frei sein.

    3. Nach einem Jahr ist über die Verkehrszählung zu berichten.

Stellungnahme der Verwaltung:

Die Punkte 1 und 2 werden gemeinsam beantwortet: Die Fahrradstraße ist seit dem 15.01.2026
ausgeschildert, Anlieger frei.

Zu Punkt 3: Die Zählung erfolgt im Januar 2027; der Bericht folgt im März 2027.

gez. Beispiel
"""


def test_ruled_headings_over_the_addressee_a_title_before_the_genre_and_a_joint_answers_words(tmp_path):
    record = read(tmp_path, _MITTEILUNG)
    assert record.confidential is False              # the box after "öffentlicher Teil" is ticked
    assert record.recipients == "Bezirksvertretung 2 (Nord)"
    assert record.subject == "Fahrradstraße Lindenweg"
    assert record.resolution == "AN/0777/2025"
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    # "… werden gemeinsam beantwortet:" says how the points are answered, not what was done
    assert record.mandates[0].response.startswith("Die Fahrradstraße ist seit dem 15.01.2026")
    assert record.mandates[1].response == record.mandates[0].response


_VOLLZUG = """Markt Musterbach                                        Musterbach, den 05.05.2026
Bauamt                                                  Zeichen: BA 100-XY/26

An den Marktgemeinderat Musterbach

Bericht zum Vollzug des Beschlusses Nr. 44/2025 aus der Sitzung GR/09/2025

Neubau des Bauhofs

Nr. | Beschlusstext | Vollzug
1 | Die Verwaltung wird beauftragt, für den Bauhof einen Architektenwettbewerb auszuloben. | Der Wettbewerb wurde im Januar 2026 abgeschlossen.
2 | Für den Neubau sind Fördermittel zu beantragen. | Der Antrag wird derzeit erstellt und soll bis 30.06.2026 eingereicht werden.
3 | Während des Neubaus ist ein Ausweichquartier zu schaffen. | Siehe Punkt 2. Mit der Suche nach einem Ausweichquartier wurde bisher noch nicht begonnen.

Max Beispiel                              Zur Kenntnis genommen:
Sachgebietsleiter Hochbau                 Erika Muster
                                          Erste Bürgermeisterin
"""


def test_a_tables_vollzug_column_and_see_point_with_an_answer_of_its_own(tmp_path):
    record = read(tmp_path, _VOLLZUG)
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[1].deadlines == ["2026-06-30"]
    # "Siehe Punkt 2." and then its own state: not begun, not point 2's "in progress"
    assert [m.status for m in record.mandates] == ["done", "in_progress", "not_started"]


_TITLED = """Bezirksamt Musterbezirk von Berlin
Abteilung Schule und Sport

Drucksache-Nr.: DS/0999/IX

Vorlage zur Kenntnisnahme
für die Bezirksverordnetenversammlung


Zwischenbericht: Trinkbrunnen auf allen Schulhöfen

Wir bitten, zur Kenntnis zu nehmen:

Die Bezirksverordnetenversammlung hat in ihrer 12. Sitzung am 10.09.2025
Folgendes beschlossen (Drs. DS/0999/IX):

    1. Das Bezirksamt wird ersucht, auf allen Schulhöfen Trinkbrunnen einzurichten.

Das Bezirksamt berichtet hierzu:

Acht von zwölf Brunnen sind in Betrieb; die übrigen folgen bis Juni 2026.

Berlin, den 02.03.2026

Max Muster
Bezirksstadtrat
"""


def test_the_genre_and_the_title_on_one_heading_line_of_the_letterhead(tmp_path):
    record = read(tmp_path, _TITLED)
    assert record.resolution == "DS/0999/IX"
    assert record.subject == "Trinkbrunnen auf allen Schulhöfen"


_WRAPPED = """Landeshauptstadt Musterstadt
Grünflächenamt
                                                  Musterstadt, den 4. März 2026
An den
Ortsbeirat Musterstadt-Süd

Schlussbericht
zum Antrag 0444/2025 der Ortsbeiratsfraktion, beschlossen in der Sitzung des
Ortsbeirates am 12.06.2025: „Neue Bänke am Weiher“

Beschlusspunkt 1) Die Verwaltung wird gebeten, am Weiher vier Bänke aufzustellen.
Antwort: Die Bänke wurden im Oktober 2025 aufgestellt.

Der Antrag ist damit umgesetzt.

Erika Beispiel
Beigeordnete
"""


def test_a_quoted_title_after_the_session_date_wrapped_onto_its_line(tmp_path):
    record = read(tmp_path, _WRAPPED)
    assert record.resolution == "0444/2025"
    assert record.subject == "Neue Bänke am Weiher"


def test_a_decision_note_after_a_semicolon_is_no_part_of_the_title(tmp_path):
    record = read(tmp_path, """Gemeinde Musterdorf
Der Bürgermeister
Fachbereich Bildung

                                                  Musterdorf, 30. März 2026
                                                  Az. 40.1/Schule

An den Ausschuss für Schule und Kultur

Abschlussbericht

Vorlage VO/2025/123 – Mensa an der Lindenschule; Beschluss der
Gemeindevertretung vom 10.12.2025, Ziffer 2

2.1   Die Verwaltung richtet an der Lindenschule eine Mensa ein.

Die Mensa ist seit dem 01.03.2026 in Betrieb. Die Maßnahme ist umgesetzt.

Max Muster
Bürgermeister
""")
    assert record.resolution == "VO/2025/123"
    assert record.subject == "Mensa an der Lindenschule"


_BEIRAT = """Freie Hansestadt Musterstadt
Ortsamt Nord

Musterstadt, 20.05.2026
Bearbeitet von: Frau Beispiel

An die Mitglieder des Beirates Nord

Umsetzung des Beiratsbeschlusses vom 12.02.2026 – Beschluss Nr. 26/044
Zebrastreifen an der Lindenstraße
Sehr geehrte Beiratsmitglieder,
der Beirat hatte in seiner Sitzung folgenden Beschluss gefasst:
»(1) Der Beirat Nord fordert das Amt für Verkehr auf, an der Lindenstraße vor der Kita
einen Zebrastreifen anzulegen. (2) Zusätzlich ist die Beleuchtung der Stelle zu prüfen.«
Das Amt für Verkehr hat uns hierzu mitgeteilt:
(1) Der Zebrastreifen wurde am 04.05.2026 markiert und freigegeben.
(2) Die Prüfung der Beleuchtung wurde beim Energieversorger beauftragt.
Über den weiteren Verlauf werden wir in der nächsten Beiratssitzung nach der
Sommerpause berichten. Die Vorberatung im Fachausschuss fand
nichtöffentlich statt; dieses Schreiben ist öffentlich.
Mit freundlichen Grüßen

Erika Beispiel
Ortsamtsleiterin
"""


def test_answers_numbered_in_brackets_after_the_introduction_and_a_publicity_sentence(tmp_path):
    record = read(tmp_path, _BEIRAT)
    assert [m.number for m in record.mandates] == ["1", "2"]
    # "(1) …", "(2) …" under "… hat uns hierzu mitgeteilt:": each answer to its point, the introduction to none
    assert record.mandates[0].response == "Der Zebrastreifen wurde am 04.05.2026 markiert und freigegeben."
    assert record.mandates[1].response == "Die Prüfung der Beleuchtung wurde beim Energieversorger beauftragt."
    # "… fand nichtöffentlich statt; dieses Schreiben ist öffentlich." is a sentence, no form's choice of boxes
    assert record.confidential is False
    # the further report announced before it, the greeting after it: a report still to come
    assert record.report_type == "interim"


_ORDERED_REPORT = """Stadt Musterstadt
Amt für Verkehr

An die Bezirksvertretung Süd

Musterstadt, 04.03.2026
Az.: 660.10-S/2026-03
Auskunft: Herr Beispiel

Mitteilung an die Bezirksvertretung
Beschluss der Bezirksvertretung Süd vom 20.11.2025
Drucksachen-Nr. 1234/2025-2030
Radbügel am Marktplatz

Die Bezirksvertretung hat in ihrer Sitzung am 20.11.2025 folgenden Beschluss gefasst:

1. Die Verwaltung wird beauftragt, am Marktplatz zwanzig Radbügel aufzustellen.
2. Der Bezirksvertretung ist über den Fortgang zu berichten.
Hierzu teilt die Verwaltung mit:
Zu 1. Die Radbügel sind bestellt; der Aufbau soll bis Ende Mai 2026 erfolgen.
Zu 2. Mit dieser Mitteilung wird berichtet.
Über die Fertigstellung wird die Verwaltung im Juli 2026 erneut berichten.
Im Auftrag

Max Beispiel
Amtsleiter
"""


def test_a_point_ordering_reports_is_no_review_and_the_letterhead_stands_above_the_named_paragraph(tmp_path):
    record = read(tmp_path, _ORDERED_REPORT)
    # no salutation, no heading the reader knows: the letterhead ends where the paragraph naming the identifier starts
    assert record.city == "Stadt Musterstadt"
    assert record.resolution == "1234/2025-2030"
    # "… ist über den Fortgang zu berichten." orders reports (its date is the decision's): the review is July
    assert record.next_review == "2026-07"


def test_a_session_in_brackets_under_each_resolution_of_a_roman_group(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden

Hausmitteilung

□ vertraulich

An die Mitglieder des Ausschusses für Kultur
Geschäftsbereich Kultur
Amt für Kultur                              Datum: 21.11.2025

Beschlusskontrolle

I. V1111/25 – Offene Ateliers in den Stadtteilen
(Stadtrat, SR/041/2025 vom 03.07.2025)
II. A0222/25 – Längere Öffnung der Museen
(Stadtrat, SR/043/2025 vom 18.09.2025)

Sehr geehrte Damen und Herren,
zu den beiden Beschlüssen berichte ich wie folgt.

I. Vorlage V1111/25
1. „Die Landeshauptstadt veranstaltet ab 2026 jährlich offene Ateliers.“
Die erste Veranstaltung ist für Mai 2026 geplant.

II. Antrag A0222/25
1. „Die städtischen Museen öffnen donnerstags bis 21 Uhr.“
Die längere Öffnung gilt seit dem 01.10.2025.

Mit freundlichen Grüßen

Max Muster
Bürgermeister
""")
    assert (record.resolution, record.session_number) == ("V1111/25", "SR/041/2025")
    assert [(a.resolution, a.session_number) for a in record.also_concerns] == [("A0222/25", "SR/043/2025")]
