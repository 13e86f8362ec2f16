"""Mechanisms for forms the reader met in blind round 77 (each line written here, not taken from a corpus):
a running header's marking whose dash OCR glued to the word ("– nichtöffentlich- Zwischenbericht …, Seite 2"); a form's
own number (with its author, "Informationsvorlage der Verwaltung", or in a row of cells) yielding to the paper a
line below names ("Beschluss zu Drucksache …: title"); headings "Beschlusspunkt 1.1" right under the lead."""
from __future__ import annotations

from pipeline.marking import is_marking
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_markings_dash_glued_to_the_word_is_still_a_dash():
    assert is_marking("- nichtöffentlich- Zwischenbericht Bürgerhaus Gonsenheim, Seite 2")
    assert is_marking("VS – Nur für den Dienstgebrauch- Landratsamt, Seite 2")
    # a compound is no marking
    assert not is_marking("Die nichtöffentlich-rechtliche Vereinbarung wurde am 12.03.2024 geschlossen.")


_FORM_NUMBER_AND_PAPER = """Stadt Beispielfeld
Dezernat 4 – Planen, Bauen
Bauamt

Informationsvorlage der Verwaltung Drucksachen-Nr. 7001/2020-2025

Gremium: Stadtentwicklungsausschuss
Sitzung am: 04.11.2025

Beispielfeld, 21.10.2025

Schlussbericht zur Umsetzung des Ratsbeschlusses vom 09.12.2021
Beschluss zu Drucksache 3001/2020-2025: Grünes Quartier Nord
Der Rat der Stadt hat am 09.12.2021 folgenden Beschluss gefasst:

Beschlusspunkt 1.1
Die Verwaltung wird beauftragt, das Quartier in ein Förderprogramm aufzunehmen.
Stellungnahme: Das Quartier ist aufgenommen.
Beschlusspunkt 1.2
Ein Quartiersmanagement ist einzurichten.
Stellungnahme: Das Quartiersmanagement arbeitet seit März 2022.

Karla Beispiel
Beigeordnete
"""


def test_a_forms_own_number_yields_to_the_paper_named_below_and_decimal_point_headings(tmp_path):
    record = read(tmp_path, _FORM_NUMBER_AND_PAPER)
    assert record.resolution == "3001/2020-2025"
    assert record.subject == "Grünes Quartier Nord"
    assert [m.number for m in record.mandates] == ["1.1", "1.2"]
    # the same with the form's row drawn as cells
    record = read(tmp_path, _FORM_NUMBER_AND_PAPER.replace(
        "Informationsvorlage der Verwaltung Drucksachen-Nr. 7001/2020-2025",
        "Informationsvorlage der Verwaltung | Drucksachen-Nr. 7001/2020-2025 | ☐ vertraulich"))
    assert record.resolution == "3001/2020-2025"
