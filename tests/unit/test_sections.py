import pytest

from pipeline.sections import split_sections

LETTER = """Landeshauptstadt Dresden
GZ: (GB 1) 17.3

Beschlusskontrolle zu V0870/21 (Sitzungsnummer: F/026/2021)
Förderantrag Smart City

Sehr geehrte Damen und Herren,
folgender Zwischenstand:
1. „Punkt.“
Antwort.
Mit freundlichen Grüßen
Dr. Peter Lames
Kenntnisnahme:
Dirk Hilbert""".split("\n")


def test_the_four_parts_of_a_letter():
    parts = split_sections(LETTER)
    assert parts.header == ["Landeshauptstadt Dresden", "GZ: (GB 1) 17.3", ""]
    assert parts.reference[:2] == ["Beschlusskontrolle zu V0870/21 (Sitzungsnummer: F/026/2021)", "Förderantrag Smart City"]
    assert parts.body[0] == "Sehr geehrte Damen und Herren," and parts.body[-1] == "Antwort."
    assert parts.closing == ["Mit freundlichen Grüßen", "Dr. Peter Lames", "Kenntnisnahme:", "Dirk Hilbert"]


@pytest.mark.parametrize("reference", [
    pytest.param(["Beschlusskontrolle", "", "Vorlage V1387/21 – Beschluss vom 25.11.2021 (SR/034/2021)"], id="title-on-its-own-line"),
    pytest.param(["Sachstandsbericht zum Beschluss V1387/21"], id="sachstandsbericht"),
    pytest.param(["BeschlusskontroNe zu V1387/21, (Sitzungsnummer: SR/013/2010)"], id="ocr-damaged-title"),
])
def test_reference_line_styles(reference):
    lines = ["Landeshauptstadt Dresden", "", *reference, "Betreff", "", "Sehr geehrte Damen und Herren,", "Text"]
    parts = split_sections(lines)
    assert any("V1387/21" in line for line in parts.reference)
    assert not any("V1387/21" in line for line in parts.header)


def test_ocr_debris_before_salutation_and_greeting():
    lines = ["Beschlusskontrolle zu V0870/21", '"Sehr geehrte Damen,', "Text", "‚Mit freundlichen Grüßen", "Name"]
    parts = split_sections(lines)
    assert parts.body[0].endswith("Sehr geehrte Damen,") and parts.closing[0].endswith("Mit freundlichen Grüßen")


@pytest.mark.parametrize("line, marked", [
    ("VERTRAULICH", True), ("Vertraulich", True), ("VS – NUR FÜR DEN DIENSTGEBRAUCH", True),
    ("VAZHUS FÜR DEN DIENSTGEBRAUCH", True), ("Nicht öffentlich", True), ("nicht-öffentlich", True),
    ("Nichtöffentliche Vorlage", True), ("Vertrauliche Information", True), ("VERTRAULlCH", True),
    ("N I C H T Ö F F E N T L I C H", True), ("Verschlusssache – nur für den Dienstgebrauch", True),
    ("□ vertraulich", False), ("vertraulich", False),
    ("Die Vorlage wurde in nichtöffentlicher Sitzung beraten.", False),
    ("Die Vertraulichkeit der Daten wird gewahrt.", False),
    ("sicherheitsrelevanten Angaben wird er als Verschlusssache behandelt.", False),   # a sentence's wrapped end
    ("Einzelheiten zum Kaufpreis enthält die nichtöffentliche", False),   # its noun ("Anlage 1.") wraps to the next line
    # a running header that opens with the marking, the page's other header text after it
    ("VS – Nur für den Dienstgebrauch Landratsamt Görlitz, Beschlussverfolgung, Seite 2", True),
    ("VERTRAULICH   Stadt Leipzig, Seite 2", True),
    ("Nichtöffentliche Sitzung des Stadtrates am 3. Mai", False),
])
def test_confidentiality_markings(line, marked):
    from pipeline.marking import is_marking
    assert is_marking(line) == marked


@pytest.mark.parametrize("title, report", [
    ("Vorlage – zur Kenntnisnahme –", True),          # Berlin: the Bezirksamt reports to the BVV
    ("Mitteilung zur Kenntnisnahme", True),
    ("Mitteilungsdrucksache", True),
    ("Vollzug des Beschlusses Nr. 214/2024 aus der Sitzung vom 16.07.2024", True),   # Bavaria
    ("Sachstand zu Beschlüssen des Beirats Neustadt vom 14.11.2023", True),   # plural: several resolutions
    ("Sachstand zu den Anträgen der Fraktionen", True),
    ("Sachstand der Bauarbeiten", False),
    ("Tagesordnung der Sitzung", False),
])
def test_report_genre_names(title, report):
    from pipeline.lexicon import REPORT_TITLE
    assert bool(REPORT_TITLE.search(title)) is report


def test_a_greeting_with_one_ocr_error_in_a_word_still_closes_the_body():
    from pipeline.sections import GREETING
    from pipeline.text import within_one_edit
    assert GREETING.match("Mit frenndlichen Grüßen") and GREETING.match("Mit freundlichen Grüßeu")
    assert not GREETING.match("Mit dem Beschluss")
    assert within_one_edit("grüßen", "grüßeu") and within_one_edit("grüße", "grüßen") and not within_one_edit("grüßen", "gruppen")


def test_a_marking_that_opens_a_long_restriction_line_or_a_statement_of_confidentiality_marks_the_letter():
    from pipeline.marking import find_confidential, is_marking
    assert is_marking("VERTRAULICH – nur zur Unterrichtung der Mitglieder des Kreisausschusses – nicht zur Weitergabe")
    assert is_marking("Vertraulich – nur zur Information der Mitglieder der Stadtvertretung, nicht zur Weitergabe")
    assert is_marking("nichtöffentlich – nur zur Verwendung in den Beratungen des Ausschusses")
    # a footer read by OCR without its dash
    assert is_marking("Nichtöffentlich nur zur Beratung im nichtöffentlichen Teil der Kreistagssitzung")
    assert not is_marking("Nichtöffentliche Sitzungen sind nur für Mitglieder zugänglich.")
    # a running header that ends with the marking
    assert is_marking("Hanse- und Universitätsstadt Rostock VS – Nur für den Dienstgebrauch")
    assert not is_marking("Der Ausschuss tagte am 3. Mai in seiner Sitzung nichtöffentlich")
    # a sentence wrapped after an inflected marking: its noun is on the next line
    assert not is_marking("Die Pläne wurden abgestimmt und im Ausschuss für Bau in nichtöffentlicher")
    assert is_marking("Hansestadt Rostock   VS – Nur für den Dienstgebrauch")
    assert not is_marking("Der Ausschuss hat in nichtöffentlicher Sitzung am 3. Mai beraten und beschlossen, die Mittel freizugeben.")
    said = ["Die Beschlussfassung erfolgte in nichtöffentlicher Sitzung; dieser Bericht ist vertraulich", "zu behandeln."]
    assert find_confidential(said, ()) == (True, [])
    assert find_confidential(["Die Sitzung war nichtöffentlich.", "Der Bericht ist öffentlich."], ())[0] is False


def test_round_15_leaks_a_marking_naming_the_letter_and_its_annex_and_a_label_that_lost_its_box():
    from pipeline.marking import find_confidential, is_marking
    # the letter and its annex marked together: an annex's marking alone still does not mark the letter
    assert is_marking("VERTRAULICH – Dieser Bericht und Anlage 2 (Kalkulation) sind nur für den Dienstgebrauch")
    assert find_confidential(["Dieser Bericht und Anlage 2 sind nur für den Dienstgebrauch."], ())[0] is True
    assert not is_marking("Anlage 2: Kalkulation (nichtöffentlich)")
    # a form's "vertraulich" run into another column's line, its box lost: not known, so not public
    confidential, warnings = find_confidential(["Landeshauptstadt Dresden Hausmitteilung",
                                                "An: Stadtbezirksbeirat Pieschen vertraulich", "eilt"], ())
    assert confidential is None and "checkbox" in warnings[0]
    assert find_confidential(["Die Angaben zu Bietern sind vertraulich"], ())[0] is False
    # (round 43) the label first on its line, another field of the letterhead beside it, its box lost
    confidential, warnings = find_confidential(["Landeshauptstadt Hannover Informationsdrucksache",
                                                "vertraulich Anzahl der Anlagen 0"], ())
    assert confidential is None and "checkbox" in warnings[0]
    assert find_confidential(["Die Zahlen werden", "vertraulich behandelt."], ())[0] is False
    # an option of two words before the box: the box before "vertraulich" decides
    assert find_confidential(["☐ Rücksprache ☐ zur Kenntnis", "☒ zur Information ☐ vertraulich"], ()) == (False, [])
    assert find_confidential(["☐ zur Information ☒ vertraulich"], ())[0] is True


@pytest.mark.parametrize("line, salutation", [
    ("Sehr geehrte Damen und Herren,", True), ("Sebr geehrte Damen und Herren,", True),
    ("Sehr geehrter Herr Oberbürgermeister,", True), ("Sehr gut wurde die Maßnahme angenommen.", False),
])
def test_salutation_with_one_ocr_error_in_a_word(line, salutation):
    from pipeline.sections import SALUTATION
    assert bool(SALUTATION.match(line)) is salutation


@pytest.mark.parametrize("line, greeting", [
    ("Mit freundlichen Grüßen", True), ("Mit frenndlichen Grüßen", True), ("Mitfreundlichen Grüßen", True),
    ("Mit freundlicher Unterstützung des Landes", False),
])
def test_greeting_read_through_ocr(line, greeting):
    from pipeline.sections import GREETING
    assert GREETING.match(line) is greeting


def test_a_compound_resolution_word_opens_the_reference():
    from pipeline.sections import split_sections
    lines = ["Die Senatorin für Bau", "Unser Zeichen: 52-4-01/2024", "", "Beiratsbeschluss Nr. 12/2024 vom 14.03.2024",
             "Fußgängerüberweg H.-H.-Meier-Allee", "Sehr geehrte Damen und Herren,", "der Beirat hat beschlossen:"]
    parts = split_sections(lines)
    assert parts.reference[0] == "Beiratsbeschluss Nr. 12/2024 vom 14.03.2024"


def test_a_checkbox_run_into_another_lines_words_leaves_confidentiality_unknown():
    from pipeline.marking import find_confidential
    # a ticked box and its label printed over the letterhead's unit line, their characters interleaved
    garbled = ["Landeshauptstadt Dresden", "Geschäftsbereich Stadtentwicklung, Bau, Verkehr und Liegensch☒af tveenrtraulich"]
    confidential, warnings = find_confidential(garbled, ())
    assert confidential is None and "checkbox" in warnings[0]
    assert find_confidential(["Landeshauptstadt Dresden", "☐ vertraulich"], ())[0] is False


def test_a_titles_quoted_name_on_the_next_line_stays_in_the_subject():
    lines = ["Beschlusskontrolle", "V2104/22 (SR/052/2023)", "Radverkehr am Platz – Umsetzung der Variante",
             "„Geschützter Radfahrstreifen“", "Der Stadtrat hat beschlossen:", "1. „Es ist zu planen.“"]
    parts = split_sections(lines)
    assert parts.reference[-1] == "„Geschützter Radfahrstreifen“" and parts.body[0] == "Der Stadtrat hat beschlossen:"


def test_a_salutation_whose_words_ran_together_opens_the_body():
    from pipeline.sections import SALUTATION
    assert SALUTATION.match("Sehrgeehrte Damen und Herren,")
    assert SALUTATION.match("Sehrverehrte Mitglieder des Ausschusses,")
