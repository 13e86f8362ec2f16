"""Mechanisms for forms the reader met in blind round 67 (each letter or line written here, not taken
from a corpus): the parts of one point ("4.1", "4.2") opening the points; "Zur Kenntnis:" as the
acknowledgement's label; an answers' introduction read through OCR damage; an organ's name over its
head's role and signature; a paper's number under "Vorlage-Nr." carried as the resolution; group headings
of compound kinds ("Sitzungsvorlage Nr."); a page's mark ending a sentence; an identifier after "… zu";
a meeting named by its month; a deed the administration will not do; a committee whose name begins like a
unit; a label column "Vorlage" / "Betreff"; a writer's announcement ending an answer; a double name; a
publicity line under the addressee; an addressee heading a form's title; a letterhead row between a point's
heading and its words; a resolution's one unnumbered point under its heading."""
from __future__ import annotations

from pipeline import closing
from pipeline.dates import find_periods
from pipeline.deadlines import find_deadlines
from pipeline.header import CITY, pair_label_column
from pipeline.references import find_resolutions
from pipeline.status import response_status
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_PARTS_OF_ONE_POINT = """Wasserverband Musterhügel
Verbandsvorsteher

An die Mitglieder der Verbandsversammlung

Musterhügel, 02.04.2025

Sachstandsbericht
Beschluss VV 03/2024 der Verbandsversammlung vom 11.03.2024
Erneuerung der Druckleitung Süd
Sehr geehrte Damen und Herren, unter Ziffer 4 des Beschlusses wurden der Verwaltung
mehrere Aufgaben übertragen. Zum Stand wird Folgendes mitgeteilt.
Die Druckleitung Süd ist seit 1971 in Betrieb und weist zahlreiche Schäden auf.
4.1 Die Verwaltung wird beauftragt, die Planung der Erneuerung auszuschreiben.
Die Planung wurde im Juni 2024 vergeben.
4.2 Die Anlieger sind vor Baubeginn zu unterrichten.
Die Unterrichtung ist im Mai 2025 vorgesehen.

Mit freundlichen Grüßen

Jonas Beispiel

Verbandsvorsteher

Zur Kenntnis:

Marta Muster

Vorsitzende der Verbandsversammlung
"""


def test_the_parts_of_one_point_open_the_points_and_zur_kenntnis_labels_the_acknowledgement(tmp_path):
    record = read(tmp_path, _PARTS_OF_ONE_POINT)
    assert [m.number for m in record.mandates] == ["4.1", "4.2"]
    assert record.mandates[0].response == "Die Planung wurde im Juni 2024 vergeben."
    assert record.acknowledged_by and record.acknowledged_by.name == "Marta Muster"
    assert record.sender and record.sender.name == "Jonas Beispiel"


_MAGISTRAT_REPORT = """Stadt Musterau
Der Magistrat

An die                                        Vorlage-Nr. 204.11.0815
Stadtverordnetenversammlung                   Az. 61.2-MU/0042
                                              Musterau, 14.05.2025

Bericht des Magistrats

Neue Sitzbänke im Kurpark

Die Stadtverordnetenversammlung hat in ihrer Sitzung vom 3. März 2025
beschlossen:

1. Der Magistrat wird beauftragt, im Kurpark zehn neue Sitzbänke aufzustellen.

2. Die Bänke sind mit Armlehnen auszustatten.

Der Magistrat berlchtet hierzu:

1. Die Bänke wurden im April 2025 aufgestellt.

2. Alle Bänke haben Armlehnen.

Der Magistrat
Oberbürgermeister


Paul Beispiel
"""


def test_a_paper_number_is_carried_and_answers_follow_a_damaged_introduction(tmp_path):
    record = read(tmp_path, _MAGISTRAT_REPORT)
    assert record.resolution == "204.11.0815"
    assert [m.response for m in record.mandates] == ["Die Bänke wurden im April 2025 aufgestellt.", "Alle Bänke haben Armlehnen."]
    assert record.sender and (record.sender.name, record.sender.role) == ("Paul Beispiel", "Oberbürgermeister")


def test_an_organ_over_its_heads_role_and_a_name_without_role_is_one_signatory():
    people = closing._blocks(["Der Magistrat", "Oberbürgermeisterin", "", "", "Erika Muster"])
    assert [(p.name, p.role) for p in people] == [("Erika Muster", "Oberbürgermeisterin")]


_TWO_PAPERS = """Stadt Musterstadt
Referat für Stadtgrün

An den Bauausschuss                           Az.: RSG-4/2025-12
                                              Musterstadt, 03.06.2025

Zwischenbericht zur Umsetzung von Stadtratsbeschlüssen

Sehr geehrte Damen und Herren, nachfolgend wird über beide Beschlüsse berichtet.

I. Sitzungsvorlage Nr. 20-26 / V 01234

Schattige Plätze an Schulen

1) Das Referat wird beauftragt, an fünf Schulen Sonnensegel anzubringen.

Sachstand: Die Sonnensegel wurden an drei Schulen angebracht.

II. Antrag Nr. 20-26 / A 04321

Wasserspender in Turnhallen

1) In allen Turnhallen sind Wasserspender aufzustellen.

Sachstand: Die Aufstellung ist für den Herbst 2025 vorgesehen.

Das Referat wird dem Ausschuss im Oktober 2025 erneut berichten.


- 1 -

Stadt Musterstadt – Referat für Stadtgrün – Zwischenbericht vom 03.06.2025

Mit freundlichen Grüßen

Dr. Lena Beispiel
Referentin
"""


def test_a_compound_kind_heads_a_group_and_a_page_mark_ends_the_review_sentence(tmp_path):
    record = read(tmp_path, _TWO_PAPERS)
    assert record.resolution == "20-26 / V 01234"
    assert [a.resolution for a in record.also_concerns] == ["20-26 / A 04321"]
    assert record.next_review == "2025-10"


def test_an_identifier_after_zu_and_a_meeting_named_by_its_month():
    assert [f[0] for f in find_resolutions("Umsetzung des Kreistagsbeschlusses zu KT 118/23")] == ["KT 118/23"]
    assert [d.value for d in find_periods("Wir berichten in der Novembersitzung 2025 erneut.")] == ["2025-11"]
    assert [d.value for d in find_periods("zur März-Sitzung 2026")] == ["2026-03"]


def test_a_deed_the_administration_will_not_do_is_refused_and_eingeplant_is_a_plan():
    assert response_status("Eine Gebührenstaffel wird die Gemeinde nicht einführen, da das Land eine Regelung trifft.") == "rejected"
    assert response_status("Die Sanierung wird derzeit nicht erfolgen.") == "not_started"
    assert response_status("Die Pflanzung ist für das Frühjahr 2026 eingeplant.") == "in_progress"


def test_an_expected_result_names_a_deadline():
    assert find_deadlines("Die Abstimmung läuft; das Amt rechnet mit einer Einigung im 3. Quartal 2026.",
                          not_before="2025-05-01") == ["2026-09"]


def test_a_label_column_pairs_when_the_paper_label_gets_an_identifier():
    lines = pair_label_column(["Vorlage", "Betreff", "", "20-25/7788", "Schattenbäume am Marktplatz", "Text"])
    assert lines[:2] == ["Vorlage: 20-25/7788", "Betreff: Schattenbäume am Marktplatz"]
    # a title, no identifier, under "Vorlage": no pairs
    assert pair_label_column(["Vorlage", "Betreff", "", "Mitteilung", "Schattenbäume am Marktplatz"])[:2] == ["Vorlage", "Betreff"]


def test_a_double_name_is_the_body():
    assert CITY.match("Amt Musterheide/Beispielow").group("city") == "Amt Musterheide/Beispielow"


_ONE_POINT_THEN_ANNOUNCEMENT = """Amt Musterheide/Beispielow
Der Amtsvorsteher

Gemeindevertretung Beispielow                 Beispielow, 04.09.2025
– Hauptausschuss –                            Unser Zeichen: II/32-Spiel
VERTRAULICH

Information zum Beschluss GV-Be/0042/2025
Spielgeräte am Dorfanger

Beschlusstext:

    Die Amtsverwaltung wird beauftragt, für den Dorfanger zwei Spielgeräte zu beschaffen.

Stand der Umsetzung:

Die Spielgeräte wurden bestellt und werden im Oktober 2025 geliefert.

Ich werde nach der Aufstellung unaufgefordert berichten.

Amtsvorsteher
Hans Muster
"""


def test_the_writers_announcement_ends_the_only_answer_and_a_marking_ends_the_addressee(tmp_path):
    record = read(tmp_path, _ONE_POINT_THEN_ANNOUNCEMENT)
    assert record.city == "Amt Musterheide/Beispielow"
    assert record.mandates[0].response == "Die Spielgeräte wurden bestellt und werden im Oktober 2025 geliefert."
    assert "VERTRAULICH" not in (record.recipients or "")


_COMMITTEE_AND_PUBLICITY = """Stadt Musterstadt
Die Oberbürgermeisterin
Amt für Grünflächen

Mitteilung                                    Vorlagen-Nr.: 0815/2025
an die Bezirksvertretung Nordstadt            Datum: 04.06.2025
öffentlicher Teil                             Zeichen: 67/2-SP-2025

Beschluss der Bezirksvertretung Nordstadt vom 11.02.2025, AN/0042/2025

Wasserspielplatz am Weiher

Die Bezirksvertretung Nordstadt hat in ihrer Sitzung am 11.02.2025 den folgenden
Beschluss gefasst:

1. Die Verwaltung wird gebeten, am Weiher einen Wasserspielplatz anzulegen.

2. Ergänzend sind zwei Bäume zu pflanzen.

Die Verwaltung teilt hierzu mit:

Zu 1.: Die Planung ist abgeschlossen.

Zu 2.: Die Pflanzung ist für November 2025 eingeplant.

gez.


Dr. Muster
"""


def test_a_publicity_line_ends_the_addressee(tmp_path):
    record = read(tmp_path, _COMMITTEE_AND_PUBLICITY)
    assert record.recipients == "an die Bezirksvertretung Nordstadt"
    assert record.mandates[1].status == "in_progress"


_COMMITTEE_NAMED_LIKE_A_UNIT = """Stadt Musterstadt
Fachbereich Bildung und Sport
Schulstraße 1 · 12345 Musterstadt

An die Mitglieder des                         Unser Zeichen FB BS/0042
Fachbereichsausschusses                       Musterstadt, den 3. Feb. 2025
Bildung und Sport

Umsetzung des Gemeinderatsbeschlusses zu GD 118/24

Schwimmunterricht für alle Grundschulen

Sehr geehrte Damen und Herren,

mit Ziffer 1 des Beschlusses wurde die Verwaltung beauftragt, „Schwimmzeiten für
alle Grundschulen bereitzustellen“. Dies ist erfolgt.

Wir werden den Ausschuss in seiner Junisitzung 2025 über den weiteren Stand
informieren.

Mit freundlichen Grüßen

Iris Muster
Bürgermeisterin
"""


def test_a_committee_whose_name_begins_like_a_unit_stays_in_the_addressee(tmp_path):
    record = read(tmp_path, _COMMITTEE_NAMED_LIKE_A_UNIT)
    assert record.recipients == "An die Mitglieder des Fachbereichsausschusses Bildung und Sport"
    assert record.resolution == "GD 118/24"
    assert record.next_review == "2025-06"


_FORM_WITH_ADDRESSEE_OVER_TITLE = """Freie und Hansestadt Hamburg
Bezirksamt Musterbezirk

Mitteilungsdrucksache
öffentlich

Drucksachen-Nr.: 22-0815
Datum: 04.02.2025

Bezirksversammlung Musterbezirk – Ausschuss für Umwelt und
Verkehr
Mehr Bäume an der Hauptstraße

Sachverhalt:
Die Bezirksversammlung hat in ihrer Sitzung am 13.06.2024 beschlossen, die Bezirksamtsleitung zu ersuchen,
a) an der Hauptstraße zehn Bäume zu pflanzen,
b) die Baumscheiben zu begrünen.
Das Bezirksamt nimmt hierzu wie folgt Stellung:
Zu a):
Die Bäume wurden im Herbst 2024 gepflanzt.
Zu b):
Die Begrünung ist erfolgt.
"""


def test_a_councils_name_heading_a_forms_title_is_its_addressee(tmp_path):
    record = read(tmp_path, _FORM_WITH_ADDRESSEE_OVER_TITLE)
    assert record.subject == "Mehr Bäume an der Hauptstraße"
    assert record.recipients == "Bezirksversammlung Musterbezirk – Ausschuss für Umwelt und Verkehr"


_LETTERHEAD_ROW_IN_POINT = """Hansestadt Musterhaven
Der Oberbürgermeister

Mitglieder der Bürgerschaft
Beschlusskontrolle
Beschluss 2023/BV/0815 vom 14.09.2023
Neubau der Fähre
Sehr geehrte Mitglieder der Bürgerschaft,
zur Umsetzung des Beschlusses berichte ich:
Punkt 1
Datum: 23.02.2024
Geschäftszeichen: S4/61-BV0815
„Der Oberbürgermeister wird beauftragt, eine neue Fähre auszuschreiben.“
Die Ausschreibung wurde im Januar 2024 veröffentlicht.
Punkt 2
„Die Bürgerschaft ist vor dem Zuschlag zu beteiligen.“
Dies wird beachtet.
Mit freundlichen Grüßen
"""


def test_a_letterhead_row_between_a_points_heading_and_its_words_is_no_part_of_them(tmp_path):
    record = read(tmp_path, _LETTERHEAD_ROW_IN_POINT)
    assert record.mandates[0].quote == "Der Oberbürgermeister wird beauftragt, eine neue Fähre auszuschreiben."


_ONE_UNNUMBERED_POINT_UNDER_A_HEADING = """Gemeinde Musterdorf
Der Bürgermeister – Fachbereich Bauen

Gemeindevertretung Musterdorf                 Az.: FB 3 – 132.10/Md
– Bauausschuss –                              25.09.2025

Sachstandsmitteilung

Zu den nachstehend genannten Beschlüssen wird über den Stand der Umsetzung
berichtet.

1. Beschlussvorlage BV/2025/011 – Sanierung des Dorfgemeinschaftshauses

1. Die Verwaltung wird beauftragt, ein Gutachten zur Sanierung zu vergeben.

Das Gutachten wurde im Juni 2025 vergeben.

2. Antrag AN/2025/004 – Bücherschrank am Dorfplatz

    Die Verwaltung sucht einen Platz für einen offenen Bücherschrank am Dorfplatz.

Mit der Suche wurde noch nicht begonnen.

Eine erneute Sachstandsmitteilung wird im Februar 2026 vorgelegt.

Mit freundlichen Grüßen


Ulrike Muster
Bürgermeisterin
"""


def test_a_resolutions_one_unnumbered_point_under_its_heading_is_read(tmp_path):
    record = read(tmp_path, _ONE_UNNUMBERED_POINT_UNDER_A_HEADING)
    assert [(m.resolution, m.number) for m in record.mandates] == [("BV/2025/011", "1"), ("AN/2025/004", "1")]
    assert record.mandates[1].quote == "Die Verwaltung sucht einen Platz für einen offenen Bücherschrank am Dorfplatz."
    assert record.mandates[1].status == "not_started"
