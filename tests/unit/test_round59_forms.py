"""Mechanisms for forms the reader met in blind round 59 (each letter written here, not taken from a
corpus): a quotation that opens on the line introducing it; structure words OCR damaged by one glyph
of like shape ("Bescbluss"); a year after an identifier with OCR's l for a 1 ("DS0342/2l"); a framed
stamp, which Tesseract reads as a picture until its frame is taken out; and from round 60, a first point's
"1." that OCR read as "15"."""
from __future__ import annotations

import numpy as np

from pipeline.nlp import by_length, mend_words
from pipeline.lexicon import STRUCTURE_WORDS
from pipeline.references import find_resolutions
from tests.unit.test_letter_forms import read     # a letter written here, read from a text file


def test_a_quotation_that_opens_on_the_introducing_line_is_the_point(tmp_path):
    record = read(tmp_path, """Amt Musterland
Der Amtsdirektor
Bauamt

Unser Zeichen: 60-100/24
Musterdorf, 03.02.2025

Umsetzung des Beschlusses Nr. 012/2024 vom 11.07.2024 – Sanierung der Dorfstraße

Sehr geehrte Damen und Herren,

mit dem o. g. Beschluss hat die Gemeindevertretung Folgendes beschlossen: „Der
Amtsdirektor wird beauftragt, für die Sanierung der Dorfstraße einen Förderantrag zu stellen.“

Der Förderantrag wurde am 15.01.2025 gestellt. Ein Bescheid liegt noch nicht vor.

Mit freundlichen Grüßen

Im Auftrag
Petra Beispiel
Sachgebietsleiterin
""")
    assert record.kind == "beschlusskontrolle"
    assert [m.quote for m in record.mandates] == [
        "Der Amtsdirektor wird beauftragt, für die Sanierung der Dorfstraße einen Förderantrag zu stellen."]
    assert record.mandates[0].response.startswith("Der Förderantrag wurde am 15.01.2025 gestellt.")


def test_a_structure_word_with_one_glyph_of_like_shape_is_mended():
    forms = by_length(STRUCTURE_WORDS)
    assert mend_words("hat folgenden Bescbluss gefasst:", forms, one_edit=False) == "hat folgenden Beschluss gefasst:"
    # an inflection the lexicon lacks is no damage: its changed glyph is no look-alike
    assert mend_words("zu den Beschlüssen des Beirats", forms, one_edit=False) == "zu den Beschlüssen des Beirats"


def test_a_year_read_with_l_for_1_is_repaired_and_said_so():
    assert find_resolutions("Stand der Umsetzung des Beschlusses zur DS0342/2l") == [("DS0342/21", 40, 49, True)]
    assert find_resolutions("Beschluss DS 0342/21") == [("DS 0342/21", 10, 20, False)]
    assert find_resolutions("Seite 1/II") == []


def test_a_frame_is_taken_out_and_the_letters_stay():
    from PIL import Image

    from pipeline.stamps import _without_rules

    ink = np.zeros((120, 400), dtype=bool)
    ink[10:14, 10:390] = ink[106:110, 10:390] = True      # the frame's long sides, a little thick
    ink[10:110, 10:14] = ink[10:110, 386:390] = True      # and its short ones
    ink[40:80, 100:106] = ink[40:44, 100:130] = True      # a letter's stroke and bar: short runs
    clean = Image.fromarray(np.where(ink, 0, 255).astype(np.uint8))
    left = np.asarray(_without_rules(clean)) < 128
    assert not left[10:14, 20:380].any() and not left[20:100, 10:14].any()
    assert left[40:80, 100:106].all() and left[40:44, 100:130].all()
    letters = np.zeros_like(ink)
    letters[40:80, 100:106] = letters[40:44, 100:130] = True
    assert _without_rules(Image.fromarray(np.where(letters, 0, 255).astype(np.uint8))) is None    # no frame: as it was


def test_a_first_number_whose_stop_ocr_read_as_a_digit_is_point_one():
    from pipeline.numbering import repair_numbers
    lines = ["Zum Stand der Umsetzung wird wie folgt berichtet:",
             "15 Beschlusstext: Die Schulen werden mit WLAN ausgestattet.",
             "Umsetzungsstand: Abgeschlossen.",
             "2. Beschlusstext: Die Lehrkräfte erhalten Dienstgeräte.",
             "Umsetzungsstand: Nicht erfolgt.",
             "3. Beschlusstext: Ein Supportkonzept ist zu erstellen.",
             "Umsetzungsstand: Im Entwurf."]
    assert repair_numbers(lines)[1] == "1. Beschlusstext: Die Schulen werden mit WLAN ausgestattet."
    # without the 2 and 3 after it, "15 Schulen …" is a count, not a point
    assert repair_numbers(lines[:3])[1] == lines[1]
