"""Mechanisms for forms the reader met in blind round 86 (each letter written here, not taken from a corpus): a report
on one point's parts only ("2a)" over "2b)"); a registry stamp that OCR read between the reference and the title."""
from __future__ import annotations

from pipeline.letter import _without_receipt_stamp
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file

_PARTS_ONLY = """Verbandsgemeinde Musterau
Der Verbandsgemeindebürgermeister

Verbandsgemeinderat Musterau
Zwischenbericht
Beschluss VG-GR 07/2026 vom 21.03.2026
Digitalisierung der Ratsarbeit

Musterau, 12. Dezember 2026

2a) Für alle Mitglieder des Verbandsgemeinderates werden Tablets beschafft.
2b) Die Sitzungsunterlagen werden ab 2027 ausschließlich digital versandt.
Antwort zu 2a) und 2b): Die Tablets wurden beschafft und am 14.11.2026
ausgegeben. Der digitale Versand beginnt mit der Sitzung im Januar 2027.

Im Auftrag
Katrin Muster
Hauptamtsleiterin
"""


def test_a_report_on_one_points_parts_only(tmp_path):
    record = read(tmp_path, _PARTS_ONLY)
    assert [m.number for m in record.mandates] == ["2a", "2b"]
    assert record.mandates[0].response.startswith("Die Tablets wurden beschafft")


def test_a_receipt_stamp_among_the_reference_lines_is_no_title():
    lines = ["Drucksache DS/0733/IX", "", "EINGEGANGEN", "Ratsbüro", "", "Berlin, 5. März 2026"]
    assert _without_receipt_stamp(lines) == ["Drucksache DS/0733/IX", "", "", "Berlin, 5. März 2026"]
    stamped = ["Beschluss V0815/26", "Eingang", "12. MRZ. 2026", "Sanierung der Turnhalle"]
    assert _without_receipt_stamp(stamped) == ["Beschluss V0815/26", "Sanierung der Turnhalle"]
