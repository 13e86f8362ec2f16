"""Whole letters in forms the reader met in blind round 37 (each written here, not taken from a
corpus): answers headed "Zu Beschlusspunkt N:" before a page's running header, points whose
stops OCR lost, Hamburg's "Petitum", a session paper carrying a report, declaratory points,
answers naming their points by number, a form's label rows in a text export."""
from __future__ import annotations

from pipeline import extract
from pipeline.closing import find_next_review
from pipeline.dates import find_periods
from pipeline.markers import ANSWER_HEAD
from pipeline.references import find_sessions
from pipeline.status_model import classify


def read(tmp_path, text: str):
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path)


def test_answer_headings_keep_the_reference_on_the_first_page(tmp_path):
    # the second page's running header names the resolution too: it is no reference line
    record = read(tmp_path, """Stadt Wendelstein
Tiefbauamt

An die Mitglieder des Bauausschusses

Wendelstein, 02.05.2025

Mitteilung zum Beschluss des Bauausschusses vom 10.10.2024 –
Drucksache 0412/2024

Gehweg an der Mühlgasse

Zu Beschlusspunkt 1:

„Der Gehweg an der Mühlgasse ist auf zwei Meter zu verbreitern.“

Die Verbreiterung wurde im März 2025 abgeschlossen.

Seite 1 von 2
\fStadt Wendelstein – Tiefbauamt – Mitteilung zu Drucksache 0412/2024

Zu Beschlusspunkt 2:

„Die Beleuchtung ist zu erneuern.“

Die Ausschreibung läuft; die Vergabe ist für Juni 2025 vorgesehen.

Die Verwaltung wird im III. Quartal2025 erneut berichten.

Mit freundlichen Grüßen

Jonas Riedel
Amtsleiter
""")
    assert record.resolution == "0412/2024"
    assert record.subject == "Gehweg an der Mühlgasse"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert [m.status for m in record.mandates] == ["done", "in_progress"]
    assert record.next_review == "2025-09"      # "Quartal2025": OCR joined the year


def test_a_first_point_that_orders_bounds_the_reference(tmp_path):
    # "Bericht … – Vorlagen …" heads page 2; the reference is the group heading on page 1
    record = read(tmp_path, """Stadt Lindenau – Der Magistrat
Grünflächenamt

Bericht des Magistrats
zur Umsetzung von Beschlüssen

I. Vorlage 301.22.0415 – Obstbäume am Stadtrand

Beschluss vom 12.02.2024:

1. Der Magistrat wird beauftragt, am Stadtrand dreißig Obstbäume zu pflanzen.

Die Bäume wurden im November 2024 gepflanzt. Der Auftrag ist erfüllt.

2. Die Pflege ist einem Verein zu übertragen.

Die Gespräche mit dem Obstbauverein laufen noch.

- 1 -

Bericht des Magistrats – Vorlagen 301.22.0415 und 301.22.0433

II. Vorlage 301.22.0433 – Sitzbänke am Teich

Beschluss vom 12.02.2024:

1. Am Teich sind vier Sitzbänke aufzustellen.

Mit der Umsetzung wurde noch nicht begonnen.

Der Magistrat
Ute Brandl
Stadträtin
""")
    assert record.resolution == "301.22.0415"
    assert [(m.resolution, m.number) for m in record.mandates] == [
        ("301.22.0415", "1"), ("301.22.0415", "2"), ("301.22.0433", "1")]
    assert record.mandates[2].status == "not_started"


def test_point_numbers_whose_stops_ocr_lost_are_read_as_a_sequence(tmp_path):
    record = read(tmp_path, """Landkreis Talheim
Der Landrat

An die Mitglieder des Kreistages

Talheim, 11.03.2025

Sachstandsbericht zum Kreistagsbeschluss Beschluss-Nr. 045/2024
Radweg an der Kreisstraße K 12

Sehr geehrte Kreisrätinnen und Kreisräte,
zum Stand der Umsetzung wird wie folgt informiert:
1 Der Landrat wird beauftragt, den Radweg zu planen.
Sachstand: Die Planung ist abgeschlossen.
2a Für den Bau sind Fördermittel zu beantragen.
Sachstand: Der Antrag wurde im Januar 2025 gestellt.
2b Der Eigenanteil ist im Haushalt zu veranschlagen.
Sachstand: Die Veranschlagung wird vorbereitet.
3 Die Anlieger sind zu beteiligen.
Sachstand: Die Beteiligung steht noch aus.
Mit freundlichen Grüßen
Mara Keil
Dezernentin
""")
    assert [m.number for m in record.mandates] == ["1", "2a", "2b", "3"]
    assert [m.status for m in record.mandates] == ["done", "done", "in_progress", "not_started"]


def test_hamburg_petitum_points_answered_by_number(tmp_path):
    record = read(tmp_path, """Freie und Hansestadt Hamburg
Bezirksamt Nord

Mitteilung
Drucksachen-Nr.: 22-3301
Datum: 03.02.2025

Stellungnahme des Bezirksamtes zum Beschluss der Bezirksversammlung
Drs. 22-3120: Spielplatz am Stadtpark

Sachverhalt:
Die Bezirksversammlung hat folgendes Petitum beschlossen:
Petitum 1: Die Bezirksamtsleitung wird gebeten, den Spielplatz zu sanieren.
Petitum 2: Ferner wird gebeten, eine Trinkwasserstelle einzurichten.
Das Bezirksamt nimmt hierzu wie folgt Stellung:
Zu 1: Die Sanierung wurde im Herbst 2024 abgeschlossen.
Zu 2: Die Trinkwasserstelle wird derzeit geplant.
Petitum/Beschlussvorschlag:
Der Ausschuss nimmt Kenntnis.

Henrike Lau
Bezirksamtsleiterin
""")
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[0].quote == "Die Bezirksamtsleitung wird gebeten, den Spielplatz zu sanieren."
    assert [m.status for m in record.mandates] == ["done", "in_progress"]


def test_a_session_paper_carrying_a_report_is_a_letter_and_declaring_points_have_no_state(tmp_path):
    record = read(tmp_path, """Zweckverband Abwasser Oberes Lautertal
Geschäftsstelle
Sitzungsvorlage zur Verbandsversammlung

Az.: ZV 700.1/25
Datum: 14.01.2025

Zwischenbericht zu Beschluss-Nr. 11/2024
Erneuerung des Pumpwerks Au

Die Verbandsversammlung hat am 20.06.2024 beschlossen:
Ziffer 1
»Die Verbandsverwaltung wird ermächtigt, den Auftrag zu vergeben.«
Der Auftrag wurde am 02.08.2024 vergeben.
Ziffer 2
»Die Verbandsversammlung dankt den Mitarbeitern des Klärwerks für ihren Einsatz.«
Der Dank wurde den Beschäftigten übermittelt.

Klaus Ebner
Verbandsvorsitzender
""")
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "11/2024"
    assert [m.status for m in record.mandates] == ["done", "unknown"]


def test_a_point_that_declares_and_then_announces_has_a_state(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden
Geschäftsbereich Finanzen

Beschlusskontrolle zu V0912/23 (SR/044/2023)
Haushaltsmittel für Sporthallen

1. „Der Stadtrat nimmt die Kosten zur Kenntnis. Diese werden im Haushalt 2025 bereitgestellt.“
Die Bereitstellung wird mit dem Haushaltsentwurf vorbereitet.

2. „Der Stadtrat begrüßt das Engagement der Sportvereine.“
Die Vereine wurden informiert.

Mit freundlichen Grüßen

Dr. Lena Albrecht
Beigeordnete für Finanzen
""")
    assert [m.status for m in record.mandates] == ["in_progress", "unknown"]


def test_an_answer_naming_points_by_number_gives_each_its_own_state_and_term(tmp_path):
    record = read(tmp_path, """Stadt Köln
Die Oberbürgermeisterin
Amt für Landschaftspflege

Mitteilung
Gremium               Bezirksvertretung 3 (Lindenthal)
Datum                 05.02.2025
Unser Zeichen         67/2-LI-0044/25

Umsetzung des Beschlusses AN/0877/2024
Bäume an der Dürener Straße

Die Bezirksvertretung hat am 12.09.2024 beschlossen:

1. Die Verwaltung wird beauftragt, sechs Bäume zu pflanzen.

2. Die Baumscheiben sind zu bepflanzen.

3. Die Bäume sind mit Bewässerungssäcken auszustatten.

Die Verwaltung teilt hierzu mit:

Die Punkte 1 und 2 sind umgesetzt: Die Bäume wurden im November 2024 gepflanzt. Für die
Bewässerung nach Punkt 3 läuft die Ausschreibung; die Vergabe ist bis Ende April 2025 vorgesehen.

Mit freundlichen Grüßen
Im Auftrag
Sven Kurz
""")
    assert record.file_number == "67/2-LI-0044/25"      # the form's label rows stay rows
    assert record.letter_date == "2025-02-05"
    assert [(m.status, m.deadlines) for m in record.mandates] == [
        ("done", []), ("done", []), ("in_progress", ["2025-04"])]


def test_a_quoted_title_under_the_reference_is_the_subject_without_a_blank_line(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Potsdam
Der Oberbürgermeister
Mitteilungsvorlage
Az.: 51.2-0101/24
Potsdam, 04.04.2024
Betreff: Umsetzung des Beschlusses 23/SVV/0777
„Mehr Schatten auf Spielplätzen“
Die Stadtverordnetenversammlung hat in ihrer Sitzung am 06.09.2023 beschlossen:
1.
„Auf fünf Spielplätzen sind Sonnensegel anzubringen.“
Hierzu wird mitgeteilt:
zu 1.
Die Sonnensegel wurden im März 2024 angebracht.
Mit freundlichen Grüßen
Tom Weller
Beigeordneter
""")
    assert record.subject == "Mehr Schatten auf Spielplätzen"


def test_a_decision_date_under_the_reference_and_a_code_for_a_unit_name_nothing(tmp_path):
    record = read(tmp_path, """Stadt Rheinau
Fachbereich Stadtgrün

Dienststelle: 67.10
Aktenzeichen: 67.10-0033/2025
Datum: 10.03.2025

Sachstandsbericht zur Umsetzung des Gemeinderatsbeschlusses G-24/207
vom 16.07.2024

Blühstreifen am Rheinufer

Der Gemeinderat hat am 16.07.2024 die Drucksache G-24/207 beschlossen.

1. „Am Rheinufer sind Blühstreifen anzulegen.“
Die Blühstreifen wurden im Herbst 2024 angelegt.

Mit freundlichen Grüßen
Pia Roth
Fachbereichsleiterin
""")
    assert record.department == "Fachbereich Stadtgrün"
    assert record.subject == "Blühstreifen am Rheinufer"


def test_a_running_header_read_once_between_answers_is_no_part_of_them(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Hannover
Fachbereich Tiefbau

Hannover, 09.04.2025

Sachstand zum Antrag Drucksache Nr. 15-1234/2024
Ruhige Nebenstraßen

Die Verwaltung nimmt zu den einzelnen Punkten wie folgt Stellung.
1) „In der Nebenstraße ist Tempo 20 anzuordnen.“
Die Anordnung wird derzeit geprüft.

Landeshauptstadt Hannover Fachbereich Tiefbau Drucksache Nr. 15-1234/2024 ee EEE

2) „Die Parkplätze sind neu zu markieren.“
Die Markierung wurde im März 2025 erneuert.

Die Anlage 2 (Lageplan) ist nichtöffentlich und wird gesondert übersandt.

Mit freundlichen Grüßen
Eva Bode
Fachbereichsleiterin
""")
    assert record.mandates[0].response == "Die Anordnung wird derzeit geprüft."
    assert record.mandates[1].response == "Die Markierung wurde im März 2025 erneuert."


def test_an_old_betr_line_with_the_old_spelling_is_the_reference(tmp_path):
    record = read(tmp_path, """LANDESHAUPTSTADT DRESDEN
Geschäftsbereich Kultur

Az.: 41.10-Kb

Betr.: Stadtratsbeschluß A0433-SR61-08
Erhalt des Stadtteilhauses Prohlis

Sehr geehrte Damen und Herren,
der Stadtrat hat beschlossen:
a) Das Stadtteilhaus ist zu erhalten.
b) Die Öffnungszeiten sind zu erweitern.
zu a) Das Haus wird weiter betrieben; der Mietvertrag wurde verlängert.
zu b) Die Öffnungszeiten wurden im Januar 2009 erweitert.
Mit freundlichen Grüßen
Horst Beier
Beigeordneter
""")
    assert record.resolution == "A0433-SR61-08"
    assert record.subject == "Erhalt des Stadtteilhauses Prohlis"


def test_the_follow_up_continued_and_an_announcement_after_the_last_answer_are_the_next_review():
    assert find_next_review(["Die Beschlusskontrolle wird im Januar 2021 fortgeführt."]) == "2021-01"
    body = ["Zu Ziffer 2", "Die Planung ruht.", "",
            "Über das Ergebnis wird der Ortsbeirat in seiner Sitzung im September", "2025 unterrichtet."]
    closing = ["", "Dr. Anna Weiß", "Beigeordnete", "", "Zur Kenntnis genommen:", "", "Dr. Felix Roth", "Oberbürgermeister", "", ""]
    assert find_next_review(body + closing) is None      # out of reach of the last lines
    assert find_next_review(body + closing, body[3:] + closing) == "2025-09"


def test_tolerant_forms_of_marks_sessions_and_periods():
    assert ANSWER_HEAD.match("Zu.a):").group("letter") == "a"       # OCR's stop after "Zu"
    assert find_sessions("Sachstand zum Beschluss DS0214/22 (SR/047(VII)/22)")[0][0] == "SR/047(VII)/22"
    assert [d.value for d in find_periods("im 2. Halbjahr2025")] == ["2025-12"]


def test_ruled_out_and_nothing_done_yet_are_read_as_such():
    assert classify("Eine Reaktivierung kommt aus wirtschaftlichen Gründen nicht in Betracht.")[0] == "rejected"
    assert classify("Die Veranschlagung erfolgt mit dem Haushalt 2026; hierzu wurde noch nichts veranlasst.")[0] == "not_started"


def test_a_closing_statement_on_the_whole_resolution_is_no_part_of_the_last_answer(tmp_path):
    record = read(tmp_path, """Stadt Auental
Umweltbetrieb

Auental, 12.02.2026

Schlussbericht zum Beschluss UA/0412/2025
Straßenbäume im Neubaugebiet

1. „Im Neubaugebiet sind vierzig Bäume zu pflanzen.“
Die Bäume wurden im Herbst 2025 gepflanzt.

2. „Die Bäume sind drei Jahre lang zu wässern.“
Wird beachtet; der Umweltbetrieb wässert wöchentlich.

Mit diesem Bericht ist der Beschluss vollständig umgesetzt. Eine weitere Vorlage ist nicht vorgesehen.

Mit freundlichen Grüßen
Lars Hein
Betriebsleiter
""")
    assert record.mandates[-1].response == "Wird beachtet; der Umweltbetrieb wässert wöchentlich."
    assert record.report_type == "final"


def test_a_stamp_reading_a_damaged_marking_leaves_confidentiality_unknown():
    from pipeline.letter import _confidentiality
    from pipeline.read import Document
    def doc(*stamps):
        return Document(path="x.pdf", sha256="0", media_type="application/pdf", pages=1, ocr=True, text="", stamps=stamps)
    lines = ["Stadt Auental", "Schlussbericht zum Beschluss UA/0412/2025"]
    assert _confidentiality(lines, doc("MARKT AUENTAL E78 TORFENTLICH An die"))[0] is None     # red "NICHTÖFFENTLICH" over print
    assert _confidentiality(lines, doc("EINGANG 05. DEZ. 2023"))[0] is False
    assert _confidentiality(lines, doc("ÖFFENTLICH"))[0] is False
    assert _confidentiality(lines, doc("NICHTÖFFENTLICH"))[0] is True


def test_units_beside_their_organ_and_under_an_amt_or_a_wrapped_verbandsgemeinde(tmp_path):
    def head(letterhead: str):
        return read(tmp_path, letterhead + """

Datum: 15.12.2023

Sachstandsbericht zum Beschluss BV/0331/2023
Photovoltaik auf dem Bauhof

1. „Auf dem Dach des Bauhofs ist eine Photovoltaikanlage zu errichten.“
Die Anlage wurde im November 2023 in Betrieb genommen.

Mit freundlichen Grüßen
Tom Berger
Fachbereichsleiter
""")
    record = head("STADT AUENFELD AM MAIN\nDer Oberbürgermeister · Amt für Hochbau und Gebäudemanagement")
    assert record.department == "Amt für Hochbau und Gebäudemanagement"
    record = head("Amt Nordmarsch\n– Der Amtsvorsteher –\nfür die Gemeinde Deichhof\nOrdnungs- und Bauamt")
    assert (record.city, record.department) == ("Amt Nordmarsch", "Ordnungs- und Bauamt")
    record = head("Verbandsgemeindeverwaltung\nWeinthal-Hunsrück\nFachbereich 2 – Bauen und Umwelt")
    assert (record.city, record.department) == ("Verbandsgemeindeverwaltung Weinthal-Hunsrück", "Fachbereich 2 – Bauen und Umwelt")
