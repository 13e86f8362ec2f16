"""Mechanisms for forms the reader met in blind round 74 (each letter or line written here, not taken from a
corpus): lettered answer headings "Zu Punkt a) des Beschlusses" over the point's words; a first heading for a
point's part ("Zu Ziffer 1 a)"); numbered headings "2. Beschluss vom …, <identifier> – title"; "Beschluss Ziffer 1:";
a title after a decision's date on the genre's line, or in quotes before the identifier; OCR's speck after a point's
bracket ("1) . Der …") and its "3%" for "3."; a resolution's prohibition ("darf … nicht übersteigen"); a final report
announced with "legt … vor"; a form's rows "Beschlusspunkt:  2"; labels "Sitzung:" / "Titel:" above their values;
"Beschlossen wurde:"; "frühestens für Herbst 2025" sets no deadline."""
from __future__ import annotations

from pipeline.deadlines import find_deadlines
from pipeline.header import pair_label_column
from pipeline.markers import ANSWER_HEAD, MARKER, RESOLVES
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


_LETTERED_HEADINGS = """Landeshauptstadt Dresden
Geschäftsbereich Bildung und Jugend, Stadtbezirksamt Leuben

Hausmitteilung

An: Stadtbezirksbeirat Leuben
Datum: Dresden, 3. März 2022

Sachstandsbericht zum Beschluss V-Le0044/21, SBR Le/019/2021

Sanierung der Skateranlage am Bahnhof

Zu Punkt a) des Beschlusses

    Der Stadtbezirksbeirat Leuben beschließt, dem Jugendverein Leuben e. V. für die
    Sanierung der Skateranlage Mittel in Höhe von 9.000 EUR zur Verfügung zu stellen.

Der Bescheid ist am 14. Januar 2022 ergangen, die Mittel wurden ausgezahlt.

Zu Punkt b) des Beschlusses

    Der Verwendungsnachweis ist bis zum 30.09.2022 vorzulegen.

Die Bauarbeiten haben begonnen. Der Verein wird den Nachweis fristgerecht vorlegen.

Mit freundlichen Grüßen


Karla Beispiel
Leiterin des Stadtbezirksamtes Leuben
"""


def test_lettered_answer_headings_head_the_points_words_below_them(tmp_path):
    assert ANSWER_HEAD.match("Zu Punkt a) des Beschlusses").group("letter") == "a"
    assert ANSWER_HEAD.match("Zu Punkt a) des Beschlusses").group("rest") == ""
    record = read(tmp_path, _LETTERED_HEADINGS)
    assert [m.number for m in record.mandates] == ["a", "b"]
    assert record.mandates[0].quote.startswith("Der Stadtbezirksbeirat Leuben beschließt, dem Jugendverein")
    assert record.mandates[0].response == "Der Bescheid ist am 14. Januar 2022 ergangen, die Mittel wurden ausgezahlt."
    assert record.mandates[1].quote == "Der Verwendungsnachweis ist bis zum 30.09.2022 vorzulegen."


_FIRST_HEADING_A_PART = """Landeshauptstadt Dresden
Geschäftsbereich Finanzen

Hausmitteilung

An: alle Fraktionen des Stadtrates
Datum: 12.05.2015

Beschlusskontrolle A0101/15 – SR/011/2015
Papierlose Gremienarbeit

Zu Ziffer 1 a)

    Der Oberbürgermeister wird beauftragt, den Stadträten Tablets bereitzustellen,

Die Geräte sind bestellt und werden im Juni ausgegeben.

Zu Ziffer 1 b)

    dabei eine Schulung anzubieten.

Die Schulung fand am 4. Mai 2015 statt.

Zu Ziffer 2

    Die Kosten sind im Haushalt 2016 einzuordnen.

Die Kosten sind im Entwurf des Haushalts 2016 eingeordnet.

Mit freundlichen Grüßen

Max Muster
Beigeordneter für Finanzen
"""


def test_a_first_heading_may_name_a_points_first_part(tmp_path):
    record = read(tmp_path, _FIRST_HEADING_A_PART)
    assert [m.number for m in record.mandates] == ["1a", "1b", "2"]
    assert record.mandates[1].quote == "dabei eine Schulung anzubieten."
    assert record.mandates[2].response == "Die Kosten sind im Entwurf des Haushalts 2016 eingeordnet."


_NUMBERED_DECISIONS = """Stadt Musterstadt
Der Oberbürgermeister
Bezirksamt Nord

Datum: 02.02.2025

Mitteilung

Umsetzung von Beschlüssen der Bezirksvertretung Nord

1. Beschluss vom 10.10.2023, AN/1100/2023 – Bänke am Stadtweiher

1.    Die Verwaltung wird gebeten, am Stadtweiher vier Bänke aufzustellen.

Die Bänke wurden im Mai 2024 aufgestellt.

2. Beschluss vom 12.03.2024, AN/0200/2024 – Beleuchtung des
Uferwegs

1.    Die Verwaltung prüft, ob der Uferweg beleuchtet werden kann.

Die Prüfung hat ergeben, dass eine Beleuchtung aus Naturschutzgründen nicht zulässig ist.

Gez.

Erika Muster
Bezirksamtsleiterin
"""


def test_a_numbered_heading_names_its_resolution_after_its_date(tmp_path):
    record = read(tmp_path, _NUMBERED_DECISIONS)
    assert record.resolution == "AN/1100/2023"
    assert [c.resolution for c in record.also_concerns] == ["AN/0200/2024"]
    assert [(m.resolution, m.number) for m in record.mandates] == [("AN/1100/2023", "1"), ("AN/0200/2024", "1")]
    assert record.mandates[1].quote == "Die Verwaltung prüft, ob der Uferweg beleuchtet werden kann."


_WORD_BEFORE_POINT = """Freie Hansestadt Bremen
Ortsamt Nord

Bremen, 11.02.2025

An die Mitglieder des Beirates Musterviertel

Sachstand zum Beiratsbeschluss vom 14.10.2024 – Fahrradbügel am Marktplatz

Beschluss Ziffer 1: „Der Beirat fordert das Amt für Straßen und Verkehr auf, am Marktplatz
zwanzig Fahrradbügel aufzustellen.“

Die Bügel sind bestellt; die Aufstellung ist für April 2025 vorgesehen.

Beschluss Ziffer 2: „Die Bügel sind überdacht auszuführen.“

Eine Überdachung ist am Marktplatz aus Gründen des Denkmalschutzes nicht möglich.

Mit freundlichen Grüßen

Ute Beispiel
Ortsamtsleiterin
"""


def test_beschluss_ziffer_opens_a_point_and_the_title_follows_the_decisions_date(tmp_path):
    assert MARKER.match("Beschluss Ziffer 2: „Die Bügel …“").group("num") == "2"
    record = read(tmp_path, _WORD_BEFORE_POINT)
    assert record.subject == "Fahrradbügel am Marktplatz"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].response.startswith("Eine Überdachung ist am Marktplatz")


_QUOTED_TITLE_AND_DECIDED_IN_PROSE = """Stadt Musterstadt
Dezernat II

Musterstadt, 03/2025

an den Ausschuss für Umwelt
Sachstand „Grüne Höfe“ – Umsetzung des Beschlusses V101/2024
Mit Beschluss V101/2024 vom 11.04.2024 hat der Gemeinderat die Verwaltung beauftragt,
das Programm „Grüne Höfe“ auf die Innenstadt auszuweiten (Ziffer 1) und
die Zahl der Fördermittel bis Ende 2025 zu verdoppeln (Ziffer 2).
Zu Ziffer 1 ist festzuhalten: Die Ausweitung auf die Innenstadt ist erfolgt.
Hinsichtlich Ziffer 2 gilt: Die Mittel wurden bislang um ein Drittel erhöht.
Die Verwaltung legt im Januar 2026 einen Abschlussbericht vor.

Dr. Hans Muster
Bürgermeister
"""


def test_a_quoted_title_before_the_identifier_and_a_sentence_of_the_decision_opening_the_body(tmp_path):
    record = read(tmp_path, _QUOTED_TITLE_AND_DECIDED_IN_PROSE)
    assert record.subject == "Grüne Höfe"
    assert [m.number for m in record.mandates] == ["1", "2"]
    # the final report announced, not this one
    assert record.report_type == "interim" and record.next_review == "2026-01"


_OCR_DAMAGED_NUMBERS = """Zweckverband Wasser Musterland
Der Verbandsvorsteher

Musterau, 19.03.2025

An die Mitglieder der Verbandsversammlung
Sachstandsbericht zum Beschluss VV 03/2024 der Verbandsversammlung
vom 28.11.2024
Erwerb eines Brunnengrundstücks
4) . Der Verbandsvorsteher wird ermächtigt, Verhandlungen über den Erwerb des
Grundstücks Flur 3, Flurstück 45 aufzunehmen.
Die Verhandlungen wurden aufgenommen; ein Vertragsentwurf liegt vor.
2) Der Kaufpreis darf den Verkehrswert nicht übersteigen.
Der vereinbarte Kaufpreis liegt unter dem Verkehrswert.
3) Die Verbandsversammlung ist über den Abschluss zu unterrichten.
Eine Unterrichtung erfolgt nach Vertragsabschluss.

Hans Muster
Verbandsvorsteher
"""


def test_a_speck_after_a_points_bracket_and_a_prohibition_in_the_resolutions_words(tmp_path):
    assert MARKER.match("1) . Der Verbandsvorsteher wird ermächtigt").group("rest").startswith("Der Verbandsvorsteher")
    assert RESOLVES.search("Der Kaufpreis darf den Verkehrswert nicht übersteigen.")
    assert not RESOLVES.search("Der Kaufpreis liegt unter dem Verkehrswert.")
    record = read(tmp_path, _OCR_DAMAGED_NUMBERS)
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[1].quote == "Der Kaufpreis darf den Verkehrswert nicht übersteigen."
    assert record.mandates[1].response == "Der vereinbarte Kaufpreis liegt unter dem Verkehrswert."


_STOP_READ_AS_PERCENT = """Landeshauptstadt Dresden
Geschäftsbereich Kultur

Hausmitteilung
Datum: 17.08.2010

Beschlusskontrolle zum Beschluss A0200/10 (SR/010/2010)
Stadtteilbibliothek Musterau
Der Stadtrat hat in seiner Sitzung am 11. März 2010 folgenden Beschluss
gefasst:
1: Die Oberbürgermeisterin wird beauftragt, den Standort der Bibliothek zu sichern.
Die Öffnungszeiten sind mit dem Ortsbeirat abzustimmen.
3% Über das Ergebnis ist dem Ausschuss für Kultur zu berichten.
Hierzu wird wie folgt berichtet:
zu 1.
Der Mietvertrag wurde bis 2014 verlängert.
zu 2.
Die Abstimmung mit dem Ortsbeirat läuft.
zu 3.
Der Bericht an den Ausschuss steht noch aus.

Mit freundlichen Grüßen

Max Muster
Beigeordneter für Kultur
"""


def test_answers_headed_one_to_three_number_the_points_whose_marks_ocr_damaged(tmp_path):
    record = read(tmp_path, _STOP_READ_AS_PERCENT)
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[2].quote == "Über das Ergebnis ist dem Ausschuss für Kultur zu berichten."
    assert record.mandates[2].response == "Der Bericht an den Ausschuss steht noch aus."


_FORM_WITH_COLONS = """Stadt Musterstadt                       Musterstadt, 04.03.2025
Dezernat für Sport                      Geschäftszeichen: D4/52-2025-001

An den Stadtrat der Stadt Musterstadt

Beschlussverfolgung

Beschluss-Nr.:                          22/0101-BR
Sitzung:                                StR/011/2022
Titel:                                  Schwimmkurse für Grundschulkinder

Beschlusspunkt:                         1
Beschlusstext:                          Die Stadtverwaltung bietet allen Grundschulen Schwimmkurse an.
Sachstand:                              Die Kurse laufen an zwölf Schulen.
Erledigungsvermerk:                     in Bearbeitung

Beschlusspunkt:                         2
Beschlusstext:                          Für die Kurse ist ein Fahrdienst einzurichten.
Sachstand:                              Mit der Einrichtung wurde noch nicht begonnen.
Erledigungsvermerk:                     zurückgestellt


Dr. Max Muster
Dezernent für Sport
"""


def test_a_forms_point_rows_labelled_with_a_colon(tmp_path):
    assert MARKER.match("Beschlusspunkt:                         2").group("num") == "2"
    assert not MARKER.match("Punkt: 2 weitere Sätze")
    record = read(tmp_path, _FORM_WITH_COLONS)
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].quote == "Für die Kurse ist ein Fahrdienst einzurichten."
    assert record.mandates[1].response == "Mit der Einrichtung wurde noch nicht begonnen."


def test_a_sessions_and_a_titles_label_above_their_values():
    lines = ["Sitzung:", "Titel:", "", "StR/011/2022", "Schwimmkurse für Grundschulkinder"]
    assert [line for line in pair_label_column(lines) if line] == ["Sitzung: StR/011/2022", "Titel: Schwimmkurse für Grundschulkinder"]
    # a number that is no session's pairs nothing
    assert pair_label_column(["Sitzung:", "Titel:", "", "12 Schwimmkurse", "für Grundschulkinder"])[0] == "Sitzung:"


def test_the_value_that_wrapped_is_found_by_the_labels_kinds():
    lines = ["Art des Berichts:", "Sitzung:", "Beschluss-Nr.:", "Sitzungs-Nr.:", "Gegenstand:", "", "An:", "Aktenzeichen:",
             "Datum:", "", "X Zwischenbericht", "öffentlich", "BV/0101/2023", "SR/11/2023 (Stadtrat, 15.03.2023)",
             "Verkauf des Grundstücks Parkstraße 3 – Bedingungen des", "Kaufvertrages", "Mitglieder des Hauptausschusses",
             "FB 23/VK-0101", "12.10.2023"]
    paired = [line for line in pair_label_column(lines) if line]
    assert "Gegenstand: Verkauf des Grundstücks Parkstraße 3 – Bedingungen des Kaufvertrages" in paired
    assert "Aktenzeichen: FB 23/VK-0101" in paired and "Datum: 12.10.2023" in paired


_DECIDED_WAS = """Amt Musterau
Der Amtsvorsteher

Musterau, den 4.3.2025

An die Mitglieder der Gemeindevertretung Musterdorf

Sachstand zum Beschluss der Gemeindevertretung vom 12.09.2024, Vorlage
GV/2024/011 – Bücherschrank am Dorfplatz

Beschlossen wurde: „Die Verwaltung wird beauftragt, am Dorfplatz einen öffentlichen
Bücherschrank aufzustellen.“

Der Bücherschrank ist noch nicht aufgestellt. Der Hersteller hat die Lieferung
frühestens für Herbst 2025 zugesagt.

gez.

Hauke Muster
"""


def test_beschlossen_wurde_introduces_the_quote_and_an_earliest_date_is_no_deadline(tmp_path):
    record = read(tmp_path, _DECIDED_WAS)
    assert len(record.mandates) == 1
    assert record.mandates[0].quote == "Die Verwaltung wird beauftragt, am Dorfplatz einen öffentlichen Bücherschrank aufzustellen."
    assert record.mandates[0].deadlines == []
    assert find_deadlines("Die Lieferung ist bis Herbst 2025 zugesagt.") != []


_STATE_REMARK_ALONE = """Stadt Musterstadt
Amt für Verkehr

Musterstadt, 04.03.2024

Sachstandsbericht zum Beschluss V0101/23
Tempo 30 vor Schulen

1. Vor allen Grundschulen ist Tempo 30 anzuordnen.
Sachstand: Die Anordnungen sind erlassen.
Erledigungsvermerk: teilweise erledigt

2. Der Stadtrat ist halbjährlich zu informieren.
Erledigungsvermerk: Wird erfüllt.

Mit freundlichen Grüßen

Max Muster
Amtsleiter
"""


def test_a_forms_state_remark_is_a_fact_below_an_answer_and_the_answer_when_alone(tmp_path):
    record = read(tmp_path, _STATE_REMARK_ALONE)
    assert record.mandates[0].response == "Die Anordnungen sind erlassen."
    assert record.mandates[0].status == "in_progress"      # the remark's "teilweise erledigt", not the answer's words
    assert record.mandates[1].response == "Wird erfüllt."
