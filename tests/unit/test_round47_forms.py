"""Whole letters and single mechanisms in forms the reader met in blind rounds 47 and 48 (each written
here, not taken from a corpus): points cited in running text ("mit Ziffer 1 des Beschlusses wurde …
beauftragt, „…“. Hierzu teile ich mit:"), a number alone on its line over its point's labelled rows, a
two-column table of answers under points quoted above it, a spaced table headed "Ziff.", the old spelling
"Beschlußpunkt", OCR damage in the next review's words ("nächstc") and in a year ("20l2"), the date of a
sitting on the line after its name, a form's question "Vertraulich: ☐ ja ☒ nein", a past report that is
no next review, and a resolution's copy whose point orders "einen Sachstandsbericht"."""
from __future__ import annotations

from pipeline.closing import find_next_review
from pipeline.dates import find_dates
from pipeline.mandates import read_body
from pipeline.marking import find_confidential
from pipeline.tables import answers_table, spaced_table
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_points_cited_in_running_text_with_their_answers_below():
    body = ["Sehr geehrte Damen und Herren,", "",
            "mit Ziffer 1 des Beschlusses wurde der Bürgermeister beauftragt, „die Turnhalle der",
            "Grundschule Nord bis zum Herbst zu sanieren“. Hierzu teile ich mit:", "",
            "Die Sanierung ist seit Oktober abgeschlossen.", "",
            "Nach Ziffer 2 war zugleich „ein Nutzungskonzept für die Vereine zu erarbeiten“. Dazu ist",
            "Folgendes festzustellen:", "",
            "Das Konzept wird mit den Vereinen abgestimmt.", "",
            "Ich werde den Gemeinderat nach der Abstimmung erneut informieren."]
    points, _ = read_body(body, "GR-12/2023", ["GR-12/2023"])
    assert [(p.number, " ".join(p.quote), " ".join(p.response)) for p in points] == [
        ("1", "die Turnhalle der Grundschule Nord bis zum Herbst zu sanieren", "Die Sanierung ist seit Oktober abgeschlossen."),
        ("2", "ein Nutzungskonzept für die Vereine zu erarbeiten", "Das Konzept wird mit den Vereinen abgestimmt.")]


def test_a_number_alone_on_its_line_heads_the_labelled_rows_below_it(tmp_path):
    record = read(tmp_path, """Gemeinde Musterau
Bauamt
An die Mitglieder des Gemeinderates
Musterau, 14.10.2024
Beschlussvollzug – Zwischenbericht
I.
Beschluss-Nr. 2024/051, Sitzung GR/007/2024
Sanierung der Dorfstraße
1.
Beschluss: Die Verwaltung wird beauftragt, die Dorfstraße sanieren zu lassen.
Vollzug: Der Auftrag wurde am 02.08.2024 erteilt.
2.
Beschluss: Die Anlieger sind vorab zu informieren.
Vollzug: Die Anlieger wurden im Juli informiert.
II.
Beschluss-Nr. 2024/058, Sitzung GR/008/2024
Beleuchtung am Sportplatz
1.
Beschluss: Am Sportplatz sind vier Leuchten zu errichten.
Vollzug: Die Leuchten sind bestellt.
Erster Bürgermeister
""")
    assert [(m.number, m.resolution) for m in record.mandates] == [("1", "2024/051"), ("2", "2024/051"), ("1", "2024/058")]
    assert record.mandates[0].quote == "Die Verwaltung wird beauftragt, die Dorfstraße sanieren zu lassen."
    assert [a.resolution for a in record.also_concerns] == ["2024/058"]


def test_a_two_column_table_of_answers_goes_to_the_points_quoted_above():
    lines = ["1. „Am Markt sind Bänke aufzustellen.“", "2. „Die Bänke sind barrierefrei auszustatten.“", "",
             "Beschlusspunkt   Umsetzungsstand", "",
             "1 Sechs Bänke wurden im Juni", "aufgestellt.", "2 Siehe Punkt 1.", "",
             "Über Punkt 2 wird erneut informiert."]
    assert answers_table(lines)[:8] == lines[:3] + ["", "Zu 1: Sechs Bänke wurden im Juni aufgestellt.", "", "Zu 2: Siehe Punkt 1.", ""]
    points, _ = read_body(lines[:-2], "15-1843/2023", ["15-1843/2023"])
    assert [(p.number, " ".join(p.response)) for p in points] == [
        ("1", "Sechs Bänke wurden im Juni aufgestellt."), ("2", "Siehe Punkt 1.")]
    assert answers_table(["Beschlusspunkt Umsetzungsstand", "Im Juni wurden Bänke aufgestellt."]) == \
        ["Beschlusspunkt Umsetzungsstand", "Im Juni wurden Bänke aufgestellt."]      # no numbered rows: no table


def test_a_spaced_table_headed_ziff():
    lines = ["Ziff.   Auftrag                    Umsetzungsstand            Termin", "",
             "3.1     Ein Programm ist           Programm aufgelegt.        2030",
             "        aufzulegen.", "",
             "3.2     Ein Kataster ist zu        Das Kataster ist           erledigt",
             "        erstellen.                 veröffentlicht."]
    out = spaced_table(lines)
    assert "3.1. „Ein Programm ist aufzulegen.“" in out and "Programm aufgelegt." in out
    assert "3.2. „Ein Kataster ist zu erstellen.“" in out and "Termin: erledigt" in out


def test_old_spelling_and_ocr_damage_in_labels_dates_and_the_review(tmp_path):
    record = read(tmp_path, """Landeshauptstadt Dresden
Geschäftsbereich Bildung

Datum: 17. APR. 20l2

Betreff: Beschlußkontrolle zum Antrag A0512/11, Stadtratssitzung vom
15.09.2011 (SR/031/2011)
Schulsozialarbeit an Mittelschulen

Sehr geehrte Damen und Herren,

Beschlußpunkt 1:
"Die Schulsozialarbeit ist fortzuführen."
Sachstand:
Die Verträge wurden verlängert.

Beschlußpunkt 2:
"Die Finanzierung ist sicherzustellen."
Sachstand:
Mit dem Haushalt wurde noch nicht begonnen.

Die nächstc Beschlußkontrolle erfolgt im Oktober 2012.

Mit freundlichen Grüßen
""")
    assert record.letter_date == "2012-04-17"
    assert record.subject == "Schulsozialarbeit an Mittelschulen"
    assert [m.number for m in record.mandates] == ["1", "2"]
    assert record.mandates[1].response == "Mit dem Haushalt wurde noch nicht begonnen."
    assert record.mandates[1].deadlines == []
    assert record.next_review == "2012-10"
    assert [d.value for d in find_dates("im Jahr 201l")] == []      # a year's l only where a date's shape holds it


def test_a_yes_no_question_decides_confidentiality():
    assert find_confidential(["Vertraulich: D ja   X nein", "Bericht"], ()) == (False, [])
    assert find_confidential(["Vertraulich: X ja   D nein", "Bericht"], ()) == (True, [])
    assert find_confidential(["öffentlich: ☐ ja  ☒ nein"], ())[0] is True
    unread, warnings = find_confidential(["Vertraulich: X ja   X nein"], ())
    assert unread is None and warnings         # both ticked: not known, so not public


def test_a_past_report_is_no_next_review():
    lines = ["Ein Fahrdienst wird nicht eingerichtet; der Ausschuss wurde am 05.09.2024 hierüber unterrichtet."]
    assert find_next_review(lines) is None
    assert find_next_review(["Der Ausschuss wird im Mai 2025 hierüber unterrichtet."]) == "2025-05"


def test_a_resolution_whose_point_orders_a_report_is_no_report(tmp_path):
    record = read(tmp_path, """Stadt Musterstadt
Büro Stadtrat

Beschluss

Beschluss-Nr.: 23/2017-BR
Sitzung am: 24.05.2023

Betreff: Radverkehrskonzept 2030

Der Stadtrat beschließt:

001 Das Radverkehrskonzept wird beschlossen.

002 Der Oberbürgermeister wird beauftragt, die Maßnahmen bis zum 31.12.2025 umzusetzen und dem
Stadtrat jährlich einen Sachstandsbericht vorzulegen.

Abstimmungsergebnis: Ja: 31  Nein: 4  Enthaltung: 6
""")
    assert record.kind == "unknown"
