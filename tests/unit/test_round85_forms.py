"""Mechanisms for forms the reader met in blind round 85 (each letter written here, not taken from a corpus): a form
whose fields fill the lines before the sentence that brings in the quote; a bar table with lettered rows, a wrapped
heading and a cell wrapped onto a line of its own; a report that says it will be continued; a session's number with
the year first in a form's column; a form's unticked option for the report's type."""
from __future__ import annotations

from pipeline.closing import find_report_type
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file

_FORM = """Stadt Musterhausen
Die Oberbürgermeisterin – Amt für Brücken und Tunnel

Vorlagen-Nummer: 0815/2026

Datum:

Mitteilung
an:
Gegenstand:

14.05.2026

Bezirksvertretung 2 (Nord)
Beschluss der Bezirksvertretung Nord vom 20.11.2025,
AN/0042/2025: Neue Fußgängerbrücke am Hafen

Die Bezirksvertretung Nord hat in ihrer Sitzung am 20.11.2025 folgenden
Beschluss gefasst:
1. „Die Verwaltung wird gebeten, eine Fußgängerbrücke am Hafen zu prüfen.“
Die Prüfung ist abgeschlossen; die Brücke wird 2027 gebaut.
2. „Das Ergebnis ist der Bezirksvertretung vorzulegen.“
Mit dieser Mitteilung wird der Auftrag erfüllt.

gez. Dr. Erika Muster
Leiterin des Amtes für Brücken und Tunnel
"""


def test_a_form_whose_fields_fill_the_lines_before_the_lead_in_is_a_letter(tmp_path):
    record = read(tmp_path, _FORM)
    assert record.kind == "beschlusskontrolle"
    assert record.resolution == "AN/0042/2025"
    assert [m.number for m in record.mandates] == ["1", "2"]


_BAR_TABLE = """Gemeinde Musterdorf
Bauamt

                                                Musterdorf, 8. Juli 2026
An den Gemeinderat

Umsetzungsstand Beschluss GR-2026/019 (Sitzung 04/2026)

Erneuerung des Fuhrparks

Pkt.  |  Beschluss  |  Stand  |  zust. Amt  |  Gründe für
Verzug

a)  |  Die Gemeinde beschafft ein elektrisches Kehrfahrzeug.  |  Ausschreibung veröffentlicht.
      |  32 |  Lieferzeiten
b)  |  Am Bauhof wird eine Ladesäule errichtet.  |  Noch nicht begonnen;
      abhängig von der Netzanschlusszusage.  |
32 |
c)  |  Das alte Dieselfahrzeug wird verkauft.  |  Erledigt im Juni 2026.  |  20 |

Die Mitteilung wird fortgeschrieben; nächster Stand voraussichtlich Dezember 2026.

Max Muster, Erster Bürgermeister
"""


def test_a_bar_table_with_lettered_rows_a_wrapped_heading_and_a_cell_on_its_own_line(tmp_path):
    record = read(tmp_path, _BAR_TABLE)
    assert [m.number for m in record.mandates] == ["a", "b", "c"]
    assert record.mandates[1].response == "Noch nicht begonnen; abhängig von der Netzanschlusszusage."
    # the report goes on later: the next review, and no part of the last answer
    assert record.next_review == "2026-12"
    assert record.mandates[2].response == "Erledigt im Juni 2026."


def test_a_session_with_the_year_first_in_a_forms_column(tmp_path):
    text = """Verbandsgemeinde Musterland
Fachbereich 2 – Bürgerdienste

Musterland, 2. September 2026

An die Mitglieder des Verbandsgemeinderates

Abschließender Bericht zur Beschlussausführung
Beschluss: VG-R 041/2026

Sitzung:
Betreff:

VGR 2026/07 vom 28.05.2026
Rufbus für die Höhendörfer

1. "Die Verwaltung prüft die Einführung eines Rufbusses."
Die Prüfung ist abgeschlossen; der Rufbus fährt seit August 2026.

Im Auftrag
Anna Muster
"""
    record = read(tmp_path, text)
    assert record.session_number == "VGR 2026/07"
    assert record.subject == "Rufbus für die Höhendörfer"


def test_a_forms_unticked_option_says_nothing_of_the_reports_type():
    assert find_report_type("Art des Berichts: ☐ Zwischenbericht ☒ Schlussbericht", "Die Anlage läuft.", None, ["done"]) == "final"
    assert find_report_type("Art des Berichts: ☒ Zwischenbericht ☐ Schlussbericht", "Die Anlage läuft.", None, ["done"]) == "interim"
