"""Mechanisms for forms the reader met in blind round 81 (each letter written here, not taken from a corpus): one quoted
sentence that counts its clauses inline, each answered under its number; a first point's number read as letters, the
form of its answer proving it; "in Aussicht genommen" as a promise."""
from __future__ import annotations

from pipeline.deadlines import find_deadlines
from pipeline.numbering import letters_for_first_number
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_clauses_counted_inside_one_quoted_sentence_are_the_points(tmp_path):
    record = read(tmp_path, """Stadt Beispielstadt – Der Magistrat
Dezernat II – Umwelt

An die Stadtverordnetenversammlung

Bericht des Magistrats vom 08.03.2026, B 101

Betreff: Beleuchtung im Stadtpark

Vorgang: Beschluss der Stadtverordnetenversammlung vom 22.01.2026, § 1001 (NR 101/26)

Die Stadtverordnetenversammlung hat in ihrer Sitzung am 22.01.2026 beschlossen:

      „Der Magistrat wird beauftragt, 1. die Beleuchtung im Stadtpark
      auf LED umzustellen, 2. die Wege am Weiher nachts zu beleuchten und
      3. dem Ortsbeirat über die Kosten zu berichten.“

Der Magistrat berichtet hierzu wie folgt:

Zu Ziffer 1: Die Umstellung der Leuchten ist abgeschlossen.

Zu Ziffer 2: Die Planung liegt vor. Die Ausschreibung erfolgt im Mai 2026.

Zu Ziffer 3: Der Ortsbeirat wurde am 02.03.2026 informiert.

Der Magistrat

Oberbürgermeisterin Erika Beispiel
""")
    assert [m.number for m in record.mandates] == ["1", "2", "3"]
    assert record.mandates[1].quote == "die Wege am Weiher nachts zu beleuchten und"
    assert record.mandates[0].status == "done"


def test_a_first_number_read_as_letters_is_proved_by_its_answers_form():
    lines = ["Grunderwerb Flurstück 12 (Erweiterung Kindergarten)",
             "ik Die Verwaltung verhandelt mit dem Eigentümer über den Erwerb.",
             "Sachstand: Die Verhandlungen laufen.",
             "2. Der Kaufpreis darf den Verkehrswert nicht übersteigen.",
             "Sachstand: Wird beachtet."]
    assert letters_for_first_number(lines)[1] == "1. Die Verwaltung verhandelt mit dem Eigentümer über den Erwerb."
    # (answers opened differently prove nothing; nor does a word: "An Den …" is no misread number)
    unlike = lines[:2] + ["Die Verhandlungen laufen."] + lines[3:]
    assert letters_for_first_number(unlike) == unlike
    worded = ["An Die Verwaltung …"] + lines[2:]
    assert letters_for_first_number(worded) == worded


def test_a_date_taken_into_view_is_a_promise():
    assert find_deadlines("Ein Notartermin ist für März 2026 in Aussicht genommen.", not_before="2026-01-09") == ["2026-03"]
