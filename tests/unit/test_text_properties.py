"""Property tests: the text stages never raise, and normalisation is idempotent."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import find_dates, parse_date
from pipeline.deadlines import find_deadlines
from pipeline.header import parse_reference
from pipeline.mandates import read_points
from pipeline.references import find_resolutions, find_sessions
from pipeline.sections import split_sections
from pipeline.text import join_lines, normalize, straight_quotes

# Letters, digits, German glyphs, quote marks, box glyphs and the punctuation letters use.
ALPHABET = st.sampled_from(list("aeinrstAEINRSTäöüßÄÖÜ0123456789 .,:;-/()„“”\"'»«☐☒□•\n\t") + ["\u00ad", "\u00a0"])
texts = st.text(alphabet=ALPHABET, max_size=300)
WORDS = ["1.", "2a)", "Punkt 3:", "„Der Rat beschließt:", "zu Beschlusspunkt 1", "Sachstand:", "V0870/21", "SR/026/2021",
         "bis Juli 2022", "Mit freundlichen Grüßen", "Kenntnisnahme:", "Sehr geehrte Damen", "“", "„", "\n", "\n\n", "wird umgesetzt."]
letterish = st.lists(st.one_of(st.sampled_from(WORDS), texts), max_size=40).map(" ".join)


@given(texts)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(texts)
def test_straight_quotes_leaves_no_typographic_quotes(text):
    assert not set(straight_quotes(text)) & set("„“”»«")


@given(st.lists(texts, max_size=10))
def test_join_lines_gives_one_line(lines):
    assert "\n" not in join_lines(lines)


@settings(max_examples=150, deadline=None)
@given(letterish)
def test_text_stages_never_raise(text):
    lines = normalize(text).split("\n")
    find_dates(text)
    parse_date(text)
    find_resolutions(text)
    find_sessions(text)
    find_deadlines(text, not_before="2020-01")
    parts = split_sections(lines)
    parse_reference(parts.reference)
    for point in read_points(lines, "V0870/21", ["V0870/21"]):
        assert point.quote


def test_ocr_capital_i_inside_a_word_is_read_as_l_but_gender_forms_stay():
    assert normalize("MitgIieder der Verbandsversammlung") == "Mitglieder der Verbandsversammlung"
    assert normalize("Die Frist Iäuft, es Iiegt vor. Im Idealfall") == "Die Frist läuft, es liegt vor. Im Idealfall"
    assert normalize("Die BürgerInnen und jede LehrerIn") == "Die BürgerInnen und jede LehrerIn"


def test_ocr_digits_between_small_letters_are_read_as_l_and_o_but_identifiers_stay():
    assert normalize("ist voraussicht1ich im I. Quartal abgesch1ossen, die Pr0bleme") == \
        "ist voraussichtlich im I. Quartal abgeschlossen, die Probleme"
    assert normalize("V-Pl0013/19, VII-A-04512, V0870/21, 2a1") == "V-Pl0013/19, VII-A-04512, V0870/21, 2a1"


def test_a_hyphenation_kept_inside_a_line_is_undone_but_truncations_stay():
    assert normalize("Beigeordnete für Kultur und Wisse- nschaft") == "Beigeordnete für Kultur und Wissenschaft"
    assert normalize("Geh- und Radweg, Vor- oder Nachteile") == "Geh- und Radweg, Vor- oder Nachteile"


def test_side_by_side_signatures_come_out_column_by_column():
    from pipeline.text import text_columns
    text = "\n".join(["Dr. Johanna Wendler                         Martin Reuschel",
                      "Beigeordnete für Kultur                      Oberbürgermeister"])
    assert text_columns(text).split("\n") == ["Dr. Johanna Wendler", "Beigeordnete für Kultur", "",
                                              "Martin Reuschel", "Oberbürgermeister"]
    # the right side aligned but closer: three spaces are enough within a block
    text = "\n".join(["Dr. Johanna Wendler                         Martin Reuschel",
                      "Beigeordnete für Kultur und Wissenschaft    Oberbürgermeister"])
    assert text_columns(text).split("\n")[3:] == ["Martin Reuschel", "Oberbürgermeister"]
    # one line with a wide gap: the right side is a column of its own
    text = "Torsten Weidauer\nVerkehr und Liegenschaften                Oberbürgermeister"
    assert text_columns(text).split("\n") == ["Torsten Weidauer", "Verkehr und Liegenschaften", "", "Oberbürgermeister"]
    # prose under a letterhead's two columns, without a blank line, is no part of either column
    text = "\n".join(["An die Mitglieder des                             Az.: 66.31-RVK/2023-004",
                      "Planungs-, Bau- und Umweltausschusses            Chemnitz, 17.04.2023",
                      "Information zur Umsetzung des Beschlusses B-045/2022",
                      "Radverkehrskonzept Innenstadt",
                      "Sehr geehrte Damen und Herren,"])
    assert text_columns(text).split("\n") == [
        "An die Mitglieder des", "Planungs-, Bau- und Umweltausschusses", "", "Az.: 66.31-RVK/2023-004",
        "Chemnitz, 17.04.2023", "", "Information zur Umsetzung des Beschlusses B-045/2022",
        "Radverkehrskonzept Innenstadt", "Sehr geehrte Damen und Herren,"]
    # the block begins above its first wide gap: with a narrower gap, and with one side alone
    text = "\n".join(["Mit freundlichen Grüßen", "",
                      "                                            Kenntnisnahme:",
                      "Thomas Brenneis",
                      "Beigeordneter für Stadtentwicklung, Bau,    Karsten Wendel",
                      "Verkehr und Liegenschaften                  Oberbürgermeister"])
    assert text_columns(text).split("\n") == [
        "Mit freundlichen Grüßen", "", "Thomas Brenneis", "Beigeordneter für Stadtentwicklung, Bau,",
        "Verkehr und Liegenschaften", "", "Kenntnisnahme:", "Karsten Wendel", "Oberbürgermeister"]
    # further left, such a line is a form's row
    assert text_columns("Mitteilungsvorlage          VO/2024/0312") == "Mitteilungsvorlage          VO/2024/0312"


@pytest.mark.parametrize("line, repaired", [
    ("Bcschlusspunkt 2: \"Die Halle ist nutzbar zu machen.\"", "Beschlusspunkt 2: \"Die Halle ist nutzbar zu machen.\""),
    ("Sachsfand: Die Miftel sind veranschlagt.", "Sachstand: Die Miftel sind veranschlagt."),
    ("Sachstand: unverändert", "Sachstand: unverändert"),
    ("Sachsen: ein Land", "Sachsen: ein Land"),          # two edits away: a word of its own
    ("Bcschlusspunkt wurde erledigt", "Bcschlusspunkt wurde erledigt"),    # no label without its number or colon
])
def test_a_label_damaged_by_one_letter_is_read_as_the_label(line, repaired):
    from pipeline.lexicon import LINE_LABELS
    from pipeline.text import repair_label
    assert repair_label(line, LINE_LABELS) == repaired


def test_ocr_dollar_sign_before_a_number_is_the_section_sign():
    assert normalize("Ferner hat sie unter $ 4311 beschlossen") == "Ferner hat sie unter § 4311 beschlossen"
    assert normalize("Kosten von $ 1.500,00") == "Kosten von $ 1.500,00"


@pytest.mark.parametrize("ocr, clean", [
    ("Drucksachen- Nr. 6612/2020- 2025", "Drucksachen-Nr. 6612/2020-2025"),
    ("im Ill. Quartal 2024", "im III. Quartal 2024"),
    ("bis zum lI. Halbjahr", "bis zum II. Halbjahr"),
    ("Andie Bezirksvertretung Mitte", "An die Bezirksvertretung Mitte"),
    ("Andreas Meier", "Andreas Meier"),
    ("Geh- und Radweg", "Geh- und Radweg"),
    ("Punkt2 |Der Erlös ist zu verwenden.", "Punkt 2 | Der Erlös ist zu verwenden."),
    ("Punkte 2023", "Punkte 2023"),
    ("Ziffer3: Die Mittel", "Ziffer 3: Die Mittel"),
    ("a|b und x |1", "a|b und x |1"),
])
def test_ocr_spacing_and_letters_in_fixed_shapes(ocr, clean):
    from pipeline.text import normalize
    assert normalize(ocr) == clean


def test_a_greeting_that_lost_its_first_word():
    from pipeline.sections import GREETING
    assert GREETING.match("freundlichen Grüßen") and not GREETING.match("freundlichen Grüßen an alle Beteiligten hier")


def test_structure_words_are_mended_only_where_ocr_confused_glyph_groups():
    from pipeline.lexicon import STRUCTURE_WORDS
    from pipeline.nlp import by_length, mend_words
    forms = by_length(STRUCTURE_WORDS)
    assert mend_words("Der Rat beschheßt:", forms, one_edit=False) == "Der Rat beschließt:"
    # an inflection the lexicon may lack is no damaged structure word
    assert mend_words("zu den Beschlüssen des Beirats", forms, one_edit=False) == "zu den Beschlüssen des Beirats"
