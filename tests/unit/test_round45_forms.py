"""Whole letters and single mechanisms in forms the reader met in blind round 45 (each written here,
not taken from a corpus): numbered resolution headings ("Beschluss 2 – AN/2023/033: …") over points
"Punkt 1 – „…“", "Ziffer 1 des Beschlusses lautet:" with "Hierzu:", answers headed with the resolution
and the point ("Zu A0345/10, Punkt 1:") or a number in brackets ("zu (2)"), an enacting clause over two
lines before the points and a motion's reasons after them, point numbers OCR misread or lost, signers
side by side without a greeting, a one-body Beratungsfolge as the addressee, identifier shapes with an
umlaut or a bare number, a labelled next review, a letter that answers "the individual points"."""
from __future__ import annotations

from pipeline import closing
from pipeline.closing import find_next_review, find_report_type
from pipeline.mandates import read_body
from pipeline.references import find_resolutions, find_sessions
from pipeline.text import normalize
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_numbered_resolution_headings_over_points_with_a_dash_before_the_quote(tmp_path):
    record = read(tmp_path, """Landkreis Musterland
An die Mitglieder des Jugendhilfeausschusses
Der Landrat
Fachbereich Jugend
Mein Zeichen: 51.1-JHA/Wü
Musterstadt, 20.11.2023
Gemeinsamer Sachstandsbericht zu zwei Beschlüssen des Jugendhilfeausschusses

Sehr geehrte Damen und Herren,

über den Stand der Umsetzung der folgenden Beschlüsse informiere ich Sie wie folgt:

Beschluss 1 – BV/2022/512: Schulsozialarbeit an Oberschulen
Punkt 1 – „Die Schulsozialarbeit wird um 4,5 Stellen aufgestockt.“
Von den 4,5 Stellen sind 3,0 besetzt. Die übrigen Stellen sind ausgeschrieben; eine Besetzung wird bis zum 01.02.2024 angestrebt.

Beschluss 2 – AN/2023/033: Beteiligung von Jugendlichen
Punkt 1 – „Die Verwaltung erarbeitet ein Beteiligungskonzept.“
Mit der Erarbeitung wurde noch nicht begonnen.

Mit freundlichen Grüßen
Gerda Wübbenhorst
Erste Kreisrätin
""")
    assert record.department == "Fachbereich Jugend"        # not "den 4,5 Stellen …" after a sentence's "Von"
    assert [(m.resolution, m.number, m.status) for m in record.mandates] == [
        ("BV/2022/512", "1", "in_progress"), ("AN/2023/033", "1", "not_started")]
    assert record.mandates[0].quote == "Die Schulsozialarbeit wird um 4,5 Stellen aufgestockt."


def test_answers_headed_with_their_resolution_and_point_after_all_quotes():
    body = ["Der Stadtrat hat am 24. März 2011 zu A0345/10 beschlossen:",
            "1. „Die Bibliothek ist zu sichern.“", "2. „Ein Ersatzstandort ist zu finden.“", "",
            "Mit Beschluss vom 7. Juli 2011 zu V0981/11 hat der Stadtrat darüber hinaus beschlossen:",
            "1. „Die RFID-Verbuchung ist einzuführen.“", "",
            "Zu A0345/10, Punkt 1:", "Der Betrieb ist gesichert.", "Zu A0345/10, Punkt 2:", "Ein Vorvertrag wurde geschlossen.",
            "Zu V0981/11, Punkt 1:", "Mit der Einführung wurde noch nicht begonnen."]
    points, _ = read_body(body, "A0345/10", ["A0345/10", "V0981/11"])
    assert [(p.resolution, p.number, " ".join(p.response)) for p in points] == [
        ("A0345/10", "1", "Der Betrieb ist gesichert."), ("A0345/10", "2", "Ein Vorvertrag wurde geschlossen."),
        ("V0981/11", "1", "Mit der Einführung wurde noch nicht begonnen.")]


def test_points_introduced_as_wording_and_answered_hierzu_or_zu_in_brackets():
    points, _ = read_body(["Ziffer 1 des Beschlusses lautet:", "»Der Oberbürgermeister wird beauftragt, einen Überweg einzurichten.«",
                           "Hierzu: Die Anordnung liegt vor.", "Ziffer 2 des Beschlusses lautet:",
                           "»Eine Ampel ist zu errichten.«", "Hierzu: Eine Ampel ist nicht erforderlich."], "A0712/19", ["A0712/19"])
    assert [(p.number, " ".join(p.response)) for p in points] == [("1", "Die Anordnung liegt vor."),
                                                                  ("2", "Eine Ampel ist nicht erforderlich.")]
    points, _ = read_body(["Der Beschluss lautet:", "(1) „Die Vergabe wird beschlossen.“", "(2) „Der Vorsitzende wird ermächtigt.“",
                           "Zum Stand der Ausführung:", "zu (1) Der Vertrag wurde unterzeichnet.", "zu (2) Bisher nichts beauftragt."],
                          "07/2023", ["07/2023"])
    assert [" ".join(p.response) for p in points] == ["Der Vertrag wurde unterzeichnet.", "Bisher nichts beauftragt."]


def test_an_enacting_clause_over_two_lines_and_the_motions_reasons_are_no_point(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Musterburg
Mobilitätsreferat
Antrag Nr. 20-26 / B 05127 des Bezirksausschusses vom 08.02.2023
Sichere Schulwege
Sachstandsmitteilung zur Umsetzung

Sehr geehrter Herr Wegner,

der Bezirksausschuss hat den oben genannten Antrag beschlossen. Der Antrag hat folgenden Wortlaut:

„Der Bezirksausschuss fordert die Stadtverwaltung auf, die Schulwegsicherheit an der
Grundschule zu verbessern:
1. An der Kreuzung wird die Grünphase verlängert.
2. Der Bezirksausschuss ist über die Ergebnisse zu unterrichten.
Begründung: erfolgt mündlich.“

Zu Punkt 1:
Die Grünphase ist seit dem 15.05.2023 verlängert.

Zu Punkt 2:
Mit diesem Schreiben wird der Bezirksausschuss unterrichtet. Eine abschließende Mitteilung erhalten Sie, sobald die
Beschilderung steht, spätestens im Oktober 2023.

Mit freundlichen Grüßen
Anna Strasser
Abteilungsleiterin
""")
    assert [m.quote for m in record.mandates] == ["An der Kreuzung wird die Grünphase verlängert.",
                                                  "Der Bezirksausschuss ist über die Ergebnisse zu unterrichten."]
    assert record.report_type == "interim"


def test_point_numbers_ocr_misread_or_lost():
    # a "3." read as "2." after point 2 was answered
    points, _ = read_body(["1. „Die Haltestellen sind umzubauen.“", "in Bearbeitung", "2. „Ein Konzept ist zu erstellen.“", "erledigt",
                           "2. „Die Fahrzeuge sind nachzurüsten.“", "nicht umsetzbar", "4. „Es ist zu berichten.“", "wird erfüllt"],
                          "0876/22", ["0876/22"])
    assert [p.number for p in points] == ["1", "2", "3", "4"]
    # a quote lost its closing mark before its answer's heading; the next point's number lost after sub-points
    points, _ = read_body(["2. „Der Oberbürgermeister wird beauftragt, folgende Maßnahmen", "umzusetzen:“",
                           "2.1 „die Einrichtung von zehn Trinkbrunnen bis zum Sommer 2025", "Zu 2.1:", "Sechs Brunnen sind in Betrieb.",
                           "2.2 „die Ausweisung kühler Orte.“", "Zu 2.2:", "Kühle Orte wurden ausgewiesen.",
                           "„Eine Verschattungsstrategie ist vorzulegen.“", "Zu 3.", "Mit der Erarbeitung wurde noch nicht begonnen.",
                           "4. „Es ist jährlich zu berichten.“", "Zu 4.", "Wird beachtet."], "V2345/23", ["V2345/23"])
    assert [(p.number, " ".join(p.response)) for p in points if p.number != "2"] == [
        ("2.1", "Sechs Brunnen sind in Betrieb."), ("2.2", "Kühle Orte wurden ausgewiesen."),
        ("3", "Mit der Erarbeitung wurde noch nicht begonnen."), ("4", "Wird beachtet.")]


def test_signers_side_by_side_and_a_name_with_its_role_on_one_line_close_an_ungreeted_letter(tmp_path):
    record = read(tmp_path, """Zweckverband Wasserversorgung Musterquelle
Geschäftsstelle · Hauptstraße 14 · 73460 Musterdorf
An die Mitglieder der Verbandsversammlung
Beschlussverfolgung
Beschluss VV 05/2023: Sanierung des Hochbehälters
Die Geschäftsstelle berichtet über den Stand der Umsetzung des oben genannten Beschlusses:
1. „Der Sanierung wird zugestimmt.“
Die Sanierung ist abgeschlossen.
Nachste Beschlussverfolgung: Verbandsversammlung Juli 2024
Thomas Glöckner Dipl.-Ing. Bernd Ruopp
Verbandsvorsitzender Technischer Betriebsleiter
""")
    assert record.kind == "beschlusskontrolle"
    assert (record.sender.name, record.sender.role) == ("Thomas Glöckner", "Verbandsvorsitzender")
    assert record.next_review == "2024-07"
    sender, ack = closing.find_signatories(["Dr. Johanna Riedl", "", "Kenntnisnahme:", "", "Sebastian Lang", "",
                                            "Beigeordnete für Umwelt und Klima, Oberbürgermeister", "Recht und Ordnung"])
    assert (sender.role, ack.role) == ("Beigeordnete für Umwelt und Klima, Recht und Ordnung", "Oberbürgermeister")


def test_a_consultation_list_of_one_body_names_the_addressee(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Musterhafen
Bezirksamt Nord

Mitteilungsvorlage Bezirksamt

Beratungsfolge
Gremium
Bezirksversammlung Nord

Drucksachen-Nr.: 21-4412
Datum: 05.12.2023

Beschluss der Bezirksversammlung vom 24.08.2023 – Barrierefreier Zugang (Drs. 21-3958)

Sachverhalt:

Die Bezirksversammlung hat folgenden Beschluss gefasst:

„Das Bezirksamt wird gebeten, die Rampe zu überprüfen.“

Die Überprüfung ist erfolgt.

Carsten Olsen, Bezirksamtsleiter

Anlage/n:
Anlage 1: Lageplan
""")
    assert record.recipients == "Bezirksversammlung Nord"
    assert (record.sender.name, record.sender.role) == ("Carsten Olsen", "Bezirksamtsleiter")


def test_identifier_and_session_shapes():
    assert [r for r, *_ in find_resolutions("Abschlussbericht zur Vorlage VO/Lüt/2023/014 – Ersatzbeschaffung")] == ["VO/Lüt/2023/014"]
    assert [s for s, *_ in find_sessions("Beschluss vom 28.06.2023, Sitzungsnummer GV/Lüt/2023/05")] == ["GV/Lüt/2023/05"]
    assert [s for s, *_ in find_sessions("Beiratsbeschluss B-Fi 2023/21 aus der Beiratssitzung 07/2023 vom 09.05.2023")] == ["07/2023"]
    assert [s for s, *_ in find_sessions("Verbandsversammlung vom 23.03.2023 (Sitzung VV-1/2023), TOP 5")] == ["VV-1/2023"]
    assert [r for r, *_ in find_resolutions("Bericht zum Beschluss Nr. 0287 vom 16. März 2023")] == ["0287"]
    assert find_resolutions("Beschluss Nr. 2023 des Rates") == []


def test_reviews_report_types_and_ocr_glyphs():
    assert find_next_review(["Die Sanierung ist abgeschlossen.", "Nachste Beschlussverfolgung: Verbandsversammlung Juli 2024",
                             "Sie wird am 07.12.2023 beschlossen werden."]) == "2024-07"
    body = "Eine abschließende Mitteilung erhalten Sie, sobald die Beschilderung steht, spätestens im Oktober 2023."
    assert find_report_type("Sachstandsmitteilung", body, None, ["done"]) == "interim"
    assert normalize("He!ga Brandt") == "Helga Brandt" and normalize("Achtung! Das gilt.") == "Achtung! Das gilt."


def test_a_letter_that_answers_the_individual_points_without_a_genre_heading(tmp_path):
    record = read(tmp_path, """Amt für Straßen und Verkehr
An das Ortsamt Nord
Bremen, 5. Oktober 2023
Ihr Beschluss „Tempo 30“ – Stellungnahme
Beiratsbeschluss B-No 2023/21 aus der Beiratssitzung 07/2023 vom 09.05.2023
Sehr geehrter Herr Olt,
wir bedanken uns für die Übersendung des Beschlusses und nehmen zu den einzelnen Punkten wie folgt Stellung:
Punkt 1
Das Amt wird aufgefordert, Tempo 30 anzuordnen.
Antwort des ASV:
Eine Anordnung ist nicht zulässig. Der Beschluss kann nicht umgesetzt werden.
Punkt 2
Der Beirat bittet um ein Dialog-Display.
Antwort des ASV:
Das Dialog-Display wurde am 12.09.2023 montiert.
Mit freundlichen Grüßen
Im Auftrag
Malte Sieve
""")
    assert record.kind == "beschlusskontrolle"
    assert record.session_number == "07/2023"
    assert [(m.number, m.status) for m in record.mandates] == [("1", "rejected"), ("2", "done")]
